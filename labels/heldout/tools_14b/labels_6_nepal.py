# ------------------------------------------------------------------ Nepal's new map and the Lipulekh road row with India (full HTML, Kathmandu daily, 2020-05-20)
d = "page_nepal_map_lipulekh_webpage.html"
U(d, "The government on Wednesday released a revised political and administrative map", "the country's borders.",
  ("Nepal", N, neu, "", "dateline excluded; 'The government' = Nepal; publishing its own map = own act stated as fact, no judgement of India in the sentence (unsure: could be read as a measure against India)"))
U(d, "Unveiling the map in Kathmandu, Land Management Minister Padma Kumari Aryal", "all government documents.",
  ("Nepal", N, pos, "", "self-praise + plans = neutral, positive"))
U(d, "Aryal said she hoped India would not treat the step as a hostile act", "boundary question.",
  ("Nepal", T, pos, "India", "surname only; hope that India joins talks = calling_for_talks, target the party addressed"))
U(d, "The Cabinet had endorsed the map on Monday.", "The Cabinet had endorsed the map on Monday.",
  ("Nepal", N, neu, "", "a decision of the Cabinet reported as done (guide: a specific act is a statement); own procedure, no judgement"))
U(d, "Finance Minister Yubaraj Khatiwada, the government's spokesperson", "three disputed areas.",
  ("Nepal", N, neu, "", "facts about the map given by the government spokesperson"))
U(d, "The dispute flared on May 8, when Indian Defence Minister Rajnath Singh opened", "Kailash Mansarovar.",
  ("India", N, neu, "", "own act (road opening) + 'India says' purpose = neutral; Tibet = place"))
U(d, "Nepal's foreign ministry protested the next day", "work on Nepali soil.",
  ("Nepal", C, neg, "India", "protest + demand: 'acted on its own despite an agreement' is a judgement (rule 1); New Delhi = metonym"))
U(d, "India's external affairs ministry replied that the road lay wholly within Indian territory", "used by pilgrims.",
  ("India", N, neg, "", "rebuttal of Nepal's claim = denial (neutral, negative)"))
U(d, "It added that the two sides would hold foreign secretary-level talks", "coronavirus emergency.",
  ("India", T, neu, "Nepal", "'It' = India's ministry; commitment to hold talks = calling_for_talks"))
U(d, "Foreign Minister Pradeep Kumar Gyawali summoned Indian Ambassador Vinay Mohan Kwatra", "note of protest.",
  ("Nepal", C, neg, "India", "summoning + protest note = protest measure"))
U(d, "The Indian army chief, General Manoj Mukund Naravane, suggested", "reference to China.",
  ("India", C, neg, "Nepal", "the army chief speaks for India (guide: an army speaks for its state); insinuation that Nepal acts for a third country = accusation; China is only mentioned (no row); Kathmandu = place"))
U(d, "President Bidya Devi Bhandari, presenting the government's annual policies", "diplomatic means.",
  ("Nepal", T, neu, "India", "claim + return sought by diplomatic means, no judgement = calling_for_talks (unsure: could be neutral)"))
U(d, "Prime Minister KP Sharma Oli told the House of Representatives on Tuesday", "since 1962.",
  ("Nepal", C, neg, "India", "blames India for making the area disputed = accusation"))
U(d, "\"We will bring these lands back, and we will do it at the negotiating table", "Oli said.",
  ("Nepal", T, neu, "India", "claim pursued by talks, explicitly not by force = calling_for_talks"))
U(d, "He also blamed people entering Nepal illegally from India", "Indian media.",
  ("Nepal", C, neg, "India", "'He' = Oli; blame aimed at India (unsure target: people coming from India, not the Indian state); the Indian media's criticism is unattributed (no row)"))
U(d, "China's foreign ministry spokesperson Zhao Lijian told a briefing in Beijing", "make things worse.",
  ("China", T, neu, "", "hope for friendly talks and restraint addressed to both = calling_for_talks, target empty"))
U(d, "Within hours of Wednesday's launch, Indian External Affairs Ministry spokesperson", "territorial claim.",
  ("India", C, neg, "Nepal", "rejection + 'inflated territorial claim' = judgement"))
U(d, "He said India was willing to discuss the outstanding boundary questions", "diplomatic channels.",
  ("India", T, neu, "Nepal", "offer of talks = calling_for_talks"))
U(d, "Pushpa Kamal Dahal, executive chair of the ruling Nepal Communist Party", "three countries meet.",
  ("Nepal Communist Party", T, neu, "", "ruling party as its own actor (as batch5c's Kuomintang); appeal for trilateral talks"))
U(d, "Nepali Congress president Sher Bahadur Deuba said his party stood with the government", "country's territory.",
  ("Nepali Congress", S, pos, "Nepal", "opposition party backing the government = supporting Nepal"))
U(d, "Sanjeev Pradhan, a Kathmandu-based researcher on boundary issues", "sat down together.",
  ("Sanjeev Pradhan", T, neu, "", "named (invented) researcher = independent person; assessment ending in a call for the governments to talk = calling_for_talks"))
