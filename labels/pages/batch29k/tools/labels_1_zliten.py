# ------------------------------------------------------------------ Zliten truck bombing, Libya (international wire copy, 2016-01-07)
d = "page_libya_zliten_truckbomb2016_wire.txt"
# Not statements: menu, headline, byline, read time, crossheads, ADVERTISEMENT, reporting credits, Related coverage, tags, copyright.
# "TRIPOLI, Jan 7 ... A truck packed with explosives blew up ..." = lead: narration; "drawing condemnation from ... capitals" is vague background, no row.
# "The water tanker was driven into the al-Jahfal camp ..." = narration ("residents said": unnamed), no row.
U(d, "A spokesman for the health ministry in Tripoli put the toll at 50 dead", "because Zliten's wards were full.",
  ("General National Congress", N, neu, "", "spokesman of the Tripoli-based ministry (GNC administration); casualty figures = neutral"))
# "No group immediately said it was behind the bombing." = narration, no row.
U(d, "The internationally recognised government, which sits in the east, called the blast", "according to a statement posted on its website.",
  ("Libya", C, neg, "", "recognised government = Libya; judgement ('cowards') + demand to lift the embargo; perpetrator unnamed -> target empty"))
U(d, "In Tripoli, where a rival administration backed by armed groups holds the capital", "would be hunted down.",
  ("General National Congress", C, neg, "", "long sentence: narration + Naas's threat of pursuit (threatened response = condemning)"))
U(d, "\"These boys came to learn how to protect their streets.", "Naas said.",
  ("General National Congress", C, neg, "", "surname only; 'will answer for every one of them' = threat against the unnamed perpetrators"))
U(d, "The head of the U.N. support mission, Martin Kobler, said the bombing was a suicide attack", "signed in Skhirat last month.",
  ("United Nations", T, neg, "", "fact (suicide attack) + appeal to close ranks behind the accord, no judgement word = calling_for_talks"))
U(d, "\"Libya cannot face this enemy with two governments", "without further delay.",
  ("United Nations", T, neg, "", "appeal to the factions to seat the unity cabinet = calling_for_talks"))
U(d, "The Presidential Council of the planned Government of National Accord", "declared three days of mourning.",
  ("Government of National Accord", N, neg, "", "mourning declared: an act of grief, no judgement or appeal = neutral, negative"))
U(d, "Sarraj was quoted by the council's media office as saying", "its first task.",
  ("Government of National Accord", N, neg, "", "passive attribution; grief + own plan, no judgement on a named actor (unsure: 'killed for wearing the uniform' could read as condemning)"))
U(d, "In Washington, State Department spokesman John Kirby said the United States stood with", "on Libyan soil.",
  ("United States", S, neg, "Libya", "solidarity with the families + offer of help to a unity government = supporting"))
U(d, "The spokesman added that the attack was a reminder", "political deadlock.",
  ("United States", N, neg, "", "'the spokesman' = Kirby; assessment that deadlock helps militants, no appeal or judgement on an actor = neutral"))
U(d, "French Foreign Minister Laurent Fabius called the bombing", "according to a statement from his ministry.",
  ("France", C, neg, "Islamic State", "judgement 'cowardly crime'; second-hand attribution; perpetrator named only later in the page -> target Islamic State is the implied one (unsure: could be empty)"))
U(d, "Italy's foreign ministry said Rome was alarmed", "from its own shores.",
  ("Italy", N, neg, "", "alarm without an appeal = neutral, negative"))
U(d, "Italian Foreign Minister Paolo Gentiloni told reporters in Rome that Italy hoped", "started in Skhirat.",
  ("Italy", T, pos, "", "hope that the parties finish the accord = calling_for_talks"))
U(d, "In Cairo, foreign ministry spokesman Ahmed Abu Zeid said Egypt rejected", "against extremist groups.",
  ("Egypt", S, neg, "Libya", "'rejected any attempt' aimed at no named actor + backing of Libya's army; backing decides (no named culprit) (unsure: could be condemning)"))
U(d, "The European Union's foreign policy chief, Federica Mogherini, said the bloc would release", "seated in Tripoli.",
  ("European Union", S, pos, "Government of National Accord", "offered money to the new government = backing by act, supporting"))
U(d, "Arab League Secretary-General Nabil Elaraby condemned what he called", "the league said in a statement.",
  ("Arab League", C, neg, "", "condemnation; attribution tail; no named perpetrator"))
U(d, "Tunisia, whose border crossing at Ras Jdir lies about 300 km to the west", "along the frontier.",
  ("Tunisia", N, neu, "", "own security measure, not aimed at an actor = neutral"))
U(d, "The Tunisian foreign ministry said it shared the grief", "in its hospitals.",
  ("Tunisia", S, neg, "Libya", "condolences + offer to treat the wounded = supporting"))
# "Analysts said the choice of target was deliberate." = unnamed analysts, no row.
U(d, "\"This was a message to every young man thinking of joining a state force", "Security Studies in Tunis.",
  ("Salma Ben Ammar", N, neg, "", "invented researcher; reading of the attacker's intent, no judgement on a named actor"))
U(d, "Ben Ammar said the two rival governments had spent more energy", "eighteen months of paralysis.\"",
  ("Salma Ben Ammar", C, neg, "", "judgement on both governments (no stock word); two targets -> empty"))
U(d, "Murad Ghaith, a nurse at Misrata central hospital who treated survivors", "were under 25.",
  ("Murad Ghaith", N, neg, "", "invented witness; facts about the wounded"))
U(d, "\"They keep asking whether their friends are alive", "Ghaith said.",
  ("Murad Ghaith", N, neg, "", "witness description, no position"))
# Background on the two governments and Islamic State in Sirte = narration, no row.
U(d, "A spokesman for the House of Representatives in Tobruk rejected suggestions", "study the cabinet list.",
  ("Libyan House of Representatives", N, neg, "", "unnamed official of a named body; denial = neutral, negative; procedure"))
U(d, "British Foreign Secretary Philip Hammond said the attack underlined", "once one was in place.",
  ("United Kingdom", S, neu, "", "offer to train and equip a future government = backing by act, supporting; the government is not yet formed -> target empty"))
U(d, "In Moscow, foreign ministry spokeswoman Maria Zakharova said the bloodshed", "able to defend itself.",
  ("Russia", C, neg, "NATO", "judgement of NATO's 2011 campaign, no stock word; Moscow = place"))
U(d, "Algeria's foreign ministry denounced the attack", "the state news agency APS reported.",
  ("Algeria", C, neg, "", "denounced + appeal: the judgement decides (rule 1); agency attribution"))
U(d, "She urged both parliaments to approve the unity cabinet", "their next target.",
  ("Salma Ben Ammar", T, neg, "", "'She' = Ben Ammar; appeal to the parliaments, no judgement = calling_for_talks"))
