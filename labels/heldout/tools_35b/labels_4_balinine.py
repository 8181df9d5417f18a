# ------------------------------------------------------------------ Indonesia's executions of the Bali Nine pair and others (Australian broadcaster, scraped .txt, 2015-04-29)
d = "page_balinine_executions_ausbroadcaster.txt"
# Not statements: menu, section path, headline, byline, updated line, share bar, PHOTO captions with credits and "1 of 4",
# Key points bullets, ADVERTISEMENT, quote crossheads, "RELATED STORY:", Topics, First posted, comments link, MOST POPULAR, footer.
U(d, "Australia will withdraw its ambassador from Jakarta for the first time", "appeals for mercy.",
  ("Australia", C, neg, "Indonesia", "long lead: recall in protest (measure) with the executions as narration; Jakarta = place"))
U(d, "\"What was done overnight was heartless", "reporters in Canberra.",
  ("Australia", C, neg, "Indonesia", "quote opened first, speaker after (role then name); Canberra = place"))
U(d, "Mr Abbott said that once the families had been helped", "stop for a time.",
  ("Australia", C, neg, "Indonesia", "recall + suspension of ministerial contact = measures against another side"))
U(d, "He stressed that Indonesia remained one of Australia's most important partners", "early hours of Wednesday.",
  ("Australia", N, neg, "", "'He' = Abbott; value of the tie + damage, no judgement word in the sentence (unsure)"))
# Arrest and execution background (narration, no source): no rows
U(d, "A spokesman for Indonesia's Attorney-General's Office, Tony Spontana, confirmed", "12:35am local time.",
  ("Indonesia", N, neu, "", "confirmation of a fact by a state office"))
U(d, "Foreign Minister Julie Bishop said the Government had done everything it could", "the men's rehabilitation.",
  ("Australia", C, neg, "Indonesia", "own efforts + Jakarta (metonym) 'simply refused' = blame"))
U(d, "\"We asked for mercy, and we were refused", "she said.",
  ("Australia", C, neg, "Indonesia", "pronoun speaker after the quote; grievance"))
U(d, "Ms Bishop said she expected Mr Grigson to be back", "end of the week.",
  ("Australia", N, neu, "", "schedule of the recall"))
U(d, "Opposition Leader Bill Shorten said Labor stood with the Government", "achieved nothing.",
  ("Australian Labor Party", C, neg, "Indonesia", "the opposition leader speaks for his party; backing the government + judgement of the executions: the judgement decides (one row per actor)"))
U(d, "\"Two families are grieving today for nothing,\" he said.", "he said.",
  ("Australian Labor Party", C, neg, "Indonesia", "'for nothing' = judgement of the executions (unsure: could be read as grief only)"))
U(d, "Indonesia's Attorney-General, Muhammad Prasetyo, said the executions were part", "every day.",
  ("Indonesia", N, neg, "", "justification of its own act = neutral"))
U(d, "He played down the recall, saying the Netherlands and Brazil had done the same in January.", "in January.",
  ("Indonesia", N, neg, "", "dismissal of the recall, no judgement word"),
  ("Netherlands", C, neg, "Indonesia", "the Dutch recall reported by Prasetyo = the Netherlands' act (guide: X reported by Y)"),
  ("Brazil", C, neg, "Indonesia", "the Brazilian recall reported by Prasetyo"))
U(d, "\"Ambassadors go and ambassadors come back, and relations will recover,\" he said.", "he said.",
  ("Indonesia", N, neu, "", "confidence that ties recover = neutral"))
U(d, "Foreign ministry spokesman Arrmanatha Nasir said the withdrawal", "against any country.",
  ("Indonesia", N, neu, "", "'Foreign ministry' = Indonesia's by context; the procedure is Australia's choice, the executions law enforcement: neutral"))
U(d, "President Joko Widodo, who took office in October, has refused every clemency request", "drugs emergency.",
  ("Indonesia", N, neg, "", "own policy with its reason (unsure: could be narration)"))
U(d, "Brazil, which lost a second citizen to an Indonesian firing squad, said", "had been ignored.",
  ("Brazil", C, neg, "Indonesia", "'deplored' = judgement; Jakarta = metonym as object"))
# "Mr Gularte's family had argued ..." : the unnamed family (no row)
U(d, "In January, Brazil and the Netherlands recalled their ambassadors", "Ang Kiem Soei.",
  ("Brazil", C, neg, "Indonesia", "recall in protest reported as done (two states, one row each)"),
  ("Netherlands", C, neg, "Indonesia", "same"))
U(d, "President Dilma Rousseff said at the time that she was shocked and indignant", "presidential palace.",
  ("Brazil", C, neg, "Indonesia", "indignation + refusal of the envoy's credentials = protest by act; Brasilia = place"))
U(d, "Dutch Foreign Minister Bert Koenders said in January", "to abandon it.",
  ("Netherlands", C, neg, "Indonesia", "opposition to Indonesia's practice + pressure (unsure: could be calling_for_talks)"))
# Veloso reprieve paragraph: narration (no row)
U(d, "The Philippine Government said it was grateful to Indonesia", "help the investigation.",
  ("Philippines", S, pos, "Indonesia", "thanks for the reprieve = supporting"))
U(d, "\"We thank President Widodo and the Indonesian people", "said in Manila.",
  ("Philippines", S, pos, "Indonesia", "quote closed by the speaker; Manila = place"))
U(d, "France's President Francois Hollande warned last weekend", "put to death.",
  ("France", C, neg, "Indonesia", "conditional threat of consequences"))
U(d, "United Nations Secretary-General Ban Ki-moon had appealed to President Widodo", "on the death penalty.",
  ("United Nations", T, neu, "Indonesia", "appeal to halt + moratorium, no judgement = calling_for_talks; reported by his spokesman"))
U(d, "The European Union's foreign policy chief, Federica Mogherini, said", "earlier moratorium.",
  ("European Union", C, neg, "Indonesia", "'deeply regrettable' + appeal: rule 1"))
U(d, "Amnesty International called the executions shameful", "fair-trial safeguards.",
  ("Amnesty International", C, neg, "Indonesia", "judgement"))
U(d, "\"Some of these prisoners had mental illness", "Richard Bennett said.",
  ("Amnesty International", C, neg, "Indonesia", "multi-sentence quote closed by its speaker; accusation by describing the facts"))
# The woman at the consulate (unnamed) and her quote: not an actor (no rows)
