# ------------------------------------------------------------------ Venezuela revokes Brazil's custody of the Argentine embassy (regional daily, 2024-09-08)
d = "page_caracas_argentine_embassy_custody2024_regionaldaily.txt"
# Not statements: masthead, menus, section, headline, byline, times, photo caption, crossheads, ADVERTISEMENT, RELATED, share, tags,
# newsletter prompt, most read, copyright.
U(d, "CARACAS / BRASÍLIA / BUENOS AIRES - Venezuela's government on Saturday withdrew its consent", "try to enter the building.",
  ("Venezuela", C, neg, "Brazil", "revoking another state's custody of a mission = a measure taken against a side (unsure: could be neutral procedure; Argentina equally aimed at)"))
# "Hooded officers ... according to videos posted by those inside." = narration, no named speaker, no row.
U(d, "In a statement, the Venezuelan foreign ministry said the measure applied from Saturday", "had been informed.",
  ("Venezuela", N, neu, "", "procedure: start date and notification"))
U(d, "The ministry said it had proof that the people hiding in the building", "Vice President Delcy Rodríguez.",
  ("Venezuela", C, neg, "", "accusation of terrorism against the asylees (non-canonical party) -> target empty"))
U(d, "Foreign Minister Yván Gil wrote on social media that Venezuela would not allow", "answer for it.",
  ("Venezuela", C, neg, "Argentina", "threat to those who shelter 'criminals' = the mission's holder (unsure: Brazil is also the custodian)"))
# "The six ... face arrest warrants on charges of conspiracy." = background, no row.
U(d, "Brazil's Foreign Ministry, known as Itamaraty, said the notice had caught it off guard", "Venezuela accepted.",
  ("Brazil", N, neu, "", "taken by surprise + keeps its role until replaced: own conduct stated, no judgement, no appeal"))
U(d, "In its note, Itamaraty pointed out that the treaties on diplomatic relations", "everything inside it.",
  ("Brazil", T, neu, "Venezuela", "reminder of inviolability addressed to Caracas = appeal to respect law, no judgement word"))
U(d, "A Brazilian diplomat in Brasília, speaking on condition of anonymity, said", "handing over the keys.",
  ("Brazil", T, neu, "Venezuela", "unnamed official of a named government speaks for it; contacts with Caracas + keeps custody (unsure: could be neutral)"))
# "President Luiz Inácio Lula da Silva met his foreign policy advisers ..." = meeting listed, no position, no row.
U(d, "In Buenos Aires, the Foreign Ministry headed by Diana Mondino said in a statement", "protection of the mission.",
  ("Argentina", C, neg, "Venezuela", "rejects the decision of 'the Maduro regime' + thanks Brazil: the rejection decides (rule 1)"))
U(d, "\"If a single officer crosses the threshold of our residence", "the statement said.",
  ("Argentina", C, neg, "Venezuela", "threat: a raid would bring a response from the region ('hold to account')"))
U(d, "Presidential spokesman Manuel Adorni told his morning press conference", "exists only on paper\".",
  ("Argentina", C, neg, "Venezuela", "judgement on rights in Venezuela"))
U(d, "Adorni said Argentina had asked the International Criminal Court", "followed the July 28 election.",
  ("Argentina", C, neg, "Venezuela", "asking for an arrest warrant = measure against the other side"))
U(d, "He added that Argentina would keep working with its partners to obtain safe-conduct passes", "for the six.",
  ("Argentina", T, neu, "", "diplomatic course for safe conduct"))
U(d, "The governments of Uruguay and Paraguay said in separate statements", "without exception.",
  ("Uruguay", S, pos, "Brazil", "stand with Brazil and Argentina = solidarity (two targets -> one named; unsure)"),
  ("Paraguay", S, pos, "Brazil", "same, one row per listed state"))
U(d, "Uruguayan Foreign Minister Omar Paganini said on X that the harassment", "out of the country.",
  ("Uruguay", C, neg, "Venezuela", "'unacceptable' + appeal: the judgement decides (rule 1)"))
U(d, "Chile's Foreign Ministry said it was watching the situation", "\"with great concern\".",
  ("Chile", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "In Washington, State Department spokesman Matthew Miller said the United States condemned", "Argentina and Brazil.",
  ("United States", C, neg, "Venezuela", "condemned + solidarity: rule 1"))
U(d, "\"We call on Maduro's representatives to respect their obligations", "Miller said.",
  ("United States", T, neu, "Venezuela", "appeal to respect law and let them leave, no judgement word"))
U(d, "The Secretary General of the Organization of American States, Luis Almagro, said the siege", "for the asylum seekers.",
  ("Organization of American States", C, neg, "Venezuela", "'dictatorship' = judgement + appeal (rule 1)"))
U(d, "From inside the residence, Urruchurtu wrote that the group would not surrender", "for their safety.",
  ("Vente Venezuela", C, neg, "Venezuela", "Machado's party coordinator; holds Maduro responsible = condemning"))
U(d, "Meda told a radio station in Buenos Aires by telephone", "for several days.",
  ("Vente Venezuela", N, neu, "", "facts about their situation, no position"))
U(d, "Machado, who remains in hiding in Venezuela, thanked Lula's government", "an illegal operation.",
  ("Unitary Platform", C, neg, "Venezuela", "thanks Brazil + 'illegal operation': the judgement decides (rule 1); Machado = Unitary Platform per the name files"))
U(d, "\"It is a clumsy and dangerous provocation,\" said Mariano Echeverri", "has not blinked.\"",
  ("Mariano Echeverri", C, neg, "Venezuela", "invented former ambassador = independent person; 'provocation' = judgement"))
# Last paragraph (expulsions in July) = background, no row.
U(d, "Amorim told reporters afterwards that Brazil hoped the matter could be resolved", "in the meantime.",
  ("Brazil", T, pos, "Venezuela", "hope of resolution through conversation = calling_for_talks; flag stays = own conduct"))
U(d, "Peru's Foreign Ministry went further, describing the siege as an act of intimidation", "the Maduro government.",
  ("Peru", C, neg, "Venezuela", "'act of intimidation' = judgement"))
