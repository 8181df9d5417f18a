# ------------------------------------------------------------------ Las Anod fighting (UN noon-briefing transcript, 2023-02-17)
d = "page_somaliland_lasanod_fighting2023_noonbriefing.txt"
# Not statements: site menu, title, date, transcript note, ** section heads, the journalists' questions, "I have no calls to announce" (no position), "Okay, Paulina, all yours.", footer note.
U(d, "Turning to Somalia, our humanitarian colleagues tell us that they remain extremely worried", "local clan militias.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "According to the local health authorities, at least 57 people", "since the fighting began.",
  ("United Nations", N, neu, "", "casualty figures given by the spokesperson (relayed from local health authorities, not an actor)"))
U(d, "The Office for the Coordination of Humanitarian Affairs (OCHA) says that more than 185,000", "women and children.",
  ("United Nations", N, neu, "", "OCHA = United Nations; displacement figures"))
# "Many families are sleeping under trees ..." = scene description, no row.
U(d, "The UN Refugee Agency, UNHCR, tells us that tens of thousands", "with the local authorities.",
  ("UNHCR", N, neu, "", "figures and own registration work"))
U(d, "UNHCR thanks the Government of Ethiopia and the regional authorities", "hit by drought.",
  ("UNHCR", S, pos, "Ethiopia", "thanks and praise for keeping the border open"))
U(d, "The World Health Organization has delivered trauma kits", "damaged by shelling.",
  ("World Health Organization", S, neu, "", "aid delivered = supporting (by act)"))
U(d, "UNICEF is trucking in water for displaced families", "malnutrition.",
  ("UNICEF", S, neu, "", "aid = supporting (by act)"))
U(d, "The Humanitarian Coordinator, Adam Abdelmoula, is preparing an allocation", "scale up the response.",
  ("United Nations", S, neu, "", "funding for the response = aid"))
U(d, "Our colleagues at the Human Rights Office say they have received reports of shelling", "promptly and impartially.",
  ("United Nations", T, neg, "", "reports of shelling with no side named + call for an investigation (as demands for an inquiry elsewhere) (unsure: could be condemning)"))
U(d, "The UN and its partners are calling on all parties to protect civilians", "without obstruction.",
  ("United Nations", T, neu, "", "appeal to all parties"))
U(d, "The Secretary-General welcomes the unilateral ceasefire", "through dialogue.",
  ("United Nations", T, pos, "", "welcome of Somaliland's ceasefire + appeal to all parties for dialogue: rule 2 before rule 3; all parties addressed -> target empty"),
  ("Somaliland", T, neu, "", "Somaliland's own ceasefire announcement reported in the sentence = agreeing to a ceasefire"))
U(d, "The Acting Special Representative for Somalia, James Swan, has been in contact", "support a de-escalation.",
  ("United Nations", T, neu, "", "contacts to encourage de-escalation"))
U(d, "Mr. Swan said that the fighting was undoing years of relative calm", "resolved by talking.",
  ("United Nations", T, neg, "", "damage assessment + only talks can settle it"))
U(d, "As you will have seen, on Tuesday the UN joined the African Union", "hospitals and homes.",
  ("United Nations", C, neg, "", "joint statement deploring the fighting and the shelling damage; no side named -> target empty"),
  ("African Union", C, neg, "", "listed signatory of the joint statement"),
  ("European Union", C, neg, "", "listed signatory of the joint statement"),
  ("IGAD", C, neg, "", "listed signatory; 'a number of Member States' unnamed -> no rows"))
U(d, "And today we thank our friends in Tallinn", "37 Member States.",
  ("United Nations", S, pos, "Estonia", "thanks for dues paid (routine honour-roll item); Tallinn = metonym"))
U(d, "We have seen the reports, including the allegations made by the authorities in Hargeisa", "confirm them.",
  ("United Nations", N, neu, "", "cannot confirm; Somaliland's allegations not given in content -> no Somaliland row"))
U(d, "The Prime Minister of the Federal Government, Hamza Abdi Barre, has called", "welcomed the ceasefire.",
  ("Somalia", T, neu, "", "appeal for humanitarian access + welcome of the ceasefire, reported by the spokesperson"))
U(d, "We would encourage everyone who has influence on the parties", "in favour of calm.",
  ("United Nations", T, neu, "", "appeal for calm"))
U(d, "Some is getting in, but not enough, and movement on the road", "is restricted.",
  ("United Nations", N, neg, "", "access facts, negative tone"))
U(d, "The authorities in Hargeisa have told our colleagues that they are committed", "deliveries to Las Anod.",
  ("Somaliland", N, pos, "", "'authorities in Hargeisa' = Somaliland; reassurance about own conduct"))
U(d, "We have also heard from the elders in Las Anod, who have asked", "the town to stop.",
  ("SSC-Khatumo", T, neg, "", "new actor (the Las Anod clan elders' administration); asking for help and an end to the shelling"))
U(d, "Our position on the unity and territorial integrity of Somalia", "has not changed.",
  ("United Nations", N, neu, "", "restating a standing position, no evaluation"))
U(d, "What matters right now is that the guns fall silent", "the help they need.",
  ("United Nations", T, neu, "", "appeal for a halt to fighting and aid"))
