# ------------------------------------------------------------------ DPRK declares the ROK its "primary foe" and scraps reunification bodies (Xinhua-style state media roundup, 2024-01-17)
d = "page_nkorea_primaryfoe_statemedia.txt"
U(d, "The Democratic People's Republic of Korea (DPRK) has abolished the state bodies", "official media in Pyongyang reported.",
  ("North Korea", C, neg, "South Korea", "lead after the dateline: bodies scrapped + ROK defined as 'primary foe' (a measure and a judgement against another side); KCNA/'official media' reporting is not an actor"))
U(d, "The Supreme People's Assembly (SPA), the DPRK's legislature, decided", "said on Tuesday.",
  ("North Korea", C, neg, "South Korea", "legislature = the state; abolition justified by 'hostile states ... never be achieved with the ROK' = judgement"))
U(d, "Addressing the session, Kim said the DPRK had wasted decades", "absorb the north.",
  ("North Korea", C, neg, "South Korea", "accusation that the ROK only sought absorption"))
U(d, "\"The ROK is no longer a partner for reconciliation", "Kim was quoted as saying.",
  ("North Korea", C, neg, "South Korea", "quote closed by 'was quoted as saying' (reported speech counts)"))
U(d, "\"The constitution must state plainly who our principal enemy is.\"", "\"The constitution must state plainly who our principal enemy is.\"",
  ("North Korea", C, neg, "South Korea", "quote continued after the attribution, same speaker (Kim)"))
U(d, "According to KCNA, Kim said the DPRK would not be the first to start a war", "territory of the ROK.",
  ("North Korea", C, neg, "South Korea", "reassurance + conditional threat to take the whole ROK: the threat decides"))
U(d, "He also warned that any intrusion into what Pyongyang regards as its southern border", "answered with force.",
  ("North Korea", C, neg, "South Korea", "threat of force; 'He' = Kim, Pyongyang = metonym"))
U(d, "Kim ordered that the monument to the three charters", "the report said.",
  ("North Korea", C, neg, "South Korea", "cutting the rail links with the ROK = a measure against the other side, like severing ties (unsure: could be read as a neutral own measure; the monument is its own)"))
U(d, "Earlier this month the DPRK fired artillery rounds", "had been a success.",
  ("North Korea", N, pos, "", "own weapons test reported as done and called a success (KCNA quoting the state): neutral, self-praise"))
U(d, "ROK President Yoon Suk Yeol told a cabinet meeting on Tuesday", "against history.",
  ("South Korea", C, neg, "North Korea", "judgement without stock words ('stood against the Korean people and against history')"))
U(d, "He warned that any provocation would be met with a response many times stronger", "giving in to intimidation.",
  ("South Korea", C, neg, "North Korea", "threat of retaliation + 'will not give in to intimidation'"))
U(d, "The ROK Ministry of Unification said in a statement that it deeply regretted", "living in one country.",
  ("South Korea", C, neg, "North Korea", "'deeply regretted' + judgement of the decision"))
U(d, "Unification Minister Kim Yung-ho later told reporters", "keep the door to dialogue open.",
  ("South Korea", T, neu, "North Korea", "commitment to peaceful unification and dialogue, addressed to the DPRK"))
U(d, "The ROK Joint Chiefs of Staff said the ROK, the United States and Japan", "a US aircraft carrier.",
  ("South Korea", N, neu, "", "own exercise announced by the JCS; the US and Japan take no position in the sentence"))
U(d, "The military was closely monitoring DPRK troop movements", "the Joint Chiefs added.",
  ("South Korea", N, neg, "", "monitoring + readiness, no appeal = neutral"))
U(d, "Chinese Foreign Ministry spokesperson Mao Ning, asked about the development", "consistent and clear.",
  ("China", N, neu, "", "restates that its position is unchanged, no appeal in this sentence"))
U(d, "\"We hope the relevant parties will exercise restraint", "Mao said.",
  ("China", T, neu, "", "hope + restraint + dialogue aimed at all parties"))
U(d, "In Washington, US State Department spokesperson Matthew Miller told reporters", "without preconditions.",
  ("United States", T, neu, "North Korea", "offer of talks without preconditions; Washington = place"))
U(d, "Miller added that Washington was concerned by the escalating rhetoric", "Seoul and Tokyo.",
  ("United States", N, neg, "", "concern without an appeal + consultation with allies = neutral, negative"))
U(d, "Japanese Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo was gathering", "with great interest.",
  ("Japan", N, neu, "", "information-gathering, no judgement and no appeal"))
U(d, "In New York, UN spokesperson Stephane Dujarric said Secretary-General Antonio Guterres was troubled", "channels of communication.",
  ("United Nations", T, neg, "", "concern + appeal to all sides = calling_for_talks"))
U(d, "DPRK Foreign Minister Choe Son Hui, who was on a visit to Moscow", "to a new level.",
  ("North Korea", S, pos, "Russia", "backing of Russia; Lavrov is only addressed here"))
U(d, "Lavrov, for his part, said the military drills staged by Washington", "by political means.",
  ("Russia", C, neg, "", "blames the drills of Washington and its allies (judgement) + settlement by political means: rule 1; aimed at several actors -> target empty"))
U(d, "Choe was also received at the Kremlin by Russian President Vladimir Putin", "without giving details.",
  ("Russia", N, neu, "", "the Kremlin spokesman reports a meeting: a fact given by an actor"))
U(d, "At a plenary meeting of the ruling Workers' Party of Korea in late December", "formalized this week.",
  ("North Korea", C, neg, "South Korea", "Kim's December redefinition of ties as between 'two states hostile to each other' = judgement (the ruling party's meeting = the state); 'Enditem' is furniture"))
