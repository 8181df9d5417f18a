# ------------------------------------------------------------------ Nicaragua sentences Bishop Álvarez; the Holy See and the US (wire copy .txt, 2023-02-13)
d = "page_nicaragua_alvarez_wire.txt"
# no rows: agency menu, headline, byline, time line, read time, photo captions "1 of 3", crossheads, "Related:"
U(d, "Pope Francis said on Sunday he was saddened and worried by the prison sentence", "to let the prelate go.",
  ("Holy See", T, neg, "", "dateline excluded; sorrow + prayer for peace and dialogue addressed to Nicaragua's leaders, no judgement (rule 2); the pope = Holy See"),
  ("United States", T, neg, "Nicaragua", "'Washington pressed Managua' (metonyms): demand for release without a judgement word in this sentence = calling_for_talks (README: demand to one side)"))
U(d, "A Managua appeals court sentenced Álvarez on Friday", "spreading false news.",
  ("Nicaragua", N, neg, "", "a court's sentence = state procedure reported as done (as batch5c's Moscow court; unsure: a measure against a bishop, not a canonical actor -> no target)"))
# no rows: "The ruling came a day after ..." / "He had been held under house arrest ..." (narration; the bishop's refusal is an act of a private person, not a position)
U(d, "Ortega, speaking on national television on Thursday night", "acted out of pride.",
  ("Nicaragua", C, neg, "", "judgement of the bishop (not a canonical actor) -> target empty"))
U(d, "He said the government had acted within the law", "bear the consequences.",
  ("Nicaragua", C, neg, "", "'He' = Ortega; self-justification + threat against 'those who conspired' (the threat decides)"))
U(d, "Vice President Rosario Murillo, Ortega's wife and the government's chief spokeswoman", "would not be missed.",
  ("Nicaragua", C, neg, "", "role then name; judgement of the deportees ('foreign powers' unnamed) -> target empty"))
U(d, "Speaking to pilgrims in St. Peter's Square after the Angelus prayer", "suffering in Nicaragua.",
  ("Holy See", N, neg, "", "prayer and sorrow with no appeal in this sentence = neutral, negative (the appeal is carried by the lead)"))
# no row: "He did not mention Ortega by name." (a non-statement)
U(d, "Vatican spokesman Matteo Bruni said the Holy See had nothing to add", "the pope's words.",
  ("Holy See", N, neu, "", "declining to comment = neutral"))
# no row: "The Vatican has trodden carefully with Ortega's government since protests in 2018 ..." (vague background)
U(d, "Nicaragua expelled the Vatican's ambassador, Archbishop Waldemar Sommertag", "without a nuncio in Managua.",
  ("Nicaragua", C, neg, "Holy See", "a specific act reported as done (expulsion of a diplomat) = condemning, although it sits in background (unsure)"))
U(d, "State Department spokesman Ned Price said on Saturday the sentence was the latest sign", "immediate release.",
  ("United States", C, neg, "Nicaragua", "'contempt for the rights' = judgement + demand (rule 1)"))
U(d, "Price said Washington remained ready to receive any other prisoner", "chose to free.",
  ("United States", S, pos, "", "surname only; offer to take in freed prisoners = offered help (unsure: could be calling_for_talks); Washington and Managua as metonyms"))
U(d, "Secretary of State Antony Blinken had on Thursday called the release of the 222", "democracy in the country.",
  ("United States", S, pos, "Nicaragua", "approval of Managua's step (the release); the 'keep pressing' clause carries no judgement"))
U(d, "Brian Nichols, the top US diplomat for the Western Hemisphere", "keep faith with his people.",
  ("United States", C, neg, "Nicaragua", "role after name; the sentence presented as punishing faith = implicit judgement of the government"))
U(d, "Nicaragua's foreign ministry rejected what it called US meddling", "ruled on the evidence.",
  ("Nicaragua", C, neg, "United States", "'meddling' = judgement of the US; the defence of its courts sits in the same sentence"))
# no row: "Governments in Europe and Latin America also weighed in." (summary line)
U(d, "Spanish Foreign Minister José Manuel Albares said on Friday that Madrid would offer Spanish nationality", "basic humanity.",
  ("Spain", S, pos, "", "offer of nationality = help offered; Madrid = metonym; beneficiaries are private persons -> target empty"))
U(d, "Mexico's President Andrés Manuel López Obrador and Chile's President Gabriel Boric said", "left stateless.",
  ("Mexico", S, pos, "", "list of two states: one row each; offer of citizenship"),
  ("Chile", S, pos, "", "list of two states: one row each; offer of citizenship"))
U(d, "The European Union's diplomatic service said the sentence dealt another blow", "remaining political prisoners.",
  ("European Union", C, neg, "Nicaragua", "judgement + demand (rule 1)"))
U(d, "The UN human rights office said stripping people of their nationality", "everyone affected.",
  ("United Nations", C, neg, "Nicaragua", "'contrary to international law' = judgement + demand; Managua = metonym"))
U(d, "Luis Almagro, secretary-general of the Organization of American States", "basic freedoms.",
  ("Organization of American States", C, neg, "Nicaragua", "'act of persecution' = judgement"))
U(d, "The Latin American bishops' council, CELAM, expressed its closeness", "faithful of Nicaragua.",
  ("CELAM", S, pos, "", "solidarity with the bishop and the faithful (not canonical actors) -> target empty"))
U(d, "Félix Maradiaga, a former presidential hopeful who was among those flown to Washington", "an act of revenge.",
  ("Félix Maradiaga", C, neg, "Nicaragua", "independent person (deportee) under his own name; 'an act of revenge' = judgement"))
# no rows: the Matagalpa parishioner, "Diplomats in Managua said ...", "did not respond to a request for comment", background on Ortega, credits, Trust Principles, topics, Most read; the charges, the siege of the residence, the trial brought forward, the 222 and the constitutional change in the passive (background narration)
U(d, "The Inter-American Commission on Human Rights said it had repeatedly asked Nicaragua", "physical integrity.",
  ("Organization of American States", T, neg, "Nicaragua", "the IACHR is an alias of the OAS in the name files; unanswered requests + demand to protect the detainee, no judgement word = calling_for_talks (protection), target the state addressed"))
# no rows: relatives' visits "according to people close to the family" (unnamed), the diocesan vigil watched by police (narration)
