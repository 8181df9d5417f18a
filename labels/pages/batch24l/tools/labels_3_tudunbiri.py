# ------------------------------------------------------------------ Tudun Biri drone strike, Kaduna State, Nigeria (West African news site, full HTML, 2023-12-07)
d = "page_nigeria_tudunbiri_drone2023_newsite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, byline, time line, figcaptions, ADVERTISEMENT, crossheads,
# tags, share bar, related stories, reader comments, most read, footer.
U(d, "The number of villagers confirmed dead after a military drone struck", "mistaken for bandits.",
  ("Nigeria", N, neu, "", "NEMA = a federal agency, speaks for Nigeria; toll + narration of the pressure (no actor) = neutral"))
U(d, "NEMA's north-west zonal office said 85 bodies had been buried", "above 120.",
  ("Nigeria", N, neu, "", "figures from an agency = neutral; 'community leaders' unnamed -> no row"))
# "The drone hit the village late on Sunday ..." = narration, no row.
U(d, "President Bola Tinubu, in a statement signed by his spokesman", "what went wrong.",
  ("Nigeria", N, neg, "", "grief + an order to investigate his own forces: no judgement on another actor, no peace appeal = neutral, negative"))
U(d, "The President also asked residents of Kaduna State to remain calm", "the statement said.",
  ("Nigeria", T, neu, "", "appeal for calm = calling_for_talks; attribution tail"))
U(d, "Chief of Army Staff Lt. Gen. Taoreed Lagbaja, who visited the village", "the movements of the crowd.",
  ("Nigeria", N, neg, "", "the army speaks for its state; apology + own account of the error = neutral, negative"))
U(d, "\"We came here to say we are sorry.", "Lagbaja said.",
  ("Nigeria", N, neg, "", "multi-sentence quote closed by the speaker; apology + promise of an inquiry"))
U(d, "Kaduna State Governor Uba Sani said the state government would pay", "lost their homes.",
  ("Nigeria", S, neu, "", "state governor = Nigeria (provincial officials resolve to their state); aid given to victims = supporting, no canonical target"))
U(d, "Sani also appealed to residents not to turn their grief", "a breach of trust.",
  ("Nigeria", T, neu, "", "appeal for calm, no judgement"))
U(d, "Amnesty International Nigeria said the military had given the public", "condolence visits.",
  ("Amnesty International", C, neg, "Nigeria", "accusation of a cover-up, judgement without a stock word"))
U(d, "\"An apology is something, but it is worth nothing", "said in a statement on Thursday.",
  ("Amnesty International", C, neg, "Nigeria", "partial acknowledgement of the apology joined to a judgement and a demand for trial: rule 1"))
U(d, "The Defence Headquarters rejected suggestions that its air operations were careless", "village gathering\".",
  ("Nigeria", N, neg, "", "denial = neutral, negative"))
U(d, "Minister of State for Defence Bello Matawalle said the tragedy would not slow", "around Igabi and Giwa.",
  ("Nigeria", C, neg, "", "announced continuing operations against the bandits = condemning; bandits not a canonical actor -> target empty"))
U(d, "In Geneva, the UN human rights office said it was deeply disturbed", "in future operations.",
  ("United Nations", T, neg, "Nigeria", "concern + appeal to review targeting and protect civilians, no judgement = calling_for_talks"))
U(d, "The United States Mission in Nigeria welcomed President Tinubu's order", "compensate the families.",
  ("United States", T, pos, "Nigeria", "welcome joined to an appeal (publish, compensate), no judgement: rule 2 before rule 3"))
U(d, "The ECOWAS Commission said its President, Omar Alieu Touray, had sent condolences", "families of Tudun Biri.",
  ("ECOWAS", S, neg, "Nigeria", "condolences to a state = solidarity, supporting; grief in tone"))
U(d, "The main opposition Peoples Democratic Party", "removed from their posts immediately.",
  ("Peoples Democratic Party", C, neg, "Nigeria", "party spokesman = the party; judgement + demand for dismissals"))
U(d, "The Senate on Wednesday observed a minute's silence", "to account for the strike.",
  ("Nigeria", N, neg, "", "the Senate = Nigeria; mourning + a summons of its own service chiefs, no judgement word (unsure: could be condemning as a demand for accountability)"))
U(d, "At the Barau Dikko hospital, Malam Idris Bello", "had no warning.",
  ("Idris Bello", N, neg, "", "invented survivor; fact, no position"))
U(d, "\"We were praying and eating together.", "he said.",
  ("Idris Bello", C, neg, "Nigeria", "account of a second strike on people running to help = accusation by describing attacks on civilians (rule 4); unsure: could be neutral testimony"))
U(d, "Bello said nobody from the army had yet spoken to his family.", "to his family.",
  ("Idris Bello", N, neg, "", "fact with an implied reproach, no explicit judgement"))
U(d, "Yusuf Garba, the councillor for the ward that includes Tudun Biri", "\"three times in two days\".",
  ("Yusuf Garba", N, neg, "", "invented local councillor; rebuttal of the bandit premise = denial-like, neutral, negative"))
U(d, "\"They are treating it as a mistake in a computer.", "he said.",
  ("Yusuf Garba", C, neg, "Nigeria", "judgement of the authorities' attitude without a stock word"))
U(d, "Halima Ahmed Kura, a senior researcher at the Abuja-based Centre", "Rann, Borno State.",
  ("Halima Ahmed Kura", N, neg, "", "invented analyst; the pattern of air incidents as fact"))
U(d, "\"Each time there is an apology and a panel", "she said.",
  ("Halima Ahmed Kura", C, neg, "Nigeria", "judgement: reports vanish, no one pays"))
U(d, "Kura said the National Assembly should insist on a public hearing", "civilian oversight.",
  ("Halima Ahmed Kura", T, neu, "Nigeria", "appeal for a hearing and oversight = calling_for_talks (like demands for an inquiry)"))
# "In Tudun Biri on Wednesday, women sat outside burned homes ..." = scene, no row.
