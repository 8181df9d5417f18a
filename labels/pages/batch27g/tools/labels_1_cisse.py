# ------------------------------------------------------------------ Mali: abduction of Soumaila Cisse near Niafunke (West African regional daily, scraped, 2020-03-27)
d = "page_mali_cisse_niafunke2020_regionaldaily.txt"
# Not statements: masthead, menu, breadcrumb, COVID ticker, headline and standfirst (the body carries the same positions),
# byline, photo captions and credits, ADVERTISEMENT, Related line, tags, share bar, most read, newsletter prompt, copyright.
# "The head of Mali's main opposition party was still missing ..." / "Soumaila Cisse, 70, ..." = narration, no row.
# "His bodyguard was killed ... according to people who were travelling with the convoy." = unnamed sources giving a toll, no row.
U(d, "In a communiqué read on national television on Thursday evening", "the people with him.",
  ("Mali", N, neg, "", "government communique: dismay + own search effort, no judgement on anyone = neutral, negative tone"))
U(d, "Prime Minister Boubou Cissé, who is not related", "following several leads.",
  ("Mali", N, neu, "", "office holder by title and name; facts on the search"))
U(d, "\"There is no question of abandoning a single citizen", "the prime minister said.",
  ("Mali", N, pos, "", "'the prime minister' = Boubou Cisse; reassurance about own conduct = neutral"))
U(d, "\"Our services are working day and night", "the calm they need.\"",
  ("Mali", T, neu, "", "quote carried on after the attribution; appeal to citizens for calm = calling_for_talks (unsure: could be neutral, addressed to the public)"))
# "The URD was in no mood for calm." = transition line by the paper, no row.
U(d, "Its first vice-president, Salikou Sanogo, said the government had known", "without serious protection.",
  ("Union for the Republic and Democracy", C, neg, "Mali", "reported clause; only the party's position is a statement; blame for negligence without a stock word"))
U(d, "\"The state let him walk into a zone it no longer controls", "Sanogo said at the party's headquarters.",
  ("Union for the Republic and Democracy", C, neg, "Mali", "surname only after full introduction; judgement on the state"))
U(d, "\"Patience will not bring Soumaïla home.\"", "\"Patience will not bring Soumaïla home.\"",
  ("Union for the Republic and Democracy", C, neg, "Mali", "speaker carried across a paragraph break; rejects the government's call for patience (unsure: could be neutral)"))
U(d, "The party called on the authorities to postpone", "anything that happened to him.",
  ("Union for the Republic and Democracy", C, neg, "Mali", "demand + warning to hold the government to account = threat (rule 1)"))
U(d, "The government turned that request down on Friday morning.", "turned that request down on Friday morning.",
  ("Mali", N, neu, "", "refusal of a request with no judgement stated = neutral"))
U(d, "A spokesman for the Ministry of Territorial Administration said", "would open as planned.",
  ("Mali", N, neu, "", "unnamed spokesman of a named ministry; procedure"))
# "The abduction drew swift reactions abroad." = summary line, no row.
U(d, "In Addis Ababa, the chairperson of the African Union Commission", "freed without conditions.",
  ("African Union", C, neg, "", "condemnation + demand (rule 1); culprit unknown -> target empty"))
U(d, "The ECOWAS Commission said in a statement from Abuja", "find the missing men.",
  ("ECOWAS", S, neg, "Mali", "shock + solidarity with the government = supporting; tone negative (shock)"))
U(d, "The head of the UN peacekeeping mission, Mahamat Saleh Annadif", "immediately and unharmed.",
  ("United Nations", T, neu, "", "passive attribution ('was quoted in a MINUSMA statement'); call for release with no judgement = calling_for_talks; kidnappers unnamed -> target empty"))
U(d, "The mission said it had placed its aerial assets", "help with the search.",
  ("United Nations", S, neu, "Mali", "backing by act: assets put at Mali's disposal"))
U(d, "France's Foreign Ministry said Paris condemned the kidnapping", "bodyguard who was killed.",
  ("France", C, neg, "", "condemnation + condolences; rule 1; culprit unnamed"))
U(d, "French officials added, according to a diplomatic source in Bamako", "if asked.",
  ("France", S, neu, "Mali", "second-hand attribution to officials of a named government; offer of military support = supporting"))
U(d, "The United States Embassy in Bamako said it was following", "election campaign.",
  ("United States", N, neg, "", "monitoring + being troubled, no appeal = neutral, negative"))
U(d, "The European Union's delegation in Mali said in a brief message", "take place in peace.",
  ("European Union", T, pos, "", "hope for the hostage's return and a peaceful vote = calling_for_talks"))
# "Analysts in Bamako warned that ..." = unnamed analysts, no row.
U(d, "\"For the first time, a figure of this rank has been taken", "Governance Studies in Bamako.",
  ("Fatoumata Kanouté", C, neg, "Mali", "invented researcher; criticism of the state's silence (unsure: could be neutral)"))
U(d, "Kanouté said the government had gambled", "most visible way possible.",
  ("Fatoumata Kanouté", C, neg, "Mali", "surname only; judgement without stock words (lost bet)"))
U(d, "\"The authorities now have to talk to whoever has him", "she said.",
  ("Fatoumata Kanouté", T, neu, "Mali", "appeal for negotiation instead of force = calling_for_talks"))
U(d, "In Niafunké, Hamidou Maïga, a schoolteacher and municipal councillor", "the road to Koumaïra.",
  ("Hamidou Maïga", N, neg, "", "invented local witness; account of earlier warnings, no judgement yet"))
U(d, "\"Nobody listened to us. Now they send helicopters,\"", "Maïga said by telephone.",
  ("Hamidou Maïga", C, neg, "Mali", "two-sentence quote closed by its speaker; reproach to the authorities"))
U(d, "He said the town's elders had offered to act as go-betweens", "before the rains.",
  ("Hamidou Maïga", T, pos, "", "offer of mediation + hope for release = calling_for_talks"))
U(d, "The government said on Friday afternoon that a first contact", "without giving further details.",
  ("Mali", N, neu, "", "fact about contacts, no appeal or judgement"))
# "Polling stations in the capital were being disinfected ..." = narration, no row.
