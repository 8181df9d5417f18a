# ------------------------------------------------------------------ Madleen aid boat (European paper, full HTML, 2025-06-09)
d = "page_madleen_flotilla_webpage.html"
U(d, "Israeli naval commandos boarded a British-flagged aid boat", "port of Ashdod.",
  ("Israel", N, neu, "", "specific act reported by the paper (boarding, detention) with no judgement stated; unsure: an interception could be read as an operation against the flotilla (condemning)"))
U(d, "Defence Minister Israel Katz, who had ordered the army on Sunday", "reach Gaza by sea.",
  ("Israel", C, neg, "Freedom Flotilla Coalition", "role once, then 'Katz'; 'volunteers for Hamas propaganda' + threat against any vessel"))
U(d, "\"Whoever sails towards Gaza in order to help Hamas", "Katz said in a statement.",
  ("Israel", C, neg, "Freedom Flotilla Coalition", "quote opened before the speaker; threat"))
U(d, "\"The blockade is there to keep weapons out of the hands of murderers.\"", "murderers.\"",
  ("Israel", C, neg, "Hamas", "quote continued after the attribution = own unit of the same speaker; 'murderers' = Hamas"))
U(d, "The Israeli foreign ministry, which had mocked the voyage", "sandwiches and water.",
  ("Israel", C, neg, "Freedom Flotilla Coalition", "narration + position: the relative clause carries a judgement ('publicity cruise for celebrities') that outranks the reassurance in the main clause (rule 1); unsure"))
U(d, "The passengers would be returned to their home countries, the ministry said,", "established aid mechanisms.",
  ("Israel", N, neu, "", "attribution mid-sentence; plans"))
U(d, "The Freedom Flotilla Coalition, which organised the voyage, said the activists had been abducted", "far from its coast.",
  ("Freedom Flotilla Coalition", C, neg, "Israel", "'abducted', 'illegal attack'"))
U(d, "It called on the governments of the passengers to demand their immediate release", "meant for.",
  ("Freedom Flotilla Coalition", T, neg, "", "'It' = the coalition; appeal for release and aid delivery, no judgement in this sentence"))
U(d, "In a video recorded before the interception and released by the coalition, Thunberg asked", "\"as quickly as possible\".",
  ("Greta Thunberg", T, neu, "", "independent person; appeal to press for release (target empty: supporters/Sweden)"))
U(d, "\"We sailed because the world is watching a genocide", "in the same video.",
  ("Greta Thunberg", C, neg, "Israel", "'genocide', starvation 'a political choice': Israel not named but the only party meant"))
U(d, "Turkey's foreign ministry called the boarding a flagrant breach", "above every rule.",
  ("Turkey", C, neg, "Israel", "'act of banditry'; 'the Netanyahu government' = Israel"))
U(d, "The ministry said it was in contact with the authorities concerned", "among those on board.",
  ("Turkey", N, neu, "", "consular step"))
U(d, "In Tehran, foreign ministry spokesman Esmaeil Baghaei said the seizure amounted to piracy", "through their silence.",
  ("Iran", C, neg, "Israel", "Tehran = place; 'piracy'; Western capitals also blamed (non-canonical)"))
U(d, "He praised the crew as people who had shown", "entire governments\".",
  ("Iran", S, pos, "Freedom Flotilla Coalition", "'He' = Baghaei; praise of the crew"))
U(d, "Francesca Albanese, the UN special rapporteur on the occupied Palestinian territories,", "immediate release.",
  ("United Nations", C, neg, "Israel", "UN special rapporteur -> United Nations (unsure: rapporteurs are independent experts); 'violated international law' + demand: rule 1"))
U(d, "\"Every ship that carries food to Gaza should be escorted, not stopped,\" she wrote.", "she wrote.",
  ("United Nations", T, neg, "", "appeal for humanitarian passage, no explicit judgement"))
U(d, "\"States must break the siege, not watch it.\"", "watch it.\"",
  ("United Nations", T, neg, "", "continued quote; appeal to states (unsure: 'siege' carries an implicit judgement on Israel)"))
U(d, "France, six of whose nationals were on board,", "Emmanuel Macron's office said.",
  ("France", T, neu, "Israel", "request to let nationals return = humanitarian/consular appeal, no judgement; MEP Rima Hassan only mentioned"))
U(d, "Foreign Minister Jean-Noël Barrot said French consular staff would visit", "consular protection.",
  ("France", N, neu, "", "consular plans"))
U(d, "Barrot added that the humanitarian blockade of Gaza was \"a scandal\"", "without delay.",
  ("France", C, neg, "Israel", "judgement + demand: rule 1"))
U(d, "Sweden's foreign ministry said its embassy in Tel Aviv", "following Thunberg's case closely.",
  ("Sweden", N, neu, "", "monitoring, no appeal; Tel Aviv = place"))
U(d, "Adalah, the legal rights centre in Israel that represents the crew,", "in court.",
  ("Adalah", C, neg, "Israel", "'no legal basis' = judgement of the detention"))
U(d, "Hamas hailed the \"courage\" of the activists,", "under siege.",
  ("Hamas", S, pos, "Freedom Flotilla Coalition", "praise"))
U(d, "The coalition said the seizure would not end its campaign", "within weeks.",
  ("Freedom Flotilla Coalition", N, neu, "", "'The coalition'; own plans (defiance without a judgement)"))
