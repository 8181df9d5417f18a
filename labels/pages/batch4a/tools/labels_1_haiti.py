# ------------------------------------------------------------------ Haiti: assassination of Jovenel Moise (AFP-style wire, 2021-07-07/08)
d = "page_haiti_moise_wire.txt"
U(d, "Haitian President Jovenel Moise was shot dead in his private residence", "to stay calm.",
  ("Haiti", C, neg, "", "long lead: narration + the interim PM's judgement ('cowardly and barbaric crime') + appeal for calm: rule 1; attackers unnamed -> target empty"))
U(d, "First lady Martine Moise was wounded in the attack", "national television.",
  ("Haiti", N, neu, "", "fact given by the interim PM; surname only"))
U(d, "\"Our police and our soldiers have the situation in hand", "he said.",
  ("Haiti", N, pos, "", "reassurance about own side = neutral, positive tone"))
U(d, "Hours later the interim premier, flanked by national police chief", "across the country.",
  ("Haiti", N, neu, "", "own measure (state of siege) with no target named; 'the interim premier' by role"))
U(d, "\"Those who did this will answer for it.", "in Spanish and English.",
  ("Haiti", C, neg, "", "multi-sentence quote closed by its speaker; promise of punishment = threat against the (unidentified) attackers"))
U(d, "Charles told reporters late on Wednesday that four suspected", "in the capital.",
  ("Haiti", N, neu, "", "police chief (surname only) giving figures of his own operation, no judgement"))
U(d, "\"The hunt continues, and we will find every one of them,\" the police chief said.", "the police chief said.",
  ("Haiti", C, neg, "", "announced operation against another side (the commando) = condemning; unsure, could be neutral as own operation"))
U(d, "Haiti's ambassador in Washington, Bocchit Edmond, said the gunmen had presented themselves", "was false.",
  ("Haiti", N, neg, "", "factual claim + doubt about it; no actor judged (the DEA is only mentioned)"))
U(d, "Edmond asked the United States and Haiti's other partners", "flee the country.",
  ("Haiti", T, neu, "", "asking for help = calling_for_talks (labels/README); addressed to several partners -> target empty"))
U(d, "\"Nobody knows who is in charge now", "as Nadege.",
  ("Nadege", N, neg, "", "named resident = independent person; fear, no position on an actor"))
U(d, "In Washington, President Joe Biden denounced the \"brutal\" killing", "tries to recover.",
  ("United States", C, neg, "", "judgement + offer of help in one sentence: rule 1 (condemning) over the offer; Washington = place"))
U(d, "White House spokeswoman Jen Psaki said Washington had been in touch", "without giving details.",
  ("United States", S, pos, "Haiti", "offer of assistance = supporting; Washington = capital as metonym for the speaker"))
U(d, "Secretary of State Antony Blinken, in a call with Joseph, urged", "the State Department said.",
  ("United States", T, neu, "Haiti", "appeal for an electoral (peaceful, political) course, no judgement; attribution tail"))
U(d, "UN Secretary-General Antonio Guterres was shocked by the killing", "in New York.",
  ("United Nations", C, neg, "", "object before the verb: 'which he condemned in the strongest terms'; spokesman relays the SG"))
U(d, "Guterres urged all Haitians to preserve the constitutional order", "the spokesman added.",
  ("United Nations", T, neu, "", "appeal to reject violence, no judgement"))
U(d, "The leaders of the Caribbean Community, meeting in an emergency session", "arrested and tried.",
  ("CARICOM", C, neg, "", "heads of government in session = the body; judgement + demand: rule 1"))
U(d, "The bloc's chairman, Antigua and Barbuda Prime Minister Gaston Browne, said CARICOM stood ready", "all political forces.",
  ("CARICOM", T, pos, "", "chair speaking in the body's name (guide): offer to facilitate dialogue = calling_for_talks; 'the bloc' by context"))
U(d, "The neighbouring Dominican Republic, which shares the island of Hispaniola", "told AFP.",
  ("Dominican Republic", N, neu, "", "own security measure (border closure), not presented as a measure against Haiti: neutral; AFP is the outlet"))
U(d, "President Luis Abinader wrote on Twitter that the crime was an attack", "the Haitian people.",
  ("Dominican Republic", C, neg, "", "judgement of the crime (+ condolences): rule 1; no state word in the sentence, tied by the previous paragraph"))
U(d, "Canada, Mexico, and Colombia also condemned the assassination", "by their governments.",
  ("Canada", C, neg, "", "list with Oxford comma: one row per state"),
  ("Mexico", C, neg, "", "list with Oxford comma: one row per state"),
  ("Colombia", C, neg, "", "list with Oxford comma: one row per state"))
U(d, "The European Union's foreign policy chief Josep Borrell warned", "show restraint.",
  ("European Union", T, neg, "", "concern + appeal for restraint, no judgement on an actor"))
U(d, "In Paris, Foreign Minister Jean-Yves Le Drian condemned the assassination", "stay at home.",
  ("France", C, neg, "", "'In Paris' = place; minister by role with no state word"))
U(d, "The US embassy in Port-au-Prince said it would remain closed on Thursday.", "on Thursday.",
  ("United States", N, neu, "", "own measure, no evaluation"))
