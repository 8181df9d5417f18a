# ------------------------------------------------------------------ North Korea's second nuclear test and Resolution 1874 (South Korean English-language daily, scraped, 2009-06-13)
d = "page_nknuclear_1874_koreandaily.txt"
# No row: menus, date bar, headline, posted/updated lines, print bar, subheadline, photo caption with credit, byline,
# ADVERTISEMENT, crossheads, "Related:" lines, e-mail, related articles, most viewed, copyright.
U(d, "North Korea said Saturday it would turn all the plutonium it extracts into bombs", "disarm and strangle the country.",
  ("North Korea", C, neg, "United States", "announced weapons steps + accusation of a US-led campaign; KCNA (next sentence) is an agency, not an actor"))
# No row: "The statement, issued by an unnamed foreign ministry spokesman and carried by ... KCNA, came less than 24 hours after ..." (narration)
U(d, "It said a third or more of the spent fuel at the Yongbyon complex had already been reprocessed", "without giving a date.",
  ("North Korea", N, neu, "", "'It' = the ministry statement; facts and plans of its own programme, no judgement"))
U(d, "The statement also put it plainly:", "even harder resistance.\"",
  ("North Korea", C, neg, "United States", "quote opened after a colon; threat of military response to a blockade"))
U(d, "\"The more they tighten the noose, the stronger our deterrent will grow,\" it added.", "it added.",
  ("North Korea", C, neg, "United States", "quote continued in the next paragraph, same speaker ('it' = the statement); accusation + threat"))
U(d, "South Korea's foreign ministry welcomed the resolution as a firm and united message", "in a way that can be checked.",
  ("South Korea", T, pos, "North Korea", "welcome + appeal to return to talks, no judgement: rule 2 before rule 3"))
U(d, "Cheong Wa Dae said President Lee Myung-bak would discuss how to carry out the sanctions", "in Washington on Tuesday.",
  ("South Korea", N, neu, "", "Cheong Wa Dae = metonym for South Korea's presidency; a meeting plan; Washington = place"))
U(d, "Foreign Minister Yu Myung-hwan said his Chinese counterpart, Yang Jiechi, had told him by phone", "as early as possible.",
  ("China", T, neu, "", "China's position reported by South Korea's minister is China's statement; enforcing + reviving talks: the appeal decides (rule 2); South Korea takes no position here"))
U(d, "The Joint Chiefs of Staff said the military had stepped up surveillance", "on the northern side.",
  ("South Korea", N, neu, "", "JCS = South Korea; own military measures and observations, war vocabulary as topic"))
U(d, "The Ministry of Unification again demanded that the North free a Hyundai Asan employee", "see him.",
  ("South Korea", T, neg, "North Korea", "a demand addressed to one side with no judgement word = calling_for_talks, negative"))
# No row: "The North carried out its second underground nuclear test on the morning of May 25 ..." (narration)
U(d, "Russia's defense ministry put the yield at up to 20 kilotons.", "up to 20 kilotons.",
  ("Russia", N, neu, "", "figure given by an actor = neutral"))
U(d, "When Seoul joined the U.S.-led Proliferation Security Initiative the next day,", "the fighting of the Korean War.",
  ("North Korea", C, neg, "South Korea", "Pyongyang = metonym; 'tantamount to a declaration of war' + renouncing the armistice = threat; Seoul's joining the PSI is narration in the subordinate clause (no South Korea row)"))
U(d, "In New York, the council adopted Resolution 1874 on Friday,", "suspect banned goods.",
  ("United Nations", C, neg, "North Korea", "Security Council = United Nations; condemnation + sanctions"))
U(d, "U.S. Ambassador Susan Rice said the vote made clear to Pyongyang", "weapons trade.",
  ("United States", C, neg, "North Korea", "'reckless conduct ... a real price' = judgement and threatened cost"))
U(d, "China's envoy, Zhang Yesui, said Beijing had voted for the text", "testing a nuclear device.",
  ("China", C, neg, "North Korea", "'ignored the common will' = judgement without stock words; Beijing = metonym"))
U(d, "He added that sanctions could not replace diplomacy,", "the use of force.",
  ("China", T, neu, "", "'He' = Zhang; appeal for diplomacy and against force, no judgement; aimed at no single party"))
U(d, "Russian Ambassador Vitaly Churkin said Moscow would not accept any reading of the text", "went back to negotiations.",
  ("Russia", T, neu, "", "against military action + easing once talks resume = appeal; 'would not accept' is aimed at a reading, not at an actor"))
U(d, "Secretary-General Ban Ki-moon, a former South Korean foreign minister, welcomed the unity of the council", "his spokeswoman Michele Montas said.",
  ("United Nations", T, pos, "North Korea", "welcome + hope for dialogue: rule 2 before rule 3; attribution tail; Ban speaks for the UN, not South Korea"))
U(d, "In Tokyo, Prime Minister Taro Aso said Japan was preparing additional measures of its own", "decide on them next week.",
  ("Japan", C, neg, "North Korea", "sanctions prepared against another side = condemning; Tokyo = place"))
U(d, "Foreign Minister Hirofumi Nakasone welcomed the unanimous vote and thanked China and Russia", "encouraged Pyongyang.",
  ("Japan", S, pos, "", "welcome + thanks to two states -> target empty; China and Russia are objects, not speakers"))
U(d, "In Washington, a State Department spokesman said the United States would not be drawn", "changed course.",
  ("United States", T, neu, "North Korea", "unnamed spokesman of a named body; offer of talks still standing = calling_for_talks"))
U(d, "A spokesman for U.S. Forces Korea dismissed a commentary", "withdrawn from the peninsula in 1991.",
  ("United States", N, neg, "", "USFK = United States; denial of a claim = neutral, negative"))
# No row: "Experts in Seoul said Saturday's statement was designed to raise the stakes ..." (unnamed speakers)
U(d, "\"The North has nothing left to trade except escalation.", "a university in Seoul.",
  ("Park Sung-jin", N, neg, "", "independent scholar; scenarios (third test, missile, clash), no judgement"))
U(d, "\"The cargo inspections are the part of the resolution most likely to cause a crisis.", "Park said.",
  ("Park Sung-jin", N, neg, "", "surname only; multi-sentence quote closed by the speaker; risk at sea, no judgement"))
U(d, "Helen Carrington, a nonproliferation researcher at a London policy institute,", "a North Korean bomb.",
  ("Helen Carrington", N, neg, "", "independent researcher; China's likely enforcement, no judgement; Beijing = metonym inside an analyst's sentence (no China row)"))
U(d, "\"The council has done what it can on paper.", "Carrington said.",
  ("Helen Carrington", T, neg, "", "analyst's appeal for a US-China channel to avert a clash at sea = calling_for_talks; two parties -> target empty"))
# No row: the office worker in central Seoul (unnamed).
