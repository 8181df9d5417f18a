# ------------------------------------------------------------------ Guinea-Bissau coup before the run-off (UN News Centre story + SG readout, 2012-04-27)
d = "page_guineabissau_coup_unreadout.txt"
U(d, "Secretary-General Ban Ki-moon today welcomed the release", "without further delay.",
  ("United Nations", T, pos, "Guinea-Bissau", "date prefix excluded; welcome + appeal to the soldiers to restore civilian rule, no judgement word: rule 2 before rule 3; the junta = Guinea-Bissau (guide)"))
U(d, "In a statement issued by his spokesperson, Mr. Ban said the release was a necessary first step", "before the presidential run-off.",
  ("United Nations", C, neg, "Guinea-Bissau", "welcome + judgement ('overturned at gunpoint'): rule 1"))
U(d, "He reiterated the backing of the United Nations for the joint efforts", "keep working with both.",
  ("United Nations", S, pos, "", "'He' = Ban; backing two bodies' mediation -> target empty"))
# readout: "The Secretary-General spoke by telephone this morning ..." : a call listed, no position, no row
U(d, "President Ouattara briefed the Secretary-General on the outcome", "leading to elections.",
  ("ECOWAS", N, neu, "", "a head of state speaking as Chairman of the ECOWAS Authority = ECOWAS (guide); summit decisions reported as plans (standby force, deployment) = neutral (unsure: the deployment could be read as a measure)"))
U(d, "The Secretary-General commended the leadership shown by ECOWAS", "support of the United Nations.",
  ("United Nations", S, pos, "ECOWAS", "praise + assurance of support"))
# "The coup has drawn condemnation from Guinea-Bissau's partners ..." : summary line, no row
U(d, "On 21 April, in a presidential statement read out by its President for April,", "if the crisis dragged on.",
  ("United Nations", C, neg, "Guinea-Bissau", "Council presidential statement = United Nations; Rice reads it as Council President (not a US row); refusal to recognise the junta's body + threat of targeted sanctions"))
U(d, "The 15-member body also demanded that everyone detained", "could be completed.",
  ("United Nations", T, neu, "Guinea-Bissau", "'The 15-member body' = the Council; demand with no judgement word = calling_for_talks"))
# "At an open meeting two days earlier, ... briefed the Council by video link from Bissau." : procedure, no row
U(d, "Mr. Mutaboba described soldiers who had turned their weapons", "win at the ballot box.",
  ("United Nations", C, neg, "Guinea-Bissau", "Special Representative (role then name, now surname); judgement without stock words on the soldiers and their civilian allies"))
U(d, "He said money for the retirement of older soldiers", "wanted the reform stopped.",
  ("United Nations", N, neg, "", "assessment of what went wrong in security sector reform, no judgement of a named actor"))
U(d, "The Foreign Minister of the ousted Government told the Council", "fled to the countryside.",
  ("Guinea-Bissau", C, neg, "", "role only; the ousted (still recognised) Government speaks for the state at the UN; describing the soldiers' searches = accusation; the junta is also Guinea-Bissau, so the target stays empty (unsure)"))
U(d, "He asked the Council to authorize a stabilization force,", "run-off to be held.",
  ("Guinea-Bissau", T, neu, "", "request for a UN-mandated force to protect civilian institutions, no judgement = calling_for_talks"))
U(d, "Speaking on behalf of the CPLP, which Angola currently chairs,", "the African Union and the CPLP.",
  ("Community of Portuguese Language Countries", C, neg, "Guinea-Bissau", "a minister speaking on behalf of the body he chairs = the CPLP, not Angola; refusal of any coup arrangement (judgement) + force proposal: rule 1"))
U(d, "Turning to his own country's role, Mr. Chikoti said the Angolan technical and military mission", "had no basis.",
  ("Angola", N, neg, "", "same speaker now in his national capacity = Angola; denial of the junta's 'secret pact' claim = neutral, negative"))
U(d, "He said Luanda had decided before the coup to bring its roughly 200 troops home,", "the regional organizations.",
  ("Angola", N, neu, "", "Luanda = metonym; own troop withdrawal plan, military vocabulary as topic = neutral"))
U(d, "Portugal's representative, José Filipe Moraes Cabral, said Lisbon would have no dealings", "voting in peace.",
  ("Portugal", C, neg, "Guinea-Bissau", "Lisbon = metonym; refusal to deal with the junta + 'set the country back' = judgement"))
U(d, "He said Portugal had sent two navy ships towards the coast", "no other mission.",
  ("Portugal", N, neu, "", "own precautionary deployment for evacuation, facts = neutral"))
U(d, "Speaking in her national capacity, Ms. Rice said the United States backed the mediation", "seized the country's leaders.",
  ("United States", C, neg, "Guinea-Bissau", "now the US, not the Council ('national capacity'); backing the mediation + support for targeted measures against the coup leaders: the call for sanctions decides (condemning)"))
U(d, "Togo's representative, Kodjo Menan, said he hoped the military would heed", "choosing their President.",
  ("Togo", T, pos, "Guinea-Bissau", "a Council member in national capacity; hope = calling_for_talks"))
# "The Council meeting heard no speaker for the self-styled Military Command." : no position, no row
U(d, "In Addis Ababa, the African Union's Peace and Security Council on 17 April barred", "Ramtane Lamamra, said.",
  ("African Union", C, neg, "Guinea-Bissau", "suspension ('barred ... from any of the organization's work') = a measure; attribution tail; Addis Ababa = place"))
U(d, "After the Abidjan summit, the President of the ECOWAS Commission, Kadré Désiré Ouédraogo,", "fall in with its decisions.",
  ("ECOWAS", C, neg, "Guinea-Bissau", "threat of sanctions against the junta (= Guinea-Bissau) and its civilian allies"))
U(d, "The European Union's High Representative for Foreign Affairs and Security Policy, Catherine Ashton,", "the military's conduct.",
  ("European Union", C, neg, "Guinea-Bissau", "condemnation + review of cooperation (a threatened measure)"))
U(d, "According to media reports, the spokesman of the Military Command,", "under foreign command.",
  ("Guinea-Bissau", C, neg, "Angola", "the junta speaks for its state (guide); accusation of a secret pact against Angola; 'according to media reports' = reported speech"))
U(d, "After meeting an ECOWAS delegation in Bissau today, the spokesman said", "West African troops.",
  ("Guinea-Bissau", T, neu, "", "'the spokesman' = Na Walna; accepting a mediated transition and the regional force = agreeing to a negotiated course (unsure: could be neutral)"))
U(d, "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said it was worried", "traders from the capital.",
  ("United Nations", N, neg, "", "OCHA = United Nations; concern without an appeal = neutral, negative"))
# "Two analysts who spoke to UN Radio this week said ..." : summary line, unnamed at that point, no row
U(d, "\"The army has pulled down every elected leader who tried to reduce it, since independence.", "Amílcar Cabral University in Bissau.",
  ("Fátima Sanhá Cabi", N, neg, "", "independent scholar, named after the quote; risks (army, cashew season), no judgement of a named actor"))
U(d, "\"If the transition is run by the same officers who stopped the vote,", "she added.",
  ("Fátima Sanhá Cabi", N, neg, "", "quote continued in the next paragraph, same speaker; scenario"))
U(d, "Ms. Sanhá Cabi said the parties, the military and the civil society groups should sit down together", "regional troops arrive.",
  ("Fátima Sanhá Cabi", T, neu, "", "appeal for talks under the mediators"))
U(d, "Pedro Alves Mendonça, a researcher on Lusophone Africa", "as the coup itself.",
  ("Pedro Alves Mendonça", N, neu, "", "independent researcher; assessment of the rivalry between the two mediators, no judgement"))
U(d, "\"Abidjan and Lisbon are not reading from the same page.", "he said.",
  ("Pedro Alves Mendonça", N, neg, "", "multi-sentence quote closed by 'he said'; Abidjan and Lisbon = metonyms for ECOWAS and the CPLP as objects of an analyst's sentence, not speakers (no rows for them)"))
U(d, "Mr. Mendonça said the officers had used the Angolan mission as an alibi", "through the islands.",
  ("Pedro Alves Mendonça", C, neg, "Guinea-Bissau", "judgement on the junta (alibi, cocaine links) = condemning; 'many reports' is the outlet's hedge"))
U(d, "\"A force that arrives without a clear mandate", "he said.",
  ("Pedro Alves Mendonça", N, neg, "", "risk assessment, no appeal"))
# Related Stories, News Tracker, Audio, share bar, footer: never statements
