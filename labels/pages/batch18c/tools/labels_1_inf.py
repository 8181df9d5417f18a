# ------------------------------------------------------------------ INF treaty: U.S. suspension and Russia's answer (international wire copy, 2019-02-02)
d = "page_inf_suspension_wire.txt"
# Not statements: masthead, menu, section path, headline, byline, published/updated line, read time, photo captions with
# credits and "1 of 3", ADVERTISEMENT, capitals crossheads, "Related:", reporting/editing credits, Our Standards, topics,
# newsletter prompt, MOST READ list, copyright. Dateline "MOSCOW/WASHINGTON, Feb 2 (Meridian Wire) - " excluded.
U(d, "President Vladimir Putin said on Saturday that Russia was suspending", "breaking for years.",
  ("Russia", C, neg, "United States", "long lead mixing narration and positions: the suspension and work on banned missiles announced as the answer to the U.S. move = a taken response"),
  ("United States", C, neg, "Russia", "'a 1987 accord that Washington says Moscow has been breaking for years': the U.S. accusation reported inside the lead; Washington = metonym"))
U(d, "Meeting Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu at the Kremlin", "or anywhere else.",
  ("Russia", N, neu, "", "Putin's reassurance about Russia's own deployments (no judgement, no appeal); Lavrov and Shoigu are objects, not speakers"))
U(d, "\"Washington has chosen to walk away, and we will answer in kind.", "remarks shown on state television.",
  ("Russia", C, neg, "United States", "two-sentence quote closed by its speaker = one unit; 'answer in kind' = announced mirror response against the U.S."))
U(d, "He instructed the two ministers not to open any new round", "brushed aside.",
  ("Russia", C, neg, "United States", "pronoun subject (Putin); refusing talks with the U.S. in protest, grievance stated = condemning"))
U(d, "\"When the other side is prepared to talk seriously and as equals", "still stood.",
  ("Russia", T, neu, "United States", "conditional offer of talks = calling_for_talks (offering talks, even conditional); 'he' = Putin"))
U(d, "Shoigu proposed starting work on a ground-launched version", "published by the Kremlin.",
  ("Russia", N, neu, "", "surname only; defence minister's proposal and the president's approval = one Russia row; a weapons programme stated as a plan (unsure: could be read as part of the response against the U.S.)"))
U(d, "Russia had no intention of spending itself into a new arms race, Putin said", "existing budget.",
  ("Russia", N, neu, "", "attribution in mid-sentence; own plans and budget, no judgement"))
U(d, "In Washington on Friday, Secretary of State Mike Pompeo said", "the equipment that goes with them.",
  ("United States", C, neg, "Russia", "suspension + six-month ultimatum to destroy the missiles = condemning; Washington = place here"))
U(d, "\"Moscow has had every chance to fix this.", "at the State Department.",
  ("United States", C, neg, "Russia", "multi-sentence quote closed by 'Pompeo told reporters'; accusation without stock words"))
U(d, "President Donald Trump said in a written statement", "countermeasures of its own.",
  ("United States", C, neg, "Russia", "danger from the Russian missile + announced military countermeasures = threat"))
U(d, "A State Department official said formal notice of withdrawal", "on Saturday morning.",
  ("United States", N, neu, "", "unnamed official of a named body = United States; procedure; Belarus, Kazakhstan and Ukraine are recipients, not speakers"))
U(d, "NATO, in a statement issued minutes after Pompeo spoke", "united behind Washington.",
  ("NATO", S, pos, "United States", "backing of the U.S. move"))
U(d, "It said that if the treaty collapsed the blame would lie with Moscow alone", "come back into line.",
  ("NATO", C, neg, "Russia", "'It' = NATO; blame + appeal: rule 1"))
U(d, "Lavrov, speaking alongside Putin, rejected the U.S. charge as baseless", "set by the treaty.",
  ("Russia", N, neg, "", "surname only; denial of the accusation = neutral, negative"))
U(d, "He said it was Washington that had been in breach for years", "Tomahawk cruise missiles.",
  ("Russia", C, neg, "United States", "'He' = Lavrov; counter-accusation; Romania is where the site is, not a speaker"))
U(d, "Foreign Ministry spokeswoman Maria Zakharova wrote on Facebook", "searching for an excuse.",
  ("Russia", C, neg, "United States", "social media; accusation of a pretext"))
U(d, "Deputy Foreign Minister Sergei Ryabkov, Moscow's point man on arms control", "a serious conversation.",
  ("Russia", C, neg, "United States", "'would not give in to ultimatums' = judgement without stock words; rule 1 over the openness to talk; RIA (agency) is not an actor"))
U(d, "Kremlin spokesman Dmitry Peskov had said on Friday", "more dangerous place.",
  ("Russia", C, neg, "United States", "regret aimed at the U.S. decision = judgement"))
# No row: "European capitals, which would be the most exposed ... alarm and resignation." (summary line before the specific statements)
U(d, "EU foreign policy chief Federica Mogherini said the bloc wanted the treaty kept alive", "six months that remain.",
  ("European Union", T, neu, "Russia", "appeal addressed to Russia, no judgement word"))
U(d, "\"Europe paid dearly for the last missile race on its soil", "had been meeting.",
  ("European Union", N, neg, "", "'she' = Mogherini; alarm without an appeal = neutral, negative; Bucharest = place"))
U(d, "German Foreign Minister Heiko Maas laid the responsibility squarely on Russia", "keep the treaty alive.",
  ("Germany", C, neg, "Russia", "blame + effort to save the treaty: rule 1; Berlin = metonym"))
U(d, "A spokeswoman for the French foreign ministry said Paris was worried", "security of the continent.",
  ("France", N, neg, "", "concern without an appeal, no actor judged; Paris = metonym"))
U(d, "Poland, by contrast, welcomed Washington's step.", "Washington's step.",
  ("Poland", S, pos, "United States", "short sentence; welcome of a step"))
U(d, "Foreign Minister Jacek Czaputowicz said the Russian missile had threatened", "Moscow's own conduct.",
  ("Poland", C, neg, "Russia", "minister with no state word (Poland by the previous sentence); blames Moscow"))
U(d, "Beijing said it was against the U.S. pullout", "at the negotiating table.",
  ("China", C, neg, "United States", "'against' the U.S. act = judgement ('opposes X's act'); with an appeal to both: rule 1; Beijing = metonym"))
U(d, "Chinese foreign ministry spokesman Geng Shuang said in a statement", "would include China.",
  ("China", N, neg, "", "warning of consequences without an appeal + refusing a multilateral format with no protest stated = neutral, negative"))
# No row: "The treaty never bound China, ..." (narration)
U(d, "At the United Nations, a spokesman said Secretary-General Antonio Guterres hoped", "back into the treaty.",
  ("United Nations", T, pos, "", "hope that both sides return to the treaty = calling_for_talks; addressed to both, target empty"))
# No rows: "Arms control experts said ..." (unnamed analysts), the unnamed former Western arms negotiator (not an actor),
# "The INF treaty, signed by U.S. President Ronald Reagan and Soviet leader Mikhail Gorbachev, ..." (background narration).
