# ------------------------------------------------------------------ Death in custody of Capt. Rafael Acosta Arévalo: OAS Permanent Council readout (2019-07-12)
d = "page_venezuela_acostaarevalo2019_oasreadout.txt"
# Not statements: site name, language bar, breadcrumb, PRESS RELEASE, headline, date, reference numbers, Print/Share,
# webcast/Flickr line, Related links, contact block, copyright.
U(d, "The Permanent Council of the Organization of American States (OAS) devoted the main item", "severe mistreatment.",
  ("Organization of American States", N, neu, "", "procedural line: the Council took up the item; the death is narrated"))
U(d, "Captain Acosta Arévalo had been detained on June 21", "against Nicolás Maduro.",
  ("Venezuela", C, neg, "", "the authorities' accusation of plotting, aimed at the captain (not a canonical actor) -> target empty; unsure, mostly narration"))
# "His family was not told where he was held for a week." = narration, no row.
U(d, "The item was placed on the agenda at the request of the delegations", "the United States.",
  ("Canada", N, neu, "", "procedural act: asking for an agenda item; list of four states, one row each"),
  ("Colombia", N, neu, "", "same sentence"),
  ("Paraguay", N, neu, "", "same sentence"),
  ("United States", N, neu, "", "same sentence"))
U(d, "Opening the discussion, OAS Secretary General Luis Almagro told the Council", "everything we need to know about it.\"",
  ("Organization of American States", C, neg, "Venezuela", "judgement without stock words ('has told us everything we need to know'); 'regime' = the Caracas government"))
U(d, "The Secretary General said his office had sent the evidence", "continue to do so.",
  ("Organization of American States", C, neg, "Venezuela", "evidence sent to the ICC prosecutor = a step taken against the government"))
U(d, "The Inter-American Commission on Human Rights (IACHR) informed the Council", "detained with Captain Acosta Arévalo.",
  ("Organization of American States", N, neu, "", "IACHR = OAS (name files); procedural: a request for information was sent"))
U(d, "The Commission said the case fits a pattern of beatings", "the State's to explain.",
  ("Organization of American States", C, neg, "Venezuela", "documented pattern of torture + 'bears full responsibility' = condemning"))
U(d, "It urged that an autopsy be carried out to international standards", "without further delay.",
  ("Organization of American States", T, neu, "Venezuela", "appeal for an autopsy and the handover of the remains, no judgement word in this sentence"))
U(d, "The Permanent Representative of Venezuela designated by the National Assembly", "behind their uniforms.",
  ("National Assembly of Venezuela", C, neg, "Venezuela", "Tarre = the Guaidó-led Assembly's envoy (Guaidó is an alias of the Assembly), not the Caracas government"))
U(d, "Ambassador Tarre added that Interim President Juan Guaidó had asked the Council", "former detainees.",
  ("National Assembly of Venezuela", T, neu, "", "appeal for an independent international investigation + offer of testimony; Guaidó's request reported by Tarre"))
U(d, "The Representative of the United States, Ambassador Carlos Trujillo, said the Department of the Treasury", "held personally accountable.",
  ("United States", C, neg, "Venezuela", "sanctions on the DGCIM + warning: long sentence carrying narration and a position"))
U(d, "\"Maduro and those around him have run out of excuses.", "Ambassador Trujillo said.",
  ("United States", C, neg, "Venezuela", "judgement + threat; multi-sentence quote closed by its speaker"))
U(d, "The Representative of Canada, Ambassador Hugh Adsett, said his government was appalled", "responsible for his death.",
  ("Canada", C, neg, "Venezuela", "'held ... responsible' = condemning (alarm joined to blame)"))
U(d, "The Representative of Colombia, Ambassador Alejandro Ordóñez, described the DGCIM", "competent international body.",
  ("Colombia", C, neg, "Venezuela", "judgement by image + call to refer the case: rule 1"))
U(d, "The delegations of Argentina, Brazil, Chile, Paraguay and Peru, speaking in turn", "Captain Acosta Arévalo.",
  ("Argentina", C, neg, "Venezuela", "list of five states: condemnation + condolences (rule 1); one row each"),
  ("Brazil", C, neg, "Venezuela", "same sentence"),
  ("Chile", C, neg, "Venezuela", "same sentence"),
  ("Paraguay", C, neg, "Venezuela", "same sentence"),
  ("Peru", C, neg, "Venezuela", "same sentence"))
U(d, "The Representative of Mexico said her government regretted the loss of life", "any vote on the matter.",
  ("Mexico", N, neg, "", "regret for a death (not aimed at an actor) + concern, no appeal; abstention announced without protest = neutral"))
U(d, "Mexico believes that only a negotiated and peaceful solution among Venezuelans", "she added.",
  ("Mexico", T, pos, "", "hope for a negotiated solution and for the Barbados talks = calling_for_talks"))
U(d, "The Representative of Uruguay supported a full and impartial investigation", "derailed by the case.",
  ("Uruguay", T, neu, "", "support for an inquiry + hope for dialogue; no judgement"))
U(d, "The Representative of Bolivia said the Council was once again being used", "pretext for intervention.",
  ("Bolivia", C, neg, "Organization of American States", "judgement of the Council's use + rejection in protest"))
U(d, "The Representative of Saint Vincent and the Grenadines said her country was troubled", "rather than against them.",
  ("Saint Vincent and the Grenadines", T, neg, "", "concern + appeal for a cooperative inquiry = calling_for_talks"))
U(d, "The Council was also informed that the Lima Group had issued a statement", "investigation on July 1.",
  ("Lima Group", C, neg, "Venezuela", "earlier statement reported: condemning the death"),
  ("European Union", T, neu, "", "call for an independent investigation, no judgement in this sentence"))
U(d, "Several delegations referred to the report presented on July 5", "to see the body.",
  ("United Nations", T, neu, "Venezuela", "Bachelet's request for an inquiry and access, reported; 'several delegations' are unnamed -> no row for them"))
U(d, "The Council took note of a letter from the authorities in Caracas", "charged with homicide in the case.",
  ("Organization of American States", N, neu, "", "procedural: the Council took note of a letter"),
  ("Venezuela", N, neu, "", "facts given by the government: two officers charged"))
U(d, "In the letter, Foreign Minister Jorge Arreaza rejected what he called", "internal affairs.",
  ("Venezuela", C, neg, "Organization of American States", "rejects the Council's competence in protest + 'shameful use' = judgement"))
U(d, "The authorities in Caracas have said that the Public Ministry acted", "above the law.",
  ("Venezuela", N, neu, "", "reassurance about its own conduct = neutral"))
U(d, "In the dialogue with civil society that followed, Mariana Salcedo", "without access to a lawyer.",
  ("Mariana Salcedo", N, neg, "", "invented civil-society coordinator (person); figures and conditions, no appeal"))
U(d, "\"Every one of those families is asking itself tonight", "Ms. Salcedo said.",
  ("Mariana Salcedo", T, neg, "", "appeal for access of doctors and lawyers (protection of detainees), no judgement"))
U(d, "Dr. Ernesto Villalba, a professor of forensic medicine", "still possible.",
  ("Ernesto Villalba", N, neg, "", "invented professor (person); expert finding + a possibility, no judgement of an actor"))
U(d, "The Chair said the delegations of Canada, Colombia and the United States had circulated", "the Council's agenda.",
  ("Organization of American States", N, neu, "", "procedural: draft to be taken up, item stays on the agenda; sponsors' act left without rows (content of the draft not given)"))
