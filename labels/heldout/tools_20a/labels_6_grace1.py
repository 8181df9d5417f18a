# ------------------------------------------------------------------ Seizure of the tanker Grace 1 off Gibraltar (full HTML, British regional site, 2019-07-06)
d = "page_grace1_tanker_webpage.html"
U(d, "Iran has summoned Britain's ambassador and warned that a British ship could be next", "carrying Iranian oil to Syria.",
  ("Iran", C, neg, "United Kingdom", "lead carrying Iran's position (summons in protest + veiled threat, one row) and narration: the seizure, in the 'after' clause, is the reporter's narration (as batch14a for a seizure in a relative clause); Britain's ambassador = possessive, not a speaker"))
U(d, "Gibraltar's Chief Minister, Fabian Picardo, said officers from the territory's port", "Baniyas in Syria.",
  ("United Kingdom", N, neu, "", "Gibraltar's government = United Kingdom (brief); own law-enforcement act reported with its reason, no judgement word (unsure: an enforcement of sanctions could be read as a measure = condemning, target empty)"))
U(d, "\"Our officers and the marines did a difficult job with great professionalism.", "Picardo said.",
  ("United Kingdom", N, pos, "", "two-sentence quotation closed by its speaker (surname only) = one unit; praise of Gibraltar's officers and the Royal Marines = the UK praising its own side = neutral, positive"))
U(d, "The Ministry of Defence said about 30 marines had been flown out", "without a shot being fired.",
  ("United Kingdom", N, neu, "", "own operation reported as done"))
U(d, "In London, the Foreign Office said it fully supported the Gibraltar authorities", "would be enforced.",
  ("United Kingdom", N, pos, "", "London = place; backing of Gibraltar = the UK backing its own territory: no other actor to support (target cannot equal actor) = neutral, positive (unsure)"))
U(d, "A Downing Street spokesman said the seizure was a clear signal", "sanctions were flouted.",
  ("United Kingdom", C, neg, "", "warning to sanction-breakers = threatened response; no one named -> target empty"))
U(d, "Iran's foreign ministry spokesman, Abbas Mousavi, said Britain's ambassador, Rob Macaire", "seizure of an Iranian tanker.",
  ("Iran", C, neg, "United Kingdom", "possessive 'Britain's ambassador' is not a speaker; summons in protest + 'unlawful'"))
U(d, "Mousavi likened the operation to piracy and said London had acted to please Washington.", "Mousavi likened the operation to piracy and said London had acted to please Washington.",
  ("Iran", C, neg, "United Kingdom", "surname only; 'piracy' = judgement of London (Washington only mentioned)"))
U(d, "He demanded that the tanker be freed at once and allowed to sail on.", "He demanded that the tanker be freed at once and allowed to sail on.",
  ("Iran", T, neg, "United Kingdom", "'He' = Mousavi; demand to one side with no judgement word = calling_for_talks, negative"))
U(d, "Mohsen Rezaei, a former Revolutionary Guards commander who now serves as secretary", "kept hold of the Grace 1.",
  ("Iran", C, neg, "United Kingdom", "secretary of a state council = Iran; conditional threat of a retaliatory seizure"))
U(d, "British officials dismissed the piracy charge out of hand.", "British officials dismissed the piracy charge out of hand.",
  ("United Kingdom", N, neg, "", "unnamed officials of a named government = UK; denial = neutral, negative"))
U(d, "On Friday the Gibraltar government insisted that it had acted solely", "move against the ship.",
  ("United Kingdom", N, neg, "", "Gibraltar = UK; denial of acting at another state's request"))
U(d, "Spain's acting foreign minister, Josep Borrell, said the tanker had been stopped", "asked Britain to do so.",
  ("United States", C, neg, "", "a US request reported by Spain is the US's statement (guide: a position of X reported by Y); asking for a seizure = a measure against the shipment -> condemning, target empty; Spain takes no position in this sentence (no Spain row) (unsure)"))
U(d, "Borrell, who has been named as the EU's next foreign policy chief", "around the Rock are British.",
  ("Spain", N, neg, "", "Borrell speaks as Spain's acting foreign minister, not for the EU; examining the sovereignty question = a procedure, no protest stated yet (unsure: could be condemning the UK)"))
U(d, "A foreign ministry source in Madrid said Spain would lodge a formal protest", "over the incursion.",
  ("Spain", C, neg, "United Kingdom", "unnamed source of a named ministry = Spain; formal protest = condemning"))
U(d, "Panama's Maritime Authority said the Grace 1 had been struck off its shipping register", "under the Panamanian flag.",
  ("Panama", N, neu, "", "state agency = Panama; registry fact"))
U(d, "John Bolton, the US national security adviser, hailed the seizure", "very good news.",
  ("United States", S, pos, "United Kingdom", "welcome of the British/Gibraltar action = supporting the UK"))
U(d, "He said Washington and its allies would keep denying the governments in Tehran and Damascus", "illicit oil sales.",
  ("United States", C, neg, "", "'He' = Bolton; measures against two governments -> target empty"))
U(d, "In Moscow, the foreign ministry denounced the detention by the Gibraltar authorities", "around Iran and Syria.",
  ("Russia", C, neg, "United Kingdom", "Moscow = place; 'denounced' = judgement of the UK's act (Gibraltar and British marines = UK)"))
U(d, "Late on Friday, Gibraltar's Supreme Court granted the territory's attorney general", "another 14 days.",
  ("United Kingdom", N, neu, "", "a court order in Gibraltar = a UK state procedure reported as done (unsure: could be read as narrative, as batch5c noted for a court)"))
U(d, "A Gibraltar government spokesman said the 28 crew members", "had not been arrested.",
  ("United Kingdom", N, neu, "", "facts about the crew; the families that follow are unnamed (no row)"))
