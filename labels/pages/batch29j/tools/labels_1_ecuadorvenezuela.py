# ------------------------------------------------------------------ Ecuador expels Venezuela's ambassador (wire, 2018-10-19)
d = "page_ecuador_venezuela_envoy2018_wire.txt"
# Not statements: menu, headline (carries the position, not a unit), byline, time stamp, read time, ADVERTISEMENT,
# crossheads, reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "Ecuador gave Venezuela's ambassador 72 hours to leave the country on Thursday", "said in a statement.",
  ("Ecuador", C, neg, "Venezuela", "dateline excluded; expulsion of an ambassador = measure = condemning; attribution tail 'the foreign ministry in Quito'"))
# "The expulsion of Ambassador Carol Delgado marks the sharpest break yet ..." = narration, no row.
U(d, "Ecuador would not put up with insults aimed at the head of state", "home from Caracas for consultations.",
  ("Ecuador", C, neg, "Venezuela", "judgement without a stock word + recall of own envoy; reported clause, 'the ministry said' mid-sentence"))
U(d, "In the same statement, Quito said it would keep receiving and assisting Venezuelan migrants", "did not intend to abandon.",
  ("Ecuador", S, pos, "", "aid to migrants offered/continued = supporting; target empty (migrants, not an actor)"))
U(d, "Venezuelan Communication Minister Jorge Rodriguez had told a news conference on Wednesday", "could not be true.",
  ("Venezuela", C, neg, "Ecuador", "calling the president's figures untrue = accusation of lying (the cause of the row); past-perfect reported clause"))
U(d, "Rodriguez said the numbers had been \"cooked up\"", "President Nicolas Maduro.",
  ("Venezuela", C, neg, "Ecuador", "surname only; accusation of fabrication"))
U(d, "The Ecuadorean government's communication office went further in a message on Twitter", "its own people abroad.",
  ("Ecuador", C, neg, "Venezuela", "government office = state; judgement of the Maduro administration"))
U(d, "Within hours, Venezuela ordered Ecuador's top diplomat in Caracas", "the Venezuelan foreign ministry.",
  ("Venezuela", C, neg, "Ecuador", "retaliatory expulsion = condemning; 'according to a statement from' = second-hand attribution"))
U(d, "The ministry called Quito's decision an outsized reaction", "friendship between the two peoples.",
  ("Venezuela", C, neg, "Ecuador", "'the ministry' = Venezuelan foreign ministry (previous sentence); judgement"))
U(d, "Foreign Minister Jorge Arreaza was quoted by state broadcaster VTV as saying", "\"in the same measure\".",
  ("Venezuela", C, neg, "Ecuador", "passive attribution 'was quoted ... as saying'; threat of reciprocal response = condemning; the broadcaster is not an actor"))
U(d, "Arreaza also denied that Venezuela was facing a migration emergency", "government repatriation programme.",
  ("Venezuela", N, neg, "", "denial = neutral with a negative tone"))
U(d, "Ecuadorean Foreign Minister Jose Valencia told reporters in Quito that his government had not sought the confrontation.", "had not sought the confrontation.",
  ("Ecuador", N, neg, "", "denial of having sought the row, no judgement in this sentence"))
U(d, "\"We have nothing against the Venezuelan people, who are our brothers,\" Valencia said.", "has closed the door himself.\"",
  ("Ecuador", C, neg, "Venezuela", "quote continued after the attribution; blames the Venezuelan minister for the break"))
U(d, "He said consular services for Venezuelans in Ecuador would continue", "without interruption.",
  ("Ecuador", N, pos, "", "plan / procedure about own services, reassurance = neutral"))
U(d, "Ecuador says more than a million Venezuelans have entered the country this year", "to Peru and Chile.",
  ("Ecuador", N, neu, "", "figures given by an actor = neutral"))
U(d, "Peru's foreign ministry said it stood with Ecuador and regretted the language used by Venezuelan officials", "the state news agency Andina.",
  ("Peru", C, neg, "Venezuela", "solidarity with Ecuador joined to 'regretted' Venezuela's language: 'regrettable' aimed at an actor's act is a judgement, rule 1 decides (re-check: first draft was supporting Ecuador); state news agency = not an actor"))
U(d, "Peruvian Foreign Minister Nestor Popolizio said the figures from the border", "could be checked by anyone.",
  ("Peru", N, neu, "", "facts about the figures, no judgement"))
U(d, "Colombian Foreign Minister Carlos Holmes Trujillo told local radio", "before the end of the year.",
  ("Colombia", T, neu, "", "appeal for calm + call for a meeting, no judgement"))
U(d, "Bolivia, one of Maduro's remaining allies in South America, expressed concern", "through dialogue.",
  ("Bolivia", T, neg, "", "concern + appeal for dialogue = calling_for_talks"))
U(d, "The U.S. State Department said it was aware of the expulsion.", "aware of the expulsion.",
  ("United States", N, neu, "", "procedural acknowledgement = neutral"))
U(d, "A department spokesperson, speaking on condition of anonymity, said Washington admired", "catastrophe\" in Venezuela.",
  ("United States", C, neg, "Venezuela", "unnamed official of a named body speaks for it; praise of Ecuador + judgement of Venezuela's 'man-made catastrophe': rule 1, the judgement decides (unsure: could be supporting Ecuador)"))
U(d, "The Organization of American States' secretary general, Luis Almagro, who has led calls to isolate Maduro, backed Quito on Twitter.", "backed Quito on Twitter.",
  ("Organization of American States", S, pos, "Ecuador", "backing = supporting; the relative clause is narration"))
U(d, "Almagro wrote that Ecuador deserved the thanks of the hemisphere", "not insults from Caracas.",
  ("Organization of American States", C, neg, "Venezuela", "praise of Ecuador joined to a judgement of Caracas: rule 1"))
U(d, "Eduardo Stein, the joint special representative of the U.N. refugee agency", "declined to comment on the diplomatic dispute.",
  ("UNHCR", N, neu, "", "declining to comment = neutral; the joint UNHCR-IOM post resolved to UNHCR (unsure; could be IOM or both)"))
U(d, "Stein said his office was focused on the needs of those on the move", "cooperation between host countries.",
  ("UNHCR", T, pos, "", "hope that the quarrel does not hamper cooperation = calling_for_talks"))
# "Analysts said the row was unlikely to change policy on the ground." = unnamed speakers, no row.
U(d, "\"Both sides are using the migrants to score points at home,\" said Gabriela Ordóñez", "in Quito.",
  ("Gabriela Ordóñez", C, neg, "", "invented scholar; judgement of both sides -> target empty"))
U(d, "Ordóñez said the figures cited by Moreno were broadly in line with border records", "disputing them.",
  ("Gabriela Ordóñez", N, neu, "", "assessment of facts, no judgement"))
U(d, "Santiago Urdaneta, a Venezuelan economist at the Caribbean Policy Institute, said the expulsion left Ecuador", "badly needed.",
  ("Santiago Urdaneta", N, neg, "", "invented analyst; consequence assessment, concern with no appeal = neutral"))
U(d, "\"Somebody has to be able to pick up the phone,\" Urdaneta said.", "the bridge at Rumichaca.\"",
  ("Santiago Urdaneta", T, neu, "", "hope that both capitals resume talking = calling_for_talks"))
