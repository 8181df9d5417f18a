# ------------------------------------------------------------------ Paraguay moves its embassy in Israel back to Tel Aviv (world-reacts roundup, 2018-09-06)
d = "page_paraguay_embassy_telaviv_reversal2018_worldreacts.txt"
# Not statements: masthead, menu, section, headline, standfirst, byline/time, reading time, share bar with comment count,
# [Photo n/4] captions, capitals crossheads (one per government), ADVERTISEMENT, "Related:", tags, newsletter prompt,
# most read, copyright.
# "ASUNCIÓN/JERUSALEM - Barely three months after it opened ..." = narration, no row (dateline excluded anyway).

U(d, "The move, inaugurated in May by former President Horacio Cartes", "took office on August 15.",
  ("Paraguay", N, neu, "", "the reversal reported as done, no judgement in the sentence; Cartes and Netanyahu only narrated"))
U(d, "Foreign Minister Luis Alberto Castiglioni said the decision put Paraguay back in line", "at the negotiating table.",
  ("Paraguay", T, neu, "", "status to be settled by negotiation = appeal for talks"))
U(d, "He said the previous government had taken its step without consultation", "such a decision required.",
  ("Paraguay", C, neg, "", "criticism of Paraguay's own previous government (target: own state, left empty)"))
U(d, "Later on Wednesday Castiglioni said he regretted Israel's response", "would not change course.",
  ("Paraguay", C, neg, "Israel", "'regretted' aimed at Israel's act = judgement"))
U(d, "President Abdo Benítez, in remarks carried by the state news agency IP", "the Arab world alike.",
  ("Paraguay", N, pos, "", "reassurance about its own friendships, attributed through the state agency (agency not an actor)"))
U(d, "Netanyahu, who also holds the foreign affairs portfolio, ordered the embassy in Asunción closed", "within hours of the announcement.",
  ("Israel", C, neg, "Paraguay", "embassy closure + recall of the ambassador = measure (condemning)"))
U(d, "In a statement, the prime minister's office said Paraguay had gone back on its word", "harder from now on.",
  ("Israel", C, neg, "Paraguay", "accusation + warning about relations"))
U(d, "Netanyahu was quoted by Israeli media as telling ministers", "domestic quarrels.",
  ("Israel", C, neg, "Paraguay", "passive attribution; judgement of Paraguay's motives"))
U(d, "Foreign Minister Riyad al-Maliki said, according to the official news agency WAFA", "a principled decision.",
  ("Palestine", S, pos, "Paraguay", "opening an embassy in reward + praise = backing by act"))
U(d, "President Mahmoud Abbas telephoned Abdo Benítez on Wednesday evening to thank him", "WAFA reported.",
  ("Palestine", S, pos, "Paraguay", "thanks by telephone; agency attribution tail"))
U(d, "PLO Secretary-General Saeb Erekat said Paraguay had chosen the side of international law", "over pressure.",
  ("Palestine", S, pos, "Paraguay", "praise; PLO = Palestine (name files)"))
U(d, "Secretary-General Ahmed Aboul Gheit praised what he called a courageous correction", "their own moves.",
  ("Arab League", S, pos, "Paraguay", "praise + appeal to the US and Guatemala to reconsider (no peace appeal, no explicit judgement): the welcome decides (unsure)"))
U(d, "A two-line Foreign Ministry statement: Ankara salutes Asunción", "international law.",
  ("Turkey", S, pos, "Paraguay", "roundup line without a main verb; Ankara/Asunción = metonyms"))
U(d, "A foreign ministry spokesman in Amman welcomed the step", "leading to two states.",
  ("Jordan", T, pos, "", "welcome + negotiation appeal: rule 2 before rule 3; unnamed spokesman of a named government"))
U(d, "Cairo's welcome for a decision", "Security Council resolutions\".",
  ("Egypt", S, pos, "Paraguay", "verbless roundup line; Cairo = Egypt"))
U(d, "The Jeddah-based body said it hoped other governments would keep their missions", "is negotiated.",
  ("Organisation of Islamic Cooperation", T, neu, "", "'the Jeddah-based body' = OIC (crosshead); hope + negotiated settlement"))
U(d, "Foreign ministry spokesman Bahram Ghasemi said Paraguay's choice showed", "had failed.",
  ("Iran", C, neg, "United States", "the point is a jab at Washington's campaign (judgement of the US)"))
U(d, "Spokesman Fawzi Barhoum described the reversal as a blow", "Arab identity.",
  ("Hamas", C, neg, "", "accusation aimed at the US and Israel together -> target empty"))
U(d, "A State Department official, speaking on condition of anonymity, said the United States respected", "would stay in Jerusalem.",
  ("United States", N, neu, "", "unnamed official of a named government speaks for it; respect for a sovereign choice + own plan, no evaluation"))
U(d, "The foreign ministry in Guatemala City said its own embassy", "would remain where it is.",
  ("Guatemala", N, neu, "", "own plan, no judgement"))
# "Honduras, which has said it is studying a move of its own, made no comment." = non-answer, no row.
U(d, "Asked about the decision, UN spokesman Stéphane Dujarric said", "between the parties.",
  ("United Nations", T, neu, "", "final status through negotiations = calling_for_talks"))
U(d, "No formal statement; a spokesperson in Brussels pointed reporters", "until a peace agreement.",
  ("European Union", N, neu, "", "procedural: pointing to a standing position, no welcome or appeal in its own words (unsure: could be talks)"))
U(d, "Marcela Insfrán Ayala, a political scientist at the Catholic University of Asunción", "his predecessor.",
  ("Marcela Insfrán Ayala", N, neu, "", "invented scholar; analysis of motives, no judgement"))
U(d, "She said Israel's closure of its embassy was", "took long ago\".",
  ("Marcela Insfrán Ayala", C, neg, "Israel", "'disproportionate' = judgement of Israel's measure"))
U(d, "Aaron Lieberthal, a senior fellow at the Jerusalem Centre for Regional Diplomacy", "weighing a similar move.",
  ("Aaron Lieberthal", N, neu, "", "invented analyst; reading of Israel's intent, no evaluation"))
U(d, "He urged both governments to keep consular channels open", "pay for the quarrel.",
  ("Aaron Lieberthal", T, neu, "", "appeal to keep channels open"))
