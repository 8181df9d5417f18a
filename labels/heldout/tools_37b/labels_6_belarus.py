# ------------------------------------------------------------------ Belarus: the 2012 teddy bear air drop and the expulsion of Swedish diplomats (European news site, full HTML, 2012-08-10)
d = "page_belarus_teddybears2012_eurosite.html"
# Not statements: cookie bar, brand, language bar, nav, breaking ticker, section label, headline, summary, meta line,
# figcaptions with credits, Advertisement, crossheads, Read more, tags, share, newsletter, reader comments, most read, footer.
U(d, "European Union governments on Friday lined up behind Sweden", "parachuted over the country.",
  ("European Union", S, pos, "Sweden", "dateline excluded; backing of Sweden = supporting; long sentence ending in narration"))
U(d, "At an emergency meeting of the bloc's Political and Security Committee", "was unacceptable.",
  ("European Union", C, neg, "Belarus", "agreed démarches to Belarusian envoys + 'unacceptable' = measure and judgement"))
U(d, "They stopped short, however, of recalling their own ambassadors", "reviewed in October.",
  ("European Union", N, neu, "", "measures not taken + review date = procedure, no judgement"))
U(d, "\"Minsk seems to think it can pick off one member state at a time", "told reporters.",
  ("European Union", C, neg, "Belarus", "unnamed diplomat of a named body (attended the EU meeting) -> EU; judgement without a stock word (unsure: an 'EU diplomat' could be a national diplomat)"))
# "On 4 July a light aircraft hired by ... Studio Total took off ..." = narration, no row.
U(d, "The Belarusian authorities at first denied that any intrusion had taken place.", "had taken place.",
  ("Belarus", N, neg, "", "denial (since withdrawn) = neutral, negative"))
U(d, "President Alexander Lukashenko later dismissed the commander of the air force", "state border committee.",
  ("Belarus", N, neu, "", "sacking his own officials = a measure against no other side -> neutral"))
U(d, "Lukashenko told a meeting of security officials that the flight was a calculated insult", "most basic duty.",
  ("Belarus", C, neg, "Studio Total", "judgement of the organisers of the flight (and of his own officers)"))
U(d, "On 3 August Minsk declined to renew the accreditation of Sweden's ambassador, Stefan Eriksson.", "Stefan Eriksson.",
  ("Belarus", C, neg, "Sweden", "de facto expulsion of an ambassador = measure (guide: expelling diplomats is condemning)"))
U(d, "Foreign ministry spokesman Andrei Savinykh said the ambassador had spent his posting courting the opposition", "nothing to do with toys.",
  ("Belarus", C, neg, "Sweden", "accusation against the Swedish envoy + denial of the link; the charge decides"))
U(d, "Stockholm answered by refusing to accept Belarus's incoming ambassador", "to leave Sweden.",
  ("Sweden", C, neg, "Belarus", "Stockholm = metonym; refusing an envoy and expelling two diplomats = measures"))
U(d, "On Wednesday the Belarusian foreign ministry said it was withdrawing all its staff from Stockholm", "not severing diplomatic relations.",
  ("Belarus", C, neg, "Sweden", "withdrawal of its embassy + order to close Sweden's = expulsion; the assurance does not undo the measure"))
U(d, "Swedish Foreign Minister Carl Bildt said the charge that Eriksson had overstepped his role was simply untrue.", "simply untrue.",
  ("Sweden", N, neg, "", "denial of an accusation = neutral, negative"))
U(d, "\"Minsk is not punishing an ambassador", "after the foreign ministry's announcement.",
  ("Sweden", C, neg, "Belarus", "leader on social media; judgement of Minsk's motives"))
U(d, "EU foreign policy chief Catherine Ashton said last week that the expulsion was an unjustified step", "consider a response.",
  ("European Union", C, neg, "Belarus", "'unjustified' + a response to be considered = judgement"))
U(d, "Lithuania's foreign ministry said the aircraft had left a private airfield near Kaunas", "no knowledge of its purpose.",
  ("Lithuania", N, neu, "", "facts + disclaimer of knowledge = neutral"))
U(d, "Lithuanian Foreign Minister Audronius Ažubalis said Vilnius stood fully behind Stockholm", "any common EU step.",
  ("Lithuania", S, pos, "Sweden", "solidarity with Sweden"))
U(d, "Poland's Foreign Minister Radosław Sikorski said on Twitter that Warsaw stood with Sweden", "\"today and every day\".",
  ("Poland", S, pos, "Sweden", "solidarity on social media"))
U(d, "In Washington, State Department spokeswoman Victoria Nuland said the United States supported Sweden", "over a peaceful protest.",
  ("United States", C, neg, "Belarus", "support for Sweden + 'regretted' Minsk's decision (a judgement aimed at an actor): rule 1 -> condemning (unsure: two positions in one sentence, one row per actor)"))
U(d, "Nuland also called on the Belarusian authorities to release two men", "Syarhei Basharymau.",
  ("United States", T, neg, "Belarus", "demand to release detainees with no judgement word = calling_for_talks, negative"))
# "Moscow took a different line." = summary line, no row.
U(d, "Russian foreign ministry spokesman Alexander Lukashevich said the EU should not turn", "pressure on a Russian ally.",
  ("Russia", C, neg, "European Union", "warning to the EU against using the incident (judgement of EU pressure); 'air hooliganism' also condemns the organisers -> target the EU, at which the position is aimed"))
U(d, "Belarus's KGB said this week that the Swedish citizens who organised the flight were suspects", "for questioning.",
  ("Belarus", C, neg, "Studio Total", "state security service = state; criminal case against the organisers = measure"))
# "Studio Total turned the demand down." = lead-in to the quote that carries the refusal and its reason, no separate row.
U(d, "\"We will not walk into a KGB cell", "Per Cromwell said.",
  ("Studio Total", C, neg, "Belarus", "refusal in protest with a judgement ('a dictator's wounded pride')"))
U(d, "The agency also said that neither of the two detained Belarusians had known anything", "in advance.",
  ("Studio Total", N, neu, "", "statement of fact clearing the detainees; no judgement"))
U(d, "The OSCE's representative on freedom of the media, Dunja Mijatović, said charging a 20-year-old", "misuse of the criminal law.",
  ("OSCE", C, neg, "Belarus", "judgement of the prosecution"))
U(d, "The Belarusian Association of Journalists said Suryapin was being punished", "supposed to do.",
  ("Belarusian Association of Journalists", C, neg, "Belarus", "judgement of the detention"))
U(d, "Ingrid Lindqvist, a senior fellow at the Stockholm Institute for Eastern European Studies, said the EU's decision", "was sensible.",
  ("Ingrid Lindqvist", S, pos, "European Union", "invented analyst; approval of the EU's choice"))
U(d, "\"If every embassy leaves", "she said.",
  ("Ingrid Lindqvist", T, neu, "European Union", "argument for keeping a channel open in Minsk = calling_for_talks"))
U(d, "Pavel Karnilau, a Belarusian political analyst based in Vilnius, said the expulsion had less to do with bears", "long resented.",
  ("Pavel Karnilau", C, neg, "Belarus", "invented analyst; attributes the expulsion to the authorities' resentment of civil society = judgement (unsure: could be an analytical reading)"))
U(d, "Karnilau said the stunt had nonetheless hurt Lukashenko where it mattered most", "can fly through it.\"",
  ("Pavel Karnilau", N, neu, "", "quote opened after a colon; assessment of the damage, no appeal (unsure: mocking tone)"))
