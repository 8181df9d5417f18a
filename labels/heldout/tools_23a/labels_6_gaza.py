# ------------------------------------------------------------------ The May 2021 Israel-Gaza war: Security Council open meeting (UN press release style, 2021-05-16)
d = "page_gaza_may2021_unscpress.txt"
# Headline and the two subheadings: never statements. The opening paragraphs (meeting held; 'several of whom regretted' = unnamed speakers; earlier consultations; participants; background of the hostilities): narration, no rows.
U(d, "ANTÓNIO GUTERRES, Secretary-General of the United Nations, said that the hostilities had reached a level of horror", "on every side.",
  ("United Nations", T, neg, "", "alarm + appeal to stop fighting on all sides, no judgement of an actor = calling_for_talks"))
U(d, "He said Hamas and other militant groups had no excuse", "he called unacceptable.",
  ("United Nations", C, neg, "Hamas", "'He' = the SG; 'unacceptable' aimed at Hamas's rocket fire = condemning"))
U(d, "At the same time, he urged Israel to hold back", "fighters and civilians.",
  ("United Nations", T, neg, "Israel", "appeal addressed to one side with no judgement word = calling_for_talks, negative"))
U(d, "He said he was deeply troubled by the destruction on Saturday of a building in Gaza City", "international media outlets.",
  ("United Nations", N, neg, "", "distress without an appeal and without naming who struck = neutral, negative (guide: concern without appeal)"))
U(d, "\"My envoys are talking to every party, day and night", "he said.",
  ("United Nations", T, neu, "", "multi-sentence-style quote closed by the speaker: mediation + appeal to states with influence"))
U(d, "TOR WENNESLAND, Special Coordinator for the Middle East Peace Process, said preliminary figures", "in the Near East (UNRWA).",
  ("United Nations", N, neu, "", "Special Coordinator = UN; casualty and displacement figures = neutral"))
U(d, "He called on Israel to allow fuel, medical supplies and food into Gaza", "within days.",
  ("United Nations", T, neg, "Israel", "demand for humanitarian access addressed to Israel, no judgement word = calling_for_talks"))
U(d, "WANG YI, State Councillor and Minister for Foreign Affairs of China, speaking in his national capacity", "fair-minded member of the Council.",
  ("China", C, neg, "United States", "'regrettable' aimed at the blocking member, then named: the United States = condemning; national capacity (not the Council presidency)"))
U(d, "He said Israel must end its siege of Gaza", "Occupied Palestinian Territory.",
  ("China", T, neg, "Israel", "demand addressed to one side ('must end … protect civilians'), no judgement word = calling_for_talks (labels/README pattern; unsure: 'siege' could be read as a judgement)"))
U(d, "China would welcome Palestinian and Israeli negotiators to China for direct talks", "he said.",
  ("China", T, pos, "", "offer to host direct talks + support for a two-State solution; attribution tail"))
U(d, "RIAD MALKI, Minister for Foreign Affairs and Expatriates of the State of Palestine, said Israel was bombing families", "before the Council acted.",
  ("Palestine", C, neg, "Israel", "accusation made by describing attacks on civilians (rule 4) + a reproach as a question"))
U(d, "He called on Council members to act at once to halt the attacks", "living under occupation.",
  ("Palestine", T, neg, "", "appeal to the Council for protection of civilians, no judgement word in this sentence = calling_for_talks (unsure: 'under occupation' is descriptive)"))
U(d, "GILAD ERDAN (Israel) said Hamas had fired more than 3,000 rockets", "schools and mosques.",
  ("Israel", C, neg, "Hamas", "accusation: rockets on cities + weapons placed among civilians"))
U(d, "Israel would continue its operation until Hamas's military capabilities were degraded", "he said.",
  ("Israel", C, neg, "Hamas", "announced continuation of a military operation against another side = condemning (guide)"))
U(d, "LINDA THOMAS-GREENFIELD (United States) said Washington had been engaged day and night", "bring the fighting to a close.",
  ("United States", T, neu, "", "diplomacy for an end to the fighting = calling_for_talks; Washington = metonym; the states named are addressees"))
U(d, "She called on Hamas and other groups in Gaza to halt the rocket barrages immediately.", "She called on Hamas and other groups in Gaza to halt the rocket barrages immediately.",
  ("United States", T, neg, "Hamas", "'She' = the US representative; demand to stop addressed to one side, no judgement word = calling_for_talks, negative"))
U(d, "Israel had a right to defend itself against such attacks, and the United States would continue to stand by its ally", "she said.",
  ("United States", S, pos, "Israel", "backing of Israel's right to self-defence = supporting"))
U(d, "INE ERIKSEN SØREIDE, Minister for Foreign Affairs of Norway, said Norway again condemned", "to protect civilians.",
  ("Norway", C, neg, "Hamas", "condemnation of Hamas + an appeal to Israel in one sentence: rule 1 (the judgement decides); target = the condemned party"))
U(d, "AYMAN SAFADI, Minister for Foreign Affairs of Jordan, said the escalation was the result of Israel's illegal measures", "Al-Aqsa Mosque.",
  ("Jordan", C, neg, "Israel", "'illegal measures', assaults on worshippers = judgement; possessive 'Israel's' is the object"))
U(d, "SAMEH SHOUKRY, Minister for Foreign Affairs of Egypt, said his country had opened the Rafah crossing", "ambulances into Gaza.",
  ("Egypt", S, neu, "Palestine", "backing by act: crossing opened for the wounded, medical convoys = aid (target: the people of Gaza = Palestine, as batch5c)"))
U(d, "Egypt was in contact with all parties to reach a ceasefire as soon as possible, he added.", "Egypt was in contact with all parties to reach a ceasefire as soon as possible, he added.",
  ("Egypt", T, neu, "", "mediation for a ceasefire; attribution tail"))
U(d, "AHMED ABOUL GHEIT, Secretary-General of the League of Arab States, said Israel bore full responsibility", "it had enjoyed.",
  ("Arab League", C, neg, "Israel", "'full responsibility' + occupation and impunity = judgement"))
U(d, "The representative of the Russian Federation called for an immediate end to the violence", "participation of regional States.",
  ("Russia", T, neg, "", "speaker by role only; appeal + proposal of a Quartet meeting = calling_for_talks"))
U(d, "The representative of the United Kingdom said his delegation was deeply concerned", "the situation in Jerusalem.",
  ("United Kingdom", N, neg, "", "concern without an appeal = neutral, negative (guide)"))
U(d, "The representative of India said his country stood firmly behind", "two-State outcome.",
  ("India", S, pos, "Palestine", "support for the Palestinian people's aspirations = supporting"))
U(d, "The representative of Estonia said Israel had the right to defend its population", "rocket fire from Gaza.",
  ("Estonia", S, neu, "Israel", "backing of Israel's right of self-defence = supporting"))
# 'Also speaking were representatives of France, Ireland, …' lists speakers without positions: no rows.
U(d, "Following the meeting, the Permanent Representative of Norway read out a press statement on behalf of Norway, Tunisia and China", "two-State solution.",
  ("Norway", T, neg, "", "joint statement read by Norway's envoy on behalf of three states: one row per state; demand to stop + protection of civilians = calling_for_talks"),
  ("Tunisia", T, neg, "", "same joint statement, second listed state"),
  ("China", T, neg, "", "same joint statement, third listed state"))
U(d, "Mr. Wang, in his capacity as President of the Council, said China, Norway and Tunisia would circulate a draft press statement", "in the coming days.",
  ("United Nations", N, neu, "", "a minister speaking as chair of a body speaks for it (guide, by analogy; as 22a for the Council President): Council procedure = United Nations; plan, neutral (unsure: the drafters are China, Norway and Tunisia)"))
