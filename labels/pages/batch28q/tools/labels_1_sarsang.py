# ------------------------------------------------------------------ Drone strikes on the Khurmala and Sarsang oilfields, Kurdistan region of Iraq (wire copy, 2025-07-15)
d = "page_kurdistan_sarsang_drones_2025_wire.txt"
# Not statements: menu, section label, headline (carries Washington's and Erbil's pressure), byline, read time, the four bullets, ADVERTISEMENT,
# crossheads (WESTERN CAPITALS, DENIALS, ANALYSTS), reporting credits, related coverage, standards line, tags, most read, copyright.
U(d, "A drone set fire to a production facility", "behind the attacks.",
  ("Kurdistan Regional Government", C, neg, "Iraq", "dateline excluded; long lead: narration of two strikes + the region's government saying Baghdad must prove it can stop the groups = a judgement on Baghdad's failure (no stock word)"))
U(d, "No casualties were reported in either strike", "to contain the blaze.",
  ("Kurdistan Regional Government", N, neu, "", "'according to the counter-terrorism directorate' = second-hand attribution of a casualty figure; the operator's suspension is narration"))
U(d, "The Presidency of the Kurdistan Region said the attacks were a deliberate assault", "put them before a court.",
  ("Kurdistan Regional Government", C, neg, "", "judgement of the attacks ('deliberate assault') + demand on Baghdad; perpetrators unnamed -> target empty"))
U(d, "\"Whoever sends these drones is not fighting the Kurdistan Region", "the presidency said in a statement.",
  ("Kurdistan Regional Government", C, neg, "", "multi-sentence quote with attribution tail; judgement of the unnamed attackers"))
U(d, "The region's Ministry of Natural Resources went further", "at a delicate stage.",
  ("Kurdistan Regional Government", C, neg, "", "'economic terrorism' = judgement; the ministry resolves to the KRG"))
U(d, "Kurdistan Region Prime Minister Masrour Barzani spoke by telephone", "could not be allowed to become routine.",
  ("Kurdistan Regional Government", T, neg, "Iraq", "call narrated + reported clause 'told him the attacks could not become routine' = demand addressed to Baghdad with no judgement word (README: demand to one side = talks, negative)"))
U(d, "In Baghdad, Sudani's spokesman Sabah al-Numan said the premier had ordered", "to identify the culprits.",
  ("Iraq", N, neu, "", "spokesman named by role; reported order for an investigation and joint work = own plans, neutral"))
U(d, "Numan said the attacks served only those who wanted to drive a wedge", "decide the fate of its oil.",
  ("Iraq", C, neg, "", "surname only; judgement on 'outlaw groups' (no canonical target) + resolve"))
U(d, "Iraq's presidency, in remarks carried by the state news agency INA", "public interest of all Iraqis.",
  ("Iraq", C, neg, "", "second-hand attribution via the state agency (INA is not an actor); judgement of the strikes"))
U(d, "The United States condemned the strikes.", "The United States condemned the strikes.",
  ("United States", C, neg, "", "short summary-style sentence in the body that is itself the position (not a headline); kept, the next sentence details it"))
U(d, "In a statement, the U.S. embassy in Baghdad called the attacks", "its money was not safe there.",
  ("United States", C, neg, "", "'unacceptable' aimed at the attacks + a judgement of their effect; attackers unnamed -> target empty"))
U(d, "\"Baghdad has to rein in the armed groups", "energy sector.",
  ("United States", T, neg, "Iraq", "appeal to Baghdad to act, no judgement of Baghdad in the sentence = calling_for_talks (README: demand to one side); unsure: it is a security demand"))
U(d, "A U.S. official in Washington, speaking on condition of anonymity", "\"results, not committees\".",
  ("United States", C, neg, "Iraq", "unnamed official of a named government; 'results, not committees' = pointed judgement of Baghdad's handling (no stock word)"))
U(d, "Britain, France and Germany issued a joint statement", "served all Iraqis.",
  ("United Kingdom", S, pos, "", "joint statement by a list of states: one row each; solidarity with two addressees (KRG and Iraq) -> target empty"),
  ("France", S, pos, "", "joint statement, one row per state; two addressees -> target empty"),
  ("Germany", S, pos, "", "joint statement, one row per state; two addressees -> target empty"))
U(d, "The three governments said they hoped", "rather than let it fester.",
  ("United Kingdom", T, pos, "", "hope that the two governments settle their dispute = calling_for_talks; two parties -> target empty"),
  ("France", T, pos, "", "'the three governments' resolves to the list above"),
  ("Germany", T, pos, "", "'the three governments' resolves to the list above"))
U(d, "The U.N. Assistance Mission for Iraq said it was following the reports", "hard-won stability at risk.",
  ("United Nations", N, neg, "", "concern with no appeal = neutral, negative; 'was quoted by the mission as saying' = passive attribution"))
# "Turkey, whose pipeline ... made no immediate comment." = non-answer, no row.
U(d, "Iran's foreign ministry spokesman Esmaeil Baghaei told a weekly news conference", "were baseless.",
  ("Iran", N, neg, "", "denial = neutral, negative"))
U(d, "Baghaei said Iran valued the security", "as much as its own.",
  ("Iran", N, pos, "", "reassurance about its own attitude, no support by act or appeal = neutral (unsure: could read as supporting the KRG)"))
U(d, "Kataib Hezbollah, an Iran-aligned armed faction", "to win favour in Washington.",
  ("Kataib Hezbollah", C, neg, "Kurdistan Regional Government", "denial joined to an accusation of the Kurdish leaders: the judgement decides (rule 1)"))
# "Previous drone attacks ... have been blamed by Kurdish officials on Iran-backed factions" = vague background, no row.
U(d, "Hana Sherwani, a senior fellow at the Erbil-based Zagros Centre", "was not an accident.",
  ("Hana Sherwani", N, neg, "", "invented analyst, introduced by role; assessment of timing, no judgement of an actor"))
U(d, "\"Every time the two sides come close to a deal", "Sherwani said.",
  ("Hana Sherwani", N, neg, "", "quote closed by surname only; pattern described without blaming a named actor"))
U(d, "\"The message is aimed at Erbil", "paid by Baghdad.\"",
  ("Hana Sherwani", N, neg, "", "quote continued after the attribution, same speaker; analysis of who bears the cost, no judgement"))
U(d, "She said the federal government's credibility now depended", "any of the earlier strikes.",
  ("Hana Sherwani", C, neg, "Iraq", "judgement of Baghdad's record (nobody ever charged)"))
U(d, "Adel Kubaisi, a professor of political science at Baghdad University", "rather than trade accusations.",
  ("Adel Kubaisi", T, neu, "", "invented scholar; declines to blame + appeal for a joint cell instead of accusations = calling_for_talks; two parties -> empty"))
# "Oil output from the region's fields ..." = figure from no named source, no row.
