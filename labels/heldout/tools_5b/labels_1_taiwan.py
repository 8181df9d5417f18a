# ------------------------------------------------------------------ Taiwan / Pelosi (Chinese state-media article, 2022-08-03)
d = "page_taiwan_pelosi_statemedia.txt"
U(d, "China on Wednesday announced a series of countermeasures", "sovereignty and territorial integrity.",
  ("China", C, neg, "United States", "dateline 'BEIJING, Aug. 3 (Xinhua) -- ' excluded; countermeasures announced + 'infringed on sovereignty'; Pelosi (House Speaker) = United States"))
U(d, "\"The visit tramples on the one-China principle", "late on Tuesday.",
  ("China", C, neg, "United States", "multi-sentence quote closed by 'the Foreign Ministry said'; Taipei = place"))
U(d, "The ministry said China would take all necessary measures", "all the consequences.",
  ("China", C, neg, "", "'The ministry' = China's (context); threat + 'bear full responsibility' aimed at the US and the separatists -> two targets, empty"))
U(d, "Vice Foreign Minister Xie Feng summoned", "on behalf of the Chinese government.",
  ("China", C, neg, "United States", "summoning an ambassador + protests = a taken response"))
U(d, "Xie said the move was egregious", "the speaker's provocation.",
  ("China", C, neg, "United States", "surname only; 'connive at' judgement on Washington (capital as metonym)"))
U(d, "\"The United States cannot make the mistake", "Xie added.",
  ("China", C, neg, "United States", "threat without stock words"))
U(d, "Senior Colonel Shi Yi, spokesperson for the Eastern Theater Command", "in the Taiwan Strait.",
  ("China", C, neg, "Taiwan", "announced military operation around the island = condemning (guide: announced operation against another side); Eastern Theater Command -> China"))
U(d, "\"The operations are a stern deterrent", "Shi said.",
  ("China", C, neg, "", "aimed at the US and the 'Taiwan independence' forces -> target empty"))
U(d, "The Ministry of Commerce said it would suspend exports", "frozen fish from Taiwan.",
  ("China", C, neg, "Taiwan", "trade measures against the island read as sanctions (two Chinese bodies, one row)"))
U(d, "The Taiwan Affairs Office of the State Council said", "colluding with foreign forces.",
  ("China", C, neg, "Taiwan", "Taiwan Affairs Office -> China; 'the DPP authorities' = Taiwan's government -> target Taiwan (unsure: could be read as the party)"))
U(d, "Such a course, the office said,", "toward disaster.",
  ("China", C, neg, "Taiwan", "mid-sentence attribution; warning"))
U(d, "At a regular press briefing on Wednesday, Foreign Ministry spokesperson Hua Chunying said", "China's sovereignty.",
  ("China", C, neg, "United States", "rejects the US democracy justification of the trip (judgement, not a denial of an accusation)"))
U(d, "\"Some U.S. politicians are playing with fire", "on the Taiwan question.",
  ("China", C, neg, "United States", "quote runs over a paragraph break; this paragraph is not closed by its speaker, so each sentence is its own unit; speaker = Hua (named in the paragraph before and after)"))
U(d, "Those who play with fire will not end well.", "will not end well.",
  ("China", C, neg, "United States", "continuation of Hua's quote; warning"))
U(d, "\"We urge the U.S. side to stop going further", "Hua said.",
  ("China", C, neg, "United States", "quote reopened after the paragraph break and closed by Hua; appeal with 'wrong and dangerous path' judgement: rule 1"))
U(d, "State Councilor and Foreign Minister Wang Yi, who arrived in Phnom Penh", "doomed to fail.",
  ("China", C, neg, "United States", "Phnom Penh = place"))
U(d, "Foreign ministers of the Association of Southeast Asian Nations (ASEAN)", "avoid any provocative step.",
  ("ASEAN", T, neg, "", "concern + appeal for restraint to all parties, no judgement: rule 2; 'the Cambodian capital' = place"))
U(d, "The ASEAN statement also reiterated member states' support", "one-China policies.",
  ("ASEAN", S, pos, "China", "unsure: restating members' own one-China policies could be read as neutral; read as backing China's position on the island"))
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova said", "containing China.",
  ("Russia", C, neg, "United States", "'provocation', 'aggressive policy'"))
U(d, "Pakistan stands by China on the Taiwan question", "with deep unease.",
  ("Pakistan", S, pos, "China", "position before the speaker; 'the Foreign Office in Islamabad' (capital as place); backing + unease without appeal -> supporting (rule 3)"))
U(d, "Cuba, Iran, Nicaragua, and Venezuela have also voiced support", "part of China's territory.",
  ("Cuba", S, pos, "China", "list with Oxford comma: one row per state"),
  ("Iran", S, pos, "China", "list: one row per state"),
  ("Nicaragua", S, pos, "China", "list: one row per state"),
  ("Venezuela", S, pos, "China", "list: one row per state"))
U(d, "In Tokyo, Chief Cabinet Secretary Hirokazu Matsuno told reporters", "with concern.",
  ("Japan", N, neg, "", "concern without an appeal; Tokyo = place"))
U(d, "John Kirby, a National Security Council spokesman, argued", "step up military pressure.",
  ("United States", C, neg, "China", "'manufacture a crisis' judgement + warning to Beijing (capital as metonym)"))
U(d, "In a statement issued upon her arrival, Pelosi claimed", "commitment to the island.",
  ("United States", S, pos, "Taiwan", "House Speaker -> United States; 'the island' = Taiwan"))
U(d, "Taiwan leader Tsai Ing-wen, meeting Pelosi in Taipei", "heightened military threats.",
  ("Taiwan", C, neg, "China", "defiance + 'deliberately heightened military threats' judgement"))
U(d, "Tsai also presented Pelosi with a decoration", "friendship with the island.",
  ("Taiwan", S, pos, "United States", "honour conferred = backing by act; 'the DPP authorities' = Taiwan"))
U(d, "China's reunification is an unstoppable historical trend", "the Foreign Ministry statement said.",
  ("China", C, neg, "", "position before the speaker; implicit warning, no named target; ' Enditem' follows the unit"))
