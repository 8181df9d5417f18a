# ------------------------------------------------------------------ Suva 2020: the brawl at Taiwan's National Day reception (foreign ministry statements page, full HTML, 2020-10-19 to 21)
d = "page_suva2020_reception_mofa_statements.html"
# Not statements: menu, breadcrumbs, page title, release titles (h2, carry positions), date/source lines, caption, share bar, comments note, Related, footer.
U(d, "The Ministry of Foreign Affairs sincerely thanks the United States Department of State", "expected of accredited personnel.",
  ("Taiwan", S, pos, "United States", "'the Ministry' = Taiwan; thanks = approval"),
  ("United States", S, pos, "Taiwan", "reported clause: State Department 'stood with Taiwan's diplomats' = solidarity (its appeal to all parties is secondary; rule 3 over no judgement)"))
U(d, "The Ministry also appreciates that members of the European Parliament", "the injured staff member.",
  ("Taiwan", S, pos, "", "appreciation of several bodies' concern -> target empty"))
U(d, "The Government will continue to work with partners", "Taiwan's personnel overseas.",
  ("Taiwan", N, pos, "", "'the Government' = Taiwan; own plan, positive tone"))
U(d, "At a forum hosted by the Ministry on Wednesday, Professor Lin Yu-ting", "engaging with Taiwan.",
  ("Lin Yu-ting", C, neg, "China", "invented scholar; judgement of Beijing's diplomats"))
U(d, "Dr Josefa Naivalu, a visiting fellow from Fiji", "finish their work.",
  ("Josefa Naivalu", N, neu, "", "invented fellow; reading of Fiji's preference, no position of his own"))
U(d, "The Ministry of Foreign Affairs rejects in the strongest terms", "injured one of them.",
  ("Taiwan", C, neg, "China", "rejection of the PRC account in protest = condemning"))
U(d, "The embassy's version turns the facts upside down", "attacking a Taiwanese staff member.",
  ("Taiwan", C, neg, "China", "attribution mid-sentence ('the Ministry said'); accusation"))
U(d, "In its statement, the Chinese Embassy said its staff", "asked the Fijian police to investigate.",
  ("China", N, neg, "", "own account of duties = denial + request for police inquiry; neutral, negative (unsure: its earlier claim of provocation would be condemning)"))
U(d, "The Ministry stresses that the Taipei Trade Office has supplied", "cooperate fully with the investigation.",
  ("Taiwan", N, neu, "", "own cooperation with the inquiry = neutral (as batch22a)"))
U(d, "Fiji police confirmed to the Trade Office", "under investigation.",
  ("Fiji", N, neu, "", "police = state; fact of the inquiry"))
U(d, "MOFA calls on the Government of Fiji to ensure", "violent conduct on Fijian soil.",
  ("Taiwan", C, neg, "China", "appeal to Fiji carrying a judgement ('shield violent conduct') aimed at the PRC staff (rule 1)"))
# "On October 8, two staff members ... began taking photographs" and "When a staff member ... assaulted him" = the release's narrative of the facts, no row (the judgement follows in the next sentence).
U(d, "The Ministry of Foreign Affairs strongly condemns this brutal and lawless act", "international diplomatic practice.",
  ("Taiwan", C, neg, "China", "explicit condemnation"))
U(d, "MOFA spokesperson Joanne Ou said at a regular press briefing", "through the appropriate channels.",
  ("Taiwan", C, neg, "China", "spokesperson by role then name; formal protest = measure taken"))
U(d, "Ou added that the injured staff member was recovering", "to him and his family.",
  ("Taiwan", N, pos, "", "surname only; facts on own staff + sympathy to own staff member (not another actor) = neutral"))
U(d, "Deputy Minister of Foreign Affairs Harry Tseng told the Legislative Yuan", "Chinese missions abroad.",
  ("Taiwan", N, neg, "", "assessment under way, no judgement stated = neutral"))
U(d, "The Ministry reminds all diplomatic personnel in Fiji", "prompt response on the night.",
  ("Taiwan", S, pos, "Fiji", "reminder to all (appeal) + thanks to Fiji; the thanks decides (unsure: calling_for_talks)"))
U(d, "The Ministry also thanks the guests at the reception", "concern and support.",
  ("Taiwan", S, pos, "", "thanks to guests"))
U(d, "The Ministry notes that Fiji's Ministry of Foreign Affairs has said", "together with the police.",
  ("Fiji", N, neu, "", "Fiji's position reported by Taiwan's ministry = Fiji's; procedure"))
U(d, "According to Chinese Foreign Ministry spokesperson Zhao Lijian", "smear the Chinese mission.",
  ("China", C, neg, "Taiwan", "'according to'; denial carrying an accusation ('fabrications meant to smear') = condemning"))
U(d, "The Ministry has instructed the Taipei Trade Office to seek a meeting", "the safety of its staff.",
  ("Taiwan", T, neu, "Fiji", "seeking a meeting = calling_for_talks"))
U(d, "Foreign Minister Joseph Wu wrote on Twitter", "wearing diplomatic badges.",
  ("Taiwan", C, neg, "China", "judgement without stock words ('thugs')"))
