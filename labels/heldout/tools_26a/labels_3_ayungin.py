# ------------------------------------------------------------------ China Coast Guard water cannon at Ayungin (Second Thomas) Shoal (Philippine English-language daily, scraped, 2024-03-25)
d = "page_ayungin_watercannon_phdaily.txt"
# No rows: masthead/weather, menu, section path, headline, byline, share, reading time, image captions with credits, ADVERTISEMENT, READ: links, crossheads, tags, follow/subscribe prompts, most popular, footer.
U(d, "The Department of Foreign Affairs (DFA) on Monday summoned the chargé d'affaires", "lined up behind Manila.",
  ("Philippines", C, neg, "China", "long lead: summons + protest = condemning; 'the United States, Japan and Australia lined up behind Manila' is a summary of their statements below (no rows for them here)"))
U(d, "DFA spokesperson Teresita Daza said Undersecretary Theresa Lazaro had also raised the protest", "Chinese foreign ministry.",
  ("Philippines", C, neg, "China", "protests delivered by phone and by the embassy = acts of protest; the Chinese vice minister is only addressed"))
U(d, "\"Ayungin lies inside our exclusive economic zone.", "Daza said.",
  ("Philippines", C, neg, "China", "multi-sentence quote closed by the speaker = one unit; 'no lawful role' + demand to end harassment (rule 1)"))
U(d, "She said Saturday's incident made Manila wonder how much weight Beijing", "tensions at sea.",
  ("Philippines", C, neg, "China", "pronoun = Daza; doubting Beijing's good faith = judgement without stock words; Marcos and Xi are objects here"))
U(d, "The Armed Forces of the Philippines (AFP) said two China Coast Guard (CCG) ships turned", "unable to move on its own.",
  ("Philippines", C, neg, "China", "the military's account of the attack = accusation by describing the other side's attack; AFP = Armed Forces of the Philippines, not the news agency"))
U(d, "Several Navy personnel aboard were treated for minor injuries, the military said.", "the military said.",
  ("Philippines", N, neg, "", "casualty facts from 'the military', no blame in the sentence = neutral; attribution tail"))
U(d, "Commodore Jay Tarriela, the Philippine Coast Guard (PCG) spokesperson", "assist the damaged boat.",
  ("Philippines", N, neg, "", "factual account of the escort being blocked, no judgement word (unsure: could be read as an accusation)"))
U(d, "Tarriela said the Chinese side had also strung a floating barrier", "choke off the outpost.",
  ("Philippines", C, neg, "China", "surname only; 'a bid to choke off the outpost' = accusation"))
U(d, "Despite the attack, the rotation of troops aboard the BRP Sierra Madre", "West Philippine Sea said.",
  ("Philippines", N, pos, "", "task force reports own mission completed = neutral"))
# No row: "The Sierra Madre, a World War II-era ship ..." (background)
U(d, "China's coast guard said in a statement on Saturday that the Philippine vessels had entered", "turn them away.",
  ("China", C, neg, "Philippines", "coast guard = China (name files); accusation of entering without permission + own action justified"))
U(d, "Its spokesperson, Gan Yu, said Manila bore full responsibility", "what happened.",
  ("China", C, neg, "Philippines", "'Its' = the CCG; 'full responsibility' = blame; Manila = metonym"))
U(d, "At a regular briefing in Beijing on Monday, foreign ministry spokesperson Lin Jian said", "the grounded warship.",
  ("China", C, neg, "Philippines", "openness to talks + 'would never allow' (a warning): the threat decides (unsure: could be calling_for_talks)"))
U(d, "The Chinese Embassy in Manila, in a separate statement, said it rejected as groundless", "other countries.",
  ("China", N, neg, "", "denial of accusations = neutral, negative; aimed at the US and others -> target empty"))
# No row: "The incident drew swift reactions from Manila's partners." (summary line)
U(d, "In a statement released on Saturday, US State Department spokesperson Matthew Miller said Washington backed", "the whole region.",
  ("United States", C, neg, "China", "backing + denunciation in one sentence: the judgement decides (one row per actor)"))
U(d, "Miller said the 1951 Mutual Defense Treaty covered armed attacks", "South China Sea.",
  ("United States", S, neu, "Philippines", "treaty commitment restated = backing of the ally (unsure: could be read as a deterrent warning to China)"))
U(d, "Japan's ambassador-designate, Endo Kazuya, said on X that Tokyo was deeply concerned", "at the shoal.",
  ("Japan", N, neg, "", "concern without an appeal or a judgement = neutral, negative"))
U(d, "Endo said Japan stood with the Philippines", "last week.",
  ("Japan", S, pos, "Philippines", "surname only; solidarity = supporting"))
U(d, "Australian Ambassador HK Yu said Canberra shared Manila's serious concerns", "Law of the Sea.",
  ("Australia", T, neg, "", "concern + appeal for restraint and law = calling_for_talks; Canberra = metonym; no side named -> target empty"))
U(d, "The delegation of the European Union and the embassies of Canada, France and Germany", "support for the Philippines.",
  ("European Union", S, pos, "Philippines", "list of four acting together = one row each"),
  ("Canada", S, pos, "Philippines", "same list"),
  ("France", S, pos, "Philippines", "same list"),
  ("Germany", S, pos, "Philippines", "same list"))
U(d, "National Security Adviser Eduardo Año said he had called a meeting", "options for the President.",
  ("Philippines", N, neu, "", "own procedure = neutral"))
U(d, "Malacañang said Marcos had been briefed", "security cluster.",
  ("Philippines", N, neu, "", "Malacañang = metonym for the presidency; procedure = neutral"))
U(d, "Defense Secretary Gilberto Teodoro said China's behavior showed", "on the Sierra Madre.",
  ("Philippines", C, neg, "China", "judgement + accusation; Beijing = metonym"))
# No rows: the Bataraza fishermen (unnamed residents), "Maritime security analysts", the background on China's claims and the 2016 ruling,
# the March 5 recap (narration).
