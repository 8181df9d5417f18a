# ------------------------------------------------------------------ Equatorial Guinea coup plot: the Harare mercenary arrests (Southern African news site, full HTML, 2004-03-12)
d = "page_eqguinea_coupplot2004_southernsite.html"
# Not statements: top strip, masthead, nav, breaking ticker, kicker, headline, intro, byline/time, captions with credits,
# crossheads, advertisements, share tools, topics, related stories, reader comments, most read, bulletin prompt, footer.
U(d, "Zimbabwe said on Thursday that the 67 men arrested at Harare International Airport", "full weight of its laws.",
  ("Zimbabwe", C, neg, "", "lead: accusation + warning aimed at the suspects (not actors) -> target empty"))
U(d, "Home Affairs Minister Kembo Mohadi told a media briefing that the group", "the Equatorial Guinean capital.",
  ("Zimbabwe", N, neu, "", "findings of the investigation, no judgement word"))
U(d, "Mohadi said the men had told investigators that foreign intelligence services", "\"a supermarket for coups\".",
  ("Zimbabwe", C, neg, "", "insinuation against unnamed foreign services + warning; no single target"))
U(d, "Foreign Minister Stan Mudenge said the suspects would be shown no leniency", "charges were proven.",
  ("Zimbabwe", C, neg, "", "threat of punishment; target not an actor"))
U(d, "Information Minister Jonathan Moyo went further, saying the plot bore", "owed Africa an explanation.",
  ("Zimbabwe", C, neg, "United Kingdom", "accusation of Britain; 'London' = metonym"))
U(d, "Acting Attorney-General Bharat Patel said charges were being prepared", "within days.",
  ("Zimbabwe", N, neu, "", "legal procedure"))
# "The aircraft, a Boeing 727 registered in the United States, landed ..." = narration, no row.
U(d, "In a speech broadcast on state radio and television in Malabo on Tuesday night", "wealth for themselves.",
  ("Equatorial Guinea", C, neg, "", "charge against unnamed governments and companies -> target empty"))
U(d, "He thanked South Africa and Angola for warning his government of the plan.", "warning his government of the plan.",
  ("Equatorial Guinea", S, pos, "", "thanks to two states -> target empty"))
U(d, "Equatorial Guinea's government said 15 men arrested in Malabo earlier in the week", "in the country's courts.",
  ("Equatorial Guinea", N, neu, "", "arrests and trial plan; suspects not actors"))
U(d, "Deputy Foreign Minister Jose Esono Micha travelled to Pretoria on Thursday", "flying on to Harare.",
  ("Equatorial Guinea", N, neu, "", "briefing visit = diplomatic act without evaluation"))
U(d, "Presidential spokesman Bheki Khumalo confirmed that South Africa's intelligence services", "left Wonderboom airport.",
  ("South Africa", S, neu, "Equatorial Guinea", "intelligence shared with the target government = backing by act"))
U(d, "\"Africa has seen enough governments removed by hired guns", "after meeting Esono Micha.",
  ("South Africa", C, neg, "", "judgement of mercenary coups; no actor targeted"))
U(d, "Justice Minister Penuell Maduna said any South African found to have taken part", "bans mercenary activity.",
  ("South Africa", C, neg, "", "threat of prosecution aimed at participants (not actors)"))
U(d, "Foreign Affairs spokesman Ronnie Mamoepa said consular officials had seen", "in good health.",
  ("South Africa", N, neu, "", "consular facts"))
U(d, "South Africa's High Commissioner in Harare, Jeremiah Ndou, said his staff", "legal representation for them.",
  ("South Africa", N, neu, "", "consular procedure"))
U(d, "A British Foreign Office spokesman said the government had no knowledge", "asked to see Mann.",
  ("United Kingdom", N, neg, "", "denial + consular request = neutral"))
U(d, "In Washington, State Department spokesman Richard Boucher said the United States had no link", "registered in the US.",
  ("United States", N, neg, "", "denial + own inquiry"))
U(d, "Boucher added that Washington condemned any attempt to seize power by force in Africa.", "by force in Africa.",
  ("United States", C, neg, "", "condemnation of the attempt; plotters not actors -> target empty"))
U(d, "A Spanish foreign ministry spokesman, speaking on Wednesday before the bombings in Madrid", "known of the plan.",
  ("Spain", N, neg, "", "denial = neutral, negative"))
U(d, "Severo Moto, the exiled opposition leader whom the plotters allegedly meant to install", "anything to do with the men.",
  ("Progress Party of Equatorial Guinea", N, neg, "", "the exiled leader speaks for his party/government in exile; denial"))
U(d, "But Moto said Obiang's government was a family dictatorship", "want it gone.",
  ("Progress Party of Equatorial Guinea", C, neg, "Equatorial Guinea", "'family dictatorship', 'stolen' = judgement"))
U(d, "Logo Logistics, the company that chartered the aircraft, said the men were security guards", "Democratic Republic of Congo.",
  ("Logo Logistics", N, neg, "", "company's denial of the charge = neutral; DRC = place"))
U(d, "African Union Commission chairperson Alpha Oumar Konare said the AU condemned the plot", "brought to power by mercenaries.",
  ("African Union", C, neg, "", "condemnation + non-recognition pledge; plotters not actors"))
U(d, "SADC Executive Secretary Prega Ramsamy praised the Zimbabwean authorities", "great suffering.",
  ("SADC", S, pos, "Zimbabwe", "praise"))
U(d, "Angola's Foreign Ministry said it had passed on information about the group to Malabo", "mercenary adventurism to Africa.",
  ("Angola", C, neg, "", "help to Malabo (backing by act) + condemnation in one sentence: rule 1"))
U(d, "Namibia's Ministry of Foreign Affairs said it was seeking access to the 18 Namibians", "seen the evidence.",
  ("Namibia", N, neu, "", "consular request + reserving judgement"))
U(d, "Nomvula Khumalo-Ross, who researches private military companies", "recruiting on its own soil.",
  ("Nomvula Khumalo-Ross", C, neg, "South Africa", "independent researcher (invented); judgement of South Africa's enforcement (unsure: could be neutral)"))
U(d, "\"Hardly anyone has ever been convicted under the Act", "she said.",
  ("Nomvula Khumalo-Ross", N, neg, "", "fact given in support, no judgement word"))
U(d, "Khumalo-Ross said the region's governments should agree on common rules", "plane by plane.",
  ("Nomvula Khumalo-Ross", T, neu, "", "appeal for a regional agreement (unsure: regulation rather than a peaceful course)"))
U(d, "Marlene van Wyk, whose husband is among the men held in Harare", "guard a mine.",
  ("Marlene van Wyk", N, neg, "", "named relative (invented, person); account of what the men were told"))
U(d, "\"They are not soldiers of fortune, they are fathers who needed work,\"", "outside a church in Pretoria.",
  ("Marlene van Wyk", N, neg, "", "denial on the men's behalf"))
