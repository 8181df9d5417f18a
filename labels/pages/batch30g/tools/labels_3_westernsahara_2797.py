# ------------------------------------------------------------------ Security Council resolution 2797 on Western Sahara (meetings coverage mirrored by a blog, 2025-10-31)
d = "page_westernsahara_res2797_2025_unmeetings.txt"
# Not statements: blog masthead and menu, date, meeting heading, headline, the mirror note, crosshead, meeting times,
# "We asked two observers ..." (lead-in), document symbol line, tags, comments/share line, copyright.
U(d, "Acting on a text put forward by the United States, the Security Council this afternoon kept", "Algeria did not take part in the vote.",
  ("United Nations", N, neu, "", "the Council's renewal of the mission and the vote count = decision/procedure; Algeria's non-participation only narrated (no protest stated in the sentence)"))
U(d, "Through resolution 2797 (2025), the Council backed the Secretary-General", "as their basis.",
  ("United Nations", S, pos, "Morocco", "the Council takes Morocco's plan as the basis = approval of one party's proposal (unsure: could be calling_for_talks, it backs negotiations)"))
U(d, "The Council also called on the parties to join those talks without preconditions,", "within six months.",
  ("United Nations", T, neu, "", "appeal to the parties to negotiate + procedural request"))
U(d, "The representative of the United States said the Council had at last given the negotiators", "three decades of stalemate.",
  ("United States", S, pos, "United Nations", "approval of the Council's decision (praise without 'welcome')"))
U(d, "\"Self-rule for the territory within the Kingdom of Morocco is the one formula", "behind the Personal Envoy's work.",
  ("United States", S, pos, "Morocco", "backing Morocco's plan + full weight behind the envoy"))
U(d, "He said his delegation had listened to every member during the negotiations", "to meet their concerns.",
  ("United States", N, neu, "", "'He' = the US representative; account of own conduct in the negotiations"))
U(d, "The representative of France said her country welcomed a resolution", "had already moved.",
  ("France", S, pos, "United Nations", "welcome of the resolution"))
U(d, "She said France's support for the autonomy plan was long-standing,", "agreed in the talks.",
  ("France", S, pos, "Morocco", "support for the plan + offer of development contribution"))
U(d, "The representative of the United Kingdom said the autonomy proposal offered", "voted in favour for that reason.",
  ("United Kingdom", S, pos, "Morocco", "backing of the plan"))
U(d, "She called on all parties to engage with the Personal Envoy in good faith and without delay.", "without delay.",
  ("United Kingdom", T, neu, "", "appeal to all parties"))
U(d, "The representative of Algeria said his delegation had chosen not to take part in a vote", "decide their own future.",
  ("Algeria", C, neg, "United Nations", "staying out of the vote in protest, with a grievance stated = condemning; the text is the Council's"))
U(d, "\"A negotiation whose outcome is written before it opens is not a negotiation,\"", "it was meant to help resolve.\"",
  ("Algeria", C, neg, "United Nations", "quote over two sentences with attribution in the middle; 'taken sides' = judgement without a stock word"))
U(d, "He said the final text had been tabled without the changes", "\"brushed aside\".",
  ("Algeria", C, neg, "United States", "complaint about how the penholder handled its proposals (unsure: target could be empty)"))
U(d, "Algeria would nonetheless continue to support the Personal Envoy", "he said.",
  ("Algeria", T, neu, "", "commitment to the envoy's process under international law = calling_for_talks"))
U(d, "The representative of the Russian Federation said his delegation had abstained because", "positions of all members.",
  ("Russia", C, neg, "United States", "abstention explained by a judgement of the drafting ('pushed through with undue haste'); penholder = US"))
U(d, "Moscow did not object to the renewal of MINURSO as such, he said,", "rather than ending it.",
  ("Russia", N, neg, "", "speaker carried across a paragraph break; risk assessment, no explicit judgement of an actor (unsure: could be condemning)"))
U(d, "He expressed hope that the parties would still find a solution", "under United Nations auspices.",
  ("Russia", T, pos, "", "hope for a negotiated solution"))
U(d, "The representative of China said her country had abstained in light of the divergent views", "all parties accepted.",
  ("China", T, neu, "", "explanation of abstention (procedural) + 'must be reached through consultations' = appeal, no judgement"))
U(d, "The representative of Pakistan said his delegation attached importance to the principle of self-determination", "abstained for that reason.",
  ("Pakistan", N, neu, "", "explanation of vote by principle, no judgement and no appeal"))
U(d, "He added that Pakistan would continue to support the role of the United Nations", "political process.",
  ("Pakistan", S, pos, "United Nations", "support for the UN's role"))
U(d, "The representative of Guyana said she had voted in favour to keep the Mission on the ground,", "heard in any settlement.",
  ("Guyana", T, neu, "", "vote explanation + stress that the people be heard in a settlement = appeal about the talks (unsure)"))
U(d, "The representative of Sierra Leone said the African Union's own principles", "new momentum for negotiations.",
  ("Sierra Leone", T, pos, "", "urges the parties to negotiate"))
U(d, "The representative of Denmark, speaking also on behalf of Slovenia and Greece,", "looked forward to the strategic review.",
  ("Denmark", S, pos, "United Nations", "joint statement: support for the Personal Envoy's efforts (a UN official)"),
  ("Slovenia", S, pos, "United Nations", "joint statement, one row per state"),
  ("Greece", S, pos, "United Nations", "joint statement, one row per state"))
U(d, "The representative of Somalia said his delegation valued Morocco's engagement", "to an end.",
  ("Somalia", S, pos, "Morocco", "praise of Morocco's engagement + support"))
U(d, "The representative of Panama said the Council had a duty to avoid another year of paralysis,", "a step in that direction.",
  ("Panama", S, pos, "United Nations", "approval of the resolution as a step (unsure: could be calling_for_talks)"))
U(d, "The representative of the Republic of Korea noted the importance", "safety of its personnel.",
  ("South Korea", N, neu, "", "procedural line on monitoring and safety, no appeal verb"))
U(d, "The Frente POLISARIO, in a statement issued from its representation in New York", "hand the territory to Morocco.",
  ("Polisario Front", C, neg, "Morocco", "refusal of a format in protest, grievance stated"))
U(d, "Morocco's King Mohammed VI, in a televised address that evening,", "\"between neighbours, with nothing held back\".",
  ("Morocco", T, pos, "Algeria", "praise of the resolution joined to an offer of talks to Algeria: welcome + peace appeal, no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "Ines Berrada, a researcher on Maghreb affairs", "years in the making.",
  ("Ines Berrada", N, neu, "", "invented analyst; reading of the shift, no position"))
U(d, "\"The text does not end the conflict, but it changes the room in which it will be argued,\" Berrada said.", "Berrada said.",
  ("Ines Berrada", N, neu, "", "analysis, no judgement or appeal"))
U(d, "Jon Aretxaga, an international lawyer who has advised Sahrawi refugee organisations,", "a setback for the rule of law.",
  ("Jon Aretxaga", C, neg, "United Nations", "invented lawyer; judgement of the Council's vote"))
U(d, "\"The Council has blessed a settlement by annexation,", "he said.",
  ("Jon Aretxaga", C, neg, "United Nations", "judgement ('settlement by annexation')"))
