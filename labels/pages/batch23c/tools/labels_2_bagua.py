# ------------------------------------------------------------------ Bagua / Curva del Diablo clashes in the Peruvian Amazon (Latin American wire, .txt, 2009-06-08)
d = "page_bagua_devilscurve2009_wire.txt"
# Not statements: agency banner, breadcrumbs, headline, byline, ADVERTISEMENT, crossheads (OFFER OF TALKS, REACTION),
# reporting credit, Related coverage list, tags, copyright line.
U(d, "LIMA, June 8, 2009 (Prensa Continental) - Peru kept a curfew in place", "rose above 30.",
  ("Peru", C, neg, "Interethnic Association for the Development of the Peruvian Rainforest", "dateline inside the unit (it opens the paragraph); curfew kept + prosecutors seek arrest of AIDESEP's leader = measures against a side; toll is narration"))
# "Police moved at dawn on Friday ..." = background narration, no row.
U(d, "The Interior Ministry said 23 police officers had died", "put the number of civilians killed at ten.",
  ("Peru", N, neu, "", "casualty figures given by an actor, no blame = neutral"))
U(d, "AIDESEP, the national federation of Amazon indigenous groups", "a charge the government denied.",
  ("Interethnic Association for the Development of the Peruvian Rainforest", C, neg, "Peru", "higher toll + accusation of firing on sleeping protesters"),
  ("Peru", N, neg, "", "the government's denial in the same sentence = neutral, negative"))
U(d, "President Alan García said in a televised address on Sunday", "decide the future of the Amazon.",
  ("Peru", C, neg, "Interethnic Association for the Development of the Peruvian Rainforest", "describes attacks on police + 'agitators' = accusation aimed at the protest organisers"))
U(d, "García also suggested that the unrest had been encouraged from abroad", "had stood behind the blockades.",
  ("Peru", C, neg, "", "accusation of foreign instigation; no named actor -> target empty"))
U(d, "In La Paz, Bolivian President Evo Morales called the operation", "signed with Washington.",
  ("Bolivia", C, neg, "Peru", "Morales as head of state speaks for Bolivia (name files list him under his party); 'massacre' = judgement"))
U(d, "Peru's Foreign Ministry summoned Bolivia's ambassador on Monday", "a ministry spokesman said.",
  ("Peru", C, neg, "Bolivia", "summons + protest against 'interference' = condemning"))
U(d, "Prime Minister Yehude Simon told Congress that the government was ready", "while talks took place.",
  ("Peru", T, pos, "Interethnic Association for the Development of the Peruvian Rainforest", "offer of talks + suspension of a decree during them"))
U(d, "But Simon said there would be no seat at the table", "a petition in the other.\"",
  ("Peru", C, neg, "Interethnic Association for the Development of the Peruvian Rainforest", "refusing a party to talks with a grievance stated (violence) = condemning"))
U(d, "Interior Minister Mercedes Cabanillas rejected reports", "fired at them from the hills.",
  ("Peru", N, neg, "", "denial that police shot first = neutral, negative (unsure: 'shots fired at them' borders on accusation)"))
U(d, "Defence Minister Ántero Flores-Aráoz said army units would guard", "until further notice.",
  ("Peru", N, neu, "", "security plan for own installations, no judgement"))
U(d, "Alberto Pizango, AIDESEP's president, whose whereabouts were unknown", "responsible for every death.",
  ("Interethnic Association for the Development of the Peruvian Rainforest", C, neg, "Peru", "holds the president responsible = condemning"))
U(d, "Pizango also called on Amazon communities to keep their protests peaceful", "if Congress repealed the decrees.",
  ("Interethnic Association for the Development of the Peruvian Rainforest", T, neu, "", "appeal for peaceful protest + conditional offer to negotiate = calling_for_talks"))
U(d, "AIDESEP said it would join labour and student groups", "on Thursday.",
  ("Interethnic Association for the Development of the Peruvian Rainforest", N, neu, "", "announced plan (day of protest), no judgement in the sentence"))
U(d, "The Ombudsman's Office said its staff in Bagua had so far confirmed", "many of them for gunshot wounds.",
  ("Peruvian Ombudsman's Office", N, neu, "", "figures from a national human-rights institution (its own actor, like other national commissions)"))
U(d, "Ombudsman Beatriz Merino asked police and community leaders", "along the highway.",
  ("Peruvian Ombudsman's Office", T, neu, "", "appeal for humanitarian access and a search for the missing"))
U(d, "In Geneva, the U.N. special rapporteur on the rights of indigenous peoples", "open talks with Amazon leaders.",
  ("United Nations", T, neu, "Peru", "UN rapporteur = United Nations; inquiry + halt + talks, no judgement word, addressed to the government"))
U(d, "Amnesty International said those responsible for killings on both sides", "silence a legitimate protest.",
  ("Amnesty International", C, neg, "Peru", "call for justice + criticism of the charges (judgement decides)"))
U(d, "London-based Survival International said the police had been sent", "withdraw the decrees.",
  ("Survival International", C, neg, "Peru", "accusation (land cleared for oil companies) + demand"))
U(d, "The Peruvian Episcopal Conference called on the government", "before more lives were lost.",
  ("Peruvian Episcopal Conference", T, neg, "", "appeal to both sides to drop hostile language and return to dialogue"))
U(d, "The Secretary General of the Organization of American States", "through dialogue.",
  ("Organization of American States", T, neg, "", "sorrow + hope for a settlement through dialogue = calling_for_talks"))
U(d, "Rocío Salazar, an anthropologist at the Amazon Studies Centre", "which Peru ratified in 1994.",
  ("Rocío Salazar", C, neg, "Peru", "invented anthropologist; accuses the state of breaching a consultation duty"))
U(d, "\"The state arrived at the Devil's Curve with rifles", "Salazar said.",
  ("Rocío Salazar", C, neg, "Peru", "judgement without a stock word"))
U(d, "In Bagua Grande, Segundo Tapia, a motorcycle-taxi driver", "for more than an hour.",
  ("Segundo Tapia", N, neg, "", "invented witness; what he saw and heard, no judgement"))
U(d, "\"They came to open a road and they left us a cemetery,\"", "Tapia said.",
  ("Segundo Tapia", C, neg, "Peru", "judgement on the police operation"))
U(d, "Congress, where García's APRA party holds the largest bloc, postponed a debate", "until later this week.",
  ("Peru", N, neu, "", "the legislature resolves to its state; a postponed debate with no position stated = procedural act, neutral"))
U(d, "The General Confederation of Workers of Peru, the country's largest labour federation", "would march alongside them.",
  ("General Confederation of Workers of Peru", S, pos, "Interethnic Association for the Development of the Peruvian Rainforest", "labour federation (new actor) declares solidarity with the Amazon protest = supporting"))
