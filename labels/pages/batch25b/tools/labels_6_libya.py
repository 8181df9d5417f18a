# ------------------------------------------------------------------ Libya: Fathi Bashagha's entry into Tripoli and retreat (regional daily, scraped, 2022-05-18)
d = "page_libya_bashagha_tripoli2022_regionaldaily.txt"
# Not statements: masthead, city bar, dates, menu, breadcrumb, headline, standfirst, desk byline, time stamps, share/comment counts,
# [Photo n/4] captions with credits, ADVERTISEMENT, crossheads, Related line, tags, most read, newsletter, reader comments, footer.
U(d, "Fathi Bashagha, the prime minister named by Libya's eastern-based parliament, pulled out of Tripoli", "spare the city further bloodshed.",
  ("Government of National Stability", N, neu, "", "lede: the retreat is narration; the government's own reason (to spare bloodshed) = explanation of own act, no appeal to others = neutral"))
# "Bashagha's arrival before dawn touched off exchanges of fire ..." = narration, no row.
U(d, "His office said in an overnight statement that he had arrived with several ministers", "working from the capital.",
  ("Government of National Stability", N, neu, "", "his office = the parallel government; announcement of its own move = neutral"))
U(d, "In a video posted soon afterwards, Bashagha said his government had come", "rejected its appointment.",
  ("Government of National Stability", T, pos, "", "offer of an open door to opponents, 'not to fight' = offer of talks = calling_for_talks"))
U(d, "Later on Tuesday, his office said the prime minister and his delegation had chosen to leave", "caught in the crossfire.",
  ("Government of National Stability", N, neu, "", "withdrawal explained, no protest or judgement = neutral (guide rule 4)"))
# "A member of Bashagha's escort was killed ..., according to sources close to his government." = unnamed sources, casualty figure, no row.
U(d, "The Government of National Unity of Abdul Hamid Dbeibah, which says it will hand power only", "seize the capital by force.",
  ("Government of National Unity", C, neg, "Government of National Stability", "'reckless attempt by outlaw groups' = judgement of the incursion"))
U(d, "In a televised address on Tuesday evening, Dbeibah said the people of Tripoli had shut the door on adventurers", "produced by the ballot box.",
  ("Government of National Unity", C, neg, "Government of National Stability", "surname only; 'adventurers' = judgement without stock words; refusal to hand over"))
U(d, "The Dbeibah government's defence ministry had ordered on Monday night", "published on its official page.",
  ("Government of National Unity", C, neg, "", "order to fire on unauthorised convoys = threatened response; no named target -> empty"))
U(d, "In the east, the spokesman of the House of Representatives, Abdullah Bliheg, said the clashes proved", "held hostage by militias.",
  ("Libyan House of Representatives", C, neg, "Government of National Unity", "spokesman named first by role; 'held hostage by militias' = judgement of the Tripoli government"))
U(d, "Bliheg said the chamber stood fully behind the Bashagha cabinet", "any Libyan city.",
  ("Libyan House of Representatives", S, pos, "Government of National Stability", "speaker carried by surname into the next paragraph; backing = supporting"))
# "The Libyan National Army of Khalifa Haftar, which backs Bashagha, made no comment." = non-answer, no row.
U(d, "The Presidential Council, headed by Mohamed al-Menfi, called on all military units", "out of the political dispute.",
  ("Libyan Presidential Council", T, neu, "", "appeal to de-escalate, no judgement = calling_for_talks"))
U(d, "Stephanie Williams, the UN Secretary-General's special adviser on Libya, wrote on Twitter", "to both camps.",
  ("United Nations", T, neg, "", "alarm + only negotiations can settle it + good offices = calling_for_talks"))
U(d, "Williams noted that delegations of the House of Representatives and the High Council of State", "constitutional basis for elections.",
  ("United Nations", N, neu, "", "meeting listed as a fact = neutral; not a statement of the two delegations (labels/README)"))
U(d, "In Washington, State Department spokesperson Ned Price said the United States was watching", "hold their fire.",
  ("United States", T, neg, "", "concern + appeal to hold fire = calling_for_talks"))
U(d, "Richard Norland, the US special envoy and ambassador, said in a later message", "held to account.",
  ("United States", C, neg, "", "warning of accountability = threat; no actor named -> target empty"))
U(d, "EU foreign policy chief Josep Borrell, arriving for a meeting of EU foreign ministers", "deep worry for Europe.",
  ("European Union", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "France, Germany, Italy, the United Kingdom and the United States, in a joint statement", "endanger civilians.",
  ("France", T, neg, "", "joint statement by a list: one row per state; concern + appeal to protect civilians = calling_for_talks"),
  ("Germany", T, neg, "", "joint statement, second signatory"),
  ("Italy", T, neg, "", "joint statement, third signatory"),
  ("United Kingdom", T, neg, "", "joint statement, fourth signatory"),
  ("United States", T, neg, "", "joint statement, fifth signatory"))
U(d, "Turkey, which has troops and military advisers in western Libya", "its foreign ministry said.",
  ("Turkey", T, neu, "", "appeal to preserve the ceasefire; attribution tail"))
U(d, "Egypt's foreign ministry, which welcomed the parliament's choice of Bashagha earlier this year", "without naming either side.",
  ("Egypt", T, neu, "", "appeal for calm; the earlier welcome is background in a relative clause (no separate row)"))
U(d, "Salma Gherbi, a Libya researcher at the Tunis-based Maghreb Institute for Strategic Studies", "support was in the capital.",
  ("Salma Gherbi", N, neg, "", "invented independent researcher; assessment of weakness, no judgement"))
U(d, "\"He bet that the armed groups would step aside once he was inside", "Gherbi said.",
  ("Salma Gherbi", N, neg, "", "assessment of a failed gamble, no moral judgement = neutral, negative (unsure: could be read as condemning Bashagha)"))
U(d, "She said Libya's foreign partners should press both prime ministers", "prevail by force.",
  ("Salma Gherbi", T, neu, "", "appeal for a single electoral timetable = calling_for_talks"))
U(d, "In the Souq al-Juma district, shopkeeper Marwan Shibani said he had pulled down his shutters", "not in our streets\".",
  ("Marwan Shibani", T, pos, "", "invented resident; narration + hope that the quarrel is settled at a table = calling_for_talks"))
