# ------------------------------------------------------------------ Kosovo police operation in the north; UNMIK staff detained (UN noon briefing, 2019-05-28)
d = "page_kosovo_unmik_raid2019_unbriefing.txt"
# Not statements: site header, briefing title, date, transcript note, "Good afternoon..." opener, topic headers (**Kosovo etc.),
# the journalists' own questions ("Does the Secretary-General agree ...?", "So you are not condemning ...?"), sign-off, footer lines.
U(d, "The UN Interim Administration Mission in Kosovo (UNMIK) informs us", "in the north of Kosovo.",
  ("United Nations", N, neu, "", "UNMIK via the Spokesperson: facts of the detention, no evaluation"))
U(d, "One of them, an international staff member, was injured", "later in the day.",
  ("United Nations", N, neu, "", "facts continued from UNMIK's account; no named culprit"))
U(d, "The Mission has reminded the authorities in Pristina that UN personnel enjoy privileges", "its international colleague.",
  ("United Nations", T, neu, "Kosovo", "reminder of immunities + demand of release, no judgement word = calling_for_talks (unsure: could be read as a protest)"))
U(d, "The Secretary-General is following the developments in the north of Kosovo with concern.", "with concern.",
  ("United Nations", N, neg, "", "concern with no appeal in the unit = neutral, negative"))
U(d, "He calls on all sides to exercise maximum restraint", "in a proportionate manner.",
  ("United Nations", T, neu, "", "SG's appeal to all sides relayed by the Spokesperson = calling_for_talks"))
U(d, "The Special Representative, Zahir Tanin, has been in contact with the authorities", "since early this morning.",
  ("United Nations", T, neu, "", "contacts with both capitals and missions = diplomatic engagement (unsure: could be neutral narration of contacts)"))
U(d, "Turning to Libya, the Secretary-General is alarmed by the continued fighting around Tripoli", "more than 90,000 people.",
  ("United Nations", N, neg, "", "alarm + displacement figure, no appeal in the unit = neutral"))
U(d, "He reiterates that there can be no military solution", "Ghassan Salamé.",
  ("United Nations", T, neu, "", "appeal for a ceasefire and the political process"))
U(d, "The Redeployment Coordination Committee continues its work with the parties", "earlier this month.",
  ("United Nations", N, neu, "", "UN committee's work reported = procedural line"))
U(d, "The Special Envoy, Martin Griffiths, welcomes the steps taken so far", "agreed in Stockholm.",
  ("United Nations", T, pos, "", "welcome joined to an appeal to move to the next agreed phase, no judgement = calling_for_talks (rule 2 before 3)"))
U(d, "And on Mozambique, the UN and its partners have now reached more than a million people", "since Cyclone Idai struck in March.",
  ("United Nations", S, pos, "Mozambique", "aid provided = supporting"))
# "The Flash Appeal is just over 40 per cent funded." = a funding figure, no actor taking a position (left without a row).
U(d, "On Kosovo, the Russian Foreign Ministry says the detention of a Russian UN staff member was a premeditated act", "must face justice.",
  ("Russia", C, neg, "Kosovo", "a journalist's question reporting Russia's position = Russia's statement (labels/README); 'premeditated act' against a UN employee + demand that the officers face justice"))
U(d, "What I can tell you is that our colleague was detained while carrying out his duties", "as a UN staff member.",
  ("United Nations", N, neu, "", "facts + status of immunity, no evaluation"))
U(d, "We expect the authorities to respect that, and we are in contact with them to secure his release.", "to secure his release.",
  ("United Nations", T, neu, "Kosovo", "expectation addressed to the authorities + contacts for release = calling_for_talks"))
U(d, "I am not going to characterize it beyond what I have said.", "beyond what I have said.",
  ("United Nations", N, neu, "", "declines to characterise = procedural, neutral"))
U(d, "We want to see our colleague released and properly cared for, and we want to see the facts established.", "the facts established.",
  ("United Nations", T, neu, "", "appeal for release, care and fact-finding, no judgement = calling_for_talks"))
U(d, "The Serbian President, Aleksandar Vučić, told parliament today that the operation was an attempt to frighten Serbs", "on full alert.",
  ("Serbia", C, neg, "Kosovo", "question reporting Serbia's position: accusation + raised alert (a threatened response)"))
U(d, "As I said, the Secretary-General calls on everyone to show restraint.", "to show restraint.",
  ("United Nations", T, neu, "", "appeal for restraint to all"))
U(d, "We have seen the statements coming from Belgrade, and we would encourage all leaders", "rather than inflames.",
  ("United Nations", T, neu, "", "appeal to all leaders to calm their language; Belgrade named as a place of statements, not judged explicitly (unsure: implied rebuke)"))
U(d, "The Prime Minister, Ramush Haradinaj, says it was a police action against organized crime", "nothing to do with ethnicity.",
  ("Kosovo", N, neu, "", "question reporting Kosovo's position: description of own operation + denial of ethnic motive = neutral"))
U(d, "I think the mission has been in touch with the Prime Minister's office.", "the Prime Minister's office.",
  ("United Nations", N, neu, "", "contacts reported, procedural"))
U(d, "Obviously, any police operation needs to respect the rights of those detained, whoever they are.", "whoever they are.",
  ("United Nations", T, neu, "", "principle addressed to the police, framed as an appeal (protection of detainees), no judgement"))
U(d, "Dr. Milan Ivković at the hospital in North Mitrovica told local media this morning", "consistent with beatings.",
  ("Milan Ivković", N, neg, "", "invented doctor (independent witness), reported in a question; medical facts, no judgement of an actor"))
U(d, "Yes, mission staff have visited him.", "mission staff have visited him.",
  ("United Nations", N, neu, "", "fact"))
U(d, "Jovana Radić, who runs a rule-of-law project at the Belgrade Policy Institute, says UNMIK has become irrelevant", "about the operation in advance.",
  ("Jovana Radić", C, neg, "United Nations", "invented analyst, reported in a question; judgement of UNMIK ('irrelevant')"))
U(d, "I'm not aware that the Mission was informed in advance.", "informed in advance.",
  ("United Nations", N, neu, "", "fact as known to the Spokesperson"))
U(d, "I would not agree that the Mission is irrelevant.", "the Mission is irrelevant.",
  ("United Nations", N, neg, "", "rejects a critic's charge = denial, neutral with a negative tone"))
U(d, "It continues to carry out its mandate under resolution 1244 (1999)", "remains important.",
  ("United Nations", N, pos, "", "self-defence of the mission's role = self-praise, neutral, positive"))
U(d, "The Council will have its regular discussion on Kosovo in June", "will brief then.",
  ("United Nations", N, neu, "", "procedural line"))
U(d, "On Libya, General Haftar's forces say they are fighting terrorists in Tripoli.", "fighting terrorists in Tripoli.",
  ("Libyan National Army", C, neg, "", "question reporting Haftar's forces' position: branding the enemy 'terrorists' = condemning; target = the Tripoli-based forces, not a canonical name here -> empty"))
U(d, "Mr. Salamé remains in contact with all the parties.", "with all the parties.",
  ("United Nations", N, neu, "", "contacts reported (unsure: could be calling_for_talks)"))
U(d, "The Secretary-General's message to everyone involved has been consistent", "return to the table.",
  ("United Nations", T, neg, "", "'stop the fighting and return to the table' = calling_for_talks"))
# "Nothing to announce today. ..." = no position, no row.
