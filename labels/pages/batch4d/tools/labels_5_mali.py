# ------------------------------------------------------------------ Mali / MINUSMA (UN noon-briefing readout + Security Council round-up, 2023-06-16)
d = "page_mali_minusma_unreadout.txt"
U(d, "Mr. Wane told Council members that the mission had been working", "not workable.",
  ("United Nations", N, neg, "", "MINUSMA head -> United Nations; restrictions and the consent principle stated as facts, no judgement"))
U(d, "He stressed that whatever the Council decided, the protection of civilians", "of any transition.",
  ("United Nations", T, neu, "", "'He' = Wane; protection of civilians as the priority = appeal"))
U(d, "Speaking at the same meeting, Mali's Minister for Foreign Affairs", "facing the country.",
  ("Mali", C, neg, "United Nations", "demand that the mission leave + 'had failed' (judgement); MINUSMA -> United Nations"))
U(d, "\"Ten years on, Malians see more insecurity, not less.", "he said.",
  ("Mali", C, neg, "United Nations", "multi-sentence quote closed by its speaker; the mission 'adds to' tensions"))
U(d, "Mr. Diop said the Government nevertheless remained willing", "for the departure.",
  ("Mali", T, neu, "United Nations", "'the Government' = Mali's, by context; willingness to work with the UN on the withdrawal = agreeing to talks"))
U(d, "He rejected as unfounded the allegations", "in March 2022.",
  ("Mali", N, neg, "", "denial of the human rights findings: neutral, negative tone"))
U(d, "Mr. Diop also accused France, which holds the pen", "towards his country.",
  ("Mali", C, neg, "France", "accusation of hostility"))
U(d, "He thanked the partners that respected Mali's sovereignty", "difficult times.",
  ("Mali", S, pos, "", "thanks/praise for unnamed partners (not canonical) -> target empty"))
U(d, "In the discussion that followed, the representative of the United States said", "were unacceptable.",
  ("United States", C, neg, "Mali", "UN-press-release register ('the representative of'); 'unacceptable' aimed at the transitional authorities"))
U(d, "The United States delegate also said the arrival of the Wagner Group", "killings in Moura.",
  ("United States", C, neg, "Wagner Group", "blame for abuses"))
U(d, "The representative of the Russian Federation said a peacekeeping mission", "taken into account.",
  ("Russia", S, pos, "Mali", "backing the host country's sovereignty and position"))
U(d, "The representative of France rejected the minister's charge of hostility", "Malian civilians.",
  ("France", N, neg, "", "denial of Mali's accusation: neutral, negative tone"))
U(d, "The representative of the United Kingdom said her delegation was deeply concerned", "of the country.",
  ("United Kingdom", N, neg, "", "concern WITHOUT an appeal: neutral, negative"))
U(d, "The representative of China said the wishes of the host country", "the Council's support.",
  ("China", S, pos, "Mali", "support for the host country's wishes and efforts"))
U(d, "The representative of Gabon, speaking also on behalf of Ghana and Mozambique", "could exploit.",
  ("Gabon", T, neu, "", "joint position of the three African members: one row per state; appeal to keep talking"),
  ("Ghana", T, neu, "", "A3 statement delivered by Gabon"),
  ("Mozambique", T, neu, "", "A3 statement delivered by Gabon"))
U(d, "Turning to Ukraine, the Humanitarian Coordinator, Denise Brown, said", "Kherson region.",
  ("United Nations", S, pos, "Ukraine", "aid delivered by act = supporting; round-up item"))
U(d, "She said the UN had still not been given access", "without delay.",
  ("United Nations", T, neg, "Russia", "lack of access + appeal for humanitarian access addressed to one party, no judgement word"))
U(d, "The Secretary-General has taken note of the Minister's statement", "future of the mission.",
  ("United Nations", N, neu, "", "transcript speaker label 'Spokesman: ' excluded; procedure"))
U(d, "Peacekeeping rests on the consent of the host country.", "host country.",
  ("United Nations", N, neu, "", "principle stated, no judgement"))
U(d, "More than 300 of them have lost their lives since 2013", "every one of them.",
  ("United Nations", N, pos, "", "toll of own personnel + tribute to them: neutral (self-praise), positive tone"))
U(d, "I am not going to speculate on the motives", "any Member State.",
  ("United Nations", N, neu, "", "declining to comment on an alleged Wagner role: neutral"))
