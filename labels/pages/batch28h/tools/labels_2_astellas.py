# ------------------------------------------------------------------ China's detention of an Astellas employee in Beijing (Embassy of Japan in China, news page, items 27 March - 4 April 2023)
d = "page_japan_china_astellas_detention2023_embassynews.txt"
# Not statements: bilingual masthead, language bar, breadcrumb, consular contact notice, item dates and headings, [Photo] captions,
# separators, Related links, page top, address, site policy, copyright.
# "On 4 April, the Embassy held an extraordinary safety seminar ..." = what the Embassy did, no position, no row.
U(d, "Ambassador Tarumi Hideo opened the seminar and told participants", "at every level.",
  ("Japan", N, neu, "", "the Embassy's own efforts for its national and contacts already made = plans and acts, no appeal in the sentence (unsure: could be calling_for_talks)"))
U(d, "The Ambassador also asked participants to review", "with the Embassy.",
  ("Japan", N, neu, "", "'The Ambassador' = Tarumi; practical advice to residents"))
U(d, "Representatives of the Japanese Chamber of Commerce and Industry in China thanked the Embassy", "for the time being.",
  ("Japanese Chamber of Commerce and Industry in China", S, pos, "Japan", "thanks to the Embassy = praise/approval; the trip postponement is a fact"))
U(d, "Mr. Ono Takeshi, a lawyer who advises Japanese companies", "learn of any charge.",
  ("Ono Takeshi", N, neg, "", "invented independent lawyer; procedure explained, a grim fact, no judgement of an actor"))
U(d, "Mr. Ono said that the uncertainty over which kinds of ordinary business information", "foreign staff in China.",
  ("Ono Takeshi", N, neg, "", "risk assessment, no explicit judgement of China's conduct"))
U(d, "Professor Mori Kazuhiro of Kansai Gaidai University, invited as a lecturer, said", "through diplomatic channels.",
  ("Mori Kazuhiro", T, neu, "", "invented scholar; hope for a quiet diplomatic settlement addressed to both = calling_for_talks"))
# "Minister for Foreign Affairs Hayashi Yoshimasa visited Beijing ... held a ... Meeting with ... Qin Gang." = meeting in narrative, no row.
U(d, "Regarding the Japanese national detained in Beijing, Minister Hayashi conveyed", "his early release.",
  ("Japan", T, neg, "China", "demand to one side with no judgement word = calling_for_talks (labels/README)"))
U(d, "Minister Hayashi stated that detaining a long-serving member", "what conduct is lawful in China.",
  ("Japan", C, neg, "China", "judgement without stock words: opaque detention leaves firms unable to know the law"))
U(d, "The two sides shared the view that they would continue close communication", "Japan-China relationship.",
  ("Japan", T, pos, "China", "'the two sides' = Japan and China; commitment to keep talking"),
  ("China", T, pos, "Japan", "same shared commitment, one row per side"))
U(d, "According to the readout published by the Chinese side, State Councilor Qin said", "would be protected.",
  ("China", N, neu, "", "second-hand (Chinese readout); procedure and reassurance, no evaluation"))
U(d, "The Chinese readout also said State Councilor Qin had urged Japan not to take part", "exports to China.",
  ("China", T, neg, "Japan", "urging Japan to refrain, no judgement word in the sentence = calling_for_talks (unsure: pressure could read as a warning)"))
U(d, "Minister Hayashi conveyed serious concerns over the increase in Chinese military activities", "joint flights with Russia.",
  ("Japan", N, neg, "China", "concern with no appeal = neutral, negative; Russia only mentioned"))
# "Minister Hayashi also paid courtesy calls on ..." = what he did, no row.
U(d, "The Japanese Chamber of Commerce and Industry in China said in a statement", "operate with confidence.",
  ("Japanese Chamber of Commerce and Industry in China", T, neg, "China", "unease + a request for transparency, no judgement = calling_for_talks"))
U(d, "Chairman Tokura Masakazu of Keidanren told reporters in Tokyo", "its handling closely.",
  ("Keidanren", N, neg, "", "gravity + 'watching closely' with no appeal = neutral, negative"))
U(d, "At the regular press conference of the Ministry of Foreign Affairs of the People's Republic of China on 27 March", "according to law.",
  ("China", N, neg, "", "'the spokesperson, Ms. Mao Ning' named by role then name; suspicion against an individual (not an actor) and procedure = neutral"))
U(d, "The spokesperson was also quoted as saying that the Japanese side should respect", "about the case.",
  ("China", C, neg, "Japan", "passive attribution ('was quoted as saying'); 'irresponsible remarks' = a judgement of Japan"))
U(d, "At the Minister's press conference on 28 March, a journalist noted that the United States Ambassador", "shared that view.",
  ("United States", C, neg, "China", "a journalist's question reporting another actor's position = that actor's statement (labels/README); the question itself is no one's"))
U(d, "Minister Hayashi replied that he would refrain from commenting", "other countries.",
  ("Japan", N, neu, "", "declining to comment = procedural line"))
U(d, "\"What matters is that our national is returned to his family.", "the Minister said.",
  ("Japan", N, neu, "", "own aim and plans for its national, no appeal or judgement in the unit (unsure: could be calling_for_talks)"))
U(d, "The Embassy was informed by the Chinese authorities that a Japanese national", "detained in Beijing.",
  ("Japan", N, neu, "", "fact given by the Embassy; China's notification is no position"))
U(d, "The Embassy has been in contact with the man's family and employer", "Japanese nationals.",
  ("Japan", N, neu, "", "consular support for its own national = its own duty, not aid to another actor"))
U(d, "At a press conference in Tokyo today, Chief Cabinet Secretary Matsuno Hirokazu said", "for his prompt return.",
  ("Japan", T, neg, "China", "pressing for access and his return, no judgement word = calling_for_talks"))
U(d, "Mr. Matsuno declined to give details of the case", "nature of the matter.",
  ("Japan", N, neu, "", "procedural line"))
U(d, "The Embassy once again asks Japanese nationals staying in China", "other sensitive sites.",
  ("Japan", N, neu, "", "safety advice to residents"))
