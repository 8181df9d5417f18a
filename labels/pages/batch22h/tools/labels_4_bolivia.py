# ------------------------------------------------------------------ Bolivia expels the US ambassador, Venezuela follows, UNASUR's Santiago summit (Latin American news site, full HTML, 2008-09-16)
d = "page_bolivia_goldberg_latamsite.html"
U(d, "South American presidents meeting in Santiago threw their weight behind", "rose to at least 18.",
  ("Union of South American Nations", S, pos, "Bolivia", "dateline excluded; long lead: the summit's backing (supporting) with the expulsions and the toll as narration"))
U(d, "Reading the nine-point declaration at La Moneda shortly after midnight", "no authority born of one.",
  ("Union of South American Nations", C, neg, "", "Bachelet as pro tempore chair reading the declaration = UNASUR (guide), not Chile; threat of non-recognition aimed at no named actor -> target empty"))
U(d, "The text also called on every political and social group in Bolivia", "first step toward talks.",
  ("Union of South American Nations", T, neg, "", "'The text' = the declaration; demand to stop violence and hand back buildings, no judgement word = calling_for_talks"))
U(d, "The leaders agreed to send a commission, coordinated by Chile", "La Paz had requested.",
  ("Union of South American Nations", T, pos, "", "mediation commission + backing an inquiry = calling_for_talks"),
  ("Bolivia", T, neu, "", "a position reported inside another actor's sentence: La Paz (metonym) had asked for an inquiry = calling_for_talks (labels/README: demands for an investigation)"))
U(d, "“Today South America told Bolivia that it is not standing alone,”", "the other presidents one by one.",
  ("Bolivia", S, pos, "Union of South American Nations", "thanks to the summit = supporting"))
U(d, "Morales declared Ambassador Philip Goldberg persona non grata", "gas installations in the east.",
  ("Bolivia", C, neg, "United States", "expulsion + accusation = condemning (guide: expelling diplomats)"))
U(d, "Foreign Minister David Choquehuanca said on Thursday that the diplomatic note", "customary period.",
  ("Bolivia", N, neu, "", "procedure of the expulsion, no evaluation"))
U(d, "Goldberg, who left La Paz on Sunday, told reporters at the airport", "had no basis.",
  ("United States", N, neg, "", "the ambassador speaks for the US; denial = neutral, negative"))
# "Washington answered within hours." : summary line, no row
U(d, "State Department spokesman Sean McCormack said the United States had declared", "people of both countries.",
  ("United States", C, neg, "Bolivia", "reciprocal expulsion + 'a serious mistake' = condemning; La Paz = metonym"))
U(d, "McCormack said on Friday that the charges against both envoys were untrue", "Venezuelan people.",
  ("United States", N, neg, "", "denial + goodwill to the peoples = neutral, negative (unsure: the second half could be read as a conciliatory appeal)"))
U(d, "In Caracas, President Hugo Chávez on Thursday night ordered U.S. Ambassador Patrick Duddy", "from Washington.",
  ("Venezuela", C, neg, "United States", "expulsion + recall; the solidarity with Morales sits inside the measure (one row per actor, the measure decides)"))
U(d, "Chávez told supporters at a rally that his government had uncovered a plot", "came under attack.",
  ("Venezuela", C, neg, "United States", "accusation (Washington's blessing) + threat to cut oil"))
U(d, "Foreign Minister Nicolás Maduro said the expulsion had been formalised", "consular matters.",
  ("Venezuela", N, neu, "", "procedure"))
U(d, "On Friday the U.S. Treasury froze any U.S. assets of three senior Venezuelan officials", "drug trafficking.",
  ("United States", C, neg, "Venezuela", "sanctions + accusation = condemning (guide); FARC is an object"))
U(d, "Brazil's Foreign Minister Celso Amorim said his government was worried", "no plans for measures of its own.",
  ("Brazil", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "President Luiz Inácio Lula da Silva said in Santiago that he hoped", "to the UNASUR commission.",
  ("Brazil", T, pos, "", "hope for calm + staff offered to the mediation = calling_for_talks (rule 2 before rule 3)"))
U(d, "Amorim welcomed the start of talks between Morales and the prefects", "could excuse.",
  ("Brazil", C, neg, "", "welcome + judgement ('a crime that no claim to autonomy could excuse') = condemning (rule 1); the killers are not named -> target empty (the government blames the Pando prefecture, unsure)"))
U(d, "Chilean Foreign Minister Alejandro Foxley said Chile, which has had no full diplomatic relations", "no national agenda in the crisis.",
  ("Chile", N, neu, "", "Chile's own role and intentions = neutral; the 1978 rupture is background (unsure: could be read as UNASUR)"))
U(d, "In La Paz, Government Minister Alfredo Rada said troops had taken control", "deaths near El Porvenir.",
  ("Bolivia", C, neg, "CONALDE", "measures under the state of siege + holding the opposition prefect responsible = condemning; Fernández belongs to the prefects' council"))
U(d, "Fernández, who was detained on Tuesday and flown to La Paz, has denied", "also been ambushed.",
  ("CONALDE", N, neg, "", "opposition prefect = the prefects' council (unsure); denial = neutral, negative"))
U(d, "The opposition prefects' council, known as CONALDE, said in a statement", "aimed at its members.",
  ("CONALDE", C, neg, "Bolivia", "accepts dialogue but judges the state of siege 'an abuse' = rule 1"))
U(d, "Tarija prefect Mario Cossío, who has spoken for the opposition governors", "agreement within days.",
  ("CONALDE", T, pos, "Bolivia", "talks under way + hope of agreement = calling_for_talks"))
U(d, "Santa Cruz prefect Rubén Costas called the ambassador's expulsion a smokescreen", "own failures.",
  ("CONALDE", C, neg, "Bolivia", "judgement of the government's act"))
U(d, "Mariana Quiroga, a political scientist at the Andean Institute of Political Studies", "gas revenue to Bolivians.",
  ("Mariana Quiroga", N, neu, "", "independent scholar; assessment"))
U(d, "“The prefects lost a great deal on the road to Porvenir.", "she said.",
  ("Mariana Quiroga", N, neg, "", "multi-sentence quote closed by the speaker: scenario (roadblocks, the army), no judgement"))
U(d, "She said expelling the ambassador had been a costly gesture", "Washington can withdraw.",
  ("Mariana Quiroga", C, neg, "Bolivia", "judgement of Bolivia's act ('a costly gesture'), unsure: could be read as risk analysis"))
U(d, "Diego Ferrer, a former Argentine ambassador to La Paz", "would be remembered.",
  ("Diego Ferrer", N, neu, "", "former official speaking as an independent person; reading of the summit text; the OAS and the US are objects"))
U(d, "“For the first time the region handled a crisis like this without Washington", "Ferrer said.",
  ("Diego Ferrer", N, neu, "", "multi-sentence quote; what may happen next"))
U(d, "He said both sides should put ambassadors back in La Paz, Caracas and Washington", "harden.",
  ("Diego Ferrer", T, neu, "", "appeal to restore relations = calling_for_talks, several parties -> target empty"))
# Cobija residents: not actors, no row. Captions, related link, tags, newsletter, comments, most read: never statements.
