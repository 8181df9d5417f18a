# ------------------------------------------------------------------ 2006 military coup in Thailand (Thai English-language daily, full HTML, 2006-09-22)
d = "page_thailand_coup_thaidaily.html"
U(d, "Washington on Thursday stiffened its response to Tuesday night's military takeover,", "within two weeks.",
  ("United States", C, neg, "Thailand", "long lead; Washington = metonym; 'nothing that could justify' + aid under review = judgement + measure"),
  ("Thailand", N, pos, "", "the coup leaders (the junta speaks for its state) reassuring foreign governments about a civilian PM = plan, neutral with a positive tone"))
U(d, "Army commander Gen Sonthi Boonyaratglin, who heads the Council for Democratic Reform", "had been drafted.",
  ("Thailand", N, neu, "", "junta leader (role then name); timetable = plans and procedures"))
U(d, "He said the armed forces had moved because the country had been split", "spread through the state.",
  ("Thailand", C, neg, "Thaksin Shinawatra", "'He' = Sonthi; justification by accusation of the deposed PM (own actor in the name files); 'in his words' = reported speech"))
U(d, "\"This is not a military government and it does not intend to become one.", "through an interpreter.",
  ("Thailand", N, pos, "", "multi-sentence quote closed by the speaker (surname with rank); denial + reassurance about its own conduct = neutral"))
U(d, "The council's secretary-general, Gen Winai Phattiyakul, said troops would stay", "regional army commanders.",
  ("Thailand", N, neu, "", "troop positions and administrative orders = facts/procedures in military vocabulary, neutral"))
U(d, "A separate announcement, read on all television channels on Thursday evening, warned", "prosecuted under martial law.",
  ("Thailand", C, neg, "", "the council's announcement = Thailand by context; threat of prosecution aimed at no named actor -> target empty"))
# "The ban on political gatherings of more than five people ... remains in force." : state of affairs, no speaker, no row
# "Thaksin, who was in New York ... flew to London" : narration, no row
U(d, "In a statement issued through his office in London on Thursday, the deposed prime minister said", "would be formed.",
  ("Thaksin Shinawatra", N, neu, "", "role only ('the deposed prime minister'); Thaksin is his own actor in the name files (no longer speaks for Thailand); own plans = neutral; London = place"))
U(d, "He called on the council to hold a general election as early as possible", "would stay united.",
  ("Thaksin Shinawatra", T, neu, "Thailand", "appeal + hope, no judgement = calling_for_talks; target = the council (the junta = Thailand)"))
U(d, "Chaturon Chaisang, a deputy leader of Thai Rak Thai", "ban on political meetings.",
  ("Thai Rak Thai Party", C, neg, "Thailand", "party figure speaking for the party; judgement without stock words ('wiped out fifteen years of democratic progress') decides over compliance (rule 1)"))
U(d, "The leader of the opposition Democrat Party, Abhisit Vejjajiva, said his party had never wished", "with the public involved.",
  ("Democrat Party (Thailand)", T, neu, "Thailand", "role then name; distance from the coup without an explicit judgement + appeal to the council = calling_for_talks (unsure)"))
U(d, "The People's Alliance for Democracy, which led months of street protests against Thaksin,", "without bloodshed.",
  ("People's Alliance for Democracy", S, pos, "Thailand", "thanks to the armed forces (= Thailand) = supporting; winding up its rallies is its own decision in the same sentence"))
U(d, "US State Department deputy spokesman Tom Casey said the United States was disappointed", "considered acceptable.",
  ("United States", C, neg, "Thailand", "judgement without stock words"))
U(d, "Casey said assistance programmes for Thailand were being reviewed,", "back in place.",
  ("United States", C, neg, "Thailand", "surname only; aid review starting with military aid + FTA talks frozen = measures against the junta"))
U(d, "The US ambassador, Ralph Boyce, who attended Wednesday's briefing,", "early date for elections.",
  ("United States", T, neu, "Thailand", "appeal for a quick handover and early elections, no judgement = calling_for_talks"))
# "China took a markedly different line." : summary line before the specific statement, no row
U(d, "Beijing regarded the events as Thailand's internal affair,", "regular briefing on Thursday.",
  ("China", N, neu, "", "Beijing = metonym; non-interference line with an attribution tail = neutral"))
U(d, "He said China hoped Thailand would preserve its stability", "keep developing.",
  ("China", T, pos, "Thailand", "'He' = Qin Gang; hope for stability = calling_for_talks"))
U(d, "ASEAN Secretary-General Ong Keng Yong said the grouping did not interfere", "elected government soon.",
  ("ASEAN", T, pos, "Thailand", "non-interference + confidence in a return to elected government: read as a hope (calling_for_talks, unsure: could be neutral)"))
U(d, "Malaysia's Prime Minister Abdullah Ahmad Badawi told reporters in Kuala Lumpur", "quickly and peacefully.",
  ("Malaysia", T, pos, "Thailand", "hope for a quick, peaceful settlement = calling_for_talks; Kuala Lumpur = place; 'Malaysia's northern neighbour' = Thailand as object"))
U(d, "Singapore's Foreign Minister George Yeo said the republic was following events", "very closely.",
  ("Singapore", N, neu, "", "monitoring without an appeal = neutral; 'the republic' = Singapore; Bangkok = place"))
U(d, "Laos and Cambodia both said the change of government was a matter for the Thai people alone.", "alone.",
  ("Laos", N, neu, "", "two states in one sentence = two rows; non-interference = neutral"),
  ("Cambodia", N, neu, "", "same"))
U(d, "Finland, which holds the European Union's rotating presidency, said on behalf of the Union", "democratic rule quickly.",
  ("European Union", C, neg, "Thailand", "the rotating presidency speaking on behalf of the Union = European Union, not Finland; 'a serious step backwards' + demand: rule 1"))
U(d, "Australian Foreign Minister Alexander Downer, speaking in New York,", "\"within weeks, not years\".",
  ("Australia", C, neg, "Thailand", "Canberra = metonym inside his own sentence; refusal to accept = judgement; New York = place"))
U(d, "Canberra also told Australians in Thailand to avoid military installations", "travel to the country.",
  ("Australia", N, neu, "", "Canberra = metonym as speaker; travel advice = procedure, neutral"))
U(d, "UN Secretary-General Kofi Annan, asked about the coup at UN headquarters,", "urged Thais to stay calm.",
  ("United Nations", T, neu, "", "'stood for changes ... decided by voters, not soldiers' (no explicit judgement word) + appeal for calm = calling_for_talks (unsure: an implicit criticism, could be condemning)"))
# "Scholars in Bangkok said the first test ..." : unnamed, summary line, no row
U(d, "\"If the council names a respected civilian and a short timetable,", "a political scientist at Thammasat University.",
  ("Kanokwan Rattanasiri", N, neg, "", "independent scholar named after a long quote; scenarios, no judgement; Washington and Brussels = objects"))
U(d, "She said the generals had taken on a problem they could not solve with tanks:", "sixteen million votes.\"",
  ("Kanokwan Rattanasiri", N, neg, "", "pronoun subject; quote opened after a colon; assessment of the limits of force, no explicit judgement (unsure)"))
U(d, "Kanokwan said the council should open talks with all the parties,", "hardened positions.",
  ("Kanokwan Rattanasiri", T, neu, "Thailand", "given name only (Thai usage); appeal for talks addressed to the council"))
U(d, "Michael Hargreave, a Southeast Asia analyst at the Singapore-based consultancy", "Thaksin-era economic policies.",
  ("Michael Hargreave", N, neu, "", "independent analyst; what investors will watch = neutral"))
U(d, "\"The markets took the coup in their stride", "Hargreave said.",
  ("Michael Hargreave", N, neg, "", "multi-sentence quote closed by the speaker; risks of drift, no judgement"))
U(d, "He said the council had set a dangerous precedent by tearing up a constitution", "the government it removed.",
  ("Michael Hargreave", C, neg, "Thailand", "judgement on the junta ('dangerous precedent', 'tearing up') = condemning"))
# "On the streets of the capital, the mood was calm." and the noodle vendor: scene and unnamed resident, no rows
# standfirst, kicker, captions, crossheads, related stories, tags, newsletter, comments, most read, footer: never statements
