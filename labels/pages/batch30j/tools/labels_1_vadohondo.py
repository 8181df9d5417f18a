# ------------------------------------------------------------------ Guatemala breaks up the Honduran migrant caravan at Vado Hondo (wire copy, 2021-01-18)
d = "page_guatemala_vadohondo_caravan2021_wire.txt"
# Not statements: menu, UPDATE headline (carries Honduras's demand), byline, read time, the four bullets, ADVERTISEMENT,
# crossheads, reporting credits, Related Coverage, Our Standards, tags, most read, copyright.
U(d, "Guatemala's government said on Monday its security forces had acted within the law", "had been mistreated.",
  ("Guatemala", N, neg, "", "dateline excluded; defence of its own forces + rejecting the complaints = a denial (neutral, negative tone); the lede names Honduras only as the complainant"))
# "Several thousand migrants, most of them from Honduras, crossed into Guatemala..." / "By Monday morning..." = narration, no row.
U(d, "Guatemala's migration institute said more than 1,000 people had been returned", "dozens of children.",
  ("Guatemala", N, neu, "", "figures given by a state agency"))
U(d, "\"Our forces did not attack anyone; they held a line", "on Sunday night.",
  ("Guatemala", N, neg, "", "president named by title and name after the quote; denial of an attack = neutral, negative tone"))
U(d, "\"The right to cross a border does not include", "the country you enter.\"",
  ("Guatemala", N, neg, "", "quote continued after the attribution = same speaker; a rule for migrants, no actor judged"))
U(d, "Giammattei said Honduras should have stopped the group from leaving", "coronavirus infections.",
  ("Guatemala", C, neg, "Honduras", "surname only; blame laid on Honduras without a stock word = condemning"))
# "His government has declared a state of prevention in seven departments..." = background narration of a measure aimed at no actor, no row.
U(d, "The head of the Guatemalan Migration Institute, Guillermo Díaz, told reporters", "a health check.",
  ("Guatemala", N, neu, "", "official named by role then name; offer of transport = procedure"))
U(d, "Díaz said the border posts would stay staffed around the clock.", "around the clock.",
  ("Guatemala", N, neu, "", "plan; surname only"))
U(d, "Honduras's foreign ministry said in a statement it had asked Guatemala to account", "consular staff to the border.",
  ("Honduras", C, neg, "Guatemala", "demand for an account of 'use of force against ... children' = accusation by describing the other side's acts against civilians"))
U(d, "Foreign Minister Lisandro Rosales was quoted by the state news agency as saying", "\"with dignity.\"",
  ("Honduras", N, neu, "", "passive second-hand attribution; its own warning and reception plans = neutral"))
U(d, "Rosales said no one should profit from the despair of families", "on social media.",
  ("Honduras", C, neg, "", "judgement on the organisers (not an actor) -> target empty; 'officials described' is the outlet's gloss"))
U(d, "Mexico has deployed several hundred National Guard troops", "its National Migration Institute said.",
  ("Mexico", N, neu, "", "deployment reported by its own agency, aimed at migrants, no actor judged = neutral (a measure by act, but against no side)"))
U(d, "Foreign Minister Marcelo Ebrard said Mexico would \"not allow irregular entry of caravans\"", "push people to leave.",
  ("Mexico", T, neu, "", "border policy + appeal to the region's governments to cooperate, no judgement on a state = calling_for_talks"))
U(d, "The ministry added that Mexico was in contact with Guatemala and Honduras", "carried by Mexican media.",
  ("Mexico", N, neu, "", "'the ministry' by context; contacts = fact; attribution tail 'in remarks carried by'"))
U(d, "In Washington, acting Customs and Border Protection Commissioner Mark Morgan told migrants", "reached the border.",
  ("United States", N, neg, "", "warning aimed at migrants (not a side or actor) = stated policy, neutral with a negative tone (unsure: could be read as a threat)"))
U(d, "\"Do not hand your savings to smugglers", "he said.",
  ("United States", N, neg, "", "advice to migrants; no actor judged"))
U(d, "The U.S. Embassy in Guatemala praised the Guatemalan authorities", "their citizens.",
  ("United States", S, pos, "Guatemala", "praise of the crackdown = supporting Guatemala"))
U(d, "A transition official for the incoming administration, speaking on condition of anonymity", "set out now.",
  ("", N, neu, "", "an official of a transition team, not yet the government: unnamed speaker with no tie to a governing body -> empty actor; plans"))
U(d, "The U.N. refugee agency UNHCR, the International Organization for Migration and UNICEF said in a joint statement", "including children.",
  ("UNHCR", N, neg, "", "joint statement by a list of bodies: one row each; concern without an appeal = neutral"),
  ("International Organization for Migration", N, neg, "", "same sentence, second body"),
  ("UNICEF", N, neg, "", "same sentence, third body"))
U(d, "The three agencies called on all states along the route", "issued in Panama City.",
  ("UNHCR", T, neu, "", "'the three agencies' = the list; appeal to protect migrants and allow asylum, no judgement; 'according to the statement'"),
  ("International Organization for Migration", T, neu, "", "same sentence"),
  ("UNICEF", T, neu, "", "same sentence"))
U(d, "A UNICEF spokesperson in the region, Teresa Aldana, said that at least several hundred children", "in the group.",
  ("UNICEF", N, neu, "", "spokesperson named by role; a figure"))
U(d, "Aldana said the agency's teams at the border had handed out water", "on Sunday.",
  ("UNICEF", S, pos, "", "aid provided = supporting; beneficiaries are migrants, no actor -> target empty"))
U(d, "Guatemala's human rights ombudsman, Jordán Rodas, said the forces had used excessive force", "file a complaint.",
  ("Guatemala", C, neg, "", "state ombudsman = Guatemala (state institution) judging its own forces; target would equal actor -> empty (unsure)"))
U(d, "The Central American Integration System (SICA) said its member states should share information", "as soon as possible.",
  ("Central American Integration System", T, neu, "", "appeal for cooperation and a regional meeting"))
U(d, "Lucía Arreaga, a migration researcher at the Central American Institute for Social Studies", "the pandemic.",
  ("Lucía Arreaga", C, neg, "", "invented analyst; judgement of the region's governments (several) -> target empty"))
U(d, "\"You can push people back down a road", "cheaper than a plan.\"",
  ("Lucía Arreaga", C, neg, "", "quote closed by the speaker (attribution mid-quote); judgement without stock words"))
U(d, "The researcher said the only lasting answer would be a regional agreement", "reconstruction money.",
  ("Lucía Arreaga", T, neu, "", "'the researcher' = Arreaga; appeal for a negotiated regional agreement"))
U(d, "Héctor Villeda, a municipal councillor in nearby Jocotán, said residents had handed food", "over the weekend.",
  ("Héctor Villeda", N, pos, "", "invented local official as an independent voice (brief); account of residents' help, not his own aid"))
U(d, "\"People here are poor too, but nobody here wanted to see children sleeping in a ditch,\" Villeda said.", "Villeda said.",
  ("Héctor Villeda", N, neg, "", "sympathy, no actor, no appeal"))
# "Many migrants said they would try again." = unnamed speakers, no row. "Some slept..." = narration.
