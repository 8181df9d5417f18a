# ------------------------------------------------------------------ Bolivia cuts diplomatic ties with Israel over Gaza (South American English-language news site, full HTML, 2023-11-01)
d = "page_bolivia_israel_ties_samsite.html"
U(d, "Bolivia has broken off diplomatic relations with Israel in protest", "for consultations.",
  ("Bolivia", C, neg, "Israel", "dateline excluded; breaking relations in protest = measure"),
  ("Chile", C, neg, "Israel", "recall of the ambassador = diplomatic measure (like an expulsion), in the protest context of the same sentence (unsure: the sentence states no reason for Chile's recall)"),
  ("Colombia", C, neg, "Israel", "same as Chile: a listed recall in the same lead"))
U(d, "Deputy Foreign Minister Freddy Mamani announced the decision", "against the people of Gaza.",
  ("Bolivia", C, neg, "Israel", "judgement ('brutal and indiscriminate'); La Paz = place"))
U(d, "He said the decision would be communicated to Israel", "diplomatic channels.",
  ("Bolivia", N, neu, "", "'He' = Mamani; procedure"))
U(d, "Beside him, Minister of the Presidency María Nela Prada accused Israel", "had to stop now.",
  ("Bolivia", C, neg, "Israel", "accusation + demand to stop (rule 1)"))
U(d, "She said Bolivia would send humanitarian aid to Gaza", "Palestinian embassy.",
  ("Bolivia", S, pos, "Palestine", "aid announced and prepared = backing by act; Gaza's people = Palestine"))
U(d, "Mamani said the break was in keeping with the principles", "right to life.",
  ("Bolivia", N, neu, "", "justification of its own decision, no new judgement"))
U(d, "The war began on October 7, when Hamas fighters killed", "Hamas-run enclave.",
  ("Israel", N, neu, "", "figures attributed to Israeli officials = neutral"),
  ("Hamas", N, neu, "", "toll given by the Gaza health ministry (= Hamas in the name files) = neutral"))
# no row: "Bolivia first cut ties with Israel in 2009 ..." (background)
U(d, "On Monday, President Luis Arce received the Palestinian ambassador", "to civilians there.",
  ("Bolivia", C, neg, "", "leader on social media; 'crossed every line of international law' = judgement with no actor named (target empty); backing of relief in the same sentence (rule 1)"))
U(d, "The decision came hours after Morales", "terrorist state.",
  ("Movement for Socialism", C, neg, "Israel", "Evo Morales = Movement for Socialism (name files); demand for a break + 'terrorist state'; Arce only mentioned"))
# no row: "Trade between Bolivia and Israel is small ..." (narration)
U(d, "Israel's foreign ministry spokesman, Lior Haiat, said the Bolivian government had chosen", "orders from Tehran.",
  ("Israel", C, neg, "Bolivia", "accusation of siding with Hamas; Tehran = metonym as object"))
U(d, "He added that ties had amounted to little", "in practice.",
  ("Israel", N, neg, "", "dismissive assessment, no judgement word"))
U(d, "Hamas welcomed Bolivia's decision in a statement on Tuesday night", "cut their ties as well.",
  ("Hamas", C, neg, "Israel", "welcome + call on others to cut ties with Israel = call for measures against another side: rule 1 (unsure: could be supporting Bolivia)"))
U(d, "The Palestinian foreign ministry in Ramallah thanked La Paz", "crossings for aid.",
  ("Palestine", T, pos, "", "thanks + appeal for a ceasefire and aid access, no judgement: rule 2 before rule 3; Ramallah = place, La Paz = metonym as object"))
# no row: "Also read:" link title, crosshead
U(d, "Chilean President Gabriel Boric said on X that his government was recalling", "laws of war in Gaza.",
  ("Chile", C, neg, "Israel", "recall + judgement"))
U(d, "The foreign ministry in Santiago said Israel was punishing the entire civilian population", "relief for the displaced.",
  ("Chile", C, neg, "Israel", "judgement + appeal (rule 1); 'in Santiago' = place; Hamas's crimes mentioned in passing"))
U(d, "In Bogotá, President Gustavo Petro wrote that he had called", "went on.",
  ("Colombia", C, neg, "Israel", "recall + 'the killing of Palestinians'; Bogotá = place"))
U(d, "Colombia's foreign ministry said the conduct of Israeli troops in Gaza was indefensible", "both states were recognised.",
  ("Colombia", C, neg, "Israel", "'indefensible' + ceasefire appeal (rule 1)"))
U(d, "Haiat said Israel expected Santiago and Bogotá", "behind Venezuela and Iran.",
  ("Israel", C, neg, "", "reproach of two governments (Santiago and Bogotá as metonyms) -> target empty"))
# no row: photo caption, crosshead
# no row: "Governments across Latin America have hardened their tone ..., with Mexico and Brazil among those calling ..." (summary line)
U(d, "On Wednesday Jordan recalled its ambassador from Israel", "could flow freely.",
  ("Jordan", C, neg, "Israel", "recall of the ambassador = diplomatic measure; condition for return"))
U(d, "Argentina's foreign ministry, without mentioning Bolivia", "October 7 attack.",
  ("Argentina", C, neg, "", "judges violations (Israel implied) and Hamas's attack = two targets -> empty; Bolivia is mentioned only"))
U(d, "In Caracas, President Nicolás Maduro praised", "television programme.",
  ("Venezuela", S, pos, "Bolivia", "praise; Caracas = place"))
# no row: ADVERTISEMENT, crosshead
U(d, "Former president Carlos Mesa, whose Civic Community alliance", "help bring peace.",
  ("Civic Community", C, neg, "Bolivia", "Mesa = Civic Community (name files); judges his own government, with a wish for peace (rule 1)"))
U(d, "The foreign ministry said consular matters for Bolivians in Israel", "held in Gaza.",
  ("Bolivia", N, neu, "", "'the foreign ministry' = Bolivia's by context; procedure and facts"))
# no row: the Jewish community members and the shopkeeper (unnamed), analysts, caption, "Related:", credits, tags, newsletter, comments, most read
