# ------------------------------------------------------------------ China's ICBM test into the Pacific (UN noon-briefing transcript, 2024-09-25)
d = "page_icbm2024_pacific_noonbriefing.txt"
# Not statements: header lines, date, transcript note, crossheads (**...), question-only lines, "Not that I'm aware of.", "For information media" line.
U(d, "Good afternoon. The Secretary-General remains gravely alarmed", "killed and displaced in Lebanon.",
  ("United Nations", N, neg, "", "alarm with no appeal in this sentence = neutral, negative"))
U(d, "He urges all parties to step back from the brink", "the people of both countries.",
  ("United Nations", T, neg, "", "appeal for de-escalation and diplomacy + warning = calling_for_talks"))
U(d, "Our humanitarian colleagues tell us that more than 90,000 people", "International Organization for Migration.",
  ("International Organization for Migration", N, neu, "", "'according to' IOM; displacement figure = neutral"))
U(d, "Turning to Sudan, the World Food Programme said today", "on the main roads.",
  ("World Food Programme", S, neu, "", "aid delivered = backing by act; obstacles reported"))
U(d, "The Secretary-General calls on the parties to let humanitarian convoys", "without obstruction.",
  ("United Nations", T, neu, "", "humanitarian access appeal = calling_for_talks"))
# "The Secretary-General met this morning ... with the Prime Minister of Tuvalu" = meeting narration, no row.
U(d, "Question: Thank you, Stéphane. China's defence ministry said this morning", "aimed at no country.",
  ("China", N, neu, "", "position reported in a journalist's question = China's statement (labels/README); own test reported without judgement = neutral"))
U(d, "The Secretary-General has repeatedly called on all nuclear-weapon States", "lead to a miscalculation.",
  ("United Nations", T, neu, "", "appeal for restraint and transparency to all nuclear States, no judgement = calling_for_talks"))
U(d, "Spokesman: I'm not going to get into a legal analysis", "from this podium.",
  ("United Nations", N, neu, "", "procedural line"))
U(d, "What I can tell you is that testing of that kind", "lowers anyone's anxiety.",
  ("United Nations", N, neg, "", "concern voiced without a named culprit or an appeal = neutral, negative (unsure: a veiled judgement on China)"))
U(d, "Japan's chief cabinet secretary, Yoshimasa Hayashi, said Tokyo had received", "China's military build-up.",
  ("Japan", N, neg, "", "missing notice + serious concern, no appeal = neutral, negative (unsure: could be condemning)"))
U(d, "Australia says it has asked Beijing for an explanation.", "Australia says it has asked Beijing for an explanation.",
  ("Australia", T, neg, "China", "asking for an explanation through diplomacy, no judgement = calling_for_talks (unsure: neutral)"))
U(d, "Spokesman: We are in regular contact with all Member States", "on any specific contacts.",
  ("United Nations", N, neu, "", "procedural"))
U(d, "Question: New Zealand called the launch unwelcome and concerning.", "Question: New Zealand called the launch unwelcome and concerning.",
  ("New Zealand", C, neg, "China", "'unwelcome' aimed at China's act = judgement (guide: 'unwarranted', 'regrettable')"))
U(d, "I'll leave characterizations to Member States.", "I'll leave characterizations to Member States.",
  ("United Nations", N, neu, "", "declines to characterize = neutral"))
U(d, "Question: On the same topic. The Pentagon said it had received some notice", "avoid misunderstanding.",
  ("United States", S, pos, "China", "welcome of China's advance notice as a positive step = supporting (a welcome with no appeal)"))
U(d, "Spokesman: Absolutely. Any measures that build confidence", "encourage more of them.",
  ("United Nations", T, pos, "", "welcome joined to an appeal for confidence-building = calling_for_talks (rule 2 before rule 3)"))
U(d, "Question: Stéphane, the Chinese foreign ministry spokesman, Lin Jian", "a defensive nuclear policy.",
  ("China", N, neu, "", "defence of own conduct / implicit denial = neutral"))
U(d, "Spokesman: No comment on the comment.", "Spokesman: No comment on the comment.",
  ("United Nations", N, neu, "", "no comment"))
U(d, "Spokesman: The Secretary-General has had a number of meetings", "came up.",
  ("United Nations", N, neu, "", "meetings reported, no position"))
U(d, "I'm not going to go into the details of private conversations.", "I'm not going to go into the details of private conversations.",
  ("United Nations", N, neu, "", "procedural"))
U(d, "Question: The Prime Minister of Fiji, Sitiveni Rabuka, told reporters", "broke that promise.",
  ("Fiji", C, neg, "China", "reported clause: 'broke that promise' = judgement without stock words"))
U(d, "He wants to see a world free of nuclear weapons", "Comprehensive Nuclear-Test-Ban Treaty.",
  ("United Nations", T, pos, "", "disarmament/treaty appeal, no judgement = calling_for_talks"))
U(d, "Question: Tuvalu and Vanuatu said in a joint statement last night", "respect the Treaty of Rarotonga.",
  ("Tuvalu", T, neg, "", "joint statement by a list of states, one row each; appeal to the nuclear Powers, no named culprit = calling_for_talks"),
  ("Vanuatu", T, neg, "", "same joint statement"))
U(d, "Spokesman: We would certainly want to see the Treaty of Rarotonga", "fully respected.",
  ("United Nations", T, neu, "", "appeal to respect nuclear-free zones = calling_for_talks"))
U(d, "Question: And a last one: a professor at the University of the South Pacific, Losana Vuniwai", "rather than to the islands.",
  ("Losana Vuniwai", N, neu, "", "invented scholar quoted in a question; reading of the test's aim, no judgement"))
U(d, "Spokesman: I leave analysis to the analysts.", "Spokesman: I leave analysis to the analysts.",
  ("United Nations", N, neu, "", "declines to comment"))
