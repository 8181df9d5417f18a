# ------------------------------------------------------------------ Maldives-India row over deputy ministers' posts about Modi (scraped Maldivian news page, 2024-01-08)
d = "page_maldives_india_scraped.txt"
U(d, "The government on Sunday suspended three deputy ministers", "boycott Maldivian resorts.",
  ("Maldives", N, neu, "", "'The government' = Maldives by the outlet's context; a measure against its own officials, no judgement of a canonical actor = neutral; the boycott calls come from no named speaker (no row)"))
U(d, "Ibrahim Khaleel, the minister of communications at the President's Office", "looked into.",
  ("Maldives", N, neu, "", "procedure reported by a minister"))
U(d, "Earlier on Sunday the foreign ministry put out a statement", "would face action.",
  ("Maldives", N, neu, "", "'the foreign ministry' (Maldivian by context) disowns the posts as personal opinions and warns its own officials: no canonical target, no judgement of another actor = neutral"))
U(d, "Foreign Minister Moosa Zameer went further in a post on X", "the government's position.",
  ("Maldives", C, neg, "", "'unacceptable' aimed at remarks by its own deputy ministers = a judgement; target empty because the remarks' authors are the government's own officials, disowned (unsure)"))
U(d, "\"Our door is open to every partner", "Zameer wrote.",
  ("Maldives", T, pos, "", "commitment to dialogue with partners and neighbours = calling_for_talks; India not named -> target empty"))
U(d, "A senior official at the President's Office, who spoke on condition of anonymity", "biggest groups of visitors.",
  ("Maldives", N, neg, "", "an unnamed official OF a named government speaks for it (guide); worry without appeal = neutral, negative"))
U(d, "In New Delhi, the Ministry of External Affairs called in the Maldivian high commissioner", "displeasure over the posts.",
  ("India", C, neg, "Maldives", "summoning an envoy to register displeasure = a protest measure (condemning); New Delhi = place"))
U(d, "\"We have made our concerns about these comments very clear", "external affairs ministry said.",
  ("India", N, neg, "", "unnamed MEA official = India; concern conveyed with no appeal and no judgement word = neutral, negative (contrast with the summons)"))
U(d, "The Indian mission said on X that the appointment had been on the calendar", "the wider relationship.",
  ("India", N, neu, "", "the mission's account of a routine meeting (implicitly denying a summons) = neutral; the meeting itself in the previous sentence is narrative"))
U(d, "Mohammed Faizal, the member of the Lok Sabha for Lakshadweep", "internal Indian matter.",
  ("India", C, neg, "Maldives", "a member of parliament resolves to his state (guide: Senator Cardin = US); 'no business commenting' = rebuke of the Maldivian deputy ministers -> target Maldives for an Indian speaker"))
U(d, "Former president Mohamed Nasheed said officials who mocked", "where it stood.",
  ("Mohamed Nasheed", C, neg, "", "former president, no office now = independent person under his own name; 'shamed the Maldives' judges the officials + demand to the government; target empty (officials not canonical, own country)"))
U(d, "Abdulla Shahid, a former foreign minister who presided over the UN General Assembly", "act against those responsible.\"",
  ("Abdulla Shahid", C, neg, "", "quote opened after a colon, two sentences, one unit; judgement + demand for action against the officials; UN only mentioned"))
U(d, "He said India had come to the country's aid in one emergency after another.", "He said India had come to the country's aid in one emergency after another.",
  ("Abdulla Shahid", S, pos, "India", "'He' = Shahid; praise of India = supporting"))
U(d, "Former president Ibrahim Mohamed Solih said he hoped", "had built.",
  ("Ibrahim Mohamed Solih", T, pos, "", "hope that ties are not damaged = calling_for_talks (guide: hoping stability returns); both peoples -> target empty"))
U(d, "The Maldives Association of Tourism Industry, which represents resort owners", "in a statement on Monday.",
  ("Maldives Association of Tourism Industry", C, neg, "", "industry body under its own name; 'strongly condemned' the deputy ministers' remarks -> target empty (own officials, not a canonical actor)"))
U(d, "\"Indian travellers filled our resorts", "the association said.",
  ("Maldives Association of Tourism Industry", S, pos, "India", "praise and gratitude to India = supporting"))
U(d, "Tourism ministry figures show India was among", "visitors last year.",
  ("Maldives", N, neu, "", "a state ministry's figures = neutral statement of the state"))
U(d, "In India, online travel company EaseMyTrip said it had suspended", "to stand with India.",
  ("EaseMyTrip", C, neg, "Maldives", "company under its own name; suspending bookings = a boycott by act, in protest = condemning"))
U(d, "The Confederation of All India Traders called on traders and exporters", "with the Maldives.",
  ("Confederation of All India Traders", C, neg, "Maldives", "call for a trade boycott = call for sanctions (README: condemning)"))
