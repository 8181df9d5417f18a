# ------------------------------------------------------------------ US sanctions on ICC officials (international wire copy, 2020-09-02)
d = "page_icc_sanctions_wire.txt"
# No rows: agency menu, section, headline, byline, published/updated, read time, captions with credits and "1 of 3", dateline
# (excluded from the first unit), ADVERTISEMENT, capitals crossheads, "Related coverage", reporting/editing credits, Trust Principles,
# "Read Next", topics, newsletter prompt, Most read, boilerplate, copyright.
U(d, "The Trump administration blacklisted the International Criminal Court's chief prosecutor", "war crimes charges in Afghanistan.",
  ("United States", C, neg, "International Criminal Court", "lead (dateline excluded): sanctions on the prosecutor and an aide = measure against the court"))
U(d, "Secretary of State Mike Pompeo told a news conference that Phakiso Mochochoko", "materially assisting Bensouda.",
  ("United States", C, neg, "International Criminal Court", "second designation announced = sanction"))
U(d, "\"We warned the court in June, and it chose to press ahead against our people anyway,\" Pompeo said.", "Pompeo said.",
  ("United States", C, neg, "International Criminal Court", "quote closed by its speaker: reproach of the court"))
U(d, "He said the United States, which has never ratified the Rome Statute", "judgment on American citizens.",
  ("United States", C, neg, "International Criminal Court", "pronoun subject; refusal of the court's jurisdiction over Americans = rejection of a body in protest"))
U(d, "Anyone who keeps giving material support to the two officials risks being sanctioned as well, Pompeo warned.", "Pompeo warned.",
  ("United States", C, neg, "", "attribution tail; threat of secondary sanctions aimed at unnamed supporters -> target empty"))
U(d, "He also said the State Department had restricted visas for certain people", "without naming them.",
  ("United States", C, neg, "International Criminal Court", "visa restrictions on people involved in the court's inquiry = measure"))
# No row: "Both officials were added to the Treasury Department's list ..." (passive, the designation already counted); the SDN explanation (narration);
# "Legal experts said ..." (unnamed).
U(d, "In a statement issued late on Wednesday, the court called the designations an assault", "attempted against it before.",
  ("International Criminal Court", C, neg, "United States", "'an assault on its independence' = judgement of the US measures"))
U(d, "It said it would keep standing by its staff and would carry on with its work.", "carry on with its work.",
  ("International Criminal Court", N, pos, "", "'It' = the court; backing its own staff and continuing = reassurance about its own conduct (neutral, positive)"))
U(d, "O-Gon Kwon, the South Korean judge who presides over the Assembly of States Parties", "rather than advance it.",
  ("Assembly of States Parties", C, neg, "United States", "the ASP president speaks for the Assembly (the member states' body, not a court organ); 'could not be accepted' = judgement"))
U(d, "U.N. Secretary-General Antonio Guterres noted the move with concern", "told reporters in New York.",
  ("United Nations", N, neg, "", "concern + monitoring, no appeal = neutral, negative"))
U(d, "Dujarric said the United Nations expected both officials to remain free to travel", "under the Headquarters Agreement.",
  ("United Nations", T, neu, "United States", "expectation addressed to Washington to honour its treaty obligations, no judgement (calling_for_talks, unsure: could be neutral)"))
U(d, "A State Department official, speaking on condition of anonymity, said the sanctions would not stop Bensouda", "U.N. meetings in New York.",
  ("United States", N, neu, "", "unnamed official of a named government speaks for it; reassurance about the scope of the measure = neutral"))
U(d, "Dutch Foreign Minister Stef Blok, whose country hosts the court", "go on backing the court.",
  ("Netherlands", S, pos, "International Criminal Court", "'deeply disturbed' (alarm, no judgement word) + continued backing = supporting the court (rule 3)"))
U(d, "Venezuelan Foreign Minister Jorge Arreaza said that by punishing the prosecutor", "she was examining.",
  ("Venezuela", C, neg, "United States", "insinuation of guilt = accusation; Washington = metonym"))
U(d, "Richard Dicker, international justice director at Human Rights Watch", "terrorist financiers.",
  ("Human Rights Watch", C, neg, "United States", "'shameful' = judgement"))
U(d, "Amnesty International called on the administration to reverse the designations immediately", "waited years for justice.",
  ("Amnesty International", C, neg, "United States", "demand to reverse + 'punished victims' = judgement (rule 1)"))
# No row: "The designations were the first made under an executive order signed on June 11 ..." (the order in the passive = background).
U(d, "Announcing the order at the State Department alongside Pompeo and Defense Secretary Mark Esper", "though he gave no details.",
  ("United States", C, neg, "International Criminal Court", "Attorney General = US; accusation of financial wrongdoing in the prosecutor's office"))
U(d, "The court responded then that it regretted what it saw as an escalating campaign", "shape its judicial work.",
  ("International Criminal Court", C, neg, "United States", "June reaction: 'regretted ... escalating campaign' = judgement of the US"))
U(d, "The European Union's foreign policy chief, Josep Borrell, voiced serious concern at the time", "support for the court.",
  ("European Union", S, pos, "International Criminal Court", "concern (no judgement word) + reaffirmed support = supporting the court"))
U(d, "On June 23, 67 member states, among them Germany, France, Canada and South Africa", "its independence.",
  ("Germany", S, pos, "International Criminal Court", "joint statement: one row per state named (the 67 as a group are not an actor)"),
  ("France", S, pos, "International Criminal Court", "same list"),
  ("Canada", S, pos, "International Criminal Court", "same list"),
  ("South Africa", S, pos, "International Criminal Court", "same list"))
U(d, "Israel, which like the United States is not a member of the court, welcomed the order.", "welcomed the order.",
  ("Israel", S, pos, "United States", "welcome of the US executive order = supporting the US"))
U(d, "Prime Minister Benjamin Netanyahu accused the court of being a politicised body", "Israel and the United States.",
  ("Israel", C, neg, "International Criminal Court", "accusation against the court"))
# No row: the Afghanistan investigation "was authorised in March after an appeal" (passive, background).
U(d, "The Afghan government, which says its own courts can deal with the alleged crimes", "national proceedings.",
  ("Afghanistan", N, neu, "International Criminal Court", "request to defer to national proceedings = procedural position, no judgement"))
# No rows: the CIA detention sites and the revoked visa (background, passive); "Washington has long been hostile to the court ..." (vague background);
# Bensouda's career (background).
