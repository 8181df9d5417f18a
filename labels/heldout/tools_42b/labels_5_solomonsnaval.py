# ------------------------------------------------------------------ Solomon Islands pauses foreign naval visits (explainer/Q&A, 2022-09-01)
d = "page_solomons_naval_moratorium2022_explainer.txt"
# Not statements: site name, menu, section, headline, standfirst, byline, date/read time, [Image] caption with credit, question headings,
# ADVERTISEMENT, Related list, share, newsletter, topics, copyright.
# "The US Coast Guard cutter Oliver Henry was on patrol ..." / "It did not receive ... diverted" / "HMS Spey ... did not make" = narration, no row.
U(d, "On Tuesday the office of Prime Minister Manasseh Sogavare said the government had asked", "was in place.",
  ("Solomon Islands", N, neu, "", "a procedural pause announced, no one judged, no appeal (unsure: a measure that hits the US/UK, but stated as procedure)"))
U(d, "Sogavare, speaking at a ceremony in Honiara to welcome the US hospital ship USNS Mercy, said", "his office too late.",
  ("Solomon Islands", N, neu, "", "explanation of the delay = facts"))
U(d, "He said that by the time the green light came", "request for HMS Spey.",
  ("Solomon Islands", N, neu, "", "facts; implicitly deflects blame without a judgement"))
U(d, "\"We ask our partners for patience while we put our house in order;", "Sogavare said.",
  ("Solomon Islands", N, pos, "", "request for patience + reassurance about equal treatment = own conduct (unsure: could be calling_for_talks)"))
U(d, "The government's statement also complained that several foreign warships", "intended to stop.",
  ("Solomon Islands", C, neg, "", "'complained' of entries without clearance = grievance against unnamed states -> target empty"))
# "The White House made its displeasure clear." = the outlet's summary before the attributed sentence, no row.
U(d, "National Security Council spokesman John Kirby told reporters in Washington", "unhappy with the decision.",
  ("United States", C, neg, "Solomon Islands", "'unhappy with the decision' = negative judgement of another's act (unsure: could be neutral regret)"))
U(d, "Kirby called the failure to clear the Oliver Henry unfortunate", "the Mercy's entry.",
  ("United States", C, neg, "Solomon Islands", "'the failure ... unfortunate' = judgement like 'regrettable' (guide), with a welcome of the Mercy: rule 1 (unsure: mild)"))
U(d, "The US embassy in Canberra, which also covers Solomon Islands, said Honiara had formally told it", "on its partnership.",
  ("United States", N, neu, "", "notice received + continued work = neutral"))
U(d, "A Royal Navy spokesperson declined to comment on the port call", "completed its patrol.",
  ("United Kingdom", N, neu, "", "no comment + fact"))
U(d, "Australia's Defence Minister Richard Marles said it was for Honiara to decide", "respected its sovereignty.",
  ("Australia", S, neu, "Solomon Islands", "respect for the other's sovereign choice = approval (unsure: could be neutral)"))
U(d, "\"Australia intends to earn its place as Honiara's first call", "talking to Honiara regularly.",
  ("Australia", T, pos, "Solomon Islands", "continuing conversations = diplomatic course, positive"))
U(d, "New Zealand's Foreign Minister Nanaia Mahuta said Wellington would seek clarity", "shared security arrangements.",
  ("New Zealand", T, neu, "Solomon Islands", "seek clarity + appeal to consistency, no judgement"))
U(d, "In April Solomon Islands signed a security agreement with Beijing", "not been published.",
  ("Solomon Islands", N, neu, "", "signing a treaty is a specific act reported as done (guide) = neutral"),
  ("China", N, neu, "", "same act, the other party"))
U(d, "The United States, Australia and New Zealand all raised concerns at the time", "a Chinese naval presence.",
  ("United States", N, neg, "", "concern without an appeal, one row per listed state"),
  ("Australia", N, neg, "", "same"),
  ("New Zealand", N, neg, "", "same"))
U(d, "China's foreign ministry spokesman Wang Wenbin said on Wednesday that Beijing respected", "a sovereign state.",
  ("China", S, pos, "Solomon Islands", "respect/backing of the decision"))
U(d, "Wang said certain countries should stop \"pointing fingers\"", "in the region.",
  ("China", C, neg, "", "rebuke of unnamed 'certain countries' = judgement, target empty"))
U(d, "Opposition leader Matthew Wale said the moratorium was another sign", "tabled in parliament.",
  ("Matthew Wale", C, neg, "Solomon Islands", "opposition leader (no party in the name files) declared as a person; criticism of the government + demand"))
U(d, "The Pacific Islands Forum Fisheries Agency, which coordinates Operation Island Chief, said", "for their support.",
  ("Pacific Islands Forum Fisheries Agency", N, pos, "", "thanks to all incl. Solomon Islands + completion: no side taken, positive tone (unsure: thanks could be supporting)"))
U(d, "The government calls it a temporary measure that will end", "new procedure is adopted.",
  ("Solomon Islands", N, neu, "", "plan/procedure"))
U(d, "\"Honiara is entitled to set its own rules, but doing it this way", "in Port Vila.",
  ("Losana Vatu", C, neg, "Solomon Islands", "invented researcher; criticism of the manner ('sends a signal') (unsure: could be neutral analysis)"))
U(d, "Vatu said the partners should answer with patience rather than pressure.", "rather than pressure.",
  ("Losana Vatu", T, neu, "", "appeal to the partners for patience"))
U(d, "\"The worst thing now would be public lecturing;", "she said.",
  ("Losana Vatu", T, neu, "", "quote closed by the speaker: appeal for quiet talks"))
# "The Mercy is due to stay in Honiara for about two weeks." = narration, no row.
U(d, "Sogavare's office says partners will be informed", "new mechanism is ready.",
  ("Solomon Islands", N, neu, "", "plan to inform partners = neutral"))
