# ------------------------------------------------------------------ Two Greek soldiers detained in Edirne (wire copy, 2018-03-05)
d = "page_evros_greek_soldiers_edirne2018_wire.txt"
# Not statements: agency line, URGENT headline, byline, datelines "ATHENS/ANKARA, March 5, 2018 (CPA) - " (excluded from units), MORE,
# editing credit, newsroom contact, keywords, copyright.
U(d, "Greece on Monday stepped up pressure on Turkey to release two Greek soldiers", "a matter for its courts.",
  ("Greece", T, neg, "Turkey", "lead: pressure for release, no judgement word in the unit = demand addressed to one side"),
  ("Turkey", N, neu, "", "courts will decide = procedure, no evaluation"))
# "Second Lieutenant ... were detained ... A court in Edirne ... ordered them held" = narration (two sentences), no row.
U(d, "The Greek army said in a statement that the two men had been disoriented", "over the line unintentionally.",
  ("Greece", N, neu, "", "army speaks for its state; account of the facts, a denial of intent"))
U(d, "Greek Prime Minister Alexis Tsipras said he expected the soldiers to be returned", "within hours.",
  ("Greece", T, neg, "Turkey", "demand for return, no judgement word"))
U(d, "\"There is no legal or moral ground for keeping two young men in a cell", "told reporters in Athens.",
  ("Greece", C, neg, "Turkey", "judgement without a stock word: detention has no legal or moral ground"))
U(d, "Government spokesman Dimitris Tzanakopoulos said Athens was handling the matter calmly", "turned into a crisis.",
  ("Greece", T, neu, "", "own calm, diplomatic course; no escalation wanted = calling_for_talks (unsure: could be neutral reassurance)"))
U(d, "Defence Minister Panos Kammenos, who heads the nationalist Independent Greeks party", "the failed 2016 coup.",
  ("Greece", C, neg, "Turkey", "minister speaks for his state; 'takes hostages' accusation"))
U(d, "Foreign Minister Nikos Kotzias said Greece had raised the case", "was unacceptable.",
  ("Greece", C, neg, "Turkey", "'unacceptable' + lobbying partners = judgement"))
U(d, "The main opposition New Democracy party said the government had been caught unprepared", "between allies.",
  ("New Democracy", C, neg, "Turkey", "criticises the government and judges Turkey's 'contempt'; the judgement of Turkey taken as target (unsure: two targets)"))
U(d, "Turkish Foreign Minister Mevlut Cavusoglu said the soldiers were in the hands", "intervene in the process.",
  ("Turkey", N, neu, "", "procedure: independent judiciary"))
U(d, "\"This is a legal matter, not a political one, and nobody should try to make it one,\"", "news agency reported.",
  ("Turkey", N, neu, "", "rejection of politicisation with no one named; Anadolu = agency, not an actor"))
U(d, "Deputy Prime Minister and government spokesman Bekir Bozdag rejected suggestions", "\"baseless and ill-intentioned\".",
  ("Turkey", N, neg, "", "denial = neutral, negative (calling claims 'ill-intentioned' aimed at no named actor)"))
U(d, "Bozdag said, however, that Turkey still expected Greece to extradite", "ignored its requests.",
  ("Turkey", C, neg, "Greece", "demand + charge that Athens ignored its requests = grievance (unsure: could be calling_for_talks)"))
U(d, "Turkish officials say the soldiers were found with mobile phones", "dispute that account.",
  ("Turkey", N, neu, "", "'Turkish officials' = officials of a named government; facts given"),
  ("Greece", N, neg, "", "'Greek officials dispute' = denial"))
U(d, "The European Commission's chief spokesman Margaritis Schinas said the Commission expected", "good neighbourly relations.",
  ("European Union", T, neu, "", "hope for a swift resolution in good neighbourliness"))
U(d, "European Parliament President Antonio Tajani called on Turkey to free the two soldiers", "the whole of Europe\".",
  ("European Union", C, neg, "Turkey", "'a provocation' + demand: rule 1"))
U(d, "NATO Secretary General Jens Stoltenberg said he hoped the two allies would find a solution", "with both governments.",
  ("NATO", T, neu, "", "hope + bilateral solution"))
U(d, "U.S. State Department spokeswoman Heather Nauert said Washington was aware", "resolve the case.",
  ("United States", T, neu, "", "encouraged both to work together"))
U(d, "Cyprus's government spokesman Prodromos Prodromou said Nicosia stood fully with Athens", "in the region\".",
  ("Cyprus", C, neg, "Turkey", "solidarity with Greece + 'aggressive behaviour' judgement: rule 1"))
U(d, "The Greek consul in Edirne visited the two soldiers on Saturday", "the Greek foreign ministry said.",
  ("Greece", N, neu, "", "consular fact"))
# "The soldiers' Turkish lawyer told CPA ..." = unnamed speaker tied to no government or body, no row.
# "Relations between the two NATO allies have been strained ..." = background, no row.
U(d, "\"Both sides need a quick, quiet exit, but neither government can be seen to blink,\"", "to the eight officers.\"",
  ("Dimitris Alexandratos", N, neu, "", "invented researcher; reading of both sides, no judgement, no 'must' appeal"))
# Last paragraph (past strays) = background, no row.
U(d, "Greek President Prokopis Pavlopoulos, visiting a border unit in Evros on Sunday, said", "a European future.",
  ("Greece", T, neg, "Turkey", "demand to respect law with a condition, no judgement word (unsure: a veiled warning, could be condemning)"))
U(d, "Turkish Defence Minister Nurettin Canikli said the border units had followed", "stopped the pair.",
  ("Turkey", N, neu, "", "own conduct reported as done within orders, no judgement"))
U(d, "German government spokesman Steffen Seibert said Berlin hoped for a quick solution", "to go home.",
  ("Germany", T, pos, "", "hope for a solution = calling_for_talks"))
