# ------------------------------------------------------------------ PLA "Joint Sword-2024A" drills round Taiwan (Global Times-style state media, 2024-05-25)
d = "page_taiwan_jointsword_statemedia.txt"
U(d, "Li Xi, spokesperson of the command, said when the drills opened", "on notice.",
  ("China", C, neg, "Taiwan", "Eastern Theater Command spokesman: drills announced as punishment of the separatists = announced operation against another side + judgement; the separatists = Taiwan (as in batch3a)"))
U(d, "According to Li, warships and warplanes", "key targets.",
  ("China", N, neu, "", "drill details, no judgement"))
U(d, "The command said on Friday that the second day", "completed.",
  ("China", N, neu, "", "'The command' = the ETC by context; own exercise reported as done"))
U(d, "Chen Binhua, a spokesperson for the Taiwan Affairs Office", "edge of war.",
  ("China", C, neg, "Taiwan", "TAO = China (name files); judgement of Lai's speech, Lai = Taiwan"))
U(d, "\"Every step Lai takes down that road", "Chen said.",
  ("China", C, neg, "Taiwan", "multi-sentence quote closed by its speaker = one unit; veiled threat"))
U(d, "Chen stressed that the countermeasures were aimed", "on the island.",
  ("China", N, neu, "", "says whom its own measures target; reassurance about ordinary people, no new judgement (unsure: 'foreign interference' is a passing accusation)"))
U(d, "\"Compatriots in Taiwan are our own flesh and blood", "open to them.",
  ("China", N, pos, "", "quotation opened in the same paragraph and left open (continues in the next paragraph); reassurance = neutral, positive tone"))
U(d, "\"But the island's future will never be handed", "he said.",
  ("China", C, neg, "Taiwan", "quotation continued over a paragraph break; 'he' = Chen; accusation of selling out the island"))
U(d, "Wu Qian, spokesperson for the Ministry of National Defense, warned", "turn back.",
  ("China", C, neg, "Taiwan", "threat; 'DPP authorities' = Taiwan"))
U(d, "At a regular press conference on Thursday, Foreign Ministry spokesperson Wang Wenbin", "international law.",
  ("China", N, neu, "", "justification of its own drills, no judgement of another actor (as batch3a; could be read as condemning)"))
U(d, "Asked about a US military commander's remark", "first place.",
  ("United States", N, neg, "", "position reported inside a journalist's question: an unnamed US commander speaks for the US; worry without appeal = neutral, negative"),
  ("China", C, neg, "United States", "'in no position to lecture' + accusation of emboldening the separatists; Washington = metonym"))
U(d, "Wang also said that since May 20 Russia, Pakistan, and Cambodia", "reunification.",
  ("Russia", S, pos, "China", "positions of others reported by Wang (list with Oxford comma): backing of China; Wang himself takes no position here"),
  ("Pakistan", S, pos, "China", "same list"),
  ("Cambodia", S, pos, "China", "same list"))
U(d, "He brushed aside claims that the exercises put international shipping at risk", "not been affected.",
  ("China", N, neg, "", "denial = neutral, negative tone (guide)"))
U(d, "On Monday the Ministry of Commerce put three US defense contractors", "internal affairs.",
  ("China", C, neg, "", "sanctions on US firms and a former congressman = measures against another side (condemning); target left empty: companies and a private person, not the US state (unsure)"))
U(d, "The island's defense authority claimed in a statement on Thursday", "to respond.",
  ("Taiwan", C, neg, "China", "body tied to Taiwan only by context ('the island's defense authority'); judgement + deployment in response"))
U(d, "It said on Friday that it had tracked 111 PLA aircraft", "two days.",
  ("Taiwan", N, neu, "", "figures"))
U(d, "Lai, visiting a marine brigade in Taoyuan", "external challenges and threats.",
  ("Taiwan", N, neu, "", "surname only; own defensive posture, no actor named = neutral"))
U(d, "Kuo Ya-hui, a spokesperson for Lai's office", "military intimidation.",
  ("Taiwan", C, neg, "China", "'regrettable' (judgement without stock words) + appeal: rule 1"))
U(d, "Chiu Chui-cheng, the newly installed head", "orderly exchanges.",
  ("Taiwan", T, pos, "", "hope for exchanges between the two sides = calling_for_talks; both sides -> target empty"))
U(d, "The Kuomintang (KMT), the island's largest opposition party", "across the Straits.",
  ("Kuomintang", T, neu, "China", "opposition party under its own name; appeal for restraint addressed to Beijing (metonym), no judgement"))
U(d, "The European External Action Service, the EU's diplomatic arm", "by talking.",
  ("European Union", T, neu, "", "EEAS = EU; appeal to all parties"))
U(d, "The island's external affairs department quickly thanked the bloc", "the statement.",
  ("Taiwan", S, pos, "European Union", "thanks = approval; 'the bloc' = EU by context; Taiwan's MOFA described without its name"))
U(d, "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi said", "the whole region.",
  ("Japan", T, neg, "China", "concern conveyed + calm in the Straits stressed to Beijing = concern with an appeal (talks); Tokyo = place, Beijing = metonym"))
U(d, "In Washington, State Department spokesperson Matthew Miller said on Saturday", "with its allies.",
  ("United States", N, neg, "", "alarm + consultation with allies, no appeal = neutral, negative; Washington = place"))
U(d, "Miller also urged Beijing to show restraint.", "Miller also urged Beijing to show restraint.",
  ("United States", T, neg, "China", "appeal alone in its sentence; Beijing = metonym"))
U(d, "He went further, accusing the mainland of using an ordinary democratic transition", "arms sales to the island.",
  ("United States", C, neg, "China", "accusation; the 'Chinese analysts' in the same sentence are unnamed (no row)"))
