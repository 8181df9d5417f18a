# ------------------------------------------------------------------ Iran seizes the tanker Advantage Sweet in the Gulf of Oman (Reuters-style wire, .txt, 2023-04-28)
d = "page_advantagesweet_tanker_wire.txt"
U(d, "The United States on Friday demanded that Iran immediately release", "breach of international law.",
  ("United States", C, neg, "Iran", "dateline excluded; demand + 'breach of international law' = judgement (rule 1); the seizure in the relative clause is narrative, not an Iranian statement"))
U(d, "Iran said the vessel, the Advantage Sweet, had been involved in a collision", "several injured.",
  ("Iran", N, neu, "", "own account with casualty figures, no judgement = neutral, neutral tone (guide: casualty figures)"))
U(d, "The Iranian army's navy said in a statement carried by state media", "Iranian coastal waters.",
  ("Iran", N, neu, "", "the army's navy = Iran; own seizure reported as done under a court order, no judgement = neutral; state media only carry it"))
U(d, "The ship had been obliged by international maritime law", "the statement said.",
  ("Iran", C, neg, "", "accusation that the ship fled in breach of maritime law = judgement; aimed at a vessel, not a canonical actor -> target empty (unsure: batch5c read blame on a non-actor crowd as neutral)"))
U(d, "The navy said the search for the two missing sailors was continuing.", "The navy said the search for the two missing sailors was continuing.",
  ("Iran", N, neu, "", "'The navy' by context; operational fact"))
U(d, "The U.S. Navy's Bahrain-based Fifth Fleet said Tehran's repeated interference", "in two years.",
  ("United States", C, neg, "Iran", "Fifth Fleet = US; 'repeated interference ... endangered trade' = judgement; Tehran = metonym"))
U(d, "Fifth Fleet spokesman Commander Tim Hawkins said", "an earlier assessment.",
  ("United States", N, neu, "", "facts and a correction, no evaluation; the Revolutionary Guards only mentioned"))
U(d, "At the White House, National Security Council spokesman John Kirby told reporters", "had been harmed.",
  ("United States", N, neu, "", "monitoring + no sign of harm = neutral"))
U(d, "\"There is no justification for holding this ship or its crew.", "Kirby said.",
  ("United States", C, neg, "Iran", "multi-sentence quote closed by the speaker; 'no justification' + demand (rule 1); Iran not named in the quote but the holder is clear from context"))
U(d, "Advantage Tankers, which manages the ship, said in a statement", "the crew's release.",
  ("Advantage Tankers", N, neu, "", "ship manager (company) under its own name; facts and own efforts = neutral"))
U(d, "The company said its priority was the welfare of the 24 crew members", "good health.",
  ("Advantage Tankers", N, pos, "", "'The company' by context; reassurance = neutral, positive"))
U(d, "A Chevron spokesperson said the company, which had chartered the vessel", "settled quickly.",
  ("Chevron", T, neu, "", "wish for a quick settlement = hope for a resolution (calling_for_talks; unsure: could be neutral)"))
U(d, "India's Ministry of External Affairs said its embassy in Tehran", "Indian nationals.",
  ("India", N, neu, "", "own diplomatic contact = neutral; Tehran = place"))
U(d, "Spokesperson Arindam Bagchi told reporters in New Delhi", "consular access to them.",
  ("India", T, neu, "Iran", "asks for release and consular access, no judgement = calling_for_talks (appeal addressed to Iran)"))
U(d, "In Tehran, foreign ministry spokesman Nasser Kanaani said the ship's case", "would handle.",
  ("Iran", N, neu, "", "case framed as judicial = neutral; Tehran = place"))
U(d, "He dismissed the U.S. statements as interference", "Iranian oil cargoes.",
  ("Iran", C, neg, "United States", "'interference' + 'in no position to lecture' = judgement of Washington (metonym)"))
U(d, "Britain's Foreign Office said it was concerned by the seizure", "freedom of navigation.",
  ("United Kingdom", T, neg, "Iran", "concern + appeal to release and respect navigation, no judgement word = calling_for_talks (README: demand to one side)"))
U(d, "The Republic of the Marshall Islands Maritime Administrator", "the ship's managers.",
  ("Marshall Islands", N, neu, "", "flag-state administrator = Marshall Islands; monitoring = neutral"))
U(d, "Asked about the seizure in New York, U.N. spokesman Stephane Dujarric said", "tensions in the Gulf.",
  ("United Nations", T, neu, "", "appeal to all sides to avoid escalation"))
U(d, "British maritime security firm Ambrey said the seizure appeared", "in the area.",
  ("Ambrey", N, neu, "", "named security firm under its own name (like an analyst): assessment + advice to ships, no judgement = neutral"))
