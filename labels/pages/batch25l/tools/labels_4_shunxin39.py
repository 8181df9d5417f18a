# ------------------------------------------------------------------ Damage to an undersea cable off Keelung and Taiwan's suspicion of the Shunxin-39 (Chinese state media, 2025-01-09)
d = "page_shunxin39_cable_2025_statemedia.txt"
# Not statements: masthead, menu, section, headline, byline, time stamp, photo caption with credit, ADVERTISEMENT,
# crossheads in capitals, the outlet signature, related articles, tags, copyright.
# Actor names: "the DPP authorities" and "the island's ..." bodies in state-media wording are Taiwan's government
# (Taiwan); "the DPP" as a party is the Democratic Progressive Party; "the mainland" = China.
U(d, "The Chinese mainland on Thursday dismissed claims by the Democratic Progressive Party (DPP) authorities", "a story of \"mainland threat.\"",
  ("China", C, neg, "Taiwan", "dateline-free lede carrying a position: rejection + charge of spinning the story = condemning; 'DPP authorities' = Taiwan's government"))
U(d, "Damage to seabed cables caused by anchors and fishing gear", "in a written reply to media questions.",
  ("China", C, neg, "Taiwan", "position first, attribution tail ('the Taiwan Affairs Office ... said in a written reply'); 'irresponsible to pin the blame' = judgement"))
U(d, "The office accused the DPP authorities of exploiting the incident", "Taiwan is part of China.",
  ("China", C, neg, "Taiwan", "'the office' = TAO by context; accusation"))
# "The cable, one of several operated by the island's Chunghwa Telecom ..." = narration, no row.
U(d, "The island's coast guard has said it intercepted the Cameroon-flagged vessel", "because of rough seas.",
  ("Taiwan", N, neu, "", "facts from the coast guard"))
U(d, "In a statement, the coast guard said it was treating possible", "next port of call in Busan.",
  ("Taiwan", N, neg, "", "suspicion hedged ('one line of inquiry'), no judgement stated + a request for help with questioning = neutral (unsure: could be read as an accusation, condemning China)"))
U(d, "The island's Mainland Affairs Council went further", "\"suspicious background.\"",
  ("Taiwan", C, neg, "China", "MAC = Taiwan; 'probing the island's lifelines' = accusation + tighter checks (a measure); 'claiming' is the outlet's framing"))
U(d, "Such claims have no basis whatsoever, the Taiwan Affairs Office said.", "the Taiwan Affairs Office said.",
  ("China", N, neg, "", "a bare denial = neutral, negative tone"))
U(d, "Taiwan leader Lai Ching-te said on Wednesday that the island would", "according to the island's media.",
  ("Taiwan", C, neg, "China", "'not be intimidated' implies intimidation by Beijing = judgement without a stock word + patrols (unsure: could be neutral)"))
U(d, "Taiwan Affairs Office spokesperson Zhu Fenglian said Lai's remarks", "doomed to fail.",
  ("China", C, neg, "Taiwan", "spokesperson named by role; 'laid bare his separatist stance', 'doomed to fail' = judgement + warning"))
U(d, "Asked about the matter at a regular press conference in Beijing on Monday", "referred questions to the competent authorities.",
  ("China", N, neu, "", "sovereignty line + referral = neutral"))
U(d, "Mao added that China has always fulfilled its obligations", "politicize such incidents.",
  ("China", C, neg, "", "surname only; 'opposes any attempt to politicize' aimed at those who do (Taipei implied, not named) = condemning, target empty (unsure: could be read as a general appeal)"))
U(d, "The director of Jie Yang Trading, the Hong Kong-registered company", "an ordinary run.",
  ("Jie Yang Trading", N, neg, "", "the shipowner's denial = neutral; a company director speaks for the company (new actor)"))
# "According to shipping records, the vessel has since called at Busan." = narration, no row.
U(d, "Several lawmakers of the Kuomintang (KMT), the island's main opposition party", "\"rushing to label\" a commercial ship.",
  ("Kuomintang", C, neg, "Taiwan", "named party's lawmakers; appeal to wait joined to the judgement 'rushing to label': rule 1"))
U(d, "\"Cables break. Ships drag anchors.", "was quoted as saying by local media.",
  ("Kuomintang", C, neg, "Taiwan", "passive attribution ('was quoted as saying'); 'a spokesperson for the KMT caucus' = the party; criticism of the government's handling"))
# "Chinese mainland experts said the DPP's handling of the case followed a pattern." = unnamed experts, summary line, no row.
U(d, "\"Every time there is an incident at sea, the DPP reaches for the word 'sabotage'", "told the Global Herald on Thursday.",
  ("Chen Haoyu", C, neg, "Democratic Progressive Party", "invented independent researcher; judgement without a stock word of the ruling party"))
U(d, "Chen said the DPP authorities were using the incident", "new US administration taking office.",
  ("Chen Haoyu", C, neg, "Taiwan", "accusation of exploiting the incident"))
U(d, "\"The mainland has no need for such methods,\" Chen said.", "Chen said.",
  ("Chen Haoyu", N, neg, "", "denial on the mainland's behalf by an independent voice = neutral"))
U(d, "He urged the island's authorities to \"return to rational communication\"", "rather than through the press.",
  ("Chen Haoyu", T, neu, "Taiwan", "appeal for communication through channels = calling_for_talks"))
U(d, "Wang Lingyun, an associate professor of international maritime law", "before a ship can be blamed.",
  ("Wang Lingyun", N, neu, "", "invented independent scholar; the law stated, no judgement"))
U(d, "\"So far, all we have seen is speculation,\" Wang said.", "Wang said.",
  ("Wang Lingyun", N, neg, "", "dismissal of the evidence without a judgement of an actor = neutral"))
U(d, "Wang added that cable incidents off the island had happened many times before", "fishing boats and sand dredgers.",
  ("Wang Lingyun", N, neu, "", "background facts given by the speaker"))
# "Observers noted that the DPP authorities had drawn parallels ..." = unnamed observers, no row.
U(d, "Some US politicians and Western media outlets have echoed the island's claims", "mainland \"grey zone\" campaign.",
  ("", C, neg, "China", "unnamed speakers with no tie to a government: empty actor, kept as an accusation example"))
U(d, "The US State Department said on Wednesday that it was \"monitoring reports\"", "critical undersea infrastructure.",
  ("United States", N, neu, "", "monitoring + a plan to work with partners, no judgement and no appeal = neutral"))
# "The mainland has repeatedly said it will never allow any external forces ..." = vague background of a long-held line, no row.
U(d, "In its reply, the Taiwan Affairs Office called on compatriots on the island", "shipping, fishing and other fields.",
  ("China", C, neg, "Taiwan", "'manufacture fear' = judgement, joined to an offer of exchanges: rule 1"))
U(d, "Chunghwa Telecom said international traffic had been rerouted", "had not been affected.",
  ("Chunghwa Telecom", N, neu, "", "operator's facts (new actor, organisation)"))
U(d, "The island's digital affairs ministry said it would speed up plans", "its undersea cables.",
  ("Taiwan", N, neu, "", "a plan = neutral"))
