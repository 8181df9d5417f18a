# ------------------------------------------------------------------ Arrest of General Salvador Cienfuegos in Los Angeles (Oct-Nov 2020): Mexican Senate press bulletins (2020-11-19)
d = "page_mexico_cienfuegos_arrest2020_senatebulletins.txt"
# Not statements: Senate masthead, menu, breadcrumb, page title, note on translations, bulletin numbers and dates,
# bulletin headlines in capitals (they carry positions but are headlines), ADVERTISEMENT, "Related bulletins", follow bar,
# address, copyright. The forum's opening line and the cabinet-era background are narration.
# Actors: the Senate's Board, its president Ramírez Aguilar and the Foreign Relations Committee chair = Mexico (a state
# body); Monreal speaks as coordinator of the Morena group = Morena; opposition coordinators = their parties.
U(d, "The President of the Senate's Board, Senator Eduardo Ramírez Aguilar, said the chamber would ask", "Los Angeles international airport.",
  ("Mexico", N, neu, "", "the Senate's president = Mexico (parliament of the state); a request for a report = procedure"))
U(d, "Retired General Cienfuegos, who headed the Ministry of National Defence", "according to the Ministry of Foreign Affairs.",
  ("Mexico", N, neu, "", "fact given by the Mexican foreign ministry ('according to' tail)"))
U(d, "Senator Ricardo Monreal Ávila, coordinator of the Morena group", "as an institution.",
  ("Morena", S, neu, "Mexico", "defence of the Armed Forces (= Mexico) against being discredited = backing (unsure: could be neutral)"))
U(d, "\"Whoever has broken the law must answer for it", "Monreal said.",
  ("Morena", N, neu, "", "general principle of accountability + the Army not on trial; no actor judged, no appeal"))
U(d, "Senator Mauricio Kuri González, coordinator of the PAN group, said", "years ago.",
  ("National Action Party", C, neg, "Mexico", "opposition; judgement of Mexican institutions' failure without stock words"))
U(d, "The chair of the Foreign Relations Committee, Senator Héctor Vasconcelos, said", "the Vienna Convention provides for.",
  ("Mexico", N, neu, "", "committee chair = Mexico; follow-up + request for consular protection of a national = procedure"))
U(d, "According to a statement from the committee, Vasconcelos also said", "between the two countries.",
  ("Mexico", C, neg, "United States", "second-hand attribution ('according to a statement from'); no notice 'hard to reconcile' with cooperation = judgement without stock words; Washington = US"))
U(d, "The US Embassy in Mexico City said in a brief statement", "before the courts.",
  ("United States", N, neu, "", "declining to comment = procedural line"))
U(d, "The Ministry of National Defence, for its part, said it had no information", "judicial process.",
  ("Mexico", N, neu, "", "procedural line"))
U(d, "Senator Miguel Ángel Osorio Chong, coordinator of the PRI group", "prove his innocence.",
  ("Institutional Revolutionary Party", S, pos, "", "confidence in the general = backing of a person who is not an actor -> target empty"))
U(d, "Senator Dante Delgado Rannauro, coordinator of the Citizens' Movement group, argued", "with the other.",
  ("Citizens' Movement", C, neg, "Mexico", "judgement of the government's double standard"))
U(d, "The Political Coordination Board backed the diplomatic note", "informed of the investigation.",
  ("Mexico", C, neg, "United States", "the Senate board and the government are both Mexico: one row; the note's 'deep displeasure' at the US = protest"))
U(d, "Foreign Minister Marcelo Ebrard had told the President's morning press conference", "in light of the case.",
  ("Mexico", C, neg, "United States", "review of cooperation with US agencies = a threatened measure"))
U(d, "Monreal announced that the Senate would examine", "in Mexican territory.",
  ("Morena", N, neu, "", "legislative plan, stated without judgement"))
U(d, "The PAN group warned that any new restrictions on foreign agents", "released by its press office.",
  ("National Action Party", N, neg, "", "a caution about a future law, no actor judged and no appeal to a party = neutral, negative tone; attribution tail"))
U(d, "The Senate leadership welcomed the decision of the United States Department of Justice", "complete transparency.",
  ("Mexico", T, pos, "", "welcome joined to an appeal for a transparent inquiry and no judgement: rule 2 before rule 3 (as demands for an inquiry); unsure: could be supporting the US"))
U(d, "In a joint statement on Tuesday, US Attorney General William Barr", "between the two countries.",
  ("United States", S, pos, "Mexico", "joint statement of two actors: praise of the partnership"),
  ("Mexico", S, pos, "United States", "Gertz Manero = Mexico; same joint statement"))
U(d, "President Andrés Manuel López Obrador said at his morning conference", "for its respect.",
  ("Mexico", S, pos, "United States", "thanks and approval of the US correction; the US authorities = US"))
U(d, "Ramírez Aguilar said the outcome showed", "when Mexico stood firm.",
  ("Mexico", N, pos, "", "self-praise = neutral, positive tone"))
U(d, "Kuri González described the return as an unexplained favour", "than answers.",
  ("National Action Party", C, neg, "", "judgement of the deal between two governments -> target empty"))
U(d, "Senator Miguel Ángel Mancera, coordinator of the PRD group, said", "would be handled.",
  ("Party of the Democratic Revolution", N, neu, "", "proposal to summon an official = procedure"))
U(d, "Dr. Alejandra Pineda Soto, a researcher at the Centro de Estudios de Seguridad Hemisférica", "in either country.",
  ("Alejandra Pineda Soto", C, neg, "", "invented scholar; criticism of both governments' unchecked security agenda -> target empty"))
U(d, "\"The lesson is not that Mexico won", "Pineda said.",
  ("Alejandra Pineda Soto", N, neg, "", "surname only; an assessment, no actor judged"))
U(d, "Jorge Ibarra Lomelí, a retired ambassador who served in Washington, urged", "senior officials.",
  ("Jorge Ibarra Lomelí", T, neu, "", "invented former diplomat = independent person; appeal to both governments to agree protocols"))
U(d, "The Committee will deliver a report of the forum", "Political Coordination Board.",
  ("Mexico", N, neu, "", "procedural line of the Foreign Relations Committee"))
