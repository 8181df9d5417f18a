# ------------------------------------------------------------------ Medvedev's visit to Kunashiri and Japan's recall of its envoy (Japanese English-language daily, 2010-11-02)
d = "page_kunashiri_medvedev2010_jpdaily.txt"
# Not statements: masthead, date/weather bar, menu, section, headline, standfirst, byline, time stamp, [Photo] captions with credits,
# ADVERTISEMENT, crossheads, Related:, tags, share bar, most viewed, copyright.
U(d, "Japan will temporarily recall its ambassador to Moscow", "off Hokkaido.",
  ("Japan", C, neg, "Russia", "recall of an envoy in protest = measure (condemning); long lead with background"))
U(d, "Maehara told a news conference that Ambassador Masaharu Kono", "inside Russia.",
  ("Japan", N, neu, "", "surname only; plan and procedure of the recall"))
U(d, "\"The four islands belong to Japan", "Maehara said.",
  ("Japan", C, neg, "Russia", "rejects the visit's claim to the islands ('opposes X's annexation' = judgement)"))
U(d, "Maehara also warned that any further visits", "firmer response.",
  ("Japan", C, neg, "Russia", "threatened response = condemning"))
U(d, "On Monday, Maehara called in Russian Ambassador Mikhail Bely", "about the relationship.",
  ("Japan", C, neg, "Russia", "summons + formal protest + judgement on Moscow's sincerity"))
U(d, "Bely said after the meeting that a head of state's trips", "on to Moscow.",
  ("Russia", N, neg, "", "rejection of the protest without a counter-charge = denial, neutral negative"))
U(d, "Prime Minister Naoto Kan told the Diet that the visit was deeply disappointing", "Northern Territories.",
  ("Japan", C, neg, "Russia", "'deeply disappointing' aimed at Russia's act, like 'regrettable' = judgement"))
U(d, "Chief Cabinet Secretary Yoshito Sengoku said the government would weigh its response calmly", "had reported.",
  ("Japan", C, neg, "Russia", "'did not rule out further steps' = veiled threat of a response; unsure: could be neutral procedure"))
U(d, "He said Japan still intended to welcome Medvedev", "take place there.",
  ("Japan", T, pos, "Russia", "'He' = Sengoku; hope for a leaders' meeting = calling_for_talks"))
U(d, "Katsuya Okada, secretary general of the ruling Democratic Party of Japan, said", "call the ambassador home.",
  ("Democratic Party of Japan", S, pos, "Japan", "party (parties.csv) backs the government's measure"))
# "Medvedev, who flew in from Petropavlovsk-Kamchatsky ..., spent about four hours on Kunashiri, ..." = narration, no row.
U(d, "During his stay he toured a geothermal power plant", "at Yuzhno-Kurilsk.",
  ("Russia", N, pos, "", "Medvedev = Russia; tour (narration) + spending plans = neutral, positive tone"))
U(d, "\"People who live on the Kurils should not have to feel", "released by the Kremlin.",
  ("Russia", N, pos, "", "plans and pledges about its own region, no judgement of Japan"))
U(d, "A Kremlin source told Russian news agencies", "in the future.",
  ("Russia", N, neu, "", "unnamed official of a named government; plan of further visits stated as fact"))
U(d, "Sakhalin Governor Alexander Khoroshavin, who accompanied the president, said", "not been forgotten.",
  ("Russia", N, pos, "", "regional governor resolves to Russia; self-praise"))
U(d, "Russian Foreign Minister Sergei Lavrov said Tokyo's reaction was out of place", "hear Moscow's view.",
  ("Russia", C, neg, "Japan", "judgement of Japan's reaction + summons of its ambassador"))
U(d, "The Russian Foreign Ministry said in a statement that the islands had passed", "on that basis.",
  ("Russia", T, neu, "Japan", "position + offer to keep talking on a peace treaty (conditional offer of talks = calling_for_talks)"))
U(d, "The Russian Embassy in Tokyo said it regarded the matter as closed.", "as closed.",
  ("Russia", N, neu, "", "procedural brush-off, no judgement"))
U(d, "In Washington, State Department spokesman Philip Crowley told reporters", "the visit itself.",
  ("United States", S, pos, "Japan", "support for Japan's position; declining to comment on the visit adds nothing"))
U(d, "Crowley said Washington hoped the two countries would settle", "through negotiation.",
  ("United States", T, pos, "", "hope for a negotiated settlement; both sides -> target empty"))
U(d, "Sadakazu Tanigaki, president of the opposition Liberal Democratic Party, said", "from its neighbors.",
  ("Liberal Democratic Party of Japan", C, neg, "Japan", "opposition party leader (parties.csv) judges his own government; target = Japan (the Kan government)"))
U(d, "Hokkaido Governor Harumi Takahashi said she felt strong indignation", "return of the islands.",
  ("Japan", C, neg, "Russia", "prefectural governor resolves to Japan; indignation at the act (anger, a judgement) + demand on her own government"))
U(d, "In the port town of Nemuro, the closest point to the islands, Tsuneo Hayakawa", "in disbelief.",
  ("Tsuneo Hayakawa", N, neg, "", "invented former islander under his own name; reaction, no judgement"))
U(d, "\"I have waited more than 60 years", "Hayakawa said.",
  ("Tsuneo Hayakawa", T, neg, "Japan", "appeal to his own government to negotiate seriously (implied criticism, no judgement word) = calling_for_talks"))
U(d, "Professor Keiko Ishida, a specialist in Russian politics", "Prime Minister Vladimir Putin.",
  ("Keiko Ishida", N, neu, "", "invented scholar; reading of motives, no judgement"))
U(d, "She called the temporary recall a measured step", "further gestures.",
  ("Keiko Ishida", T, neu, "", "approval of the recall's restraint + appeal to both governments to restart talks; the appeal decides (rule 2 before 3)"))
