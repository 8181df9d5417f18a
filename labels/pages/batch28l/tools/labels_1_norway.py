# ------------------------------------------------------------------ Norway expels 15 Russian diplomats (Russian state agency, 2023-04-14)
d = "page_norway_expels15_2023_stateagency.txt"
# Not statements: masthead, menu, section, headline (carries Moscow's position), time stamps, dateline, photo caption,
# ADVERTISEMENT, Read also list, tags, copyright.
U(d, "The Russian side will not leave without an answer", "on the ministry's website on Friday.",
  ("Russia", C, neg, "Norway", "lede: announced response to the expulsions = threat"))
U(d, "On Thursday, the Ministry of Foreign Affairs of the Kingdom of Norway announced", "within a short period.",
  ("Norway", C, neg, "Russia", "expulsion of diplomats = condemning (a measure against another side)"))
U(d, "Zakharova said the Norwegian leadership had once again chosen", "cooperation in the North.",
  ("Russia", C, neg, "Norway", "reported clause: only Zakharova's position; judgement without stock words ('wreck')"))
U(d, "\"Not a single concrete fact has been presented to us.", "the diplomat stressed.",
  ("Russia", C, neg, "Norway", "multi-sentence quote closed by 'the diplomat'; accusation of a manufactured campaign"))
U(d, "She said the Russian side regarded the step as a deliberate move", "openly hostile state.",
  ("Russia", C, neg, "Norway", "pronoun carried across a paragraph break; judgement"))
U(d, "\"Our response will be firm, and Oslo will not have to wait long for it,\" Zakharova added.", "Zakharova added.",
  ("Russia", C, neg, "Norway", "threat of a response"))
U(d, "The Embassy of the Russian Federation in the Kingdom of Norway, in a statement", "in the most negative way.",
  ("Russia", C, neg, "Norway", "embassy speaks for its state; negative assessment of the decision"))
U(d, "According to the Embassy, the accusations levelled against its employees are unfounded", "Diplomatic Relations.",
  ("Russia", N, neg, "", "denial = neutral, negative ('according to')"))
U(d, "Ambassador Extraordinary and Plenipotentiary of the Russian Federation", "reduction of its staff.",
  ("Russia", N, neu, "", "'was quoted by the Embassy as saying'; own conduct/plan, no judgement"))
U(d, "Press Secretary of the President of the Russian Federation Dmitry Sergeyevich Peskov", "contacts with Moscow.",
  ("Russia", C, neg, "Norway", "'regrettable' aimed at Norway's act = judgement; the 'collective West' is also blamed"))
U(d, "\"Such decisions do not strengthen anyone's security", "principle of reciprocity.",
  ("Russia", C, neg, "Norway", "judgement + reciprocity = announced response"))
U(d, "On Thursday, Norwegian Foreign Minister Anniken Huitfeldt told reporters", "threat to Norwegian interests.",
  ("Norway", C, neg, "Russia", "accusation of spying (reported clause)"))
U(d, "She said Norway would not issue visas to intelligence officers", "replace them.",
  ("Norway", C, neg, "Russia", "measure against Russia's services (visa refusal)"))
U(d, "The head of the Norwegian Foreign Ministry declined to say", "Police Security Service.",
  ("Norway", N, neu, "", "procedural non-answer referring questions on"))
U(d, "The Norwegian Police Security Service (PST), at a briefing", "technology and defence.",
  ("Norway", C, neg, "Russia", "state agency's findings = accusation of espionage"))
# "Minsk expressed solidarity with Moscow." = summary line before the Belarusian statement, no row.
U(d, "The Ministry of Foreign Affairs of the Republic of Belarus said in a commentary", "trust in the High North.",
  ("Belarus", C, neg, "Norway", "judgement of the Norwegian move; NATO also blamed (target Norway as main)"))
U(d, "In Kyiv, the Ministry of Foreign Affairs of Ukraine welcomed Oslo's decision", "out of its territory.",
  ("Ukraine", S, pos, "Norway", "welcome of Norway's step; spokesman by name second"))
# "The decision in Oslo follows a series ..." and "Norway ... had previously expelled ..." = background, no row.
U(d, "Deputy Chairman of the State Duma Committee on International Affairs", "Norwegian diplomats.",
  ("Russia", C, neg, "Norway", "'in remarks carried by' the agency; expectation of retaliation = threatened response (ruling-party legislator -> state)"))
U(d, "\"A mirror response is the minimum", "the parliamentarian said.",
  ("Russia", C, neg, "Norway", "threat"))
U(d, "Viktor Lomakin, a leading research fellow at the Institute of Northern European Studies", "the Cold War.",
  ("Viktor Lomakin", N, neg, "", "invented analyst; consequences, no judgement or appeal"))
U(d, "\"The two sides still have to share the fish", "the expert said.",
  ("Viktor Lomakin", N, neg, "", "practical worry, ironic but no explicit judgement of an actor (unsure: could be condemning Norway)"))
U(d, "Lomakin said he hoped that at least the joint fisheries commission", "in the Barents region.",
  ("Viktor Lomakin", T, pos, "", "hope for a working channel = calling_for_talks"))
U(d, "Another specialist, Professor Elena Sorokina", "called it short-sighted.",
  ("Elena Sorokina", C, neg, "Norway", "invented scholar; 'short-sighted' = judgement"))
U(d, "Norwegian Prime Minister Jonas Gahr Store, quoted by the broadcaster NRK", "over a long time.",
  ("Norway", N, neu, "", "'quoted by'; procedure of the decision, no judgement"))
U(d, "Lithuanian Foreign Minister Gabrielius Landsbergis wrote that Vilnius stood shoulder to shoulder", "follow its example.",
  ("Lithuania", S, pos, "Norway", "solidarity + appeal to copy the expulsions (an appeal for measures, not for talks) = supporting"))
