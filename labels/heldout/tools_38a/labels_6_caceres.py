# ------------------------------------------------------------------ The killing of Berta Cáceres in La Esperanza, Honduras (live blog, 2016-03-03)
d = "page_berta_caceres_killing2016_liveblog.txt"
# Not statements: masthead, menu, LIVE label, headline, date line, desk note, "Key events" bullets, refresh bar, time stamps,
# the sign-off entry, "Photo n of 6" captions with credits, ADVERTISEMENT, "Analysis from our desk" crosshead, Related lines,
# topics, share bar, most viewed, copyright.
U(d, "Global Witness, the London-based campaign group, said years of inaction", "no real protection.",
  ("Global Witness", C, neg, "", "judgement of years of inaction; the inactive authorities are implied, not named -> target empty (unsure: Honduras is implied)"))
U(d, "The Goldman Environmental Prize said in a statement that it was heartbroken", "also received threats.",
  ("Goldman Environmental Prize", T, neg, "Honduras", "grief + appeal to protect threatened activists = protection of civilians = calling_for_talks"))
U(d, "Mexico's foreign ministry said its embassy in Tegucigalpa was providing consular help", "guarantee his safety.",
  ("Mexico", T, neu, "Honduras", "consular help to its own citizen + request that Honduras guarantee his safety = protection of a civilian = calling_for_talks"))
# "Castro, who was staying at Cáceres's house, is the only known witness to the killing." = narration, no row.
U(d, "Amnesty International said the authorities had left Cáceres exposed", "ordered on her behalf.",
  ("Amnesty International", C, neg, "Honduras", "judgement: the state failed to protect her"))
U(d, "\"Berta's death was not a surprise to anyone who knew the danger", "Erika Guevara-Rosas, said.",
  ("Amnesty International", T, neg, "Honduras", "demand addressed to Honduras to prosecute, no judgement word in this unit = calling_for_talks (unsure: 'not a surprise' implies blame)"))
U(d, "Desarrollos Energéticos SA (DESA), the company building the Agua Zarca hydroelectric dam", "it deplored the killing.",
  ("Desarrollos Energéticos", C, neg, "", "company deplores the killing = condemnation of an unnamed crime, target empty"))
U(d, "The company rejected any suggestion that it was linked to the crime.", "linked to the crime.",
  ("Desarrollos Energéticos", N, neg, "", "denial = neutral, negative"))
U(d, "The European Union's delegation in Tegucigalpa sent its condolences", "swift and thorough investigation.",
  ("European Union", T, neg, "Honduras", "condolences + call for an investigation, no judgement = calling_for_talks (demands for an inquiry as in batch22a)"))
U(d, "At the State Department's daily briefing in Washington, spokesman John Kirby urged Honduras", "to protect witnesses.",
  ("United States", T, neg, "Honduras", "call for a quick, open investigation and witness protection, no judgement"))
U(d, "He said US investigators were ready to help if the Honduran government asked for it.", "asked for it.",
  ("United States", S, pos, "Honduras", "offer of investigative help = supporting"))
U(d, "The UN human rights chief, Zeid Ra'ad Al Hussein, called the killing a vile crime", "those who ordered them.",
  ("United Nations", C, neg, "", "judgement of the crime + appeal: rule 1; the culprits are unknown -> target empty"))
U(d, "Two UN experts, Michel Forst, who reports on human rights defenders, and John Knox", "the danger Cáceres faced.",
  ("United Nations", C, neg, "Honduras", "UN special rapporteurs resolve to the United Nations; charge that Honduras ignored warnings"))
U(d, "The Inter-American Commission on Human Rights, which had granted Cáceres precautionary measures", "duty to protect her.",
  ("Organization of American States", C, neg, "Honduras", "the IACHR is an OAS body (alias in the name files); judgement of the state's failure"))
U(d, "OAS Secretary General Luis Almagro wrote on Twitter that he condemned the murder", "to the Lenca people.",
  ("Organization of American States", C, neg, "", "condemnation of the murder, no culprit named"))
U(d, "US Ambassador James Nealon said Cáceres had been a brave voice", "in the strongest terms.",
  ("United States", C, neg, "", "condemnation of the murder, culprit unknown -> target empty"))
U(d, "The embassy, he said, had offered Honduran authorities technical support", "from American investigators.",
  ("United States", S, pos, "Honduras", "offer of investigative assistance = supporting (backing by act)"))
U(d, "President Juan Orlando Hernández said the murder had wounded the whole nation", "found and punished.",
  ("Honduras", C, neg, "", "condemnation of the crime + vow to punish the (unknown) culprits, target empty"))
U(d, "He said he had told the attorney general's office to treat the case as a top priority.", "a top priority.",
  ("Honduras", N, neu, "", "procedure inside the own government"))
U(d, "Security Minister Julián Pacheco told reporters that investigators were examining every line of inquiry", "sent from Tegucigalpa.",
  ("Honduras", N, neu, "", "investigation facts and plans"))
U(d, "COPINH, the indigenous council that Cáceres co-founded in 1993, said she had been killed", "failing to protect her.",
  ("COPINH", C, neg, "Honduras", "holds the state responsible = condemning"))
U(d, "The council called for an independent international investigation", "Inter-American Commission on Human Rights.",
  ("COPINH", T, neg, "", "demand for an independent inquiry = calling_for_talks (as demands for an inquiry in batch22a); the IACHR is named as supervisor, not addressed"))
U(d, "\"They want to bury Berta's struggle with her, but they will not manage it,\" COPINH coordinator", "outside the morgue.",
  ("COPINH", N, neg, "", "defiance aimed at unnamed 'they', no judgement on a named actor, no appeal = neutral (unsure: could be read as an accusation)"))
U(d, "Cáceres's mother, Austra Bertha Flores, told a local radio station that her daughter had been hunted", "the truth came out.",
  ("Austra Bertha Flores", C, neg, "", "the mother (person): she was 'hunted' for her work = accusation against unnamed pursuers, target empty"))
U(d, "Police initially told local media that the attack may have been a robbery", "rejected that account.",
  ("Honduras", N, neu, "", "the police's hypothesis = Honduras, facts without judgement; the family and colleagues are not a named actor (no row for them)"))
# "Cáceres, 44, won the Goldman Environmental Prize last year ..." = background, no row.
# "Good morning. Berta Cáceres ... was shot dead ..." = narration; "Gunmen forced their way ..., according to her family." = unnamed family as source, not an actor, no row.
U(d, "Lucía Barahona, a researcher at the Central American Institute for Social Studies, said the killing would test", "meant anything in practice.",
  ("Lucía Barahona", N, neu, "", "invented researcher (person); analysis"))
U(d, "\"If this case ends with a couple of hired gunmen and nobody asks who paid them", "Barahona said.",
  ("Lucía Barahona", N, neg, "", "conditional warning about impunity, no appeal or judgement of a named actor = neutral, negative (unsure)"))
