# ------------------------------------------------------------------ French Polynesia at the Fourth Committee: Brotherson's appeal and France's answer (UN meetings coverage, 2023-10-05)
d = "page_frenchpolynesia_brotherson_fourthcommittee2023_unmeetings.txt"
# Not statements: site header, breadcrumb, session line, symbol, date, headline, subheadline, crossheads, "For information media", related documents, footer.
U(d, "The newly elected President of French Polynesia appealed to France today", "Non-Self-Governing Territories.",
  ("French Polynesia", T, neu, "France", "lede carrying the position; the territory's government is an actor (like New Caledonia in actors.csv); appeal for talks"))
U(d, "Moetai Brotherson, who took office in May", "without preconditions and without fear.",
  ("French Polynesia", T, pos, "France", "wish for a conversation with the administering Power = calling_for_talks; the party named in narration only"))
U(d, "\"We are not asking France to leave tomorrow; we are asking France to sit at the table,\" he said.", "he said.",
  ("French Polynesia", T, neu, "France", "appeal to come to the table"))
U(d, "\"For ten years this Committee has asked Paris to cooperate", "has stayed empty.\"",
  ("French Polynesia", C, neg, "France", "quote continued after the attribution; reproach of France's boycott without a stock word"))
U(d, "He said this year's text should leave no doubt", "belong to Polynesians.",
  ("French Polynesia", N, neu, "", "position on a resolution's wording (resource ownership), no judgement or appeal for talks (unsure)"))
U(d, "The President also called for an independent assessment", "the families affected.",
  ("French Polynesia", C, neg, "France", "call for an assessment + criticism that compensation reached few families; the criticism decides (rule 1) (unsure: could be calling_for_talks)"))
U(d, "Nicolas de Rivière (France) said his country's position had not changed", "the 2013 decision to re-inscribe it.",
  ("France", C, neu, "United Nations", "refusing to recognize the Assembly's re-inscription = rejecting a format (unsure: could be neutral, a standing position)"))
U(d, "Questions between the Republic and one of its communities", "including the consequences of the tests.",
  ("France", T, neu, "French Polynesia", "denies the UN a role but reports talks begun with the territorial Government; the talks decide (no judgement word)"))
U(d, "Those talks were taking place in Papeete and in Paris", "the representative added.",
  ("France", N, neu, "", "'the representative' = de Rivière; venue of talks, procedural"))
U(d, "Hinano Teriierooiterai, a lecturer in public law at the University of French Polynesia, said", "re-inscribed the Territory in 2013.",
  ("Hinano Teriierooiterai", C, neg, "France", "invented petitioner (person); 'contempt' = judgement"))
U(d, "\"An administering Power that ignores ten resolutions in a row", "she said.",
  ("Hinano Teriierooiterai", C, neg, "France", "judgement of France's conduct without a stock word"))
U(d, "A petitioner from the Moruroa e Tatou association of former test-site workers accused the State", "one file at a time.",
  ("Moruroa e Tatou", C, neg, "France", "an unnamed petitioner speaking for a named association speaks for it; 'the State' = France; accusation"))
U(d, "Speaking for the Pacific Conference of Churches, a representative of the Maohi Protestant Church asked", "hear the families directly.",
  ("Pacific Conference of Churches", T, neu, "", "request for a UN fact-finding visit = calling_for_talks (like a demand for an inquiry); addressed to a UN rapporteur"))
U(d, "A member of the autonomist Tapura Huiraatira opposition in the territorial Assembly told the Committee", "never voted for independence.",
  ("Tapura Huiraatira", S, pos, "France", "a party member speaks for the party; backing for the ties with France"))
U(d, "The petitioner said the autonomy statute had brought schools", "paid for alone.",
  ("Tapura Huiraatira", S, pos, "France", "'The petitioner' = the Tapura member; praise of the French statute = supporting"))
U(d, "Marcel Tehaamoana, who said he had worked on Moruroa as a young man", "in their fifties.",
  ("Marcel Tehaamoana", N, neg, "", "invented former worker (person); testimony of deaths, no judgement named"))
U(d, "\"Nobody asked us anything, and nobody told us anything,\" he said", "in its resolution.",
  ("Marcel Tehaamoana", C, neg, "France", "grievance that workers were kept in the dark (implied charge against the State) + appeal on the resolution; the grievance decides (unsure)"))
U(d, "The representative of Vanuatu said the Melanesian and Polynesian peoples", "an act of self-determination.",
  ("Vanuatu", T, neu, "France", "appeal to the administering Power to work with the UN on a timetable = calling_for_talks"))
U(d, "He welcomed the dialogue announced between Paris and Papeete", "overseen by the United Nations.",
  ("Vanuatu", T, neu, "", "welcome joined to an appeal for a UN process, no judgement -> calling_for_talks (rule 2 before 3); two parties -> target empty"))
U(d, "Papua New Guinea's delegate said her country stood with the people of French Polynesia", "the draft resolution on the Territory.",
  ("Papua New Guinea", S, pos, "French Polynesia", "solidarity + co-sponsorship (backing by act) = supporting"))
U(d, "The speaker said Port Moresby was ready to share its own experience", "the Territory's leaders.",
  ("Papua New Guinea", S, pos, "French Polynesia", "'The speaker' = PNG's delegate; offer of assistance = supporting"))
U(d, "The representative of Solomon Islands said nuclear testing in the Pacific had been a crime", "never fully accounted for it.",
  ("Solomon Islands", C, neg, "France", "'crime' + failure to account; the administering Power = France"))
U(d, "Cuba's delegate said the boycott of the Committee's work by certain administering Powers", "should not tolerate.",
  ("Cuba", C, neg, "", "'colonial arrogance'; aimed at 'certain administering Powers' (not named) -> target empty"))
U(d, "Timor-Leste's representative expressed the hope that France and French Polynesia would find a way to talk", "the Assembly's resolutions.",
  ("East Timor", T, pos, "", "hope for talks = calling_for_talks; two parties -> target empty"))
U(d, "The representative of Nicaragua said the Committee should send a visiting mission", "allowed it.",
  ("Nicaragua", T, neu, "", "call for a UN visiting mission = calling_for_talks"))
U(d, "Speaking in exercise of the right of reply, the representative of France said the nuclear tests", "visit to Papeete in 2021.",
  ("France", N, neu, "", "own responsibility acknowledged, no judgement of another actor"))
U(d, "He rejected the description of the autonomy statute as a colonial arrangement", "exercised wide powers.",
  ("France", N, neg, "", "rejection of a charge = denial = neutral, negative"))
# "The Committee will reconvene at 10 a.m. ..." = the coverage's schedule line, no row.
