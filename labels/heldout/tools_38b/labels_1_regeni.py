# ------------------------------------------------------------------ Italy recalls its ambassador from Cairo over the Regeni case (wire copy, 2016-04-08)
d = "page_regeni_envoy_recall_2016_wire.txt"
# Not statements: menu, time stamp, UPDATE headline, byline, read time, four bullets, dateline (excluded from the first unit),
# crossheads, ADVERTISEMENT, reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "Italy recalled its ambassador to Egypt on Friday", "in the Mediterranean.",
  ("Italy", C, neg, "Egypt", "lead: recall of the ambassador in protest at non-cooperation = a taken response"))
U(d, "The foreign ministry said Foreign Minister Paolo Gentiloni had ordered", "ended without result.",
  ("Italy", C, neg, "Egypt", "the recall (a measure) announced by the ministry, with the failed talks as its reason"))
# "The decision came hours after ..." = narrative (the meetings, the file of 2,000 pages), no row.
U(d, "Italian prosecutors said the Egyptian side had declined", "moved the case forward.",
  ("Italy", C, neg, "Egypt", "prosecutors = state body; accusation of withholding evidence"))
U(d, "\"We were promised cooperation and we received paper,\"", "indispensable to the inquiry.",
  ("Italy", C, neg, "Egypt", "prosecutor's office statement, attribution tail; judgement without stock words"))
# "Regeni, a doctoral student ..." = background and facts from no source, no row.
U(d, "Prime Minister Matteo Renzi told reporters in Rome that Egypt had been given", "chance to cooperate.",
  ("Italy", C, neg, "Egypt", "implies Cairo squandered its chances = blame"))
U(d, "\"Cairo has had two months and several versions of events.", "Renzi said.",
  ("Italy", C, neg, "Egypt", "multi-sentence quote closed by its speaker; rejects Egypt's versions"))
U(d, "Gentiloni, speaking earlier in the week, had warned", "ready to go further.",
  ("Italy", C, neg, "Egypt", "threat of measures, then readiness to escalate"))
U(d, "\"Recalling an ambassador is not a gesture we make lightly", "Gentiloni said in a statement.",
  ("Italy", C, neg, "Egypt", "own measure restated as a protest (unsure: could be neutral framing)"))
U(d, "\"But a friend does not hand us theories", "collapse within days.\"",
  ("Italy", C, neg, "Egypt", "quote continued after the attribution; judgement of Egypt's explanations"))
U(d, "In Cairo, Foreign Ministry spokesman Ahmed Abu Zeid said", "through diplomatic channels.",
  ("Egypt", N, neg, "", "procedural complaint (no formal notice), no judgement word"))
U(d, "He said the Egyptian delegation had answered every question", "Egyptian law allowed.",
  ("Egypt", N, neu, "", "own account of cooperation, implicit denial"))
U(d, "Egypt's interior ministry again rejected reports", "the country's image.",
  ("Egypt", N, neg, "", "denial = neutral, negative; the 'rumours' are aimed at no named actor"))
U(d, "Foreign Minister Sameh Shoukry, in a telephone call with Gentiloni", "keep doing so.",
  ("Egypt", N, neu, "", "reassurance about own conduct"))
U(d, "President Abdel Fattah al-Sisi has pledged", "no role in the case.",
  ("Egypt", N, neg, "", "pledge + repeated denial by officials of the same state"))
U(d, "A senior Egyptian official, speaking on condition of anonymity, said Rome", "hostage to one case.",
  ("Egypt", C, neg, "Italy", "unnamed official of a named government; 'playing to its domestic audience' = judgement of Rome"))
U(d, "Last month police said they had killed members of a gang", "one of the men.",
  ("Egypt", N, neu, "", "Egyptian police account of facts"))
U(d, "Italian investigators dismissed the account.", "Italian investigators dismissed the account.",
  ("Italy", C, neg, "Egypt", "rejecting the other side's account as false (unsure: could be neutral)"))
U(d, "Regeni's parents, Paola and Claudio, said", "the state had heard them.",
  ("Paola Regeni", S, pos, "Italy", "named relative = person; welcome of the recall"),
  ("Claudio Regeni", S, pos, "Italy", "joint statement of the two parents, one row each"))
U(d, "\"Giulio was not killed by chance", "every name was made public.",
  ("Paola Regeni", C, neg, "Egypt", "accusation that the killers are known in Cairo"),
  ("Claudio Regeni", C, neg, "Egypt", "same, joint statement"))
U(d, "Amnesty International's Italian section welcomed the decision", "all it knew.",
  ("Amnesty International", S, pos, "Italy", "welcome + appeal to keep the pressure (not a peace appeal) = supporting"))
U(d, "Riccardo Noury, Amnesty Italy's spokesman, said the case had exposed", "enforced disappearances in Egypt.",
  ("Amnesty International", C, neg, "Egypt", "accusation of a practice of enforced disappearances"))
U(d, "\"Giulio's fate is the fate of hundreds of Egyptians", "he said.",
  ("Amnesty International", C, neg, "Egypt", "same speaker; accusation by describing the victims"))
U(d, "The European Parliament last month voted", "every document they needed.",
  ("European Union", C, neg, "Egypt", "a specific act reported as done: resolution condemning; condemnation + appeal = rule 1"))
U(d, "Britain's Foreign Office said on Friday", "demand for the truth.",
  ("United Kingdom", S, pos, "Italy", "backing of Italy's demand"))
U(d, "In Washington, State Department spokesman John Kirby urged", "with Italian prosecutors.",
  ("United States", T, neu, "Egypt", "demand for a thorough inquiry, no judgement = calling_for_talks (as batch5c's inquiries)"))
U(d, "Senator Luigi Manconi, who chairs the Senate's human rights commission", "arms export licences.",
  ("Italy", C, neg, "Egypt", "senator = Italy (like Senator Cardin = United States); call for measures"))
# "Italy is Egypt's biggest trading partner ..." = background, no row.
U(d, "Lorenzo Ferri, a North Africa analyst", "room to escalate.",
  ("Lorenzo Ferri", N, neu, "", "invented analyst; assessment of the measure, no judgement of an actor"))
U(d, "\"It is the strongest signal short of a rupture", "he said.",
  ("Lorenzo Ferri", N, neu, "", "reading of the signal"))
U(d, "Ferri said both governments had an interest in finding a way out.", "finding a way out.",
  ("Lorenzo Ferri", N, neu, "", "analysis of interests; the appeal follows"))
U(d, "\"Rome and Cairo need each other on Libya and on gas", "he said.",
  ("Lorenzo Ferri", T, neu, "", "appeal for the prosecutors to meet again; both sides, target empty"))
# "The ambassador is expected to meet Gentiloni on Tuesday ..." = schedule from no source, no row.
