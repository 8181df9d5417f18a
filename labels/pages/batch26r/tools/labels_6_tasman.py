# ------------------------------------------------------------------ Chinese naval live-fire drills in the Tasman Sea (Chinese embassy in New Zealand, news page, 24 February - 3 March 2025)
d = "page_tasman_livefire_drills2025_embassynews.txt"
# Not statements: embassy name (two languages), menu, section title, breadcrumb, pager, "---" rules, dates, item titles,
# the journalist's question, Related, Print | Close, copyright and address.
U(d, "The Embassy has taken note of the remarks made on 27 February by Senior Colonel Wu Qian", "Australia and New Zealand.",
  ("China", N, neu, "", "'The Embassy' = the site's own state, not named; taking note = procedural"))
U(d, "Wu said the task group, made up of the frigate Hengyang", "through the proper channels.",
  ("China", N, neu, "", "defence ministry spokesperson by surname: lawful conduct + notices issued = rebuttal of criticism, neutral (denial kind)"))
U(d, "He said certain parties in Australia had made a needless fuss about the matter", "objectively and rationally.",
  ("China", C, neg, "Australia", "'a needless fuss' + lecture to view it 'objectively' = judgement of Australian critics"))
U(d, "On 27 February, Ambassador Wang Xiaolong attended a seminar", "scholars and students.",
  ("China", N, neu, "", "the ambassador's activity (narration of what he did) (unsure: could be left without a row as narration)"))
U(d, "Ambassador Wang said that in more than fifty years of diplomatic relations", "treasures this foundation.",
  ("China", S, pos, "New Zealand", "praise of the relationship and of mutual trust = supporting New Zealand (approval)"))
U(d, "He stressed that the ships' passage posed no threat to any country", "benefits to both peoples.",
  ("China", T, pos, "New Zealand", "reassurance + hope that the relationship is not overshadowed = calling_for_talks (hope; guide)"))
U(d, "Dr Hannah Whitlock, a lecturer in strategic studies who chaired the session", "by any navy's standard\".",
  ("Hannah Whitlock", C, neg, "China", "invented scholar (person); lawful, but 'poor seamanship' = judgement without stock words"))
U(d, "Professor Tama Rangiwai, a specialist in Pacific security, urged Wellington and Beijing", "handled calmly.",
  ("Tama Rangiwai", T, neu, "", "invented scholar (person); a notification arrangement between both capitals = calling_for_talks"))
U(d, "On 25 February, Ambassador Wang Xiaolong met with senior officials", "at their invitation.",
  ("New Zealand", N, neu, "", "NZ's foreign ministry calls in the envoy 'at their invitation' with no protest stated in this unit = procedural (unsure: a call-in is often a protest; the protest content follows)"))
U(d, "The New Zealand side raised the question of advance notice", "greater transparency in future.",
  ("New Zealand", T, neg, "China", "NZ's request for notice and future transparency, reported by China: a demand to one side with no judgement word = calling_for_talks, negative (labels/README) (unsure: could be condemning as a complaint) [changed from condemning at the random re-check]"))
U(d, "Ambassador Wang said the activities were lawful and carefully conducted", "irresponsible remarks about them.",
  ("China", C, neg, "", "denial + 'irresponsible remarks' aimed at unnamed critics = judgement decides; target empty"))
U(d, "He added that the Chinese side is willing to keep communication open with New Zealand", "maritime matters.",
  ("China", T, pos, "New Zealand", "willingness to keep communicating = calling_for_talks"))
U(d, "Answer: The training of the Chinese naval ships took place in international waters", "apply to every navy.",
  ("China", N, neu, "", "'the Embassy' spokesperson: account of own conduct = denial of wrongdoing, neutral"))
U(d, "During the training, the Chinese side issued safety notices in advance", "safety of civil aviation.",
  ("China", N, neg, "", "denial that aviation was affected = neutral, negative tone"))
U(d, "We have noted that New Zealand's Defence Minister Judith Collins said the Chinese side had given no direct notice", "concerns with Beijing.",
  ("New Zealand", N, neg, "China", "Collins's and Peters's positions reported by China: no direct notice (fact) + raising concerns = concern without an explicit judgement or appeal -> neutral, negative; one row for the state (two ministers) (unsure: could be condemning) [changed from condemning at the random re-check]"))
U(d, "We have also noted that Australia's Prime Minister Anthony Albanese told reporters", "better notice.",
  ("Australia", C, neg, "China", "'acted lawfully but should have given better notice' = a judgement of China's conduct (unsure: mild; could be neutral)"))
U(d, "Such remarks are unfounded.", "remarks are unfounded.",
  ("China", N, neg, "", "rejection of the two governments' criticism as 'unfounded' = a denial -> neutral, negative (guide: denying an accusation); relabelled at the merge (was condemning)"))
U(d, "Chinese naval vessels have the right to navigate and operate on the high seas", "the South China Sea.",
  ("China", C, neg, "", "own right + tu quoque about Australian and NZ ships in the South China Sea = implied charge of double standards (unsure: could be neutral as a statement of right)"))
U(d, "We urge the relevant sides to stop making an issue out of normal activities", "conducive to mutual trust.",
  ("China", C, neg, "", "demand joined to 'making an issue out of normal activities' = judgement (rule 1); 'relevant sides' unnamed -> target empty"))
U(d, "China has always been a builder of peace in the Pacific", "stir up tension.",
  ("China", C, neg, "", "self-praise + charge against 'a minority of people who want to stir up tension' = judgement decides; target unnamed"))
# --- added units
U(d, "Australian Defence Minister Richard Marles was quoted as saying", "with Chinese officials.",
  ("Australia", N, neu, "", "two Australian ministers in one sentence, reported by China: tracking + no breach of law (facts) and raising notice with officials (procedure, no judgement stated) = neutral"))
U(d, "Dr Whitlock also said that ministers on both sides of the Tasman had been slow", "needless alarm.",
  ("Hannah Whitlock", C, neg, "", "criticism of Australian and NZ ministers together ('slow', 'fed needless alarm') -> target empty"))
U(d, "The Embassy reiterates that the voyage of the task group is not directed at any third party.", "any third party.",
  ("China", N, neu, "", "reassurance about own conduct = neutral"))
U(d, "Prime Minister Christopher Luxon, according to New Zealand media", "far more warning.",
  ("New Zealand", N, neg, "China", "second-hand ('according to ... media'); 'legal but would have liked far more warning' = a preference, not an explicit judgement (contrast Albanese's 'should have') -> neutral, negative (unsure: could be condemning)"))
U(d, "Ambassador Wang said that during future far-seas training", "international channels.",
  ("China", N, neu, "", "plan for own conduct = neutral"))
