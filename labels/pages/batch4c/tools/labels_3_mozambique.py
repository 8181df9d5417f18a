# ------------------------------------------------------------------ Mozambique post-election unrest (scraped Southern African paper, 2024-12-27)
d = "page_mozambique_unrest_scraped.txt"
U(d, "Mozambique's interior minister, Pascoal Ronda, said 21 people", "October 9 presidential election.",
  ("Mozambique", N, neu, "", "dateline 'MAPUTO – ' excluded; toll without blame"))
U(d, "Ronda said protesters had looted shops", "spreading chaos.",
  ("Mozambique", C, neg, "", "surname only; judgement on protesters (not a canonical actor) -> target empty"))
U(d, "The ministry also said the army had been deployed", "South African border.",
  ("Mozambique", N, neu, "", "'the ministry' = the interior ministry by context; own deployment, no one targeted"))
U(d, "Announcing the ruling in Maputo on Monday, council president Lúcia Ribeiro said", "electoral commission.",
  ("Mozambique", N, neu, "", "Constitutional Council = a state organ -> Mozambique; procedure and figures; Maputo = place"))
U(d, "Opposition candidate Venâncio Mondlane, who says he won", "on January 15.",
  ("Venâncio Mondlane", C, neg, "Mozambique", "'legalisation of fraud' judges the council's ruling (a Mozambican state organ) + rival swearing-in"))
U(d, "\"They have chosen to crown a fraud.", "on Tuesday night.",
  ("Venâncio Mondlane", C, neg, "Mozambique", "multi-sentence quote closed by its speaker; refusal in protest"))
U(d, "He told supporters that the protests must stay peaceful", "set fire to homes.",
  ("Venâncio Mondlane", T, neu, "", "appeal for non-violence addressed to his own supporters"))
U(d, "A Frelimo spokesperson said the party welcomed", "for political gain.",
  ("Frelimo", C, neg, "", "unnamed official of a named body; welcome of the ruling + accusation of 'the opposition': rule 1; the opposition is not one canonical actor -> target empty"))
U(d, "Chapo, who is due to be inaugurated on January 15, promised", "Mondlane included.",
  ("Frelimo", T, pos, "Venâncio Mondlane", "unsure: the president-elect is not yet in office -> his party (Frelimo); offer of dialogue"))
U(d, "Outgoing President Filipe Nyusi appealed for calm", "destroy public property.",
  ("Mozambique", C, neg, "", "appeal for calm + threat against rioters: rule 1 (threat = condemning); target not canonical -> empty"))
U(d, "Police commander-general Bernardino Rafael said 1,534 prisoners", "clashes with guards.",
  ("Mozambique", N, neu, "", "police figures"))
U(d, "Rafael blamed groups of protesters", "stirring up the riot.",
  ("Mozambique", C, neg, "", "blame on unnamed protesters -> target empty"))
U(d, "Mondlane denied any link between his movement and the breakout", "justify a crackdown.",
  ("Venâncio Mondlane", C, neg, "Mozambique", "denial + counter-accusation in one sentence: the accusation decides (rule 1)"))
U(d, "Plataforma Decide, a civil society group that monitors elections, said", "shot by police.",
  ("Plataforma Decide", C, neg, "Mozambique", "toll with blame: accusation by describing the police killings"))
U(d, "Renamo, once the main opposition party, also rejected the ruling.", "rejected the ruling.",
  ("Renamo", C, neg, "Mozambique", "rejecting a state organ's ruling in protest"))
U(d, "Its leader, Ossufo Momade, said the council had put its stamp", "people's vote.",
  ("Renamo", C, neg, "Mozambique", "'Its leader' = Renamo's; 'theft'"))
U(d, "In a statement on Thursday, Zimbabwe's President Emmerson Mnangagwa", "differences peacefully.",
  ("SADC", T, neu, "", "chair speaking in the bloc's name = SADC; backing the ruling + peace appeal, no judgement: rule 2 before rule 3 (unsure: could be supporting Mozambique)"))
U(d, "The bloc stood ready to support the incoming government", "he added.",
  ("SADC", S, pos, "Mozambique", "'the bloc'; offer of support"))
U(d, "South Africa's minister of international relations and cooperation, Ronald Lamola, said", "facilitating it.",
  ("South Africa", T, neg, "", "concern + appeal for dialogue + offer to facilitate; Pretoria = metonym"))
U(d, "Michael Masiapato, commissioner of South Africa's Border Management Authority, said", "once it was safe.",
  ("South Africa", N, neu, "", "state agency; border closure as a safety measure, not aimed at Mozambique"))
U(d, "Malawi's Department of Disaster Management Affairs said about 2,000", "schools and churches.",
  ("Malawi", N, neu, "", "figures from a state department"))
U(d, "The department appealed to aid agencies for tents", "food and medicines.",
  ("Malawi", T, neg, "", "asking for aid = calling_for_talks (labels/README), not supporting"))
U(d, "The European Union, whose observers reported irregularities", "refrain from violence.",
  ("European Union", T, neu, "", "'took note' (no welcome, no judgement) + appeal to all sides; the observers' report is background"))
