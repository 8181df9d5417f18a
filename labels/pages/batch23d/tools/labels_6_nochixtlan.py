# ------------------------------------------------------------------ Mexico: Nochixtlán clash between police and CNTE teachers (live blog, .txt, 2016-06-20)
# Replaces the brief's event 6 (Nicaragua, Masaya 2018), which has labelled pages (see README).
d = "page_mexico_nochixtlan_2016_liveblog.txt"
# Not statements: brand, menu, LIVE, headline, date line, live-coverage byline, Key events list, JavaScript notice, time stamps,
# entry headlines, closing note ("That's all from us tonight ..."), ADVERTISEMENT, PHOTO caption "1 of 5", Load more, topics,
# most viewed, copyright.
U(d, "Lucía Escobar, an education policy researcher at the Mexico City-based", "crisis of public order\".",
  ("Lucía Escobar", C, neg, "Mexico", "invented analyst; judgement of the government's handling"))
U(d, "She said both sides needed a mediator they trusted", "national human rights commission.",
  ("Lucía Escobar", T, neu, "", "appeal for mediation between both sides"))
U(d, "A State Department spokesperson said the United States was following events in Oaxaca", "differences peacefully.",
  ("United States", T, neu, "", "unnamed official of a named body; monitoring + appeal to all parties"))
U(d, "The Mexican bishops' conference called on the government and the teachers", "pick up the conversation\".",
  ("Mexican Episcopal Conference", T, neu, "", "appeal to both sides for dialogue"))
U(d, "The employers' federation Coparmex demanded that the government clear the blockades", "fuel and goods.",
  ("Coparmex", C, neg, "National Coordinator of Education Workers", "demand for measures against the union's blockades = call for measures against a side"))
U(d, "Erika Guevara-Rosas, Americas director at Amnesty International, said", "held to account.",
  ("Amnesty International", C, neg, "Mexico", "the official account 'fallen apart' + accountability demand = judgement"))
U(d, "The Inter-American Commission on Human Rights expressed concern at the deaths", "as a last resort.",
  ("Organization of American States", T, neg, "Mexico", "IACHR = OAS in the name files; concern + reminder of the limits on force = appeal to protect civilians, no judgement word (unsure: the reminder implies criticism)"))
U(d, "The Mexico office of the UN High Commissioner for Human Rights condemned", "return to dialogue.",
  ("United Nations", C, neg, "", "condemnation of the loss of life with no culprit named + inquiry and dialogue appeals (rule 1)"))
U(d, "The National Human Rights Commission (CNDH) said it had sent a team", "the injured and the detained.",
  ("National Human Rights Commission of Mexico", T, neu, "Mexico", "autonomous rights body (like the Ethiopian Human Rights Commission in the name files); investigators sent + request to protect the injured and detained = protection of civilians"))
U(d, "Federal Police commissioner Enrique Galindo told a radio station", "\"who were not teachers\".",
  ("Mexico", C, neg, "", "accusation against unnamed gunmen -> target empty"))
U(d, "He acknowledged, however, that an armed unit had been sent in", "showing police shooting.",
  ("Mexico", N, neg, "", "admission of a fact about its own operation, no judgement"))
U(d, "Early on Sunday the National Security Commission had said", "carried no firearms.",
  ("Mexico", N, neu, "", "earlier account of its own operation = denial of armed police, neutral"))
U(d, "Andrés Manuel López Obrador, leader of the opposition Morena party, accused", "Aurelio Nuño and Osorio Chong.",
  ("Morena", C, neg, "Mexico", "accusation + demand for resignations"))
U(d, "He called on his supporters to join a march in support of the teachers", "on Sunday.",
  ("Morena", S, pos, "National Coordinator of Education Workers", "solidarity march for the teachers = backing by act"))
U(d, "The Party of the Democratic Revolution (PRD) called for an independent investigation", "summon the interior minister.",
  ("Party of the Democratic Revolution", T, neu, "", "demand for an inquiry and a hearing, no judgement word"))
U(d, "Education Secretary Aurelio Nuño said the education reform", "their own privileges.",
  ("Mexico", C, neg, "National Coordinator of Education Workers", "refusal + accusation against the union's leaders"))
U(d, "President Enrique Peña Nieto sent condolences to the families of the dead", "the government's path.",
  ("Mexico", T, neu, "", "condolences + commitment to dialogue = calling_for_talks"))
U(d, "\"But dialogue cannot mean that the law stops applying in Oaxaca,\" he added.", "he added.",
  ("Mexico", C, neg, "National Coordinator of Education Workers", "warning that the law will be enforced against the blockades = veiled threat (unsure: could be neutral)"))
U(d, "Interior Minister Miguel Ángel Osorio Chong said the government was ready to sit down", "this week.",
  ("Mexico", T, pos, "National Coordinator of Education Workers", "offer of talks"))
U(d, "\"The door of this ministry is open.", "Osorio Chong told reporters.",
  ("Mexico", C, neg, "National Coordinator of Education Workers", "offer + 'we will not accept' the blockades = explicit rejection: rule 1"))
U(d, "The CNTE's Oaxaca branch, Section 22, called the operation a massacre", "for the deaths.",
  ("National Coordinator of Education Workers", C, neg, "Mexico", "judgement ('massacre') + blame"))
U(d, "Section 22 press secretary Eligio Hernández said the union would keep its blockades", "were freed.",
  ("National Coordinator of Education Workers", C, neg, "Mexico", "blockades kept until conditions are met = ultimatum"))
U(d, "The union said it was still willing to talk", "had left the state.",
  ("National Coordinator of Education Workers", T, neu, "Mexico", "conditional offer of talks = calling_for_talks"))
U(d, "Oaxaca Governor Gabino Cué blamed \"outsiders with other agendas\"", "mixed in with the teachers.",
  ("Mexico", C, neg, "", "state governor resolves to the state; blame on unnamed outsiders"))
U(d, "In Nochixtlán, mechanic Rogelio Santiago said he had seen police fire", "throwing stones.",
  ("Rogelio Santiago", C, neg, "Mexico", "named witness (invented); accusation made by describing police firing at people (unsure: could be neutral testimony)"))
U(d, "\"They were not all teachers on the road.", "he said.",
  ("Rogelio Santiago", N, neu, "", "account of who was on the road"))
U(d, "The state's public security chief, Jorge Ruiz Martínez, gave a toll", "had been arrested.",
  ("Mexico", N, neu, "", "casualty figures and arrests given by a state official"))
U(d, "Local media and the union put the number of dead at eight.", "the number of dead at eight.",
  ("National Coordinator of Education Workers", N, neg, "", "figure given by the union (local media are not an actor) = neutral; grief/dispute tone"))
# "Many of the wounded were taken to hospitals ..." and the background paragraph = narration, no row.
