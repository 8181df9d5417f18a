# ------------------------------------------------------------------ Thousands of migrants enter Ceuta from Morocco (scraped regional page, Strait Herald, 2021-05-19)
d = "page_ceuta_migrants_scraped.txt"
U(d, "More than 8,000 people, many of them teenagers", "most tightly guarded in Europe.",
  ("Spain", N, neu, "", "interior ministry figures; the 'record' clause is the writer's"))
U(d, "About 5,600 of them had been sent back across the border by Wednesday", "the ministry added.",
  ("Spain", N, neu, "", "'the ministry' by context; figures of returns"))
U(d, "Prime Minister Pedro Sánchez told lawmakers in Madrid on Wednesday", "as a whole.",
  ("Spain", C, neg, "Morocco", "'unacceptable' + 'an affront' = judgement of Morocco's failure to police the border; Madrid = place"))
U(d, "\"Ceuta is Spain, and this government will defend", "most of the chamber.",
  ("Spain", N, neu, "", "quotation closed by 'he said'; vow to defend its own territory, no adversary named (own posture, neutral, as Lai's in batch5c; unsure: could be read as a veiled threat)"))
U(d, "Interior Minister Fernando Grande-Marlaska said the returns", "in line with Spanish law.",
  ("Spain", N, neu, "", "procedure and its legal basis; Rabat = party to the agreement, only mentioned"))
U(d, "Carmen Calvo, the first deputy prime minister, described the crossings", "back on track.",
  ("Spain", C, neg, "Morocco", "'an aggression against Spain's borders' + a hope for relations: the judgement decides (rule 1)"))
U(d, "On Tuesday morning Foreign Minister Arancha González Laya summoned Morocco's ambassador", "the mass crossings.",
  ("Spain", C, neg, "Morocco", "summoning the envoy to express displeasure = protest"))
U(d, "Hours later Rabat recalled Benyaich for consultations", "without giving a reason.",
  ("Morocco", N, neu, "", "Rabat = metonym; recall with no protest or grievance stated in the sentence = neutral (README: withdrawal without a stated protest)"))
U(d, "Before going into the meeting, Benyaich told a Spanish news agency", "for Covid-19 treatment.",
  ("Morocco", C, neg, "Spain", "ambassador speaks for Morocco; 'Madrid's choices carried a price' = veiled threat/judgement; 'Spain's decision' is a possessive before no speaker, the Polisario Front only mentioned"))
U(d, "Morocco's minister of state for human rights, Mustapha Ramid", "surprised by the result.",
  ("Morocco", C, neg, "Spain", "person introduced by role; blames Spain for preferring the Polisario"))
U(d, "In Brussels, European Commission Vice-President Margaritis Schinas", "count on it.",
  ("European Union", S, pos, "Spain", "Commission = EU; backing of Spain; 'the whole bloc'"))
U(d, "Home Affairs Commissioner Ylva Johansson told the European Parliament", "irregular departures.",
  ("European Union", T, neg, "Morocco", "concern + demand addressed to one side (Rabat) to stop departures, no judgement word = calling_for_talks, negative (README)"))
U(d, "European Council President Charles Michel telephoned Sánchez on Tuesday", "his office said.",
  ("European Union", S, pos, "Spain", "backing offered by a call, reported by his office"))
U(d, "Juan Jesús Vivas, the president of Ceuta's autonomous government", "anything like it.",
  ("Spain", N, neg, "", "regional official resolves to his state (README: provincial officials); alarm without an appeal"))
U(d, "He asked the central government for more police on the streets", "as long as necessary.",
  ("Spain", N, neu, "", "'He' = Vivas; a request to his own government for means (not aid from another party, no appeal for talks; unsure)"))
U(d, "The Spanish Red Cross said its teams had treated dozens", "very young children.",
  ("Spanish Red Cross", S, neu, "", "national Red Cross society under its own name; assistance provided, reported by the provider = aid by act (supporting); the migrants are no actor -> target empty (unsure: could be neutral figures)"))
U(d, "UNICEF said it was worried about the hundreds of unaccompanied children", "without proper safeguards.",
  ("UNICEF", T, neg, "", "concern + appeal to both Spain and Morocco, no judgement -> target empty"))
U(d, "Santiago Abascal, leader of the far-right Vox party", "surrendering the southern border.",
  ("Vox", C, neg, "", "party leader; 'invasion orchestrated by Rabat' + accusation of the government: two targets (Morocco, Spain) -> empty"))
U(d, "Pablo Casado, leader of the conservative Popular Party", "opened the door to the crisis.",
  ("Popular Party", C, neg, "Spain", "backing for border security + blame on the government: the judgement decides (rule 1); target = own government (Spain), as Yesh Atid in batch5c"))
U(d, "The Campo de Gibraltar, across the Strait, has seen no change in arrivals", "the Guardia Civil in Algeciras.",
  ("Spain", N, neu, "", "Guardia Civil = Spanish state agency; facts"))
# No rows: "Soldiers and armoured vehicles took up positions ..." (narrative of deployments); "Moroccan officials have not
# formally linked ..." (absence of a position); the unnamed shopkeeper; photo captions ("1 of 6" ...), crossheads,
# the repeated headline, "Related:", newsletter prompt and "(More Spain and Morocco stories.)".
