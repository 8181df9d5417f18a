# ------------------------------------------------------------------ Kaftancioglu sentenced over tweets (wire story, .txt, 2019-09-06)
d = "page_kaftancioglu_sentence2019_wire.txt"
# Not statements: section/time line, headline, byline, read time, her lawyers' account of the charges and of her staying
# free (lawyers of a person, facts, no actor), her biography, "Turkey's justice ministry did not respond", the background
# sentence on Erdogan's earlier criticism and complaint, reporting/editing tail, standards line.
U(d, "ISTANBUL (Meridian) - A Turkish court on Friday sentenced Canan Kaftancioglu", "city’s mayoral race.",
  ("Republican People's Party", C, neg, "Turkey", "lede carrying a position: the party calls the ruling punishment; the court = Turkey"))
U(d, "Speaking to supporters outside the courthouse, Kaftancioglu said the verdict", "hearing began.",
  ("Republican People's Party", C, neg, "Turkey", "CHP provincial chair speaks for her party; reported clause: verdict decided in advance = accusation"))
U(d, "“I was not tried today, the will of 16 million people in Istanbul was,”", "tomorrow morning.”",
  ("Republican People's Party", C, neg, "Turkey", "quote closed inside, continued after the tag; judgement without a stock word"))
U(d, "CHP leader Kemal Kilicdaroglu said the sentence was revenge", "presidential palace.",
  ("Republican People's Party", C, neg, "Turkey", "revenge + courts taking instructions = accusation"))
U(d, "“This is not a judgment, it is a settling of accounts,”", "We will not bow.”",
  ("Republican People's Party", C, neg, "Turkey", "quote of two sentences, tag inside"))
U(d, "Istanbul Mayor Ekrem Imamoglu, who visited Kaftancioglu", "has spoken”.",
  ("Republican People's Party", S, pos, "", "CHP mayor backing his party chair (unsure: as a mayor he could resolve to Turkey, which makes no sense here); own party -> target empty"))
U(d, "The party’s spokesman, Faik Oztrak, said the CHP would take the case", "European Court of Human Rights.",
  ("Republican People's Party", N, neu, "", "legal steps announced, no judgement in the sentence"))
U(d, "AK Party spokesman Omer Celik said the courts were independent", "through the media.",
  ("Turkey", C, neg, "Republican People's Party", "AK Party = Turkey (name files); rebuke of the opposition's pressure on judges"))
U(d, "Celik added that the CHP was using the case to cover up", "the opposition denies.",
  ("Turkey", C, neg, "Republican People's Party", "accusation of sympathy for terrorists"),
  ("Republican People's Party", N, neg, "", "'a charge the opposition denies' = denial, neutral"))
U(d, "Nationalist Movement Party (MHP) leader Devlet Bahceli, Erdogan’s ally, said", "verdict was deserved.",
  ("Nationalist Movement Party", C, neg, "Republican People's Party", "judgement on the CHP official + approval of the verdict; judgement wins"))
U(d, "The pro-Kurdish Peoples’ Democratic Party (HDP), whose own former co-leaders", "against elected politicians.",
  ("Peoples' Democratic Party", C, neg, "Turkey", "solidarity with the CHP + 'courts as a weapon': rule 1, judgement wins"))
U(d, "The European Union said the ruling added to its serious concerns", "rule of law in Turkey.",
  ("European Union", N, neg, "", "concern with no appeal and no explicit judgement = neutral"))
U(d, "“Sentences of this length for opinions expressed on Twitter cannot be reconciled", "said in a statement.",
  ("European Union", C, neg, "Turkey", "attribution tail; 'cannot be reconciled with the standards' = judgement"))
U(d, "EU Enlargement Commissioner Johannes Hahn wrote on Twitter", "said on social media.",
  ("European Union", C, neg, "Turkey", "judgement of disproportion, no stock word"))
U(d, "Germany’s foreign ministry said it was following the case closely", "Turkish government.",
  ("Germany", N, neg, "", "monitoring + raising it bilaterally, no appeal or judgement stated"))
U(d, "A spokesman for the ministry in Berlin declined to comment", "appeal was pending.",
  ("Germany", N, neu, "", "procedural refusal to comment"))
U(d, "The Party of European Socialists, which counts the CHP as an associate member", "had a price.",
  ("Party of European Socialists", C, neg, "Turkey", "'political revenge' + call for a price = judgement and call for measures"))
U(d, "Human Rights Watch said the case was part of a pattern.", "part of a pattern.",
  ("Human Rights Watch", C, neg, "Turkey", "short lead-in that passes a judgement (a pattern of abuse)"))
U(d, "“Turkey’s government has turned insult and terrorism laws into tools", "quashed on appeal.”",
  ("Human Rights Watch", C, neg, "Turkey", "speaker given mid-quote; judgement + demand"))
U(d, "Selim Karaca, an analyst at the Istanbul-based Bosphorus Policy Centre, said", "discipline the opposition.",
  ("Selim Karaca", N, neg, "", "invented analyst; reading of perceptions, not his own judgement"))
U(d, "“Ankara may believe this weakens the CHP in Istanbul,”", "a campaign theme.”",
  ("Selim Karaca", N, neu, "", "forecast"))
U(d, "Elif Dincer, a professor of constitutional law at a university in Ankara, said", "terrorist propaganda.",
  ("Elif Dincer", N, neu, "", "invented scholar; a legal question for the appeals court, not a peace appeal"))
U(d, "“The Court of Cassation now has the chance to set a limit, and it should take it,”", "Dincer said.",
  ("Elif Dincer", N, neu, "", "urging a court to rule within limits (unsure: implies overreach, could be condemning)"))
U(d, "More than 30,000 people have been investigated on charges of insulting", "justice ministry data.",
  ("Turkey", N, neu, "", "figure from an actor's data = neutral"))
