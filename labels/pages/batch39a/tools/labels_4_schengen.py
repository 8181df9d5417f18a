# page 4: DR Congo - Belgium row (January 2018: Enabel, Schengen House; repression of the 21 January marches),
# Belgian foreign ministry (FPS Foreign Affairs) news page, full HTML, three releases of 22, 25 and 31 January 2018
d = "page_drc_belgium_maisonschengen2018_mfa.html"
# not statements: menus, breadcrumb, page title and intro, release dates and titles, figure caption, pager, sidebar, footer.
U(d, "Deputy Prime Minister and Minister of Foreign Affairs Didier Reynders told", "with measures of its own.",
  ("Belgium", T, neu, "Democratic Republic of the Congo", "foreign minister = Belgium; commitment not to retaliate = de-escalation (calling_for_talks); Kinshasa = DRC"))
U(d, "\"We have no interest in a spiral of reprisals", "the Minister said.",
  ("Belgium", T, pos, "Democratic Republic of the Congo", "multi-sentence quote closed by its speaker ('the Minister'); open door + no reprisals = offer of dialogue"))
U(d, "Reynders added that the repression of the marches", "outside their churches.",
  ("Belgium", C, neg, "Democratic Republic of the Congo", "surname only; 'repression', worshippers 'being shot at' = judgement of the Congolese authorities"))
U(d, "He said he had discussed the closure of the Schengen House", "through neighbouring posts.",
  ("Belgium", N, neu, "", "'He' = Reynders; consultations and a practical arrangement with unnamed partners (the member states are not named -> no row for them)"))
U(d, "On Monday, Deputy Prime Minister and Minister for Development Cooperation Alexander De Croo said", "Enabel's offices in Kinshasa.",
  ("Belgium", S, pos, "Democratic Republic of the Congo", "development minister = Belgium; continued funding of health, schools and farms in the Congo = aid (to the population, via NGOs); target = the country (unsure: could be empty since the government is bypassed)"))
U(d, "\"Congolese families should not pay the price", "De Croo said.",
  ("Belgium", S, pos, "Democratic Republic of the Congo", "two-sentence quote closed by its speaker; support to the Congolese population continues"))
U(d, "He said he had asked Enabel to protect the jobs", "as the law allowed.",
  ("Belgium", N, pos, "", "'He' = De Croo; instruction to Belgium's own agency = own measure, no evaluation of another actor"))
U(d, "The European External Action Service said on Friday", "issued in Kinshasa.",
  ("European Union", S, pos, "Belgium", "EEAS = European Union; 'stood by Belgium' = solidarity"))
U(d, "The Belgian Government has learned of a note from the Congolese Ministry of Foreign Affairs", "closed at short notice.",
  ("Democratic Republic of the Congo", C, neg, "Belgium", "the note's measures (end of Enabel's activities, closure of the Schengen House) = measures taken against Belgium, like an expulsion (guide)"),
  ("Belgium", N, neu, "", "Belgium reports receiving the note = fact"))
U(d, "In the note, Kinshasa presents these measures", "4 and 10 January.",
  ("Democratic Republic of the Congo", C, neg, "Belgium", "Kinshasa = DRC; the measures framed as its answer to Belgium = retaliation"))
U(d, "Speaking in Kinshasa on Thursday, the Congolese Minister of Communication", "its former colonial power.",
  ("Democratic Republic of the Congo", C, neg, "Belgium", "government spokesman (Mende = DRC in actors.csv); rejects 'lessons' from the former colonial power = judgement of Belgium"))
U(d, "Belgium regrets this decision.", "Belgium regrets this decision.",
  ("Belgium", C, neg, "Democratic Republic of the Congo", "'regrets' aimed at the other side's act = judgement (guide: 'regrettable')"))
U(d, "In the end, those who stand to lose most", "several hundred Congolese nationals.",
  ("Belgium", C, neg, "Democratic Republic of the Congo", "argues Kinshasa's measures harm Congolese families and staff = negative judgement of the act (unsure: could be neutral, a statement of consequences)"))
U(d, "The Government points out that the 25 million euros", "Congolese non-governmental partners.",
  ("Belgium", N, neu, "", "explanation of its own decision = facts"))
U(d, "Because visa applications for eighteen European countries", "with the states concerned.",
  ("Belgium", N, neu, "", "procedure: decision to be taken jointly with the states concerned"))
U(d, "Brussels remains ready to talk to Kinshasa at every level", "whenever the Congolese side wishes.",
  ("Belgium", T, pos, "Democratic Republic of the Congo", "Brussels = Belgium, Kinshasa = DRC; offer of dialogue"))
U(d, "Deputy Prime Minister and Minister of Foreign Affairs Didier Reynders condemns the violence", "to march peacefully after mass.",
  ("Belgium", C, neg, "Democratic Republic of the Congo", "condemnation of the Congolese security forces' violence"))
U(d, "According to the United Nations Stabilization Mission in the Congo, MONUSCO,", "Kinshasa and other cities.",
  ("United Nations", N, neu, "", "MONUSCO = United Nations; casualty figures"))
U(d, "Firing live ammunition at people leaving church", "the Minister said.",
  ("Belgium", C, neg, "Democratic Republic of the Congo", "'unacceptable' = judgement (guide)"))
U(d, "Belgium calls on the Congolese authorities to respect the freedoms", "for having demonstrated peacefully.",
  ("Belgium", T, neu, "Democratic Republic of the Congo", "appeal to respect freedoms and release detainees, no judgement word"))
U(d, "Belgium reiterates its support for the National Episcopal Conference of the Congo (CENCO)", "roadmap towards elections.",
  ("Belgium", S, pos, "National Episcopal Conference of the Congo", "support for CENCO and its mediation"))
U(d, "The Minister recalled that the elections set for 23 December 2018", "vote freely.",
  ("Belgium", T, neu, "Democratic Republic of the Congo", "appeal for an open electoral climate addressed to the Congolese authorities"))
