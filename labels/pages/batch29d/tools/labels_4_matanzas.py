# ------------------------------------------------------------------ Fire at the Matanzas Supertanker Base, Cuba (UN noon briefing transcript, 2022-08-08)
d = "page_cuba_matanzas_depotfire2022_noonbriefing.txt"
# Not statements: site bar, title, date, transcript note, "Good afternoon. I will start with Cuba.", "**" crossheads,
# journalists' questions themselves ("Has the Secretary-General spoken ...?"), sign-off, "For information media" line.
# Rule used: a question that reports an actor's position is that actor's statement (labels/README); the question is no one's.
U(d, "The Secretary-General is deeply saddened by the loss of life", "crude oil storage tank.",
  ("United Nations", N, neg, "", "grief without an appeal = neutral, negative tone"))
U(d, "He extends his heartfelt condolences to the families", "those injured.",
  ("United Nations", S, pos, "Cuba", "condolences = solidarity (supporting)"))
U(d, "The Secretary-General commends the courage of the Cuban firefighters", "extremely dangerous conditions.",
  ("United Nations", S, pos, "Cuba", "praise of Cuban responders"))
U(d, "Our Resident Coordinator in Cuba, Consuelo Vidal-Bruce, tells us that the UN team", "support the response.",
  ("United Nations", S, pos, "Cuba", "readiness to support = offer of assistance"))
U(d, "According to the authorities, one firefighter has been confirmed dead", "treated in hospital.",
  ("Cuba", N, neu, "", "figures from the Cuban authorities relayed by the spokesman ('according to')"))
U(d, "The UN Development Programme and the Pan American Health Organization are mobilizing", "from the smoke plume.",
  ("UNDP", S, pos, "Cuba", "UNDP is its own canonical body (name files); supplies = backing by act"),
  ("United Nations", S, pos, "Cuba", "the OCHA/UNEP Joint Environment Unit = United Nations; a team deployed = backing by act"),
  ("Pan American Health Organization", S, pos, "Cuba", "PAHO is its own canonical body; same act"))
U(d, "Our colleagues tell us that thousands of residents have been moved", "as a precaution.",
  ("United Nations", N, neu, "", "facts"))
U(d, "The team will continue to work with the Government on any further needs", "as we get it.",
  ("United Nations", S, neu, "Cuba", "continued support offered; 'the Government' = Cuba by context"))
U(d, "Tomorrow, our guest will be the Director of the Office for Disarmament Affairs", "Review Conference of the NPT.",
  ("United Nations", N, neu, "", "procedural line (briefing schedule)"))
U(d, "The Cuban Government has appealed to allied countries with know-how in oil firefighting", "aircraft and specialists.",
  ("Cuba", T, pos, "", "asking for help is calling_for_talks (labels/README), the thanks alongside do not outweigh it (rule 2 before rule 3); unsure: could be supporting for the thanks"),
  ("Mexico", S, pos, "Cuba", "reported in the question: aircraft and specialists sent = backing by act"),
  ("Venezuela", S, pos, "Cuba", "same sentence"))
U(d, "Spokesman: The Secretary-General has not spoken directly to the President", "since Saturday morning.",
  ("United Nations", N, neu, "", "procedural account of contacts"))
U(d, "And we are very grateful to all the Member States who have stepped up to help.", "stepped up to help.",
  ("United Nations", S, pos, "", "praise of the helpers; several -> target empty"))
U(d, "Just to follow up, Mexico says it sent about 80 soldiers", "tonnes of firefighting foam.",
  ("Mexico", S, pos, "Cuba", "question reports Mexico's own account of aid sent"),
  ("Venezuela", S, pos, "Cuba", "aid sent"))
U(d, "Spokesman: The response is led by the Cuban authorities, and that's as it should be.", "as it should be.",
  ("United Nations", N, neu, "", "procedural line on who leads"))
U(d, "Our role is to complement what the Government and bilateral partners are doing, and we're doing that.", "we're doing that.",
  ("United Nations", S, neu, "Cuba", "own support described as ongoing = backing by act"))
U(d, "The Cuban deputy foreign minister, Carlos Fernández de Cossío, wrote that Havana was grateful", "its specialists' advice.",
  ("Cuba", S, pos, "United States", "gratitude for the U.S. offer = approval"),
  ("United States", S, neu, "Cuba", "reported clause: Washington's offer of technical advice = offering assistance"))
# "But people in Cuba are also saying the embargo makes it harder to buy equipment." = unnamed speakers, no row.
U(d, "Spokesman: Look, the Secretary-General's position on the embargo is well known", "General Assembly.",
  ("United Nations", N, neu, "", "procedural reference to a known position; no judgement stated here"))
U(d, "Right now, our focus is on getting the fire put out and helping the people affected.", "the people affected.",
  ("United Nations", N, neu, "", "own priorities stated"))
U(d, "In an emergency like this, any help that can reach the people of Matanzas should reach them, without obstacles.", "without obstacles.",
  ("United Nations", T, neu, "", "appeal for unhindered humanitarian access, no actor judged = calling_for_talks"))
# "I'm saying what I said." = no position, no row.
U(d, "I'm not going to go beyond that.", "go beyond that.",
  ("United Nations", N, neu, "", "procedural refusal to elaborate"))
U(d, "The US Embassy in Havana said on Saturday that nothing in US law stops American groups", "disaster help to Cuba.",
  ("United States", N, neu, "", "a legal fact stated by the embassy (unsure: as a step to open the way for aid it could be supporting)"))
U(d, "Spokesman: We welcome any offer of assistance from anyone", "on the ground quickly.",
  ("United Nations", S, pos, "", "welcome + hope for aid (not a peace appeal) = supporting"))
U(d, "Ernesto Valdés Rivero, a chemical engineer at the Technological University of Havana, told my outlet", "tell people more.",
  ("Ernesto Valdés Rivero", T, neg, "Cuba", "invented expert reported in the question; warning + appeal to the authorities to inform residents, no judgement (unsure: could be neutral)"))
U(d, "Spokesman: Air quality is obviously a concern", "have been deployed.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral"))
U(d, "PAHO has been advising the health authorities on protective measures for residents.", "for residents.",
  ("Pan American Health Organization", S, neu, "Cuba", "advice given = assistance (backing by act), reported by the UN spokesman"))
U(d, "I would not want to speculate on the scale of any impact", "done their assessment.",
  ("United Nations", N, neu, "", "procedural"))
U(d, "And a resident of Matanzas, Yanelis Ortega, said on social media", "whether to leave.",
  ("Yanelis Ortega", N, neg, "", "invented resident; a complaint stated as fact, no explicit judgement"))
U(d, "The authorities have been carrying out evacuations and have been giving regular updates", "civil defence.",
  ("United Nations", N, neu, "", "account of the authorities' work + advice to residents to follow instructions (safety advice, not a peace appeal)"))
U(d, "Spokesman: There has been no request for a flash appeal at this stage.", "at this stage.",
  ("United Nations", N, neu, "", "procedural fact"))
U(d, "If the Government asks, we will of course look at it.", "look at it.",
  ("United Nations", S, neu, "Cuba", "conditional offer of assistance"))
U(d, "The CERF is also a possibility, but no decision has been taken.", "no decision has been taken.",
  ("United Nations", N, neu, "", "procedural"))
U(d, "Russia and Nicaragua also said they were sending help.", "sending help.",
  ("Russia", S, pos, "Cuba", "reported in the question: aid being sent"),
  ("Nicaragua", S, pos, "Cuba", "same sentence"))
U(d, "The Government has publicly thanked a number of countries", "for the details.",
  ("Cuba", S, pos, "", "Cuba's thanks relayed by the spokesman; several -> target empty"))
