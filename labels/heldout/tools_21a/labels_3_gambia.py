# ------------------------------------------------------------------ The Gambia's post-election crisis: Barrow sworn in in Dakar, ECOWAS troops enter, Jammeh agrees to go (West African wire, 2017-01-21)
d = "page_gambia_jammeh_wire.txt"
U(d, "Gambia's longtime ruler Yahya Jammeh said early on Saturday that he would hand over power", "install President Adama Barrow.",
  ("Yahya Jammeh", N, neu, "", "dateline excluded; after 19 Jan Jammeh no longer speaks for the recognised state: his own actor (unsure); announced decision to go = neutral"))
U(d, "\"I take this decision for the sake of peace in our country", "broadcast shortly after midnight.",
  ("Yahya Jammeh", T, pos, "", "multi-sentence quote closed by its speaker; appeal against bloodshed, no judgement = calling_for_talks"))
U(d, "Barrow, who was sworn in on Thursday at Gambia's embassy in Dakar, told reporters", "later on Saturday.",
  ("Gambia", N, pos, "", "Barrow = the sworn-in, internationally recognised president = Gambia; Dakar = place; news of the departure, no evaluation"))
U(d, "In his inaugural address, Barrow told soldiers to stay in their barracks", "enemy of the republic.",
  ("Gambia", C, neg, "", "order + threat against anyone taking up arms = threatened response (condemning); no canonical target"))
U(d, "Barrow also thanked West African leaders", "standing by the Gambian people.",
  ("Gambia", S, pos, "ECOWAS", "thanks = approval; 'West African leaders' = ECOWAS (organisations.csv alias)"))
U(d, "The Economic Community of West African States (ECOWAS) sent its regional force", "\"Restore Democracy\".",
  ("ECOWAS", C, neg, "Yahya Jammeh", "military operation against another side reported as done = condemning (guide); the troop-contributing states are only listed as the force's origin (no rows, unsure)"))
U(d, "Marcel Alain de Souza, president of the ECOWAS Commission, said on Friday", "move on Banjul.",
  ("ECOWAS", C, neg, "Yahya Jammeh", "ECOWAS Commission = ECOWAS; pause for mediation + ultimatum: the threat decides"))
U(d, "He put the choice plainly:", "wait another day.",
  ("ECOWAS", C, neg, "Yahya Jammeh", "quotation opened after a colon and left open at the paragraph end; ultimatum"))
U(d, "\"We have stopped, but we have not gone home,\" de Souza told reporters in Dakar.", "\"We have stopped, but we have not gone home,\" de Souza told reporters in Dakar.",
  ("ECOWAS", C, neg, "Yahya Jammeh", "quotation continued in the next paragraph, surname only; veiled threat"))
U(d, "\"Our soldiers are not there to make war on Gambians.", "he said.",
  ("ECOWAS", N, pos, "", "justification of its own operation, no judgement of an actor = neutral (as batch5c: own drills justified)"))
U(d, "The first units crossed from the south and the north on Thursday evening", "said in a statement.",
  ("Senegal", N, neu, "", "attribution tail; own troop movements reported as done, no judgement = neutral"))
U(d, "Nigeria's air force said its jets had been patrolling Gambian airspace", "should the order come.",
  ("Nigeria", C, neg, "Yahya Jammeh", "air force = Nigeria; readiness to strike = threat"))
U(d, "The noon deadline passed as Guinean President Alpha Conde and Mauritanian President Mohamed Ould Abdel Aziz", "State House in Banjul.",
  ("Guinea", T, neu, "Yahya Jammeh", "mediation by act (talks with Jammeh) = calling_for_talks (unsure: a meeting in narrative); State House = place"),
  ("Mauritania", T, neu, "Yahya Jammeh", "same; second mediator named"))
U(d, "Back in Nouakchott on Saturday, Aziz told reporters", "under the deal.",
  ("Mauritania", N, neu, "", "surname only; terms of the deal = facts, no evaluation; Nouakchott = place"))
U(d, "Conde was expected to fly out of Banjul with Jammeh later on Saturday", "a Guinean official said.",
  ("Guinea", N, neu, "", "unnamed official of a named government speaks for it; a plan"))
U(d, "In a joint declaration released on Saturday, ECOWAS, the African Union and the United Nations said", "would be confiscated.",
  ("ECOWAS", T, pos, "Yahya Jammeh", "joint declaration, one row per body; commitments within a negotiated peaceful exit = calling_for_talks (unsure: could be read as supporting)"),
  ("African Union", T, pos, "Yahya Jammeh", "same joint declaration"),
  ("United Nations", T, pos, "Yahya Jammeh", "same joint declaration"))
U(d, "On Thursday the UN Security Council voted 15-0 for a resolution", "ECOWAS and the African Union.",
  ("United Nations", S, pos, "Gambia", "resolution endorsing the recognition of Barrow = backing of the Gambian president; ECOWAS and AU are only mentioned here"))
U(d, "Secretary-General Antonio Guterres telephoned Barrow the same day", "his spokesman said.",
  ("United Nations", S, pos, "Gambia", "assurance of backing; attribution tail"))
U(d, "African Union Commission chairperson Nkosazana Dlamini-Zuma congratulated Barrow", "without violence.",
  ("African Union", T, pos, "Yahya Jammeh", "congratulations (welcome) + hope for a peaceful exit addressed to Jammeh: rule 2 before rule 3 (calling_for_talks)"))
U(d, "The AU's Peace and Security Council had already said it would stop recognising Jammeh", "on Thursday.",
  ("African Union", C, neg, "Yahya Jammeh", "Peace and Security Council = AU (organisations.csv); withdrawal of recognition = a measure against him"))
U(d, "In Washington, a State Department spokesperson said the United States stood behind ECOWAS", "hold their fire.",
  ("United States", T, neu, "", "unnamed spokesperson of a named government; backing + appeal with no judgement: rule 2 before rule 3; several addressees -> target empty"))
U(d, "Senegalese President Macky Sall, who attended the swearing-in", "as they needed.",
  ("Senegal", S, pos, "Gambia", "solidarity with the Gambian people and their president"))
U(d, "The army chief, General Ousman Badjie", "whom he called friends.",
  ("Gambia", S, pos, "ECOWAS", "the army speaks for its state (guide); no resistance + calls the ECOWAS troops friends = approval"))
U(d, "The UN refugee agency UNHCR said some 45,000 people", "women and children.",
  ("UNHCR", N, neu, "", "UNHCR is its own canonical actor; figures; the unnamed market trader and 'Jammeh's opponents' get no row"))
