# ------------------------------------------------------------------ Hargeisa: Taiwan's representative office in Somaliland, July-August 2020 (Somali foreign ministry's press-release page, full HTML, latest release 2020-08-24)
d = "page_somalia_taiwan_hargeisa_office2020_mfastatements.html"
# Not statements: language strip, site title, menu, breadcrumb, page title, banner caption, release titles and dates, share lines, pager,
# comments note, sidebar (latest news, newsletter), footer. The page speaks as 'the Ministry' / 'the Government' = Somalia.
U(d, "The Ministry informs the diplomatic corps accredited to the Federal Republic of Somalia", "at the Ministry.",
  ("Somalia", N, neu, "", "procedural notice: briefing date"))
U(d, "At a round-table organised by the Ministry in Mogadishu on 23 August, Professor Abdiqani Farah Jama", "with a foreign entity.",
  ("Abdiqani Farah Jama", N, neu, "", "invented scholar; legal view stated in a reported clause without judging an actor (the Ministry only organised the event: no row)"))
U(d, "Dr Hodan Ismail Warsame, a researcher at the Mogadishu Centre for Policy Studies", "rather than in foreign capitals.",
  ("Hodan Ismail Warsame", T, neu, "", "invented researcher; appeal for talks among Somalis, no judgement"))
U(d, "The Ministry welcomes the statements issued by the League of Arab States", "Federal Republic of Somalia.",
  ("Somalia", S, pos, "", "welcome of two bodies' statements, no appeal = supporting; two targets -> empty"),
  ("Arab League", S, pos, "Somalia", "position reported by the Ministry: respect for Somalia's sovereignty = support"),
  ("Organisation of Islamic Cooperation", S, pos, "Somalia", "joint mention: one row per body"))
U(d, "The Ministry also thanks the Governments of the Arab Republic of Egypt", "to the Federal Government.",
  ("Somalia", S, pos, "", "thanks to three governments = approval; several targets -> empty"),
  ("Egypt", S, pos, "Somalia", "list of states: message of solidarity reported"),
  ("Djibouti", S, pos, "Somalia", "list of states: one row each"),
  ("Turkey", S, pos, "Somalia", "list of states: one row each"))
U(d, "The Ministry rejects the statement issued on 19 August by the administration in Hargeisa", "without any basis in law.",
  ("Somalia", N, neg, "", "rejection of the other side's claims as baseless = a denial (neutral, negative); unsure: could be read as condemning Somaliland"),
  ("Somaliland", N, neu, "", "'the administration in Hargeisa' presents itself as a sovereign State = assertion of its own status, reported in a relative clause"))
U(d, "The Government wishes to make clear that it remains open to dialogue", "in June 2020.",
  ("Somalia", T, neu, "", "offer of dialogue within the Djibouti-facilitated talks"))
# "The Minister ... received on Thursday at the Ministry the Ambassador ... Qin Jian." and "The two sides reviewed ..." = a meeting reported, no position.
U(d, "The Ambassador reaffirmed the firm support of the People's Republic of China", "territorial integrity of Somalia.",
  ("China", S, pos, "Somalia", "ambassador speaks for China; support for sovereignty"))
U(d, "He said Beijing would not accept the Taiwan authorities", "northern regions of Somalia.",
  ("China", C, neg, "Taiwan", "refusal to accept Taiwan's offices and official dealings = opposition aimed at Taiwan's act (guide: 'opposes X's ...' is a judgement); Beijing = metonym"))
U(d, "The Minister expressed the Government's appreciation for China's principled position", "in international forums.",
  ("Somalia", S, pos, "China", "appreciation = approval of China's stance"))
U(d, "The Federal Government of Somalia has learned with deep indignation", "representative office of Taiwan in Hargeisa.",
  ("Somalia", C, neg, "Taiwan", "'deep indignation' + 'so-called' office = judgement without a stock verb"))
U(d, "The Ministry regards this step as a brazen intrusion", "the unity of the Somali people.",
  ("Somalia", C, neg, "Taiwan", "'brazen intrusion', 'affront' = judgement"))
U(d, "The Government recalls that the northern regions are an integral part", "the League of Arab States.",
  ("Somalia", N, neu, "", "statement of its legal position, no judgement or appeal"))
U(d, "The Ministry demands that the authorities in Taipei wind up without delay", "consent of the Federal Government.",
  ("Somalia", T, neg, "Taiwan", "demand to one side to stop, no judgement word in the sentence = calling_for_talks (README); unsure: the demand follows the judgement of the previous paragraph"))
U(d, "The Government reserves its right to respond by every lawful means", "regional and international bodies.",
  ("Somalia", C, neg, "Taiwan", "threatened response = condemning; target from context"))
U(d, "The Ministry has instructed Somalia's missions abroad to convey this position", "host governments.",
  ("Somalia", N, neu, "", "procedure"))
U(d, "The Federal Government of Somalia extends its deepest condolences to the Government and people of the Lebanese Republic", "speedy recovery to the injured.",
  ("Somalia", S, neg, "Lebanon", "condolences (release on another event on the same page) = sympathy, supporting"))
U(d, "The Ministry has taken note of remarks made in Taipei on 1 July 2020", "the administration in Hargeisa.",
  ("Taiwan", N, neu, "", "Taiwan's announcement of an agreement reported = plan/fact; the Ministry's 'taken note' is no position"))
U(d, "The Federal Government considers any such arrangement null and void", "the sole legitimate authority of the Somali State.",
  ("Somalia", C, neg, "", "declaring the agreement null and void = rejection in protest; aimed at Taiwan and Hargeisa together -> target empty"))
U(d, "Somalia values its long-standing relations with the People's Republic of China", "one-China policy.",
  ("Somalia", S, pos, "China", "affirmation of ties and of the one-China policy = support for China"))
