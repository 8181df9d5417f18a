# ------------------------------------------------------------------ Guinea-Bissau: National Guard clashes and the dissolution of the Assembly (ECOWAS communiqué page with a joint statement, 2023-12-07/08)
d = "page_bissau_nationalguard_clashes2023_ecowascommunique.txt"
# Not statements: menus, language bar, breadcrumb, title, date line, share bar, communiqué number, the paragraph numbers, "Done in Abuja ...", signature, tags, Related Press Releases, subscribe prompt, address, copyright.
P = ["African Union", "Community of Portuguese Language Countries", "ECOWAS", "European Union", "United Nations"]
U(d, "The Commission of the Economic Community of West African States (ECOWAS) has followed", "units of the Presidential Guard.",
  ("ECOWAS", N, neg, "", "monitoring + account of the events, no judgement or appeal in this sentence"))
U(d, "ECOWAS reaffirms that freeing detainees at gunpoint", "no Member State can accept.",
  ("ECOWAS", C, neg, "", "judgement of the acts ('no Member State can accept'); the National Guard is not a canonical actor -> target empty"))
U(d, "Those who planned and carried out these acts must answer for them", "courts of Guinea-Bissau.",
  ("ECOWAS", C, neg, "", "holding the perpetrators responsible = condemning; continuation of the same paragraph"))
U(d, "The Commission takes note of the address delivered by His Excellency", "dissolution of the National People's Assembly.",
  ("ECOWAS", N, neu, "", "'takes note' = procedural"),
  ("Guinea-Bissau", C, neg, "", "reported clause: Embaló's own position (attempted coup with political complicity) + dissolution as a measure = condemning; aimed at the guard and unnamed politicians -> target empty"))
U(d, "The Commission also takes note of the position expressed by the Speaker", "within twelve months of its election.",
  ("ECOWAS", N, neu, "", "'takes note' = procedural"),
  ("PAIGC", C, neg, "Guinea-Bissau", "a position reported by ECOWAS: the decree called unconstitutional = judgement on the president's act; the Speaker leads the PAIGC"))
U(d, "ECOWAS is concerned by the renewed tension between the Presidency", "peaceful and credible.",
  ("ECOWAS", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The Commission urges President Embaló, the Government of Prime Minister Geraldo Martins", "framework of the Constitution.",
  ("ECOWAS", T, neu, "", "appeal for dialogue to several actors -> target empty"))
U(d, "It calls on the defence and security forces to remain republican", "under civilian authority.",
  ("ECOWAS", T, neu, "Guinea-Bissau", "'It' = the Commission; appeal for restraint addressed to the country's forces, no judgement"))
U(d, "ECOWAS commends the Armed Forces of Guinea-Bissau for restoring calm", "spare the civilian population.",
  ("ECOWAS", S, pos, "Guinea-Bissau", "praise of the army = supporting"))
U(d, "The Commission notes the assurances given by the Government of Guinea-Bissau", "full respect for their rights.",
  ("ECOWAS", N, neu, "", "'notes' = procedural"),
  ("Guinea-Bissau", N, pos, "", "a position of the government reported by ECOWAS: reassurance about its own conduct = neutral (labels/README)"))
U(d, "ECOWAS warns that any individual or group that attempts to take or keep power by force", "Democracy and Good Governance.",
  ("ECOWAS", C, neg, "", "threat of sanctions = condemning; no named target"))
U(d, "The President of the ECOWAS Commission, His Excellency Dr Omar Alieu Touray, held a telephone conversation", "at this difficult moment.",
  ("ECOWAS", S, pos, "Guinea-Bissau", "the Commission president speaks for ECOWAS; assurance of standing by the state = supporting"))
U(d, "The Commission will dispatch a fact-finding mission to Bissau", "political parties and civil society.",
  ("ECOWAS", T, neu, "", "a mission sent to meet all sides = engagement for dialogue (calling_for_talks); could be read as a neutral plan"))
U(d, "The Commission recalls that the ECOWAS Stabilisation Support Mission", "under its current mandate.",
  ("ECOWAS", N, neu, "", "procedural reminder"))
U(d, "ECOWAS welcomes the statements issued by the Chairperson of the African Union Commission", "closely with both organisations.",
  ("ECOWAS", S, pos, "", "welcome of two bodies' statements, no appeal -> supporting; two targets -> empty"))
U(d, "The Commission reaffirms its attachment to peace, stability and the constitutional order", "normal institutional life.",
  ("ECOWAS", T, pos, "", "hope that stability returns = calling_for_talks (guide)"))
# Joint statement: a statement by a list of bodies gives one row per listed body (labels/README: one row per actor named).
# "The representatives in Bissau of ... met on 7 December 2023 to review the situation ..." = meeting in narration, no row.
U(d, "The partners condemn the armed attack on the premises of the judicial police", "by members of the National Guard.",
  *[(a, C, neg, "", "joint statement, one row per listed partner; condemnation, the National Guard is not canonical -> target empty") for a in P])
U(d, "They note with concern the presidential decree of 4 December", "the constitutional calendar.",
  *[(a, N, neg, "", "joint statement; concern without an appeal = neutral, negative (not a judgement of the president)") for a in P])
U(d, "The partners call on all national actors to refrain from statements and acts", "the next legislative elections.",
  *[(a, T, neu, "", "joint statement; appeal for restraint and dialogue to all actors") for a in P])
U(d, "They reaffirm their commitment to continue supporting the people of Guinea-Bissau", "peace, stability and development.",
  *[(a, S, pos, "Guinea-Bissau", "joint statement; pledge of continued support = supporting") for a in P])
