# ------------------------------------------------------------------ Russian MiG-31s in Estonian airspace; NATO Article 4 (full HTML, Baltic English-language site, 2025-09-23)
d = "page_estonia_airspace_webpage.html"
U(d, "NATO allies on Tuesday condemned Russia's violation of Estonian airspace", "proved necessary.",
  ("NATO", C, neg, "Russia", "condemnation + threat ('whatever means proved necessary'); Moscow = metonym"))
U(d, "The North Atlantic Council, meeting at ambassador level in Brussels", "Moscow alone would answer.",
  ("NATO", C, neg, "Russia", "North Atlantic Council = NATO (name files); 'reckless acts for which Moscow alone would answer' = holds responsible; Tallinn's request is a subordinate clause (Estonia's request has its own row in the Michal sentence)"))
U(d, "It said allied help for Ukraine would continue regardless.", "It said allied help for Ukraine would continue regardless.",
  ("NATO", S, pos, "Ukraine", "'It' = the Council; help for Ukraine = supporting"))
U(d, "Speaking to reporters after the meeting, NATO Secretary General Mark Rutte said the interceptors", "about to attack anything.",
  ("NATO", N, neu, "", "explains why the jets were not shot down = procedure, no judgement"))
U(d, "\"Call it recklessness or call it a test", "Rutte said.",
  ("NATO", C, neg, "Russia", "multi-sentence quote closed by its speaker = one unit; 'recklessness' + veiled threat ('Moscow should not try it again', pilots have authority)"))
U(d, "The alliance will also add air-defence assets along its eastern flank", "Rutte said.",
  ("NATO", N, neu, "", "own defensive plan (Eastern Sentry reinforcement), no judgement; the drones over Poland are background (unsure: a reinforcement in response could be read as condemning)"))
U(d, "According to the Estonian Defence Forces, the aircraft flew with their transponders", "air traffic controllers.",
  ("Estonia", N, neu, "", "the army speaks for its state; facts of the flight, no evaluative word"))
U(d, "Prime Minister Kristen Michal called the incursion a flagrant breach", "consultations under Article 4.",
  ("Estonia", C, neg, "Russia", "'flagrant breach that no ally could tolerate' = judgement; the request for Article 4 consultations in the same sentence does not change it (rule 1)"))
U(d, "\"It is the fourth time this year that Russia has crossed our border in the air.", "Foreign Minister Margus Tsahkna said.",
  ("Estonia", C, neg, "Russia", "three-sentence quote closed by its speaker = one unit; accusation + call for sanctions"))
U(d, "The foreign ministry summoned Russia's chargé d'affaires in Tallinn on Friday", "a note of protest.",
  ("Estonia", C, neg, "Russia", "'The foreign ministry' = Estonia by context (after Tsahkna); summoning + protest note = measure; Tallinn = place"))
U(d, "Latvia and Lithuania summoned Russian diplomats in Riga and Vilnius", "with their neighbour.",
  ("Latvia", C, neg, "Russia", "two states acting as a list: one row each; summoning = protest measure; solidarity with Estonia in the same sentence (rule 1); Riga, Vilnius = places"),
  ("Lithuania", C, neg, "Russia", "same list"))
U(d, "Defence Minister Hanno Pevkur said shooting the aircraft down had been an option", "threatened the country directly.",
  ("Estonia", N, neu, "", "explains a proportionate non-response (facts of the flight path), no judgement; Tallinn = place"))
U(d, "Russia's Defence Ministry said the MiG-31s had flown a scheduled route", "any other country's airspace.",
  ("Russia", N, neg, "", "denial with its own account = neutral, negative tone"))
U(d, "Kremlin spokesman Dmitry Peskov on Monday dismissed Tallinn's version", "for its own ends.",
  ("Russia", C, neg, "Estonia", "denial ('invented') + counter-accusation (feeding anti-Russian feeling) = judgement decides; Tallinn = metonym"))
U(d, "At an emergency session of the UN Security Council in New York on Monday, Russia's deputy ambassador", "higher military spending.",
  ("Russia", C, neg, "", "refuses the format in protest ('staged show') + accuses 'European governments' (not one canonical actor) -> target empty"))
U(d, "He said Russia was still willing to negotiate a new security arrangement for Europe", "not under pressure.",
  ("Russia", T, neu, "", "'He' = Polyanskiy; conditional offer of negotiations = calling_for_talks (README: offering talks, even conditional ones); no single addressee -> target empty"))
U(d, "Miroslav Jenca, the UN assistant secretary-general for Europe, told the council", "no details of its own.",
  ("United Nations", N, neu, "", "cannot confirm either account = neutral"))
U(d, "He urged all sides to avoid words and actions that could lead to a wider confrontation.", "He urged all sides to avoid words and actions that could lead to a wider confrontation.",
  ("United Nations", T, neu, "", "appeal to all sides, no judgement"))
U(d, "The new U.S. ambassador to the United Nations, Mike Waltz, told the council", "called Russia's behaviour reckless.",
  ("United States", C, neg, "Russia", "pledge to defend every corner of the alliance + 'reckless' = judgement decides; Washington = metonym"))
U(d, "British Foreign Secretary Yvette Cooper told the council that President Vladimir Putin", "any uninvited aircraft.",
  ("United Kingdom", C, neg, "Russia", "'gambling with a head-on collision' = judgement + readiness of British jets = threat; Putin = Russia"))
U(d, "EU foreign policy chief Kaja Kallas, a former Estonian prime minister, said the Kremlin", "how far it could go.",
  ("European Union", C, neg, "Russia", "speaks as EU foreign policy chief (her former Estonian office is only an apposition); accusation of deliberate probing; the Kremlin = Russia"))
U(d, "European Commission President Ursula von der Leyen pledged Europe's full solidarity with Estonia.", "European Commission President Ursula von der Leyen pledged Europe's full solidarity with Estonia.",
  ("European Union", S, pos, "Estonia", "solidarity = supporting"))
U(d, "French President Emmanuel Macron wrote on X that Russia had added one more provocation", "France's full backing.",
  ("France", C, neg, "Russia", "'one more provocation to a long list' = judgement; backing of Estonia in the same sentence (rule 1)"))
U(d, "Czech President Petr Pavel said allies should be ready", "downing the intruding aircraft.",
  ("Czech Republic", C, neg, "Russia", "threatened response (downing intruders); the intruders are Russian by context"))
U(d, "U.S. President Donald Trump, asked about the incident on Friday", "before saying more.",
  ("United States", N, neg, "", "worry without an appeal or a named culprit = neutral, negative (guide: concern without appeal)"))
U(d, "On Tuesday, on the sidelines of the UN General Assembly in New York, Trump said NATO countries should shoot down", "would take part.",
  ("United States", C, neg, "Russia", "endorses shooting down Russian aircraft = threat against another side"))
U(d, "Ukrainian President Volodymyr Zelensky said Moscow was testing Europe on purpose", "make it stop.",
  ("Ukraine", C, neg, "Russia", "accusation (deliberate testing) + call for harsher economic pressure = sanctions (README: calls for sanctions are condemning); Moscow = metonym"))
U(d, "Estonian officials said they expected allies to discuss more fighter jets", "next month.",
  ("Estonia", N, neu, "", "unnamed officials of a named government = Estonia; a plan/expectation = neutral"))
