# ------------------------------------------------------------------ Bolivia-Chile: the nine Bolivian soldiers and customs officers held at Colchane (Bolivian state-agency copy, 2017-03-21)
d = "page_bolivia_chile_colchane_nine2017_statemedia.txt"
# Not statements: agency banner, menu, section path, headline, crossheads, "Read also", agency sign-off, tags, related news, copyright.
U(d, "The President of the Plurinational State, Evo Morales Ayma, on Tuesday demanded", "economy of the Bolivian people\".",
  ("Bolivia", C, neg, "Chile", "dateline excluded; long official title; demand + 'kidnapped' = judgement (rule 1)"))
U(d, "\"Our brothers were doing their duty, fighting smuggling on our own soil", "department of Cochabamba.",
  ("Bolivia", C, neg, "Chile", "'the President'; quote: handcuffed 'like criminals' = judgement of Chile's act"))
U(d, "The dignitary suggested that the arrests served to cover up", "carried live by Bolivia TV.",
  ("Bolivia", C, neg, "Chile", "'the dignitary' = Morales (state-media register); insinuation of covering up contraband = judgement without a stock word; attribution tail"))
# "The events took place at noon on Sunday ... Two of the vehicles escaped ..." = narration, no row.
U(d, "The Minister of Foreign Affairs, Fernando Huanacuni Mamani, reported", "an arbitrary detention.",
  ("Bolivia", C, neg, "Chile", "protest note handed to Chile's consul = a protest act + 'armed incursion' judgement"))
U(d, "According to the Foreign Minister, the nine Bolivians were carrying out a lawful operation", "took them to Colchane.",
  ("Bolivia", C, neg, "Chile", "'according to the Foreign Minister'; own men lawful + Chileans crossed the boundary and took them = accusation by describing the other side's act (unsure: the first half is a denial)"))
U(d, "\"The Chilean side has offered the world a script", "at the Foreign Ministry.",
  ("Bolivia", C, neg, "Chile", "'the Chilean side' (state-media register); calling Chile's account a script = judgement"))
U(d, "The chancellor added that Bolivia had requested immediate consular access", "to secure their return.",
  ("Bolivia", N, neu, "", "'the chancellor' = Huanacuni; consular request + channels = procedure and plans"))
U(d, "The Bolivian consul in Iquique visited the nine detainees on Monday night", "the Foreign Ministry said in a statement.",
  ("Bolivia", N, neu, "", "attribution tail; consular visit and health = facts"))
U(d, "The Minister of Defence, Reymi Ferreira Justiniano, said the two soldiers belonged", "knowledge of the authorities.",
  ("Bolivia", N, neu, "", "own account of the soldiers' unit and orders = facts"))
U(d, "Ferreira said the entry of armed Chilean police into Bolivian territory", "could not go unanswered.",
  ("Bolivia", C, neg, "Chile", "surname only; 'violation of the sovereignty' + 'could not go unanswered' = judgement + threat"))
U(d, "The minister announced that technicians of the Military Geographic Institute", "where the arrest occurred.",
  ("Bolivia", N, neu, "", "'the minister' = Ferreira; plan to survey the site = neutral"))
U(d, "The President of the National Customs, Marlene Ardaya, explained", "when they were surrounded.",
  ("Bolivia", N, neu, "", "state agency head = Bolivia; own officers' account = facts"))
U(d, "For her part, the President of Chile, Michelle Bachelet, appeared before journalists", "for committing crimes.",
  ("Chile", C, neg, "Bolivia", "rejects 'kidnapping' (denial) + says the Bolivians committed crimes on Chilean soil = accusation; rule 1"))
U(d, "The Chilean Foreign Minister, Heraldo Muñoz, said the case was now in the hands", "no political dimension in it.",
  ("Chile", N, neu, "", "procedural line + denial of a political motive = neutral"))
U(d, "Chile's Interior Minister, Mario Fernández, was quoted by Chilean media", "accused of an offence.",
  ("Chile", N, neu, "", "'was quoted by Chilean media as saying'; equal treatment under the law = procedure"))
U(d, "The Minister of People's Power for Foreign Relations of the Bolivarian Republic of Venezuela", "to Foreign Minister Huanacuni.",
  ("Venezuela", S, pos, "Bolivia", "long official title; solidarity = supporting"))
U(d, "The Ministry of Foreign Affairs of the Republic of Cuba reaffirmed its firm support", "Bolivian Embassy in Havana.",
  ("Cuba", S, pos, "Bolivia", "support for Bolivia and its sea claim; 'according to a note received by'"))
U(d, "The Government of Reconciliation and National Unity of Nicaragua condemned", "dignity of a sister nation.",
  ("Nicaragua", C, neg, "Chile", "Nicaragua's government by its official name; condemnation of the detention (Chile's act)"))
U(d, "Ecuador's Foreign Minister, Guillaume Long, expressed the hope", "Latin American brotherhood.",
  ("Ecuador", T, pos, "", "hope for a settlement through dialogue = calling_for_talks; addressed to both -> target empty"))
U(d, "The Executive Secretariat of the Bolivarian Alliance for the Peoples of Our America", "servants of a member state.",
  ("Bolivarian Alliance for the Peoples of Our America", C, neg, "Chile", "solidarity + rejection of an act that 'humiliated' = judgement decides (rule 1); Chile implied by the context"))
U(d, "President Morales thanked the governments of Venezuela, Cuba, Nicaragua and Ecuador", "Bolivia was not alone.",
  ("Bolivia", S, pos, "", "thanks to four governments = approval; several actors -> target empty"))
U(d, "The Chamber of Senators approved on Tuesday a declaration demanding the release", "to international bodies.",
  ("Bolivia", C, neg, "Chile", "the Senate speaks for Bolivia; demand for release + taking the case to international bodies (unsure: no judgement word; could be calling_for_talks)"))
U(d, "The Ombudsman, David Tezanos Pinto, called on the Chilean judicial authorities", "contact with the families.",
  ("Bolivia", T, neu, "Chile", "state institution = Bolivia; appeal for due process, no judgement = calling_for_talks"))
U(d, "Ramiro Quispe Calle, professor of international law", "grave breach of international law.",
  ("Ramiro Quispe Calle", C, neg, "Chile", "invented scholar; conditional judgement ('if ... had committed a grave breach')"))
U(d, "Quispe said both governments should set up a joint technical commission", "poorly maintained on both sides.",
  ("Ramiro Quispe Calle", T, neu, "", "appeal for a joint commission = calling_for_talks; both states -> target empty"))
# "Felipa Condori, the wife of one of the detained customs officers, spoke to APN from Oruro." = narration, no row.
U(d, "\"My husband went out to stop smugglers, not to steal from anyone,\" she said.", "she said.",
  ("Felipa Condori", N, neg, "", "invented relative; denial of the theft charge = neutral, negative"))
U(d, "\"We ask the Chilean authorities only to let us hear his voice.\"", "hear his voice.\"",
  ("Felipa Condori", T, neg, "Chile", "quote continued after the attribution, same speaker; humanitarian request, no judgement = calling_for_talks"))
U(d, "Germán Choque, a community leader in Pisiga Bolívar, said carabineros had crossed", "without any consequence.",
  ("Germán Choque", C, neg, "Chile", "invented witness; accusation of repeated incursions by describing the other side's acts"))
# "Bolivia filed on Tuesday its Reply in the maritime case ..." = background narration of a legal step in another case, no row.
