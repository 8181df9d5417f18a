# page 2: Philippines, notice terminating the Visiting Forces Agreement (11 February 2020), wire copy
D = "page_philippines_vfa_termination2020_wire.txt"
# no rows: headline, bullet summary, byline, dateline and time stamp (cut from the first unit by the
# opening words), caption, crosshead, "The decision drew fire at home." (summary line), "analysts say"
# (unnamed), "The notice takes effect ..." (narration), credits, Related Coverage, furniture.
U(D, "The Philippines on Tuesday formally told the United States", "between the treaty allies.",
  ("Philippines", C, neg, "United States", "ending a defence pact in retaliation (the visa row, given below) = a taken measure against the US (unsure: a withdrawal with no protest in the sentence could be neutral)"))
U(D, "Foreign Secretary Teodoro Locsin Jr signed the notice", "which confirmed receiving it.",
  ("Philippines", N, neu, "", "procedure: the foreign secretary signs and delivers on the president's orders"),
  ("United States", N, neu, "", "the embassy confirms receipt: a fact"))
U(D, "\"The president has long said this agreement", "told a regular news briefing.",
  ("Philippines", C, neg, "United States", "presidential spokesman in 2020 = Philippines (labels/actors.csv maps Panelo to Rodrigo Duterte for his later role as Duterte's lawyer); one-sided pact = judgement of the US"))
U(D, "Panelo said Duterte would not listen to any American offer", "planned for Las Vegas in March.",
  ("Philippines", C, neg, "United States", "refusing offers and a summit in protest, the grievance stated just before = condemning (unsure: with no reason in the sentence it could be neutral)"))
U(D, "Duterte first threatened to scrap", "his bloody campaign against illegal drugs.",
  ("Philippines", C, neg, "United States", "a threat reported as a specific past act"),
  ("United States", C, neg, "", "Washington cancelling a senator's visa = a measure taken against him (a person, not an actor) (unsure: background in a subordinate clause)"))
U(D, "The 1998 agreement sets out the legal status", "depend on it.",
  ("United States", N, neu, "", "'US officials' = unnamed officials of a named government; a figure"))
U(D, "Locsin himself had warned senators", "in the South China Sea.",
  ("Philippines", N, neg, "", "the foreign secretary's earlier warning: concern with no appeal = neutral; 'embolden Beijing' names China only as a risk (Beijing = metonym)"))
U(D, "Defence Secretary Delfin Lorenzana said", "to train their troops.",
  ("Philippines", N, neu, "", "plans of the armed forces"))
U(D, "In Washington, Defense Secretary Mark Esper told reporters", "against Chinese pressure at sea.",
  ("United States", C, neg, "Philippines", "'a step backwards' = negative judgement of Manila's decision; Washington and Brussels = places"))
U(D, "The US embassy said in a statement that it would weigh", "was not affected.",
  ("United States", N, neu, "", "plan + fact; no judgement"))
U(D, "Senate Minority Leader Franklin Drilon called it reckless", "over one senator's visa.",
  ("Liberal Party (Philippines)", C, neg, "Philippines", "opposition senator = his party; 'reckless' aimed at the government's decision"))
U(D, "Senate President Vicente Sotto III said senators were drafting", "without its consent.",
  ("Philippines", N, neu, "", "the Senate = a state body (as a parliament speaks for its state); a procedural step, no judgement (unsure: it opposes the president's act)"))
U(D, "Dela Rosa, a close Duterte ally, said", "a long overdue show of independence.",
  ("PDP–Laban", S, pos, "Philippines", "senator of the ruling party; denial + approval of the decision = supporting"))
U(D, "The left-wing alliance Bayan welcomed the move", "Enhanced Defense Cooperation Agreement as well.",
  ("Bagong Alyansang Makabayan", S, pos, "Philippines", "Bayan = Bagong Alyansang Makabayan; welcome of the termination (the extra demand is not a peace appeal)"))
U(D, "In Beijing, foreign ministry spokesman Geng Shuang said the agreement", "between Manila and Washington.",
  ("China", N, neu, "", "non-involvement stated; Beijing = place, Manila and Washington = metonyms"))
U(D, "He added that China hoped countries from outside the region", "keep the South China Sea calm.",
  ("China", T, neu, "", "hope aimed at unnamed outside powers = appeal (unsure: a veiled reproach of the US)"))
U(D, "Australian Defence Minister Linda Reynolds said Canberra hoped", "on track.",
  ("Australia", T, pos, "", "hope that the two partners keep their ties = appeal, both sides -> target empty"))
U(D, "Joaquin dela Paz, a defence analyst in Quezon City, said", "had not even asked for.",
  ("Joaquin dela Paz", C, neg, "Philippines", "invented analyst; the notice as a gift to Beijing = judgement of Manila's decision"))
U(D, "\"Manila still has six months to think again.", "he said.",
  ("Joaquin dela Paz", T, neu, "Philippines", "two-sentence quote closed by its speaker; hope that Manila reconsiders = appeal (unsure)"))
