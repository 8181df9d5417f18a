# ------------------------------------------------------------------ China recalls its ambassador over the Taiwanese Representative Office in Vilnius (China Daily-style state media, 2021-08-11)
d = "page_lithuania_taiwan_office_statemedia.txt"
U(d, "China has recalled its ambassador to Lithuania", "the Foreign Ministry said on Tuesday.",
  ("China", C, neg, "Lithuania", "recalling its envoy and demanding Lithuania's be withdrawn = a taken response (like an expulsion) = condemning; lead sentence carrying the ministry's position"))
U(d, "In a statement, a ministry spokesperson said Vilnius had pressed ahead", "diplomatic relations in 1991.",
  ("China", C, neg, "Lithuania", "unnamed spokesperson of a named ministry speaks for China; judgement without stock words ('struck at the political foundation')"))
U(d, "\"No country that has diplomatic relations with China", "the spokesperson said.",
  ("China", C, neg, "Lithuania", "multi-sentence quote = one unit; 'have it both ways' = accusation"))
U(d, "The spokesperson called on Lithuania to correct its mistake", "the wrong direction.",
  ("China", C, neg, "Lithuania", "demand containing judgement words ('mistake', 'wrong direction') = condemning (rule 1), not a bare appeal"))
U(d, "The statement also warned the authorities on the island", "get them nowhere.",
  ("China", C, neg, "Taiwan", "'the authorities on the island' = Taiwan by context; warning = condemning"))
U(d, "On Wednesday, Foreign Ministry spokesperson Hua Chunying said the recall", "rested entirely with Vilnius.",
  ("China", C, neg, "Lithuania", "justification of its own measure + blame placed wholly on Vilnius = condemning (the blame decides)"))
U(d, "Ma Xiaoguang, spokesperson for the Taiwan Affairs Office of the State Council", "hurting themselves.",
  ("China", C, neg, "Taiwan", "TAO = China; 'DPP authorities' = Taiwan (as batch5c); judgement + warning"))
U(d, "\"Those who court foreign backing to split the country", "Ma said.",
  ("China", C, neg, "Taiwan", "quote after the attribution sentence, same speaker; veiled threat"))
U(d, "Lithuania's Foreign Ministry said it regretted Beijing's move", "People's Republic of China.",
  ("Lithuania", C, neg, "China", "'regretted' aimed at Beijing's act = judgement (guide: 'regrettable'); the insistence on its own course rides in the same sentence (rule 1)"))
U(d, "The ministry said its embassy in Beijing was continuing to operate as usual.", "The ministry said its embassy in Beijing was continuing to operate as usual.",
  ("Lithuania", N, neu, "", "'The ministry' = Lithuania's foreign ministry by context; fact"))
U(d, "Speaking to Lithuanian media on Wednesday, Foreign Minister Gabrielius Landsbergis", "send its ambassador back.",
  ("Lithuania", T, neu, "China", "denial of wrongdoing ('done nothing wrong', neutral) + effort to get the ambassador back (appeal for a diplomatic course): the appeal decides, no explicit judgement (unsure)"))
U(d, "\"I believe this misunderstanding can be cleared up,\"", "he was quoted as saying.",
  ("Lithuania", T, pos, "China", "hope that the dispute is resolved = calling_for_talks; 'he was quoted as saying' = reported speech"))
U(d, "The island's external affairs department thanked Vilnius", "firm stance.",
  ("Taiwan", S, pos, "Lithuania", "Taiwan's MOFA named only by state-media periphrasis; thanks = approval"))
U(d, "It also accused the mainland of bullying", "its own choices.",
  ("Taiwan", C, neg, "China", "'It' = the same department; 'the mainland' = China"))
U(d, "In Washington, US State Department spokesman Ned Price told a briefing", "its NATO ally.",
  ("United States", S, pos, "Lithuania", "Washington = place; standing with an ally = supporting"))
U(d, "He also described China's recall of its envoy as retaliation", "pressure from Beijing.",
  ("United States", C, neg, "China", "'retaliation' + 'pressure' = judgement of China's act"))
U(d, "Responding on Wednesday, Hua said the US remarks turned right and wrong upside down.", "Responding on Wednesday, Hua said the US remarks turned right and wrong upside down.",
  ("China", C, neg, "United States", "rebuttal of the US = judgement without stock words"))
U(d, "\"The United States has no standing to lecture others", "she said.",
  ("China", C, neg, "United States", "multi-sentence quote: rebuke + demands with judgement ('wrong signals', 'egging others on')"))
U(d, "Nabila Massrali, a spokeswoman for the European Union's External Action Service", "following the matter closely.",
  ("European Union", C, neg, "China", "EEAS = EU; Brussels = metonym; 'regretted' Beijing's reaction = judgement (rule 1 over 'following closely')"))
U(d, "She added that an office of this kind fell short of an embassy", "one China policy.",
  ("European Union", N, neu, "", "the EU's reading of its own policy, no appeal and no judgement (unsure: implicitly defends Lithuania, could be supporting)"))
U(d, "Cui Hongjian, director of the Department of European Studies", "applause from Washington.",
  ("Cui Hongjian", C, neg, "Lithuania", "scholar introduced by role = independent person under his own name; judgement"))
U(d, "\"Small countries that let themselves be used as a pawn", "Cui told China Daily.",
  ("Cui Hongjian", C, neg, "Lithuania", "multi-sentence quote closed by its speaker; prediction of damage = negative judgement"))
U(d, "He said China's reaction had been restrained so far", "choices made in Vilnius.",
  ("Cui Hongjian", N, neg, "", "analyst's assessment; 'what happened next would depend on Vilnius' is a forecast, not a threat by a state (unsure)"))
U(d, "Lithuania announced in May that it was leaving", "\"Taiwanese Representative Office in Lithuania\".",
  ("Lithuania", N, neu, "", "background acts reported as done (leaving the 17+1 mechanism), no grievance stated in the sentence = neutral"),
  ("Taiwan", N, neu, "", "'the Taiwan authorities' = Taiwan; naming its office = an act reported as done, no evaluation"))
