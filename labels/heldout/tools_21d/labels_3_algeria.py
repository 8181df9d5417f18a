# ------------------------------------------------------------------ Bouteflika resigns (scraped North African news site, plain text, 2019-04-03)
d = "page_algeria_bouteflika_resigns_maghrebsite.txt"
U(d, "In the letter, carried by the APS news agency, Bouteflika said he was stepping down", "without further turmoil.",
  ("Algeria", N, neu, "", "the president's own decision and its purpose, still in office when he wrote it = Algeria; APS only carries it"))
U(d, "Lt. Gen. Ahmed Gaid Salah, the chief of staff and deputy defence minister", "under the constitution.",
  ("Algeria", C, neg, "", "the army speaks for its state (guide); demand + dismissal of the presidency's statement as illegitimate = judgement; aimed at the president's circle (not a canonical actor) -> target empty; the sentence before it is narrative"))
U(d, "The army, he said, would stand beside the people", "had been met.",
  ("Algeria", S, pos, "", "'he' = Gaid Salah; pledge of backing to the protest movement (not a canonical actor, target empty); unsure: could be read as a reassurance about its own conduct (neutral)"))
U(d, "On Wednesday the defence ministry said the army would see the transition through", "spread disorder.",
  ("Algeria", N, neg, "", "reassurance about its own role + warning aimed at no one, no appeal and no judgement of an actor = neutral, negative"))
U(d, "The Constitutional Council met on Wednesday morning and formally recorded", "chambers of parliament.",
  ("Algeria", N, neu, "", "state body = Algeria; a procedure reported as done"))
U(d, "Algeria's interim will be led by Abdelkader Bensalah", "the council's decision said.",
  ("Algeria", N, neu, "", "possessive 'Algeria's' is not the speaker; the council's decision (attribution tail) gives the arrangement"))
U(d, "Mustapha Bouchachi, the human rights lawyer who has become one of the best-known voices", "to the same men.",
  ("Mustapha Bouchachi", C, neg, "Algeria", "independent person (a leading voice of the movement, holds no office); quotation opened after a colon and left open; refuses the regime's men as leaders of the transition (rejecting a party in protest); unnamed student before him gets no row"))
U(d, "\"Bensalah, Bedoui and Belaiz must go, and the system with them,\" he said.", "he said.",
  ("Mustapha Bouchachi", C, neg, "Algeria", "quotation continued over the paragraph break; demand that the regime's officials leave = rejection in protest (condemning); 'he' = Bouchachi"))
U(d, "The youth association RAJ (Rally for Youth Action) urged protesters", "imposed from above.",
  ("Rally for Youth Action", T, neu, "", "organisation under its own name; appeal to keep marches peaceful + for a negotiated transition, no judgement = calling_for_talks"))
U(d, "The National Liberation Front, the ruling party that had put Bouteflika forward", "the army's stance.",
  ("National Liberation Front", S, pos, "Algeria", "party as its own actor; welcome + backing of the army (= Algeria)"))
U(d, "In Paris, Foreign Minister Jean-Yves Le Drian said Algerians had earned the respect", "free of violence.",
  ("France", T, pos, "", "praise of the marchers + wish for a transition free of violence: welcome + peace appeal, rule 2 before rule 3; the people are not a canonical actor (target empty); Paris = place"))
U(d, "Robert Palladino, a State Department spokesman, told reporters in Washington", "country's authorities.",
  ("United States", N, neu, "", "declines to weigh in on the transition + continued work with the authorities = plain diplomatic wording, neutral"))
U(d, "Moussa Faki Mahamat, chairperson of the African Union Commission, praised the restraint", "security forces alike.",
  ("African Union", S, pos, "", "praise of both demonstrators and security forces -> supporting, target empty (several parties)"))
U(d, "He urged all Algerian parties to settle the way forward through an inclusive dialogue", "continuity of the state.",
  ("African Union", T, neu, "", "'He' = Faki; appeal for dialogue addressed to all Algerian parties -> target empty"))
U(d, "A spokesman for Arab League Secretary-General Ahmed Aboul Gheit said the League respected", "steer the transition.",
  ("Arab League", S, pos, "Algeria", "spokesman introduced through the SG's possessive; respect + trust in Algeria's institutions = approval (unsure: could be neutral diplomatic wording)"))
U(d, "Stephane Dujarric, spokesman for UN Secretary-General Antonio Guterres, said the United Nations would help Algeria", "months ahead.",
  ("United Nations", S, pos, "Algeria", "offer of support = supporting (guide: offers assistance)"))
U(d, "The European Union's spokeswoman said the bloc expected the next steps", "unfold peacefully.",
  ("European Union", T, neu, "", "'the bloc' = EU; expectation of a peaceful course, no judgement = calling_for_talks"))
U(d, "Kremlin spokesman Dmitry Peskov said Moscow regarded the change as Algeria's own business", "continue as before.",
  ("Russia", N, neu, "", "non-interference + continuity of ties = neutral; Moscow = metonym"))
U(d, "In Beijing, foreign ministry spokesman Geng Shuang said China believed Algeria would keep its stability", "on track.",
  ("China", T, pos, "", "confidence that stability holds, read as the guide's hope for stability = calling_for_talks (unsure: could be neutral); Beijing = place"))
U(d, "Asked whether the army's role amounted to a coup, he said Washington would not put a label", "still shaping.",
  ("United States", N, neu, "", "'he' = Palladino; declining to characterise the army's role (as batch5c's Peskov declining to comment) = neutral; the journalist's question itself is not a statement"))
