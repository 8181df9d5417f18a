# ------------------------------------------------------------------ Niger's junta orders the French ambassador out; France recalls him and its troops (Reuters-style wire, 2023-09-27)
d = "page_niger_ambassador_wire.txt"
U(d, "France's ambassador to Niger, Sylvain Itte, left Niamey early on Wednesday", "force him out.",
  ("Niger", N, neu, "", "dateline excluded; the departure reported by the junta (the junta speaks for Niger, guide) = fact; Paris's refusal is narration here"))
U(d, "Itte flew first to neighbouring Chad and later landed in Paris", "the French foreign ministry said.",
  ("France", N, pos, "", "thanks to its own ambassador = praise of own staff, no other actor (neutral, positive)"))
U(d, "President Emmanuel Macron announced on Sunday that the ambassador would come home", "by the end of the year.",
  ("France", N, neu, "", "recall + end of cooperation announced with no judgement in the sentence = neutral (guide: withdrawing with no protest stated); the reason follows in the next sentence"))
U(d, "Speaking in a television interview, Macron said the soldiers now running Niger", "hostage of coup leaders.",
  ("France", C, neg, "Niger", "judgement of the junta (stopped fighting jihadists; 'hostage of coup leaders')"))
U(d, "\"We will organise the departure calmly.", "he said.",
  ("France", T, neu, "Niger", "multi-sentence quote closed by its speaker; coordination with the junta for a calm pullout = a cooperative course, no judgement (unsure: could be neutral as a plan)"))
U(d, "France's armed forces ministry said planning for the withdrawal had begun", "leave in stages.",
  ("France", N, neu, "", "own plan and procedure"))
U(d, "In a statement read on state television on Sunday night, the junta hailed", "on Nigerien soil.",
  ("Niger", C, neg, "France", "welcome of France's announcement + 'neo-colonial' judgement of French troops: rule 1 makes it condemning"))
U(d, "Government spokesman Colonel Major Amadou Abdramane said on Monday", "through negotiation.",
  ("Niger", T, neu, "France", "waiting for formal steps + demand that the timetable be negotiated jointly = calling_for_talks; Niamey = metonym"))
U(d, "On Aug. 25 the junta-appointed foreign ministry gave Itte 48 hours to leave", "Niger's interests.",
  ("Niger", C, neg, "France", "expulsion of a diplomat with a grievance = condemning (guide)"))
U(d, "Paris refused, and the French foreign ministry said it did not recognise", "withdraw an ambassador.",
  ("France", C, neg, "Niger", "refusal in protest + denial of the putschists' authority = rejecting a party (condemning); Paris = metonym"))
U(d, "Days later Macron told a gathering of French ambassadors", "was the right one.",
  ("France", S, pos, "", "backing of the ousted president; target left empty because Bazoum is an alias of Niger in some batches and his own actor in batch4i (unsure)"))
U(d, "On Aug. 31 the junta said it had stripped Itte of his diplomatic immunity", "expel him.",
  ("Niger", C, neg, "France", "measures against France's envoy = condemning"))
U(d, "On Sept. 15, Macron said the ambassador was in effect being held hostage", "military rations.",
  ("France", C, neg, "Niger", "accusation of holding the envoy hostage"))
U(d, "The junta has also accused French forces of plotting to destabilise the country", "Paris has rejected.",
  ("Niger", C, neg, "France", "accusation"),
  ("France", N, neg, "", "same sentence: 'a charge Paris has rejected' = denial (neutral, negative); Paris = metonym"))
U(d, "Niger's military rulers on Saturday also barred French aircraft", "ASECNA.",
  ("Niger", C, neg, "France", "airspace ban on French aircraft = measure against another side; ASECNA only publishes the notice (no row)"))
U(d, "Air France said its flights were already avoiding Nigerien airspace.", "Air France said its flights were already avoiding Nigerien airspace.",
  ("Air France", N, neu, "", "company in the name files; fact about its own flights"))
U(d, "On Wednesday the Elysee said Macron had told Hassoumi Massaoudou", "constitutional order in Niger.",
  ("France", S, neu, "", "Elysee = France (name files); commitment to the ousted government's cause = backing by act; target empty as above (unsure: could be read as calling_for_talks)"))
U(d, "In Washington, State Department spokesperson Matthew Miller said France's decision", "American troops are based.",
  ("United States", N, neu, "", "own posture unchanged = fact; Washington = place"))
U(d, "He said Washington was still pressing for a diplomatic outcome", "constitutional order.",
  ("United States", T, neu, "", "'He' = Miller; appeal for a diplomatic solution"))
# no rows: the protesters and the unnamed Western diplomat (not actors); the background sentence on Mali and Burkina Faso (narration); byline, reporting credits and the trust-principles trailer
