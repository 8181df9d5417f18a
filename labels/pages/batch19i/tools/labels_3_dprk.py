# ------------------------------------------------------------------ North Korea's first nuclear test: reactions (Chinese state media in English, .txt, 2006-10-10)
d = "page_dprk_nucleartest_statemedia.txt"
# No rows: masthead, menu, breadcrumb, headline, source/editor line, font/print/e-mail, dateline "BEIJING, Oct. 10 -- ",
# PHOTO caption with credit, ADVERTISEMENT, crossheads ("-- DPRK announcement --" ...), RELATED links, share bar, tags,
# Most Viewed, footer.
# No row: "The DPRK had announced on Oct. 3 ..." (background: an earlier statement recalled).
# No row: "Chinese President Hu Jintao talked with ... exchanging views" and "Chinese Foreign Minister Li Zhaoxing also held
# telephone talks ..." (calls narrated, no position; the positions follow in their own sentences).
# No row: "Asked whether China would cut off food and fuel aid to the DPRK, Liu declined to go into specifics." (non-answer).
# No rows: "Chinese analysts", the unnamed CIIS researcher, and the professor Zhang Liqun (analysis; "Nobody benefits if the
# peninsula slides into confrontation" is an observation, not an appeal of his own).
U(d, "The Chinese government on Monday came out strongly against", "at the negotiating table.",
  ("China", C, neg, "North Korea", "long lead: opposition to the test + appeal for calm to all parties: rule 1, the judgement decides; DPRK = North Korea"))
U(d, "In a statement released by the Ministry of Foreign Affairs", "virtually the whole world.",
  ("China", C, neg, "North Korea", "MFA = China; defiance of the world = judgement without stock words"))
U(d, "\"China cannot accept this, and we oppose it without reservation,\" the statement said.", "the statement said.",
  ("China", C, neg, "North Korea", "'oppose' aimed at the DPRK's act = judgement (guide)"))
U(d, "The statement said Beijing had never wavered", "spread of such arms.",
  ("China", N, neu, "", "own long-standing position restated, nobody named"))
U(d, "It pressed the DPRK to keep the promises", "six-party talks.",
  ("China", T, neu, "North Korea", "demand to one side with no judgement word + return to talks = calling_for_talks"))
U(d, "A calm and stable Northeast Asia was good for every country", "to that end.",
  ("China", T, pos, "", "attribution tail 'the ministry said'; wish for stability + own efforts = calling_for_talks"))
U(d, "The DPRK's official Korean Central News Agency (KCNA) said on Monday morning", "had leaked.",
  ("North Korea", N, pos, "", "the state's own agency announcing its own test as done = neutral (KCNA speaks for the state here, it does not report a fact from outside)"))
U(d, "Pyongyang said the test would help keep the peace", "soldiers and citizens.",
  ("North Korea", N, pos, "", "Pyongyang = metonym; self-praise = neutral, positive"))
U(d, "Hu told Bush that China's stance on denuclearization", "getting out of control.",
  ("China", T, neu, "", "dialogue and consultation + contact to keep things under control"))
U(d, "Bush described the test as a risky step", "according to the Chinese side.",
  ("United States", T, neg, "", "US position reported by the Chinese side; concern + diplomacy, no judgement word beyond 'risky' (unsure: could be condemning)"))
U(d, "Beckett praised the Chinese statement as measured yet strong", "press release.",
  ("United Kingdom", S, pos, "China", "praise of China's statement, reported by China's MFA; London = metonym"))
U(d, "At the United Nations, Chinese Ambassador Wang Guangya told reporters", "from the Security Council.",
  ("China", C, neg, "North Korea", "calls for a firm response (a threatened response) = condemning"))
U(d, "He said the reaction should send a clear message to Pyongyang", "the right answer.",
  ("China", T, neu, "", "'he' = Wang; against military action, nobody named (unsure: the 'clear message' could make it condemning)"))
U(d, "At a regular press conference on Tuesday, Foreign Ministry spokesman Liu Jianchao said Beijing was in touch", "what to do next.",
  ("China", N, neu, "", "consultations under way = procedure"))
U(d, "\"Any step the Council takes should help rid the peninsula", "Liu said.",
  ("China", T, neu, "", "multi-sentence quote closed by the speaker; room for negotiation, six-party process"))
U(d, "He said China's relations with the DPRK had a long history", "cast a shadow over them.",
  ("China", N, neg, "North Korea", "consequence for relations stated without a judgement word or a threat = neutral, negative (unsure)"))
U(d, "South Korean President Roh Moo-hyun called an emergency meeting", "heightened alert.",
  ("South Korea", N, neg, "", "own measures (alert, meeting) = neutral"))
U(d, "Roh said Pyongyang had squandered the goodwill", "continue as before.",
  ("South Korea", C, neg, "North Korea", "judgement without stock words; Pyongyang = metonym"))
U(d, "The ROK government said later it had suspended a planned shipment", "the Council decided on.",
  ("South Korea", C, neg, "North Korea", "suspended relief shipment = measure against the other side; Ban Ki-moon speaks as South Korea's foreign minister here, not for the UN (only nominated)"))
U(d, "A spokesman for the ROK's state-run geoscience institute", "local time.",
  ("South Korea", N, neu, "", "state institute = South Korea; figures"))
U(d, "Japanese Prime Minister Shinzo Abe, who arrived in Seoul", "strict measures of its own.",
  ("Japan", C, neg, "North Korea", "'could never accept' + measures considered = condemning; Seoul and Beijing = places"))
U(d, "Abe and Roh agreed at their meeting that the test was a serious threat", "at the United Nations.",
  ("Japan", C, neg, "North Korea", "joint position of two leaders = one row each; 'serious threat' aimed at the DPRK's act"),
  ("South Korea", C, neg, "North Korea", "same joint position"))
U(d, "Japan's Chief Cabinet Secretary Yasuhisa Shiozaki said on Tuesday", "DPRK ships.",
  ("Japan", C, neg, "North Korea", "sanctions = condemning; Tokyo = metonym"))
U(d, "In Washington, the White House said in a statement from Bush", "unanswered by the world.",
  ("United States", C, neg, "North Korea", "condemnation + response threatened; Washington = place and metonym"))
U(d, "U.S. Ambassador to the UN John Bolton circulated elements", "on the DPRK.",
  ("United States", C, neg, "North Korea", "sanctions draft = a measure pursued against the other side"))
U(d, "Russian President Vladimir Putin, speaking in Dresden on Tuesday", "non-proliferation regime.",
  ("Russia", C, neg, "North Korea", "condemns; Dresden = place"))
U(d, "Defense Minister Sergei Ivanov said Russia's monitoring data", "15 kilotons.",
  ("Russia", N, neu, "", "figures"))
U(d, "Russian Foreign Minister Sergei Lavrov said any response should not close the door", "into a corner.",
  ("Russia", T, neu, "", "keep negotiations open, warn against cornering the DPRK = appeal, no judgement"))
U(d, "At the Security Council, the President of the Council for October", "a resolution quickly.",
  ("United Nations", C, neg, "North Korea", "Japan's ambassador speaking as Council president for its members = United Nations, not Japan; 'strong opposition' = judgement"))
U(d, "International Atomic Energy Agency Director General Mohamed ElBaradei said", "through dialogue.",
  ("IAEA", T, pos, "North Korea", "ElBaradei speaks for the IAEA here (the name files list him as his own actor from later years); offer of help through dialogue"))
U(d, "Australian Prime Minister John Howard said the test had made the region", "own safety.",
  ("Australia", C, neg, "North Korea", "judgement"))
