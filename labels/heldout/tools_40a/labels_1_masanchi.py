# ------------------------------------------------------------------ Masanchi / Korday ethnic clashes, Kazakhstan (international wire copy, 2020-02-09)
d = "page_kazakhstan_masanchi2020_wire.txt"
# Not statements: menu, dateline line, UPDATE headline, byline, read time, the four bullets, crossheads, ADVERTISEMENT, credits, Our Standards, Related Coverage, tags, most read.
U(d, "Kazakh President Kassym-Jomart Tokayev on Sunday blamed rival smuggling gangs", "across the border into Kyrgyzstan.",
  ("Kazakhstan", C, neg, "", "dateline excluded; lead: blame of smuggling gangs (non-canonical) -> target empty"))
# "The clashes erupted on Friday in the Korday district ..." = background narration, no row.
U(d, "Tokayev told a government meeting in Nur-Sultan that two criminal groups", "\"whoever they turn out to be\".",
  ("Kazakhstan", C, neg, "", "accusation of criminal groups + order to punish organisers; target not canonical"))
U(d, "\"There is no conflict between peoples in Kazakhstan", "would answer for it in court.",
  ("Kazakhstan", C, neg, "", "quote + 'adding' threat of prosecution for online hate calls (threat = condemning; unsure, could be neutral reassurance)"))
U(d, "Interior Minister Yerlan Turgumbayev told reporters that 10 people had died", "wounded by gunfire.",
  ("Kazakhstan", N, neu, "", "casualty and detention figures given by a minister"))
U(d, "He said 30 houses, 17 commercial buildings and 47 vehicles", "burned or damaged.",
  ("Kazakhstan", N, neu, "", "'He' = Turgumbayev; damage figures"))
U(d, "Deputy Prime Minister Berdibek Saparbayev, sent to the district on Saturday, promised", "families of the dead.",
  ("Kazakhstan", S, pos, "", "promise of rebuilding and compensation = aid offered (to its own citizens; unsure, could be neutral plan)"))
# "A state of emergency remained in force ..." = scene narration, no row.
U(d, "Kyrgyzstan's border service said about 4,500 people", "since Friday night.",
  ("Kyrgyzstan", N, neu, "", "state agency gives arrival figures"))
U(d, "The Kyrgyz health ministry said 34 people from Kazakhstan", "still in care.",
  ("Kyrgyzstan", N, neu, "", "figures"))
U(d, "Kyrgyz President Sooronbay Jeenbekov spoke by telephone with Tokayev", "his press office said.",
  ("Kyrgyzstan", S, pos, "Kazakhstan", "offer of shelter and medical help to the neighbour; attribution tail"))
U(d, "\"We will not turn away anyone who comes to us in fear", "Jeenbekov was quoted as saying.",
  ("Kyrgyzstan", S, pos, "", "pledge of refuge to those fleeing (no canonical target)"))
U(d, "Kyrgyzstan's foreign ministry said it regarded the events as an internal matter", "would restore order.",
  ("Kyrgyzstan", S, pos, "Kazakhstan", "'full confidence' in the neighbour = backing (unsure: could be neutral)"))
U(d, "Some of those who fled began returning on Sunday", "Kyrgyz officials said.",
  ("Kyrgyzstan", N, neu, "", "'Kyrgyz officials' = officials of a named government; fact"))
# "Kazakhstan has long presented itself as a model ..." = background, no row.
U(d, "Khusei Daurov, chairman of the Dungan Association of Kazakhstan, whose arm", "did not speak for ordinary Kazakhs.",
  ("Dungan Association of Kazakhstan", N, neg, "", "the chairman speaks for the association; account of who attacked, exculpating Kazakhs, no judgement word yet"))
U(d, "\"Those were criminals, not our neighbours,\" Daurov told Meridian by telephone", "feel safe at home again.",
  ("Dungan Association of Kazakhstan", C, neg, "", "'criminals' + demand that attackers be tried = judgement on the attackers (not canonical -> target empty)"))
U(d, "He appealed to both communities to keep away from the main road", "leave the matter to the police.",
  ("Dungan Association of Kazakhstan", T, neu, "", "appeal for calm to both sides"))
U(d, "The foreign ministry in Nur-Sultan rejected suggestions in some foreign media", "acted promptly.",
  ("Kazakhstan", N, neg, "", "denial of the pogrom reading = neutral, negative; Nur-Sultan = place"))
U(d, "\"Attempts to portray a criminal incident as a pogrom do not reflect reality,\"", "Aibek Smadiyarov said.",
  ("Kazakhstan", N, neg, "", "denial (spokesman)"))
U(d, "The OSCE High Commissioner on National Minorities, Lamberto Zannier, said he was saddened", "rights of the Dungan community.",
  ("OSCE", T, neg, "Kazakhstan", "sadness + appeal for an impartial inquiry and protection of the minority, no judgement = calling_for_talks"))
U(d, "He called on political and community leaders on all sides to avoid language", "inflame tensions.",
  ("OSCE", T, neu, "", "appeal for restraint to all sides"))
U(d, "The United Nations office in Kazakhstan said it was following the situation closely", "displaced families.",
  ("United Nations", S, neu, "Kazakhstan", "monitoring + offer of humanitarian help to the government = supporting (offer of aid)"))
U(d, "China's foreign ministry spokesman Geng Shuang, asked about the clashes", "handling it properly.",
  ("China", S, pos, "Kazakhstan", "internal affair + confidence in the Kazakh government = backing"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov told reporters Russia hoped", "outside involvement.",
  ("Russia", T, neu, "", "hope for calm = calling_for_talks"))
U(d, "The U.S. embassy in Nur-Sultan offered condolences", "hold those responsible to account.",
  ("United States", S, pos, "Kazakhstan", "condolences + welcome of the government's pledge"))
U(d, "The European Union's delegation said the violence was deeply worrying", "on Friday night.",
  ("European Union", T, neg, "Kazakhstan", "concern + request that the inquiry cover police failures; no judgement word (unsure: the police reference could read as criticism)"))
U(d, "Human Rights Watch said the police had been slow to respond", "for hours.",
  ("Human Rights Watch", C, neg, "Kazakhstan", "accusation of police failure"))
U(d, "\"The authorities had every warning sign and still left the people of Masanchi", "senior Central Asia researcher.",
  ("Human Rights Watch", C, neg, "Kazakhstan", "judgement without stock words; researcher speaks for HRW"))
U(d, "Marat Zhunusov, an Almaty-based political analyst, said the official emphasis", "in the border villages.",
  ("Marat Zhunusov", N, neg, "", "invented analyst; risk assessment of the official framing, no explicit judgement"))
U(d, "\"If the only lesson drawn is about criminal gangs", "he said.",
  ("Marat Zhunusov", N, neg, "", "scenario/warning, no appeal"))
