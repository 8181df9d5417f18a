# ------------------------------------------------------------------ Military coup in Mali that ousted Keita (full HTML live blog, 2020-08-19)
d = "page_mali_coup_liveblog.html"
U(d, "Members of the UN Security Council, after closed-door consultations", "without delay.",
  ("United Nations", T, neg, "Mali", "Security Council = UN; demand addressed to the soldiers (the junta = Mali) to free detainees and return to barracks, no judgement word = calling_for_talks; France and Niger only requested the meeting (no row)"))
U(d, "The African Union's Peace and Security Council suspended Mali", "held at Kati.",
  ("African Union", C, neg, "Mali", "suspension = a measure against another side (condemning) + release demand"))
U(d, "Earlier, South African President Cyril Ramaphosa, speaking as chairperson of the African Union", "set the president and his ministers free.",
  ("African Union", C, neg, "Mali", "head of state speaking as AU chairperson = African Union (guide), not South Africa; 'condemned the unconstitutional change' (rule 1 over the appeal)"))
U(d, "US Secretary of State Mike Pompeo said in a statement that Washington condemned", "grab power with guns.",
  ("United States", C, neg, "Mali", "condemnation of the mutiny; Washington = metonym"))
U(d, "He urged all Malian parties to settle their differences", "turn away from violence.",
  ("United States", T, neu, "", "'He' = Pompeo; appeal for dialogue alone in its sentence; all parties -> target empty"))
U(d, "The June 5 Movement (M5-RFP), the coalition behind weeks of street protests", "the people had started.",
  ("M5-RFP", S, pos, "Mali", "the protest coalition approves the soldiers' takeover (the junta = Mali) = supporting"))
U(d, "“IBK shut his ears to Malians", "by his initials.",
  ("M5-RFP", C, neg, "Mali", "accusation against the ousted president (Keita = Mali): answering protests with bullets; the target is the same state as in the row above, its ousted government (unsure: could be left empty)"))
U(d, "Colonel Assimi Goïta, a special forces commander, has presented himself", "keep ministries running.",
  ("Mali", N, neu, "", "the junta leader introduces himself and gives instructions = neutral"))
U(d, "Emmanuel Macron, who spoke on Tuesday evening with the presidents", "the Elysée said.",
  ("France", S, pos, "ECOWAS", "backing of ECOWAS mediation; the three presidents he spoke to take no position (no rows); attribution tail 'the Elysée said'"))
U(d, "French Foreign Minister Jean-Yves Le Drian said France wanted Keïta", "released straight away.",
  ("France", T, neg, "Mali", "demand for release with no judgement word = calling_for_talks (README)"))
U(d, "Mali's political camps must sit down together", "he said.",
  ("France", T, neu, "", "attribution at the end ('he' = Le Drian): appeal for dialogue and a return to civilian rule"))
U(d, "EU foreign policy chief Josep Borrell condemned the seizure of power", "bypasses the constitution.",
  ("European Union", C, neg, "Mali", "condemns + rejects an unconstitutional change; 'the bloc' = EU"))
U(d, "China opposes the seizure of power in Mali by force", "briefing in Beijing.",
  ("China", C, neg, "Mali", "'opposes' aimed at an act (this seizure of power) = judgement, not the general 'opposes any escalation' (unsure: near the appeal boundary); Beijing = place"))
U(d, "He said Beijing backed the efforts of the African Union and ECOWAS", "through dialogue.",
  ("China", T, neu, "", "backing of the mediators + appeal for dialogue, no judgement: rule 2 before rule 3 = calling_for_talks; Beijing = metonym"))
U(d, "UN Secretary-General Antonio Guterres condemned the mutiny", "his spokesman said overnight.",
  ("United Nations", C, neg, "Mali", "condemnation + release demand: rule 1"))
U(d, "Their spokesman, Colonel-Major Ismaël Wagué", "to stop the slide.",
  ("Mali", C, neg, "", "the junta (= Mali) blames the ousted government for dragging the country toward disorder = judgement; target empty (the old government of the same state)"))
U(d, "“Power is not what we are after.", "he said.",
  ("Mali", N, pos, "", "two-sentence quote closed by its speaker = one unit; reassurance about its own intentions"))
U(d, "He said land and air borders were closed", "until further notice.",
  ("Mali", N, neu, "", "own measures"))
U(d, "Wagué said all international agreements would be honoured", "restoring stability.",
  ("Mali", N, pos, "", "reassurance to partners about its own conduct (neutral, positive); not read as backing of the UN mission"))
U(d, "Wearing a face mask, Keïta said in a brief address on ORTM", "stay in power.",
  ("Mali", N, neg, "", "the sitting president announces his own resignation and dissolution = a decision, no judgement"))
U(d, "On Tuesday evening the West African bloc ECOWAS condemned the overthrow", "and their collaborators.",
  ("ECOWAS", C, neg, "Mali", "condemnation + suspension + border closure + call for sanctions"))
U(d, "A video summit of ECOWAS leaders chaired by Niger's President Mahamadou Issoufou", "Garba Shehu said.",
  ("Nigeria", N, neu, "", "Nigeria's presidency announces a meeting date = neutral; Issoufou only mentioned"))
