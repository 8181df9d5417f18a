# ------------------------------------------------------------------ North Korea's missile over Hokkaido (scraped Japanese English-language daily, 2017-08-30)
d = "page_hokkaido_missile_japandaily.txt"
# Brand, menus, breadcrumb, the repeated headline, byline, share line, '1 of 5' captions, 'Related:', 'Read also:', crossheads, newsletter prompt, tags, most read, footer: never statements.
U(d, "North Korea fired a ballistic missile that passed over Hokkaido early Tuesday", "never faced before.",
  ("Japan", C, neg, "North Korea", "long lead: narration of the launch + Abe's judgement ('reckless act') in one sentence; the launch itself is narration (no North Korea row)"))
U(d, "According to the government, the missile was launched from near Pyongyang", "at about 6:12 a.m.",
  ("Japan", N, neu, "", "facts and figures given by the government = neutral; Pyongyang = place"))
# 'It was the first time …' = the paper's own background, no row.
U(d, "\"We will do everything in our power to protect the lives of our people,\" Abe told reporters", "looking pale.",
  ("Japan", N, pos, "", "reassurance about one's own conduct = neutral (positive tone)"))
U(d, "Abe and U.S. President Donald Trump spoke by telephone for about 40 minutes", "pressure on Pyongyang.",
  ("Japan", C, neg, "North Korea", "agreeing to step up pressure = a threatened response (as sanctions); joint position, one row per actor; Pyongyang = metonym"),
  ("United States", C, neg, "North Korea", "same sentence: the US side of the agreement"))
U(d, "Abe said after the call that Trump had assured him", "commitment to defend it.",
  ("United States", S, pos, "Japan", "a position of the US reported by Abe is the US's statement (guide); Abe himself takes no new position here (no Japan row)"))
U(d, "Japan, the United States and South Korea asked for an emergency meeting", "Tuesday afternoon local time.",
  ("Japan", T, neu, "", "three states in one request = three rows; asking for a Security Council session = pursuing the UN track (calling_for_talks, as labels/README; unsure: it is meant to raise pressure)"),
  ("United States", T, neu, "", "same request"),
  ("South Korea", T, neu, "", "same request"))
# 'The prime minister convened the National Security Council twice …' = narration of a meeting, no position.
U(d, "Chief Cabinet Secretary Yoshihide Suga told a morning press conference that Tokyo had lodged a strong protest", "Security Council resolutions.",
  ("Japan", C, neg, "North Korea", "protest + 'intolerable breach' = condemning; Tokyo = metonym, Beijing = place (the embassy is a channel, China is not an actor here)"))
U(d, "The Self-Defense Forces did not try to shoot the missile down", "Suga said.",
  ("Japan", N, neu, "", "attribution tail; own conduct explained = neutral"))
U(d, "Defense Minister Itsunori Onodera said the missile may have been", "off Guam.",
  ("Japan", N, neu, "", "assessment of the weapon = neutral; the reference to Pyongyang's earlier threat is background"))
U(d, "The Defense Ministry said later that no debris had been found", "ships or aircraft.",
  ("Japan", N, neu, "", "facts = neutral"))
# 'The government's J-Alert system sent warnings …' = an automated public alert, narrated; no position toward an actor (no row, unsure).
# 'Shinkansen services … were briefly halted.' = narration; the Sapporo office worker = unnamed resident, not an actor.
U(d, "Hokkaido Gov. Harumi Takahashi, speaking by video link from a business trip", "never have to accept.",
  ("Japan", C, neg, "North Korea", "prefectural governor resolves to her state (labels/README: provincial officials); 'should never have to accept' = judgement without the usual words"))
U(d, "In a written statement released by the White House, Trump said the launch showed", "no option had been ruled out.",
  ("United States", C, neg, "North Korea", "judgement ('disregard') + veiled military threat = condemning"))
U(d, "In Seoul, President Moon Jae-in ordered the military to show Pyongyang", "its provocations.",
  ("South Korea", C, neg, "North Korea", "order to display force against the North = a threatened response; Seoul = place"))
U(d, "Four South Korean F-15K fighter jets dropped eight bombs", "the North's leadership.",
  ("South Korea", C, neg, "North Korea", "a live-fire drill aimed at the North's leadership, explained by the Joint Chiefs of Staff = a military response/threat (not one's own strike with no judgement)"))
U(d, "Moon's office said Seoul would nevertheless keep the door open", "with the North.",
  ("South Korea", T, pos, "North Korea", "possessive: 'Moon's office' speaks; keeping dialogue open = calling_for_talks"))
U(d, "Chinese Foreign Ministry spokeswoman Hua Chunying urged all sides to exercise restraint", "solve the problem.",
  ("China", T, neu, "", "appeal for restraint + a freeze-for-freeze proposal; 'pressure alone would not solve' is not a judgement of an actor = calling_for_talks"))
U(d, "Russian Deputy Foreign Minister Sergei Ryabkov said Moscow was extremely worried", "on the peninsula.",
  ("Russia", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "British Prime Minister Theresa May, who arrives in Japan on Wednesday", "defiance of the Security Council.",
  ("United Kingdom", C, neg, "North Korea", "'appalled by … defiance' = judgement of the North's act"))
U(d, "Australian Prime Minister Malcolm Turnbull telephoned Abe", "solidarity with Japan.",
  ("Australia", S, pos, "Japan", "solidarity = supporting"))
U(d, "The European Union's foreign policy chief, Federica Mogherini, said the launch was a further violation", "credible dialogue.",
  ("European Union", C, neg, "North Korea", "violation + appeal for dialogue in one sentence: rule 1 (the judgement decides)"))
U(d, "U.N. Secretary-General Antonio Guterres's spokesman said Guterres remained committed", "stay united.",
  ("United Nations", T, neu, "", "possessive: the spokesman speaks for the SG; commitment to a diplomatic solution = calling_for_talks"))
U(d, "Meeting behind closed doors in New York, the 15-member Security Council issued a statement", "ballistic missile tests.",
  ("United Nations", C, neg, "North Korea", "Security Council = United Nations; condemnation + demand (rule 1); New York = place"))
U(d, "The Korean Central News Agency said on Wednesday that leader Kim Jong Un had watched the launch", "would follow.",
  ("North Korea", C, neg, "United States", "KCNA only carries the statement (not an actor); launch justified as a response to US–South Korean drills + more launches announced = threat against the US (South Korea also implied, target the US as the drills' leader; unsure)"))
# Background on the drills, the July ICBM tests, sanctions, the annexation anniversary and the markets = narration.
