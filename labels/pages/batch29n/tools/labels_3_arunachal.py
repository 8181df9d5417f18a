# ------------------------------------------------------------------ Arunachal wushu players kept from Hangzhou (Indian national daily, full HTML, 2023-09-22)
d = "page_india_arunachal_wushu_hangzhou2023_nationaldaily.html"
# Not statements: nav, breadcrumb, headline and subhead (both carry positions; the body repeats them), byline, captions, ADVERTISEMENT, related, share, newsletter, comments (reader comment included), most read, footer.
U(d, "The Centre on Friday lodged a strong protest with Beijing", "cancelled his visit to China for the Games in response.",
  ("India", C, neg, "China", "'the Centre' = Indian government (national paper's usage); protest + cancelled visit in protest"))
# "The three players, ... officials said. The remaining members ..." = facts from unnamed 'officials' (no tie stated) and narration, no row.
U(d, "Addressing reporters, the Official Spokesperson of the Ministry of External Affairs said", "their place at the Games.",
  ("India", C, neg, "China", "official by title only; accusation of deliberate targeting"))
U(d, "\"This is not an administrative slip.", "the spokesperson said.",
  ("India", C, neg, "China", "judgement without stock words: a 'choice' aimed at citizens"))
U(d, "\"India does not accept, and has never accepted", "changes that.\"",
  ("India", C, neg, "China", "quote carried across the paragraph break, same speaker; rejection of China's treatment of Indian citizens"))
U(d, "The spokesperson said protests had been conveyed both in New Delhi and in Beijing", "treated alike.",
  ("India", C, neg, "China", "protests lodged + breach of Games rules"))
U(d, "As a mark of that protest, the spokesperson said, the Minister", "trip to Hangzhou.",
  ("India", C, neg, "China", "boycott of the Games visit in protest = condemning"))
U(d, "New Delhi was keeping its options open for a further response", "he added.",
  ("India", C, neg, "China", "veiled threat of a response = condemning"))
U(d, "The Sports Minister, speaking separately at an event in the capital, said the country stood with", "three players.",
  ("India", S, pos, "", "solidarity with its own athletes (not actors) -> target empty"))
U(d, "\"Our daughters trained for years for this moment.", "he said.",
  ("India", S, pos, "", "backing of the athletes + promise of help"))
U(d, "He said the Ministry would bear the cost of a training camp", "would not be affected.",
  ("India", S, pos, "", "backing by act (paid camp) for the athletes"))
U(d, "The Union Minister of Earth Sciences, who represents Arunachal Pradesh", "meant to stand for.",
  ("India", C, neg, "China", "'petty' = judgement; minister by title only"))
U(d, "The Chief Minister of Arunachal Pradesh wrote on social media", "taking up the matter at once.",
  ("India", N, pos, "", "State official resolves to India; praise of its own Centre = self-praise -> neutral, positive"))
U(d, "In Beijing, Chinese foreign ministry spokesperson Mao Ning said Hangzhou was open", "whose papers were in order.",
  ("China", N, neu, "", "implicit denial of discrimination = neutral"))
U(d, "She repeated that Beijing did not recognise what it called", "India has repeatedly rejected.",
  ("China", C, neg, "India", "non-recognition of India's state = rejection of India's claim (unsure: could be neutral, a standing position)"))
# (the tail "a claim India has repeatedly rejected" is the paper's background on a habitual position, no India row)
U(d, "The Olympic Council of Asia, which governs the Games, said", "looking into the matter.",
  ("Olympic Council of Asia", N, neu, "", "procedural line = neutral"))
U(d, "The opposition Congress said the government had been caught unprepared", "a full account in Parliament.",
  ("Indian National Congress", C, neg, "India", "criticism of the government + demand in Parliament"))
U(d, "Its general secretary in charge of communications said the Centre's protest", "too late.\"",
  ("Indian National Congress", C, neg, "India", "'its' = Congress; judgement on the government's response"))
U(d, "In July, three wushu players from Arunachal were issued stapled visas", "from that event.",
  ("India", N, neu, "", "background act: withdrawal of a team, no protest stated in the sentence -> neutral (README rule)"))
U(d, "Madhav Sharan, who teaches Chinese foreign policy at a Delhi university, said", "fit a pattern.",
  ("Madhav Sharan", N, neg, "", "invented scholar; framing line, no explicit judgement yet"))
U(d, "\"Beijing uses small administrative moves", "he said.",
  ("Madhav Sharan", C, neg, "China", "judgement of Beijing's tactics without stock words"))
U(d, "Professor Sharan said New Delhi had been right", "walk out of the Games altogether.",
  ("Madhav Sharan", S, pos, "India", "approval of New Delhi's choice"))
U(d, "The squad's coach, Rakesh Thapa, said the three players had been in tears", "at the airport.",
  ("Rakesh Thapa", N, neg, "", "invented witness; facts of distress"))
U(d, "\"They did nothing except be born in Arunachal,\" Mr. Thapa said.", "Mr. Thapa said.",
  ("Rakesh Thapa", C, neg, "China", "implied blame for discrimination (unsure: target only implicit)"))
U(d, "\"They should be on the mat, not in a hotel in Delhi.\"", "not in a hotel in Delhi.\"",
  ("Rakesh Thapa", N, neg, "", "lament, no appeal for talks and no explicit judgement"))
# "India is sending a contingent of more than 650 athletes ..." = narration, no row.
U(d, "A senior diplomat of the Chinese Embassy was also called in to South Block", "the spokesperson said.",
  ("India", C, neg, "China", "summoning a diplomat to convey a protest = condemning; passive construction, attribution tail"))
