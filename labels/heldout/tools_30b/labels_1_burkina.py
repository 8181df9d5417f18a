# ------------------------------------------------------------------ Burkina Faso: the RSP coup and the ECOWAS mediation (scraped West African news site, 2015-09-22)
# Junta = its own actor "National Council for Democracy" (the RSP's self-styled council, declared in new_actors.csv):
# the transition it overthrew (Kafando, Zida, the CNT speaker) and the loyal regular army are Burkina Faso, so the two
# camps cannot both resolve to the state (a target may not equal its actor).
d = "page_burkina_rsp_coup_regionalsite.txt"
U(d, "West African heads of state met in the Nigerian capital on Tuesday", "or be disarmed by force.",
  ("Burkina Faso", C, neg, "National Council for Democracy", "dateline excluded; long lead: the summit is narration (a meeting listed, no ECOWAS row); the loyal army's ultimatum to the guard = a threat = condemning; army = the state"))
# No row: "The deadline passed without a shot being fired ..." (scene); "The RSP burst into a cabinet meeting last Wednesday ..." and
# "The next morning an officer read a declaration ..." (background narration of the coup, actors as subjects).
U(d, "In that first declaration, Lieutenant-Colonel Mamadou Bamba accused", "elections \"open to all\".",
  ("National Council for Democracy", C, neg, "Burkina Faso", "the council's spokesman; accusation against the transition (= the Burkinabe state it overthrew); the promise sits inside the same sentence"))
U(d, "In a statement signed on Monday by the chief of general staff", "with no loss of life.",
  ("Burkina Faso", C, neg, "National Council for Democracy", "army chiefs = the state; an announced operation to disarm the guard = condemning even with the wish to avoid bloodshed"))
U(d, "\"Any guardsman who hands in his rifle", "the statement said.",
  ("Burkina Faso", T, neu, "National Council for Democracy", "safety guarantee offered for a peaceful surrender = a peaceful course (unsure: could be read as part of the threat)"))
# No row: "By Tuesday afternoon officers on both sides were still talking ..., according to a senior officer who asked not to be named." (unnamed, no side stated)
U(d, "Diendéré, speaking to reporters at the RSP's Naaba Koom camp", "if they came under fire.",
  ("National Council for Democracy", C, neg, "Burkina Faso", "surname only; conditional threat to fight back against the army (unsure: defensive wording)"))
U(d, "\"The leaders meeting in Abuja will have the last word", "he said.",
  ("National Council for Democracy", T, pos, "ECOWAS", "quote closed by 'he said' = Diendéré; commits to abide by the mediation = agrees to talks"))
U(d, "\"I am not clinging to anything.\"", "\"I am not clinging to anything.\"",
  ("National Council for Democracy", N, neu, "", "quote continued after the attribution = own unit, same speaker; own posture"))
U(d, "He had already asked the nation's forgiveness", "once a civilian government was back.",
  ("National Council for Democracy", N, neg, "", "pronoun subject = Diendéré; apology and own intentions, no judgement of others"))
U(d, "Prime Minister Zida was released in the early hours", "his office said.",
  ("Burkina Faso", N, neu, "", "attribution tail: the prime minister's office = the transition = the state; fact"))
# No row: "The proposal on the table in Abuja was drawn up over three days ..." (narration)
U(d, "ECOWAS Commission President Kadré Désiré Ouédraogo, himself a former prime minister", "disputed electoral law to stand.",
  ("ECOWAS", T, neu, "", "a Burkinabe national speaking as head of the bloc's commission = ECOWAS, not Burkina Faso; presenting the mediators' draft = a diplomatic course"))
U(d, "Senegal's President Macky Sall, who chairs the regional bloc", "nothing in it was closed to discussion.",
  ("ECOWAS", T, neu, "", "head of state speaking as the bloc's chair and mediator = ECOWAS (guide); the draft as a basis for talks"))
# No row: "Boni Yayi sounded more confident." (summary line before the quote)
U(d, "\"We are close to a solution that lets Burkina keep", "before flying out on Monday.",
  ("ECOWAS", T, pos, "", "co-mediator for the bloc = ECOWAS (unsure: could be Benin); hope for a peaceful settlement"))
U(d, "Benin's foreign minister, Saliou Akadiri, said on the eve of the mission", "a return to constitutional life.",
  ("Benin", T, neu, "National Council for Democracy", "national minister = Benin; release of detainees + return to constitutional order, no judgement word; target = the captors"))
# No row: "The reaction in Ouagadougou was swift and mostly hostile." (summary line)
U(d, "Chérif Sy, the speaker of the National Transitional Council", "would never endorse it.",
  ("Burkina Faso", C, neg, "", "interim parliament's speaker = the transition = Burkina Faso; judgement ('reward men who had taken the republic hostage'); aimed at the draft (ECOWAS) and the putschists -> target empty"))
U(d, "Kafando himself, in a short message passed to a private radio station", "bound by the draft.",
  ("Burkina Faso", N, neg, "", "refusal of a format with no judgement stated = neutral, negative tone"))
U(d, "The Balai Citoyen movement, whose street protests", "until the RSP was disbanded.",
  ("Balai Citoyen", C, neg, "ECOWAS", "civic movement under its own name; 'shameful' aimed at the mediators' draft"))
U(d, "\"There will be no amnesty for soldiers who shot at unarmed children.", "told The Harmattan Post.",
  ("Balai Citoyen", C, neg, "National Council for Democracy", "multi-sentence quote closed by its speaker; a founder speaking for the movement; 'told The Harmattan Post' = the outlet, not an actor"))
U(d, "Compaoré's former ruling party, the Congress for Democracy and Progress (CDP)", "take part in the vote.",
  ("Congress for Democracy and Progress", S, pos, "ECOWAS", "party under its own name; denial of a role + welcome of the mediators' line: welcome decides (rule 3 before 4)"))
U(d, "Nigeria's President Muhammadu Buhari, who hosted Tuesday's summit", "his spokesman Femi Adesina said in a statement.",
  ("Nigeria", C, neg, "National Council for Democracy", "host of the summit, not its chair = Nigeria; attribution tail via the spokesman"))
U(d, "Ghana, which had condemned the takeover on Thursday", "to restore the transition.",
  ("Ghana", C, neg, "National Council for Democracy", "earlier condemnation in a relative clause + backing for the bloc's measures: the explicit judgement decides (rule 1, unsure)"))
U(d, "The African Union's Peace and Security Council on Friday suspended", "asset freezes against its members.",
  ("African Union", C, neg, "National Council for Democracy", "suspension, annulment and sanctions = measures against a side"))
U(d, "AU Commission chairperson Nkosazana Dlamini-Zuma described", "as an abduction.",
  ("African Union", C, neg, "National Council for Democracy", "AU Commission chair = African Union"))
U(d, "She said those who carried it out would be held personally responsible", "the safety of the hostages.",
  ("African Union", C, neg, "National Council for Democracy", "pronoun subject; holding someone responsible = condemning"))
U(d, "United Nations Secretary-General Ban Ki-moon demanded", "his spokesman said.",
  ("United Nations", T, neg, "National Council for Democracy", "demand addressed to one side with no judgement word = calling_for_talks, negative"))
U(d, "The European Union, Burkina Faso's largest donor, said", "with the greatest concern.",
  ("European Union", N, neg, "", "concern without an appeal = neutral, negative; Ouagadougou = place"))
U(d, "France's President François Hollande, whose country keeps special forces", "any part for French troops in ending it.",
  ("France", C, neg, "National Council for Democracy", "condemnation + ruling out a military role: the judgement decides"))
U(d, "In Washington, State Department spokesman John Kirby said", "well before the vote.",
  ("United States", C, neg, "National Council for Democracy", "'In Washington' = place; 'rejected outright' aimed at the guard's act = judgement"))
# No rows: hospital officials' toll (no named source); the barricades (scene); Adama the mechanic (resident, not an actor);
# the Dakar analyst (unnamed); the Mogho Naba's audience and "several people present said" (narration, unnamed);
# "The ECOWAS heads of state were expected to announce ..." (plan of a meeting, narration); reporting credits, tags, comments.
