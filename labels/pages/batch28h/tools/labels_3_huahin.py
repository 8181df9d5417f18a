# ------------------------------------------------------------------ Hua Hin and southern bombings, 11-12 August 2016 (Royal Thai Government press-release page, full HTML, 12-15 August 2016)
d = "page_thailand_huahin_bombings2016_govreleases.html"
# Not statements: masthead, language bar, nav, breadcrumb, page heading, release headings (several carry a position: headlines, no row),
# time/office lines, contact lines, figcaption with credit, feedback box, latest releases, footer.
U(d, "Minister of Tourism and Sports Kobkarn Wattanavrangkul said", "continuing as planned.",
  ("Thailand", N, pos, "", "figures on bookings, reassuring tone, no evaluation of an actor"))
U(d, "The Minister said the Tourism Authority of Thailand had set up help desks", "clock tower in Hua Hin.",
  ("Thailand", N, neu, "", "'The Minister' = Kobkarn; service measures for visitors = plans/facts"))
U(d, "At a meeting with local operators at Hua Hin district office, Mr. Chaiwat Sombatsiri", "rather than by one night.",
  ("Chaiwat Sombatsiri", T, pos, "", "invented local business figure (independent voice); hope that calm returns = calling_for_talks"))
U(d, "Dr. Siriporn Thanakul, a lecturer in security studies", "at tourists themselves.",
  ("Siriporn Thanakul", N, neu, "", "invented scholar; reading of the pattern, no judgement of a named actor"))
# "On 14 August 2016, Minister of Foreign Affairs Don Pramudwinai briefed ambassadors ..." = a meeting in narrative, no row.
U(d, "The Minister informed the diplomatic corps that the relevant agencies", "limited number of locations.",
  ("Thailand", N, neu, "", "facts on the investigation"))
U(d, "He asked foreign governments to keep their travel advice in proportion", "safely in Thailand this year.",
  ("Thailand", N, neu, "", "a request about travel advice: not a peaceful-course appeal, no judgement stated (unsure: could be read as mild criticism of warnings)"))
U(d, "The ambassadors of Austria and the Netherlands, whose nationals were among the injured, welcomed", "with the Thai authorities.",
  ("Austria", S, pos, "Thailand", "two states as a list: welcome + pledge of cooperation = supporting, one row each"),
  ("Netherlands", S, pos, "Thailand", "same, second listed state"))
U(d, "Ambassador Glyn Davies of the United States said that his country stood ready", "if requested.",
  ("United States", S, pos, "Thailand", "offer of assistance = supporting"))
U(d, "The Ministry of Foreign Affairs has received messages of sympathy and solidarity from the governments of Cambodia", "among many others.",
  ("Cambodia", S, pos, "Thailand", "listed states' messages of sympathy and solidarity, reported by the receiving ministry: one supporting row per state"),
  ("China", S, pos, "Thailand", "same list"),
  ("Japan", S, pos, "Thailand", "same list"),
  ("Malaysia", S, pos, "Thailand", "same list"),
  ("Singapore", S, pos, "Thailand", "same list"))
U(d, "Secretary-General of the United Nations Ban Ki-moon, in a statement issued by his spokesperson, deplored", "brought to justice.",
  ("United Nations", C, neg, "", "'deplored the attacks' = judgement, perpetrators unknown -> target empty; the hope for justice does not change it (rule 1)"))
U(d, "Secretary-General of ASEAN Le Luong Minh conveyed the solidarity", "people of Thailand.",
  ("ASEAN", S, pos, "Thailand", "solidarity = supporting"))
U(d, "The Federal Foreign Office of Germany said that German nationals had been among the injured", "with the Thai authorities.",
  ("Germany", N, neu, "", "facts about its nationals and consular contact, no evaluation"))
U(d, "Minister Don Pramudwinai expressed his appreciation for these expressions of friendship", "welcoming destination.",
  ("Thailand", N, pos, "", "gratitude + reassurance about own country = neutral, positive (thanks are not backing of another actor's action)"))
U(d, "Spokesperson of the Ministry Sek Wannamethee added that the Ministry had received no information", "deliberately targeted.",
  ("Thailand", N, neu, "", "factual line, no evaluation"))
U(d, "Prime Minister General Prayut Chan-o-cha said that those who planted the devices", "unverified reports or images.",
  ("Thailand", C, neg, "", "judgement of the bombers' aims (unknown -> target empty) + an appeal to the public: rule 1"))
U(d, "The Prime Minister vowed that those responsible would be tracked down", "before the law.",
  ("Thailand", C, neg, "", "a threatened response against the perpetrators = condemning; target unknown"))
U(d, "Government Spokesman Lieutenant General Sansern Kaewkamnerd said that, on the basis of the evidence so far", "international terrorist groups.",
  ("Thailand", N, neu, "", "ruling out a link = a factual finding, no judgement"))
U(d, "Sansern said the Prime Minister had ordered security", "in their areas.",
  ("Thailand", N, neu, "", "surname only; security measures and instructions = plans"))
U(d, "Deputy Prime Minister and Minister of Defence General Prawit Wongsuwan told reporters", "declined to name any group.",
  ("Thailand", C, neg, "", "accusation by description of opponents of the referendum, no group named -> target empty"))
U(d, "The Ministry of Foreign Affairs deplores in the strongest terms the cowardly bombings", "Thai and foreign nationals.",
  ("Thailand", C, neg, "", "'deplores ... cowardly' = judgement; perpetrators unknown"))
U(d, "The Ministry extends its heartfelt condolences to the families", "a swift recovery.",
  ("Thailand", S, neg, "", "condolences = sympathy with the victims' families (not actors -> target empty); grief = negative tone"))
U(d, "Officials of the Ministry and of the provinces concerned are assisting the injured foreign nationals", "have been informed.",
  ("Thailand", S, pos, "", "assistance provided to injured foreigners and their families = backing by act (no canonical target)"))
U(d, "Security measures have been stepped up at tourist sites across the country", "perpetrators to justice.",
  ("Thailand", N, neu, "", "measures and investigation = facts/plans"))
