# ------------------------------------------------------------------ Iran seizes the MSC Aries near Hormuz (IRNA-style state media, 2024-04-15)
d = "page_msc_aries_statemedia.txt"
U(d, "The spokesman for the Ministry of Foreign Affairs says the container ship MSC Aries", "international maritime regulations.",
  ("Iran", N, neu, "", "dateline 'Tehran, IRNA –' excluded; the ministry = Iran by the outlet's context (no state word); justification of its own seizure, no actor judged"))
U(d, "Speaking at his weekly press conference in Tehran on Monday, Nasser Kanaani", "territorial waters.",
  ("Iran", N, neu, "", "spokesman named after his role in the lead; account of the ship's conduct (facts as Iran states them)"))
U(d, "\"Iran's courts and legal authorities now have this file.", "he said.",
  ("Iran", N, neu, "", "two-sentence quotation closed by its speaker = one unit; procedure"))
U(d, "Kanaani said there was no doubt the ship was tied to the Zionist regime", "threaten Iran's security.",
  ("Iran", C, neg, "Israel", "accusation (ship tied to 'the Zionist regime' = Israel) + warning = condemning"))
U(d, "Asked about condemnations by the United States and Britain", "international law.",
  ("United States", C, neg, "Iran", "positions reported inside a question: condemnation of the seizure"),
  ("United Kingdom", C, neg, "Iran", "same; Britain = United Kingdom"),
  ("Iran", C, neg, "", "rebuke of the condemning governments + accusation of Israel's Damascus strike; several actors -> target empty; Tehran = metonym"))
U(d, "He described Saturday night's operation against the occupied territories", "a far heavier reply.",
  ("Iran", C, neg, "Israel", "own strike justified + threat of a heavier response = condemning (the threat decides)"))
U(d, "In a telephone conversation with Indian External Affairs Minister", "Indian sailors on board.",
  ("Iran", N, pos, "", "promise of consular access = own procedure, cooperative tone; Jaishankar only addressed here"))
U(d, "According to the Iranian readout of the call, Jaishankar raised the fate", "looking after them.",
  ("India", T, neg, "Iran", "position of India reported by Iran's readout; concern + request for help for the crew = asking for humanitarian help (calling_for_talks, labels/README)"))
U(d, "Amir-Abdollahian told his Indian counterpart that Iran had acted in legitimate self-defence", "ceasefire in Gaza.",
  ("Iran", T, neu, "India", "own act justified (no judgement) + appeal to New Delhi (metonym) to work for a Gaza ceasefire = calling_for_talks"))
U(d, "Jaishankar wrote on X afterwards that he had pressed for the sailors' release", "kept from spiralling.",
  ("India", T, neu, "", "leader on social media: release demand + de-escalation appeal, no judgement; addressed to Iran and to the region -> target empty (unsure)"))
U(d, "Portugal, under whose flag the ship sails, asked for clarifications", "on Sunday morning.",
  ("Portugal", T, neu, "Iran", "flag state's request for an explanation through its envoy = calling_for_talks (as batch5c's demands for an explanation)"))
U(d, "Portuguese Foreign Minister Paulo Rangel had on Saturday called the seizure", "everyone on board.",
  ("Portugal", C, neg, "Iran", "'a breach of international law' + insistence on release = condemning (rule 1); Lisbon = metonym"))
U(d, "Amir-Abdollahian told the Portuguese envoy that the matter was being handled", "in good health.",
  ("Iran", N, pos, "", "reassurance about own conduct = neutral, positive tone"))
U(d, "The IRGC Navy said in a statement on Saturday that its special forces", "territorial waters.",
  ("Iran", N, neu, "", "IRGC = Iran (name files); own operation reported as done, the link to Israel asserted in passing"))
U(d, "MSC said in a statement that it was in contact with the authorities concerned", "return of the ship.",
  ("Mediterranean Shipping Company", N, neu, "", "operator of the ship (company, new actor) on its own efforts; the preceding ownership sentence is narrative"))
U(d, "White House National Security Council spokeswoman Adrienne Watson labelled the seizure piracy", "let go immediately.",
  ("United States", C, neg, "Iran", "'piracy' + demand = condemning"))
U(d, "British Defence Secretary Grant Shapps said Tehran must release the vessel", "without conditions.",
  ("United Kingdom", T, neg, "Iran", "demand to one side with no judgement word = calling_for_talks, negative (labels/README); Tehran = metonym"))
U(d, "The foreign minister of the Zionist regime, Israel Katz,", "likening the seizure to piracy.",
  ("Israel", C, neg, "Iran", "'the Zionist regime' = Israel; call for a terrorist listing (sanction) + 'piracy' = condemning; the EU is only addressed"))
U(d, "The International Chamber of Shipping, a London-based industry association,", "allowed to go home.",
  ("International Chamber of Shipping", C, neg, "Iran", "industry body (name files); condemnation + appeal = rule 1"))
U(d, "Iran had notified neighbouring countries 72 hours in advance", "Foreign Minister Amir-Abdollahian.",
  ("Iran", N, neu, "", "own procedure stated by the foreign minister; the preceding sentence (operation True Promise) is the agency's narrative (no row)"))
