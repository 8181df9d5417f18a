# ------------------------------------------------------------------ Iran seizes the Stena Impero (Reuters-style wire, 2019-07-20)
d = "page_stena_impero_wire.txt"
U(d, "Britain accused Iran on Saturday of flouting the rules of the sea", "without delay.",
  ("United Kingdom", C, neg, "Iran", "lead carrying three positions: accusation of flouting the rules of the sea (judgement without stock words)"),
  ("Germany", T, neg, "Iran", "same lead: an appeal to Tehran to free the ship, no judgement in this sentence (Germany's judgement comes in its own paragraph)"),
  ("France", T, neg, "Iran", "same lead: appeal only"))
U(d, "\"Iran's conduct in the Gulf yesterday points", "wrote on Twitter.",
  ("United Kingdom", C, neg, "Iran", "Hunt (introduced by role): a government 'ready to break the rules and stoke instability' = judgement without stock words"))
U(d, "\"Our answer will be calm, but it will not be weak.\"", "\"Our answer will be calm, but it will not be weak.\"",
  ("United Kingdom", C, neg, "Iran", "quotation continued after its attribution, same speaker; a promised response = threat"))
U(d, "Hunt, speaking late on Friday", "real price to pay.\"",
  ("United Kingdom", C, neg, "Iran", "wish for a diplomatic way out + 'a real price to pay': the threat decides (condemning)"))
U(d, "He said on Saturday he had told his Iranian counterpart", "a week ago.",
  ("United Kingdom", C, neg, "Iran", "disappointment conveyed to Zarif + reproach of broken promise = judgement (unsure: could be read as neutral displeasure)"))
U(d, "Zarif told Hunt the ship would have to go through a legal process", "news agency reported.",
  ("Iran", N, neu, "", "procedure stated by Zarif; INSA is an agency reporting, not an actor"))
U(d, "Defence Secretary Penny Mordaunt called the seizure an act of hostility", "was boarded.",
  ("United Kingdom", C, neg, "Iran", "'an act of hostility' = judgement"))
U(d, "Tehran's conduct was an open affront", "May's office said.",
  ("United Kingdom", C, neg, "Iran", "possessive before the speaker (Tehran's conduct): Tehran is the target, the speaker is Downing Street"))
U(d, "British-flagged ships were advised to keep away", "the spokesman said.",
  ("United Kingdom", N, neu, "", "own shipping advice, no evaluation"))
U(d, "Iran's charge d'affaires in London was summoned", "the spokesman added.",
  ("United Kingdom", C, neg, "Iran", "summoning the envoy = a diplomatic protest measure (as expulsions); London = place"))
U(d, "The Guards said in a statement carried by state media", "maritime rules.",
  ("Iran", N, neu, "", "IRGC = Iran (name files); justification of its own seizure, no judgement of a state (unsure: the ship's alleged breach is an accusation of the vessel)"))
U(d, "Allahmorad Afifipour, the head of the province's ports", "distress calls.",
  ("Iran", N, neu, "", "provincial official = Iran; Iran's own account of the incident"))
U(d, "The ship's 23 crew, 18 of them Indian", "he said.",
  ("Iran", N, neu, "", "procedure and figures"))
U(d, "A Guards spokesman, Brigadier General Ramezan Sharif", "for lawbreakers.\"",
  ("Iran", C, neg, "United Kingdom", "accusation that the British warship obstructed the operation"))
U(d, "Zarif drew a contrast on Twitter", "Washington's bidding.",
  ("Iran", C, neg, "United Kingdom", "'theft' at Gibraltar + told London to stop serving Washington = judgement of Britain (the US only mentioned)"))
U(d, "Supreme Leader Ayatollah Ali Khamenei had said on Tuesday", "British piracy.",
  ("Iran", C, neg, "United Kingdom", "an earlier specific statement reported as background: threat + 'piracy'"))
U(d, "Stena Bulk said the vessel had been in full compliance", "when it was approached.",
  ("Stena Bulk", N, neg, "", "shipowner (company) under its own name; denial of the Iranian account = neutral, negative"))
U(d, "\"There are 23 seafarers on board", "said in a statement.",
  ("Stena Bulk", N, neu, "", "multi-sentence quote closed by its speaker = one unit; crew facts"))
U(d, "U.S. President Donald Trump told reporters at the White House", "\"a tremendous ally.\"",
  ("United States", S, pos, "United Kingdom", "backing of Britain"))
U(d, "He said the seizure showed that he had been right about Iran", "\"nothing but trouble.\"",
  ("United States", C, neg, "Iran", "'He' = Trump; judgement of Iran"))
U(d, "In Berlin, the foreign ministry said there was no justification", "released immediately.",
  ("Germany", C, neg, "Iran", "'the foreign ministry' resolved by 'In Berlin'; 'no justification' + demand: rule 1"))
U(d, "\"The region cannot afford another step up in tension", "the ministry said.",
  ("Germany", N, neg, "", "concern about escalation without an appeal = neutral, negative"))
U(d, "France's foreign ministry said it was following events with deep worry", "freedom of navigation in the Gulf.",
  ("France", T, neg, "Iran", "worry + appeal to free the ship, no judgement = calling_for_talks"))
U(d, "Bahrain, which hosts the U.S. Navy's Fifth Fleet, condemned the seizure", "safety of shipping.",
  ("Bahrain", C, neg, "Iran", "condemnation + solidarity with Britain in one sentence: rule 1 (condemning)"))
U(d, "Latvia, whose citizen is among the crew, also condemned it.", "Latvia, whose citizen is among the crew, also condemned it.",
  ("Latvia", C, neg, "Iran", "'it' = the seizure"))
U(d, "India's foreign ministry said its embassy in Tehran was in contact", "Indian nationals.",
  ("India", N, neu, "", "consular contacts for its nationals = own procedure, no appeal or judgement (Tehran = place)"))
U(d, "In Moscow, Konstantin Kosachev", "keep cool heads.",
  ("Russia", T, neu, "", "chair of the Federation Council's international affairs committee speaks for Russia (as a senator for the US); hope for restraint by both sides, target empty"))
U(d, "But he said Britain had never been willing", "hands out itself.",
  ("Russia", C, neg, "United Kingdom", "judgement of Britain's double standard"))
