# ------------------------------------------------------------------ Honduras switches recognition from Taiwan to China (scraped regional page, plain text, 2023-03-26)
d = "page_honduras_taiwan_scraped.txt"
U(d, "Honduras established diplomatic relations with China on Sunday", "13 formal allies.",
  ("Honduras", S, pos, "China", "recognition = backing by act (brief: recognition = supporting); the break with Taiwan states no protest; dateline 'TEGUCIGALPA - ' excluded"))
U(d, "The foreign ministers of the two countries, Eduardo Enrique Reina and Qin Gang", "dealings with Taiwan.",
  ("Honduras", S, pos, "China", "joint communique: Honduras's recognition of Beijing and its pledge; China's side comes in the next sentence (no China row here)"))
U(d, "China, for its part, said it valued the position", "Honduran government.",
  ("China", S, pos, "Honduras", "approval of Honduras's position"))
U(d, "Qin told reporters after the ceremony that Honduras had placed itself", "trade, infrastructure and tourism.",
  ("China", S, pos, "Honduras", "surname only; praise + offer of cooperation = supporting"))
U(d, "Hua Chunying, an assistant foreign minister, wrote on Twitter", "newest partner.",
  ("China", S, pos, "Honduras", "official on social media; welcome = supporting"))
U(d, "In Tegucigalpa, President Xiomara Castro wrote on Twitter", "products and workers.",
  ("Honduras", S, pos, "China", "approval of the tie with China ('doors of a world power'); Tegucigalpa = place"))
U(d, "Reina said this month that the country's debts had left it little room", "Honduras owes it.",
  ("Honduras", N, neg, "", "justification by debts; Taipei's refusals reported without a judgement word = neutral, negative (unsure: a reproach of Taiwan)"))
U(d, "He has denied reports that Honduras demanded $2.5 billion", "public debt.",
  ("Honduras", N, neg, "", "'He' = Reina; denial = neutral, negative"))
U(d, "Taiwan's Foreign Minister Joseph Wu told reporters in Taipei", "seldom keeps.",
  ("Taiwan", C, neg, "China", "accuses Beijing of luring allies (judgement); Honduras's demands criticised in passing; Taipei = place"))
U(d, "The ministry said it was ending relations with immediate effect", "embassy in Tegucigalpa.",
  ("Taiwan", C, neg, "Honduras", "'The ministry' = Taiwan's MOFA by context; breaking relations to protect its 'sovereignty and dignity' = a measure taken in protest (condemning)"))
U(d, "It said all cooperation projects in Honduras would also stop.", "would also stop.",
  ("Taiwan", N, neg, "", "end of cooperation as the procedural consequence of the break = neutral (unsure: could be read as a measure against Honduras)"))
U(d, "Officials in Taipei had cautioned Tegucigalpa for weeks", "the ministry said.",
  ("Taiwan", C, neg, "China", "attribution tail; warning that Beijing's offers come with strings = judgement of China; Tegucigalpa = metonym of the addressee"))
U(d, "President Tsai Ing-wen said in a recorded address that Beijing's campaign", "shared its values.",
  ("Taiwan", C, neg, "China", "'campaign to squeeze Taiwan off the world stage' = accusation"))
U(d, "The opposition Kuomintang said the loss of another ally", "had failed.",
  ("Kuomintang", C, neg, "Taiwan", "opposition party judging its own government ('the ruling party' = Taiwan's government, as 'DPP authorities' = Taiwan); Beijing only mentioned"))
U(d, "It urged the government to reopen dialogue across the Taiwan Strait.", "Taiwan Strait.",
  ("Kuomintang", T, neu, "Taiwan", "'It' = the KMT; appeal for cross-Strait dialogue addressed to its government"))
U(d, "Guatemala's foreign ministry said on Sunday that its ties with Taiwan remained solid", "welcoming Tsai.",
  ("Guatemala", S, pos, "Taiwan", "reaffirmed ties = support"))
U(d, "In Paraguay, President Mario Abdo Benítez said his government would keep", "friendship with Taipei.",
  ("Paraguay", S, pos, "Taiwan", "reaffirmed friendship; Taipei = metonym"))
U(d, "Washington, which had urged Tegucigalpa to stay with Taipei", "fail to materialize.",
  ("United States", C, neg, "China", "capital as metonym; judgement of Beijing's pledges; its earlier appeal to Honduras sits in the relative clause (one row)"))
U(d, "At home, the opposition National Party said the switch had been made behind the backs of Congress", "Chinese loans.",
  ("National Party of Honduras", C, neg, "Honduras", "opposition party judging its own government's decision"))
