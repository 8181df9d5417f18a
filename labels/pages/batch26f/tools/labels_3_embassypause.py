# ------------------------------------------------------------------ Mexico's "pause" with the US and Canadian embassies over the judicial reform (English edition of a Mexican daily, full HTML, 2024-08-28)
d = "page_mexico_embassypause_salazar2024_englishedition.html"
# Not statements: <title>, edition switch, logo, nav, breadcrumb, kicker, headline, standfirst, byline/time, share bar,
# figcaptions with credits, ADVERTISEMENT, crossheads, tags, Related, reader comments, most read, newsletter prompt, footer.
U(d, "President Andrés Manuel López Obrador said on Tuesday he had put", "popular vote.",
  ("Mexico", C, neg, "", "dateline 'MEXICO CITY — ' excluded; freezing dealings with two embassies in protest = a measure against them (like a recall); two targets -> empty"))
U(d, "The president made the announcement at his daily news conference, accusing", "own Constitution.",
  ("Mexico", C, neg, "United States", "'the president'; accusation aimed at the US ambassador"))
U(d, "\"An ambassador is a guest here", "López Obrador said.",
  ("Mexico", C, neg, "", "judgement without a stock word + the freeze made conditional on 'respect'; 'them' = both embassies -> target empty; the second quoted sentence follows the attribution and belongs to the same speaker"))
U(d, "He said he would not ask Salazar to leave", "either government.",
  ("Mexico", N, neu, "", "limits of the measure: no expulsion, government ties intact = neutral"))
U(d, "Salazar told reporters last Thursday that choosing judges at the ballot box", "two economies.",
  ("United States", C, neg, "Mexico", "the ambassador speaks for the US; 'a gamble with Mexico's institutions' = negative judgement of the Mexican reform"))
U(d, "Canadian Ambassador Graeme Clark, speaking at a business forum the same day", "their projects.",
  ("Canada", N, neu, "", "reported clause: only Clark's position counts; relaying investors' questions = no evaluation by Canada"))
U(d, "Foreign Secretary Alicia Bárcena sent the U.S. Embassy a diplomatic note", "belong to Mexicans alone.",
  ("Mexico", C, neg, "United States", "protest note + 'intrusion' = condemning; 'according to the ministry' = second-hand attribution"))
U(d, "Bárcena was quoted by the ministry as saying", "embassy podium.",
  ("Mexico", C, neg, "United States", "passive attribution; refusal with a grievance aimed at the US embassy's public comments"))
U(d, "The embassy's reply, which Salazar posted online on Tuesday, said", "reforming its courts.",
  ("United States", N, neu, "", "'no quarrel with' = no objection, not praise: neutral"))
U(d, "The note went on to say that Washington remained uneasy", "bench untouched.",
  ("United States", N, neg, "", "concern about the reform with no appeal = neutral, negative (the guide's concern-without-appeal case)"))
U(d, "In Washington, the State Department's top official for the Western Hemisphere, Brian Nichols, said", "its own laws.",
  ("United States", N, neu, "", "named first by role; reassurance that Washington does not question Mexico's sovereignty = neutral"))
U(d, "The assistant secretary said the United States would nonetheless keep sharing its views", "security and trade.",
  ("United States", T, pos, "Mexico", "'the assistant secretary' = Nichols; continued dialogue + confidence in cooperation = calling_for_talks"))
U(d, "A spokesperson for Global Affairs Canada said Ottawa had the greatest respect", "Canadian companies.",
  ("Canada", N, neu, "", "Global Affairs Canada = Canada; reassurance + explanation of the ambassador's remarks"))
U(d, "\"There was no intention to interfere,\" the spokesperson said.", "the spokesperson said.",
  ("Canada", N, neg, "", "'the spokesperson'; denial = neutral, negative tone"))
U(d, "President-elect Claudia Sheinbaum, who takes office on October 1, said the reform was a matter", "proper channels.",
  ("Mexico", C, neg, "", "incoming president speaks for Mexico; rebuke that foreign governments should keep opinions private (both embassies -> target empty) (unsure: a demand without a stock word)"))
U(d, "She added that she expected the relationship with the United States and Canada to remain good", "talking to both.",
  ("Mexico", T, pos, "", "expectation of good ties + continued talks = calling_for_talks; two parties -> target empty"))
U(d, "Leaders of the ruling Morena party in the Chamber of Deputies said they would pass the bill", "embassies' views.",
  ("Morena", N, neu, "", "party (name files); legislative plan, 'regardless' dismisses the views without a judgement"))
U(d, "Deputy Ricardo Monreal accused Salazar", "current courts.",
  ("Morena", C, neg, "United States", "Morena deputy = Morena; accusation aimed at the US ambassador"))
U(d, "The opposition National Action Party (PAN) said the president was picking a fight", "unpopular reform.",
  ("National Action Party", C, neg, "Mexico", "party (name files); judgement of the government's move"))
U(d, "Party leader Marko Cortés called the pause childish", "at risk.",
  ("National Action Party", C, neg, "Mexico", "'childish' = judgement"))
U(d, "The Business Coordinating Council, the country's main business lobby, said it was worried", "than ever.",
  ("Business Coordinating Council", N, neg, "", "new organisation; worry with no appeal in this sentence = neutral, negative"))
U(d, "It asked the government and the embassies to lower the tone", "diplomatic channels.",
  ("Business Coordinating Council", T, neu, "", "appeal to all sides for de-escalation through diplomacy"))
# "The peso weakened by about 1% ..." = market narration, no row.
U(d, "Lucía Barrientos, a former Mexican ambassador who now directs the foreign policy programme", "final weeks.",
  ("Lucía Barrientos", C, neg, "Mexico", "invented analyst (former official = independent person); judgement of the president's motives"))
U(d, "\"A pause with an embassy means nothing in diplomatic law.", "Barrientos said.",
  ("Lucía Barrientos", N, neu, "", "multi-sentence quote; legal reading + forecast, no judgement of an actor"))
U(d, "She said Salazar had nonetheless made a mistake", "out of public view.",
  ("Lucía Barrientos", C, neg, "United States", "'made a mistake' = judgement of the ambassador + an appeal: rule 1 -> condemning"))
U(d, "Daniel Kessler, a professor of comparative law at the University of Texas at Austin", "will be independent.",
  ("Daniel Kessler", S, neu, "", "invented scholar; agreeing that the ambassadors 'raised a real issue' = approval of their point; two ambassadors -> target empty (unsure: could be a neutral reading of the treaty)"))
U(d, "\"Washington and Ottawa will not go to war over this", "Kessler said.",
  ("Daniel Kessler", N, neu, "", "forecast"))
U(d, "Salazar, asked by reporters on Tuesday evening whether he would apologise", "every day.",
  ("United States", T, neu, "Mexico", "commitment to keep talking, no apology and no judgement = calling_for_talks"))
