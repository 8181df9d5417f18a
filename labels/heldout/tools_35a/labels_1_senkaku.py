# ------------------------------------------------------------------ Senkaku trawler captain, Japan-China row (Japanese English-language daily, full HTML, 2010-09-26)
d = "page_senkaku_trawler_jpdaily.html"
# No rows: headline, standfirst, kicker, byline, captions ("1 of 3" ...), crossheads, Related:, tags, comments, most read.
U(d, "The government on Saturday flatly refused Beijing's demand", "lowest point in years.",
  ("Japan", N, neg, "China", "dateline excluded; long lead: refusal to apologise = denial of fault (neutral, negative); the release is narration; Beijing = metonym inside an object (\"Beijing's demand\"), China not a row here (its demand has its own sentence below) (unsure: refusal could be read as condemning)"))
U(d, "In a statement posted on its website soon after the chartered plane", "say sorry and pay for it.",
  ("China", C, neg, "Japan", "foreign ministry: 'affront to China's territorial rights' + demand for apology and compensation; Fuzhou = place"))
U(d, "The ministry said Tokyo had no right to apply its domestic law", "had any standing.",
  ("China", C, neg, "Japan", "'the ministry' = China's (previous sentence); calls Japan's acts without right or standing = judgement; Tokyo = metonym"))
U(d, "Japan's Foreign Ministry answered late Saturday", "would not be considered.",
  ("Japan", N, neg, "China", "rejection of the demand as baseless = denial (neutral, negative)"))
U(d, "Foreign Minister Seiji Maehara's message to Beijing was blunt:", "any ground for compensation.\"",
  ("Japan", N, neg, "China", "quote opened after a colon; refusal to apologise = denial; Beijing = addressee"))
U(d, "Maehara went further, suggesting that if anyone owed compensation", "two coast guard vessels.",
  ("Japan", C, neg, "China", "surname only; turns the blame on the Chinese side (damage to its vessels) = accusation"))
U(d, "Chief Cabinet Secretary Yoshito Sengoku, the government's top spokesman,", "what to do.",
  ("Japan", N, neu, "", "denial of political interference in the release; own procedure"))
U(d, "\"There is nothing for Japan to apologize for.", "Sengoku said.",
  ("Japan", C, neg, "", "multi-sentence quote closed by its speaker = one unit; accusation that the boat rammed the patrol ships (the captain, not a state: target empty) (unsure: could be a denial = neutral)"))
U(d, "\"We would like both countries to step back now", "he said.",
  ("Japan", T, pos, "", "'he' = Sengoku (quote continued in the next paragraph); wish to step back and rebuild ties = calling_for_talks, both sides"))
U(d, "A senior official of the Naha District Public Prosecutors Office", "served no purpose.",
  ("Japan", N, neu, "", "unnamed official of a named state body = Japan; the release decision and its reasons, no evaluation"))
# "The captain, Zhan Qixiong, 41, was released before dawn ..." narration, no row.
U(d, "Shown on state television stepping off the aircraft", "seized his boat.",
  ("Zhan Qixiong", C, neg, "Japan", "'he' = the captain (independent person under his own name); says the wrong was done to him by those who seized his boat = accusation"))
# "His trawler collided ..." background narration, no row.
U(d, "Beijing had turned up the pressure throughout the month", "after midnight.",
  ("China", C, neg, "Japan", "Beijing = metonym; repeated summons of the ambassador = protest by act; Niwa is an object"))
U(d, "State Councilor Dai Bingguo, who outranks the foreign minister,", "free the men at once.",
  ("China", T, neg, "Japan", "demand to one side to release with no judgement word, 'political way out' = calling_for_talks, negative"))
U(d, "After a court on Ishigaki extended the captain's detention", "in the East China Sea.",
  ("China", C, neg, "Japan", "'the government in Beijing' suspends exchanges and talks = measures against another side; the court's extension is narration"))
U(d, "It also called off a trip by 1,000 Japanese young people", "Shanghai Expo.",
  ("China", C, neg, "Japan", "'It' = the government in Beijing; a further measure"))
U(d, "Foreign Ministry spokeswoman Jiang Yu told a regular briefing on Tuesday", "entirely with Tokyo.",
  ("China", C, neg, "Japan", "role then name; blame laid on Tokyo (metonym)"))
U(d, "\"What Japan has done is wrong from start to finish.", "Jiang said.",
  ("China", C, neg, "Japan", "two-sentence quote closed by surname; judgement + demand for release (rule 1)"))
U(d, "The same evening in New York, Premier Wen Jiabao", "of Japan's own making.",
  ("China", C, neg, "Japan", "demand + threat of further steps = condemning; New York = place"))
U(d, "Trading houses in Tokyo reported this week", "no such ban existed.",
  ("China", N, neg, "", "Commerce Ministry denial of an export ban = neutral, negative; trading houses are not actors"))
U(d, "State media also reported that security authorities in Hebei province", "filming military facilities.",
  ("China", N, neu, "", "state procedure against four Japanese reported by state media (provincial authorities = China); no judgement stated (unsure: could be read as a retaliatory measure = condemning, or narration)"))
U(d, "Maehara said Saturday that Tokyo had asked Beijing", "their early release.",
  ("Japan", T, neu, "China", "request for consular access and release addressed to one side, no judgement = calling_for_talks"))
U(d, "Prime Minister Naoto Kan, speaking in New York on Friday", "the larger picture.",
  ("Japan", T, neu, "", "appeal for calm to both neighbours = calling_for_talks"))
U(d, "He also repeated that, as far as Tokyo was concerned,", "part of Japan.",
  ("Japan", N, neu, "", "'He' = Kan; own sovereignty claim, no judgement of another actor"))
# "Kan did not meet Wen ..." non-event, no row. "Reaction abroad was largely one of relief." summary line, no row.
U(d, "Maehara told reporters after meeting Secretary of State Hillary Clinton", "under Japanese administration.",
  ("United States", S, pos, "Japan", "Clinton's assurance reported by Maehara = a US position (treaty cover); Maehara only relays it, no Japan row"))
U(d, "Adm. Mike Mullen, chairman of the U.S. Joint Chiefs of Staff,", "its ally in the region.",
  ("United States", S, pos, "Japan", "backing of an ally"))
U(d, "On Friday, State Department spokesman Philip Crowley said Washington was pleased", "heat out of the dispute.",
  ("United States", S, pos, "Japan", "welcome of Japan's decision, no appeal in this sentence = supporting"))
U(d, "\"We would encourage both governments to keep working", "he added.",
  ("United States", T, neu, "", "'he' = Crowley; appeal to both to keep talking"))
# "The United States takes no position on who owns the islands ..." background policy, no row.
U(d, "In Taipei, the Foreign Ministry welcomed the release", "claim to the islands.",
  ("Taiwan", T, pos, "", "Taiwan's MOFA (Taipei = place here, 'In Taipei'); welcome + hope for a peaceful settlement = rule 2 before 3"))
U(d, "A spokesman for President Ma Ying-jeou said Taipei would pursue", "common Chinese front.",
  ("Taiwan", N, neu, "", "presidential spokesman = Taiwan; own policy (no coordination with Beijing), no judgement; Taipei = metonym, Beijing = object"))
# "At home, the decision drew fire ..." summary line, no row.
U(d, "Sadakazu Tanigaki, president of the opposition Liberal Democratic Party,", "around the islands.",
  ("Liberal Democratic Party of Japan", C, neg, "Japan", "opposition party under its own name judging its own government"))
U(d, "\"The government has shown the whole world", "reporters in Tokyo.",
  ("Liberal Democratic Party of Japan", C, neg, "Japan", "'he' = Tanigaki, quote continued in its own paragraph"))
# Analysts, the unnamed diplomat in Tokyo, the Ishigaki fisherman: not actors, no rows.
