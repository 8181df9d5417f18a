# ------------------------------------------------------------------ Preah Vihear border clashes, UNSC meeting (scraped Cambodian English-language daily, 2011-02-15)
d = "page_preahvihear_clashes_khdaily.txt"
U(d, "The United Nations Security Council, meeting behind closed doors", "Phnom Penh had asked for.",
  ("United Nations", T, neg, "", "dateline excluded; long lead: alarm + pressing both sides to a permanent ceasefire (appeal, no judgement); ASEAN/Indonesia as objects"),
  ("Cambodia", T, neu, "", "the monitors 'that Phnom Penh had asked for': a request reported as done inside the lead (Phnom Penh = metonym); asking for international monitors = an appeal for a peaceful course (unsure: could be left as narration)"))
# no row: "The fighting, which began on February 4 ..." (casualty figures from no named source)
U(d, "Brazil's ambassador Maria Luiza Ribeiro Viotti, who holds", "foreign ministers had met.",
  ("United Nations", S, pos, "ASEAN", "the Council president speaking for the Council = United Nations; full backing to 'the regional bloc' (= ASEAN by context); Jakarta = metonym for the ASEAN chair, object"))
U(d, "\"Members want both sides to hold their fire", "agreed by the fifteen members.",
  ("United Nations", T, neu, "", "quote closed by the speaker (surname only); ceasefire/negotiation appeal to both sides"))
U(d, "Deputy Prime Minister and Foreign Minister Hor Namhong, who addressed", "tanks and heavy guns.",
  ("Cambodia", C, neg, "Thailand", "request for UN observers + accusation of an 'all-out assault' = rule 1"))
U(d, "\"Three years of bilateral meetings have given us nothing", "mission in New York.",
  ("Cambodia", C, neg, "Thailand", "attribution tail via the mission's text; accusation by describing the other side's shelling of villages"))
U(d, "\"We will not be sent back to a room", "loses an argument.\"",
  ("Cambodia", C, neg, "Thailand", "quote continued in the next paragraph, same speaker; refusing the bilateral format in protest, with a grievance against Bangkok (metonym)"))
U(d, "He also rejected Bangkok's charge", "World Heritage site.",
  ("Cambodia", N, neg, "", "'He' = Hor Namhong; denial of the accusation = neutral, negative"),
  ("Thailand", C, neg, "Cambodia", "Bangkok's charge reported inside Cambodia's sentence = Thailand's accusation (a position of X reported by Y)"))
U(d, "Thailand's Foreign Minister Kasit Piromya told the same meeting", "between two neighbours.",
  ("Thailand", C, neg, "Cambodia", "blames Phnom Penh (metonym) for firing first and for internationalising the dispute"))
U(d, "\"Thailand is not afraid of the world watching us.", "told reporters afterwards.",
  ("Thailand", N, neu, "", "two-sentence quote closed by the speaker; declining outside involvement with no protest stated = neutral"))
U(d, "\"We have the General Border Committee, we have", "use all three.\"",
  ("Thailand", T, pos, "", "quote continued in its own paragraph; commitment to bilateral mechanisms and the ASEAN chair's good offices = talks"))
U(d, "Kasit welcomed the council's decision", "end of the month.",
  ("Thailand", T, neu, "Cambodia", "welcome + appeal to return to the joint commission, no judgement: rule 2 before rule 3"))
U(d, "Cambodia's mission said it appreciated the council's attention", "trained on the temple.",
  ("Cambodia", C, neg, "Thailand", "welcome + judgement ('a thin answer while Thai guns remained trained'): rule 1"))
# no row: "On the ground, the front has been quiet since Friday." (narration)
U(d, "Defence Ministry spokesman Lieutenant General Chhum Socheat said", "would stay in place.",
  ("Cambodia", N, neu, "", "facts and deployment in war vocabulary (alert, reinforcements), no judgement"))
U(d, "Information Minister Khieu Kanharith accused the Thai army", "allowed home.",
  ("Cambodia", C, neg, "Thailand", "accusation of using cluster munitions; the clearance request is its own measure"))
U(d, "A Thai army spokesman, Colonel Sansern Kaewkamnerd, said the allegation was false", "standard artillery shells.",
  ("Thailand", N, neg, "", "the army speaks for its state; 'the allegation was false' = denial, neutral"))
U(d, "He warned on Sunday that any new shelling", "as a precaution.",
  ("Thailand", C, neg, "Cambodia", "'He' = Sansern; threat of a response + troop movement"))
U(d, "Prime Minister Hun Sen, speaking at a graduation ceremony", "every means at its disposal.",
  ("Cambodia", C, neg, "Thailand", "accusation + threat; Phnom Penh and Bangkok = places here"))
U(d, "He said he hoped the New York meeting", "because of this mountain.\"",
  ("Cambodia", T, pos, "", "pronoun subject (Hun Sen); hope that the killing ends = talks"))
# no row: "Relations had already been strained by the sentencing in Phnom Penh ..." (background; the court is not quoted, Phnom Penh = place)
# no row: "Yellow-shirted nationalists have camped outside Government House ..." (background, no position stated)
U(d, "In Bangkok, Prime Minister Abhisit Vejjajiva told parliament", "stationed on Thai soil.",
  ("Thailand", T, neu, "Cambodia", "Bangkok = place; offer of talks with a refusal of foreign troops (no protest): talks; Phnom Penh = metonym, object"))
U(d, "Indonesian Foreign Minister Marty Natalegawa, who shuttled", "firmer footing.",
  ("ASEAN", T, pos, "", "Natalegawa as ASEAN chair = ASEAN; convening the foreign ministers to firm up the truce"))
U(d, "\"This is a family matter for ASEAN", "reporters outside the chamber.",
  ("ASEAN", T, neu, "", "the chair speaking in the bloc's name; two-sentence quote closed by the speaker: commitment to mediate and to a truce mechanism, no judgement"))
U(d, "Indonesia's foreign ministry spokesman Michael Tene said in Jakarta", "asked for them.",
  ("Indonesia", T, neu, "", "Indonesia's own offer (not the chair's): observers for the truce = talks (unsure: could be supporting as an offer of assistance); Jakarta = place"))
U(d, "In Washington, State Department spokesman P.J. Crowley said", "already had.",
  ("United States", T, neg, "", "Washington = place; concern + appeal to pull back"))
U(d, "Japan's foreign ministry said in a statement that Tokyo was following", "serious concern.",
  ("Japan", N, neg, "", "concern without an appeal = neutral, negative; Tokyo = metonym"))
U(d, "China's foreign ministry spokesman Ma Zhaoxu said Beijing hoped", "through consultation.",
  ("China", T, pos, "", "hope for calm and consultation; Beijing = metonym"))
# no row: "Analysts in Phnom Penh said the risk ..." (unnamed speakers; summary line)
U(d, "\"The danger is not a war anybody plans, it is an accident.", "Institute for Mekong Policy Studies.",
  ("Ouk Sambath", N, neg, "", "independent analyst under his own name; multi-sentence quote closed by the speaker; risk scenario, no judgement"))
U(d, "Ouk Sambath said the Jakarta meeting would be the real test", "bring the next lull.",
  ("Ouk Sambath", N, neg, "", "scenarios, no judgement, no appeal"))
U(d, "Nattaya Srisuk, a researcher on Thai politics", "softer than the street.",
  ("Nattaya Srisuk", N, neu, "", "analysis of domestic interests"))
U(d, "\"Both governments have behaved recklessly", "she said.",
  ("Nattaya Srisuk", C, neg, "", "judgement of both governments (target empty)"))
U(d, "Bambang Hadiprasetyo, a retired Indonesian ambassador", "next dry season.",
  ("Bambang Hadiprasetyo", T, neg, "", "former diplomat speaking for himself (not Indonesia); 'had to accept observers' = appeal"))
# no row: the Kor Muy farmer (resident, not an actor); captions, related links, crossheads, tags, most read
