# ------------------------------------------------------------------ Venezuela revokes Brazil's custody of the Argentine embassy in Caracas (Reuters-style wire, 2024-09-08)
d = "page_venezuela_embassy_wire.txt"
U(d, "Brazil said it would go on protecting Argentina's embassy", "for Brasilia to do so.",
  ("Brazil", N, neu, "", "dateline excluded; Brazil's own plan, 'despite' is the reporter's narration: no judgement, no appeal = neutral"))
U(d, "Venezuela's foreign ministry said late on Saturday", "Vice President Delcy Rodriguez.",
  ("Venezuela", C, neg, "", "revocation = a measure taken in protest + accusation of plotting against those inside; aimed at the asylum seekers (opposition) and at Brazil's role -> target empty"))
U(d, "Brazil's foreign ministry said the notification had caught it off guard.", "Brazil's foreign ministry said the notification had caught it off guard.",
  ("Brazil", N, neg, "", "surprise without an appeal or a judgement = neutral, negative"))
U(d, "Under the Vienna conventions on diplomatic and consular relations", "willing to accept.",
  ("Brazil", N, neu, "", "'it said' = the ministry; its own legal position and plan"))
U(d, "The ministry also called on the Venezuelan authorities to respect", "property and archives.",
  ("Brazil", T, neu, "Venezuela", "appeal to respect inviolability, no judgement word = calling_for_talks; target = the party addressed"))
U(d, "Celso Amorim, Lula's chief foreign policy adviser", "disputed July 28 election.",
  ("Brazil", N, neg, "", "adviser to the president speaks for Brazil (name files); taken aback = alarm without appeal; the Brazil-Colombia efforts are background narration (no row for Colombia)"))
U(d, "Argentina, whose diplomats were expelled from Venezuela", "one-sided decision.",
  ("Argentina", C, neg, "Venezuela", "refusal to accept a 'one-sided' decision = rejection in protest (judgement); the expulsion and Milei's refusal are background in a relative clause (no rows)"))
U(d, "\"Should anyone try to break into the residence", "said in a statement.",
  ("Argentina", C, neg, "Venezuela", "conditional warning/threat; Caracas = metonym"))
U(d, "\"Events of this kind show once more the contempt", "under Maduro.\"",
  ("Argentina", C, neg, "Venezuela", "quote continued after its attribution = its own unit, same speaker; judgement"))
U(d, "Pedro Urruchurtu, international affairs coordinator", "surrounded by armed men.",
  ("Unitary Platform", N, neg, "", "Machado's campaign aide speaks for the opposition coalition (Machado = Unitary Platform in the name files; unsure); account of the siege, no judgement word"))
U(d, "\"They want to break us with fear", "he said.",
  ("Unitary Platform", C, neg, "Venezuela", "'They' = the government's forces; accusation of intimidation + defiance"))
U(d, "Machado, who is in hiding in Venezuela, called on governments", "out of the country.",
  ("Unitary Platform", T, neg, "", "appeal for protection and safe passage, no judgement = calling_for_talks; addressed to several governments -> target empty"))
U(d, "Chile, Uruguay, Paraguay, Costa Rica and Panama issued separate statements", "Venezuela's decision.",
  ("Chile", C, neg, "Venezuela", "list of five states, one row each; criticising = judgement"),
  ("Uruguay", C, neg, "Venezuela", "same list"),
  ("Paraguay", C, neg, "Venezuela", "same list"),
  ("Costa Rica", C, neg, "Venezuela", "same list"),
  ("Panama", C, neg, "Venezuela", "same list"))
U(d, "Uruguay said the measure breached the 1954 Caracas convention", "sheltering in the residence.",
  ("Uruguay", C, neg, "Venezuela", "breach of a convention + 'held ... responsible' (guide cue)"))
U(d, "Panamanian President Jose Raul Mulino said Panama would not tolerate", "full diplomatic protection.",
  ("Panama", C, neg, "Venezuela", "role before the name; warning ('would not tolerate') aimed at Maduro's government"))
U(d, "In Washington, Brian Nichols, the U.S. assistant secretary of state", "dispute over the residence.",
  ("United States", S, pos, "", "backing of Brazil and Argentina = supporting; two actors -> target empty; Washington = place"))
U(d, "He urged Maduro to call off what he described as a campaign of intimidation", "against Venezuelans.",
  ("United States", C, neg, "Venezuela", "'He' = Nichols; appeal + accusation ('campaign of intimidation'): rule 1"))
U(d, "The Organization of American States said in a statement on Sunday", "into exile.",
  ("Organization of American States", C, neg, "Venezuela", "'the government' = Venezuela by context; accusation"))
U(d, "Spanish Foreign Minister Jose Manuel Albares said Spain had sent the plane", "political asylum.",
  ("Spain", S, neu, "Unitary Platform", "evacuation flight + asylum = aid by act (supporting); Gonzalez = Unitary Platform (name files)"))
U(d, "Rodriguez said on Saturday night that the government had granted Gonzalez safe conduct", "political calm.",
  ("Venezuela", N, pos, "", "surname only (vice president, introduced earlier); own act presented as a contribution to calm = neutral, positive"))
U(d, "Venezuela's electoral council declared Maduro the winner", "detailed tallies.",
  ("Venezuela", N, neu, "", "state body's specific act reported as done (a procedure); the reporter's 'without publishing' is narration (unsure: could be background with no row)"))
U(d, "The opposition has published copies of more than 80%", "show Gonzalez won.",
  ("Unitary Platform", N, neu, "", "'The opposition' speaking collectively = the coalition; its own figures/claim"))
U(d, "The six people inside the embassy, all members of Machado's", "which they deny.",
  ("Unitary Platform", N, neg, "", "'which they deny' = denial (neutral, negative); the March warrants are background (no row for Venezuela)"))
