# ------------------------------------------------------------------ Philippines-Canada garbage row after the envoys' recall (TV interview transcript, 2019-05-23)
d = "page_philippines_canada_garbage2019_tvinterview.txt"
# Not statements: channel menu, show title, air time, segment title, rush-transcript notice, speaker labels, greetings, the host's questions and links, "(COMMERCIAL BREAK)", copyright, footer links.
# "Good evening." / "Sixty-nine container vans ... are still sitting ..." = the host's narration, no row.
U(d, "A week ago Foreign Secretary Teodoro Locsin Jr. recalled our ambassador and consuls from Canada", "the May 15 deadline.",
  ("Philippines", C, neg, "Canada", "the host reports the recall (a diplomatic measure in protest) = condemning"))
U(d, "Yesterday Canada's environment minister, Catherine McKenna, said her government had hired a private firm", "by the end of June.",
  ("Canada", N, neu, "", "reported plan/contract = neutral"))
# "Frankly, no." = answer fragment, no row.
U(d, "These containers have been rotting on our wharf since 2013", "every hot afternoon.",
  ("Philippines", N, neg, "", "the SBMA chair is a government official (Philippines); description of the harm, no named culprit"))
U(d, "The President has been very clear that the waste must leave", "dragging its feet.",
  ("Philippines", C, neg, "Canada", "the Palace's threat to ship it back + 'dragging its feet' = condemning; 'Malacañang' = metonym"))
U(d, "We are ready at the Subic terminal to move the moment a ship is alongside.", "a ship is alongside.",
  ("Philippines", N, neu, "", "own readiness = neutral"))
# "Presidential spokesman Salvador Panelo went further." = the host's lead-in, no row.
U(d, "He said the President had instructed the government to hire a commercial shipping line", "Canadian territorial waters.",
  ("Philippines", C, neg, "Canada", "reported in the host's question: a threat to dump the cargo in Canadian waters = condemning"))
U(d, "It is a serious instruction, and we are treating it seriously.", "we are treating it seriously.",
  ("Philippines", N, neu, "", "own compliance with an instruction = neutral"))
U(d, "I think it shows Ottawa that the Philippines will not be anybody's landfill.", "anybody's landfill.",
  ("Philippines", C, neg, "Canada", "defiant warning aimed at Ottawa = condemning"))
U(d, "Ottawa's foreign ministry said last week it regretted the recall of our ambassador", "settle the matter soon.",
  ("Canada", C, neg, "Philippines", "'regretted' the recall = judgement (guide: 'regrettable'), joined to a hope; rule 1 (unsure: could be calling_for_talks)"))
U(d, "It has clearly helped.", "It has clearly helped.",
  ("Ramon Dizon", S, pos, "Philippines", "invented scholar; approval of the recall"))
U(d, "For six years Canada treated this as a commercial quarrel", "pulled its diplomats.",
  ("Ramon Dizon", C, neg, "Canada", "charge of foot-dragging, no stock word"))
U(d, "That is not a proud record for a country that lectures others on the environment.", "on the environment.",
  ("Ramon Dizon", C, neg, "Canada", "judgement (hypocrisy)"))
U(d, "No, and I would say so to the Palace directly.", "to the Palace directly.",
  ("Ramon Dizon", C, neg, "Philippines", "answer to the host: disapproval of the Palace's threat"))
U(d, "The threat makes for a good headline, but it undercuts the legal case", "very strong.",
  ("Ramon Dizon", C, neg, "Philippines", "judgement of the government's threat"))
U(d, "The shipment broke the Basel Convention, and the Philippines should keep the argument", "it has just signed.",
  ("Ramon Dizon", C, neg, "Canada", "'broke the Basel Convention' = judgement (rule 1 over the advice to Manila)"))
# "Yes." = answer fragment, no row.
U(d, "Embassy officers came to the freeport last Monday with the shipping company's people", "the containers and the terminal.",
  ("Canada", N, neu, "", "Canada's act reported by a Philippine official: an inspection visit = neutral"))
U(d, "They were courteous and cooperative, and we will give them every assistance", "to get the job done.",
  ("Philippines", S, pos, "Canada", "praise + offer of assistance = supporting"))
U(d, "Canada's ambassador, John Holmes, has told reporters more than once that Ottawa would see this through.", "would see this through.",
  ("Canada", N, pos, "", "the host reports Canada's commitment about its own conduct = neutral, positive"))
# "Do you believe him now?" = the host's question, no row.
U(d, "I believe it when I see the ship.", "when I see the ship.",
  ("Philippines", N, neg, "", "doubt, no explicit judgement = neutral, negative"))
U(d, "Promises have been made before, in 2015, in 2017, and nothing moved.", "nothing moved.",
  ("Philippines", C, neg, "Canada", "charge of broken promises = condemning"))
U(d, "Environmental groups, EcoWaste Coalition among them, held another picket outside the Canadian embassy", "for good.",
  ("EcoWaste Coalition", C, neg, "Canada", "a named NGO (organisation): protest picket at Canada's embassy + call for a ban; the protest decides"))
# "It should." = answer fragment, no row.
U(d, "Congress ought to pass the import ban that has been sitting in committee", "act together.",
  ("Ramon Dizon", N, neu, "", "domestic legislative advice + regional cooperation, neither a judgement nor an appeal for talks between parties (unsure)"))
U(d, "Malaysia and Indonesia are finding the same kind of containers in their ports", "a common rule.",
  ("Ramon Dizon", T, neu, "ASEAN", "proposes a common rule negotiated in ASEAN = a diplomatic course (unsure)"))
# "There are calls in the Senate ..." = no named speaker, no row.
U(d, "Whatever the Senate does, the customs bureau has to be able to open and inspect", "declared as recyclable.",
  ("Ramon Dizon", N, neu, "", "procedural recommendation, no judgement"))
U(d, "That is for the Secretary to decide, but I would expect so.", "I would expect so.",
  ("Philippines", N, neu, "", "procedure = neutral"))
U(d, "We have no quarrel with the Canadian people.", "with the Canadian people.",
  ("Philippines", N, pos, "", "reassurance = neutral, positive"))
U(d, "Once the containers are on their way, we can go back to the good relationship we had.", "the good relationship we had.",
  ("Philippines", T, pos, "Canada", "hope for normal ties = calling_for_talks"))
