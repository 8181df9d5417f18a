# ------------------------------------------------------------------ Iran/Sweden: the Djalali execution threat and the Nouri trial (think-tank weekly roundup, 2022-05-20)
d = "page_iran_djalali_nouri2022_ngoroundup.txt"
# Not statements: institute header and menu, breadcrumb, brief number and title, publication line, the brief's own
# introduction, capitals crossheads, "What to watch" notes, sources line, disclaimer, subscribe/share, previous briefs, licence.
# "Iran's semi-official ISNA news agency reported on 4 May ..." = an agency reporting a fact (not an actor), no row.
# "The report came on the day closing arguments ended ..." = narration, no row.
U(d, "The Stockholm District Court has said it will deliver its verdict on 14 July.", "The Stockholm District Court has said it will deliver its verdict on 14 July.",
  ("Sweden", N, neu, "", "a court is a state body; procedural date"))
U(d, "Iran's judiciary spokesman, Zabihollah Khodaian, told his weekly news conference", "into a bargaining chip.",
  ("Iran", C, neg, "Sweden", "announced enforcement + rebuff of 'foreign capital' pressure (Stockholm meant) = condemning (unsure: the enforcement alone could be neutral)"))
U(d, "Khodaian said Djalali had been tried in accordance with the law", "obtained under duress.",
  ("Iran", N, neg, "", "surname only; denial of coercion, own account of the case = neutral, negative"))
U(d, "Foreign Ministry spokesman Saeed Khatibzadeh said on Monday that Sweden was ignoring every warning", "\"terrorist group\".",
  ("Iran", C, neg, "Sweden", "judgement without a stock word ('ignoring every warning') + 'full responsibility'"))
U(d, "Khatibzadeh confirmed that the Swedish ambassador had been summoned", "over Nouri's detention.",
  ("Iran", C, neg, "Sweden", "summoning an envoy in protest = a diplomatic measure"))
U(d, "He said the Djalali case was purely judicial", "under pressure.",
  ("Iran", N, neg, "", "denial of a link and of hostage bargaining = neutral, negative"))
U(d, "Iran's High Council for Human Rights said Nouri's arrest", "not Iran.",
  ("Iran", C, neg, "Sweden", "state body; counter-accusation ('a trap', 'holding a hostage')"))
U(d, "Foreign Minister Ann Linde said she had read the reports of an imminent execution with horror", "was unchanged.",
  ("Sweden", T, neg, "Iran", "horror + demand for release, no judgement word = calling_for_talks with a negative tone"))
U(d, "\"We will keep saying this to Tehran, every day if necessary", "on Wednesday.",
  ("Sweden", T, neu, "Iran", "continued diplomatic demand"))
U(d, "The Swedish Foreign Ministry said Iran's chargé d'affaires had been called in", "to him in person.",
  ("Sweden", C, neg, "Iran", "summons of an envoy = diplomatic protest measure"))
U(d, "Prime Minister Magdalena Andersson said Swedish courts decide their cases independently", "Djalali's fate.",
  ("Sweden", N, neg, "", "denial of any link between the cases = neutral, negative"))
U(d, "The European Union's foreign-policy spokesperson said the EU had made clear to Tehran", "closely with Sweden.",
  ("European Union", C, neg, "Iran", "warning of consequences for relations = threat"))
U(d, "Belgium's foreign ministry said it had joined Sweden's démarche in Tehran", "at every meeting this month.",
  ("Belgium", S, neu, "Sweden", "backing by act: joining Sweden's démarche (unsure: the pressure on Iran could be read as condemning)"))
U(d, "The ministry said Belgium still hoped that quiet diplomacy could save the life", "for years.",
  ("Belgium", T, pos, "", "hope for a diplomatic outcome = calling_for_talks"))
U(d, "Italy's foreign ministry said it was following the case with great apprehension", "Eastern Piedmont in Novara.",
  ("Italy", N, neg, "", "apprehension with no appeal = neutral, negative"))
U(d, "The U.S. State Department said it had been in touch with Swedish officials", "in the first place.",
  ("United States", C, neg, "Iran", "'should never have been imprisoned' = judgement of Iran's detention"))
U(d, "A group of UN human rights experts, including the Special Rapporteur on Iran", "annul the death sentence.",
  ("United Nations", T, neg, "Iran", "UN experts = United Nations; alarm + appeal to halt, no judgement = calling_for_talks"))
U(d, "The experts said Djalali's trial had fallen far short of international standards", "pressed to confess.",
  ("United Nations", C, neg, "Iran", "judgement of the trial"))
U(d, "Amnesty International said the timing of the ISNA report showed that Iran was using a man's life", "before 21 May.",
  ("Amnesty International", C, neg, "Iran", "accusation + appeal to the EU: rule 1"))
U(d, "The Oslo-based group Iran Human Rights welcomed the way the Swedish court", "should reward.",
  ("Iran Human Rights", C, neg, "Iran", "welcome of the Swedish court + accusation of hostage diplomacy: rule 1"))
U(d, "Human Rights Watch said Iran had produced no credible evidence", "indefensible.",
  ("Human Rights Watch", C, neg, "Iran", "judgement ('indefensible')"))
U(d, "The Karolinska Institutet said it had written to Iran's embassy", "diagnosed in prison.",
  ("Karolinska Institutet", T, neu, "Iran", "appeal for release on humanitarian grounds + offer of medical care to the prisoner (not an actor) = calling_for_talks"))
U(d, "Lotta Nyström, a senior fellow at NIRS, said the announcement of a date fitted a pattern", "greatest exposure.",
  ("Lotta Nyström", N, neg, "", "invented fellow; reading of Tehran's tactics without an explicit judgement"))
U(d, "\"Stockholm cannot trade a court verdict", "Nyström said.",
  ("Lotta Nyström", N, neg, "", "risk scenario"))
U(d, "She said the most useful step now would be a discreet channel", "before the 21 May date passes.",
  ("Lotta Nyström", T, neu, "", "appeal for a diplomatic channel = calling_for_talks"))
U(d, "Babak Teymouri, a former colleague of Djalali's", "impossible to recognise.",
  ("Babak Teymouri", N, pos, "", "invented former colleague; tribute + disbelief in the charge without an explicit judgement of Iran (unsure: could be condemning)"))
# "The date reported by ISNA falls on Saturday. ..." = what-to-watch notes, no row.
