# ------------------------------------------------------------------ Japan's export curbs on South Korea after the wartime-labour rulings (scraped Korean English daily, 2019-07-02)
d = "page_japan_korea_export_scraped.txt"
U(d, "South Korea said Tuesday it would take Japan's new restrictions", "wartime forced labor.",
  ("South Korea", C, neg, "Japan", "WTO complaint announced (a response) + 'economic retaliation' = condemning"))
U(d, "Japan's Ministry of Economy, Trade and Industry announced Monday", "about 90 days.",
  ("Japan", C, neu, "South Korea", "export curbs aimed at one country = a taken measure against another side (sanction-like) = condemning, even though Tokyo denies retaliation; plain wording -> neutral sentiment (unsure: could be read as a neutral procedure)"))
U(d, "The ministry said trust between Tokyo and Seoul had been badly damaged", "in exports to Korea.",
  ("Japan", C, neg, "South Korea", "'The ministry' = METI; accusation of 'inappropriate cases' + loss of trust = judgement"))
U(d, "It also said it would begin procedures to remove Korea", "minimal export checks.",
  ("Japan", C, neu, "South Korea", "a further measure announced against Korea (white-list removal) = condemning; plain wording"))
U(d, "Trade, Industry and Energy Minister Sung Yun-mo said after an emergency meeting", "under WTO rules.",
  ("South Korea", C, neg, "Japan", "'defied the basic logic of trade', 'prohibited' = judgement"))
U(d, "\"It is hard to square this with the G20 declaration", "Sung said.",
  ("South Korea", C, neg, "Japan", "accusation of inconsistency, Osaka = place"))
U(d, "He said the government would respond firmly", "find other suppliers.",
  ("South Korea", C, neg, "Japan", "threatened response (WTO complaint, 'respond firmly') = condemning; help to companies is not aid to an actor"))
U(d, "The Ministry of Foreign Affairs said it had expressed deep regret", "withdraw the measure at once.",
  ("South Korea", C, neg, "Japan", "'deep regret' aimed at Japan's act + demand: rule 1"))
U(d, "Foreign Minister Kang Kyung-wha said the government would seek a diplomatic solution", "channels with Tokyo open.",
  ("South Korea", T, neu, "Japan", "diplomatic solution sought = calling_for_talks"))
U(d, "A senior Cheong Wa Dae official, speaking on condition of anonymity", "response of the industry.",
  ("South Korea", N, neu, "", "unnamed official of a named office speaks for South Korea; monitoring without appeal = neutral"))
U(d, "In Tokyo, Chief Cabinet Secretary Yoshihide Suga denied", "in line with WTO rules.",
  ("Japan", N, neg, "", "denial that the measure is retaliation = neutral, negative (guide)"))
U(d, "Foreign Minister Taro Kono said the government would need to explain patiently", "begun doing so.",
  ("Japan", N, neu, "", "own explanation plan, no judgement and no appeal"))
U(d, "Economy, Trade and Industry Minister Hiroshige Seko said Seoul had offered no satisfactory answer", "loss of trust.",
  ("Japan", C, neg, "South Korea", "blames Seoul for the loss of trust = judgement without stock words"))
U(d, "The Korea International Trade Association said some local manufacturers", "supply lines were hit.",
  ("Korea International Trade Association", T, neg, "", "business lobby under its own name; worry + appeal to both governments = calling_for_talks; target empty (both)"))
U(d, "Hiroaki Nakanishi, chairman of Japan's largest business lobby Keidanren", "companies in both countries.",
  ("Keidanren", T, pos, "", "chairman speaks for Keidanren; hope for a negotiated settlement = calling_for_talks"))
U(d, "The Korea Chamber of Commerce and Industry said the move was regrettable", "in both countries rely on.",
  ("Korea Chamber of Commerce and Industry", C, neg, "Japan", "'regrettable' aimed at Japan's move = judgement (guide)"))
U(d, "Lee In-young, floor leader of the ruling Democratic Party of Korea", "dispute over history.",
  ("Democratic Party of Korea", C, neg, "Japan", "ruling party under its own name; 'low blow' + using trade as a weapon = judgement"))
U(d, "Na Kyung-won, floor leader of the main opposition Liberty Korea Party", "relations sink so far.",
  ("Liberty Korea Party", C, neg, "", "criticises both Tokyo and the Moon government in one sentence (one row per actor): target empty (two targets)"))
U(d, "The Supreme Court ruled last October", "followed in November.",
  ("South Korea", N, neu, "", "court rulings = legal acts of a state body reported as done (background), no evaluation (unsure: could be read as narrative with no row, cf. batch5c's Moscow court)"))
