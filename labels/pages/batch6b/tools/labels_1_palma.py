# ------------------------------------------------------------------ Insurgent attack on Palma, Mozambique (Reuters-style wire, 2021-04-01)
d = "page_palma_mozambique_wire.txt"
U(d, "Mozambican President Filipe Nyusi on Wednesday sought to calm", "special forces.",
  ("Mozambique", N, neu, "", "lead with two actors: Nyusi calming the nation = reassurance about his own side, no judgement"),
  ("Portugal", S, neu, "Mozambique", "same lead: soldiers sent to train Mozambique's forces = backing by act"))
U(d, "Islamic State, which claimed the attack on Monday", "foreign contractors.",
  ("Islamic State", N, neu, "", "the group's own claim and figures (Amaq is the outlet, not an actor); as batch5c's JNIM claim"))
U(d, "Speaking at the opening of a social security office", "in Cabo Delgado province.",
  ("Mozambique", N, neu, "", "Nyusi plays the raid down (own assessment), no judgement or appeal"))
U(d, "\"We must not lose our heads.", "he said.",
  ("Mozambique", N, pos, "", "two-sentence quote closed by its speaker = one unit; 'he' = Nyusi; reassurance about own forces = neutral, positive"))
U(d, "Colonel Omar Saranga, a defence ministry spokesman, told reporters", "in a convoy.",
  ("Mozambique", C, neg, "Islamic State", "'slaughtered ... unarmed people in a treacherous assault' = judgement without stock words; target = the group that claimed the attack (as batch5c)"))
U(d, "He said security forces had rescued hundreds", "from the town.",
  ("Mozambique", N, neu, "", "'He' = Saranga; own operations reported"))
U(d, "Portugal's Foreign Minister Augusto Santos Silva told public broadcaster RTP", "special forces.",
  ("Portugal", S, neu, "Mozambique", "trainers readied for deployment = backing by act"))
U(d, "\"What happened in Palma concerns the whole region", "Santos Silva said.",
  ("Portugal", S, pos, "Mozambique", "solidarity: 'will not face it alone'"))
U(d, "In Washington, Pentagon spokesman John Kirby said", "to the militants.",
  ("United States", S, pos, "Mozambique", "Pentagon = United States; Washington = place; continued training and help = support; Maputo = metonym (target)"))
U(d, "The State Department this month designated the Mozambican group", "sanctions list.",
  ("United States", C, neg, "Islamic State", "terrorist designation + sanctions reported as done = a measure against another side (condemning); the local affiliate resolves to Islamic State (unsure: could be its own actor)"))
U(d, "U.N. spokesman Stephane Dujarric said on Monday that the world body deplored", "to the government.",
  ("United Nations", C, neg, "Islamic State", "'deplored the attacks' = judgement; condolences in the same sentence do not change it (rule 1); target = the claimant"))
U(d, "He said U.N. agencies were working with local authorities", "by the fighting.",
  ("United Nations", S, neu, "Mozambique", "aid delivered with the authorities = supporting (by act)"))
U(d, "The U.N. refugee agency UNHCR said thousands", "from their parents.",
  ("UNHCR", N, neu, "", "arrivals and figures, no appeal; UNHCR kept separate from the UN (name files)"))
U(d, "African Union Commission chairman Moussa Faki Mahamat condemned the raid", "the whole continent shared.",
  ("African Union", C, neg, "Islamic State", "condemnation + call for coordinated action: rule 1"))
U(d, "The Commission stood ready to back SADC", "he added.",
  ("African Union", S, pos, "SADC", "offer of backing to the regional bloc = supporting; 'The Commission' = AU Commission by context"))
U(d, "Botswana's President Mokgweetsi Masisi, who chairs the security organ", "hunted down and tried.",
  ("SADC", C, neg, "Islamic State", "head of state speaking as chair of the SADC organ = SADC (guide); judgement + demand that the planners be tried"))
U(d, "The organ's leaders will meet in Maputo next week", "Masisi's office said.",
  ("SADC", N, neu, "", "possessive before the speaker ('Masisi's office', speaking as organ chair) = SADC; a meeting date announced = neutral (not talks between parties)"))
U(d, "Clayson Monyela, spokesman for South Africa's Department", "already home.",
  ("South Africa", N, neu, "", "figures on its citizens"))
U(d, "International Relations Minister Naledi Pandor offered condolences", "to its neighbour.",
  ("South Africa", S, pos, "Mozambique", "help pledged to the neighbour = supporting; Pretoria = metonym"))
U(d, "Total said it had cut its workforce at Afungi", "had been restored.",
  ("TotalEnergies", N, neg, "", "company's own measures (Total, renamed TotalEnergies in May 2021); no judgement"))
U(d, "Deprose Muchena, Amnesty International's regional director", "hired to fight them.",
  ("Amnesty International", C, neg, "", "accusation of abuses by three parties (insurgents, government forces, contractors) = judgement; target empty (several actors)"))
U(d, "\"Whoever controls Palma tomorrow", "Muchena said.",
  ("Amnesty International", T, neg, "", "appeal for evacuation of civilians and humanitarian access, no judgement = calling_for_talks"))
U(d, "Dewa Mavhinga, Southern Africa director at Human Rights Watch", "the town was exposed.",
  ("Human Rights Watch", C, neg, "Mozambique", "judgement of the government's negligence ('ignored months of warnings') without stock words"))
U(d, "The insurgency, which began in October 2017, has killed", "according to the United Nations.",
  ("United Nations", N, neu, "", "figures attributed to the UN ('according to' = reported speech)"))
