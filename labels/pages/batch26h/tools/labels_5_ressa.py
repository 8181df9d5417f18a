# ------------------------------------------------------------------ Arrest of Maria Ressa (world-reacts roundup, 2019-02-15)
d = "page_philippines_ressa_arrest2019_worldreacts.txt"
# Not statements: outlet name, menu, section, headline, standfirst, byline, time stamps, [Image 1 of 3] caption with credit,
# the country crossheads, ADVERTISEMENT, Related, newsletter prompt, tags, copyright. The bullets under each crosshead are the
# roundup's body text (one item per government or group), not a summary of statements given elsewhere, so they are labelled.
# "Agents of the Philippines' National Bureau of Investigation arrested Maria Ressa ..." = narration of the arrest, no row.
# "She was held overnight ..." / "Ressa, a persistent critic ..." / "Here is how governments ... reacted." = narration, no row.
U(d, "Presidential spokesperson Salvador Panelo said the arrest had nothing to do with the freedom of the press", "not by the government.",
  ("Philippines", N, neg, "", "denial that press freedom is at stake = neutral, negative tone"))
U(d, "The palace, Panelo added, respected the courts", "merits of the case.",
  ("Philippines", N, neu, "", "'the palace' = the presidency; procedural no-comment (attribution in the middle)"))
U(d, "Justice Secretary Menardo Guevarra said the Department of Justice had only followed", "singled out.",
  ("Philippines", N, neg, "", "procedure + denial of targeting = neutral"))
U(d, "The NBI defended the timing of the arrest", "with courtesy.",
  ("Philippines", N, neu, "", "NBI = state agency; defence of own conduct = neutral"))
U(d, "The U.S. Embassy in Manila said it was following the case closely", "the Philippines' democracy.",
  ("United States", T, neu, "Philippines", "expects due process + praise of a free press in general, no judgement of Manila = appeal (calling_for_talks, as a call for a fair procedure)"))
U(d, "The European External Action Service said in a statement that the EU expected", "without intimidation.",
  ("European Union", T, neu, "Philippines", "expectation of fair proceedings + principle, no explicit judgement = calling_for_talks (unsure: 'without intimidation' hints at one)"))
U(d, "Britain and Canada both said they were following the case", "with the Philippine government.",
  ("United Kingdom", N, neu, "", "list of states: one row each; monitoring + raised the case = procedural"),
  ("Canada", N, neu, "", "list of states: one row each; monitoring + raised the case = procedural"))
U(d, "Britain's Minister for Asia and the Pacific, Mark Field, said he was troubled", "in the Philippines.",
  ("United Kingdom", N, neg, "", "concern with no appeal and no judgement = neutral, negative"))
U(d, "A spokesperson for the Department of Foreign Affairs and Trade said Australia's ambassador", "in Manila.",
  ("Australia", N, neu, "", "diplomatic contact reported, no position = neutral"))
U(d, "David Kaye, the UN Special Rapporteur on freedom of expression, said the arrest looked like", "drop the charge.",
  ("United Nations", C, neg, "Philippines", "UN special rapporteur = United Nations; 'campaign to wear Rappler down' = judgement + demand (rule 1); Manila = metonym"))
U(d, "The Committee to Protect Journalists said the arrest was part of a drive", "be withdrawn.",
  ("Committee to Protect Journalists", C, neg, "Philippines", "accusation of a punitive drive + demand"))
U(d, "Reporters Without Borders denounced what it called judicial bullying", "Duterte government.",
  ("Reporters Without Borders", C, neg, "Philippines", "denounced"))
U(d, "The National Union of Journalists of the Philippines said the government had shown once again", "being criticised.",
  ("National Union of Journalists of the Philippines", C, neg, "Philippines", "judgement without a stock word"))
U(d, "The Southeast Asian Press Alliance, a network of regional media groups, said a government confident", "against Rappler.",
  ("Southeast Asian Press Alliance", C, neg, "Philippines", "the appeal names a 'legal campaign' = judgement (rule 1)"))
U(d, "The International Federation of Journalists said it had opened a solidarity fund", "legal costs.",
  ("International Federation of Journalists", S, pos, "", "backing by act (money for legal costs); Rappler is not a canonical actor -> target empty"))
U(d, "Human Rights Watch said the case had been brought to silence", "independent newsrooms.",
  ("Human Rights Watch", C, neg, "Philippines", "accusation of intent to silence"))
U(d, "Speaking outside the court after her release, Ressa said the government", "her newsroom down.",
  ("Maria Ressa", C, neg, "Philippines", "the journalist speaks for herself (independent person); accusation of harassment by cases"))
U(d, "\"I will keep doing my job, and so will my newsroom;", "she said.",
  ("Maria Ressa", N, neg, "", "defiance about her own conduct, no actor named = neutral (unsure: 'will not be frightened' implies intimidation)"))
U(d, "Ramon Villanueva, a professor of media law at the Ateneo Institute for Public Law", "in custody.",
  ("Ramon Villanueva", N, neu, "", "invented scholar; legal reading, no judgement"))
U(d, "\"The law allows it, but the choice of hour tells you what the intent was,\" Villanueva said.", "Villanueva said.",
  ("Ramon Villanueva", C, neg, "", "judgement by implication of the authorities' intent (the NBI/government; target left empty: the agent is implied, not named)"))
U(d, "He urged Congress to review the cyber libel provisions", "could not be reopened.",
  ("Ramon Villanueva", N, neu, "", "appeal for a legislative change (not a diplomatic or peaceful course, no judgement) = neutral (unsure)"))
U(d, "Carla Dizon, a Rappler producer who filmed the arrest on her phone", "read the warrant aloud.",
  ("Carla Dizon", N, neu, "", "invented witness; account of the arrest"))
U(d, "\"We kept streaming because we wanted the public to see", "Dizon said.",
  ("Carla Dizon", N, neu, "", "own conduct explained"))
U(d, "Amnesty International said it stood with Ressa and her colleagues", "the charge was dropped.",
  ("Amnesty International", S, pos, "", "solidarity + campaign for the journalists (not canonical actors) = supporting, target empty"))
