# ------------------------------------------------------------------ US third-country deportees held in Eswatini; South Africa's concern (regional live blog, 2025-08-05)
d = "page_eswatini_us_deportees2025_liveblog.txt"
# Not statements: site name, breadcrumb, headline, byline/time line, the four Key events bullets, the welcome note, time stamps, "That's where we will leave ...", item labels ("Summary", "South Africa speaks"), ADVERTISEMENT, Related, topics, newsletter prompt, copyright.
# 19:30 summary paragraph = the blog's own recap of the items below (like a bullet summary): no rows, to avoid counting the same positions twice.
U(d, "Dr Themba Ngcobo, a migration researcher at the Southern Africa Policy Institute", "towards a neighbour.",
  ("Themba Ngcobo", N, neu, "", "invented analyst; reading of the tone of Pretoria's statement, no judgement"))
U(d, "\"DIRCO chose its words to avoid a quarrel with Mbabane", "he said.",
  ("Themba Ngcobo", N, neg, "", "interpretation of South Africa's message; no explicit judgement of an actor (unsure: the 'back door' line criticises Washington only by implication)"))
U(d, "Ngcobo said SADC should take up the question", "similar deals with Washington.",
  ("Themba Ngcobo", T, neu, "SADC", "surname only; appeal for the regional body to agree common rules = calling_for_talks"))
U(d, "Human rights lawyer Lindiwe Matsebula, who is advising", "without seeing a lawyer.",
  ("Lindiwe Matsebula", C, neg, "Eswatini", "invented lawyer; accusation made by describing detention without counsel"))
U(d, "\"Whatever these men did in America", "she said.",
  ("Lindiwe Matsebula", C, neg, "Eswatini", "'unlawful under our own constitution' = judgement; Matsapha = the prison"))
U(d, "The coalition plans to file papers in the High Court this week, she added.", "she added.",
  ("Lindiwe Matsebula", C, neg, "Eswatini", "speaker carried by 'she added'; legal challenge announced against the detention = a taken response (as the chiefs' court threat on page 4); the coalition itself is unnamed"))
U(d, "Amnesty International's regional office said the detention", "bring them before a court.",
  ("Amnesty International", C, neg, "Eswatini", "'breached international law' + demand (rule 1)"))
U(d, "The group also urged the United States to stop sending people", "face arbitrary detention.",
  ("Amnesty International", T, neg, "United States", "'the group' = Amnesty; a demand to one side to stop, no judgement word aimed at Washington = calling_for_talks (labels README)"))
U(d, "SADC's executive secretary, Elias Magosi, told reporters in Gaborone", "for the heads of state.",
  ("SADC", N, neu, "", "procedural line: not seized of the matter"))
U(d, "The Swaziland Solidarity Network, which campaigns from Johannesburg", "answered to no one.",
  ("Swaziland Solidarity Network", C, neg, "", "'trading in human beings' = judgement of the deal; two governments -> target empty"))
U(d, "The People's United Democratic Movement (PUDEMO), which is banned", "nobody had been told about.",
  ("PUDEMO", C, neg, "Eswatini", "'a dumping ground for Washington' = judgement of the king's deal"))
U(d, "PUDEMO's president, Mlungisi Makhanya, called on SADC", "between the two governments.",
  ("PUDEMO", T, neu, "SADC", "appeal to the regional body for transparency, no judgement in the sentence"))
U(d, "The International Organization for Migration repeated that it had played no part", "in the removals.",
  ("International Organization for Migration", N, neu, "", "denial of involvement = neutral"))
U(d, "An IOM spokesperson said the agency had not been asked", "if the governments concerned requested it.",
  ("International Organization for Migration", S, neu, "", "spokesperson by role; offer of assistance for voluntary return = supporting (an offer); no single target"))
U(d, "Jamaica's foreign ministry said in a statement that it was in contact", "working to bring him home.",
  ("Jamaica", N, neu, "", "consular contacts about its own national, no evaluation"))
U(d, "Vietnam's foreign ministry spokesperson told a regular briefing in Hanoi", "existing agreements with Washington.",
  ("Vietnam", N, neu, "", "procedure: verifying identity, acting under agreements"))
U(d, "Home Affairs Minister Leon Schreiber said patrols had been stepped up", "photographs of the five men.",
  ("South Africa", N, neu, "", "office holder by title only (a South African live blog, South African minister); border measures stated as facts, not aimed at a side"))
# "Here is the reaction from Washington." = lead-in, no row.
U(d, "A spokesperson for the US Department of Homeland Security, Tricia McLaughlin, said", "from American communities.",
  ("United States", N, neg, "", "defence of its own programme; 'dangerous criminals' judges the deportees, who are not actors (unsure: the countries' refusal is mentioned without blame)"))
U(d, "\"We thank the Kingdom of Eswatini for being a strong partner,\"", "in an emailed statement.",
  ("United States", S, pos, "Eswatini", "thanks and praise of a partner"))
# "The State Department referred questions to DHS." = non-answer, no row. "The Eswatini government has responded to Pretoria." = lead-in, no row.
U(d, "Acting government spokesperson Thabile Mdluli said the men were being held", "any of its neighbours.",
  ("Eswatini", N, neu, "", "spokesperson named by role; reassurance answering South Africa's concern = neutral"))
U(d, "Mdluli said the kingdom would work with the United States", "close relations with South Africa.",
  ("Eswatini", N, pos, "", "surname only; plans + goodwill towards Pretoria, no appeal or judgement"))
U(d, "\"We have not received any formal complaint from the Republic of South Africa,\"", "the spokesperson added.",
  ("Eswatini", N, neu, "", "'the spokesperson' = Mdluli; procedural fact"))
U(d, "DIRCO spokesperson Chrispin Phiri told the public broadcaster", "\"a close eye\" on developments.",
  ("South Africa", N, neu, "", "DIRCO = South Africa; raising the matter and monitoring, no judgement"))
U(d, "Phiri said Minister Ronald Lamola was expected to discuss the issue", "later this month.",
  ("South Africa", T, neu, "Eswatini", "planned discussion with the counterpart = commits to talks"))
# "South Africa's Department of International Relations and Cooperation has issued a statement ..." = lead-in, no row.
U(d, "In it, South Africa said it had taken note of the arrangement", "a few hours' drive from its border.",
  ("South Africa", N, neg, "", "acceptance of Eswatini's right + unease with no appeal = concern without appeal, neutral"))
U(d, "The department said it doubted the men's home countries", "its immigration controls.",
  ("South Africa", N, neg, "", "'the department' = DIRCO; doubt and worry, no appeal, no judgement of an actor"))
# 10:00 background paragraph = narration, no row.
