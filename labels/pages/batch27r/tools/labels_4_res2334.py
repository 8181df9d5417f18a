# ------------------------------------------------------------------ Resolution 2334 on settlements: UN meetings coverage, reposted with a context note (2016-12-23)
d = "page_res2334_settlements2016_unmeetings.txt"
# Not statements: site name, breadcrumb, repost note, meeting header, headline and subheadline, "Statements" crosshead,
# timing line, "For information media", the context-note heading, Related, tags, copyright.
U(d, "The Security Council today reaffirmed that the establishment of settlements by Israel", "cease all settlement activities.",
  ("United Nations", C, neg, "Israel", "the Council's text: 'no legal validity' + demand to cease = judgement (rule 1)"))
U(d, "Adopting resolution 2334 (2016) by 14 votes in favour, with the United States abstaining", "a comprehensive peace.",
  ("United Nations", T, neu, "", "appeal to both parties to refrain + diplomatic efforts; vote figures are narration"))
U(d, "The text was put to a vote by Malaysia, New Zealand, Senegal and Venezuela", "be postponed.",
  ("Malaysia", N, neu, "", "tabling a vote = procedural act, listed state"),
  ("New Zealand", N, neu, "", "same"),
  ("Senegal", N, neu, "", "same"),
  ("Venezuela", N, neu, "", "same"),
  ("Egypt", N, neu, "", "request to postpone = procedure"))
U(d, "Speaking after the vote, the representative of the United States said her country had abstained", "directed at Israelis.",
  ("United States", N, neu, "", "explanation of an abstention: facts acknowledged + a reservation; no judgement of an actor (unsure)"))
U(d, "The settlement enterprise had grown so much that it now put the two-State solution", "she said.",
  ("United States", C, neg, "Israel", "judgement of settlement growth without stock words"))
U(d, "She added that the United States would not have let a one-sided text through", "credibility of the Organization.",
  ("United States", C, neg, "United Nations", "judgement of the Council's record"))
U(d, "The representative of New Zealand said his delegation had joined the sponsors", "the Palestinian question.",
  ("New Zealand", N, neu, "", "explanation of own vote by policy = neutral"))
U(d, "The Council had been silent on the peace process for eight years, he said", "in good faith.",
  ("New Zealand", T, neu, "", "speaker carried by 'he'; expectation that both parties return to negotiations"))
U(d, "Malaysia's representative said the resolution was a modest but overdue step", "end the occupation.",
  ("Malaysia", S, pos, "United Nations", "approval of the resolution + hope: 'end the occupation' is a demand on Israel but the welcome of the text is the point (unsure: could be calling_for_talks)"))
U(d, "The speaker for Senegal said his delegation had acted out of its long commitment", "a negotiated settlement.",
  ("Senegal", T, neu, "", "commitment to a negotiated settlement"))
U(d, "The representative of Venezuela said the continuing expansion of settlements", "in open defiance of the Council.",
  ("Venezuela", C, neg, "Israel", "'deliberate policy of colonization' = judgement"))
U(d, "Egypt's representative said his country had requested a postponement", "it had itself drafted.",
  ("Egypt", N, neu, "", "procedural account of own vote"))
U(d, "The representative of the United Kingdom said the resolution was in line", "glad to support it.",
  ("United Kingdom", S, pos, "United Nations", "support for the resolution"))
U(d, "France's representative said that the Council had restated principles", "back to the table.",
  ("France", T, neu, "", "plain reading of the text + hosting a conference to bring the parties back = calling_for_talks"))
U(d, "The representative of the Russian Federation said his country had supported the text", "without preconditions.",
  ("Russia", C, neg, "Israel", "settlements called a main obstacle (judgement) + appeal: rule 1 (unsure: mild wording)"))
U(d, "China's representative said his delegation welcomed the adoption", "legitimate national rights.",
  ("China", S, pos, "Palestine", "welcome + support for the Palestinian cause"))
U(d, "The speakers for Japan, Spain and Uruguay each said that the text was balanced", "unilateral steps.",
  ("Japan", T, neu, "", "joint listing of states: appeal to avoid unilateral steps"),
  ("Spain", T, neu, "", "same"),
  ("Uruguay", T, neu, "", "same"))
U(d, "Ukraine's representative said his delegation had voted in favour", "to be discussed.",
  ("Ukraine", C, neg, "", "regret aimed at the sponsors' handling ('regrettable' = judgement); sponsors are several -> target empty"))
U(d, "Angola's representative said the resolution was consistent with international law", "revive the peace process.",
  ("Angola", T, pos, "", "hope that the peace process revives"))
U(d, "Israel's representative said his Government would pay no heed to the text.", "to the text.",
  ("Israel", C, neg, "United Nations", "rejection of the Council's resolution in protest"))
U(d, "He said the Council had today voted to condemn the Jewish people", "voted against peace.",
  ("Israel", C, neg, "United Nations", "accusation aimed at the Council and its members"))
U(d, "\"This resolution will be remembered as a gift to terror", "to see things differently.",
  ("Israel", C, neg, "United Nations", "judgement of the resolution"))
U(d, "The Permanent Observer of the State of Palestine said the adoption was a long-awaited message", "would not accept them.",
  ("Palestine", C, neg, "Israel", "welcome of the adoption joined to 'the settlements were illegal' = judgement decides (rule 1)"))
U(d, "He thanked the sponsors and every member that had voted in favour", "the basis of international law.",
  ("Palestine", T, pos, "", "thanks + readiness for negotiations: offer of talks decides (rule 2 before 3)"))
U(d, "Within hours of the vote, Israel recalled its ambassadors to New Zealand and Senegal", "would be cancelled.",
  ("Israel", C, neg, "", "recall of envoys + aid cut = measures against two states -> target empty"))
U(d, "New Zealand's Foreign Minister, Murray McCully, was quoted by Radio New Zealand as saying", "stood by its vote.",
  ("New Zealand", N, neu, "", "'was quoted as saying'; stands by own vote, no judgement of Israel"))
U(d, "Dr Leilani Fonoti, a senior lecturer in international law", "the Council is for.",
  ("Leilani Fonoti", S, pos, "New Zealand", "invented scholar; praise of New Zealand's act"))
U(d, "\"A two-year seat is worth something only if you are willing to spend it", "Fonoti said.",
  ("Leilani Fonoti", S, pos, "New Zealand", "praise continued"))
U(d, "Professor Gideon Amsel, a visiting scholar at the Pacific Institute of International Affairs", "no friends in the Pacific.",
  ("Gideon Amsel", C, neg, "Israel", "invented scholar; 'heavy-handed' = judgement"))
U(d, "He said both Wellington and Jerusalem should find a quiet way", "early in the new year.",
  ("Gideon Amsel", T, neu, "", "appeal to both capitals to restore envoys"))
