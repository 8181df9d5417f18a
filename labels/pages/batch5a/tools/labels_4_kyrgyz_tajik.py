# ------------------------------------------------------------------ Kyrgyzstan-Tajikistan border fighting (state news agency + MFA statements, 2022-09-19)
d = "page_kyrgyz_tajik_border_statemedia.txt"
KG = "state body / official of the Kyrgyz Republic = Kyrgyzstan; "
U(d, "The Chairman of the State Committee for National Security of the Kyrgyz Republic, Kamchybek Tashiev", "the press service of the State Committee reported.",
  ("Kyrgyzstan", T, neu, "", "dateline 'BISHKEK, September 19 (AIA) – ' excluded; signing a protocol on withdrawal = agreeing to a ceasefire (labels/README); the two security chiefs = two rows"),
  ("Tajikistan", T, neu, "", "second signatory of the protocol"))
U(d, "\"Calm is returning to Batken step by step.", "after the meeting.",
  ("Kyrgyzstan", T, pos, "Tajikistan", KG + "multi-sentence quote closed by its speaker = one unit; expectation that the other side honours the protocol + own commitment, no judgement = calling_for_talks"))
U(d, "Yatimov, for his part, said he hoped the signatures", "state agency Khovar.",
  ("Tajikistan", T, pos, "", "surname only; hope that the shooting stops = calling_for_talks (guide); the state agency Khovar only carries it"))
U(d, "According to the Ministry of Health, 59 citizens of the Kyrgyz Republic were killed", "evacuated from border villages.",
  ("Kyrgyzstan", N, neu, "", KG + "two ministries of one state in one sentence = one row; figures"))
U(d, "The Chairman of the Cabinet of Ministers, Akylbek Japarov, announced", "onset of winter.",
  ("Kyrgyzstan", N, neu, "", KG + "head of government by role then name (not the president, Sadyr Japarov); own reconstruction plan"))
U(d, "The Ministry of Foreign Affairs of the Kyrgyz Republic considers that what took place", "by the Republic of Tajikistan.",
  ("Kyrgyzstan", C, neg, "Tajikistan", KG + "'deliberate, long-prepared military attack' = accusation"))
U(d, "We firmly reject the attempts of the Tajik side", "started the hostilities.",
  ("Kyrgyzstan", N, neg, "", KG + "first person of the MFA statement; 'firmly reject' aimed at an accusation against oneself = denial (neutral), contrast with the next-but-one sentence"))
U(d, "The Kyrgyz side acted solely in self-defence", "neighbouring state.",
  ("Kyrgyzstan", N, neu, "", KG + "reassurance about own conduct = neutral (labels/README)"))
U(d, "At the same time, the Kyrgyz Republic firmly rejects any claims by Dushanbe", "the UN Charter.",
  ("Kyrgyzstan", C, neg, "Tajikistan", KG + "'firmly rejects' aimed at another state's claims + 'gross violation' = judgement; Dushanbe = metonym"))
U(d, "The Kyrgyz side remains committed to settling all border questions", "the ceasefire strictly.",
  ("Kyrgyzstan", T, neu, "Tajikistan", KG + "commitment to negotiations + appeal addressed to one side, no judgement word"))
U(d, "Earlier, the Ministry of Foreign Affairs of the Republic of Tajikistan circulated a statement", "aggression against Tajikistan.",
  ("Tajikistan", C, neg, "Kyrgyzstan", "the other side's position reported by state media of the first = Tajikistan's statement; accusation + 'aggression'"))
U(d, "The Kyrgyz Foreign Ministry said that statement did not correspond to reality", "any international body.",
  ("Kyrgyzstan", N, neg, "", KG + "denial + offer of evidence = neutral, negative tone; Bishkek = metonym"))
U(d, "At a briefing in Dushanbe today, Deputy Minister of Foreign Affairs of Tajikistan Sodik Imomi claimed", "subjected to discrimination.",
  ("Tajikistan", C, neg, "Kyrgyzstan", "capital as a place; accusation of discrimination"))
U(d, "In a commentary issued this evening, the Kyrgyz Foreign Ministry called Mr. Imomi's words", "foreign partners.",
  ("Kyrgyzstan", C, neg, "Tajikistan", KG + "object before the judgement; 'ill-judged ... unworthy' + 'attempt to deceive' = judgement without a stock word"))
U(d, "President of the Kyrgyz Republic Sadyr Japarov, in an address to the people, thanked", "the country's borders.",
  ("Kyrgyzstan", N, pos, "", KG + "thanks to own forces = self-praise (neutral, positive tone; labels/README)"))
U(d, "He called on citizens to remain calm", "on social networks.",
  ("Kyrgyzstan", T, neu, "", KG + "appeal for calm (as batch4j's acting president); 'provocations' names no actor"))
U(d, "On September 17, Minister of Foreign Affairs Jeenbek Kulubaev held a telephone conversation", "a lasting ceasefire.",
  ("United Nations", T, neg, "", "the call itself is not a position of Kyrgyzstan; Guterres's concern + appeal to both sides = calling_for_talks, negative tone"))
U(d, "During a telephone conversation the same day, Minister of Foreign Affairs and Trade of Hungary", "the affected population.",
  ("Hungary", S, pos, "Kyrgyzstan", "position of Hungary reported in the Kyrgyz MFA's readout; condolences + offer of humanitarian aid = supporting (aid to the Kyrgyz side)"))
U(d, "On September 18, President of the Russian Federation Vladimir Putin spoke by telephone", "the border areas.",
  ("Russia", T, neu, "", "long sentence: narration of the calls + the Kremlin readout; appeal + offer of help to both sides = calling_for_talks (the appeal decides)"))
U(d, "President of the Republic of Kazakhstan Kassym-Jomart Tokayev, in a conversation with Sadyr Japarov", "Batken region.",
  ("Kazakhstan", S, pos, "Kyrgyzstan", "condolences + humanitarian aid announced = backing by act"))
U(d, "Secretary General of the Collective Security Treaty Organization Stanislav Zas welcomed", "security services.",
  ("CSTO", S, pos, "", "welcome of a step with no appeal = supporting; the agreement is both sides' -> target empty"))
U(d, "The Organization of Turkic States expressed its solidarity with the Kyrgyz Republic", "founding members.",
  ("Organization of Turkic States", S, pos, "Kyrgyzstan", "solidarity with one party = supporting"))
U(d, "The Organization also condemned the use of heavy weapons", "civilians and schools.",
  ("Organization of Turkic States", C, neg, "", "'The Organization' by context; condemnation of an act with no actor named -> target empty (Tajikistan implied)"))
U(d, "The European Union welcomed the ceasefire and called on both parties", "EU spokesperson Peter Stano said.",
  ("European Union", T, neu, "", "welcome + appeal to both sides = calling_for_talks (rule 2 before rule 3)"))
U(d, "The US State Department said the United States was concerned", "through diplomacy.",
  ("United States", T, neg, "", "concern + appeal = calling_for_talks, negative tone"))
U(d, "Spokesperson of the Ministry of Foreign Affairs of the People's Republic of China Mao Ning", "through consultation.",
  ("China", T, pos, "", "hope for a settlement through consultation = calling_for_talks. The Ak-Sai residents quoted next are unnamed: no row"))
