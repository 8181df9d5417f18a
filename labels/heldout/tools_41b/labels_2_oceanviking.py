# ------------------------------------------------------------------ Ocean Viking: the Italy-France row over the rescue ship (European news site, full HTML, 2022-11-11)
d = "page_oceanviking_toulon2022_eurosite.html"
# Not statements: cookie bar, masthead, nav, ticker, kicker, headline, standfirst, byline, time, read time, captions with
# credits, crossheads, Advertisement, tags, share bar, newsletter prompt, Read more, comments, most read, footer.
# "A rescue ship carrying 230 people ... tied up at the naval base in Toulon" = narration, no row.
U(d, "Italian Prime Minister Giorgia Meloni told a news conference in Rome", "back at its own border for years.",
  ("Italy", C, neg, "France", "judgement of the French response ('out of all proportion') + rebuke of France's own record"))
U(d, "\"Italy has taken in close to 90,000 people this year.", "Meloni said.",
  ("Italy", C, neg, "France", "multi-sentence quote closed by the speaker; 'punished' = accusation aimed at Paris"))
U(d, "She said she still hoped to settle the matter directly", "in Rome last month.",
  ("Italy", T, pos, "France", "hope to settle it with Macron = calling_for_talks"))
# "The Ocean Viking, run by the charity SOS Méditerranée ..." and the Bastia evacuation = narration, no row.
U(d, "The quarrel broke into the open on Thursday, when French Interior Minister", "European solidarity scheme.",
  ("France", C, neg, "Italy", "long sentence: docking allowed as a one-off + suspension of the 3,500 pledge = a measure against Italy; the measure decides"))
U(d, "Darmanin said Rome had broken both European and maritime law", "would pay the price.",
  ("France", C, neg, "Italy", "accusation of breaking the law + warning"))
U(d, "He also sent 500 more police officers to the Italian border", "to freeze them as well.",
  ("France", C, neg, "Italy", "border measure + call on others to freeze their pledges = measures against Italy"))
U(d, "Laurence Boone, the minister for Europe, told France Inter", "badly damaged.",
  ("France", C, neg, "Italy", "judgement without a stock word ('a show of strength over the rules')"))
U(d, "Evence Richard, the prefect of the Var, said the passengers", "would be sent home.",
  ("France", N, neu, "", "a prefect speaks for his state; procedure for the arrivals"))
U(d, "Germany, Portugal, Luxembourg and six other countries have offered", "French interior ministry.",
  ("Germany", S, pos, "France", "list of states: offer to take passengers = backing by act; 'six other countries' unnamed, no row"),
  ("Portugal", S, pos, "France", "listed state, same offer"),
  ("Luxembourg", S, pos, "France", "listed state, same offer"))
U(d, "Italian Foreign Minister Antonio Tajani said Italy had no wish to quarrel", "agree on a common rule.",
  ("Italy", T, pos, "", "no wish to quarrel + raise it at the EU meeting, hope for a common rule = calling_for_talks"))
U(d, "Interior Minister Matteo Piantedosi insisted that Italy had broken no law", "whose flags they fly.",
  ("Italy", N, neg, "", "denial of wrongdoing with a reason = neutral, negative"))
U(d, "Italy had earlier sent a diplomatic note to Norway", "the Ocean Viking's passengers.",
  ("Italy", N, neu, "Norway", "a request to the flag state, no judgement (unsure: could read as calling_for_talks)"))
U(d, "Norway's foreign ministry replied that a flag state had no duty", "the one that counted.",
  ("Norway", N, neg, "", "rejects an obligation claimed by Italy = denial, neutral, negative"))
U(d, "Deputy Prime Minister Matteo Salvini, whose League has campaigned", "made Europe listen.",
  ("Italy", N, pos, "", "a minister speaks for his state (not his party); boast about own government's result = self-praise, neutral"))
U(d, "Enrico Letta, the leader of the opposition Democratic Party, said", "within three weeks of taking office.",
  ("Democratic Party (Italy)", C, neg, "Italy", "opposition leader judges his own government"))
U(d, "The European Commission said the duty to rescue people at sea", "work out their differences together.",
  ("European Union", T, neu, "", "reminder of the law + appeal to both states to settle = calling_for_talks; two states -> target empty"))
U(d, "Home Affairs Commissioner Ylva Johansson said she would put forward a plan", "how arrivals are shared.",
  ("European Union", T, neu, "", "plan + backing a ministers' meeting = calling_for_talks"))
U(d, "A spokesman for the German interior ministry said Berlin would keep its own pledge", "to come ashore.",
  ("Germany", T, neu, "Italy", "keeps its pledge (no freeze) + hope Rome lets everyone land = humanitarian appeal, calling_for_talks"))
U(d, "SOS Méditerranée said it was relieved the passengers were at last on dry land", "whose turn it was.",
  ("SOS Méditerranée", C, neg, "", "relief + accusation of European governments (several) -> target empty"))
U(d, "The U.N. refugee agency UNHCR and the International Organization for Migration called on", "costing lives.",
  ("UNHCR", T, neg, "", "joint appeal for a predictable mechanism = calling_for_talks"),
  ("International Organization for Migration", T, neg, "", "same joint appeal, one row per body"))
U(d, "In France, the far-right National Rally accused the government", "able to close again.",
  ("National Rally", C, neg, "France", "opposition party accuses its own government"))
U(d, "Chiara Benedetti, who studies migration policy at the Centre for Mediterranean Affairs", "voters at home.",
  ("Chiara Benedetti", N, neu, "", "invented analyst; reading, no judgement"))
U(d, "\"Meloni needed a first win on migration", "she said.",
  ("Chiara Benedetti", N, neg, "", "analysis of motives, no explicit judgement"))
U(d, "She said the only way out was a standing agreement on disembarkation", "to start there.",
  ("Chiara Benedetti", T, neu, "", "appeal to the ministers to agree a standing mechanism = calling_for_talks"))
