# ---------------------------------------------------------------- Killing of Maxim Kuzminov in Villajoyosa (regional daily scraped as text, 2024-02-23)
d = "page_spain_kuzminov_villajoyosa2024_dailyscrape.txt"
# Not statements: masthead, strapline, menu words, search/subscribe, date, section, headline, standfirst, byline, publication line,
# read time, share prompts, [Photo] caption and credit, ADVERTISEMENT, crossheads ("'Let the investigation run'", "Kremlin says it
# has no information"), Related, Tags, comments prompt, MOST READ, newsletter prompt, footer. Left without a row: "The body of the
# man, later identified as Maxim Kuzminov ..." and "He had been hit by at least six bullets ..." (narration of the crime);
# "The two other crew members, who did not know of the plan, were killed after landing." (narration).
U(d, "Spain's foreign minister has promised that Madrid will respond once the police establish", "living under a false name in Villajoyosa.",
  ("Spain", C, neg, "", "promise of a response to the killers = conditional threatened response; the culprit is not named in the sentence -> target empty (unsure: no judgement word, could be neutral)"))
U(d, "Speaking in New York, where he attended a session of the United Nations General Assembly", "every step of the inquiry.",
  ("Spain", N, neu, "", "FM = Spain; following the case and asking to be briefed: procedure; New York is a place"))
U(d, "\"I am not going to point at anyone before the investigators do.", "Albares told reporters.",
  ("Spain", C, neg, "", "quote over two sentences; warning to 'whoever was behind this' = veiled threat of a response; culprit unnamed -> target empty (unsure: the page's headline reads it as aimed at Moscow)"))
U(d, "Albares added that his ministry was in contact with the Russian ambassador in Madrid.", "the Russian ambassador in Madrid.",
  ("Spain", N, neu, "Russia", "diplomatic contact stated without appeal or judgement -> neutral; the ambassador is the object, not a speaker"))
U(d, "The Guardia Civil said at the time that the victim carried documents", "settling of scores between criminals.",
  ("Spain", N, neu, "", "Guardia Civil = Spain; facts of the case"))
U(d, "The investigating court in Villajoyosa has placed the case under seal", "no new information to release.",
  ("Spain", N, neu, "", "court and Guardia Civil spokesman = Spain; procedure, nothing to release"))
U(d, "In Madrid, Defence Minister Margarita Robles said on Thursday", "living in Spain.",
  ("Spain", N, neu, "", "defence minister = Spain; fact about the government's knowledge; Madrid = place"))
U(d, "Government spokeswoman Pilar Alegria said after Tuesday's cabinet meeting", "run its course.",
  ("Spain", N, neu, "", "government spokeswoman = Spain; declines to anticipate the investigation"))
U(d, "Spanish intelligence officials are convinced that Moscow ordered the killing", "would be very hard.",
  ("Spain", C, neg, "Russia", "unnamed officials of a named state body (Spain's intelligence services) speak for Spain (guide); 'Moscow ordered the killing' = accusation; El País reports, not an actor (unsure: anonymous sourcing)"))
U(d, "The opposition Popular Party asked the government to explain in parliament", "without the state knowing.",
  ("Popular Party", C, neg, "Spain", "demand for an explanation framed as a failure ('living unprotected ... without the state knowing') = criticism of the government (unsure: could be neutral, a parliamentary request)"))
U(d, "Kuzminov flew a Mi-8 military helicopter across the front line", "had prepared for months.",
  ("Ukraine", N, pos, "", "HUR = Ukraine: claims the operation as its own prepared work = own act stated, proud tone -> neutral, positive; the flight itself is narration"))
U(d, "At a news conference in Kyiv in September, Kuzminov said he had crossed over", "to follow him.",
  ("Maxim Kuzminov", C, neg, "Russia", "refuses to fight Russia's war and urges pilots to defect = position against Russia's war (rule 1 over the appeal); Kyiv = place"))
U(d, "Ukraine had promised defectors a reward of $500,000.", "a reward of $500,000.",
  ("Ukraine", N, neu, "", "a specific act (reward promised) stated as fact, no evaluation (unsure: background, could be no row)"))
U(d, "Weeks later, Russian state television broadcast a programme in which men presented as officers", "only a question of time.",
  ("Russia", C, neg, "Maxim Kuzminov", "speakers presented as officers of Russia's intelligence services = officials of a named state (guide); death threat against the pilot = threat"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters on Tuesday that the Kremlin had no information", "to the Spanish authorities.",
  ("Russia", N, neu, "", "no information, questions referred: neutral"))
U(d, "Sergei Naryshkin, the director of Russia's Foreign Intelligence Service, told Russian state media", "of no interest to the service.",
  ("Russia", C, neg, "Maxim Kuzminov", "intelligence chief = Russia; 'betrayed his comrades and his oath' = judgement on the dead pilot"))
U(d, "Andriy Yusov, a spokesman for Ukraine's military intelligence agency, confirmed on Monday", "known where he lived.",
  ("Ukraine", N, neu, "", "confirms the death, declines details: facts; Kyiv = Ukraine as object"))
U(d, "Ukraine's embassy in Madrid said it was working with the Spanish authorities", "care it had taken with the case.",
  ("Ukraine", S, pos, "Spain", "embassy = Ukraine; cooperation and thanks to the Guardia Civil (= Spain) = approval"))
U(d, "Javier Montoro, a security consultant based in Alicante who spent two decades in the Spanish army", "thinking of changing sides.",
  ("Javier Montoro", C, neg, "Russia", "independent person: reads the killing as a warning to Russian would-be defectors = implies the Russian state killed him (unsure: the actor is implied, not named)"))
U(d, "\"This was not a robbery and it was not a quarrel over money.", "Montoro said.",
  ("Javier Montoro", N, neg, "", "quote over two sentences; analysis of motive, 'someone' unnamed -> neutral, negative"))
U(d, "He said Spain should expel Russian diplomats if the investigation pointed to the Russian state", "Sergei Skripal in 2018.",
  ("Javier Montoro", C, neg, "Russia", "calls for expulsions = call for a punitive measure (labels/README: calls for sanctions are condemning)"),
  ("United Kingdom", C, neg, "Russia", "Britain's expulsions after the Skripal poisoning = a specific past act named in the sentence (unsure: background comparison inside another's speech, could be no row)"))
