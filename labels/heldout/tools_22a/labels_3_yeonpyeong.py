# ------------------------------------------------------------------ North Korea's shelling of Yeonpyeong island (scraped South Korean English-language daily, 2010-11-24)
d = "page_yeonpyeong_shelling_koreandaily.txt"
U(d, "President Lee Myung-bak warned North Korea on Wednesday", "the North's artillery barrage.",
  ("South Korea", C, neg, "North Korea", "repeated headline, byline, caption and '1 of 4' are furniture; threat of an overwhelming response = condemning; the narration in the same sentence carries no other position"))
U(d, "Lee also ordered reinforcements for the marine garrisons", "his office said.",
  ("South Korea", N, neu, "", "own measures (reinforcements, rules of engagement) with no judgement = neutral; attribution tail"))
U(d, "Visiting the Joint Chiefs of Staff on Tuesday evening, Lee said:", "held their positions.\"",
  ("South Korea", N, pos, "", "quotation opened after a colon; praise of his own marines = neutral, positive (self-praise)"))
U(d, "\"But the North must understand that any further provocation", "he said.",
  ("South Korea", C, neg, "North Korea", "the quotation continued in the next paragraph, same speaker ('he' = Lee); threat"))
U(d, "Presidential spokeswoman Kim Hee-jung said Lee had authorized", "another attack.",
  ("South Korea", C, neg, "North Korea", "Lee's order reported by his spokeswoman; threatened strike = condemning"))
U(d, "The Defense Ministry said the North fired about 170 shells", "self-propelled howitzers.",
  ("South Korea", N, neu, "", "figures = neutral"))
U(d, "Defense Minister Kim Tae-young told a parliamentary committee", "when the first shells fell.",
  ("South Korea", N, neu, "", "account of own response + admission = neutral"))
U(d, "The Unification Ministry said it had put off Red Cross talks", "shipments of aid to the North.",
  ("South Korea", C, neg, "North Korea", "measures by act against the North (aid halted, talks put off) = condemning (unsure: a postponed meeting alone would be neutral)"))
U(d, "Foreign Minister Kim Sung-hwan asked his Chinese counterpart", "from further attacks.",
  ("South Korea", T, neu, "China", "request to China to restrain the North, no judgement = calling_for_talks; target = the one party addressed"))
U(d, "In a communique carried by the Korean Central News Agency", "ignoring repeated warnings.",
  ("North Korea", C, neg, "South Korea", "KPA Supreme Command = North Korea; KCNA only carries it; accusation that the South fired first"))
U(d, "The command said its artillery would go on firing", "by even an inch.",
  ("North Korea", C, neg, "South Korea", "'The command' = the KPA Supreme Command; threat"))
U(d, "Pyongyang's claim that the drill targeted its waters was false", "away from the North.",
  ("South Korea", N, neg, "", "possessive before the speaker: the speaker is the Joint Chiefs of Staff (South Korea), Pyongyang is only mentioned; rebuttal of a claim = denial-like, neutral, negative"))
U(d, "On Wednesday, a spokesman for the North's Foreign Ministry said", "without the North's consent.",
  ("North Korea", C, neg, "United States", "unnamed spokesman of a named ministry = North Korea; blame on the US"))
U(d, "Chinese Foreign Ministry spokesman Hong Lei told", "still had to be verified.",
  ("China", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "He said Beijing hoped both sides would show calm", "keep the peninsula stable.",
  ("China", T, neu, "", "'He' = Hong Lei; hope for calm and restraint from both sides = calling_for_talks"))
U(d, "Premier Wen Jiabao, on a visit to Moscow", "could be seen as provocative.",
  ("China", T, neu, "", "'against any military move … provocative' aimed at no one = an appeal (the guide's 'opposes any escalation'); Moscow = place"))
U(d, "Japanese Prime Minister Naoto Kan told reporters", "strongly condemned it.",
  ("Japan", C, neg, "North Korea", "'outrageous act' + condemnation"))
U(d, "Chief Cabinet Secretary Yoshito Sengoku said the government", "Seoul and Washington.",
  ("Japan", N, neu, "", "own arrangements = neutral; Seoul and Washington are only mentioned"))
U(d, "In Washington, the White House denounced the barrage", "the 1953 armistice.",
  ("United States", C, neg, "North Korea", "denounced + demand = rule 1"))
U(d, "President Barack Obama told ABC News", "was unshakable.",
  ("United States", S, pos, "South Korea", "commitment to defend an ally = supporting"))
U(d, "U.S. Forces Korea said the aircraft carrier USS George Washington", "in the Yellow Sea from Sunday.",
  ("United States", S, neu, "South Korea", "backing by act (joint exercises with the ally) = supporting (unsure: a show of force could be read as a threat against the North)"))
U(d, "Russian Foreign Minister Sergei Lavrov, speaking in Minsk", "would have to answer for it.",
  ("Russia", C, neg, "", "'whoever had started the shooting would have to answer' = judgement naming no one -> target empty; Minsk = place"))
U(d, "He urged both Koreas to step back", "turn the incident into a war.",
  ("Russia", T, neg, "", "'He' = Lavrov; appeal to both sides"))
U(d, "U.N. Secretary-General Ban Ki-moon, a former South Korean foreign minister", "his spokesman said in New York.",
  ("United Nations", C, neg, "North Korea", "condemnation + appeal = rule 1; attribution tail via his spokesman; the unnamed woman at Incheon gets no row"))
