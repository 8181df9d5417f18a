# ------------------------------------------------------------------ Yoon Suk Yeol impeachment vote (live blog, full HTML, 2024-12-14)
d = "page_korea_impeachment_liveblog.html"
YOON = "Yoon (suspended but still in office on the day) = South Korea, as in batch3g's name list; unsure: the same state also impeaches him on this page"
U(d, "The Korean Confederation of Trade Unions welcomed the vote", "for next week.",
  ("Korean Confederation of Trade Unions", S, pos, "", "welcome of the vote + strike suspended; the vote is the Assembly's act, target left empty"))
U(d, "The umbrella union also demanded that Yoon be arrested", "overturn the constitution.",
  ("Korean Confederation of Trade Unions", C, neg, "South Korea", "'The umbrella union' by context; accusation + demand for arrest; target = Yoon -> South Korea (unsure)"))
U(d, "China's foreign ministry said in a brief statement that the developments", "comment on them.",
  ("China", N, neu, "", "'internal affair', no comment = neutral"))
U(d, "The ministry added that Beijing hoped relations with Seoul", "develop steadily\".",
  ("China", T, pos, "South Korea", "'The ministry' = China's; hope for stable relations (Beijing, Seoul = metonyms)"))
U(d, "Secretary of State Antony Blinken said the United States had \"full confidence", "remained \"ironclad\".",
  ("United States", S, pos, "South Korea", "confidence + alliance reaffirmed = backing; Blinken by role with no state word"))
U(d, "A State Department spokesperson said Blinken expected to speak with Han", "in the coming days\".",
  ("United States", N, neu, "", "plan of a call; unnamed spokesperson of a named body"))
U(d, "Japanese Prime Minister Shigeru Ishiba told reporters that Japan was following events", "serious interest\".",
  ("Japan", N, neu, "", "watching closely, no appeal = neutral"))
U(d, "Ishiba declined to say whether a planned visit", "would go ahead.",
  ("Japan", N, neu, "", "surname only; declining comment"))
U(d, "In a televised address, Han said he would", "asked citizens to stay calm.",
  ("South Korea", T, pos, "", "acting president (Han Duck-soo, named by surname only: not Han Dong-hoon); appeal for calm"))
U(d, "He said he had ordered the military to maintain a firm readiness posture", "advantage of the situation.",
  ("South Korea", N, neu, "", "own measure; North Korea is mentioned as a risk, no judgement on an act"))
U(d, "\"There will be no gap in our security,\" Han said.", "Han said.",
  ("South Korea", N, pos, "", "reassurance about own conduct"))
U(d, "Seok Dong-hyeon, a lawyer advising Yoon, told local media", "no legal basis.",
  ("South Korea", N, neg, "", "denial of the insurrection charge on Yoon's behalf; " + YOON))
U(d, "In a televised statement from his residence, the suspended president said", "fighting for the country.",
  ("South Korea", N, neg, "", "'the suspended president' by role; defiance aimed at no actor; " + YOON))
U(d, "\"I will never give up.", "Yoon said.",
  ("South Korea", N, pos, "", "multi-sentence quote closed by its speaker; self-praise, no actor judged"))
U(d, "Han Dong-hoon, leader of the ruling People Power Party, told reporters", "follow their conscience.",
  ("People Power Party", N, neu, "", "taking responsibility, no judgement or appeal"))
U(d, "The party's floor leader, Kweon Seong-dong, denied that the party was splitting.", "was splitting.",
  ("People Power Party", N, neg, "", "denial"))
U(d, "\"We voted differently, but we remain one party,\" Kweon said.", "Kweon said.",
  ("People Power Party", N, neu, "", "denial continued"))
U(d, "Democratic Party leader Lee Jae-myung told crowds outside parliament", "rule quickly.",
  ("Democratic Party of Korea", S, pos, "", "welcome of the vote; appeal to the court is not a peace appeal, so rule 3"))
U(d, "\"Those who turned the army against the people must face justice,\" Lee said.", "Lee said.",
  ("Democratic Party of Korea", C, neg, "South Korea", "accusation aimed at Yoon's camp; target South Korea (unsure)"))
U(d, "The Rebuilding Korea Party said in a statement that the \"insurrectionists\"", "before the courts.",
  ("Rebuilding Korea Party", C, neg, "South Korea", "'insurrectionists' + demand for prosecution; target = Yoon's camp (unsure)"))
U(d, "The Constitutional Court said it would hold its first meeting on the case", "\"swiftly and fairly\".",
  ("South Korea", N, neu, "", "state body; procedure"))
U(d, "National Assembly Speaker Woo Won-shik announced the result", "eight invalid ballots.",
  ("South Korea", N, neu, "", "speaker of the Assembly = South Korea; result figures"))
U(d, "\"The democracy of the Republic of Korea has been protected by its people,\" Woo told the chamber", "their light sticks\".",
  ("South Korea", S, pos, "", "praise of citizens (not an actor) -> target empty"))
U(d, "A spokesperson for the European Union's diplomatic service said the bloc", "constitutional process.",
  ("European Union", T, neu, "", "monitoring + appeal to all sides: rule 2"))
U(d, "Police estimated that more than 200,000 people had gathered", "central Seoul.",
  ("South Korea", N, neu, "", "police = state; crowd figure. The 'one woman' quoted next is unnamed: no row"))
