# ------------------------------------------------------------------ Bolivia's charge that Macri's Argentina shipped ammunition to the 2019 de facto government (Bolivian state agency, English service, 2021-07-11)
d = "page_bolivia_argentina_munitions2021_statemedia.txt"
# Not statements: agency banner, language bar, menu, section, headline, time stamps, [PHOTO n of 3] captions with credits,
# ADVERTISEMENT, crossheads, RELATED NEWS, tags, share bar, subscribe prompt, copyright.
U(d, "The Government of President Luis Arce will take the shipment", "followed the coup.",
  ("Bolivia", C, neg, "", "dateline excluded; legal action announced + 'proof the de facto regime had foreign help to crush the protests' = judgement; several culprits -> target empty"))
U(d, "Mayta presented on Thursday a letter dated 13 November 2019", "tear gas grenades and sprays.",
  ("Bolivia", N, neu, "", "the foreign minister presents a document: facts"))
# "Terceros and the former commander of the Navy, Gonzalo Jarjuri, were arrested last week ..." = narration, no source, no row.
U(d, "\"This was not humanitarian aid and it was not a courtesy between armed forces.", "Mayta told reporters.",
  ("Bolivia", C, neg, "", "multi-sentence quote closed by its speaker; accusation of the senders (unnamed in the unit) -> target empty"))
U(d, "The Foreign Minister said the material had arrived in Bolivia one day after", "legal import.",
  ("Bolivia", N, neu, "", "speaker by title only; facts (dates, no registration), no judgement word"))
U(d, "President Luis Arce thanked his Argentine counterpart, Alberto Fernández", "toward the Bolivian people.",
  ("Bolivia", S, pos, "Argentina", "thanks and praise of Argentina's apology = supporting"))
U(d, "In the letter, made public by the Casa Rosada, Fernández apologised to Bolivia", "meant to settle.",
  ("Argentina", C, neg, "Juntos por el Cambio", "the apology carries a judgement of the previous government (Macri's, now the opposition coalition he leads): rule 1; target cannot be Argentina itself (unsure)"))
U(d, "Argentine Foreign Minister Felipe Solá said on Friday that Buenos Aires would hand", "on the consignment.",
  ("Argentina", S, pos, "Bolivia", "backing by act: handing documents to Bolivian prosecutors (unsure: cooperation with an inquiry has also been read as neutral)"))
U(d, "The Argentine Security Ministry said it had ordered a review", "authorised the flight.",
  ("Argentina", N, neu, "", "adjective ministry; internal review = procedure"))
U(d, "Government Minister Eduardo del Castillo welcomed the cooperation of the Argentine authorities", "signed off on the shipment.",
  ("Bolivia", C, neg, "", "welcome joined to a call for action against the officials who approved the shipment (a call for measures = condemning, rule 1); officials not canonical -> target empty (unsure: could be calling_for_talks)"))
U(d, "Defence Minister Edmundo Novillo said an internal inquiry had found no entry", "inventories.",
  ("Bolivia", N, neu, "", "facts from an inquiry"))
U(d, "Former Argentine President Mauricio Macri, who leads the opposition Juntos por el Cambio coalition, denied", "from abroad.",
  ("Juntos por el Cambio", N, neg, "", "former president as coalition leader = the coalition (as Capriles for the MUD in batch22a); denial = neutral, negative tone"))
U(d, "Macri accused Fernández of endorsing a document of dubious origin", "people close to Morales.",
  ("Juntos por el Cambio", C, neg, "Argentina", "accusation of the sitting president (the Argentine government) = judgement; the embassy recollection is secondary"))
U(d, "Patricia Bullrich, who was security minister in 2019 and now chairs Macri's PRO party", "for political ends.\"",
  ("Juntos por el Cambio", C, neg, "Bolivia", "PRO chair speaking for the opposition coalition (the name files list Bullrich under Argentina, for her later office); denial + 'a story built in La Paz for political ends' = judgement of Bolivia's government"))
U(d, "Former President Evo Morales, leader of the Movement for Socialism (MAS), said from the Chapare", "go unpunished.",
  ("Movement for Socialism", C, neg, "", "party leader; 'massacres of the coup' + demand for punishment = judgement; culprits in two countries -> target empty"))
U(d, "The foreign ministries of Venezuela and Cuba sent messages of solidarity to La Paz", "Bolivian Foreign Ministry.",
  ("Venezuela", S, pos, "Bolivia", "list of two states; 'according to a statement released by' the Bolivian ministry; La Paz = Bolivia"),
  ("Cuba", S, pos, "Bolivia", "same sentence, second state"))
U(d, "Ecuador's national police commander, Tannya Varela, denied last month", "lent tear gas in 2019.",
  ("Ecuador", N, neg, "", "police commander = Ecuador; denial = neutral, negative tone"),
  ("Bolivia", C, neg, "Ecuador", "embedded clause: Bolivian authorities' charge that Quito lent tear gas = accusation"))
U(d, "The Ecuadorian Foreign Ministry said on Friday that it would respond to any formal request", "judicial assistance.",
  ("Ecuador", N, neu, "", "procedural cooperation = neutral"))
U(d, "Mayta also recalled the role of the Organization of American States", "an explanation.",
  ("Bolivia", C, neg, "Organization of American States", "'lit the fuse' + 'owed Bolivians an explanation' = judgement of the OAS"))
U(d, "The Inter-American Commission on Human Rights' Interdisciplinary Group of Independent Experts", "issuing its report.",
  ("Organization of American States", N, neu, "", "IACHR expert group = OAS body (name files: IACHR alias of OAS); procedure"))
U(d, "Verónica Mamani Quisbert, a political scientist at the Universidad Mayor de San Andrés", "regional dimension.",
  ("Verónica Mamani Quisbert", N, neu, "", "invented scholar (person); assessment of the evidence, no judgement of an actor"))
U(d, "\"The question now is not whether the cartridges arrived", "she said.",
  ("Verónica Mamani Quisbert", N, neu, "", "open questions, no judgement"))
U(d, "Rubén Choque, a lawyer for families of those killed at Senkata", "in place of a trial.",
  ("Rubén Choque", C, neg, "", "invented lawyer (person); reported clause; refusal in protest of another commission instead of a trial = judgement of the justice system, no canonical target"))
U(d, "He urged the prosecutors of both countries to meet", "between presidents.\"",
  ("Rubén Choque", T, neu, "", "appeal for a joint meeting/investigation"))
U(d, "The Attorney General's Office confirmed that it had opened a case", "de facto government.",
  ("Bolivia", N, neu, "", "procedure"))
