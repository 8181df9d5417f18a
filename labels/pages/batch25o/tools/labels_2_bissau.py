# ------------------------------------------------------------------ Guinea-Bissau: Conakry Agreement deadline and ECOWAS targeted sanctions (ECOWAS communique page, 2018-02-05)
d = "page_bissau_conakryaccord_sanctions2018_ecowascommunique.txt"
# Not statements: site header, language bar, menu, breadcrumb, press release number, title, dateline, "Posted in", crossheads,
# download line, share bar, related press releases, subscribe prompt, address and copyright.
U(d, "Acting on the instructions of H.E. Faure", "on 31 January and 1 February 2018.",
  ("ECOWAS", T, neu, "Guinea-Bissau", "paragraph number excluded; a mediation mission sent to press for the agreement's implementation = an act of talks (the chair of ECOWAS asks in its name)"))
# Paragraph 2 (composition of the delegation), 3 (its task) and 4 (list of meetings) = narration of the mission, no row.
U(d, "President Vaz told the delegation that he remained bound", "respected its terms.",
  ("Guinea-Bissau", N, neu, "", "the president defends his own appointment: own conduct, no evaluation of another actor"))
U(d, "The President asked ECOWAS to give the new Government time", "legislative elections.",
  ("Guinea-Bissau", N, neu, "", "a request for time, not an appeal for a peaceful course or aid -> neutral"))
U(d, "The leadership of the PAIGC, led by its President", "agreed in Conakry.",
  ("PAIGC", C, neg, "Guinea-Bissau", "rejects the appointment as a breach (judgement on the president's act)"))
U(d, "The PAIGC told the delegation that it would not sit", "formed on that basis.",
  ("PAIGC", C, neg, "Guinea-Bissau", "refusal to join a government in protest, after the grievance is given = condemning"))
U(d, "The Party for Social Renewal (PRS), for its part", "had been met.",
  ("Party for Social Renewal", S, pos, "Guinea-Bissau", "approval of the president's appointment"))
U(d, "The group of fifteen deputies informed the delegation", "without further delay.",
  ("Group of 15 deputies", T, neu, "", "readiness to join an inclusive government + appeal to reopen parliament, no judgement"))
U(d, "Representatives of the African Union, the United Nations, the European Union and the Community", "align their own decisions with them.",
  ("African Union", S, pos, "ECOWAS", "joint position of a list of bodies: one row each; backing of the measures"),
  ("United Nations", S, pos, "ECOWAS", "listed body; backing of the ECOWAS measures"),
  ("European Union", S, pos, "ECOWAS", "listed body; backing of the ECOWAS measures"),
  ("Community of Portuguese Language Countries", S, pos, "ECOWAS", "listed body; backing of the ECOWAS measures"))
U(d, "The Special Representative of the Secretary-General of the United Nations, Mr. Modibo", "remained closed.",
  ("United Nations", N, neg, "", "concern and a warning of consequences, no appeal and no judgement = neutral, negative"))
# "The delegation also received representatives of civil society." = narration, no row.
U(d, "Ms. Domingas Nhaga Cabral, coordinator of the Platform", "their daily needs.",
  ("Domingas Nhaga Cabral", C, neg, "", "invented civil-society voice (person); judgement on the political class, no stock word; target not canonical -> empty"))
U(d, "Mr. Armando Lona Có, of the National Network", "resumed its work.",
  ("Armando Lona Có", T, neu, "ECOWAS", "invented voice; asks for continued mediation"))
U(d, "The delegation notes with deep regret that", "no inclusive Government formed.",
  ("ECOWAS", C, neg, "Guinea-Bissau", "regret aimed at the failure of Bissau's authorities = judgement"))
U(d, "It considers that the appointment of 30 January was made outside the procedure", "its implementation.",
  ("ECOWAS", C, neg, "Guinea-Bissau", "'It' = the delegation; the appointment judged outside the agreement (no stock word)"))
U(d, "The delegation commends the Defence and Security Forces", "out of the political debate.",
  ("ECOWAS", T, pos, "Guinea-Bissau", "praise joined to an appeal to stay out of politics (restraint): rule 2 before rule 3 (unsure: could be supporting)"))
U(d, "It pays tribute to the personnel of the ECOWAS Mission", "stability of the country.",
  ("ECOWAS", N, pos, "", "praise of its own mission = self-praise, neutral with positive tone"))
U(d, "In accordance with the decision of the Authority of 27 January 2018, the sanctions", "whether individuals or organisations.",
  ("ECOWAS", C, neg, "", "sanctions in force = condemning; aimed at persons not named here -> target empty"))
U(d, "The sanctions, set out in Decision A/DEC.2.01/2018", "other financial holdings.",
  ("ECOWAS", C, neg, "", "the content of the sanctions (travel ban, asset freeze) = measures against another side"))
U(d, "The list is not final: the monitoring committee", "those concerned warrants.",
  ("ECOWAS", N, neu, "", "procedure of an ECOWAS committee (Togo and Guinea sit on it as members, not speaking for themselves)"))
U(d, "ECOWAS calls on the African Union, the United Nations", "to the persons concerned.",
  ("ECOWAS", C, neg, "", "a call on others to apply sanctions = condemning (labels/README: calls for sanctions)"))
U(d, "The Authority reaffirms that the Conakry Agreement remains", "out of the crisis.",
  ("ECOWAS", T, neu, "", "the agreement as the only framework for a way out = a peaceful course"))
U(d, "Speaking to journalists at Osvaldo Vieira International Airport", "had now run out.",
  ("ECOWAS", C, neg, "", "Dussey speaks as chair of the ECOWAS Council of Ministers; judgement on Bissau's leaders (several) -> target empty"))
U(d, "\"We did not come here to negotiate a new text.", "Dussey said.",
  ("ECOWAS", C, neg, "", "multi-sentence quote closed by its speaker; threat of consequences = condemning"))
U(d, "The Commission President, Mr. de Souza, added that the sanctions were aimed", "would remain in place.",
  ("ECOWAS", N, neu, "", "clarification of the measures' scope and of the force's presence"))
U(d, "\"The door stays open.", "he said.",
  ("ECOWAS", T, pos, "", "offer of talks to anyone ready to apply the agreement"))
U(d, "Minister Bangoura said the Mediator, President Condé, still hoped", "in the coming weeks.",
  ("ECOWAS", T, pos, "", "Guinea's minister speaks for the ECOWAS Mediator (Condé acting for ECOWAS, not for Guinea); hope of an agreement = calling_for_talks"))
U(d, "The delegation thanks the Government and people of Guinea-Bissau", "extended to it.",
  ("ECOWAS", N, pos, "", "formulaic thanks for hospitality: plain diplomatic wording, not support for a side"))
