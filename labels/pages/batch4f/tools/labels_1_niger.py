# ------------------------------------------------------------------ Niger coup / ECOWAS Abuja summit (AP-style wire, 2023-07-30)
d = "page_niger_ecowas_wire.txt"
U(d, "West African leaders on Sunday gave the mutinous soldiers", "one of the world's poorest countries.",
  ("ECOWAS", C, neg, "Niger", "dateline 'ABUJA, Nigeria (AP) — ' excluded; 'West African leaders' = ECOWAS (name files); ultimatum + threat of force + sanctions"))
U(d, "The Economic Community of West African States said in a communique", "could include military action.",
  ("ECOWAS", C, neg, "Niger", "threat of force; quotation inside an attribution; Nigerian capital = place"))
U(d, "The bloc said defense chiefs of its member states would meet at once.", "would meet at once.",
  ("ECOWAS", N, neu, "", "'the bloc' = ECOWAS by context; a meeting announced, the threat itself is in the previous sentence (unsure: could be read as part of the announced operation)"))
U(d, "It also announced that all commercial and financial transactions", "no-fly zone on commercial flights.",
  ("ECOWAS", C, neg, "Niger", "'It' = the bloc; sanctions = condemning"))
U(d, "Travel bans and asset freezes will apply", "the communique said.",
  ("ECOWAS", C, neg, "Niger", "sanctions on the officers; attribution tail"))
U(d, "The bloc said it recognized Bazoum as Niger's only legitimate president", "attributed to him.",
  ("ECOWAS", C, neg, "Niger", "refusing to recognise the junta's authority (and any forced resignation) = rejection of a party; Bazoum is only mentioned"))
U(d, "Nigerian President Bola Tinubu, who chairs the 15-nation bloc", "paid to protect him.",
  ("ECOWAS", C, neg, "Niger", "chair of the bloc opening its summit speaks for ECOWAS (guide), not Nigeria; 'taking of a hostage'"))
U(d, "\"We cannot sit by while a democratically elected president", "Tinubu said.",
  ("ECOWAS", C, neg, "Niger", "multi-sentence quote closed by its speaker = one unit; 'held captive' judgement + demand to return to barracks: rule 1"))
U(d, "Hours before the summit, Niger's junta accused the bloc", "in concert with Western governments.",
  ("Niger", C, neg, "ECOWAS", "junta = its state (guide); accusation"))
U(d, "Col. Maj. Amadou Abdramane, a spokesman for the mutineers", "drawn up outside Africa.",
  ("Niger", C, neg, "ECOWAS", "spokesman of the junta = Niger; 'military adventure' judgement; Abuja = place"))
U(d, "\"We will defend every inch of our homeland,\" Abdramane said.", "Abdramane said.",
  ("Niger", C, neg, "ECOWAS", "surname only; warning of a response to the bloc's threat (threatened response)"))
U(d, "\"The people of Niger will not bow to ultimatums written abroad.\"", "written abroad.\"",
  ("Niger", C, neg, "ECOWAS", "quote continued after the attribution = own unit, same speaker; defiance of the ultimatum without stock words"))
U(d, "Gen. Abdourahamane Tchiani, the head of the presidential guard", "of the economy under Bazoum.",
  ("Niger", C, neg, "", "the junta leader justifying the coup by blaming the ousted government (not a canonical actor) -> target empty; unsure: could be neutral as a justification"))
U(d, "The junta has also said that Bazoum is in good health", "treated with respect.",
  ("Niger", N, neu, "", "reassurance about its own conduct = neutral (labels/README)"))
U(d, "The French presidency said in a statement that anyone who attacked", "resolute response from Paris.",
  ("France", C, neg, "", "conditional threat of a response; aimed at attackers (not a canonical actor) -> target empty; Paris = France"))
U(d, "Foreign Minister Catherine Colonna said Niger's security forces bore full responsibility", "outside the embassy.",
  ("France", C, neg, "Niger", "minister by role with no state word (French by context); 'full responsibility' + condemned"))
U(d, "The European Union said on Saturday it had suspended all budget support", "emerged from the putsch.",
  ("European Union", C, neg, "Niger", "suspension of aid = sanction; non-recognition of the junta; two EU positions in one sentence, one row"))
U(d, "U.S. Secretary of State Antony Blinken spoke with Bazoum by phone", "the State Department said.",
  ("United States", S, pos, "", "backing for the ousted president; Bazoum is not the state actor Niger (the junta) -> target empty; attribution tail"))
U(d, "Blinken has warned that hundreds of millions of dollars", "is not restored.",
  ("United States", C, neg, "Niger", "threat to cut aid = condemning (threatened response)"))
U(d, "The African Union's Peace and Security Council on Friday gave the military 15 days", "restore constitutional authority.",
  ("African Union", C, neg, "Niger", "PSC = African Union (name files); ultimatum"))
U(d, "U.N. spokesman Stéphane Dujarric said Secretary-General António Guterres strongly backed", "back to constitutional rule.",
  ("United Nations", S, pos, "", "backing for the efforts of two bodies (ECOWAS and AU) -> target empty"))
U(d, "Chad's transitional president, Mahamat Idriss Deby Itno, flew to Niamey", "his office said.",
  ("Chad", T, neu, "Niger", "mediation visit to the junta = calling for talks; Niamey = place; attribution tail"))
U(d, "Russia's Foreign Ministry has urged all sides to show restraint", "the use of force.",
  ("Russia", T, neu, "", "appeal to all sides, no judgement"))
U(d, "But Yevgeny Prigozhin, the head of the Russian mercenary group Wagner", "their former colonizers.",
  ("Wagner Group", S, pos, "Niger", "Wagner's head = Wagner Group (a non-state armed group, not Russia); praise for the takeover; the implied jab at France is not a separate row"))
U(d, "In its communique, the West African bloc condemned what it described", "without naming them.",
  ("ECOWAS", C, neg, "", "aimed at unnamed governments and contractors -> target empty"))
U(d, "\"Food prices went up on the first day.", "at Niamey's Grand Marché.",
  ("Issoufou Garba", N, neg, "", "named resident (invented) under his own name; fear without judgement; the unnamed diplomat and the analysts get no row"))
