# ------------------------------------------------------------------ Attack on the ASEAN humanitarian convoy in Hsihseng, Shan State (Indonesian foreign-ministry release with the ASEAN Chair's statement, 2023-05-09)
d = "page_asean_convoy_hsihseng2023_kemlurelease.txt"
# Not statements: ministry masthead, menu, language bar, search box, breadcrumb, headline (carries positions), place/date/category
# line, photo caption and credit, the crosshead "Briefing on the Foreign Ministers' Meeting", the box title "Voices from the field",
# the statement's title, its place/date line, share bar, tags, Related Press Releases, address and copyright.
U(d, "The Government of Indonesia strongly condemns the armed attack", "southern Shan State, Myanmar.",
  ("Indonesia", C, neg, "", "the ministry's release; condemnation without a named culprit -> target empty"))
# "The convoy, which included officials from the Embassies ..." = narration of the incident, no row.
U(d, "The Ministry has confirmed that all members of the convoy are safe", "in good health.",
  ("Indonesia", N, pos, "", "facts given by the ministry about its own staff = neutral (relief -> positive)"))
U(d, "Speaking to journalists in Labuan Bajo on 8 May, President Joko Widodo, in his capacity as Chair of ASEAN", "the violence in Myanmar.",
  ("ASEAN", T, pos, "", "a head of state speaking as chair of the body speaks for the body (guide); resolve to end the violence = calling_for_talks"))
U(d, "\"Weapons will not settle Myanmar's future;", "the President said.",
  ("ASEAN", T, pos, "", "same speaker, still as Chair; appeal for dialogue among all parties, no judgement; multi-sentence quote closed by 'the President said'"))
# "Foreign Minister Retno L.P. Marsudi ... said she had spoken by telephone with ..." = a call reported in narrative, no position taken; no row.
U(d, "Minister Balakrishnan conveyed that the two staff members", "condemning the attack.",
  ("Singapore", C, neg, "", "Singapore's position reported by the Indonesian minister (X reported by Y = X's statement); 'joined Indonesia in condemning' decides; attacker unnamed -> target empty; Indonesia is only the reference point here (its condemnation has its own row above), no second row"))
U(d, "Both ministers agreed that those who carry aid to civilians", "bears that duty.",
  ("Indonesia", T, neu, "", "joint position of two ministers -> one row per state; protection of aid workers and diplomats, addressed to all parties = calling_for_talks"),
  ("Singapore", T, neu, "", "the same agreed appeal, Singapore's row"))
U(d, "The Minister stated that the Myanmar authorities, through their Embassy in Jakarta", "had returned fire.",
  ("Myanmar", C, neg, "", "junta's account relayed by Indonesia: blames 'terrorist groups' (its term for the armed resistance, no canonical target) -> condemning, target empty; Indonesia only relays, no row for it"))
U(d, "In remarks carried by the state-run Global New Light of Myanmar", "no member of the convoy was injured.",
  ("Myanmar", N, neu, "", "'in remarks carried by' the state newspaper (not an actor); own forces' account, no judgement = neutral"))
U(d, "The Minister further noted that the National Unity Government had sent word", "involved in the incident.",
  ("National Unity Government", N, neg, "", "denial relayed by the Indonesian minister = neutral, negative"))
U(d, "Indonesia welcomes that message and calls on all parties", "without obstruction.",
  ("Indonesia", T, pos, "", "welcome joined to an appeal for humanitarian access, no judgement -> calling_for_talks (rule 2 before rule 3; README: welcome with a peace appeal); appeal to all parties -> target empty"))
U(d, "Indonesia is not in a position to determine who was responsible", "a full account of what took place.",
  ("Indonesia", N, neu, "", "procedure: request for a factual account, no judgement, no appeal to the parties"))
U(d, "Ministers from Malaysia, Singapore and the Philippines voiced deep concern", "according to the Chair.",
  ("Malaysia", N, neg, "", "list of states -> one row each; concern without an appeal = neutral, negative; 'according to the Chair' is the source, not a position"),
  ("Singapore", N, neg, "", "listed state; concern without appeal"),
  ("Philippines", N, neg, "", "listed state; concern without appeal"))
# "Myanmar was not represented at the political level." = narration, no row.
U(d, "\"The Chair's engagement with all stakeholders in Myanmar has been quiet", "Minister Marsudi said.",
  ("ASEAN", T, neu, "", "the foreign minister of the chair speaking of 'the Chair's engagement' at the ASEAN ministers' meeting speaks for ASEAN (guide); commitment to continued engagement = calling_for_talks"))
U(d, "The Minister also informed that the Special Envoy of the United Nations Secretary-General on Myanmar", "humanitarian work in Myanmar.",
  ("United Nations", S, pos, "ASEAN", "UN envoy's position relayed by Retno; 'full backing for ASEAN's humanitarian work' = supporting ASEAN"))
U(d, "The Ministry takes note of statements by several ASEAN Dialogue Partners, including the United States", "condemning the attack.",
  ("United States", C, neg, "", "US condemnation reported second-hand by the ministry; attacker unnamed -> target empty; 'takes note' is no position of Indonesia (no row)"))
U(d, "The Executive Director of the AHA Centre, Lee Yam Ming, reported", "pending a security review.",
  ("ASEAN", N, neu, "", "the AHA Centre is an ASEAN body -> ASEAN; own operational step = neutral"))
U(d, "Asked by a journalist about the view of Professor Dewi Anggraini Lubis", "results on the ground.",
  ("Dewi Anggraini Lubis", C, neg, "Myanmar", "invented scholar; her position in a reported clause: a call to suspend Myanmar's membership = measure against it -> condemning"),
  ("ASEAN", N, neu, "", "Retno as chair of the meeting: 'the Chair was focused on results' = no judgement, no appeal -> neutral"))
U(d, "\"Suspension is not on the table today.", "Minister Marsudi replied.",
  ("ASEAN", T, neu, "", "the chair's reply: refusal of suspension + 'the violence stops' appeal = calling_for_talks (unsure: 'our priority' could be read as Indonesia's)"))
U(d, "Indonesia will continue to channel its contributions to humanitarian assistance", "through the AHA Centre.",
  ("Indonesia", S, pos, "", "backing by act: continued humanitarian contributions = supporting; aimed at the people of Myanmar, not the state -> target empty"))
U(d, "A Pa-O community elder in Hsihseng, Sai Hla Myint", "since the storms in late April.",
  ("Sai Hla Myint", N, neg, "", "invented local elder (person); facts about shortages, no position"))
U(d, "\"We heard the shooting from the village.", "he said.",
  ("Sai Hla Myint", T, neg, "", "asks for the aid to come again (humanitarian access), blames no one ('do not ask who fired') = calling_for_talks"))
U(d, "1. ASEAN strongly condemns the armed attack of 7 May 2023", "Shan State, Myanmar.",
  ("ASEAN", C, neg, "", "the Chair's statement speaks for ASEAN; culprit unnamed -> target empty"))
U(d, "2. We are relieved that all members of the convoy were unharmed", "accompanied the mission.",
  ("ASEAN", S, pos, "", "appreciation to two states -> target empty (two targets)"))
U(d, "3. We call on all parties concerned in Myanmar to immediately cease violence", "humanitarian and diplomatic personnel.",
  ("ASEAN", T, neu, "", "appeal to all parties: cessation, restraint, safe passage"))
U(d, "4. Any attempt to obstruct the delivery of humanitarian assistance", "is unacceptable.",
  ("ASEAN", C, neg, "", "'unacceptable' aimed at an act (the obstruction) = judgement; no named culprit -> target empty"))
U(d, "5. ASEAN remains committed to the full implementation of the Five-Point Consensus", "an inclusive national dialogue.",
  ("ASEAN", T, pos, "", "commitment to the peace plan and an inclusive dialogue = calling_for_talks"))
