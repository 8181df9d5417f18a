# ------------------------------------------------------------------ DRC-Rwanda, M23 (scraped Central African paper, 2022-11-03)
d = "page_drc_rwanda_scraped.txt"
U(d, "The Democratic Republic of the Congo has given Rwanda's ambassador", "in North Kivu.",
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "expulsion of an ambassador + accusation"))
U(d, "Government spokesman Patrick Muyaya announced the decision", "President Félix Tshisekedi.",
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "announcing the expulsion ('the decision' refers back to it) = the measure itself (unsure: could be neutral procedure)"))
U(d, "\"Rwanda continues to attack our country", "Muyaya said.",
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "accusation of aggression + 'treats with contempt'; Nairobi and Luanda = places/processes"))
U(d, "\"The Council could not remain silent any longer.\"", "any longer.\"",
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "quote continued after the attribution: justification of the expulsion as a response (unsure: no judgement word in the sentence itself; could be neutral, negative)"))
U(d, "The spokesman said the government would not sit down with the M23", "the rebels' withdrawal.",
  ("Democratic Republic of the Congo", C, neg, "M23", "refusing a party in protest + 'terrorist group'"))
U(d, "In a televised address to the nation on Thursday evening", "join the armed forces.",
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "accusation ('expansionist ambitions') + mobilisation"))
U(d, "He also appealed to citizens not to turn on Rwandophone compatriots", "living in the country.",
  ("Democratic Republic of the Congo", T, neu, "", "appeal for restraint to own citizens, no judgement"))
U(d, "\"Our enemy is not the Rwandan people but a regime,\" the president said.", "the president said.",
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "'a regime' = Rwanda's government named as the enemy; 'the president' by role"))
U(d, "Government spokeswoman Yolande Makolo said Rwanda noted the expulsion", "remained on alert.",
  ("Rwanda", C, neg, "Democratic Republic of the Congo", "'with regret' aimed at the expulsion = judgement without strong words; alert posture"))
U(d, "\"The DRC keeps blaming Rwanda for its own failures", "Makolo said.",
  ("Rwanda", C, neg, "Democratic Republic of the Congo", "counter-accusation (FDLR collaboration)"))
U(d, "Rwanda has repeatedly denied backing the M23", "support for the group.",
  ("Rwanda", N, neg, "", "denial"),
  ("United Nations", C, neg, "Rwanda", "UN experts' report pointing to Rwandan support = a specific finding against Rwanda (unsure: background clause)"))
U(d, "The rebels, for their part, said they were ready for direct talks", "with Kinshasa.",
  ("M23", T, pos, "Democratic Republic of the Congo", "offer of talks; Kinshasa = the DRC government"))
U(d, "M23 political spokesman Lawrence Kanyuka said on Twitter", "under its control.",
  ("M23", N, neg, "", "reassurance ('did not seek war') + defensive posture; no judgement on an actor (unsure: implicit warning)"))
U(d, "Military spokesman Major Willy Ngoma told the Courier", "up to Rugari.",
  ("M23", N, neu, "", "own territorial gains reported as fact"))
U(d, "The UN mission, MONUSCO, said the M23's attacks", "wounded at Kiwanja.",
  ("United Nations", C, neg, "M23", "MONUSCO -> United Nations; 'intolerable' + warning of a response"))
U(d, "In Nairobi on Wednesday, Kenyan President William Ruto handed the national flag", "regional force in Goma.",
  ("Kenya", S, pos, "Democratic Republic of the Congo", "backing by act: troops deployed to the regional force in the DRC; Nairobi = place"))
U(d, "Ruto said the troops were going to help the Congolese people", "in the east.",
  ("Kenya", S, pos, "Democratic Republic of the Congo", "solidarity + support"))
U(d, "The former Kenyan president, Uhuru Kenyatta, who is the bloc's facilitator", "Nairobi consultations.",
  ("East African Community", T, neu, "", "former head of state speaking as the bloc's facilitator ('the bloc' = EAC by context) -> EAC, not Kenya; ceasefire appeal to all armed groups"))
U(d, "Angola's President João Lourenço, the African Union's mediator", "agreed in July.",
  ("Angola", T, neu, "", "statement from 'his office' (Angolan presidency) -> Angola (unsure: he mediates for the AU); appeal to both leaders -> target empty"))
U(d, "In Washington, State Department spokesman Ned Price said the United States was deeply concerned", "advance immediately.",
  ("United States", T, neg, "M23", "concern + appeal to stop, no judgement word (labels/README: demand to one side = talks)"))
U(d, "\"Any external support to the M23, including from Rwanda, must stop,\" Price said", "the Rwandan government.",
  ("United States", C, neg, "Rwanda", "demand that presupposes Rwanda's support for the rebels = holding Rwanda responsible (unsure: could be talks)"))
U(d, "The World Food Programme said it was preparing food distributions", "since late October.",
  ("World Food Programme", S, pos, "", "aid = supporting; figure invented"))
U(d, "In the Kanyaruchinya camp, north of Goma, Espérance Kahindo", "for two days.",
  ("Espérance Kahindo", N, neg, "", "named displaced resident (invented) under her own name; fact"))
U(d, "\"We only want to go home. Whoever brings peace, we will welcome them,\" she said.", "she said.",
  ("Espérance Kahindo", T, pos, "", "multi-sentence quote closed by its speaker; hope for peace"))
