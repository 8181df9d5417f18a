# ------------------------------------------------------------------ Myanmar: Sean Turnell's three-year sentence (analysis/explainer, 2022-09-30)
d = "page_myanmar_turnell_sentence2022_explainer.txt"
# Not statements: masthead, menu, kicker, headline, standfirst (carries a position; never a row), byline, read time, image caption, audio line, question crossheads, related analysis, topics, newsletter prompt, comments/share line, copyright.
# "A military court inside Naypyitaw's prison on Thursday sentenced ..." = the verdict as narrated (the court's act is the event itself), no row.
# "Suu Kyi and three of her former ministers ...", "Turnell, 58, has been held since ...", "The time he has served will count ..." = narration, no row.
U(d, "Foreign Minister Penny Wong rejected the ruling within hours", "out of the courtroom.",
  ("Australia", C, neg, "Myanmar", "rejection of the ruling + demand for release + complaint of exclusion = judgement on the junta's court"))
U(d, "\"We have never accepted these charges and we do not accept this verdict.", "Wong said.",
  ("Australia", C, neg, "Myanmar", "multi-sentence quote closed by surname; rejection of charges and verdict"))
U(d, "The foreign minister added that Australian officials would raise his case", "until he was home.",
  ("Australia", N, neu, "", "title only ('the foreign minister', Australian context); advocacy plan = neutral (unsure: persistent lobbying could read as calling_for_talks)"))
U(d, "Prime Minister Anthony Albanese, asked about the case in Canberra, said the government was working", "details of those efforts.",
  ("Australia", T, neu, "Myanmar", "working 'through every channel' to bring him home = diplomatic course, no judgement = calling_for_talks"))
U(d, "The military government's spokesman, Major General Zaw Min Tun, told reporters", "decide.",
  ("Myanmar", C, neg, "", "defence of the court (neutral part) + rebuke of foreign governments' interference = condemning; several governments -> target empty (unsure: could be read as a denial)"))
U(d, "Zaw Min Tun also said that the question of a pardon or deportation", "read as an opening.",
  ("Myanmar", N, neu, "", "procedural line on a pardon; the diplomats' reading is unattributed narration"))
U(d, "Turnell's wife, Ha Vu, an economist in Sydney, said on social media", "helping Myanmar.",
  ("Ha Vu", T, neg, "Myanmar", "real private person, declared as a person; appeal to the generals for his release, no judgement = calling_for_talks"))
U(d, "In Washington, State Department spokesman Ned Price called the trial a sham", "bear scrutiny.",
  ("United States", C, neg, "Myanmar", "'a sham' = judgement"))
U(d, "Price said the United States would keep working with partners to raise the cost", "of its detentions.",
  ("United States", C, neg, "Myanmar", "raising the cost = announced pressure (sanctions-like measure) = condemning"))
U(d, "A week earlier, the foreign ministers of Australia, India, Japan and the United States had called", "foreigners included.",
  ("Australia", T, neu, "Myanmar", "joint statement by a list of states: one row per state; call for release without a judgement word = calling_for_talks"),
  ("India", T, neu, "Myanmar", "same joint statement"),
  ("Japan", T, neu, "Myanmar", "same joint statement"),
  ("United States", T, neu, "Myanmar", "same joint statement"))
U(d, "The United Nations spokesman, Stéphane Dujarric, told reporters in New York", "arbitrarily detained.",
  ("United Nations", T, neg, "Myanmar", "concern + renewed appeal for release = calling_for_talks (rule 2: appeal, 'arbitrarily detained' describes the detainees)"))
U(d, "Cambodia's foreign minister, Prak Sokhonn, who serves as the ASEAN chair's special envoy", "keep doing so.",
  ("ASEAN", T, neu, "Myanmar", "speaks as the ASEAN chair's envoy = ASEAN (guide: chair speaking for the body); raising the case with the generals = diplomatic engagement; 'was quoted by Khmer media' form"))
U(d, "Elaine Pearson, Asia director at Human Rights Watch, said the verdict", "a check on it.",
  ("Human Rights Watch", C, neg, "Myanmar", "courts as 'an instrument of the junta' = judgement without a stock word"))
# "The debate in Canberra is now over whether Australia should impose targeted sanctions ..." = narration of a debate (the US/UK/Canada sanctions as background), no row.
U(d, "Dr Lachlan Moore, a senior fellow at the Southern Cross Institute", "a three-year sentence.",
  ("Lachlan Moore", C, neg, "Australia", "invented analyst; judgement of Canberra's quiet diplomacy by its result"))
U(d, "\"If Canberra still believes the generals respond to patience", "he said.",
  ("Lachlan Moore", C, neg, "Australia", "multi-sentence quote; criticism of Australia for not sanctioning (implies a call for sanctions on the junta); target Australia, the party judged (unsure: the sanctions call targets Myanmar)"))
# "Not everyone agrees." = transition, no row.
U(d, "Mya Thandar Oo, a former Myanmar diplomat who now lectures in Singapore, argued", "release Turnell early.",
  ("Mya Thandar Oo", N, neu, "", "invented former diplomat (speaks for no body); a forecast of the effect of sanctions, no judgement or appeal = neutral"))
U(d, "\"The military wants to be seen to be talked to.", "she said.",
  ("Mya Thandar Oo", T, neu, "", "multi-sentence quote closed by the speaker; case for a conversation rather than pressure = calling_for_talks"))
U(d, "She said she hoped Australia and ASEAN would quietly work out a package", "goodwill gesture.",
  ("Mya Thandar Oo", T, pos, "", "hope for a negotiated release; two addressees -> target empty"))
U(d, "Wong, for her part, has so far declined to say whether sanctions are being prepared.", "being prepared.",
  ("Australia", N, neu, "", "declining to comment = neutral"))
# "Under Myanmar's rules Turnell could be freed in a general amnesty ..." and "The next such holiday falls in November." = background, no row.
U(d, "Australian officials say consular staff will try to visit him again next week.", "next week.",
  ("Australia", N, neu, "", "unnamed officials of a named government = Australia; consular plan = neutral"))
# "His lawyers, barred from speaking publicly, have not said whether there will be an appeal." = non-answer, no row.
U(d, "Myanmar's foreign ministry, in a statement carried by the state newspaper", "of their choosing.",
  ("Myanmar", N, neu, "", "'in a statement carried by the state newspaper'; defence of the trial's legality = a denial of unfairness, neutral (tone neutral: no grievance voiced)"))
U(d, "In London, the Minister for the Indo-Pacific, Anne-Marie Trevelyan, said Britain stood", "economist's freedom.",
  ("United Kingdom", S, pos, "Australia", "backing of Australia's demand = supporting (the release demand is Australia's; the sentence's position is solidarity)"))
U(d, "Japan's chief cabinet secretary, Hirokazu Matsuno, said Tokyo was pressing", "detained in Yangon in July.",
  ("Japan", T, neu, "Myanmar", "seeking a citizen's release, no judgement = calling_for_talks"))
