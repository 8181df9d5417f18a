# ------------------------------------------------------------------ US steel and aluminium tariffs on the EU, Canada and Mexico take effect; retaliation (business wire, .txt, 2018-06-01)
d = "page_metal_tariffs_bizwire.txt"
# menu, section/time line, headline, bylines, read time, photo captions ("1 of 4"): never statements
U(d, "The European Union, Canada and Mexico moved on Friday to hit back", "in decades.",
  ("European Union", C, neg, "United States", "long lead: retaliatory duties readied = measures against another side; one row per listed actor; dateline excluded"),
  ("Canada", C, neg, "United States", "same list"),
  ("Mexico", C, neg, "United States", "same list"))
U(d, "U.S. Commerce Secretary Wilbur Ross told reporters on a conference call", "from June 1.",
  ("United States", C, neg, "", "tariffs imposed on three partners = trade measure against other sides (unsure: could be read as a neutral announcement); several targets -> empty"))
U(d, "He said Washington remained eager to keep negotiating", "between them.",
  ("United States", T, pos, "", "'He' = Ross; readiness to negotiate = calling_for_talks; three partners -> target empty"))
U(d, "President Donald Trump wrote on Twitter on Friday", "was over.",
  ("United States", C, neg, "", "leader on social media: accusation that others took advantage; nobody named -> target empty"))
# "The three trading partners account for ...", Section 232 and exemption history: background, no rows
U(d, "Canadian Prime Minister Justin Trudeau said it was insulting", "mountains of Afghanistan.",
  ("Canada", C, neg, "United States", "'insulting' = judgement without the usual stock words"))
U(d, "Foreign Minister Chrystia Freeland said Ottawa would impose duties", "lifted its own.",
  ("Canada", C, neg, "United States", "retaliatory duties announced = measure; Ottawa and Washington = metonyms"))
U(d, "Ottawa also said it would challenge the U.S. measures", "Free Trade Agreement.",
  ("Canada", C, neg, "United States", "Ottawa = metonym; legal challenge of the other side's measures = complaint (unsure: legal recourse could be read as calling_for_talks)"))
U(d, "Canadian officials described the package", "more than 70 years.",
  ("Canada", N, neu, "", "unnamed officials of a named government; description of its own measure's size"))
U(d, "Mexico's economy ministry said late on Thursday it would impose equivalent duties", "voted for Trump.",
  ("Mexico", C, neg, "United States", "retaliatory duties = measure; the analysts' remark in the same sentence gets no row"))
U(d, "Economy Minister Ildefonso Guajardo said Mexico would keep negotiating", "being treated.",
  ("Mexico", T, neu, "", "continued NAFTA talks in good faith = calling_for_talks; the linkage is a condition, not a judgement; NAFTA partners -> target empty"))
# peso move: market narration, no row
U(d, "European Commission President Jean-Claude Juncker said the tariffs", "security policy.",
  ("European Union", C, neg, "United States", "'protection dressed up as security policy' = judgement without stock words"))
U(d, "Trade Commissioner Cecilia Malmström said Brussels would launch a WTO case", "jeans and motorcycles.",
  ("European Union", C, neg, "United States", "WTO case + counter-duties = measures; Brussels = metonym"))
U(d, "She said she still hoped the dispute could be settled", "late June.",
  ("European Union", T, pos, "United States", "'She' = Malmström; hope for a negotiated settlement = calling_for_talks"))
U(d, "French President Emmanuel Macron told Trump in a phone call", "the Elysee palace said.",
  ("France", C, neg, "United States", "'illegal and a mistake' with an attribution tail (the Elysee = the presidency)"))
U(d, "French Finance Minister Bruno Le Maire, who met Ross in Paris", "answer as one.",
  ("France", C, neg, "United States", "'would not bargain under threat' = refusal under pressure, judgement without stock words; Paris = place"))
U(d, "German government spokesman Steffen Seibert said Berlin rejected", "worse off.",
  ("Germany", C, neg, "United States", "'rejected ... contrary to international trade law' = judgement; warning of escalation adds no appeal; Berlin = metonym"))
U(d, "Economy Minister Peter Altmaier said he still hoped", "through talks.",
  ("Germany", T, pos, "", "hope that a conflict is avoided through talks = calling_for_talks"))
U(d, "In London, Prime Minister Theresa May's spokesman said", "on a response.",
  ("United Kingdom", C, neg, "United States", "'without justification' + joint response = condemning; London = place"))
U(d, "International Trade Secretary Liam Fox said it made no sense", "U.S. security.",
  ("United Kingdom", C, neg, "United States", "judgement of the security rationale"))
U(d, "At a meeting of Group of Seven finance ministers in Whistler", "dismayed by them.",
  ("Canada", C, neg, "United States", "six ministers as a list = one row per listed state; 'objected' to the US tariffs = opposition aimed at the US act"),
  ("France", C, neg, "United States", "same list"),
  ("Germany", C, neg, "United States", "same list"),
  ("Italy", C, neg, "United States", "same list"),
  ("Japan", C, neg, "United States", "same list"),
  ("United Kingdom", C, neg, "United States", "same list ('Britain')"))
U(d, "Mnuchin told reporters he did not think the dispute amounted to a trade war", "colleagues' views.",
  ("United States", N, neg, "", "surname only (Steven Mnuchin is an alias of the United States); denial of a trade war = neutral, negative"))
U(d, "Le Maire said the United States had found itself alone", "in the room.",
  ("France", C, neg, "United States", "surname only; isolating judgement of the US position"))
# crosshead INDUSTRY SPLIT: no row
U(d, "The American Iron and Steel Institute welcomed the decision", "invest and hire.",
  ("American Iron and Steel Institute", S, pos, "United States", "industry body under its own name; welcome of the government's step = supporting"))
U(d, "The U.S. Chamber of Commerce said the tariffs amounted to a tax", "farmers and manufacturers.",
  ("U.S. Chamber of Commerce", C, neg, "United States", "business lobby judging its own government's measure"))
# share moves, economists, the unnamed London strategist: no rows; credits, related, topics, newsletter, most read: no rows
# Mexico's list background, ministry's non-announcement of a final value, trade lawyers: no rows
