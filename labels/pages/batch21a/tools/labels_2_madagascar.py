# ------------------------------------------------------------------ Rajoelina's army-backed takeover in Madagascar and the reactions (pan-African news site, full HTML, 2009-03-23)
d = "page_madagascar_rajoelina_panafrican.html"
U(d, "Southern Africa's regional bloc will ask its heads of state", "swept his rival from office.",
  ("SADC", C, neg, "Madagascar", "long lead: the bloc's announced sanctions move (threat) with the attribution mid-sentence ('its security troika has said') and the takeover as narration; 'the bloc' = SADC"))
# "Marc Ravalomanana signed over his powers on Tuesday to a military directorate, in effect a junta ..." / court endorsement / toll 'by most counts' : background narration -> no rows
U(d, "In his inaugural speech at the Mahamasina stadium, Rajoelina told a crowd", "new constitution and elections.",
  ("Madagascar", C, neg, "Marc Ravalomanana", "new leader speaks for the state; 'one man's grip ... broken' = judgement of the ousted president without stock words, + own plan"))
U(d, "He said his government would honour the country's international commitments", "come to power.",
  ("Madagascar", N, neu, "", "pronoun subject; reassurance + plea to be judged by deeds, no position on another actor"))
U(d, "Prime Minister Monja Roindefo rejected the word coup.", "rejected the word coup.",
  ("Madagascar", N, neg, "", "head of the new government; denial that a coup took place = neutral, negative"))
U(d, "\"No general sits in the presidential palace.", "the prime minister told reporters on Sunday.",
  ("Madagascar", N, neg, "", "multi-sentence quote closed by the role ('the prime minister'); denial continued = neutral, negative"))
U(d, "He said the new authorities would send delegations to Addis Ababa", "once it had heard them.",
  ("Madagascar", T, pos, "African Union", "offer of dialogue + hope that the AU reconsiders = calling_for_talks; Addis Ababa = place"))
U(d, "Meeting in Addis Ababa on Friday, the AU's Peace and Security Council suspended Madagascar", "sanctions against them.",
  ("African Union", C, neg, "Madagascar", "suspension + conditional threat of sanctions = condemning"))
U(d, "Burkina Faso's ambassador to the AU, Bruno Nongoma Zidouemba, who chaired the session", "wore no uniform.",
  ("African Union", C, neg, "Madagascar", "a state's ambassador chairing the PSC speaks for the AU, not for Burkina Faso; 'unconstitutional change of government' = judgement"))
# "The suspension is awkward for the continental body: Madagascar is due to host ..." : the outlet's comment -> no row
U(d, "AU Commission chairman Jean Ping said the commission would keep talking", "constitutional order.",
  ("African Union", T, pos, "", "Jean Ping is an actor of his own in the name files (later role), but here he speaks as AU Commission chair = African Union; offer of mediation"))
# "Related: Ravalomanana hands power to military ..." : link title -> no row
# "South Africa currently chairs SADC, and its defence minister, Charles Nqakula, spoke for the bloc ..." : narration introducing the speaker -> no row
U(d, "\"A member state has been taken over outside its own constitution", "Nqakula said.",
  ("SADC", C, neg, "Madagascar", "South African minister speaking for the bloc his country chairs = SADC (unsure: could be South Africa); judgement + threat of sanctions and expulsion"))
U(d, "In a statement issued on Thursday, the bloc said it would not recognise Rajoelina", "elections were held.",
  ("SADC", C, neg, "Madagascar", "'the bloc' = SADC; refusal to recognise = condemning"))
U(d, "SADC's executive secretary, Tomaz Salomão, flew to Antananarivo", "keep a channel open.",
  ("SADC", T, neu, "", "mission for talks reported as done; unnamed officials of a named body (SADC secretariat) describe its purpose; Gaborone = place"))
# "Washington went further than most." : summary line before the specific statement -> no row
U(d, "The State Department's acting spokesman, Robert Wood, told reporters on Friday", "except humanitarian aid.",
  ("United States", C, neg, "Madagascar", "calling it a coup + aid suspension (measure); Washington in the previous sentence = metonym in a summary line"))
U(d, "Food and health programmes that reach the poorest Malagasy", "Wood said.",
  ("United States", S, neu, "Madagascar", "aid kept flowing = backing by act for the population (target by demonym)"))
U(d, "The Millennium Challenge Corporation, a U.S. government aid agency, said", "raise rural incomes.",
  ("United States", C, neg, "Madagascar", "US government agency = United States; programme halted = measure"))
U(d, "Norway, another important donor, has also frozen all aid", "not humanitarian.",
  ("Norway", C, neg, "Madagascar", "aid freeze = measure against the new authorities"))
U(d, "The European Union's Czech presidency called the takeover a coup d'etat", "constitutional order.",
  ("European Union", C, neg, "Madagascar", "the rotating presidency speaks for the EU (not the Czech Republic); judgement + appeal = rule 1"))
U(d, "Louis Michel, the EU's development commissioner, said Brussels had no quarrel", "born of force.",
  ("European Union", C, neg, "Madagascar", "Brussels = EU metonym; withholding budget support = measure, 'born of force' = judgement"))
U(d, "In Brussels on Friday, French President Nicolas Sarkozy said", "as quickly as possible.",
  ("France", C, neg, "Madagascar", "Brussels = place here; Antananarivo = place; judgement + call for elections = rule 1"))
U(d, "Paris, the former colonial power, has been accused by Ravalomanana's supporters", "French officials deny.",
  ("France", N, neg, "", "Paris is the object of unnamed supporters' accusation (no row for them); 'French officials deny' = unnamed officials of a named government = France; denial = neutral"))
U(d, "In Berlin, a foreign ministry spokesman said Germany could not regard", "without delay.",
  ("Germany", C, neg, "Madagascar", "Berlin = place; 'could not regard ... as a democratic change' = judgement + demand"))
U(d, "United Nations Secretary-General Ban Ki-moon was following the events with concern", "said in New York.",
  ("United Nations", N, neg, "", "concern without an appeal, attribution tail via the spokeswoman = neutral, negative"))
U(d, "She said the United Nations stood ready to help Malagasy leaders", "further bloodshed.",
  ("United Nations", T, neg, "", "pronoun subject = Montas; offer of good offices + appeal to all sides"))
# "Ravalomanana, who left the island for Swaziland, sent a message ..." : narration of the act of sending -> no row (the message's content is the next sentence)
U(d, "He said he had been forced out at gunpoint", "legitimate president.",
  ("Marc Ravalomanana", C, neg, "Madagascar", "ousted president under his own name; accusation against the new authorities"))
U(d, "A spokesman for his party, Tiako i Madagasikara, welcomed the AU's decision", "by force.",
  ("Tiako i Madagasikara", C, neg, "Madagascar", "the ousted president's party under its own name; welcome of the AU's decision + judgement of 'the seizure of power by force' = rule 1, condemning the new authorities (unsure of the target: the judgement names no one, the page makes it Rajoelina's government)"))
U(d, "Hery Razafindrakoto, a Malagasy historian", "change little in Antananarivo.",
  ("Hery Razafindrakoto", N, neu, "", "independent historian; assessment"))
U(d, "\"The AU summit in July is the real lever.", "Razafindrakoto said.",
  ("Hery Razafindrakoto", N, neg, "", "multi-sentence quote closed by the surname; interests and pressure points"))
U(d, "He said suspending parliament in the first days of the transition", "all the argument they needed.",
  ("Hery Razafindrakoto", C, neg, "Madagascar", "'a reckless step' = judgement of the new authorities"))
U(d, "Thandeka Mokoena, who follows Indian Ocean politics", "new investors would wait.",
  ("Thandeka Mokoena", N, neu, "", "independent researcher; scenario for investment"))
U(d, "\"Sanctions from SADC would hurt a country", "she said.",
  ("Thandeka Mokoena", N, neg, "", "risk assessment, no appeal inside the quote"))
U(d, "Mokoena said the bloc would do better to bring Ravalomanana and Rajoelina", "happened in the capital.",
  ("Thandeka Mokoena", T, neu, "SADC", "appeal for talks between the rivals, addressed to SADC ('the bloc')"))
# "A diplomat in Antananarivo, who asked not to be named, ..." : unnamed speaker with no tie to a named body -> no row
