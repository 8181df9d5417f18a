# ------------------------------------------------------------------ Fiji's detention of six opposition figures after the Pacific Dialogue constitution forum (national daily, full HTML, 2016-09-12)
d = "page_fiji_constitutionforum_detentions_2016_daily.html"
# Not statements: top bar, masthead, nav, breadcrumb, headline, standfirst, byline/time, figcaptions with credits, ADVERTISEMENT, crossheads, Related, tags, share, comments, most read, footer.
U(d, "The Government has rejected claims that the questioning of six people", "followed their normal procedures.",
  ("Fiji", N, neg, "", "lead: a denial that the arrests were political + procedure = neutral, negative tone"))
U(d, "The Prime Minister said yesterday that no one in Government had instructed", "like everybody else.",
  ("Fiji", N, neg, "", "title only ('the Prime Minister', state clear from the paper); denial of interference = neutral"))
U(d, "\"The police do not take orders from the Prime Minister's Office", "released by the Ministry of Information.",
  ("Fiji", N, neg, "", "quote + attribution tail; same denial"))
U(d, "\"Every citizen is free to criticise the Constitution.", "when the law is applied.\"",
  ("Fiji", C, neg, "", "speaker carried across the paragraph break (the PM); 'cry persecution' = judgement on the critics; opposition not one canonical actor -> target empty"))
# "Opposition figures ... were taken in on Saturday ..." = narration listing the six, no row.
U(d, "Five were released last night and Mr Chaudhry remained in custody", "police said.",
  ("Fiji", N, neu, "", "police facts with attribution tail = neutral"))
U(d, "The Prime Minister went further, accusing some of the speakers", "dirty work for them\".",
  ("Fiji", C, neg, "", "accusation of stirring division; 'went further' is part of the sentence that carries the statement"))
U(d, "He said those who had taken part in the coups of 1987 and 2000", "lecture Fijians about democracy.",
  ("Fiji", C, neg, "", "judgement by allusion (Rabuka), no stock word; target a person of a non-canonical party -> empty"))
U(d, "The Attorney-General said the Public Order Act applied equally", "whether charges were warranted.",
  ("Fiji", N, neu, "", "title only; procedure and reassurance = neutral"))
U(d, "\"We will not comment on the merits of a matter that is before the DPP,\"", "at Parliament.",
  ("Fiji", N, neu, "", "declining to comment = neutral"))
U(d, "He said, however, that Fiji had come too far since the 2014 election", "talk of instability.",
  ("Fiji", C, neg, "", "'a handful of politicians who lost' = judgement on the opposition"))
U(d, "The Police Commissioner said officers had recorded the forum", "endanger public safety.",
  ("Fiji", N, neu, "", "police procedure; the police speak for the state"))
U(d, "Police spokeswoman Ana Naisoro confirmed that the files had been forwarded", "while in custody.",
  ("Fiji", N, pos, "", "procedure + reassurance about own conduct = neutral"))
U(d, "The Minister for Defence and National Security said the Republic of Fiji Military Forces", "remained normal.",
  ("Fiji", N, neu, "", "reassurance, facts = neutral"))
U(d, "Prof Prasad told supporters outside the station that the arrests were meant", "before the election.",
  ("National Federation Party", C, neg, "Fiji", "party leader speaks for his party; accusation of intimidation"))
U(d, "\"We spoke about the Constitution on Constitution Day.", "he said.",
  ("National Federation Party", C, neg, "Fiji", "multi-sentence quote closed by 'he said'; sarcastic challenge = judgement"))
U(d, "SODELPA said in a statement that its leader had gone to the police voluntarily", "intimidated into silence.",
  ("Social Democratic Liberal Party", C, neg, "Fiji", "'would not be intimidated' implies an intimidation charge = judgement (unsure: could be neutral)"))
U(d, "Mr Dakuvula said the forum had been held in a church hall", "invited to speak.",
  ("Pacific Dialogue", N, neu, "", "the organiser's chairman gives facts in rebuttal = neutral"))
U(d, "New Zealand's Foreign Minister, Murray McCully, said he had asked", "critics to speak.",
  ("New Zealand", T, neu, "Fiji", "request for an account + expectation of room for dissent, no judgement = calling_for_talks (unsure: could be neutral)"))
U(d, "Australia's Department of Foreign Affairs and Trade said it had raised the matter", "freedom of expression and assembly.",
  ("Australia", T, neu, "Fiji", "raising a matter + encouraging respect for rights, no judgement = calling_for_talks"))
U(d, "Amnesty International called the detentions an attempt to muzzle critics", "against the six.",
  ("Amnesty International", C, neg, "Fiji", "judgement joined to an appeal; judgement decides (rule 1)"))
U(d, "The European Union delegation in Suva said it was following the situation", "would be respected.",
  ("European Union", N, neu, "", "monitoring + trust in due process, no appeal proper (unsure: 'trusted' is close to an appeal)"))
U(d, "Dr Mereani Tuilevu, a senior lecturer in politics at the University of the South Pacific, said", "said at the forum.",
  ("Mereani Tuilevu", C, neg, "Fiji", "invented independent academic; judgement of the episode's damage"))
U(d, "\"A permit question has become a question about whether Fiji is comfortable with dissent.", "she said.",
  ("Mereani Tuilevu", C, neg, "Fiji", "multi-sentence quote; 'chose the loudest one' = judgement"))
U(d, "She urged the Government and the Opposition parties to sit down with civil society", "before the 2018 campaign begins.",
  ("Mereani Tuilevu", T, neu, "", "appeal for dialogue addressed to several parties = calling_for_talks"))
U(d, "Suva lawyer Pita Naqelevuki, a former president of the Fiji Law Society, said", "seek amendments in Parliament.",
  ("Pita Naqelevuki", S, neu, "Fiji", "invented independent lawyer; approval of the police action as lawful = supporting (unsure: could be neutral)"))
# Comments are never statements.
