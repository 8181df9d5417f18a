# ------------------------------------------------------------------ Chad-Sudan refugees (scraped regional paper, 2024-04-16)
d = "page_chad_sudan_scraped.txt"
U(d, "Chad's prime minister, Succès Masra, said on Monday that his country could not carry", "and its neighbours.",
  ("Chad", T, neg, "", "asking for humanitarian help = calling_for_talks (labels/README); the unnamed 'donors' pledging are not an actor"))
U(d, "Speaking by video to the conference, Masra said Chad had opened its borders", "since April last year.",
  ("Chad", N, pos, "", "own conduct and figures, self-praise: neutral, positive"))
U(d, "\"We have shared our water, our land and our schools.", "he said.",
  ("Chad", T, neu, "", "multi-sentence quote closed by its speaker; appeal to share the burden (asking for help)"))
U(d, "The prime minister added that N'Djamena would keep the border open", "prices have doubled.",
  ("Chad", T, neg, "", "role only ('The prime minister'); N'Djamena = metonym; open border + urgent request for help"))
U(d, "French Foreign Minister Stéphane Séjourné said the pledges would go", "without obstruction.",
  ("France", T, neu, "", "plan + ceasefire and access appeal to both parties; Paris conference co-host"))
U(d, "\"This war has been forgotten for too long,\" Séjourné told delegates.", "told delegates.",
  ("France", N, neg, "", "lament without appeal or judgement on an actor"))
U(d, "Germany's foreign minister, Annalena Baerbock, announced 244 million euros", "new aid.",
  ("Germany", S, pos, "", "aid pledged"))
U(d, "The EU's foreign policy chief, Josep Borrell, said the bloc would add", "for their people.",
  ("European Union", C, neg, "", "aid + accusation of both generals: rule 1; both sides -> target empty"))
U(d, "In Port Sudan, the foreign ministry of the army-backed government said it rejected", "of the country.",
  ("Sudan", C, neg, "", "rejection of a format in protest with a grievance ('disregard for the sovereignty'); three hosts -> target empty; Port Sudan = place"))
U(d, "The ministry said in a statement that it would not recognise", "in its absence.",
  ("Sudan", C, neg, "", "'The ministry' = Sudan's foreign ministry (context); refusal in protest"))
U(d, "The Sudanese authorities have also accused Chad of letting weapons", "repeatedly denied.",
  ("Sudan", C, neg, "Chad", "accusation"),
  ("Chad", N, neg, "", "second actor: denial (N'Djamena = metonym)"))
U(d, "A government spokesman in N'Djamena said on Monday that Chad", "will never be\".",
  ("Chad", N, neu, "", "unnamed spokesman of a named government speaks for it; statement of neutrality = denial, no judgement"))
U(d, "The UN refugee agency's representative in Chad, Laura Lo Castro", "West Darfur.",
  ("UNHCR", N, neu, "", "figures; UNHCR separate from United Nations in the name files"))
U(d, "UNHCR has relocated more than 200,000 people", "she said.",
  ("UNHCR", S, pos, "", "assistance by act; attribution tail"))
U(d, "UN High Commissioner for Refugees Filippo Grandi said in a message", "roads in June.",
  ("UNHCR", S, pos, "Chad", "praise of Chad + appeal for money (not a peace appeal): supporting"))
U(d, "The World Food Programme's country director, Pierre Honnorat, warned", "new funding.",
  ("World Food Programme", N, neg, "", "warning about own operations, no appeal stated"))
U(d, "WFP said it was feeding about 1.2 million people", "eastern Chad.",
  ("World Food Programme", S, pos, "", "aid by act"))
U(d, "Médecins Sans Frontières said its teams in Adré", "\"a crisis within a crisis\".",
  ("Médecins Sans Frontières", S, neg, "", "medical aid by act (rule 3) with an alarmed tone"))
U(d, "Halima, a mother of four from El Geneina, said she had walked", "her neighbourhood.",
  ("Halima", N, neg, "", "named refugee under her own name (invented); account, unnamed 'gunmen' blamed -> no target"))
U(d, "\"We want to go home, but only when the killing stops,\" she said.", "she said.",
  ("Halima", T, neg, "", "hope that the killing ends"))
U(d, "The United States' ambassador to the United Nations, Linda Thomas-Greenfield", "in West Darfur.",
  ("United States", C, neg, "Rapid Support Forces", "aid pledged + 'ethnic cleansing' accusation: rule 1; she speaks for the US, not the UN"))
U(d, "Its commander, Mohamed Hamdan Dagalo, wrote on X on Sunday", "talks in Jeddah.",
  ("Rapid Support Forces", T, neu, "", "'Its' = the RSF; conditional offer of a ceasefire and talks"))
