# ------------------------------------------------------------------ Chinese destroyer's laser at an Australian P-8A over the Arafura Sea (Chinese embassy news page, items 2022-02-20 to 2022-02-24)
d = "page_arafura_laser_p8a2022_embassynews.txt"
# Not statements: embassy header, menu, breadcrumb, item dates, item titles, separators, the editor's note on the repost,
# the reporters' questions ("Q: ...", even when they report a position: Morrison's remarks, the State Department's line,
# the Australian Defence statement), related links, address, copyright.
U(d, "Professor Tulloch writes that the Australian Government chose", "than about events in the Arafura Sea.",
  ("Graham Tulloch", C, neg, "Australia", "invented scholar (person) in a reposted article; judgement of Canberra's handling (electioneering) without a stock word"))
U(d, "\"Two navies that watch each other at close quarters", "he writes.",
  ("Graham Tulloch", T, neu, "", "need for incidents-at-sea rules and hotlines = appeal for a diplomatic mechanism = calling_for_talks"))
U(d, "\"Canberra and Beijing should sit down and agree on such rules", "costs lives.\"",
  ("Graham Tulloch", T, neg, "", "quote continued after the attribution; appeal to both capitals to negotiate = calling_for_talks; both sides -> target empty"))
U(d, "He adds that Australian commentators who called the episode an armed attack", "no aircraft was damaged.",
  ("Graham Tulloch", C, neg, "", "judgement of commentators (not an actor) -> target empty"))
# "On 22 February, Ambassador Xiao Qian met at the Embassy with representatives ..." = narration of a meeting, no row.
U(d, "Ambassador Xiao said that China-Australia relations were at an important juncture", "partners rather than rivals.",
  ("China", T, pos, "Australia", "ambassador speaks for China; hope for partnership = calling_for_talks (unsure: could be neutral)"))
U(d, "He said that recent remarks by some Australian politicians", "served neither country's interests.",
  ("China", C, neg, "Australia", "'He' = Xiao; judgement of Australian politicians' 'hyping', no stock word"))
U(d, "\"China is ready to work with the Australian side", "calmly and in a constructive manner.",
  ("China", T, pos, "Australia", "offer of dialogue + hope for calm handling = calling_for_talks; attribution in the middle then 'adding that'"))
# "The representatives thanked the Embassy ..." = unnamed community representatives, not actors; no row.
U(d, "The relevant competent authorities have already released information on this matter.", "The relevant competent authorities have already released information on this matter.",
  ("China", N, neu, "", "MFA spokesperson (Wang Wenbin, named in the item title); procedural = neutral"))
U(d, "The Chinese vessels were sailing in international waters", "lawful, safe and professional.",
  ("China", N, neu, "", "own conduct described as lawful = reassurance, neutral"))
U(d, "The Australian account is inconsistent with the facts.", "The Australian account is inconsistent with the facts.",
  ("China", N, neg, "", "denial of Australia's version = neutral, negative"))
U(d, "For some time the Australian side has repeatedly sent military aircraft", "threatens the safety of both sides.",
  ("China", C, neg, "Australia", "accusation of provocative reconnaissance = condemning"))
U(d, "We urge the Australian side to respect the lawful rights of Chinese vessels, stop spreading", "conducive to mutual trust.",
  ("China", C, neg, "Australia", "appeal joined to a charge of spreading baseless claims; the judgement decides (rule 1)"))
U(d, "The US is not a party to this matter and has no business", "passing judgement on it.",
  ("China", C, neg, "United States", "rebuke of the US for taking sides = condemning"))
U(d, "We advise the US to stop sowing discord", "regional countries.",
  ("China", C, neg, "United States", "accusation of sowing discord inside an 'advice' = condemning"))
U(d, "Recently, a task group of the Chinese People's Liberation Army Navy conducted", "in strict accordance with international law.",
  ("China", N, neu, "", "MND spokesperson Tan Kefei (named in the title); own voyage reported, no judgement = neutral"))
U(d, "During this period, an Australian P-8A anti-submarine patrol aircraft came as close", "the ships and their crews at risk.",
  ("China", C, neg, "Australia", "accusation of a dangerous approach = condemning"))
U(d, "The Chinese side has lodged representations with the Australian side over this.", "The Chinese side has lodged representations with the Australian side over this.",
  ("China", C, neg, "Australia", "'the Chinese side' (state-media idiom); formal protest lodged = a taken response = condemning"))
U(d, "The information released by the Australian side does not reflect what actually happened.", "The information released by the Australian side does not reflect what actually happened.",
  ("China", N, neg, "", "denial = neutral, negative"))
U(d, "We urge the Australian side to respect the legitimate rights", "untrue statements about China.",
  ("China", C, neg, "Australia", "appeal joined to the charge of spreading untrue statements (rule 1)"))
U(d, "The Chinese military will continue to carry out its normal training", "the safety of its personnel.",
  ("China", C, neg, "Australia", "veiled warning of 'necessary measures' after an accusation = threat = condemning (unsure: could be read as a neutral plan)"))
U(d, "Recently, the Australian Department of Defence issued a statement accusing", "a challenge to Australian sovereignty.",
  ("Australia", C, neg, "China", "Australia's accusation reported by the Chinese embassy = Australia's statement (a position of X reported by Y)"))
U(d, "The spokesperson of the Chinese Embassy said that the claims", "firmly rejected them.",
  ("China", C, neg, "Australia", "rejection of the accusation joined to the judgement that Canberra rushed it out unverified; the judgement makes it condemning (a bare denial would be neutral)"))
U(d, "The spokesperson noted that the Chinese vessels had been sailing in international waters", "did not dispute.",
  ("China", N, neu, "", "'the spokesperson' carried over; fact = neutral"))
U(d, "\"We hope the Australian side will view China's development", "the spokesperson said.",
  ("China", T, pos, "Australia", "hope for a rational view and joint work for peace and stability = calling_for_talks"))
U(d, "Ambassador Xiao thanked the community organisations", "between China and Australia.",
  ("China", S, pos, "", "thanks and encouragement to community groups (not canonical actors) = approval = supporting, target empty"))
