# ------------------------------------------------------------------ Venezuela's detention of Perkins Rocha, Machado's lawyer, after the July 2024
# election (international wire story, 2024-08-28)
d = "page_venezuela_perkinsrocha_arrest2024_wire.txt"
# Not statements: section bar, headline, byline, time stamps, dateline "CARACAS, Aug 28 (Meridian) - " (excluded from the first unit),
# ADVERTISEMENT, crossheads REACTIONS / ANALYSIS, reporting credits, Our Standards, Read Next, Topics.
SEVEN = ["Argentina", "Costa Rica", "Ecuador", "Panama", "Paraguay", "Peru", "Uruguay"]
U(d, "Venezuelan security agents have detained Perkins Rocha", "disputed July 28 presidential election.",
  ("Vente Venezuela", N, neg, "", "'her party said' = Vente Venezuela (party canonical in parties.csv); the arrest reported as a fact by the party"))
U(d, "Rocha, who represented the opposition campaign", "Vente Venezuela party.",
  ("Vente Venezuela", N, neg, "", "second-hand attribution ('according to a statement from'); account of the arrest, no explicit judgement"))
U(d, "The party said his whereabouts were still unknown", "where he was being held.",
  ("Vente Venezuela", T, neg, "Venezuela", "demand addressed to the authorities with no judgement word (README: calling_for_talks, negative tone)"))
U(d, "Machado called the detention an abduction carried out by the state", "defending the tally sheets.",
  ("Unitary Platform", C, neg, "Venezuela", "Machado is an alias of the Unitary Platform in the name files; 'abduction' + motive = condemning"))
U(d, "\"They will not break us by taking our people one by one,\"", "posted on social media.",
  ("Unitary Platform", C, neg, "Venezuela", "quote with its attribution; persecution charged by describing it"))
U(d, "\"Perkins has done nothing but defend votes with the law in his hand.\"", "in his hand.\"",
  ("Unitary Platform", S, pos, "", "same speaker carried on after the attribution; defence of her lawyer = solidarity (target empty: Rocha is not an actor)"))
# "Neither the Attorney General's office nor the Information Ministry responded ..." = non-answer, no row.
U(d, "Diosdado Cabello, sworn in on Tuesday as interior minister", "referring to Rocha by name.",
  ("Venezuela", C, neg, "", "threat to pursue those behind 'plans to sow violence' (no named side) -> target empty"))
U(d, "\"Those who conspire against peace will find the state waiting for them,\"", "Cabello said.",
  ("Venezuela", C, neg, "", "threat; surname only"))
U(d, "Foreign Minister Yvan Gil later rejected what he called a campaign of lies", "crimes, not opinions.",
  ("Venezuela", C, neg, "", "denial carrying a judgement of the critics ('campaign of lies') = condemning (as batch22a's Mehmanparast); no single target"))
U(d, "Rocha's wife, Maria Constanza Cipriani, said agents had searched", "on Tuesday night.",
  ("Maria Constanza Cipriani", N, neg, "", "named relative = independent person; her account of the search"))
U(d, "In Washington, State Department spokesperson Matthew Miller said", "Rocha's immediate release.",
  ("United States", T, neg, "Venezuela", "concern + call for release, no judgement word in this sentence = calling_for_talks"))
U(d, "Miller said the detention fitted a pattern of repression", "against those responsible.",
  ("United States", C, neg, "Venezuela", "surname only; 'pattern of repression' + further measures weighed = condemning; 'Washington' = metonym"))
U(d, "The foreign ministers of Argentina, Costa Rica, Ecuador, Panama, Paraguay, Peru and Uruguay said in a joint statement", "physical safety.",
  *[(s, C, neg, "Venezuela", "joint statement by a list of states (one row each); 'held ... responsible' = condemning") for s in SEVEN])
U(d, "The seven governments, whose diplomats were expelled from Caracas", "follow the case closely.",
  *[(s, C, neg, "Venezuela", "'the seven governments' = the list above; 'policy of persecution' = judgement (the request to rights bodies does not change it)") for s in SEVEN])
U(d, "In Buenos Aires, the foreign ministry said separately that Argentina would present the case", "Permanent Council.",
  ("Argentina", T, neu, "", "taking the case to a regional body = a diplomatic course (like pursuing a UN resolution in the README); unsure: could be neutral"))
U(d, "Chile's foreign minister, Alberto van Klaveren, told reporters in Santiago", "transparent count.",
  ("Chile", C, neg, "Venezuela", "'unacceptable' aimed at the detention = judgement (rule 1 over the solidarity)"))
U(d, "The European Union urged the release of all people detained for political reasons", "foreign policy chief Josep Borrell.",
  ("European Union", C, neg, "Venezuela", "appeal that names the other side's acts as arrests, harassment and threats = an accusation by description (unsure: could be calling_for_talks); 'according to a statement by a spokesperson'"))
# "Brazil's government ... declined to comment on the case." = non-answer, no row.
U(d, "A senior Brazilian official said on condition of anonymity", "way out of the crisis.",
  ("Brazil", T, neu, "Venezuela", "unnamed official of a named government = Brazil; pressing for the tally sheets as the way out = calling_for_talks"))
U(d, "In Geneva, the spokesperson for the U.N. human rights office said it was alarmed", "disappearances in Venezuela.",
  ("United Nations", N, neg, "", "alarm with no appeal in this sentence = neutral"))
U(d, "The office urged the authorities to reveal the whereabouts", "the spokesperson added.",
  ("United Nations", T, neg, "Venezuela", "'the spokesperson added' tail; appeal for access to detainees = calling_for_talks"))
U(d, "The U.N.-mandated Fact-Finding Mission on Venezuela said", "other campaign workers.",
  ("United Nations", N, neu, "", "UN body; procedure (documenting)"))
U(d, "Foro Penal, a Venezuelan legal aid group, said it had counted", "it has recorded.",
  ("Foro Penal", N, neu, "", "figure given by an actor = neutral"))
# "Maduro was declared the winner of the election by the CNE ..." = background narration, no row.
U(d, "The opposition says its copies of more than 80% of the tally sheets", "by a wide margin.",
  ("Unitary Platform", N, neu, "", "'the opposition' = the coalition behind Gonzalez; its own count = facts"))
U(d, "Mariana Toro Aldana, a political analyst", "was out of reach.",
  ("Mariana Toro Aldana", N, neg, "", "invented analyst; reading of the arrest's purpose (unsure: close to a judgement)"))
U(d, "\"This is a government that no longer argues about numbers;", "Toro said.",
  ("Mariana Toro Aldana", C, neg, "Venezuela", "judgement without a stock word"))
U(d, "She said regional governments should keep a channel open to Caracas", "in the past.",
  ("Mariana Toro Aldana", T, neu, "", "appeal to keep a channel open = calling_for_talks"))
U(d, "Hector Villasmil, a retired Venezuelan judge", "under international law.",
  ("Hector Villasmil", C, neg, "Venezuela", "invented former judge = independent person; calls the detention an enforced disappearance under international law"))
