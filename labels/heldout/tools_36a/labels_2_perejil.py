# ------------------------------------------------------------------ Perejil/Leila islet standoff (Spanish English-language site, full HTML, 2002-07-18)
d = "page_perejil_islet_spainsite.html"
# Not statements: top bar, masthead, nav, breadcrumb, headline, standfirst, byline/time, share bar, captions with credits,
# crossheads, advertisement slots, tags, related list, readers' comments, most read, newsletter prompt, footer.
U(d, "Spain said on Thursday that its dawn landing on the islet of Perejil", "pull its troops off the rock.",
  ("Spain", C, neg, "Morocco", "long lead: 'illegal occupation of Spanish soil' = judgement of Morocco's move"),
  ("Morocco", C, neg, "Spain", "same sentence: 'act of aggression'"),
  ("Arab League", T, neg, "Spain", "same sentence: demand to one side to withdraw, no judgement word"))
U(d, "Defence Minister Federico Trillo said 28 special forces soldiers", "within hours.",
  ("Spain", N, neu, "", "own operation reported as done, no judgement"))
U(d, "\"Nobody forced this on Morocco.", "Trillo told Cadena SER radio.",
  ("Spain", C, neg, "Morocco", "multi-sentence quote closed by its speaker; blame of the neighbour's act"))
U(d, "The ministry said the frigates and patrol boats", "\"as long as prudence requires\".",
  ("Spain", N, neu, "", "deployment kept, no target named (unsure: could be read as a deterrent warning)"))
# "A unit of some 75 legionnaires ..." = narration, no row.
U(d, "Foreign Minister Ana Palacio, who took office only last week, said the legionnaires", "not there to stay.",
  ("Spain", N, neu, "", "statement of intent about own forces, no appeal yet"))
U(d, "\"Our soldiers will leave that rock the day Rabat gives its word", "television interview on Thursday evening.",
  ("Spain", T, neu, "Morocco", "conditional offer of withdrawal = offer of a settlement (talks)"))
U(d, "She denied a claim by her Moroccan counterpart, Mohamed Benaissa", "had ever existed.",
  ("Spain", N, neg, "", "denial = neutral, negative tone"))
U(d, "Prime Minister José María Aznar told the leaders of the parliamentary groups", "before he gave the order.",
  ("Spain", N, neu, "", "own account of the decision, no judgement"))
U(d, "Government spokesman Mariano Rajoy said Spain's ambassador to Rabat", "rules between neighbours.",
  ("Spain", C, neg, "Morocco", "envoy kept recalled as a measure + implied charge = condemning"))
U(d, "The Moroccan Foreign Ministry said in a statement carried by the official MAP news agency", "principle of good neighbourliness.",
  ("Morocco", C, neg, "Spain", "judgement of the landing; MAP = agency reporting, not an actor"))
U(d, "Speaking in Rabat, Benaissa said the islet had always been Moroccan", "migrant boats.",
  ("Morocco", N, neu, "", "claim of sovereignty + own account of the post, no judgement"))
U(d, "He accused Madrid of choosing force while contacts", "still under way.",
  ("Morocco", C, neg, "Spain", "accusation; Madrid = metonym"))
U(d, "Morocco would not answer with force, he said, and wanted a broad dialogue", "including the status of Ceuta and Melilla.",
  ("Morocco", T, neu, "Spain", "attribution in the middle; offer of dialogue, no judgement"))
# "Several hundred people marched through Tetouan ..." = scene, no row.
U(d, "The Istiqlal party, a member of the governing coalition in Rabat, called the landing", "would not forget.",
  ("Istiqlal Party", C, neg, "Spain", "party speaks for itself; 'colonial arrogance' = judgement"))
U(d, "Arab League Secretary-General Amr Moussa said in Cairo that the League stood firmly behind Morocco", "in the dispute.",
  ("Arab League", S, pos, "Morocco", "backing of a member = supporting"))
U(d, "Moussa said he had telephoned both Benaissa and Palacio", "negotiated way out.",
  ("Arab League", T, neu, "", "offer of help to negotiate, addressed to both"))
U(d, "Danish Foreign Minister Per Stig Møller, whose country holds the rotating presidency", "was not in question.",
  ("European Union", S, pos, "Spain", "the presidency speaks for the EU; solidarity = supporting"))
U(d, "He said the presidency now wanted both governments to settle the matter by dialogue", "any further military step.",
  ("European Union", T, neu, "", "appeal to both = talks, target empty"))
U(d, "A spokesman for European Commission President Romano Prodi said the Commission hoped", "between the union and Morocco.",
  ("European Union", T, pos, "", "hope that the incident closes = calling_for_talks"))
U(d, "A French foreign ministry spokesman said France, a friend of both countries", "show restraint and to talk.",
  ("France", T, neu, "", "appeal for restraint to both"))
# "Diplomats in Brussels said Paris had resisted ..." = unnamed speakers, no row.
U(d, "In Washington, State Department spokesman Richard Boucher said Secretary of State Colin Powell", "could make matters worse.",
  ("United States", T, neu, "", "calls made + appeal to both sides"))
U(d, "\"We are in touch with both capitals and prepared to lend a hand", "Boucher said.",
  ("United States", T, pos, "", "offer of mediation = calling_for_talks"))
U(d, "A NATO spokesman in Brussels said the alliance regarded the dispute", "was not involved.",
  ("NATO", N, neu, "", "unnamed official of a named body; procedural non-involvement"))
U(d, "Socialist leader José Luis Rodríguez Zapatero said his party backed the government", "territorial integrity.",
  ("Spanish Socialist Workers' Party", S, pos, "Spain", "opposition backs its government = supporting"))
U(d, "United Left leader Gaspar Llamazares called the landing a disproportionate show of force", "domestic audience.",
  ("United Left", C, neg, "Spain", "'disproportionate', 'staged' = judgement of own government"))
# "Analysts said the crisis had little to do with the rock itself." = unnamed, no row.
U(d, "\"For Rabat, Perejil was a way to put Ceuta and Melilla back on the table", "Observatorio Mediterráneo in Madrid.",
  ("Marta Villalobos", N, neu, "", "independent analyst (invented); reading of both sides' aims, no judgement"))
U(d, "Villalobos said the two governments needed a standing channel for crises", "learn each other's intentions from the radio.\"",
  ("Marta Villalobos", T, neu, "", "appeal for a crisis channel"))
