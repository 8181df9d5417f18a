# ------------------------------------------------------------------ Pskov: the 15-year sentence of Estonian officer Eston Kohver and the reactions (Russian state media in English, 2015-08-20)
d = "page_kohver_pskov_verdict2015_statemedia.txt"
# Not statements: language bar, menu, breadcrumb, headline, time stamps, [Photo] caption with credit, ADVERTISEMENT, capitals crossheads, [Read also] lines, Read also list, tags, copyright.
U(d, "The Russian Foreign Ministry on Thursday dismissed the reaction of Estonia", "propaganda campaign against Russia.",
  ("Russia", C, neg, "", "dateline excluded; accusation of a propaganda campaign aimed at Estonia, the EU and the US -> several targets -> empty"))
U(d, "\"The defendant's guilt was established by a court after a thorough examination", "published on the ministry's website.",
  ("Russia", N, neg, "", "defence of its own court against the charge of an unfair trial: a denial = neutral, negative"))
U(d, "Zakharova said the capitals now lecturing Moscow about fair trials", "to face charges there.",
  ("Russia", C, neg, "United States", "counter-accusation (seizure of Russians flown to the US); judgement without a stock word ('lecturing')"))
U(d, "She warned that Moscow would respond in kind to any attempt", "sanctions debate.",
  ("Russia", C, neg, "European Union", "threat of a response = condemning"))
# "The Pskov Regional Court on Wednesday found Kohver ... guilty" = the verdict narrated by the agency, no row (a court's ruling reported as a fact; the outlet is not an actor).
# "The hearings, which began on July 27, were held behind closed doors ..." = narration, no row.
U(d, "According to the Federal Security Service (FSB), Kohver was detained on Russian territory", "instructions for an intelligence mission.",
  ("Russia", N, neu, "", "FSB = Russia; facts given by an actor, 'according to X'"))
U(d, "The FSB has rejected Tallinn's version that the officer was taken from Estonian soil", "in full accordance with the law.",
  ("Russia", N, neg, "", "denial of the abduction charge = neutral, negative"))
U(d, "Kohver's lawyer Yevgeny Aksyonov told RNW that his client had heard the verdict calmly", "whether to appeal.",
  ("Yevgeny Aksyonov", N, neu, "", "the court-appointed defence lawyer under his own name (speaks for no state); facts and plans"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters that the Kremlin did not comment on court decisions.", "did not comment on court decisions.",
  ("Russia", N, neu, "", "declining to comment = neutral"))
U(d, "At the same time, Peskov said Moscow hoped the case would not set back work", "good-neighbourly relations.",
  ("Russia", T, pos, "Estonia", "hope that relations and the treaty work go on = calling_for_talks"))
U(d, "State Duma deputy Leonid Slutsky, who chairs the committee on CIS affairs, welcomed the verdict", "without consequences.",
  ("Russia", C, neg, "Estonia", "a Duma deputy speaks for Russia (the name files list Slutsky under Russia); welcome + warning/judgement: rule 1"))
U(d, "In Tallinn, Estonian Prime Minister Taavi Roivas wrote on Twitter", "until Kohver was home.",
  ("Estonia", C, neg, "Russia", "judgement without a stock word ('nothing in common with justice')"))
U(d, "Estonian Foreign Minister Marina Kaljurand complained that Estonian diplomats had been kept out", "choose his own lawyer.",
  ("Estonia", C, neg, "Russia", "complaint of the trial's conduct = accusation"))
U(d, "Kaljurand demanded that Russia free Kohver and let him return to Estonia", "restrictive measures against Russia.",
  ("Estonia", C, neg, "Russia", "demand + call to weigh the case in the sanctions review = a measure called for = condemning"))
U(d, "The Estonian Foreign Ministry said it had received the text of the verdict", "Internal Security Service.",
  ("Estonia", N, neu, "", "procedure: the text received and being studied"))
U(d, "EU foreign policy chief Federica Mogherini said in a statement distributed in Brussels", "breach of international law.",
  ("European Union", C, neg, "Russia", "judgement ('should never have been taken', 'breach of international law') + release appeal: rule 1"))
U(d, "US State Department spokesman John Kirby said Russia should let Kohver go at once.", "let Kohver go at once.",
  ("United States", T, neg, "Russia", "demand addressed to one side with no judgement word = calling_for_talks, negative (labels/README)"))
U(d, "Kirby said Washington was giving Estonia whatever support it needed", "embassy in Moscow.",
  ("United States", S, neu, "Estonia", "backing by act: support given to Estonia"))
U(d, "Lithuanian Foreign Minister Linas Linkevicius said the Pskov ruling belonged on the same list", "instrument of its foreign policy.",
  ("Lithuania", C, neg, "Russia", "judgement without a stock word (courts as a tool of foreign policy)"))
U(d, "Latvian Foreign Minister Edgars Rinkevics welcomed the EU's quick reaction", "Vienna Convention requires.",
  ("Latvia", T, neu, "Russia", "welcome + appeal for consular access, no judgement: rule 2 before rule 3"))
U(d, "A spokesman for the British Foreign Office said London was deeply concerned by the sentence.", "deeply concerned by the sentence.",
  ("United Kingdom", N, neg, "", "unnamed spokesman of a named ministry; concern without an appeal = neutral, negative"))
U(d, "Finland's Foreign Ministry said it was concerned by the case and called on Russia and Estonia", "diplomatic contacts.",
  ("Finland", T, neg, "", "concern + appeal to both to settle it diplomatically = calling_for_talks"))
U(d, "The Russian Foreign Ministry said it had received a note from the Estonian embassy", "through the usual channels.",
  ("Russia", N, neu, "", "procedure: note received, reply to follow"))
U(d, "Dmitry Sokolovsky, an expert on the Baltic region at the Moscow Institute of Regional Studies", "an audience in Brussels.",
  ("Dmitry Sokolovsky", C, neg, "Estonia", "invented expert; dismissive judgement of Tallinn's reaction as playing to Brussels"))
U(d, "\"The Estonian side knew exactly what its officer was doing near the border", "Sokolovsky told RNW.",
  ("Dmitry Sokolovsky", C, neg, "Estonia", "accusation of evasion"))
U(d, "Sokolovsky said it would be wiser for both sides to settle the matter", "settled in the past.",
  ("Dmitry Sokolovsky", T, neu, "", "appeal to both sides for a quiet settlement = calling_for_talks"))
U(d, "Tarmo Kask, a political scientist at the University of Tartu, said Tallinn had little leverage", "support of its allies.",
  ("Tarmo Kask", N, neu, "", "invented scholar; assessment, no judgement"))
U(d, "\"Estonia can keep the case in the headlines", "Kask said.",
  ("Tarmo Kask", N, neu, "", "forecast, no judgement"))
