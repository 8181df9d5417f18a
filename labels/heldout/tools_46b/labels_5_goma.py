# page 5: Democratic Republic of the Congo, Rwandan fire on a FARDC Sukhoi-25 over Goma (24 January 2023), state news agency dispatch
D = "page_drc_goma_sukhoi2023_stateagency.txt"
# no rows: masthead, menu, headline, the dateline "Kinshasa, 25 January 2023 (ACP).-" (cut from the first unit),
# caption, crossheads, the mediators named in the Luanda/Nairobi sentence (Angola, Kenya: no position of theirs),
# the closing paragraph on CENI's enrolment and the papal visit (narration), signature, furniture.
U(D, "The Government of the Republic, through the Minister of Communication and Media", "treats as an act of war.",
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "government spokesman = DRC; condemnation + 'act of war'; Rwanda Defence Force = Rwanda"))
U(D, "In the official communiqué read on the national television RTNC", "without major material damage.",
  ("Democratic Republic of the Congo", N, neg, "", "denial of the airspace violation = neutral, negative tone; Kigali = metonym inside the denial"))
U(D, "\"Rwanda is seeking by every means to wreck", "Mr Muyaya declared.",
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "accusation of sabotaging the peace processes and of plunder"))
U(D, "The Government Spokesperson further indicated that this umpteenth provocation", "towards Kibumba and Bwito.",
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "accusation of an offensive and of troop reinforcements; 'M23 auxiliaries' inside the accusation; Rwanda = main target"))
U(D, "He made it known that the Government would not leave this act unanswered", "every means the law allows.",
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "a threatened response = condemning"))
U(D, "For its part, the Government of Rwanda, through its spokesperson, Mrs Yolande Makolo", "what it described as provocations.",
  ("Rwanda", C, neg, "Democratic Republic of the Congo", "accuses a third airspace violation and demands an end to 'provocations'; Kinshasa = metonym"))
U(D, "The deputy spokesperson of the Rwandan Government, Mr Alain Mukuralinda", "to widen the war in the East.",
  ("Rwanda", C, neg, "Democratic Republic of the Congo", "accusation; the broadcaster is not an actor"))
U(D, "It will be recalled that on 7 November 2022", "described as an involuntary landing.",
  ("Democratic Republic of the Congo", N, neu, "", "Kinshasa's past explanation of the first incident: a fact given by the actor"))
U(D, "The spokesperson of the FARDC, General Sylvain Ekenge Bomusa Efomi, reassured", "in the shortest possible time.",
  ("Democratic Republic of the Congo", N, pos, "", "the army speaks for its state; reassurance about its own pilot and aircraft = neutral, positive"))
U(D, "The senior officer called on the inhabitants of Goma to keep calm", "panic in the city.",
  ("Democratic Republic of the Congo", T, neu, "", "appeal for calm to the population, no judgement = calling_for_talks (unsure: domestic instructions could be neutral)"))
U(D, "The Military Governor of the province of North Kivu", "the airport's fire service.",
  ("Democratic Republic of the Congo", N, pos, "", "provincial (military) governor = his state; praise of its own crew and firemen = self-praise, neutral"))
U(D, "The Deputy Prime Minister, Minister of Foreign Affairs, Mr Christophe Lutundula", "on this new development.",
  ("Democratic Republic of the Congo", N, neu, "", "a planned briefing of diplomats"))
U(D, "The head of Congolese diplomacy intends, according to a source in his office", "the M23 terrorist movement.",
  ("Democratic Republic of the Congo", C, neg, "", "a source in the minister's office speaks for the state; call for measures (sanctions) against Rwanda and the M23 -> two targets, empty; 'terrorist movement' = judgement"))
U(D, "The Government, for its part, reaffirmed that it remains committed to the Luanda process", "Mr Uhuru Kenyatta.",
  ("Democratic Republic of the Congo", T, pos, "", "commitment to mediated peace processes = calling_for_talks; the mediators take no position here"))
U(D, "The United Nations Organization Stabilization Mission", "to show the greatest restraint.",
  ("United Nations", T, neg, "", "MONUSCO = United Nations; concern + appeal for restraint to both countries -> target empty"))
U(D, "The Secretary General of the East African Community, Dr Peter Mathuki", "by the Heads of State of the region.",
  ("East African Community", T, neu, "", "appeal for restraint and for the regional commitments, both states -> target empty"))
U(D, "The Chairperson of the African Union Commission, His Excellency Mr Moussa Faki Mahamat", "within the framework of the regional processes.",
  ("African Union", T, neg, "", "concern + invitation to dialogue = calling_for_talks"))
U(D, "The Sacred Union of the Nation, the platform supporting", "in these difficult hours.",
  ("Sacred Union of the Nation", S, pos, "Democratic Republic of the Congo", "ruling coalition rallies citizens behind the army and institutions = supporting the state"))
U(D, "The President of the National Assembly, the Honourable Christophe Mboso", "in the light of these repeated attacks.",
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "the speaker speaks for the state body; solidarity with the army + a call to review relations with Kigali over 'repeated attacks' = a called-for measure (rule 1) (unsure: the solidarity part is supporting)"))
U(D, "In Goma, the citizen movement LUCHA announced a sit-in", "while Rwanda attacks the Congo.",
  ("LUCHA", C, neg, "Rwanda", "accuses Rwanda of attacking the country; reproach of the international community secondary"))
U(D, "It should be noted that the United Nations Group of Experts", "which Kigali has always rejected.",
  ("United Nations", C, neg, "Rwanda", "UN Group of Experts = United Nations; documented Rwandan operations = accusation"),
  ("Rwanda", N, neg, "", "Kigali's rejection of the accusations = denial, neutral with a negative tone"))
