# ------------------------------------------------------------------ US re-designates Cuba a state sponsor of terrorism (state-media portal carrying Xinhua copy, full HTML, 2021-01-12)
d = "page_cuba_terror_listing_statemedia.html"
U(d, "Cuban President Miguel Diaz-Canel on Tuesday rejected", "lobby in Florida.",
  ("Cuba", C, neg, "United States", "lead after the Xinhua dateline (excluded); rejects the decision + 'discredited administration' = judgement; Washington = metonym"))
U(d, "\"Cuba has buried thousands of its sons and daughters", "wrote on Twitter.",
  ("Cuba", C, neg, "United States", "two-sentence quote closed by the speaker = one unit; accuses the US of sheltering terrorists"))
U(d, "He added that six decades of economic siege", "Cuban households.",
  ("Cuba", C, neg, "United States", "'He' = Diaz-Canel; the embargo called a form of terror = accusation"))
U(d, "Foreign Minister Bruno Rodriguez said on Monday night", "next U.S. administration.",
  ("Cuba", C, neg, "United States", "'political opportunism', 'arrogant gesture' = judgement (two remarks, one sentence, one actor)"))
U(d, "A statement from the Cuban Foreign Ministry said Cuba rejected terrorism", "basis in fact.",
  ("Cuba", C, neg, "United States", "self-defence ('rejected terrorism', 'its victim') + the designation has 'no basis in fact' = judgement of the US act decides (rule 1)"))
U(d, "The National Assembly of People's Power said in a separate statement", "over six decades.",
  ("Cuba", C, neg, "United States", "parliament = Cuba; figures used as an accusation (attacks 'organized or tolerated from U.S. territory') = condemning, not a neutral toll"))
U(d, "Carlos Fernandez de Cossio, director general for U.S. affairs", "equality and respect.",
  ("Cuba", T, neu, "United States", "offer of dialogue with Washington, no judgement in the sentence"))
U(d, "U.S. Secretary of State Mike Pompeo announced the designation on Monday", "Nicolas Maduro.",
  ("United States", C, neg, "Cuba", "designation (a measure) + accusations of harbouring fugitives and the ELN = condemning; Havana = metonym; Venezuela/Maduro only mentioned"))
U(d, "Pompeo said Cuba had broken the commitments", "pay a price for it.",
  ("United States", C, neg, "Cuba", "broken commitments + 'pay a price' = accusation + threat"))
U(d, "He also said Washington would keep supporting the Cuban people's wish", "democratic government.",
  ("United States", S, pos, "", "support for the Cuban people's aspiration, against the government the US condemns: target left empty, the people are not the state actor 'Cuba' (unsure)"))
U(d, "The U.S. State Department said the designation bars", "financial transactions.",
  ("United States", N, neu, "", "legal consequences of the measure = procedure"))
U(d, "In Bogota, Colombia's High Commissioner for Peace Miguel Ceballos said", "Colombian capital.",
  ("Colombia", S, pos, "United States", "the US decision 'endorsed' Colombia's demand = approval of the US step; the demand on Havana is a long-standing position, not judged anew here (unsure: could add a condemning row against Cuba); Bogota = place"))
U(d, "In Washington, U.S. Representative Gregory Meeks", "accuse other countries of terrorism.",
  ("United States", C, neg, "", "a member of Congress = United States (as Senator Ben Cardin in the guide); he judges his own administration, so the target stays empty (target may not equal actor)"))
U(d, "In Beijing, Chinese Foreign Ministry spokesperson Zhao Lijian said Washington", "firmly rejects.",
  ("China", C, neg, "United States", "'dressing up' pressure and sanctions as counter-terrorism, 'firmly rejects' = judgement; Beijing = place"))
U(d, "Zhao called on the United States to treat Cuba as an equal", "Latin America.",
  ("China", T, pos, "United States", "appeal for normal relations, no judgement in the sentence = calling_for_talks addressed to the US"))
U(d, "Iranian Foreign Ministry spokesman Saeed Khatibzadeh called the U.S. decision baseless", "Trump administration.",
  ("Iran", C, neg, "United States", "'baseless', 'unilateralism' = judgement"))
U(d, "He voiced Iran's solidarity with the Cuban government and people.", "He voiced Iran's solidarity with the Cuban government and people.",
  ("Iran", S, pos, "Cuba", "solidarity in its own sentence = supporting"))
U(d, "Venezuelan Foreign Minister Jorge Arreaza described the listing", "international law.",
  ("Venezuela", C, neg, "United States", "'aggression', 'violation of international law'"))
U(d, "The Bolivarian Alliance for the Peoples of Our America (ALBA-TCP) said", "support for Havana.",
  ("Bolivarian Alliance for the Peoples of Our America", C, neg, "United States", "regional bloc; judgement ('an attack on the whole region') + support for Havana in the same sentence: rule 1, condemning"))
