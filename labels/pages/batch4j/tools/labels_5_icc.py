# ------------------------------------------------------------------ ICC warrants for Netanyahu and Gallant (full HTML, Irish paper, 2024-11-22)
d = "page_icc_netanyahu_webpage.html"
ICC = "International Criminal Court"
U(d, "In a statement, the court said its Pre-Trial Chamber I had found reasonable grounds", "crimes against humanity in Gaza.",
  (ICC, C, neg, "Israel", "arrest warrants with findings of war crimes = accusation + measure against a party's leaders; 'the court' by context"))
U(d, "The chamber also issued a warrant for Mohammed Deif", "October 7th, 2023.",
  (ICC, C, neg, "Hamas", "warrant for Hamas's military commander = measure against Hamas"))
U(d, "The prime minister's office called the decision antisemitic", "\"in defending its citizens\".",
  ("Israel", C, neg, ICC, "office named by role only; judgement + refusal to yield"))
U(d, "President Isaac Herzog said the court had \"chosen the side of terror over democracy\"", "\"a moment of shame for the court\".",
  ("Israel", C, neg, ICC, "two speakers of one state in one sentence = one row; Herzog without state word"))
U(d, "Gallant, who was dismissed by Netanyahu earlier this month, said the ruling", "in the same row\".",
  ("Yoav Gallant", C, neg, ICC, "out of office on the page's date: speaks for himself under his own name"))
U(d, "Israeli officials have consistently rejected accusations that aid was deliberately restricted.", "deliberately restricted.",
  ("Israel", N, neg, "", "unnamed officials of a named government speak for it; denial"))
U(d, "The military body that coordinates supplies to Gaza said more than 57,000 aid lorries", "start of the war.",
  ("Israel", N, neu, "", "COGAT described, not named (Israel from context); figures"))
U(d, "Opposition leader Yair Lapid, whose party is rarely in agreement with the government", "\"a reward for terrorism\".",
  ("Yesh Atid", C, neg, ICC, "opposition leader -> his party"))
U(d, "Hamas political bureau member Basem Naim said the decision", "arrest the two men.",
  ("Hamas", S, pos, ICC, "welcome + appeal for arrests (not a peace appeal): supporting"))
U(d, "Hussein al-Sheikh, secretary general of the Palestine Liberation Organization's executive committee", "in international law.",
  ("Palestine", S, pos, ICC, "PLO = Palestine in the name files"))
U(d, "The EU's outgoing foreign policy chief, Josep Borrell, said the decision was \"binding", "\"not a political decision\".",
  ("European Union", S, pos, ICC, "defending the court's decision as binding = backing"))
U(d, "Taoiseach Simon Harris said Ireland respected the court's role", "if the situation arose.",
  ("Ireland", S, pos, ICC, "offer of assistance to the court"))
U(d, "In The Hague, Dutch foreign minister Caspar Veldkamp told MPs the Netherlands would fully comply", "Rome Statute.",
  ("Netherlands", S, pos, ICC, "commitment to comply = backing of the court; The Hague = place (seat of government and of the ICC)"))
U(d, "Norway's foreign minister Espen Barth Eide said it was \"important", "judicious manner\".",
  ("Norway", S, pos, ICC, "second sentence of the paragraph; endorsement of the court's mandate, hedged: unsure, could be neutral"))
U(d, "Italy's defence minister, Guido Crosetto, said the court was \"wrong\"", "carry out an arrest.",
  ("Italy", C, neg, ICC, "'wrong' outranks the stated legal obligation (rule 1); Rome = metonym"))
U(d, "Foreign minister Antonio Tajani said the government would assess the decision", "with its allies.",
  ("Italy", N, neu, "", "minister with no state word (Italy from the previous sentence); procedure"))
U(d, "Paris said its reaction would be \"in line with the statutes of the court\"", "would arrest Netanyahu.",
  ("France", N, neu, "", "Paris = metonym opening the sentence; attribution in mid-sentence; non-committal"))
U(d, "In Berlin, government spokesman Steffen Hebestreit said Germany would examine", "in prospect.",
  ("Germany", N, neu, "", "procedure; Berlin = place"))
U(d, "Austria's foreign minister Alexander Schallenberg said the equation", "\"unfortunate\".",
  ("Austria", C, neg, ICC, "'incomprehensible'"),
  ("Czech Republic", C, neg, ICC, "second actor in the sentence: 'unfortunate' = judgement without stock words"))
U(d, "In a radio interview on Friday he called the decision", "no effect\" there.",
  ("Hungary", C, neg, ICC, "'he' = Orbán (previous sentence, which carries no position); judgement + defiance; invitation to Netanyahu backs Israel, one row only (rule 1)"))
U(d, "US president Joe Biden said the issuance of the warrants was \"outrageous\"", "Israel and Hamas.",
  ("United States", C, neg, ICC, "judgement"))
U(d, "In Buenos Aires, the office of Argentina's president Javier Milei expressed", "solidarity with Israel.",
  ("Argentina", C, neg, ICC, "'deep disagreement' (judgement) outranks solidarity with Israel (rule 1); Buenos Aires = place"))
U(d, "Jordan's foreign minister Ayman Safadi said the court's decisions", "international courts\".",
  ("Jordan", S, pos, ICC, "decisions must be respected and implemented = backing of the court"),
  ("Canada", S, pos, ICC, "second actor: commitment to abide by international rulings; unsure, could be neutral"))
U(d, "At UN headquarters, a spokesman for secretary general António Guterres said", "on its decisions.",
  ("United Nations", N, neu, "", "respect for independence + no comment = neutral"))
U(d, "Amnesty International's secretary general, Agnès Callamard, said the warrants", "above the law\".",
  ("Amnesty International", S, pos, ICC, "welcome + appeal to enforce (not a peace appeal): supporting"))
