# ------------------------------------------------------------------ Rusesabagina verdict: Rwanda cancels meeting with Belgium's foreign minister (state media, 2021-09-22)
d = "page_rwanda_rusesabagina_verdict_statemedia.txt"
# Not statements: language bar, masthead, menu, section, headline, time stamps, byline, [PHOTO n of 3] captions, crossheads, ADVERTISEMENT, ALSO READ, tags, share, subscribe, copyright.
U(d, "The Government of Rwanda has cancelled a planned meeting", "his co-accused.",
  ("Rwanda", C, neg, "Belgium", "dateline excluded; cancelling a meeting in protest, grievance stated = condemning"))
# "The two ministers had been due to meet ..." = narration, no row.
U(d, "In a statement issued on Tuesday evening, the Ministry of Foreign Affairs and International Cooperation said", "from a partner.",
  ("Rwanda", C, neg, "Belgium", "judgement of the Belgian minister's remarks, no stock word"))
U(d, "The ministry said the statement from Brussels showed no regard for the victims", "their day in court.",
  ("Rwanda", C, neg, "Belgium", "accusation of disregard for victims; Brussels = metonym"))
U(d, "It said Rwanda remained ready to work with Belgium", "bring the case to trial.",
  ("Rwanda", T, pos, "Belgium", "openness to continued cooperation after the protest = offer of engagement (unsure: could be neutral)"))
# Sentencing facts, the attacks' toll and the co-accused's sentences = narration with no source, no row.
U(d, "Speaking to journalists in New York, Minister Biruta said Rwandans did not need foreign capitals", "done their work properly.",
  ("Rwanda", C, neg, "", "rejects foreign criticism; 'foreign capitals' = several unnamed -> target empty"))
U(d, "\"The families in Nyabimata buried their dead,", "he said.",
  ("Rwanda", C, neg, "", "judgement of critics who 'ignored' the victims; target empty"))
U(d, "Government Spokesperson Yolande Makolo said the trial had been held in public", "had attended the hearings.",
  ("Rwanda", N, pos, "", "defence of its own court's conduct = reassurance, neutral (implicit denial of unfairness)"))
U(d, "She said Rusesabagina himself had chosen to walk out of the trial in March", "refused to take part in.",
  ("Rwanda", N, neg, "", "rebuttal of the defendant's complaint = denial, neutral with negative tone; Rusesabagina is not an actor on this page"))
U(d, "The National Public Prosecution Authority said it was studying the judgement", "a life sentence.",
  ("Rwanda", N, neu, "", "state prosecutor = Rwanda; judicial procedure, no judgement (unsure)"))
U(d, "In her statement on Monday, Minister Wilmès had claimed", "open to question.",
  ("Belgium", C, neg, "Rwanda", "'claimed' is the outlet's word; questioning the fairness of the trial = judgement"))
U(d, "Belgium said it would continue to seek consular access to Rusesabagina", "Belgian citizenship.",
  ("Belgium", N, neu, "", "plan/procedure for its citizen"))
U(d, "The office of Minister Wilmès said on Wednesday that she remained available", "timing allowed.",
  ("Belgium", T, pos, "Rwanda", "offer of a meeting = calling_for_talks"))
U(d, "In Washington, State Department spokesperson Ned Price said the United States was troubled", "make its case.",
  ("United States", C, neg, "Rwanda", "doubt about the defence's rights = judgement of the trial"))
U(d, "Price said Washington would raise the case with the Government of Rwanda", "fair-trial standards.",
  ("United States", T, neu, "Rwanda", "raising it diplomatically + appeal for fair appeal = calling_for_talks"))
U(d, "The European Union's spokesperson for foreign affairs said the bloc had taken note", "follow any appeal closely.",
  ("European Union", N, neu, "", "taking note, no judgement or appeal"))
# "Relatives of those killed ... welcomed the judgement" = unnamed group (civil parties), not an actor: no row.
U(d, "Jeanne Uwamahoro, whose husband was killed when gunmen set fire to vehicles", "after three years of waiting.",
  ("Jeanne Uwamahoro", S, pos, "Rwanda", "invented victim's widow; welcome of the court's verdict"))
U(d, "\"We are not film stars, nobody made a movie about us,", "Uwamahoro said.",
  ("Jeanne Uwamahoro", S, pos, "Rwanda", "gratitude that the court heard the victims (unsure: the film-star jab could be read as a judgement of the defendant's backers)"))
U(d, "The Rwandan Patriotic Front said in a statement that the judgement showed", "above the law in Rwanda.",
  ("Rwandan Patriotic Front", S, pos, "Rwanda", "ruling party's approval of the verdict"))
U(d, "Rusesabagina's daughter Carine Kanimba, speaking from the United States, said", "campaign for his release.",
  ("Carine Kanimba", C, neg, "Rwanda", "real relative, independent person (no office); judgement of the trial"))
U(d, "President Paul Kagame had said in an interview in May that foreign critics", "a single witness was heard.",
  ("Rwanda", C, neg, "", "accuses foreign critics of prejudging; target several/unnamed -> empty"))
U(d, "Dr Innocent Habyalimana, a senior lecturer in law at the University of Rwanda, told INA", "used in the case.",
  ("Innocent Habyalimana", C, neg, "Belgium", "invented scholar; criticism of Belgium's position"))
U(d, "\"Brussels helped build the file, and now Brussels questions the file;", "he said.",
  ("Innocent Habyalimana", C, neg, "Belgium", "judgement: 'political, not legal'"))
U(d, "He said the appeal chamber was now the proper place for any complaint", "press statements from abroad.",
  ("Innocent Habyalimana", N, neu, "", "procedural view, no appeal for talks (unsure: could be condemning of 'press statements from abroad')"))
U(d, "The Belgian embassy in Kigali was informed of the cancellation by diplomatic note", "the ministry said.",
  ("Rwanda", N, neu, "", "procedure, attribution tail"))
U(d, "Speaker of the Chamber of Deputies Donatille Mukabalisa said Parliament would again reject", "in February.",
  ("Rwanda", C, neg, "European Union", "parliament speaks for its state; rejects the European Parliament's (= EU) interference"))
U(d, "She called on the Belgian and US governments to do more to bring him home.", "to bring him home.",
  ("Carine Kanimba", T, neg, "", "appeal to two governments for diplomatic efforts, no judgement word (unsure: pressure on Kigali could be read as condemning)"))
