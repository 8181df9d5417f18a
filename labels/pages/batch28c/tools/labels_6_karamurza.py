# ------------------------------------------------------------------ Kara-Murza's 25-year treason sentence (regional daily analysis, Baltic, 2023-04-18)
d = "page_russia_karamurza_verdict2023_regionaldaily.txt"
# Not statements: masthead, menu, kicker, headline and standfirst (carry the paper's reading), byline, photo caption "1 of 3", ADVERTISEMENT, Related, tags, share line, copyright.
U(d, "When Judge Sergei Podoprigorov read out the sentence on Monday", "far beyond it.",
  ("Russia", C, neg, "", "dateline excluded; the court's sentence reported as done = a measure against an opposition figure (not a canonical actor) -> target empty; the writer's reading is no one's (unsure: could be neutral)"))
U(d, "Kara-Murza, 41, who holds Russian and British passports", "he regretted nothing.",
  ("Vladimir Kara-Murza", N, neu, "", "the defendant (person) standing by his words; no judgement in this sentence (unsure)"))
# "Within hours, governments from London to Tallinn had lined up ..." = summary line, no row.
# "London went first." = narration, no row.
U(d, "Foreign Secretary James Cleverly summoned Russia's ambassador", "rather than law.",
  ("United Kingdom", C, neg, "Russia", "summons + judgement of the verdict"))
U(d, "\"Vladimir refused to stay silent about this war", "further sanctions on those responsible.",
  ("United Kingdom", C, neg, "Russia", "'the foreign secretary' by title; demand + sanctions threat"))
U(d, "A Foreign Office official said later that sanctions on the judge and prosecutors", "in earlier cases.",
  ("United Kingdom", C, neg, "Russia", "unnamed official of a named government; sanctions under consideration = threatened response"))
U(d, "In Washington, the State Department said the conviction was one more attempt", "a sign of weakness, not strength.",
  ("United States", C, neg, "Russia", "two US speakers in one sentence, both judgements: one row"))
U(d, "The European Union's foreign policy chief Josep Borrell said the bloc would hold", "the truth about the war.",
  ("European Union", C, neg, "Russia", "accountability pledge + 'politically motivated'"))
U(d, "In a joint statement, the foreign ministers of Estonia, Latvia and Lithuania said", "every other political prisoner.",
  ("Estonia", C, neg, "Russia", "joint statement by a list of states: one row per state"),
  ("Latvia", C, neg, "Russia", "joint statement by a list of states"),
  ("Lithuania", C, neg, "Russia", "joint statement by a list of states"))
U(d, "Lithuania's Foreign Minister Gabrielius Landsbergis went further", "EU's next sanctions list.",
  ("Lithuania", C, neg, "Russia", "push for sanctions = condemning; 'Vilnius' = metonym"))
U(d, "The German Foreign Office expressed its \"horror\"", "according to a spokesperson in Berlin.",
  ("Germany", C, neg, "Russia", "'horror' at the term = strong negative judgement of the sentence (unsure: alarm without a judgement would be neutral; 'horror' at Russia's act read as judgement)"))
U(d, "Volker Türk, the UN High Commissioner for Human Rights, was quoted", "freed without delay.",
  ("United Nations", T, neg, "Russia", "'was quoted in a statement from his office'; principle + demand for release, no judgement word = calling_for_talks (README: demand to one side)"))
# "Moscow was unmoved." = summary line, no row.
U(d, "Kremlin spokesman Dmitry Peskov told reporters the Kremlin did not comment", "on court rulings.",
  ("Russia", N, neu, "", "declining to comment"))
U(d, "The Russian embassy in London, for its part, said in a statement", "\"decisively rebuffed\".",
  ("Russia", C, neg, "", "warning against interference = threat; aimed at unnamed foreign parties -> target empty"))
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova was more pointed", "talk about the rule of law.",
  ("Russia", C, neg, "", "reproach of 'Western governments' (several) -> target empty"))
# "What, then, can the West actually do? Not much, several diplomats ..." = unnamed diplomats, no row.
# "Kara-Murza is not an American citizen ..." = background narration, no row.
U(d, "\"The British passport gives London a seat at the table", "Vilnius Institute for Eastern Policy.",
  ("Andrius Vaitkus", N, neu, "", "invented analyst; assessment"))
U(d, "Vaitkus said the most useful thing Western governments could do", "carries a political price.",
  ("Andrius Vaitkus", N, neu, "", "advice to keep raising the case = pressure, neither talks nor judgement (unsure: could be calling_for_talks, it asks for conversations with Moscow)"))
U(d, "\"His lawyers say his legs are failing after the poisonings.", "he said.",
  ("Andrius Vaitkus", N, neg, "", "concern about his health, no appeal"))
U(d, "Others are less cautious. Ieva Zariņa, a lecturer in Russian politics", "not with more statements.",
  ("Ieva Zariņa", C, neg, "Russia", "invented scholar; call for punitive measures = condemning (sanctions)"))
U(d, "\"Every Western capital has now said the right words.", "she said.",
  ("Ieva Zariņa", C, neg, "", "warning that words without sanctions embolden the Kremlin; judgement of Western inaction (several) -> target empty (unsure)"))
U(d, "Zariņa said Latvia and its neighbours had a particular interest", "felt the verdict as a warning.",
  ("Ieva Zariņa", N, neg, "", "explanation, no position"))
U(d, "Kara-Murza's lawyers said they would appeal.", "Kara-Murza's lawyers said they would appeal.",
  ("Vladimir Kara-Murza", N, neu, "", "his lawyers speak for him; plan"))
U(d, "His wife, Evgenia, has said she will keep lobbying", "on his behalf.",
  ("Evgenia Kara-Murza", N, neu, "", "named relative = person; plan (unsure: could be no row)"))
U(d, "The Canadian government, which had adopted Magnitsky-style sanctions", "officials involved.",
  ("Canada", C, neg, "Russia", "studying measures against officials = threatened sanctions"))
# "For now, he will wait in a Moscow prison ..." = the writer's closing, no row.
