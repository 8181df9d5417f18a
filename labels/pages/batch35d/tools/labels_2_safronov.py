# ------------------------------------------------------------------ Russia: Roscosmos adviser Ivan Safronov held for treason (state agency dispatch, 2020-07-08)
d = "page_russia_safronov_treason2020_stateagency.txt"
# Not statements: agency masthead, menu, language bar, rubric, time stamps, headline, standfirst, dateline (cut from the first unit),
# crossheads (REACTION, REFERENCE), the REFERENCE paragraph (biography and the article's penalty = narration), tags, share bar,
# "Read also" links, copyright.
U(d, "The Kremlin sees no connection between the criminal case", "told journalists on Wednesday.",
  ("Russia", N, neg, "", "dateline excluded; 'the Kremlin' + Peskov; denial that the case is about his journalism = neutral, negative"))
U(d, "\"We have no grounds to think that this case is about what Safronov wrote", "Peskov said.",
  ("Russia", C, neg, "Ivan Safronov", "quote of two sentences closed by the speaker: the denial is joined by backing for the special services' material against him = accusation upheld, rule 1 (unsure: could be read as a denial only)"))
U(d, "Answering a question about the appeals of journalists", "not by open letters.",
  ("Russia", N, neu, "", "'the Kremlin spokesman' = Peskov; procedure (a court will decide); the journalists making appeals are unnamed -> no row for them"))
U(d, "He added that the head of state had been informed of the detention", "a matter for the investigative bodies.",
  ("Russia", N, neu, "", "pronoun subject; 'the head of state' = Putin, object of the sentence, not a speaker; procedure"))
U(d, "Officers of the Federal Security Service (FSB) of the Russian Federation detained Safronov", "Criminal Code of the Russian Federation.",
  ("Russia", C, neg, "Ivan Safronov", "arrest on a treason charge by the security service = a measure taken against him (as charges against a critic in earlier batches)"))
U(d, "According to the FSB Public Relations Centre, the investigation holds", "defence capabilities of the Russian Federation.",
  ("Russia", C, neg, "Ivan Safronov", "accusation of spying; the NATO member is unnamed, so the accused man is the target"))
U(d, "On the evening of July 7, the Lefortovo District Court of Moscow granted", "classified as a state secret.",
  ("Russia", C, neu, "Ivan Safronov", "a remand in custody = a measure taken by a state court, told in procedural words (unsure: could be neutral narration of procedure)"))
U(d, "Safronov does not admit his guilt, his defence lawyer Ivan Pavlov told reporters", "against the measure of restraint.",
  ("Ivan Safronov", N, neg, "", "the lawyer speaks for his client (as in blind 42a); denial + announced appeal = neutral, negative"))
U(d, "\"My client rejects the accusation entirely.", "Pavlov said.",
  ("Ivan Safronov", N, neg, "", "denial with a barb ('rests on information published openly') = neutral, negative, as 42a's denials with a barb (unsure: could be condemning Russia)"))
U(d, "The press service of the Roscosmos State Corporation said in a statement", "all the questions of the investigators.",
  ("Russia", N, neu, "", "Roscosmos is a state corporation (its head Rogozin is an alias of Russia); distancing + cooperation, no judgement"))
U(d, "Director General of the Roscosmos State Corporation Dmitry Rogozin told RINFORM", "documents containing state secrets.",
  ("Russia", N, neu, "", "facts of the adviser's post; the agency is only the channel"))
U(d, "\"I knew Ivan as a journalist who wrote about our industry", "Rogozin said.",
  ("Russia", N, neu, "", "reserves judgement ('I will not hurry to judge'); no appeal, no judgement"))
U(d, "Chairman of the State Duma Committee on Security and Anti-Corruption Vasily Piskarev said", "had acted in good time.",
  ("Russia", C, neg, "", "parliament committee chair = Russia; accuses unnamed 'foreign special services' of recruiting -> target empty; praise of the FSB is the state's own"))
U(d, "The Kommersant publishing house, where Safronov worked", "betrayed his country.",
  ("Kommersant", S, pos, "Ivan Safronov", "media company speaking for itself (new actor); vouching for his honesty = support"))
U(d, "The Russian Union of Journalists said it was ready to stand as guarantor", "as fully as the law allows.",
  ("Russian Union of Journalists", S, pos, "Ivan Safronov", "offer to stand guarantor = backing by act; the request to the investigators adds no judgement"))
U(d, "On Tuesday evening, police in Moscow detained several journalists", "introduced because of the coronavirus.",
  ("Russia", N, neu, "", "detention of unnamed journalists (not actors) justified by a procedural rule: the police directorate gives a regulation, no judgement of an actor"))
U(d, "Representative on Freedom of the Media of the Organization for Security and Co-operation in Europe (OSCE) Harlem Désir said", "a fair and transparent trial.",
  ("OSCE", T, neg, "Russia", "concern + appeal for a fair trial, no judgement = calling_for_talks (as pursuing protection), negative tone"))
U(d, "The Paris-based organisation Reporters Without Borders, which is known", "embarrassed the military.",
  ("Reporters Without Borders", C, neg, "Russia", "'an act of revenge' = judgement; the agency's aside ('one-sided assessments') is narration, the agency is not an actor"))
U(d, "The US Embassy in Moscow wrote on social media", "against scientists and journalists.",
  ("United States", C, neg, "Russia", "pointing to a pattern of treason charges against scientists and journalists = accusation"))
U(d, "Official Representative of the Ministry of Foreign Affairs of the Russian Federation Maria Zakharova, commenting", "and not the press.",
  ("Russia", N, neg, "", "'foreign structures' unnamed; restating that the case is espionage = denial that it targets the press"))
U(d, "\"Before lecturing Moscow, our colleagues at the OSCE and in Washington", "on her Telegram channel.",
  ("Russia", C, neg, "", "retort with a judgement of the critics' own record; aimed at the OSCE and the United States together -> target empty; 'Moscow' = metonym"))
