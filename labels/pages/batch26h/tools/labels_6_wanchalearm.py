# ------------------------------------------------------------------ Abduction of Wanchalearm Satsaksit in Phnom Penh (regional daily, scraped, 2020-06-10)
d = "page_wanchalearm_phnompenh_abduction2020_regionaldaily.txt"
# Not statements: masthead and date, menu, section, headline (it carries Cambodia's denial: the body gives it), standfirst,
# published line, writer line, [PHOTO 1 of 2] caption with credit, capitals crossheads, ADVERTISEMENT, Related lines, tags,
# most popular, newsletter prompt, copyright.
U(d, "Cambodian police have opened an investigation into the suspected abduction", "as fabricated.",
  ("Cambodia", N, neu, "", "lede: investigation opened (procedure) + earlier dismissal of the reports, no actor judged"))
U(d, "Wanchalearm, 37, was bundled into a vehicle by armed men", "Human Rights Watch.",
  ("Human Rights Watch", N, neg, "", "account of the abduction attributed to HRW (and friends, not actors) = facts from an actor"))
# "A friend who was speaking to him by phone ..." = unnamed speaker giving facts, no row.
U(d, "National Police Commission spokesman Chhay Kim Khoeun told reporters", "information they received.",
  ("Cambodia", N, neu, "", "probe after Thailand's note = procedure"),
  ("Thailand", N, neu, "", "the Thai embassy's diplomatic note = a specific act of Thailand reported by another party (request for information, procedural)"))
U(d, "\"Our police had no part in this", "Chhay Kim Khoeun said.",
  ("Cambodia", N, neg, "", "denial = neutral, negative tone"))
U(d, "He added that the activist's visa had expired in 2017", "where he had been living.",
  ("Cambodia", N, neu, "", "'He' = the police spokesman; facts"))
U(d, "Cambodia's Interior Ministry spokesman Khieu Sopheak said anyone with evidence", "on social media.",
  ("Cambodia", N, neg, "", "procedural instruction with a rebuke of unnamed rumour-spreaders (no actor) = neutral, negative tone"))
U(d, "Speaking after Tuesday's cabinet meeting, Gen Prayut said he had asked security agencies", "if it was asked to.",
  ("Thailand", N, neu, "", "inquiry within own agencies + offer of help if asked = cooperation in an inquiry, neutral (unsure: could be supporting Cambodia)"))
U(d, "\"This happened on Cambodian soil", "the prime minister said.",
  ("Thailand", N, neu, "", "'the prime minister' by title = Prayut; jurisdiction left to Cambodia = procedural position"))
U(d, "He dismissed suggestions that Thai officials were involved", "blamed for everything.",
  ("Thailand", N, neg, "", "denial = neutral, negative"))
U(d, "Foreign ministry spokesman Natapanu Nopakun confirmed that the embassy in Phnom Penh", "information on the case.",
  ("Thailand", N, neu, "", "request for information = procedural"))
U(d, "Natapanu said the ministry was treating the matter", "in difficulty abroad.",
  ("Thailand", N, neu, "", "procedural line"))
U(d, "In parliament, Move Forward Party MP Rangsiman Rome said the government's silence", "for answers.",
  ("Move Forward Party", C, neg, "Thailand", "opposition MP speaks for his party; 'a disgrace' = judgement of the Thai government + demand (rule 1)"))
U(d, "He said his party would table questions", "next week.",
  ("Move Forward Party", N, neu, "", "parliamentary plan = procedure"))
U(d, "The UN Office of the High Commissioner for Human Rights said it was deeply concerned", "had happened to him.",
  ("United Nations", T, neg, "Cambodia", "concern + appeal to search and investigate, no judgement = calling_for_talks"))
U(d, "A group of UN human rights experts said in a letter to the Cambodian government", "what it had done.",
  ("United Nations", N, neg, "", "UN experts = United Nations; a pattern described with no agent blamed + request for an explanation = neutral (unsure: could be calling_for_talks)"))
U(d, "Human Rights Watch said Cambodia had a legal obligation", "an answer.",
  ("Human Rights Watch", T, neg, "", "obligation + demand on both governments, no explicit judgement -> calling_for_talks, two addressees -> target empty"))
U(d, "Sunai Phasuk, a senior researcher at the group, said the Thai authorities", "know nothing.",
  ("Human Rights Watch", C, neg, "Thailand", "'the group' = HRW; accusation that Thailand tracked critics and feigns ignorance"))
U(d, "Amnesty International said it feared for Wanchalearm's safety", "independent and transparent.",
  ("Amnesty International", T, neg, "", "fear + appeal to both states to cooperate on an inquiry -> two addressees, target empty"))
U(d, "The ASEAN Parliamentarians for Human Rights said the abduction was deeply disturbing", "one another's critics.",
  ("ASEAN Parliamentarians for Human Rights", C, neg, "", "judgement of regional governments trading favours (several) -> target empty"))
U(d, "Charles Santiago, the group's chairman and a Malaysian member of parliament", "complicit in them.",
  ("ASEAN Parliamentarians for Human Rights", C, neg, "", "the chair speaks for the group; 'complicit' aimed at ASEAN governments in general -> target empty"))
U(d, "Kittipong Rattanasiri, a political scientist at the Chao Phraya Institute of Social Studies", "Vietnam and Cambodia.",
  ("Kittipong Rattanasiri", N, neg, "", "invented scholar; figures"))
U(d, "\"The question is no longer whether there is a pattern, but who will break it,\" Kittipong said.", "Kittipong said.",
  ("Kittipong Rattanasiri", N, neg, "", "framing of the problem, no actor named, no appeal = neutral"))
U(d, "He said Bangkok and Phnom Penh should agree to a joint inquiry", "some trust.",
  ("Kittipong Rattanasiri", T, neu, "", "appeal for a joint inquiry addressed to two states -> target empty"))
U(d, "A security guard at the building, who gave only his first name, Vuthy", "their faces.",
  ("Vuthy", N, neu, "", "invented witness named by first name = independent person; what he saw"))
U(d, "\"It happened in seconds;", "Vuthy said.",
  ("Vuthy", N, neg, "", "scene description"))
# "On Monday, about 30 student activists gathered ..." = narration of a protest, no named actor, no row.
