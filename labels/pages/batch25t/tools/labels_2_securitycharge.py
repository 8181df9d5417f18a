# ------------------------------------------------------------------ Ecuador's 30% "security charge" on Colombian goods and Colombia's response (Colombian foreign-ministry press release, 2026-01-23)
d = "page_colombia_ecuador_securitycharge2026_mfarelease.txt"
# Not statements: ministry banner, language switch, menu, breadcrumb, release number, headline (it carries Colombia's
# position, but headlines are never statements), place/date line, share bar, crossheads, signature block,
# related news, tags, address, last updated, copyright.
U(d, "The Government of Colombia reiterates its firm rejection", "against organized crime.",
  ("Colombia", C, neg, "Ecuador", "release voice = Colombia; 'firm rejection' of Ecuador's measure + its reasons 'contradicted by the record' = judgement"))
# "Foreign Minister Rosa Yolanda Villavicencio Mapy met on Thursday with the heads of mission ..." = a meeting narrated, no row.
U(d, "The Minister recalled the joint operations carried out by the armed forces", "on repeated occasions.",
  ("Colombia", N, neu, "", "facts of cooperation offered as a rebuttal of Ecuador's charge = a denial by facts, no judgement word"))
U(d, "In messages published on his X account, President Gustavo Petro said Colombian forces", "asked for it.",
  ("Colombia", N, neg, "", "seizure figures + 'Ecuador received help whenever it asked' = rebuttal (denial) with a reproachful tone"))
U(d, "Mr Petro described the charge as a punishment imposed on two peoples", "neither of them had created.",
  ("Colombia", C, neg, "Ecuador", "surname with honorific; judgement of Ecuador's measure without stock words"))
U(d, "He said he remained willing to widen joint work with the Ecuadorian Government", "synthetic drugs.",
  ("Colombia", T, pos, "Ecuador", "offer of wider cooperation = offering talks/joint work, no judgement in this sentence"))
U(d, "In response to the unilateral measure, the Ministry of Commerce, Industry and Tourism will apply a tariff", "Morales Rojas announced.",
  ("Colombia", C, neg, "Ecuador", "retaliatory tariff = a sanction/measure against Ecuador, 'unilateral' = judgement; attribution tail"))
U(d, "Minister Morales explained that the list covers Ecuadorian goods", "is withdrawn.",
  ("Colombia", N, neu, "", "terms of the measure (value, temporary, lapse condition) = facts/procedure"))
U(d, "The Ministry of Mines and Energy has suspended international electricity transactions", "climatic strain.",
  ("Colombia", N, neu, "", "suspension justified by domestic supply, no protest or judgement stated in the sentence = neutral (unsure: could be read as a retaliatory measure)"))
U(d, "Minister Palma said the interconnection with Ecuador had been built", "at risk.",
  ("Colombia", C, neg, "Ecuador", "blame on Quito without stock words ('it was Quito ... that had chosen to put that trust at risk'); Quito = Ecuador"))
U(d, "The Government of Ecuador has stated that the charge will take effect", "illegal mining on the border.",
  ("Ecuador", C, neg, "Colombia", "Ecuador's position reported by Colombia: a measure kept until Bogotá meets a condition = sanction/ultimatum"))
U(d, "The Ecuadorian energy minister was quoted by Ecuadorian media as saying", "as the electricity.",
  ("Ecuador", C, neg, "Colombia", "passive attribution ('was quoted ... as saying'), adjective form; retaliation threatened against Colombian crude"))
U(d, "Quito has maintained that the charge is a security measure", "breaches Andean rules.",
  ("Ecuador", N, neg, "", "denial that the measure breaches the rules = neutral, negative tone"))
U(d, "Colombia takes note that Ecuadorian Foreign Minister Gabriela Sommerfeld Rosero has said", "the following week.",
  ("Ecuador", T, neu, "", "declines the 25 January date for a procedural reason and offers other dates = counter-offer of talks"),
  ("Colombia", N, neu, "", "'takes note' = the release records the reply, no evaluation"))
U(d, "Colombia welcomes the willingness to talk expressed by the Ecuadorian Foreign Minister", "measures already in force.",
  ("Colombia", T, neu, "Ecuador", "welcome + appeal to suspend the measure during talks, no judgement: rule 2 before rule 3"))
U(d, "The Ministry reiterates that the Ecuadorian measure is incompatible", "dispute settlement system.",
  ("Colombia", C, neg, "Ecuador", "'incompatible' with the treaty = judgement + announced legal action"))
U(d, "The General Secretariat of the Andean Community, in a statement issued in Lima", "Andean legal order.",
  ("Andean Community", T, neu, "", "appeal to both members to refrain + good offices = de-escalation/mediation; Lima = place"))
U(d, "Colombia has informed Secretary General Gonzalo Gutiérrez Reinel", "auspices of the Community.",
  ("Colombia", T, pos, "", "commits to attend any meeting convened by the bloc = calling_for_talks; the Community is the convener, not a party addressed -> target empty"))
U(d, "The Governments of Peru and Bolivia, the other two members of the Community, conveyed", "before 1 February.",
  ("Peru", T, pos, "", "list of two states; hope for a negotiated way out = calling_for_talks"),
  ("Bolivia", T, pos, "", "same sentence, second state"))
U(d, "The head of the European Union Delegation in Colombia said at the briefing", "with both countries.",
  ("European Union", N, neg, "", "concern without an appeal = neutral"))
# "On Wednesday the Vice Minister of Foreign Affairs held a working session in Ipiales ..." = meeting narrated, no row.
U(d, "The Governor of Nariño, Luis Alfonso Escobar, reported long queues", "since the announcement.",
  ("Colombia", N, neg, "", "provincial official resolves to his state; facts of the border situation"))
U(d, "Jaime Rosero Burbano, president of the Ipiales Chamber of Commerce, said traders", "in the two capitals.",
  ("Jaime Rosero Burbano", N, neg, "", "invented local business leader (person); consequence for traders, blame on both capitals is diffuse -> no target, neutral assessment"))
U(d, "He asked both governments to keep the border crossing out of the dispute", "from both sides at once.\"",
  ("Jaime Rosero Burbano", T, neu, "", "second sentence, pronoun subject; appeal to both governments to spare the crossing"))
U(d, "Marcela Ortiz Lasso, professor of international relations at a university in Pasto", "precisely to prevent.",
  ("Marcela Ortiz Lasso", C, neg, "Ecuador", "invented scholar; reported clause; 'a misuse of trade rules' aimed at tying duties to security (Ecuador's measure) = judgement"))
U(d, "The Ministry of Foreign Affairs reaffirms that Colombia will keep every diplomatic channel open", "over unilateral decisions.",
  ("Colombia", T, pos, "", "open channels + trust that friendship will prevail = hope/talks; 'unilateral decisions' is too mild to decide"))
U(d, "The Ministry will continue to inform the diplomatic corps of developments.", "of developments.",
  ("Colombia", N, neu, "", "procedure"))
