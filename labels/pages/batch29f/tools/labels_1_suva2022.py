# ------------------------------------------------------------------ Suva 2022: the Second China-Pacific Island Countries Foreign Ministers' Meeting (state news agency, 2022-05-30)
d = "page_suva2022_chinapacific_ministers_stateagency.txt"
# Not statements: agency masthead, breadcrumb, headline, time stamp and editor, "Foreign reactions" crosshead, Related links, copyright.
U(d, "SUVA, May 30 (CCNS) -- Chinese State Councilor", "held in a Pacific island country.",
  ("China", T, pos, "", "co-chairing (convening) the ministers' meeting = the host's calling_for_talks (labels/README); long official titles"),
  ("Fiji", T, pos, "", "co-chair and host of the meeting = calling_for_talks"))
# "Foreign ministers and senior representatives ... attended" = narration (attendance), no row.
# "Chinese President Xi Jinping sent a written address ..." = narration of an act with no position, no row.
U(d, "In the address, President Xi said", "equal members of the international community.",
  ("China", S, pos, "", "'good friend, partner and brother' of the island countries = support; several addressees -> target empty"))
U(d, "Wang Yi said in his keynote remarks", "never carried any political strings.",
  ("China", N, pos, "", "self-praise of China's own record = neutral, positive (labels/README)"))
U(d, "\"China does not seek spheres of influence", "the will of the island countries themselves.\"",
  ("China", N, pos, "", "quote closed mid-paragraph; reassurance about own conduct = neutral, positive"))
U(d, "The Chinese side proposed that the two sides", "to serve the region.",
  ("China", S, pos, "", "'the Chinese side'; offer of centres for disaster preparedness and agriculture = offering aid = supporting"))
U(d, "Wang said the participants had reached broad consensus", "build more consensus step by step.",
  ("China", T, pos, "", "commits to further consultations on the texts = calling_for_talks"))
U(d, "China will issue a position paper", "he added.",
  ("China", N, neu, "", "announced plan, attribution tail"))
U(d, "Answering questions on the attention paid", "good news for the world as a whole.",
  ("China", N, pos, "", "'the Chinese foreign minister' by title; reassurance to other capitals, no judgement, no appeal"))
U(d, "Wang stressed that some forces had spread groundless claims", "would not succeed.",
  ("China", C, neg, "", "accusation of sowing discord; 'some forces' unnamed -> target empty"))
U(d, "Prime Minister Bainimarama said Fiji valued its friendship", "gravest danger facing the Pacific.",
  ("Fiji", S, pos, "China", "thanks and appreciation for China's support = supporting"))
U(d, "Fiji places consensus among the Pacific family first", "through their own processes.",
  ("Fiji", N, neu, "", "procedural line (consensus first, regional processes) = neutral"))
U(d, "Samoan Prime Minister Fiame Naomi Mata'afa, who held talks", "the leaders of the Forum as a whole.",
  ("Samoa", N, neu, "", "second-hand ('was quoted by her office as saying'); procedural: needs time, decision for the Forum"))
U(d, "Tongan Prime Minister Siaosi Sovaleni expressed gratitude", "volcano in January.",
  ("Tonga", S, pos, "China", "gratitude for relief supplies = approval of China's aid"))
U(d, "Solomon Islands Foreign Minister Jeremiah Manele said", "aimed at no other country.",
  ("Solomon Islands", N, neu, "", "reassurance about own pact, implicit denial = neutral"))
U(d, "Kiribati President Taneti Maamau thanked", "between the two countries.",
  ("Kiribati", S, pos, "China", "thanks for aid + readiness to deepen the partnership = supporting"))
U(d, "Ambassador Qian Bo, Chinese ambassador to Fiji", "until agreement was reached.",
  ("China", T, neu, "", "report of the talks + commitment to keep negotiating = calling_for_talks (unsure: could be neutral)"))
U(d, "In a letter to fellow Pacific leaders made public last week", "urged his counterparts not to endorse it.",
  ("Federated States of Micronesia", C, neg, "China", "judgement of the proposal without stock words (new cold war, a say over security); the appeal not to endorse is a rejection in protest = condemning (rule 1)"))
U(d, "Australian Foreign Minister Penny Wong, who visited Suva", "decide its own security arrangements.",
  ("Australia", S, pos, "", "stepping up own assistance to the island countries = backing by act; several recipients -> target empty"))
U(d, "According to a statement from the U.S. State Department", "no room for regional consultation.",
  ("United States", C, neg, "China", "'according to a statement from'; concern joined to a judgement ('hurried and opaque') = condemning"))
U(d, "New Zealand Foreign Minister Nanaia Mahuta told reporters", "settles security matters together.",
  ("New Zealand", S, pos, "Pacific Islands Forum", "backing the Forum as the regional venue = supporting"))
U(d, "Japan's Chief Cabinet Secretary Hirokazu Matsuno said", "with concern.",
  ("Japan", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "In Beijing, Chinese Foreign Ministry spokesperson Wang Wenbin said", "not directed at any third party.",
  ("China", N, neg, "", "denial of the critics' charges = neutral, negative tone"))
U(d, "Henry Puna, Secretary General of the Pacific Islands Forum", "later this year.",
  ("Pacific Islands Forum", N, neu, "", "'in remarks carried by Fijian media'; procedural line"))
U(d, "Liang Weiming, a research fellow", "rather than on the wishes of outside powers.",
  ("Liang Weiming", N, pos, "", "invented analyst; assessment of the outcome, no explicit judgement of a named actor"))
U(d, "Sitiveni Raqona, a professor of international relations", "among its own members.",
  ("Sitiveni Raqona", N, neu, "", "invented scholar; assessment + prediction, no appeal"))
# "Wang arrived in Suva on Sunday from Apia ..." = itinerary narration, no row.
