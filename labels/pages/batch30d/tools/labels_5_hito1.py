# ------------------------------------------------------------------ Argentine solar panels installed inside Chilean territory at Hito 1, Tierra del Fuego
# (a foreign ministry's statements page, full HTML, June 2024). The Ministry speaks of itself; its state is never named in the body.
# "The Ministry", "the President of the Republic", "the Minister", "national naval personnel" = Chile.
d = "page_chile_minrel_hito1_solarpanels2024_mfa.html"
# Not statements: gov bar, header, nav, breadcrumbs, page title, month filter, release dates and titles, figcaption with credit,
# the contact box, share bar, footer.
U(d, "The Ministry of Foreign Affairs informs that this morning personnel of the Argentine Navy", "Strait of Magellan.",
  ("Chile", N, neu, "", "the Ministry reports the removal = facts"),
  ("Argentina", N, neu, "", "the removal carried out by the Argentine Navy = an act reported as done, compliance without a position"))
U(d, "The removal was verified on the ground by national naval personnel", "the boundary line.",
  ("Chile", N, neu, "", "'national naval personnel' = Chile; verification = procedure"))
U(d, "The Ministry appreciates the speed with which the authorities of the Argentine Republic acted", "during the last days.",
  ("Chile", S, pos, "Argentina", "appreciation of Argentina's quick action = approval"))
U(d, "At the same time, the Ministry recalls that the installation of any structure by a foreign State", "whatever its size or purpose.",
  ("Chile", C, neg, "Argentina", "'infringement of sovereignty that cannot be repeated' = judgement of the installation (the welcome sits in the previous unit)"))
U(d, "The Ministry notes that, according to the communication received from the Embassy", "within Argentine territory.",
  ("Argentina", N, neu, "", "Argentina's admission and plan, reported by the Ministry at second hand ('according to the communication'); 'notes' is no position of Chile's"))
U(d, "The Ministry trusts that the incident is now closed", "up to date.",
  ("Chile", T, pos, "", "hope that the matter is closed + continued joint work = calling_for_talks"))
U(d, "In view of public statements made in recent days, the Ministry of Foreign Affairs reiterates", "not open to interpretation.",
  ("Chile", N, neu, "", "legal position restated, no actor judged in this unit"))
U(d, "The Ministry takes note that the Ambassador of the Argentine Republic in Santiago, Jorge Faurie, has acknowledged", "coordinates of the marker.",
  ("Argentina", N, neu, "", "the ambassador's admission of the error, reported by the Ministry; 'takes note' = no position of Chile's"))
U(d, "The Ministry rejects any suggestion that installations located within national territory", "wholly unacceptable.",
  ("Chile", C, neg, "Argentina", "'rejects' + 'wholly unacceptable' aimed at the Argentine suggestion of delay or shared use"))
U(d, "As the President of the Republic stated this morning in Paris", "proceed to remove them.",
  ("Chile", C, neg, "Argentina", "ultimatum: remove them or national authorities will = a threatened response"))
U(d, "The Minister of Foreign Affairs, Alberto van Klaveren, conveyed this position by telephone", "within the next 24 hours.",
  ("Argentina", N, neu, "", "Mondino's report that her government ordered the removal = an act, no position; van Klaveren's call narrates the position given above (no second Chile row)"))
U(d, "The Minister said afterwards that the relationship with the Argentine Republic", "without drama.",
  ("Chile", T, pos, "", "'the Minister' = van Klaveren; calm handling of the episode and the value of the relationship = de-escalation (calling_for_talks)"))
U(d, "Professor Ignacio Ferrada Soto, of the University of Magallanes, said", "remote areas for years.",
  ("Ignacio Ferrada Soto", C, neg, "", "invented scholar; 'had neglected that work' = a judgement of both states -> target empty"))
U(d, "Retired ambassador Mónica Ruiz-Tagle Vial argued", "meet more often.",
  ("Mónica Ruiz-Tagle Vial", T, pos, "", "invented retired diplomat (person); cooperation + more meetings of the commission = calling_for_talks"))
U(d, "Ruiz-Tagle said the two foreign ministries had so far dealt with the panels", "did not justify alarm.",
  ("Mónica Ruiz-Tagle Vial", S, pos, "", "praise of both ministries' handling = approval; two actors -> target empty"))
U(d, "The Ministry of Foreign Affairs reports that, following verification by the Navy", "requesting their immediate removal.",
  ("Chile", C, neg, "Argentina", "note of protest demanding removal = condemning"))
U(d, "The Ministry recalls that the post in question was inaugurated", "29 April 2024.",
  ("Chile", N, neu, "", "a fact recalled, no evaluation stated"))
U(d, "The Ministry of Foreign Affairs welcomes the holding of the Summit on Peace in Ukraine", "deported children.",
  ("Chile", S, pos, "", "welcome of the summit + support for the communiqué; no peace appeal in this unit = supporting"))
U(d, "It also renews its call for the return to their families of the Ukrainian children", "Russian Federation.",
  ("Chile", T, neg, "Russia", "'It' = the Ministry; a call addressed to Russia with no judgement word in the sentence = calling_for_talks"))
U(d, "The Ministry reaffirms its rejection of the aggression carried out by the Russian Federation", "territorial integrity of Ukraine.",
  ("Chile", C, neg, "Russia", "rejection of the aggression + support for Ukraine: rule 1"))
U(d, "The Ministry expresses the hope that the process begun in Switzerland", "participation of both parties.",
  ("Chile", T, pos, "", "hope for a just peace = calling_for_talks"))
U(d, "The Ministry of Foreign Affairs welcomes the adoption by the Security Council of resolution 2735", "without delay or conditions.",
  ("Chile", T, neu, "", "welcome + appeal to both sides to implement a ceasefire, no judgement: rule 2 before rule 3; two parties -> target empty"))
U(d, "The Ministry reiterates its call for the release of all hostages", "throughout the Gaza Strip.",
  ("Chile", T, neu, "", "humanitarian appeal"))
U(d, "The Ministry of Foreign Affairs conveys its deepest condolences to the Government and people of the Republic of Malawi", "Chikangawa forest.",
  ("Chile", S, neg, "Malawi", "condolences = solidarity (supporting), tone of grief"))
