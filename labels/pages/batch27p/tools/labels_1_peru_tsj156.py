# ------------------------------------------------------------------ Venezuela's TSJ rulings 155/156 (March 2017): Peru's foreign ministry statements page (2017-04-04)
d = "page_peru_venezuela_tsj156_2017_mfastatements.txt"
# Not statements: ministry masthead, language bar, menu, breadcrumb, page title, "Last updated", print/share bar, statement
# numbers and datelines ("Lima, 30 March 2017"), "Related statements", tags, office address, copyright.
U(d, "The Government of Peru rejects in the strongest terms the ruling", "elected in December 2015.",
  ("Peru", C, neg, "Venezuela", "ministry page speaks as 'the Government of Peru'; rejection of the court's takeover = judgement; the TSJ = Venezuela"))
U(d, "Taken together with the ruling of 27 March", "separation of powers in Venezuela.",
  ("Peru", C, neg, "Venezuela", "same statement continued, no subject word of its own; 'dismantling of the separation of powers' = judgement without a stock word"))
U(d, "In view of the seriousness of these events, Peru has ordered its Ambassador", "go back to his post.",
  ("Peru", C, neg, "Venezuela", "definitive recall of the ambassador = a measure taken in protest"))
U(d, "Peru is in contact with fellow member states", "earliest possible date.",
  ("Peru", C, neg, "Venezuela", "moving to invoke the Democratic Charter against Venezuela = announced measure (unsure: could be read as procedure)"))
U(d, "President Pedro Pablo Kuczynski, writing on social media", "emptied from within.",
  ("Peru", C, neg, "Venezuela", "head of state in reported speech; 'a democracy being emptied from within' = judgement without stock words"))
# "Foreign Minister Ricardo Luna held a telephone conversation ..." = narration of a call, no row.
U(d, "The Secretary General described the rulings as an assault", "released by the Ministry.",
  ("Organization of American States", C, neg, "Venezuela", "Almagro named first by title in the previous sentence, then 'the Secretary General'; second-hand attribution through Peru's readout; his position, not Peru's"))
U(d, "Minister Luna conveyed Peru's full backing for the Secretary General's request", "drafting a resolution.",
  ("Peru", S, pos, "Organization of American States", "backing + offer of help to the OAS = supporting"))
U(d, "The Ministry has also taken note of the remarks made this afternoon in Caracas", "constitutional order of her country.",
  ("Luisa Ortega Díaz", C, neg, "Venezuela", "her own actor in the name files; her judgement reported by Peru; Peru's 'taken note' is a lead-in, no Peru row"))
U(d, "The Ministry observes that the Government of the United States", "very close to its own.",
  ("United States", C, neg, "Venezuela", "positions of two actors reported by Peru as close to Peru's condemnation"),
  ("European Union", C, neg, "Venezuela", "European External Action Service = EU (alias)"))
U(d, "The Governments of Argentina, Brazil, Chile, Colombia and Peru express their deep alarm", "at the ballot box.",
  ("Argentina", C, neg, "Venezuela", "joint statement by a list: one row per state; alarm + 'disregard the will of voters' = judgement (alarm alone would be neutral)"),
  ("Brazil", C, neg, "Venezuela", "same joint statement"),
  ("Chile", C, neg, "Venezuela", "same joint statement"),
  ("Colombia", C, neg, "Venezuela", "same joint statement"),
  ("Peru", C, neg, "Venezuela", "same joint statement"))
U(d, "The signatory Governments call on the Government of Venezuela to restore", "for their political opinions.",
  ("Argentina", T, neu, "Venezuela", "demands addressed to one side with no judgement word in this sentence = calling_for_talks (labels/README)"),
  ("Brazil", T, neu, "Venezuela", "same"),
  ("Chile", T, neu, "Venezuela", "same"),
  ("Colombia", T, neu, "Venezuela", "same"),
  ("Peru", T, neu, "Venezuela", "same"))
U(d, "The Government of Peru rejects the terms used this evening", "campaign against her country.",
  ("Peru", C, neg, "Venezuela", "rejects the Venezuelan minister's words = judgement"),
  ("Venezuela", C, neg, "Peru", "Delcy Rodríguez's accusation reported inside Peru's sentence ('who accused') = Venezuela's own position"))
U(d, "Peru's decision responds to its own reading of the events", "or has asked for it.",
  ("Peru", N, neg, "", "denial that Washington asked for the recall = neutral, negative tone"))
U(d, "The Government of Peru has taken note of the new rulings published today", "President Nicolás Maduro.",
  ("Peru", N, neu, "", "procedural line ('taken note'); the Defence Council meeting is narration"))
U(d, "Peru considers that removing two paragraphs from the rulings", "breach of the democratic order.",
  ("Peru", C, neg, "Venezuela", "the partial reversal judged insufficient; no stock word"))
U(d, "President Maduro, in a televised address, said the dispute had been", "stability of the Republic.",
  ("Venezuela", N, pos, "", "self-justification and claim the matter is settled, no judgement of another actor = neutral, positive tone"))
U(d, "The Government of Peru will keep its Ambassador in Lima", "restored in Venezuela.",
  ("Peru", C, neg, "Venezuela", "the recall maintained with a condition = a measure"))
# "Foreign Minister Ricardo Luna spoke by telephone today with ... Chrystia Freeland." = narration of a call, no row.
U(d, "The two ministers agreed that the Permanent Council of the OAS should meet", "single voice on Venezuela.",
  ("Peru", N, neu, "", "agreement on a meeting of a body and a common line = procedural (not talks between the parties)"),
  ("Canada", N, neu, "", "'the two ministers' = Peru and Canada, one row each"))
U(d, "Minister Freeland said Canada shared Peru's view", "according to the Peruvian readout.",
  ("Canada", C, neg, "Venezuela", "reported clause: Canada's position that the partial withdrawal fell short = judgement; readout attribution tail"))
U(d, "Minister Luna thanked Canada for the steady attention", "Venezuelan crisis.",
  ("Peru", S, pos, "Canada", "thanks = approval"))
U(d, "The Government of Peru welcomes the resolution adopted today", "authority of the National Assembly.",
  ("Peru", S, pos, "Organization of American States", "welcome of the OAS resolution; the judgement inside it is the Council's, given its own row"),
  ("Organization of American States", C, neg, "Venezuela", "the Permanent Council's resolution declares the decisions incompatible with democratic practice = judgement"))
U(d, "Peru regrets the attempt by the delegation of the Plurinational State of Bolivia", "in due form.",
  ("Peru", C, neg, "Bolivia", "'regrets' aimed at an actor's act = judgement (guide)"))
# "The session was finally opened under the Council's vice-chair ..." = narration (the walk-out states no protest), no row.
U(d, "Bolivia's Permanent Representative, Diego Pary, told the press afterwards", "had no validity.",
  ("Bolivia", C, neg, "Organization of American States", "the meeting called a breach of the rules and void = judgement of the Council's act"))
U(d, "Peru reiterates its solidarity with the people of Venezuela and its hope", "constitutional means.",
  ("Peru", T, pos, "", "solidarity with a people (not an actor) + hope for a peaceful settlement = calling_for_talks"))
# "The Diplomatic Academy of Peru held a round table ..." = narration, no row.
U(d, "Dr. Carmen Villacorta Ríos, professor of constitutional law", "ceased to act as a court.",
  ("Carmen Villacorta Ríos", C, neg, "Venezuela", "invented independent scholar; judgement of the Venezuelan court"))
U(d, "\"The Charter was drafted for exactly this moment", "Villacorta said.",
  ("Carmen Villacorta Ríos", C, neg, "", "surname only after first mention; a call to apply the Charter's measures = condemning (calls for measures), no actor named"))
U(d, "Aurelio Benavides Lazo, a retired Peruvian ambassador", "mediation remained possible.",
  ("Aurelio Benavides Lazo", T, neu, "", "invented former official = independent person; appeal to keep a channel for mediation"))
# "The Ministry will publish the proceedings ..." = housekeeping, no row.
