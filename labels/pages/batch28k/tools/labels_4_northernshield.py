# ------------------------------------------------------------------ Operation Northern Shield, UNIFIL confirms a tunnel (UN noon briefing, 2018-12-06)
d = "page_lebanon_northernshield_tunnels2018_noonbriefing.txt"
# Not statements: site header, title, date, transcript note, ** crossheads, speaker labels alone, reporters' bare questions
# ("Is the Secretary-General going to do that?", "Has UNIFIL had cooperation from the army?", "Is there a date?", "Any reaction?",
# "Has Hezbollah said anything to the UN?", "Is that enough for the UN?", the Houthi question), 'For information media', footer.
U(d, "As you will have seen, the consultations on Yemen opened", "Martin Griffiths.",
  ("United Nations", N, neu, "", "the Spokesman announces the opening of talks = fact"))
U(d, "The Secretary-General thanks the Government of Sweden for hosting the talks", "without preconditions.",
  ("United Nations", T, pos, "", "thanks to the host + encouragement to negotiate in good faith: the appeal decides (rule 2)"))
U(d, "Turning to Lebanon, the Head of Mission and Force Commander", "in northern Israel.",
  ("United Nations", N, neu, "", "the mission's own act (an inspection), no evaluation"))
U(d, "After the visit, the mission stated that its team had seen a tunnel", "from the Blue Line.",
  ("United Nations", N, neu, "", "finding stated as fact, no blame"))
U(d, "The mission is pressing the parties to act on this without delay", "deal with the matter.",
  ("United Nations", T, neu, "Lebanon", "request to the Lebanese authorities to take measures, no judgement = calling_for_talks"))
U(d, "The Force Commander also said that UNIFIL's investigation was continuing", "tripartite mechanism.",
  ("United Nations", N, neu, "", "procedure"))
U(d, "The Secretary-General has been following the situation closely, and he calls on all parties", "avoid any misunderstanding.",
  ("United Nations", T, neu, "", "monitoring + appeal for restraint to all"))
# "The Secretary-General spoke by phone yesterday with Prime Minister Benjamin Netanyahu ..." = a call in narration, no row.
U(d, "From Katowice, the Secretary-General will return", "high-level segment.",
  ("United Nations", N, neu, "", "travel plan"))
U(d, "The Israeli Prime Minister's office said after yesterday's call", "without ambiguity.",
  ("Israel", C, neg, "Hezbollah", "reporter's question relaying Israel's position (labels/README: that actor's statement); 'act of aggression' + demand that the UN denounce Hezbollah"))
U(d, "Spokesman: I think the Secretary-General's position on the importance of the full respect of resolution 1701 is very clear.", "very clear.",
  ("United Nations", T, neu, "", "insists on respect of the resolution, no actor judged = appeal"))
U(d, "What UNIFIL has done today is to establish the facts on the ground", "that is where we are.",
  ("United Nations", N, neu, "", "fact-finding, declines to go further"))
U(d, "Spokesman: Any activity of this kind in the area of operations would be of serious concern", "as a matter of urgency.",
  ("United Nations", N, neg, "", "concern with no appeal = neutral, negative; no actor named"))
U(d, "The legal characterization will come once the investigation is done.", "investigation is done.",
  ("United Nations", N, neu, "", "procedural line"))
U(d, "Question: On the Lebanese side, the Lebanese Army said in a statement", "stirring tension.",
  ("Lebanon", C, neg, "Israel", "the army speaks for its state; readiness to confront + accusation, relayed in a question"))
U(d, "President Michel Aoun also told a Western delegation in Baabda", "informed of any tunnel.",
  ("Lebanon", N, neg, "", "Lebanon was not told of any tunnel: a denial of knowledge = neutral"))
U(d, "Spokesman: The Lebanese Armed Forces are our key partner in the south", "in contact with them throughout.",
  ("United Nations", S, pos, "Lebanon", "praise of the army as a partner = approval (unsure: could be neutral description)"))
U(d, "Question: Steph, a researcher at the Beirut Centre for Strategic Affairs, Dr. Leila Haddad, argued", "no immediate threat.",
  ("Leila Haddad", C, neg, "Israel", "invented analyst, relayed in a question; says the publicity is staged for a domestic audience = negative judgement (unsure)"))
U(d, "Spokesman: I'm not going to comment on analysis.", "comment on analysis.",
  ("United Nations", N, neu, "", "declines to comment = neutral"))
U(d, "Question: Israel has asked for a meeting of the Security Council.", "the Security Council.",
  ("Israel", N, neu, "", "request for a Council meeting, no grievance stated in the unit = procedural"))
U(d, "The National Security Adviser, John Bolton, said the United States strongly backed Israel's efforts", "stop their provocations.",
  ("United States", C, neg, "Iran", "backing of Israel + 'provocations' of Iran and its proxies: the judgement decides (rule 1)"))
U(d, "Our focus is on UNIFIL's work on the ground and on keeping calm along the Blue Line.", "along the Blue Line.",
  ("United Nations", T, neu, "", "keeping calm = de-escalation appeal"))
U(d, "The Russian Foreign Ministry said it hoped the Israeli activity", "pretext for escalation.",
  ("Russia", T, neu, "Israel", "hope with a warning against escalation, no explicit judgement = calling_for_talks (unsure: 'pretext' hints at suspicion)"))
U(d, "Spokesman: I think everyone shares the wish to avoid escalation", "has been sending.",
  ("United Nations", T, neu, "", "appeal to avoid escalation"))
U(d, "Question: There's an Israeli resident in Metula, Eli Ben-Harosh", "nobody had listened to them.",
  ("Eli Ben-Harosh", N, neg, "", "invented local resident, relayed in a question; grievance aimed at no named actor = neutral, negative"))
U(d, "What I can tell you is that the mission is present", "doing its job.",
  ("United Nations", N, pos, "", "self-reassurance"))
U(d, "Our interlocutors are the Government of Lebanon and the Government of Israel.", "Government of Israel.",
  ("United Nations", N, neu, "", "procedural"))
U(d, "The Lebanese caretaker Prime Minister, Saad Hariri, said his government remained committed", "slide into war.",
  ("Lebanon", T, pos, "", "commitment to the resolution and to keeping war away = de-escalation (unsure: could be neutral reassurance)"))
U(d, "Spokesman: We welcome the commitment of the Lebanese Government to the resolution", "shared with them.",
  ("United Nations", T, pos, "Lebanon", "welcome joined to an appeal to follow up, no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "Spokesman: The Special Envoy announced the signing of the prisoner exchange agreement", "implemented quickly.",
  ("United Nations", T, pos, "", "hope that the agreement is carried out = calling_for_talks"))
