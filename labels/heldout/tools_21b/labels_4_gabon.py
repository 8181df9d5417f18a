# ------------------------------------------------------------------ Military coup in Gabon (UN noon briefing + SG press encounter, excerpts, 2023-08-30/31)
d = "page_gabon_coup_noonbriefing.txt"
U(d, "The Secretary-General is watching events in Gabon very closely.", "The Secretary-General is watching events in Gabon very closely.",
  ("United Nations", N, neu, "", "spokesman reporting the SG: monitoring, no appeal"))
U(d, "He was already worried by the way the vote was held", "curtailed during the election.",
  ("United Nations", N, neg, "", "concern about the election's conduct without an appeal or a named culprit = neutral, negative"))
U(d, "He condemns in the strongest terms this attempt to settle an electoral dispute", "never an answer.",
  ("United Nations", C, neg, "Gabon", "condemnation of the coup; the junta speaks for its state (guide) -> target Gabon (unsure: the SG still calls Bongo President)"))
U(d, "He urges all those involved to hold back from violence", "must be upheld.",
  ("United Nations", T, neu, "", "appeal for restraint and dialogue addressed to all"))
U(d, "He also expects the military to keep the detained President", "safe from any harm.",
  ("United Nations", T, neg, "Gabon", "demand to the army (= Gabon) to protect the detained president, no judgement word"))
U(d, "Our solidarity is with the Gabonese people.", "Our solidarity is with the Gabonese people.",
  ("United Nations", S, pos, "", "solidarity with the people, not with the junta that speaks for the state -> target empty (unsure)"))
U(d, "Our Special Representative for Central Africa and head of the UN Regional Office", "are accounted for.",
  ("United Nations", N, neu, "", "UNOCA and its head = United Nations; staff safety = fact"))
U(d, "He is in touch with Gabonese stakeholders", "a way out of the crisis.",
  ("United Nations", T, pos, "", "'He' = Abarry; contacts + offer of support to a regional solution = good offices (talks)"))
U(d, "Stéphane, the chairperson of the African Union Commission, Moussa Faki Mahamat", "stay out of politics.",
  ("African Union", C, neg, "Gabon", "position reported inside a journalist's question; condemnation + demand to the army (rule 1); the question itself is not a statement"))
U(d, "We are in regular contact with our colleagues at the African Union", "very closely aligned.",
  ("United Nations", S, pos, "African Union", "contact + agreement with the AU's stance = backing of another body (supporting, unsure: could be read as neutral)"))
U(d, "The officers who went on national television this morning said they had cancelled", "closed the borders.",
  ("Gabon", N, neu, "", "coup leaders (CTRI) = Gabon (guide: a junta speaks for its state; CTRI in the name files); own measures reported with no judgement in the sentence"))
U(d, "Questions of recognition are for Member States, not for the Secretariat.", "Questions of recognition are for Member States, not for the Secretariat.",
  ("United Nations", N, neu, "", "procedural answer, no position on the junta"))
U(d, "President Bongo has appeared in a video from his residence", "speak up for him.",
  ("Ali Bongo Ondimba", N, neg, "", "deposed president under house arrest no longer speaks for Gabon (the junta does): an independent person under his own name (unsure); asking for backing is not supporting -> neutral, negative"))
U(d, "I am not aware of any contact with him at this stage", "have to be guaranteed.",
  ("United Nations", T, neg, "Gabon", "fact + demand that his safety be guaranteed (addressed to the military = Gabon), no judgement"))
U(d, "France's government spokesman, Olivier Véran, said this morning that Paris condemned", "must prevail.",
  ("France", C, neg, "Gabon", "position reported inside a question; condemnation + principle of respecting the vote (rule 1); Paris = metonym"))
U(d, "I am not going to comment on the deployments of other Member States.", "I am not going to comment on the deployments of other Member States.",
  ("United Nations", N, neu, "", "declines to comment (neutral)"))
U(d, "We are deeply troubled by the number of unconstitutional changes of government", "past three years.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative; no actor named"))
U(d, "Secretary-General, overnight the officers in Libreville named General Brice Clotaire Oligui Nguema", "leader of the transition.",
  ("Gabon", N, neu, "", "inside the question: the junta's appointment of its leader = own plan, neutral; Libreville = place"))
U(d, "The junta's spokesman also accused Mr. Bongo's Government", "tearing the country apart.",
  ("Gabon", C, neg, "Ali Bongo Ondimba", "'the junta' resolved by context = CTRI = Gabon; its spokesman accuses the deposed government; target = the deposed president (the state cannot be both actor and target)"))
U(d, "The Economic Community of Central African States has condemned the use of force", "meeting today.",
  ("ECCAS", C, neg, "Gabon", "condemnation + call for constitutional order (rule 1); the AU council meeting in the same sentence is narration (no row)"))
U(d, "People in many countries are deeply frustrated with the way they are governed", "they make them worse.",
  ("United Nations", C, neg, "", "SG: judgement of military rule in general; no actor named -> target empty"))
U(d, "We need credible democratic institutions and the rule of law restored", "wherever this has happened.",
  ("United Nations", T, neu, "", "appeal for a return to constitutional order, no judgement; Gabon and others -> target empty"))
U(d, "And the African Union and the subregional organizations must get the support", "to do their part.",
  ("United Nations", S, pos, "African Union", "backing of the AU's role (supporting, unsure: an appeal to others to fund it; ECCAS implied among 'subregional organizations')"))
U(d, "Albert Ondo Ossa, who came second in the official count", "talks with his coalition.",
  ("Albert Ondo Ossa", T, neu, "Gabon", "opposition candidate (canonical person) inside the question: claim of victory + request for talks with the military"))
U(d, "China has urged all sides to settle their differences through dialogue", "wants calm restored soon.",
  ("China", T, neu, "", "appeal for dialogue and for Bongo's safety, reported inside the question"),
  ("Russia", T, neu, "", "hope that calm returns = calling_for_talks (guide)"))
U(d, "It is for the Gabonese people, not for me, to decide who governs them", "pointed at anyone.",
  ("United Nations", T, neu, "", "appeal for a credible process without force; declines to pick a government"))
