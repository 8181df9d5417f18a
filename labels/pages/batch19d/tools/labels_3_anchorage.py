# ------------------------------------------------------------------ US-China talks in Anchorage (Blinken, Sullivan, Yang, Wang)
# International wire copy (scraped .txt), 2021-03-20
d = "page_anchorage_talks_wire.txt"
# Not statements: agency menu, section, published/updated line, headline, byline, read time, photo captions ("[1 of 4]" with
# credits), dateline, ADVERTISEMENT, capitals crossheads ('NO STANDING', 'THEATRICS', 'PROUD', CANADIANS' TRIALS),
# "Related:" links, reporting/editing credits, "Our Standards", topics, newsletter prompt, MOST READ, copyright.
U(d, "China said on Saturday it would set up a joint working group", "in years.",
  ("China", T, pos, "United States", "dateline excluded; long lead: China's announcement of a joint climate group = cooperation/dialogue; the clash is narration. The announcement is China's (the US confirms nothing), so no US row"))
U(d, "The Chinese delegation said in a statement carried by the official Xinhua", "in a spirit of reciprocity.",
  ("China", T, pos, "United States", "the delegation's statement via Xinhua = China (the agency only carries it); readiness to hold talks"))
U(d, "A senior Biden administration official, speaking on condition of anonymity", "what Beijing did next.",
  ("United States", N, neu, "", "unnamed official of a named government = United States; no agreement reached + a condition = plain account"))
# "The talks, the first high-level in-person contact ..." -> narration, no row
U(d, "Secretary of State Antony Blinken told reporters after the final session", "came as no surprise.",
  ("United States", C, neg, "China", "the concerns raised about China's conduct (Xinjiang, Hong Kong, Taiwan, cyber, coercion) = criticism of China; 'Beijing' = metonym"))
U(d, "Blinken said the two sides' interests also intersected", "discussed as well.",
  ("United States", N, neu, "", "surname only; areas of shared interest listed, no appeal"))
U(d, "National Security Advisor Jake Sullivan described the discussions", "expecting hard exchanges.",
  ("United States", N, neu, "", "assessment of the talks, no stance"))
# "The talks began on Thursday with an unusual public clash ..." -> narration, no row
U(d, "In his opening remarks, Blinken said Chinese actions in Xinjiang", "on the table in Anchorage.",
  ("United States", C, neg, "China", "China's actions 'a threat to the system of rules' = judgement"))
U(d, "Sullivan told the Chinese delegation that Washington was not looking for a fight", "series of lectures.",
  ("United States", T, pos, "China", "no wish for conflict + hope for an exchange = calling_for_talks"))
# "Yang Jiechi, the Communist Party's top foreign policy official, answered with a speech ..." -> narration, no row
U(d, "“Washington would do better to look at the problems in its own streets", "military interventions abroad.",
  ("China", C, neg, "United States", "multi-sentence quote closed by 'Yang said' + participle tail = one unit; judgement without stock words"))
U(d, "He said the United States had no standing to address China", "its internal affairs.",
  ("China", C, neg, "United States", "'He' = Yang; 'no standing' + a warning of a firm answer = judgement and threat"))
U(d, "Foreign Minister Wang Yi singled out Wednesday's U.S. sanctions", "a serious dialogue.",
  ("China", C, neg, "United States", "'hard to square with' = judgement without stock words on the US sanctions"))
U(d, "Wang added that China was willing to work with the United States", "the same will.",
  ("China", T, pos, "United States", "conditional offer of cooperation = calling_for_talks"))
# "Blinken then asked reporters to stay in the room." -> narration, no row
U(d, "He said leaders he had met in Tokyo and Seoul earlier in the week", "the Chinese government's actions.",
  ("Japan", S, pos, "United States", "positions reported by Blinken: Japan's leaders welcomed America's return (supporting) and were worried about China (concern, no appeal); welcome decides (rule 3); Tokyo = place of the meeting"),
  ("South Korea", S, pos, "United States", "same for South Korea (Seoul = place); Blinken himself only reports, so no US row for this sentence"))
U(d, "After the opening session, a senior U.S. administration official accused", "opening statements.",
  ("United States", C, neg, "China", "unnamed official of a named government; accusation of playing to a home audience"))
U(d, "The Chinese delegation said in a note to reporters that the U.S. side had broken", "no choice but to reply.",
  ("China", C, neg, "United States", "accusation of breaking diplomatic courtesy"))
U(d, "At a regular briefing in Beijing on Friday, foreign ministry spokesman Zhao Lijian said", "on a stable track.",
  ("China", T, pos, "United States", "hope that Washington meets China halfway = calling_for_talks; Beijing = place"))
U(d, "The U.S. State Department had sanctioned the 24 officials on Wednesday", "in charge of the city.",
  ("United States", C, neg, "China", "sanctions reported as done = condemning; 'critics say' tail is an unnamed source (no row)"))
U(d, "The Hong Kong government said the sanctions were an unacceptable intrusion", "electoral changes.",
  ("Hong Kong government", C, neg, "United States", "regional government under its own name (name files); 'unacceptable intrusion' + defiance"))
U(d, "On Tuesday in Tokyo, the U.S. and Japanese foreign and defence ministers issued a joint statement", "China claims.",
  ("United States", C, neg, "China", "joint statement = one row per signatory state; accusation of coercive behaviour"),
  ("Japan", C, neg, "China", "same joint statement, Japan's row; Tokyo = place"))
U(d, "Biden, asked at the White House about the opening exchange", "had handled it.",
  ("United States", N, pos, "", "praise of his own official = self-praise, neutral with a positive tone"))
U(d, "White House press secretary Jen Psaki said the administration had gone into the talks", "any breakthrough.",
  ("United States", N, neu, "", "own expectations, no stance"))
# "The Global Times ... said in an editorial ..." -> the outlet's own commentary; a news outlet is not an actor, no row
# Weibo clip and T-shirts -> scene, no row
# "The talks coincided with the start of closed-door proceedings ..." -> narration, no row
U(d, "Canada said its diplomats had been refused entry to the court", "the detention of both men arbitrary.",
  ("Canada", C, neg, "China", "complaint about being barred + 'arbitrary' detention = judgement"))
U(d, "The U.S. Embassy in Beijing said on Twitter that the United States stood with Canada", "to be freed.",
  ("United States", S, pos, "Canada", "solidarity with Canada + a call to free the detainees (not a peace appeal) = supporting"))
# The Washington China scholar -> unnamed, not an actor, no row
