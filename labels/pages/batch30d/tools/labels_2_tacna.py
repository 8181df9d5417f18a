# ------------------------------------------------------------------ Peru's state of emergency at the Tacna border and the migrant standoff with Chile
# (Peruvian national daily, full HTML, 2023-04-28). The paper names its own officials by title only.
d = "page_tacna_border_migrants2023_limadaily.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline, captions "1 of 4"/"2 of 4" with credits,
# ADVERTISEMENT, crossheads, Related, tags, share bar, reader comments, most read, footer.
U(d, "Some 200 army troops arrived in Tacna on Friday", "needed to enter the country.",
  ("Peru", N, neu, "", "a deployment to its own border reported as done: an act, aimed at no other state (neutral)"))
U(d, "The deployment is the first under the state of emergency decreed by the Executive", "in the areas covered.",
  ("Peru", N, neu, "", "'the Executive' = the government; decree and its legal effects = procedure"))
U(d, "The President of the Republic said in Lima that the measure was meant", "left exposed for years.",
  ("Peru", N, neu, "", "title only (Boluarte); purpose of the measure; the 'left exposed' remark aims at no named actor"))
U(d, "\"Peru is a country of open arms", "at the Government Palace.",
  ("Peru", N, neu, "", "'the head of state'; statement of the entry rule, no judgement"))
U(d, "She added that no one would be turned back by force", "respect for their rights.",
  ("Peru", N, pos, "", "reassurance about one's own conduct = neutral, positive tone"))
U(d, "The President of the Council of Ministers went further", "other side of the border.",
  ("Peru", C, neg, "Chile", "title only (Otárola); blame put on Chile's decisions without a stock word = condemning"))
U(d, "The premier said the government had been in contact with the Chilean authorities", "build toward Tacna.",
  ("Peru", T, neg, "Chile", "demand to one side with no judgement word (README rule): calling_for_talks, negative tone"))
U(d, "According to the Defence Minister, the soldiers will act only", "across the desert.",
  ("Peru", N, neu, "", "second-hand attribution; operational plan"))
U(d, "The Foreign Ministry summoned Chile's ambassador in Lima on Thursday night", "force their way across the line.",
  ("Peru", C, neg, "Chile", "summons + complaint that the Carabineros stood aside = condemning"))
U(d, "In a statement, the ministry said the episode showed the need for coordination", "binational migration authorities.",
  ("Peru", T, neu, "Chile", "'the ministry'; request for an urgent binational meeting = calling_for_talks"))
U(d, "The Foreign Minister later told reporters that relations with Chile remained", "return to their countries.",
  ("Peru", T, pos, "", "hope for an orderly procedure from the meeting = calling_for_talks"))
U(d, "The Interior Minister, for his part, denied reports", "to hold the crossing.",
  ("Peru", N, neg, "", "denial = neutral, negative tone"))
U(d, "The Ombudsman's Office said it had sent staff to the border", "pregnant women among the migrants.",
  ("Peru", T, neu, "", "state body resolves to Peru; appeal for proportionality and humanitarian access = calling_for_talks"))
U(d, "In Santiago, Chile's Foreign Ministry summoned Peru's ambassador", "in personal terms.",
  ("Chile", C, neg, "Peru", "summons + note of protest = condemning"),
  ("Peru", C, neg, "Chile", "the Tacna mayor's personal attack on Boric, reported in a relative clause; a local official resolves to his state (README)"))
U(d, "Chile's Interior Minister Carolina Tohá said personal attacks", "calling for joint work.",
  ("Chile", C, neg, "Peru", "reproach of the mayor's attacks (judgement) + a shared problem needing joint work: rule 1, the judgement decides"))
U(d, "Chilean Undersecretary of the Interior Manuel Monsalve said", "their home countries.",
  ("Chile", T, neu, "", "joint work on a supervised passage = a cooperative, diplomatic course"))
U(d, "Venezuela's embassy in Lima said in a statement", "for their attention.",
  ("Venezuela", S, pos, "Peru", "organising returns + thanks to the Peruvian authorities = approval (supporting)"))
U(d, "UNHCR and the International Organization for Migration said in a joint note", "in need of protection.",
  ("UNHCR", T, neg, "", "joint note: concern + appeal to keep the crossing open = calling_for_talks (one row per body)"),
  ("International Organization for Migration", T, neg, "", "same joint note"))
U(d, "Tacna's mayor, Pascual Güisa, said on Friday", "send more police.",
  ("Peru", N, neg, "", "local official = Peru; refusal to be 'a waiting room' + request for police from his own government; the blame is only implied (unsure: could be condemning Chile)"))
U(d, "Rosendo Mamani, who sells food near the Santa Rosa border post, said", "afraid of clashes.",
  ("Rosendo Mamani", N, neg, "", "invented named witness (person); facts and fear"))
U(d, "\"These people are tired and hungry", "Mamani said.",
  ("Rosendo Mamani", T, neg, "", "surname only; plea for someone to organise the crossing, no judgement = calling_for_talks (unsure)"))
U(d, "Yusleidy Paredes, a Venezuelan who said she had lived in Santiago", "with her two children.",
  ("Yusleidy Paredes", N, neu, "", "invented named migrant (person); her plan"))
U(d, "Migration researcher Gonzalo Arce Linares", "more dangerous desert routes.",
  ("Gonzalo Arce Linares", C, neg, "Peru", "invented researcher; the emergency judged useless and risky = negative judgement of Peru's measure without a stock word (unsure)"))
U(d, "\"Closing the door is not a policy;", "Arce said.",
  ("Gonzalo Arce Linares", C, neg, "Peru", "judgement of the closure + appeal for a corridor: rule 1"))
U(d, "He said both Lima and Santiago had reacted late", "tightened its controls.",
  ("Gonzalo Arce Linares", C, neg, "", "criticism of both governments -> target empty"))
