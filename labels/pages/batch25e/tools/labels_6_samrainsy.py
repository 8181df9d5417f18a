# ------------------------------------------------------------------ Sam Rainsy's blocked return to Cambodia (scraped Kuala Lumpur regional daily, .txt, 2019-11-10)
d = "page_samrainsy_return_klregional.txt"
# Not statements: masthead with Hijri date, menu, breadcrumb, headline, standfirst, byline, time stamps, share bar,
# photo caption "1/3" with credit, ADVERTISEMENT, crossheads, Related stories, tags, most read, comments note, copyright.
U(d, "Self-exiled Cambodian opposition leader Sam Rainsy flew into", "getting there.",
  ("Cambodia National Rescue Party", N, pos, "", "dateline excluded; Rainsy (acting president) speaks for the CNRP; resolve to go on = plan, neutral"))
# "Rainsy, 70, the acting president ... had planned to fly ..." = background, no row.
U(d, "Instead, Thai Airways refused to let him board in Paris on Thursday", "for his journey.",
  ("Thailand", N, neg, "", "refusal of transit reported in a clause; the airline is a company, not an actor; no protest or judgement stated here"))
U(d, "Prayut said that, as an Asean member, Thailand kept out of its neighbours'", "turned away.",
  ("Thailand", N, neg, "", "refusing a person entry for a procedural reason (non-interference), no judgement = neutral (labels/README: objecting to a participant with no judgement); unsure: could be condemning"))
U(d, "Speaking to reporters at KLIA, Rainsy said the CNRP leadership would regroup", "another route home.",
  ("Cambodia National Rescue Party", N, neu, "", "plans"))
U(d, "\"Hun Sen has thrown everything he has at stopping one old man", "he said.",
  ("Cambodia National Rescue Party", C, neg, "Cambodia", "mockery of Hun Sen (Cambodia) = judgement without a stock word"))
U(d, "He thanked the Malaysian government for letting him in", "arresting people.",
  ("Cambodia National Rescue Party", T, pos, "", "thanks to Malaysia + hope that ASEAN sees the crisis cannot be solved by arrests: the hope decides (rule 2 before rule 3)"))
# "CNRP vice-president Mu Sochua, who was held overnight ... stood beside him." = narration, no row.
U(d, "She said close to 50 party activists had been arrested inside Cambodia", "into silence.",
  ("Cambodia National Rescue Party", C, neg, "Cambodia", "Mu Sochua = CNRP; arrest figure + accusation of intimidation"))
U(d, "In Phnom Penh, where Prime Minister Hun Sen presided over Independence Day", "appetite for a coup.",
  ("Cambodia", C, neg, "Cambodia National Rescue Party", "government spokesman; calling the plan a coup = accusation; Hun Sen's ceremony is narration in the same sentence"))
U(d, "\"Today was a normal day. Nobody came back and nobody was waiting for them,\" Phay Siphan said", "set foot in the country.",
  ("Cambodia", C, neg, "Cambodia National Rescue Party", "dismissal + threat of arrest = condemning"))
U(d, "Cambodian authorities closed several border checkpoints", "Banteay Meanchey province.",
  ("Cambodia", N, neu, "", "a measure at its own border, no target named; 'according to officials in ... province' (provincial officials = the state)"))
U(d, "Hun Sen has repeatedly described the planned return as an attempt", "hand over CNRP leaders.",
  ("Cambodia", C, neg, "Cambodia National Rescue Party", "accusation + request to arrest = condemning"))
U(d, "On Wednesday, foreign ministry spokesman Koy Kuong welcomed Prayut's stance", "security cooperation.",
  ("Cambodia", S, pos, "Thailand", "welcome of Thailand's decision, no judgement in this sentence = supporting"))
U(d, "Cambodia's ambassador to Indonesia, Hor Nam Bora, had earlier interrupted", "on behalf of Cambodians.",
  ("Cambodia", C, neg, "Cambodia National Rescue Party", "disrupting an opposition news conference + denying her standing = act and judgement against the CNRP"))
U(d, "Foreign Minister Saifuddin Abdullah said Malaysia had received requests", "under Malaysian law.",
  ("Malaysia", N, neu, "", "requests received + sovereignty of its decision = procedure; the Cambodian requests are narrated, not a new position"))
U(d, "Prime Minister Tun Dr Mahathir Mohamad said on Thursday that Malaysia would not let", "to Cambodia.",
  ("Malaysia", N, neu, "", "policy toward foreign opposition movements + no deportation to Cambodia, no judgement of another actor"))
U(d, "The Human Rights Commission of Malaysia (Suhakam), whose commissioner", "pursuit of its critics.",
  ("Human Rights Commission of Malaysia", T, neu, "Malaysia", "national rights commission (declared as an organisation); relief + appeal to its government not to help Phnom Penh's pursuit, no judgement word = calling_for_talks (unsure)"))
U(d, "ASEAN Parliamentarians for Human Rights (APHR), chaired by Klang MP", "shamed themselves.",
  ("ASEAN Parliamentarians for Human Rights", C, neg, "", "accusation of two states (target empty: two actors)"))
U(d, "\"Asean non-interference was never meant to be a licence", "Santiago said.",
  ("ASEAN Parliamentarians for Human Rights", C, neg, "", "Santiago speaks as the group's chair; judgement of ASEAN governments' conduct"))
U(d, "A spokesperson for the European Union's diplomatic service said the bloc", "political dialogue.",
  ("European Union", T, neu, "Cambodia", "monitoring + appeal to free detainees and hold dialogue, no judgement = calling_for_talks"))
# "The EU is expected to publish its preliminary findings ..." = an expected future step narrated by the paper, no row.
U(d, "The United States Embassy in Phnom Penh said it was concerned", "planned return.",
  ("United States", N, neg, "", "concern with no appeal = neutral, negative tone"))
U(d, "The UN special rapporteur on human rights in Cambodia, Rhona Smith", "her office said in Geneva.",
  ("United Nations", T, neu, "Cambodia", "UN-mandated expert = United Nations; restraint and peaceful gatherings = appeal, no judgement"))
U(d, "Human Rights Watch deputy Asia director Phil Robertson said Thailand", "peaceful politician.",
  ("Human Rights Watch", C, neg, "Thailand", "judgement without a stock word"))
U(d, "Chea Sophal, a political scientist at the Khmer Institute for Democratic Futures", "win for the prime minister.",
  ("Chea Sophal", N, neu, "", "invented independent analyst; assessment of the outcome"))
U(d, "\"He kept Rainsy out without firing a shot, and he did it with his neighbours' help,\" Chea Sophal said.", "Chea Sophal said.",
  ("Chea Sophal", N, neu, "", "assessment, no explicit judgement"))
U(d, "But she said the pressure from Europe over trade preferences", "in the coming weeks.",
  ("Chea Sophal", N, neu, "", "forecast, no appeal"))
# "Among Cambodian migrant workers in Thailand ... the mood was flat." = narration, no row.
U(d, "\"We were ready to go, but the police came to the dormitories", "a construction worker in Rayong.",
  ("Van Rithy", N, neg, "", "invented named migrant worker; his account (the police he quotes are unnamed, no row for them)"))
