# ------------------------------------------------------------------ Houthi seizure of the Galaxy Leader (Gulf state-media style, 2023-11-20)
d = "page_galaxy_leader_statemedia.txt"
U(d, "The Secretary-General of the Gulf Cooperation Council (GCC), Jasem Mohamed Albudaiwi, affirmed", "commercial vessels.",
  ("Gulf Cooperation Council", T, neu, "", "dateline 'MANAMA, Nov. 20 (GNS) -- ' excluded; appeal to all parties to protect navigation"))
U(d, "In a statement issued by the General Secretariat, Albudaiwi expressed", "maritime security.",
  ("Gulf Cooperation Council", S, neu, "", "concern + renewed support for efforts to safeguard maritime security; support outranks concern (no appeal in this sentence); unsure, could be neutral"))
U(d, "Yahya Saree, the military spokesman of the Houthi group, said", "to the Yemeni coast.",
  ("Houthis", N, neu, "", "own seizure reported as done, no judgement (the ship called 'Israeli')"))
U(d, "Saree added that all vessels owned by Israeli companies", "on such ships.",
  ("Houthis", C, neg, "Israel", "threat: Israeli-linked ships declared legitimate targets"))
U(d, "The group said the crew were being treated", "values and principles.",
  ("Houthis", N, pos, "", "reassurance about own conduct"))
U(d, "The head of the Houthi negotiating delegation, Mohammed Abdulsalam, said", "a battle at sea.",
  ("Houthis", C, neg, "Israel", "announced further operations ('only the beginning of a battle at sea') against Israel by context"))
U(d, "The operation, he wrote, was dedicated to the steadfast people of Gaza", "every hardship.",
  ("Houthis", S, pos, "Palestine", "solidarity with the people of Gaza; mid-sentence attribution; target = Palestine (people, not Hamas)"))
U(d, "The Israeli Prime Minister's Office blamed Iran for the seizure", "operators or crew.",
  ("Israel", C, neg, "Iran", "blames Iran, not the Houthis: target Iran; the denial of an Israeli link is in the same sentence"))
U(d, "The Israeli army said the hijacking was a dangerous escalation", "beyond the region.",
  ("Israel", C, neg, "Houthis", "army speaks for its state; 'hijacking' + 'dangerous escalation' = judgement without stock words"))
U(d, "In Tokyo, Chief Cabinet Secretary Hirokazu Matsuno told a press conference", "condemned the act.",
  ("Japan", C, neg, "Houthis", "Tokyo = place"))
U(d, "He said Japan had called directly on the Houthis", "their early release.",
  ("Japan", T, neg, "Houthis", "demand for release + mediation sought from three states (list with Oxford comma; they are addressed, not speakers)"))
U(d, "Matsuno said none of the 25 crew members were Japanese nationals.", "Japanese nationals.",
  ("Japan", N, neu, "", "surname only; fact"))
U(d, "Japanese Foreign Minister Yoko Kamikawa said Tokyo was in contact", "safety of the crew.",
  ("Japan", T, neu, "", "diplomatic contacts to secure the crew's safety = diplomatic course"))
U(d, "NYK Line said it had set up a crisis task force", "without cargo.",
  ("NYK Line", N, neu, "", "company: own measures and facts"))
U(d, "In Washington, a spokeswoman for the White House National Security Council called", "freed at once.",
  ("United States", C, neg, "Houthis", "'brazen breach of international law' + demand: rule 1; Washington = place"))
U(d, "Washington would take up the matter with its allies", "she said.",
  ("United States", C, neg, "Houthis", "capital as metonym; 'weigh further steps' = veiled threat of measures; unsure, could be calling_for_talks"))
U(d, "Iran's Foreign Ministry spokesman, Nasser Kanani, rejected the Israeli accusations", "orders from Tehran.",
  ("Iran", N, neg, "", "denial = neutral, negative"))
U(d, "The Secretary-General of the International Maritime Organization, Kitack Lim,", "conflicts at sea.",
  ("International Maritime Organization", T, neg, "", "concern + appeal for release"))
U(d, "Yemen's Minister of Foreign Affairs and Expatriates, Dr. Ahmed Awad bin Mubarak, denounced", "all nations.",
  ("Yemen", C, neg, "Houthis", "internationally recognised government = Yemen; 'piracy', 'tool serving Iran's agenda' (Iran also judged; main target the Houthis)"))
U(d, "The Philippines' Department of Foreign Affairs said 17 of the crew members", "safe return.",
  ("Philippines", T, neu, "", "figure + diplomatic effort for the crew's return"))
U(d, "Hamas praised the seizure as a courageous step", "not alone.",
  ("Hamas", S, pos, "Houthis", "praise of the Houthis' act"))
