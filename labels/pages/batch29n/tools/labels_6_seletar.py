# ------------------------------------------------------------------ Seletar ILS and the Pasir Gudang restricted area (explainer, 2019-01-10)
d = "page_singapore_malaysia_seletar_ils2019_explainer.txt"
SG, MY = "Singapore", "Malaysia"
# Not statements: section label, headline, date/read time, listen/share bar, the Q&A subheadings, related links, newsletter prompt, copyright.
U(d, "Singapore and Malaysia agreed on Tuesday to suspend, for a month", "since December.",
  (SG, T, neu, MY, "agreed mutual suspension = de-escalation agreed; the following 'Here is what happened' sentence is the piece's own signpost, no row"),
  (MY, T, neu, SG, "joint agreement, one row per state"))
# "Singapore planned to introduce ..." and "The new procedures, due to start ..." = narration, no row.
U(d, "Malaysia objected, saying the flight path would limit the height", "port cranes in Pasir Gudang.",
  (MY, C, neg, SG, "objection with a grievance stated = condemning"))
U(d, "It then declared a permanent restricted area over the town", "disrupt landings at Seletar.",
  (MY, C, neg, SG, "'it' = Malaysia; a retaliatory restricted zone = measure against the other side"),
  (SG, N, neg, "", "reported clause: effect on Seletar landings, a complaint stated as consequence (unsure: could be condemning)"))
# "Since the 1970s, under arrangements ..." = background, no row.
U(d, "Transport Minister Khaw Boon Wan has argued that the new procedures change nothing", "for Malaysia.",
  (SG, N, neg, "", "rebuttal of Malaysia's case = denial -> neutral"))
U(d, "In remarks to reporters last month, he said that the arrangement had served", "the sky over Johor.",
  (SG, C, neg, MY, "accusation of using a pretext, no stock word"))
U(d, "Khaw said Singapore was ready to sit down with Malaysian aviation officials", "at any time.",
  (SG, T, neu, "", "surname only; offer of talks"))
U(d, "The Ministry of Transport said in a statement that Malaysia's restricted area would put safety at risk", "to withdraw it.",
  (SG, C, neg, MY, "negative judgement on the zone + demand: rule 1"))
U(d, "Foreign Minister Vivian Balakrishnan, after meeting his Malaysian counterpart", "while officials talked.",
  (SG, T, neu, "", "agreed pause for talks"))
U(d, "\"Good neighbours can disagree without shouting across the Strait,\"", "Balakrishnan said.",
  (SG, T, pos, "", "appeal for calm between neighbours"))
U(d, "Transport Minister Anthony Loke has said the flight path would stunt", "properly consulted.",
  (MY, C, neg, SG, "complaint of harm and lack of consultation"))
U(d, "Loke asked Singapore to scrap the procedures", "redraw the approach.",
  (MY, T, neg, SG, "demand to one side with no judgement word (README: calling_for_talks) (unsure)"))
U(d, "Malaysia sent a protest note to Singapore in early December", "he said.",
  (MY, C, neg, SG, "protest note = condemning"))
# "The government has gone further." = link sentence, no row.
U(d, "Loke told parliament in December that Malaysia intends to take back control", "end of this year.",
  (MY, N, neu, "", "announced plan about its own airspace, no threat or judgement stated (unsure: could be read as a countermeasure)"))
U(d, "In remarks carried by the national news agency Bernama, Prime Minister Mahathir Mohamad said", "not through confrontation.",
  (MY, T, neu, "", "'in remarks carried by' agency; seeks a negotiated return"))
U(d, "Foreign Minister Saifuddin Abdullah said after Tuesday's meeting", "through negotiation.",
  (MY, T, pos, "", "suspension as sign of will to negotiate"))
U(d, "Johor's Menteri Besar, Osman Sapian, said the state would not accept", "investment in Pasir Gudang.",
  (MY, C, neg, SG, "state official resolves to Malaysia; refusal aimed at the Singapore procedures (unsure: conditional)"))
U(d, "Yes. In October, Malaysia extended the port limits of Johor Bahru", "regards as its own.",
  (MY, N, neu, "", "specific act reported (extension of port limits), no judgement stated"))
U(d, "Singapore answered by extending its own Tuas port limits", "Malaysian government vessels.",
  (SG, C, neg, MY, "counter-measure + protest of intrusions"))
U(d, "Singapore's foreign ministry said the Malaysian ships had no business being there", "that they leave.",
  (SG, C, neg, MY, "judgement ('no business') + demand"))
U(d, "Malaysia denied that its vessels had entered Singapore's waters.", "Singapore's waters.",
  (MY, N, neg, "", "denial = neutral, negative"))
# "The UN aviation agency has avoided taking sides." = summary line, no row.
U(d, "An ICAO spokesperson said the organisation had received correspondence", "any formal request.",
  ("International Civil Aviation Organization", N, neu, "", "procedural line"))
# "Indonesia, which has its own long campaign ..., has followed the row closely." = narration, no position.
U(d, "Indonesian officials have said publicly that Jakarta still plans", "to move faster.",
  ("Indonesia", T, neu, SG, "officials of a named government; plan + wish for faster talks = calling_for_talks"))
U(d, "Tan Li Ming, who teaches aviation law at a Singapore university, said", "not the whole story.",
  ("Tan Li Ming", N, neu, "", "invented scholar; legal assessment"))
U(d, "\"Delegated airspace is a service, not a gift", "Tan said.",
  ("Tan Li Ming", C, neg, MY, "judgement on the use of a military zone"))
U(d, "Mohd Faisal Rahim, a senior analyst at a Kuala Lumpur policy institute, said", "drive the dispute.",
  ("Mohd Faisal Rahim", C, neg, "", "invented analyst; criticism of both governments -> target empty"))
U(d, "\"Each side has shown it can hurt the other.", "Rahim said.",
  ("Mohd Faisal Rahim", T, neu, "", "appeal to sit down = calling_for_talks"))
U(d, "He said the one-month pause was the first sensible step", "since November.",
  ("Mohd Faisal Rahim", S, pos, "", "approval of the pause; the implied criticism of earlier steps is not explicit (unsure: rule 1)"))
# "The two transport ministers are expected to meet ..." = narration, no row.
