# ------------------------------------------------------------------ North Korea blows up the inter-Korean liaison office in Kaesong (Xinhua-style state media, plain text, 2020-06-17)
d = "page_kaesong_liaison_statemedia.txt"
U(d, "The Democratic People's Republic of Korea (DPRK) said Wednesday that its army", "border town of Kaesong.",
  ("North Korea", C, neg, "South Korea", "dateline excluded; announced military move into the joint zones = a taken/threatened response against the South (guide); the demolition is narration here"))
U(d, "The liaison office was blown up at 2:49 p.m. local time", "Unification Ministry said.",
  ("South Korea", N, neu, "", "a fact given by a ministry (time of the blast) = neutral, neutral tone"))
U(d, "The official Korean Central News Agency (KCNA) said the building had been destroyed", "made to pay.",
  ("North Korea", C, neg, "South Korea", "state agency giving the state's justification (labels/README: a state-media report of the state's decision is the state); accusation + threat; KCNA itself is not an actor"))
U(d, "A spokesman for the General Staff of the Korean People's Army said", "would resume.",
  ("North Korea", C, neg, "South Korea", "army speaks for its state; announced deployments and drills aimed at the South (the 2018 agreement with it) = announced military measures"))
U(d, "In a separate statement carried by KCNA, Kim Yo Jong", "as a ploy.",
  ("North Korea", C, neg, "South Korea", "Kim Yo Jong = North Korea (name files); refusing a meeting (envoys) with a judgement ('a ploy') = condemning"))
U(d, "She also derided a speech Moon gave on Monday", "keep his promises.",
  ("North Korea", C, neg, "South Korea", "pronoun 'She' = Kim Yo Jong; judgement of Moon (= South Korea)"))
U(d, "According to KCNA, Moon had proposed on Monday to send", "earliest possible date.",
  ("South Korea", T, neu, "North Korea", "a position of Moon reported by the other side's agency is Moon's (guide): offer to send envoys = offer of talks; KCNA takes no position in this sentence"))
U(d, "Yoon Do-han, senior secretary for public communication", "had run out.",
  ("South Korea", C, neg, "North Korea", "introduced by role; 'disrespectful and irrational' + warning = judgement; Cheong Wa Dae = South Korea"))
U(d, "Yoon said that making public an envoy proposal", "diplomatic courtesy.",
  ("South Korea", C, neg, "North Korea", "surname only; accusation of breaking diplomatic courtesy"))
U(d, "Yoh Sang-key, spokesman for the Unification Ministry, said the troop plan ran counter", "urged Pyongyang to reconsider.",
  ("South Korea", C, neg, "North Korea", "'ran counter to the agreements' = judgement + appeal: rule 1; Pyongyang = metonym"))
U(d, "Unification Minister Kim Yeon-chul offered to resign on Wednesday", "on his watch.",
  ("South Korea", N, neg, "", "own step (offer to resign) with no judgement of another actor = neutral"))
U(d, "Jeon Dong-jin, director of operations at South Korea's Joint Chiefs of Staff", "the military steps.",
  ("South Korea", C, neg, "North Korea", "conditional threat ('would face consequences')"))
U(d, "He said the South Korean military was watching the DPRK's forces", "ready to respond.",
  ("South Korea", N, neu, "", "'He' = Jeon; own readiness posture, no threat aimed at a named act = neutral (unsure: 'stood ready to respond' is a mild deterrent)"))
U(d, "On Tuesday, Kim You-geun, first deputy director of the presidential National Security Office", "escalated any further.",
  ("South Korea", C, neg, "North Korea", "conditional threat of a response; Pyongyang = metonym"))
U(d, "Joo Ho-young, floor leader of the main opposition United Future Party", "change course.",
  ("United Future Party", C, neg, "South Korea", "opposition party judging its own government's policy (as batch5c's Yesh Atid); target = the government (South Korea)"))
U(d, "Asked about the demolition at a regular press briefing on Tuesday, Chinese Foreign Ministry spokesperson Zhao Lijian", "peaceful and stable.",
  ("China", T, pos, "", "hope that the two sides settle their differences + peace and stability = calling_for_talks; both sides -> target empty"))
U(d, "Russian Foreign Minister Sergei Lavrov on Wednesday appealed to Seoul and Pyongyang", "one day resume.",
  ("Russia", T, neu, "", "appeal against escalation + hope for talks; both sides (capitals as metonyms) -> empty"))
U(d, "A U.S. State Department spokesperson said Washington stood firmly behind", "approach to the North.",
  ("United States", S, pos, "South Korea", "unnamed spokesperson of a named body; backing of Seoul's efforts"))
U(d, "The spokesperson also urged the DPRK to avoid any further moves", "relations back.",
  ("United States", T, neg, "North Korea", "demand addressed to one side, no judgement word = calling_for_talks, negative (labels/README)"))
U(d, "Japanese Chief Cabinet Secretary Yoshihide Suga told a press conference", "United States and South Korea.",
  ("Japan", N, neu, "", "monitoring with allies, no appeal and no judgement = neutral; Tokyo = place"))
U(d, "UN spokesman Stephane Dujarric said Secretary-General Antonio Guterres encouraged", "through dialogue.",
  ("United Nations", T, pos, "", "appeal for dialogue to both sides"))
