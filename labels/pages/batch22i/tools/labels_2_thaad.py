# ------------------------------------------------------------------ THAAD deployment and China's economic retaliation (Chinese state media, .txt, 2017-03-18)
d = "page_thaad_retaliation_statemedia.txt"
# No row: masthead, menu, headline, source/published line, byline, share bar, photo captions with credits and "1 of 2",
# crossheads, ADVERTISEMENT, RELATED ARTICLES, editor, tags, Most Popular, follow prompt, copyright.
U(d, "China on Friday renewed its call on the US and the Republic of Korea (ROK) to halt", "asked Beijing to drop them.",
  ("China", T, neg, "", "long lead: a call to halt the deployment with no judgement word in this sentence = demand to stop (calling_for_talks, negative); addressed to two states, target empty"),
  ("United States", C, neg, "China", "Tillerson's position reported inside China's sentence: 'unjustified' = judgement; Seoul = place, Beijing = metonym"))
U(d, "Foreign Ministry spokesperson Geng Shuang said at a regular press conference that China's opposition", "more complicated.",
  ("China", C, neg, "", "'opposition ... firm' aimed at the deployment by two named states = judgement (guide: 'opposes' aimed at an actor's act); target empty (US and ROK)"))
U(d, "\"The radar of this system looks deep into Chinese territory.", "Geng said.",
  ("China", C, neg, "", "multi-sentence quote closed by its speaker; Washington and Seoul as metonyms; 'no responsible government could accept' = judgement without stock words"))
U(d, "Asked whether Beijing was punishing South Korean companies, he rejected the suggestion.", "he rejected the suggestion.",
  ("China", N, neg, "", "denial = neutral, negative (guide); the question is the reporter's"))
U(d, "He said the Chinese government had never encouraged any boycott", "the consumers themselves.",
  ("China", N, neg, "", "denial continued, 'He' = Geng"))
U(d, "\"We welcome foreign companies, including those from the ROK", "he said.",
  ("China", N, neu, "", "reassurance + a condition to obey the law; no actor judged (unsure: reads as a veiled warning to Lotte)"))
# No row: "The remarks came on the eve of Tillerson's first visit ..." (narration of a schedule)
U(d, "At his joint press conference with ROK Foreign Minister Yun Byung-se, Tillerson said", "urged China to end it.",
  ("United States", C, neg, "China", "'out of proportion' = judgement + appeal: rule 1"))
U(d, "He said the system was a defensive measure against the threat", "influence on Pyongyang.",
  ("United States", N, neu, "", "'He' = Tillerson; justification of the allies' system, 'threat' as topic; advice to Beijing without a peace appeal (unsure)"))
U(d, "Tillerson also said the US was reviewing every option", "could not tolerate.",
  ("United States", C, neg, "North Korea", "military action not excluded = threat against another side"))
U(d, "Yun, for his part, said the deployment was a matter of self-defense", "any third country.",
  ("South Korea", N, neu, "", "surname only; own measure justified, nobody judged"))
U(d, "He said Seoul was using every diplomatic channel to explain its decision to Beijing", "would not suffer.",
  ("South Korea", T, pos, "China", "'He' = Yun; diplomacy + hope to manage differences = calling_for_talks"))
# No row: "The US military began moving the first components ..." (narration: deployment and the DPRK launches)
U(d, "Pyongyang's official news agency KCNA said the launches were a drill", "\"in case of contingency.\"",
  ("North Korea", C, neg, "United States", "KCNA (not an actor) gives the state's account: drill for striking US bases = threat"))
U(d, "Admiral Harry Harris, commander of US Pacific Command, said at the time", "needed the shield.",
  ("United States", C, neg, "North Korea", "'reckless' = judgement"))
U(d, "Foreign Minister Wang Yi, speaking at a press conference on the sidelines", "less secure, not more.",
  ("China", C, neg, "South Korea", "'a step no good neighbor would take' = judgement without stock words"))
U(d, "Wang put forward what he called a \"double suspension\" proposal:", "back to negotiations.",
  ("China", T, neu, "", "proposal of mutual suspension and negotiations, addressed to three parties"))
U(d, "\"Each side keeps raising the stakes", "Wang said.",
  ("China", T, neg, "", "multi-sentence quote closed by the speaker: warning + appeal to de-escalate, no judgement"))
U(d, "A spokesperson for the Ministry of National Defense said earlier this month", "without giving details.",
  ("China", C, neg, "", "announced 'necessary measures' by the military = threat of a response; no actor named in the sentence, target empty"))
# No row: "The ROK conglomerate Lotte Group, which handed over a golf course ..." (background narration)
U(d, "Local fire authorities in several provinces ordered the outlets to suspend business", "local government websites.",
  ("China", N, neu, "", "local authorities resolve to their state; closures given a procedural reason (safety) with no judgement (unsure: the page itself implies retaliation)"))
U(d, "Lotte said in a statement that it respected the decisions of the Chinese authorities", "identified.",
  ("Lotte Group", N, neu, "", "company under its own name; compliance statement"))
U(d, "The China National Tourism Administration, for its part, reminded Chinese travelers", "signing contracts.",
  ("China", N, neu, "", "travel advice with no target named = neutral (the page does not call it a ban)"))
U(d, "The ROK's trade ministry said on Friday it had raised China's measures", "foreign businesses fairly.",
  ("South Korea", C, neg, "China", "complaint at the WTO with an accusation of breaching commitments"))
U(d, "Trade Minister Joo Hyung-hwan told lawmakers this week", "if the pressure continued.",
  ("South Korea", C, neg, "China", "threatened formal complaint = threatened response (unsure: legal recourse could be read as neutral)"))
U(d, "In Tokyo, Chief Cabinet Secretary Yoshihide Suga told reporters that Japan supported", "for the whole region.",
  ("Japan", S, pos, "South Korea", "support for the ROK's decision; Tokyo = place"))
# No row: "Russia has also voiced strong objections." (summary line)
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova said the deployment would upset", "aimed at Russia and China.",
  ("Russia", C, neg, "United States", "accusation that the system is part of a US shield aimed at Russia and China"))
U(d, "\"Our military planners will have to draw the appropriate conclusions,\" Zakharova said", "on the issue.",
  ("Russia", C, neg, "United States", "veiled military threat; coordination with China is Russia's account (no China row)"))
U(d, "In Seoul, Acting President Hwang Kyo-ahn", "wait for the election.",
  ("South Korea", N, neu, "", "own plan reported; Park named as background"))
# No row: "Opposition politicians in the ROK ..." (unnamed politicians); "Chinese scholars said ..." (unnamed)
# No row: "Gao Mingyuan, a professor ..., put it more sharply." (introduction)
U(d, "\"The US is using the peninsula as a chessboard.", "Gao said.",
  ("Gao Mingyuan", C, neg, "United States", "independent scholar under his own name; accusation of the US"))
U(d, "He said that if the system became fully operational before the election", "frozen for years.",
  ("Gao Mingyuan", N, neg, "", "scenario, no judgement or appeal"))
U(d, "Song Jae-hoon, a researcher at the Korea Peace Forum in Seoul, said both governments", "boxed themselves in.",
  ("Song Jae-hoon", N, neg, "", "assessment of both governments' positions, no judgement word"))
U(d, "\"Beijing has set the bar so high", "Song said.",
  ("Song Jae-hoon", N, neg, "", "multi-sentence quote closed by the speaker: interests and likely outcome"))
U(d, "He said the two capitals should open a quiet channel", "a single launcher.\"",
  ("Song Jae-hoon", T, neu, "", "appeal for a channel between Beijing and Seoul (both addressed, target empty)"))
# No row: "Tillerson is scheduled to meet President Xi Jinping on Sunday." (schedule)
