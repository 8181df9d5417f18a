# ------------------------------------------------------------------ MT Heroic Idun handed to the Nigerian Navy (state news agency dispatch, NAN, 2022-11-13)
d = "page_nigeria_heroicidun_handover2022_stateagency.txt"
# Not statements: agency masthead, menu, section, headline, date line, "Abuja, Nov. 13, 2022 (NAN)", (NAN), desk codes, editors, share bar, Related, comments, copyright.
U(d, "The Nigerian Navy has taken custody of the Very Large Crude Carrier", "at the request of the Federal Government.",
  ("Nigeria", N, neu, "", "the navy speaks for its state; custody of the ship and crew reported as done, no evaluation (the 'fled' clause is the agency's narration)"))
U(d, "The Director of Naval Information, Commodore Adedotun Ayo-Vaughan, who disclosed this", "naval personnel on board.",
  ("Nigeria", N, neu, "", "spokesman with full title; arrival and guard on board = facts"))
U(d, "Ayo-Vaughan said the vessel and her crew would be handed over", "Other Maritime Offences Act, 2019.",
  ("Nigeria", C, neg, "", "announced prosecution of the ship and crew = a measure against them (as charges in earlier batches); ship owners/crew not canonical -> target empty (unsure: could be neutral procedure)"))
U(d, "\"This ship came into our waters with no clearance", "he said.",
  ("Nigeria", C, neg, "", "multi-sentence quote closed by 'he said'; accusation of unauthorised loading, flight and a false piracy alarm"))
U(d, "The Navy spokesman said it was clear from the conduct of the vessel", "international shipping community.",
  ("Nigeria", C, neg, "", "'The Navy spokesman' = Ayo-Vaughan; judgement of the ship's purpose and of the false report"))
U(d, "He, however, assured that the crew members would be treated humanely", "given access to them.",
  ("Nigeria", N, pos, "", "reassurance about its own conduct = neutral, positive (labels/README)"))
U(d, "Also speaking, the Chief of the Naval Staff (CNS), Vice Adm. Awwal Gambo, commended", "maritime security in the Gulf of Guinea.",
  ("Nigeria", S, pos, "Equatorial Guinea", "praise of Equatorial Guinea's government and navy for the arrest and handover"))
U(d, "Gambo, who spoke through the Chief of Policy and Plans", "anywhere in the country's waters.",
  ("Nigeria", N, neu, "", "surname only; own resolve against oil theft restated, no actor evaluated (unsure: could be condemning oil thieves in general)"))
U(d, "He warned that any vessel which attempted to lift crude oil", "which flag it flew.",
  ("Nigeria", C, neg, "", "'He' = Gambo; a warning of arrest and prosecution = threat -> condemning; aimed at no named actor -> target empty"))
U(d, "The News Agency of Nigeria (NAN) recalls that the Vice President of Equatorial Guinea", "to be transferred to Nigeria.",
  ("Equatorial Guinea", S, neu, "Nigeria", "the agency recalls a position of another state = that state's statement (Vice President in charge of defence); authorising the handover at Nigeria's request = backing by act (unsure: could be neutral as a decision announced)"))
U(d, "Authorities in Malabo had earlier said the tanker was penalised", "penalty had been settled.",
  ("Equatorial Guinea", C, neg, "", "Malabo = metonym here ('authorities in Malabo'); a penalty imposed on the ship = a sanction; the managers' word that it was paid is a fact inside the same sentence (no separate row); target empty (company)"))
U(d, "In a related development, the Minister of State for Petroleum Resources, Chief Timipre Sylva, said", "carted away with impunity.",
  ("Nigeria", C, neg, "", "minister speaks for the state; warning to oil thieves in general ('no longer ... with impunity') -> condemning, target empty (unsure: could be neutral)"))
U(d, "Sylva commended the Navy and the security agencies for their vigilance", "to the barest minimum.",
  ("Nigeria", N, pos, "", "praise of its own forces = self-praise, neutral with a positive tone (labels/README)"))
U(d, "Similarly, the Director-General of the Nigerian Maritime Administration", "to support the prosecution.",
  ("Nigeria", N, neu, "", "state agency head = Nigeria; own plan to hand over documents"))
U(d, "Meanwhile, the Norway-based managers of the vessel, OSM Ship Management", "had done nothing wrong.",
  ("OSM Ship Management", C, neg, "Nigeria", "new company actor; 'forced to sail with armed men on board' = accusation against the Nigerian side, plus a denial for the crew: the judgement decides"))
U(d, "The company said the vessel was waiting at the terminal for clearance documents", "protect the lives of those on board.",
  ("OSM Ship Management", N, neg, "", "own account of the night approach, justifying the flight = a denial of wrongdoing -> neutral, negative"))
U(d, "It called on the Nigerian authorities to release the seafarers without delay", "through the courts.",
  ("OSM Ship Management", T, neu, "Nigeria", "appeal for release and for a legal settlement, no judgement in the sentence"))
U(d, "The Norwegian insurer of the vessel, Gard, also said", "continued detention unacceptable.",
  ("Gard", C, neg, "", "new company actor; 'unacceptable' = judgement (guide); aimed at detention by two states -> target empty"))
U(d, "In New Delhi, the Spokesperson of the Ministry of External Affairs, Mr Arindam Bagchi, had said", "16 Indian nationals among the crew.",
  ("India", T, neu, "", "New Delhi = place; pressing the authorities of two countries for release through contacts = diplomatic appeal; two addressees -> target empty"))
U(d, "Bagchi said that India was also seeking consular access", "the priority of the government.",
  ("India", N, neu, "", "own efforts and priorities stated, no appeal or judgement on another actor (unsure: could be calling_for_talks)"))
U(d, "Responding, the Navy spokesman said the Nigerian Navy had no quarrel", "would follow due process.",
  ("Nigeria", N, neu, "", "reassurance about its own conduct, answer to India"))
U(d, "\"This is not about the nationality of anybody.", "Ayo-Vaughan said.",
  ("Nigeria", C, neg, "", "multi-sentence quote closed by the surname; accusation that the ship broke the law and tried to take crude"))
U(d, "A maritime security analyst, Mr Emeka Obi-Okonkwo, told NAN in Lagos that the Navy acted within its powers", "to Bonny Anchorage.",
  ("Emeka Obi-Okonkwo", S, pos, "Nigeria", "invented analyst (person); approval of the navy's action"))
U(d, "\"A ship that has nothing to hide does not switch off", "he said.",
  ("Emeka Obi-Okonkwo", S, pos, "Nigeria", "multi-sentence quote; praise of the navy's pursuit (and a jab at the ship): backing the navy decides"))
# "NAN reports that the crew comprises 16 Indians ..." = the agency's own facts, no row (agencies reporting facts are not actors).
