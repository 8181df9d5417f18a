# ------------------------------------------------------------------ Niger: junta orders the French ambassador out (state-media style, ANP English, 2023-09-25)
d = "page_niger_ambassador_statemedia.txt"
U(d, "The National Council for the Safeguard of the Homeland (CNSP) on Sunday evening hailed", "on national television.",
  ("Niger", S, pos, "", "dateline 'Niamey, 25 September 2023 (ANP) - ' excluded; welcome of an outcome (France's withdrawal) = supporting; not approval of France -> target empty; unsure, could be condemning (victory over France)"))
U(d, "\"The presence of any foreign force that works against the aspirations", "the communiqué said.",
  ("Niger", C, neg, "France", "multi-sentence quote closed by its speaker (the communiqué = CNSP); judgement of the French presence without naming France, target by context"))
U(d, "\"The CNSP salutes the vigilance and the dignity of the people of Niger", "the French forces.",
  ("Niger", N, pos, "", "quotation over a paragraph break (no closing mark), speaker given in the next paragraph; praise of its own population = self-praise, neutral"))
U(d, "\"Our door remains open to every partner who respects our choices", "the communiqué added.",
  ("Niger", T, pos, "", "second paragraph of the quotation; conditional offer of cooperation = calling_for_talks"))
U(d, "The announcement by the former colonial power brings to an end a standoff", "the interests of Niger.",
  ("Niger", C, neg, "France", "expulsion of an ambassador with a grievance = condemning; 'the ministry' tied to Niger by context; 'the former colonial power' is France as place-holder subject of narration, not a statement"))
U(d, "After the deadline expired, the ministry withdrew the diplomat's privileges", "represents anything here\".",
  ("Niger", C, neg, "France", "measure against the envoy + spokesman's disparaging quote"))
U(d, "The French Government had stubbornly refused to comply", "accreditation of its envoy.",
  ("France", C, neg, "Niger", "refusing to recognise the junta's capacity = rejecting a party in protest; 'stubbornly' is the outlet's word, not France's tone"))
U(d, "In a television interview on Sunday, French President Emmanuel Macron announced", "end of the year.",
  ("France", N, neu, "", "own withdrawal announced without judgement in the sentence"))
U(d, "Mr. Macron, who continues to present the deposed President Mohamed Bazoum", "\"taken power by force\".",
  ("France", C, neg, "Niger", "refusal to work with the junta + 'taken power by force'; Paris = capital as metonym for the speaker"))
U(d, "Minister of Foreign Affairs Bakary Yaou Sangaré said on Monday", "protection of the State.",
  ("Niger", N, pos, "", "reassurance about own conduct = neutral (labels/README), positive tone"))
U(d, "The Government had on Friday denounced the \"partial and unacceptable\" attitude", "to please France.",
  ("Niger", C, neg, "United Nations", "'The Government' tied to Niger by context; accusation of the UN SG (France only mentioned)"))
U(d, "In Bamako, Mali's Minister of Foreign Affairs, Abdoulaye Diop, congratulated", "solidarity of Mali with the CNSP.",
  ("Mali", S, pos, "Niger", "congratulation + solidarity; Bamako = place; CNSP = Niger as target"))
U(d, "The Government of Burkina Faso, in a message to the Nigerien authorities, paid tribute", "General Abdourahamane Tiani.",
  ("Burkina Faso", S, pos, "Niger", "praise of Niger's head of state"))
U(d, "By signing the Liptako-Gourma Charter in Bamako on 16 September", "any one of them.",
  ("Mali", S, pos, "", "specific act: mutual-defence pledge = offer of assistance; aimed at two partners -> target empty"),
  ("Burkina Faso", S, pos, "", "specific act: mutual-defence pledge; target empty (two partners)"),
  ("Niger", S, pos, "", "specific act: mutual-defence pledge; target empty (two partners)"))
U(d, "Bamako and Ouagadougou had already warned in August", "their own countries.",
  ("Mali", C, neg, "ECOWAS", "capitals as metonyms; conditional threat ('declaration of war') aimed at the planned ECOWAS intervention"),
  ("Burkina Faso", C, neg, "ECOWAS", "capitals as metonyms; conditional threat"))
U(d, "The President of the ECOWAS Commission, Omar Alieu Touray, said in August", "had not been ruled out.",
  ("ECOWAS", C, neg, "Niger", "preference for diplomacy + threat of force in one sentence: the threat makes it condemning (rule 1 / threats); unsure, could be talks"))
U(d, "The sanctions imposed by the regional organisation since 30 July", "medicines and foodstuffs.",
  ("Niger", C, neg, "ECOWAS", "narration carrying a position: the CNSP's judgement of the bloc's sanctions ('the regional organisation' = ECOWAS by context)"))
U(d, "Addressing the nation on 19 August, General Tiani warned", "\"with all its strength\".",
  ("Niger", C, neg, "", "conditional threat against any aggressor; no aggressor named in the sentence -> target empty"))
U(d, "In late August, the European Union's foreign policy chief Josep Borrell expressed", "the expulsion order.",
  ("European Union", S, pos, "France", "solidarity with France"))
U(d, "The bloc, he said, would not recognise the authorities", "events of 26 July.",
  ("European Union", C, neg, "Niger", "'The bloc' by context; non-recognition of the junta = refusing a party"))
U(d, "The United States, which keeps about 1,100 soldiers in the country, has said", "its ambassador.",
  ("United States", N, neu, "", "own posture under review, no judgement"))
U(d, "The M62 movement, which has organised daily sit-ins near the French base", "left our soil\".",
  ("M62 movement", C, neg, "France", "civil-society coalition: call to keep protesting until French troops leave = protest against France"))
U(d, "\"We waited two months for this day", "at the Grand Marché.",
  ("Harouna Issoufou", S, pos, "", "named resident; welcome of the outcome, as the CNSP lead; unsure, could be neutral"))
