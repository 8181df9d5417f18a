# ------------------------------------------------------------------ SADC envoys after Thabane's army deployment, Lesotho (SADC communiqué reproduced by a documentation site, 2020-04-21)
d = "page_lesotho_radebe_envoys2020_sadccommunique.txt"
# Not statements: site menu, breadcrumb, title, posting line, the editor's note (narration of the site), photo caption and credit, the communiqué's heading and date line, "Issued by ...", ADVERTISEMENT, the REACTIONS crosshead, related documents, tags, share bar, newsletter prompt, footer.
# Paragraph 1 (who the envoys were and when they visited) = narration, no row.
U(d, "2. The Envoys paid a courtesy call on His Majesty King Letsie III", "representatives of civil society.",
  ("SADC", T, neu, "", "the Facilitator's envoys speak in SADC's name; consultations held by the mediator = the convening host's calling_for_talks (labels README)"))
U(d, "3. The Envoys conveyed the deep concern", "on 18 April 2020.",
  ("SADC", N, neg, "", "concern with no appeal and no judgement word = neutral, negative"))
U(d, "4. The Envoys noted with appreciation", "commitments made by Lesotho to the Region.",
  ("SADC", C, neg, "Lesotho", "appreciation of the troops' return joined to a judgement (the deployment 'runs against the Constitution'): rule 1 decides"))
U(d, "5. The Right Honourable Prime Minister informed the Envoys", "institution of the State by force.",
  ("Lesotho", N, neg, "", "the prime minister given by title only (context: Lesotho); his position reported by the envoys; denial of a coup aim = neutral"))
U(d, "6. The Commander of the Lesotho Defence Force", "no part in the political contest.",
  ("Lesotho", N, pos, "", "the army speaks for its state; reassurance about own conduct = neutral, positive tone"))
U(d, "7. The leaders of the All Basotho Convention informed the Envoys", "a threat to the rule of law.",
  ("All Basotho Convention", C, neg, "Lesotho", "the ruling party's position reported in the communiqué; 'a threat to the rule of law' = judgement of the government's deployment"))
U(d, "8. The Envoys reaffirmed the commitment of SADC", "currently before Parliament.",
  ("SADC", S, pos, "Lesotho", "backing by act: seconding experts to the Ministry of Law"))
U(d, "9. The Envoys called upon all political leaders", "during the national lockdown.",
  ("SADC", T, neu, "", "appeal for dialogue to all leaders"))
U(d, "10. The Envoys further urged the security agencies", "their constitutional mandate.",
  ("SADC", T, neu, "Lesotho", "demand to one side with no judgement word = calling_for_talks"))
U(d, "11. The Envoys expressed the hope", "announced by the Prime Minister.",
  ("SADC", T, pos, "", "hope for an orderly transition = calling_for_talks"))
U(d, "12. The Envoys will report to the SADC Facilitator", "in the coming days.",
  ("SADC", N, neu, "", "procedural line"))
U(d, "13. The Envoys thanked His Majesty the King", "extended to them.",
  ("SADC", S, pos, "Lesotho", "thanks to the host = approval (supporting), courtesy (unsure: a closing formula could be neutral)"))
U(d, "The SADC Executive Secretary, Dr Stergomena Lawrence Tax, had said", "with great concern.",
  ("SADC", N, neg, "", "following with concern, no appeal = neutral, negative"))
U(d, "The Executive Secretary added on Sunday that the region would not accept", "by unconstitutional means.",
  ("SADC", C, neg, "", "named by title only; a red line against unconstitutional change = warning (condemning); aimed at no named actor -> target empty"))
U(d, "Mnangagwa, who chairs the SADC Organ, was quoted by Zimbabwe's state broadcaster", "he had sent to Maseru.",
  ("SADC", S, pos, "", "passive attribution via state broadcaster (not an actor); the chair of the Organ speaks for SADC; confidence in SADC's own Facilitator -> target empty (would equal the actor)"))
U(d, "The office of the Prime Minister rejected suggestions", "\"malicious fabrications\".",
  ("Lesotho", N, neg, "", "denial of a coup attempt = neutral, negative; the 'fabrications' charge is aimed at reports, not at an actor"))
U(d, "The deputy leader of the All Basotho Convention, Professor Nqosa Mahao, said", "a date for his departure.",
  ("All Basotho Convention", C, neg, "SADC", "'did not go far enough', 'tiptoed around' = judgement of the envoys' text"))
U(d, "Mahao said the party would not be bound by any timetable", "in office until July.",
  ("All Basotho Convention", C, neg, "", "surname only; rejecting the timetable in protest (the grievance given in the previous sentence) = condemning; aimed at the prime minister and the envoys -> target empty"))
U(d, "The opposition Democratic Congress welcomed the envoys' visit", "in a new coalition.",
  ("Democratic Congress", S, pos, "SADC", "Lesotho party (new actor); welcome of the visit; readiness to join a coalition is its own plan"))
U(d, "The Christian Council of Lesotho said in a statement read on Radio Lesotho", "talks between the parties.",
  ("Christian Council of Lesotho", T, pos, "", "appeal to keep the peace + offer of venues for talks"))
U(d, "In Addis Ababa, the Chairperson of the African Union Commission", "respect the rulings of the courts.",
  ("African Union", T, neu, "", "support for SADC's efforts joined to an appeal for restraint, no judgement: rule 2 before rule 3"))
U(d, "The United States Embassy in Maseru said on Twitter", "the streets of a democracy.",
  ("United States", C, neg, "Lesotho", "welcome of the withdrawal joined to a judgement ('no business on the streets'): rule 1"))
U(d, "Dr Palesa Ntsekhe, a lecturer in constitutional law", "in Lesotho's history.",
  ("Palesa Ntsekhe", S, pos, "SADC", "invented scholar; approval of the communiqué's line on the army"))
U(d, "\"Every crisis in this country since 1970", "Ntsekhe said.",
  ("Palesa Ntsekhe", T, neg, "SADC", "appeal to SADC to keep soldiers out of politics; the history is her background, no judgement on a named actor"))
U(d, "Karabo Motsamai, an analyst at the Maseru Institute for Democratic Governance", "a fight in Parliament.",
  ("Karabo Motsamai", N, neg, "", "invented analyst; reading of the region's motives, sceptical but no explicit judgement (unsure: 'played for time' could be read as condemning SADC)"))
U(d, "\"This communiqué is written to calm, not to decide,\"", "when Parliament sat again.",
  ("Karabo Motsamai", N, neu, "", "assessment and forecast, no judgement or appeal"))
