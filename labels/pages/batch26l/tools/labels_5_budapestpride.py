# ------------------------------------------------------------------ Budapest Pride marches despite the police ban (world-reacts roundup, 2025-06-29)
d = "page_hungary_budapest_pride_ban2025_worldreacts.txt"
# Not statements: site name, menu, breadcrumb, headline, standfirst, byline, time stamps, "Here is how ..." lead-in,
# [Photo 1 of 6] caption with credit, the per-government headings (HUNGARY, EUROPEAN UNION, ...), ADVERTISEMENT, Related list,
# newsletter prompt, tags, most read, copyright.
# Lede "Tens of thousands of people marched through central Budapest ..." and "The march went ahead as a city-hall event, ..."
# = narration (dateline 'BUDAPEST — '), no row.
U(d, "Prime Minister Viktor Orbán, speaking on state radio on Friday before the march", "take its course afterwards.",
  ("Hungary", C, neg, "", "warning that participants will face the law afterwards = threat of a response; marchers not canonical -> target empty"))
U(d, "After the march, the prime minister told a gathering of his party's activists", "who had paid for it.",
  ("Hungary", C, neg, "European Union", "title only ('the prime minister' = Orbán); reported clause blaming Brussels (metonym for the EU) + veiled warning"))
U(d, "Justice Minister Bence Tuzson had earlier written to the foreign embassies", "up to a year in prison.",
  ("Hungary", C, neg, "", "informing embassies of the ban + the prison threat to organisers = threat; target empty (organisers)"))
U(d, "Government spokesman Zoltán Kovács said Hungary's child protection laws", "on their own streets.",
  ("Hungary", C, neg, "", "refusal + jab at the embassies' capitals (several) = judgement; target empty"))
U(d, "European Commission President Ursula von der Leyen had urged the Hungarian authorities", "those who joined it.",
  ("European Union", T, neu, "Hungary", "appeal to allow the march, no judgement word in the sentence = calling_for_talks"))
U(d, "Equality Commissioner Hadja Lahbib travelled to Budapest and walked with the crowd", "a spokesperson for the Commission said.",
  ("European Union", S, pos, "", "backing by act (a commissioner joining the march) = supporting; the marchers are not canonical -> target empty"))
U(d, "\"Nobody should need courage to walk down a street in a European capital,\"", "told reporters on the bridge.",
  ("European Union", C, neg, "Hungary", "judgement without stock words: the ban makes walking in Budapest an act of courage (unsure: could be read as solidarity = supporting)"))
U(d, "The spokesperson added that the Commission was still assessing the Hungarian law", "no decision on legal action.",
  ("European Union", N, neu, "", "procedural line"))
U(d, "More than 30 embassies in Budapest, among them those of Germany, France", "to assemble peacefully.",
  ("Germany", S, pos, "", "joint statement by a list of states, one row each: support for the right to assemble = supporting; target empty (LGBTIQ people, not an actor)"),
  ("France", S, pos, "", "as above"),
  ("Netherlands", S, pos, "", "as above"),
  ("Spain", S, pos, "", "as above"),
  ("Ireland", S, pos, "", "as above"),
  ("United Kingdom", S, pos, "", "as above"))
U(d, "The signatories said they were concerned by legislation", "freedom of assembly and expression.",
  ("Germany", N, neg, "", "'The signatories' = the listed states; concern with no appeal = neutral, negative"),
  ("France", N, neg, "", "as above"),
  ("Netherlands", N, neg, "", "as above"),
  ("Spain", N, neg, "", "as above"),
  ("Ireland", N, neg, "", "as above"),
  ("United Kingdom", N, neg, "", "as above"))
# "The United States embassy did not sign the statement this year and did not respond to a request for comment." = non-answer, no row.
U(d, "Spain's equality minister, Ana Redondo, who marched in Budapest, said the European Commission", "on their own.",
  ("Spain", C, neg, "European Union", "reported clause: blames the Commission for leaving activists alone"))
U(d, "\"Brussels cannot defend the treaties in speeches", "Redondo said.",
  ("Spain", C, neg, "European Union", "judgement of the Commission's inaction; Brussels = metonym"))
U(d, "The Dutch foreign ministry said in a statement that the Netherlands stood with everyone", "as observers.",
  ("Netherlands", S, pos, "", "ministry given by its adjective; solidarity + diplomats joining the march (backing by act)"))
U(d, "Ireland's minister of state for European affairs, Thomas Byrne, welcomed the fact", "not on the streets.",
  ("Ireland", T, pos, "", "welcome of a peaceful day joined to a hope for settlement in court, no judgement: the appeal decides (rule 2 before rule 3) = calling_for_talks"))
U(d, "The German federal government's commissioner for human rights, in a post on X, called the ban", "the right to take away.",
  ("Germany", C, neg, "Hungary", "'an attack on a basic freedom' = explicit judgement"))
U(d, "UN High Commissioner for Human Rights Volker Türk called on Hungary to repeal", "his office said in Geneva.",
  ("United Nations", T, neg, "Hungary", "demand to repeal and not prosecute, no judgement word = calling_for_talks, negative"))
U(d, "Michael O'Flaherty, the Council of Europe's Commissioner for Human Rights, said he had raised the ban", "urged that it be lifted.",
  ("Council of Europe", T, neu, "Hungary", "appeal to lift the ban, no judgement"))
U(d, "O'Flaherty said he would follow the handling of any fines or prosecutions closely.", "closely.",
  ("Council of Europe", N, neg, "", "monitoring, no appeal = neutral"))
U(d, "Amnesty International said the ban was part of a deliberate campaign", "for later fines.",
  ("Amnesty International", C, neg, "Hungary", "accusation of a deliberate campaign"))
# "Bence Kiss, a 34-year-old teacher who travelled from Szeged, said he had never been to a Pride march before." = a fact about himself, no position, no row.
U(d, "\"I came because they told me I was not allowed to.", "Kiss said.",
  ("Bence Kiss", C, neg, "Hungary", "invented marcher (witness); judgement of the state without stock words"))
U(d, "Eszter Vámos, a sociologist at Eötvös Loránd University, said the size of the crowd", "backfired on the government.",
  ("Eszter Vámos", N, neu, "", "invented scholar; assessment"))
U(d, "\"For most people here this was not only about Pride.", "Vámos said.",
  ("Eszter Vámos", N, neu, "", "reading of the marchers' motives"))
U(d, "She said the opposition and the government should both resist", "next year's election.",
  ("Eszter Vámos", T, neu, "", "appeal to both sides for restraint"))
