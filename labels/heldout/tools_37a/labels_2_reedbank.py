# ------------------------------------------------------------------ Reed (Recto) Bank: the sinking of the F/B Gem-Ver (Philippine daily, full HTML, 2019-06-14)
d = "page_reedbank_gemver_sinking_phdaily.html"
# Not statements: top bar, nav, breadcrumb, kicker, headline, standfirst, byline, captions ("2 of 4"), ADVERTISEMENT, crossheads, credit, tags, share, newsletter, Related, comments, most read, footer.
U(d, "The Department of Foreign Affairs on Friday filed a diplomatic protest", "into a political issue.",
  ("Philippines", C, neg, "China", "dateline excluded; a diplomatic protest filed = protest act"),
  ("China", C, neg, "Philippines", "insists on an accident + accuses Manila of politicising it (the accusation decides)"))
# "The F/B Gem-Ver, with 22 fishermen ..." and "The crew spent hours in the water ..." = narration, no row.
U(d, "\"Our protest is on its way to Beijing,\"", "no friendly nation should accept.",
  ("Philippines", C, neg, "China", "Locsin: protest + judgement of leaving the crew at sea"))
U(d, "Defense Secretary Delfin Lorenzana, who first disclosed the incident", "expected better from a neighbour.",
  ("Philippines", C, neg, "China", "accusation that the Chinese crew left the Filipinos to drown"))
U(d, "\"Leaving 22 men in the dark sea to fend for themselves", "Lorenzana said in a statement.",
  ("Philippines", C, neg, "China", "'it is a crime' = judgement"))
U(d, "He asked the foreign office to take the matter up with Beijing", "a repeat could be avoided.",
  ("Philippines", T, neu, "China", "'He' = Lorenzana; asks for diplomatic steps and an inquiry, no judgement in this sentence"))
U(d, "Presidential spokesperson Salvador Panelo told reporters that President Duterte was outraged", "had been abandoned.",
  ("Philippines", C, neg, "China", "the President's outrage at the abandonment, relayed by his spokesperson"))
U(d, "\"The President wants the Chinese government to investigate and to punish the crew", "Panelo said.",
  ("Philippines", T, neg, "China", "demand for an investigation; punishment only if fault is found = no judgement yet (unsure: could be condemning)"))
U(d, "He warned that the government could take further diplomatic steps", "fell short.",
  ("Philippines", C, neg, "China", "threat of recalling envoys = condemning"))
U(d, "At the same time, Panelo said the Palace would wait for the results", "whether the ramming was deliberate.",
  ("Philippines", N, neu, "", "withholds judgement pending the inquiry = procedure"))
U(d, "Navy chief Vice Admiral Robert Empedrad told reporters on Friday", "on purpose.",
  ("Philippines", C, neg, "China", "the navy speaks for its state; accusation of deliberate ramming"))
U(d, "The Philippine Coast Guard, for its part, said it had sent a team", "all 22 crewmen.",
  ("Philippines", N, neu, "", "procedure"))
U(d, "In Beijing, Chinese Foreign Ministry spokesman Geng Shuang said initial checks", "\"hype\" the matter.",
  ("China", C, neg, "Philippines", "routine collision (denial) + warning against 'hype' aimed at Manila (target via the lead: 'accused Manila')"))
U(d, "\"Making a political show out of a collision between two fishing boats", "told a regular briefing.",
  ("China", C, neg, "Philippines", "rebuke of politicisation; unsure: target could be left empty (Manila not named in this sentence)"))
U(d, "The Chinese Embassy in Manila said in a statement late Friday", "fear for his own crew.",
  ("China", N, neg, "", "justification of its crew's conduct = a denial of wrongdoing (unsure: the 'surrounded' claim could be read as an accusation)"))
U(d, "The embassy said the captain had tried to turn back to help", "flatly rejected.",
  ("China", N, neu, "", "own account; the crewmen (unnamed) get no row"))
U(d, "China's Ambassador Zhao Jinhua sent word to the Palace", "according to Panelo.",
  ("China", N, pos, "", "reassurance about its own handling of the case = neutral, positive tone"))
U(d, "\"They switched off their lights and left us,\"", "in San Jose.",
  ("Rommel Dizon", C, neg, "China", "invented crewman under his own name; accusation of the Chinese boat's crew"))
U(d, "\"It was no accident.", "he said.",
  ("Rommel Dizon", C, neg, "China", "multi-sentence quote closed by the speaker; accusation of deliberate ramming"))
U(d, "United States Ambassador Sung Kim said Washington was relieved", "\"unconscionable.\"",
  ("United States", C, neg, "China", "relief + judgement of the abandonment (judgement decides)"))
U(d, "The US Embassy said the United States stood with the Philippines", "the country's waters.",
  ("United States", S, pos, "Philippines", "solidarity + continued help = supporting"))
U(d, "Vietnam's embassy in Manila confirmed that a fishing boat", "in danger at sea.",
  ("Vietnam", N, neu, "", "confirms the rescue; fact about its own fishermen"))
U(d, "Japanese Ambassador Koji Haneda said Tokyo was following the incident closely", "international law.",
  ("Japan", T, neu, "", "watching + hope for restraint = calling_for_talks"))
U(d, "ASEAN Secretary-General Lim Jock Hoi said the sinking showed why", "for the South China Sea.",
  ("ASEAN", T, neu, "", "appeal to conclude a code of conduct = diplomatic course"))
# "The incident is expected to come up ... diplomats said ..." = unnamed diplomats, no row.
U(d, "Vice President Leni Robredo said the government's first response had been too timid", "in their own waters.",
  ("Philippines", C, neg, "", "the Vice President criticises her own government (like Hoekstra in batch22a); target empty"))
U(d, "Senator Panfilo Lacson said the Chinese side should be made to pay", "would not cooperate.",
  ("Philippines", C, neg, "China", "a senator speaks for his state; holding China liable for compensation + threat of legal action"))
# The Makati rally of unnamed fishermen and students = narration, no row.
U(d, "Maritime law expert Ma. Teresa Lualhati of the Manila Institute for Ocean Affairs said", "whatever caused the collision.",
  ("Ma. Teresa Lualhati", N, neu, "", "invented expert; states the law, no judgement"))
U(d, "\"Under the rules every seafarer learns", "Lualhati said.",
  ("Ma. Teresa Lualhati", C, neg, "China", "judgement of the Chinese crew without a stock word (target implied by context)"))
U(d, "She said the joint investigation offered by Beijing could help lower tensions", "control of the evidence.",
  ("Ma. Teresa Lualhati", T, neu, "", "conditional endorsement of a joint probe to lower tensions"),
  ("China", T, neu, "", "Beijing's offer of a joint investigation, reported by the expert = China's statement (guide: a position of X reported by Y)"))
