# ------------------------------------------------------------------ North Korea's fourth nuclear test and the Security Council's emergency consultations (UN meetings coverage, 2016-01-06)
d = "page_dprk_fourth_test_unsc_meetings.txt"
# No rows: site menu, document symbol, headline and subheadline, crossheads, "For information media. Not an official record.", related documents, share bar.
U(d, "The Security Council this morning held emergency consultations", "country's north-east.",
  ("United States", T, neu, "", "requesting an emergency Council meeting = a diplomatic course (as Zakharova's UNSC request in blind26a)"),
  ("Japan", T, neu, "", "co-requester of the consultations, reported inside the narration"),
  ("North Korea", N, neu, "", "own test announced, no judgement = neutral; the Council itself only meets here (narration)"))
# No row: "Monitoring stations had earlier registered ..." (figure from no named source); the lead-in to the statement.
U(d, "\"The members of the Security Council condemned in the strongest terms", "spread of nuclear weapons.\"",
  ("United Nations", C, neg, "North Korea", "Council press statement read by the President = UN; quote opened after a colon in the paragraph above"))
U(d, "Council members had warned in the past", "straight away.",
  ("United Nations", C, neg, "North Korea", "announced sanctions work = a measure; 'the statement went on' attribution mid-sentence"))
U(d, "Earlier in the day, addressing reporters at Headquarters, Secretary-General Ban Ki-moon said", "his full condemnation.",
  ("United Nations", C, neg, "North Korea", "'flouted a norm' + condemnation"))
U(d, "\"This act puts the whole region in danger", "spread of these weapons.",
  ("United Nations", C, neg, "North Korea", "quote in its own paragraph, same speaker (the SG): judgement without stock words"))
U(d, "Pyongyang must stop all nuclear work now", "commitment to give them up.\"",
  ("United Nations", T, neg, "North Korea", "demand to one side with no judgement word in the sentence = talks, negative (labels README)"))
# No row: "Following the consultations, several Council members spoke ..." (summary line)
U(d, "Samantha Power (United States) said the claimed test", "the Council's authority.",
  ("United States", C, neg, "North Korea", "'dangerous provocation ... flagrant challenge'"))
U(d, "Pyongyang had once again chosen to isolate its people, she said", "with real teeth.",
  ("United States", C, neg, "North Korea", "'she' = Power; judgement + sanctions push"))
U(d, "\"The regime should understand that there will be consequences", "she said.",
  ("United States", C, neg, "North Korea", "threat; 'the regime' = North Korea by context"))
U(d, "She said Washington remained committed to the security of its allies", "to defend them.",
  ("United States", S, pos, "", "backing of two allies -> target empty; Washington = metonym"))
U(d, "Motohide Yoshikawa (Japan) said his country could not accept the test", "Japan's safety.",
  ("Japan", C, neg, "North Korea", "'could not accept under any circumstances' = judgement"))
U(d, "Tokyo, which had joined the Council as a non-permanent member", "he said.",
  ("Japan", C, neg, "North Korea", "push for a new sanctions resolution = a measure; Tokyo = metonym"))
U(d, "Liu Jieyi (China) said his Government was firmly against the test", "widely shared objective.",
  ("China", C, neg, "North Korea", "'firmly against' + 'in disregard of' = judgement"))
U(d, "All parties should exercise calm and restraint", "achieved through dialogue.",
  ("China", T, neu, "", "appeal to all parties -> target empty"))
U(d, "China would continue to work within the framework of the Six-Party Talks.", "China would continue to work within the framework of the Six-Party Talks.",
  ("China", T, neu, "", "continuation of Liu's reported speech with no attribution; commitment to talks"))
U(d, "Vitaly Churkin (Russian Federation) said the event was a matter of grave concern", "border with the DPRK.",
  ("Russia", N, neg, "", "concern without an appeal = neutral, negative; Moscow = metonym"))
U(d, "He said the Council's response should be firm but measured.", "He said the Council's response should be firm but measured.",
  ("Russia", T, neu, "", "'He' = Churkin; appeal for restraint in the response, no judgement"))
U(d, "\"We should not fall into the trap of an escalation", "he said.",
  ("Russia", T, neg, "", "'opposes any escalation' aimed at no one + talks = appeal"))
U(d, "Matthew Rycroft (United Kingdom) described the test as reckless", "its own obligations.",
  ("United Kingdom", C, neg, "North Korea", "'reckless and provocative', 'contempt'"))
U(d, "The United Kingdom would support a robust response", "he said.",
  ("United Kingdom", C, neg, "North Korea", "backing new sanctions = a measure (condemning)"))
U(d, "François Delattre (France) said his delegation condemned the test", "\"without any delay\".",
  ("France", C, neg, "North Korea", "condemnation + demand for a Council reaction (rule 1)"))
U(d, "Ukraine's representative, Volodymyr Yelchenko, said the test underscored", "sign and ratify it.",
  ("Ukraine", T, neu, "North Korea", "appeal to join a treaty, no judgement = diplomatic course"))
U(d, "Rafael Darío Ramírez Carreño (Venezuela) said the situation was worrying", "deepen the confrontation.",
  ("Venezuela", T, neg, "", "concern + appeal to all parties = talks"))
U(d, "Oh Joon, the Permanent Representative of the Republic of Korea", "pay a price for it.",
  ("South Korea", C, neg, "North Korea", "role then name; 'would not tolerate ... pay a price' = judgement + threat; Seoul = metonym"))
U(d, "In Seoul, President Park Geun-hye, who convened an emergency meeting", "what it had done.",
  ("South Korea", C, neg, "North Korea", "announced sanctions 'to make sure Pyongyang paid' = a measure; In Seoul = place"))
U(d, "In a statement broadcast by the Korean Central Television, the DPRK said", "of the United States.",
  ("North Korea", C, neg, "United States", "own test (neutral part) justified by accusing the US of a 'hostile policy' = condemning; the broadcaster is not an actor"))
U(d, "The statement said the DPRK would not give up its nuclear deterrent", "sovereignty was violated.",
  ("North Korea", C, neg, "United States", "conditional threat + refusal tied to US policy"))
# No row: "Ja Song Nam ... did not appear at the stakeout." (non-answer)
U(d, "In a letter to the President of the Council circulated later in the day", "not be bound by them.",
  ("North Korea", C, neg, "United Nations", "the mission = DPRK; Council resolutions rejected as 'unlawful' = judgement of the UN body"))
U(d, "In Vienna, IAEA Director General Yukiya Amano said the test", "\"deeply regrettable\".",
  ("IAEA", C, neg, "North Korea", "'deeply regrettable' + 'flew in the face of' = judgement"))
U(d, "He called on Pyongyang to comply with every decision", "on its programme.",
  ("IAEA", T, neg, "North Korea", "'He' = Amano; demand to comply, no judgement word in this sentence"))
# No rows: Background paragraphs (narration), "Experts contacted by reporters" (unnamed), the timing paragraph.
