# ------------------------------------------------------------------ Japan-China row over Takaichi's Taiwan remarks (Xinhua-style state media, 2025-11-19)
d = "page_japan_china_takaichi_statemedia.txt"
U(d, "China on Wednesday again urged Japan to withdraw", "bear all the consequences.",
  ("China", C, neg, "Japan", "demand + threat of a firm response ('bear all the consequences') = condemning; dateline excluded"))
U(d, "Foreign Ministry spokesperson Mao Ning told a regular press conference", "deeply offended the Chinese people.",
  ("China", C, neg, "Japan", "judgement of the PM's remarks (Takaichi = Japan)"))
U(d, "\"Japan should face up to its mistake", "territorial integrity.\"",
  ("China", C, neg, "Japan", "quotation continued after the attribution ('Mao said'), one unit up to its close; 'playing with fire' + warning = judgement and veiled threat"))
U(d, "Asked about reports that China had suspended imports", "technical documents it promised.",
  ("China", C, neg, "Japan", "import suspension (a sanction) justified by Japan's failure to deliver = measure against a side + accusation (unsure: could be read as a neutral technical explanation)"))
U(d, "\"Given how strongly the Chinese public feels", "she said.",
  ("China", C, neg, "Japan", "links the trade measure to the 'wrong remarks' = judgement without stock words"))
U(d, "Liu lodged stern representations over Takaichi's remarks", "the ministry said.",
  ("China", C, neg, "Japan", "formal protest + demand to retract; the meeting itself in the previous paragraph is narrative (no row)"))
U(d, "Speaking to reporters after the talks, Liu said", "what it had heard.",
  ("China", N, neg, "", "dissatisfaction with the talks, no judgement of an actor and no appeal = neutral, negative"))
U(d, "Vice Foreign Minister Sun Weidong summoned Japanese Ambassador", "firmly repelled.",
  ("China", C, neg, "Japan", "summons + warning that intervention = aggression and would be repelled (threat)"))
U(d, "In Tokyo, Chinese Ambassador Wu Jianghao, summoned to the Japanese Foreign Ministry", "the Chinese Embassy said.",
  ("Japan", C, neg, "China", "Japan summoning the Chinese ambassador = protest by act (reported inside China's sentence)"),
  ("China", C, neg, "Japan", "Wu's 'solemn representations' + dismissal of Japan's complaints; two actors' positions in one sentence = two rows"))
U(d, "Senior Colonel Jiang Bin, spokesperson for the Ministry of National Defense", "People's Liberation Army.",
  ("China", C, neg, "Japan", "conditional military threat"))
U(d, "The same day, the Foreign Ministry and Chinese diplomatic missions in Japan advised", "put Chinese nationals at risk.",
  ("China", C, neg, "Japan", "travel advisory (pressure measure) + blame on 'provocative remarks by Japanese leaders'"))
U(d, "The Ministry of Education on Sunday issued a study-abroad alert", "heading to Japan.",
  ("China", N, neg, "", "advisory with no blame stated = neutral; contrast with the travel advisory above (unsure)"))
U(d, "Also on Sunday, a China Coast Guard formation carried out", "in accordance with the law.",
  ("China", N, neu, "", "own patrol reported as done with no judgement = neutral (guide)"))
U(d, "A spokesperson for the Taiwan Affairs Office of the State Council said", "would lead nowhere.",
  ("China", C, neg, "Taiwan", "TAO = China; 'DPP authorities' = Taiwan; accusation"))
U(d, "Japanese Chief Cabinet Secretary Minoru Kihara told a press conference on Wednesday", "long-standing position.",
  ("Japan", N, neg, "", "refusal to retract, defended as consistency = neutral (a denial-like answer), negative"))
U(d, "Kihara said Tokyo remained open to communication", "at various levels.",
  ("Japan", T, neu, "China", "offer of dialogue = calling_for_talks; Beijing = metonym"))
U(d, "He added that Japan had not been formally notified", "seafood imports.",
  ("Japan", N, neu, "", "'He' = Kihara; fact"))
U(d, "Former Japanese Prime Minister Yukio Hatoyama said in posts", "more military spending.",
  ("Yukio Hatoyama", C, neg, "Japan", "former PM = independent person; accusation against the sitting PM (Japan)"))
U(d, "Hiroshi Ogushi of the main opposition Constitutional Democratic Party of Japan demanded", "decision to go to war.",
  ("Constitutional Democratic Party of Japan", C, neg, "Japan", "opposition party under its own name; demand to retract + 'tantamount to a decision to go to war' = judgement"))
U(d, "Takaichi said at the Diet on Nov. 7 that a contingency", "collective self-defense.",
  ("Japan", N, neu, "", "the original remark, given as background: a statement of Japan's legal position with no judgement of an actor = neutral (unsure: Beijing reads it as a threat)"))
