# ------------------------------------------------------------------ Pakistan floods, China's relief (CGTN-style state media, 2022-08-31)
d = "page_pakistan_floods_statemedia.txt"
U(d, "A Chinese air force transport plane carrying the first batch", "by the Chinese side.",
  ("China", S, neu, "Pakistan", "aid delivered = supporting; 'the Chinese side' = China"))
U(d, "Chinese Ambassador to Pakistan Nong Rong handed over the tents", "difficult times.",
  ("China", S, pos, "Pakistan", "aid handed over + solidarity"))
U(d, "\"The Chinese people feel the pain", "the ambassador said.",
  ("China", S, pos, "Pakistan", "sympathy + pledge to help rebuild"))
U(d, "Nong also recalled that Pakistan had emptied", "never forgotten.",
  ("China", S, pos, "Pakistan", "praise of Pakistan's past help = approval"))
U(d, "Chinese President Xi Jinping and Premier Li Keqiang sent messages", "in Islamabad.",
  ("China", S, pos, "Pakistan", "messages of sympathy = solidarity"))
U(d, "Prime Minister Shehbaz Sharif thanked the Chinese leadership", "every weather.",
  ("Pakistan", S, pos, "China", "thanks = approval"))
U(d, "Pakistan's Minister for Climate Change Sherry Rehman said", "with its assistance.",
  ("Pakistan", T, neg, "", "asking for humanitarian help = calling_for_talks (labels README), alarm in tone; addressed to the international community -> target empty"))
U(d, "At a regular press conference in Beijing on Wednesday", "joined rescue work.",
  ("China", S, neu, "Pakistan", "more aid announced"))
U(d, "The diplomat stressed that developed countries bear", "such as Pakistan.",
  ("China", C, neg, "", "'the diplomat' = Zhao; blame on developed countries (not one canonical actor) -> target empty"))
U(d, "Zhao said China was ready to work with Pakistan", "climate adaptation.",
  ("China", S, pos, "Pakistan", "offer of cooperation = offer of assistance"))
U(d, "The United Nations launched a 160-million-U.S.-dollar flash appeal", "face alone.",
  ("United Nations", T, neg, "", "flash appeal = asking for humanitarian help (calling_for_talks per labels README) + alarm"))
U(d, "In a separate statement, the Pakistan Red Crescent Society said", "Red Cross Society of China.",
  ("Pakistan Red Crescent Society", N, neu, "", "receipt of aid reported = fact"),
  ("Red Cross Society of China", S, neu, "Pakistan", "cash assistance given, reported by the receiver (X's act reported by Y)"))
