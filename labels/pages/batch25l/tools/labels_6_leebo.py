# ------------------------------------------------------------------ The disappearance of Hong Kong bookseller Lee Bo (Causeway Bay Books / Mighty Current) and the UK-China row (scraped regional daily, 2016-01-07)
d = "page_leebo_booksellers_2016_regionaldaily.txt"
# Not statements: masthead, date/city bar, menu, breadcrumb, headline, standfirst, byline, time stamp, share bar,
# [Photo n/3] captions with credits, ADVERTISEMENT, crossheads in capitals, Related, topics, most read, copyright.
U(d, "The disappearance of a Hong Kong bookseller who holds a British passport", "counted for little.",
  ("United Kingdom", T, neg, "China", "dateline excluded; lede carrying two positions: London 'demanding answers' = request for information, no judgement = calling_for_talks"),
  ("China", N, neu, "", "same lede: Wang 'signalling' that the nationality counted for little = a position without judgement or appeal = neutral"))
# "Lee Bo, 65, a shareholder ... have been missing since October." = narration, no row.
U(d, "British Foreign Secretary Philip Hammond, on a visit to Beijing, said on Tuesday", "any information on Mr Lee.",
  ("United Kingdom", T, neg, "China", "pressing both authorities for information = calling_for_talks; target China (the mainland authorities; Hong Kong's are part of the request too)"))
U(d, "Mr Hammond said Britain's view was that Hong Kong's courts", "any case against Mr Lee.",
  ("United Kingdom", T, neu, "China", "Hong Kong's courts alone should hear any case: an appeal for due process, no judgement = calling_for_talks (unsure: could be neutral)"))
U(d, "Standing beside him, Chinese Foreign Minister Wang Yi said", "make his case an issue.",
  ("China", C, neg, "United Kingdom", "asserts the man is a Chinese national and refuses other states' standing ('no call for other countries to make his case an issue') = rejection of a party in protest (unsure: could be read as neutral)"))
# "Mr Wang did not say where Mr Lee was or whether he was being held." = non-answer, no row.
U(d, "He said Beijing remained committed to the principle of \"one country, two systems\"", "high degree of autonomy.",
  ("China", N, pos, "", "reassurance about its own policy = neutral, positive"))
U(d, "In London, a Foreign Office spokesman said the government was \"deeply concerned\"", "keep raising the matter.",
  ("United Kingdom", N, neg, "", "concern without an appeal + a plan to keep raising it = neutral, negative"))
U(d, "Hong Kong's Chief Executive Leung Chun-ying told reporters on Monday", "treating the case seriously.",
  ("Hong Kong government", N, neg, "", "concern without an appeal = neutral"))
U(d, "Mr Leung said that arresting people in Hong Kong was a job", "no evidence yet of such action.",
  ("Hong Kong government", N, neu, "", "statement of the law, hedged by 'no evidence yet': no judgement of an actor (unsure: the conditional could be read as a warning to Beijing)"))
U(d, "He also urged Mr Lee to contact the police himself", "explain his situation.",
  ("Hong Kong government", N, neu, "", "a request to an individual, not a diplomatic appeal = neutral"))
U(d, "Secretary for Security Lai Tung-kwok said separately", "leaving the city.",
  ("Hong Kong government", N, neu, "", "fact given by an official"))
U(d, "Mr Lai said the police had asked their mainland counterparts", "awaiting a reply.",
  ("Hong Kong government", N, neu, "", "procedure (a request through an existing mechanism), no appeal for talks"))
U(d, "Mr Lee's wife withdrew a missing-person report on Monday", "assist the authorities there.",
  ("Lee Bo", N, pos, "", "the wife's act is narration (no row for her); the letter's content reported in a relative clause is Lee Bo's own statement of fact (person)"))
# "Pro-democracy lawmakers have questioned the letter." = unnamed group, summary line, no row.
U(d, "Civic Party lawmaker Claudia Mo said the case showed", "with impunity.",
  ("Civic Party", C, neg, "China", "'hollowed out' + accusation of mainland agents acting with impunity"))
U(d, "\"If a man can be taken from Hong Kong without a trace, no one here is safe,\" she said.", "she said.",
  ("Civic Party", N, neg, "", "alarm without a named culprit or an appeal = neutral, negative (unsure: could be carried as part of her accusation)"))
U(d, "In Beijing, Foreign Ministry spokesman Hong Lei told a regular briefing", "China's internal affairs.",
  ("China", N, neu, "", "no information + sovereignty line = neutral"))
U(d, "Sweden's foreign ministry said it was treating the disappearance of Mr Gui", "for consular access.",
  ("Sweden", T, neu, "China", "request for information and consular access = calling_for_talks (as a demand for an inquiry)"))
U(d, "Swedish Foreign Minister Margot Wallström told Swedish radio", "to be respected.",
  ("Sweden", T, neu, "China", "raised the case + expectation that rights be respected, no judgement = calling_for_talks"))
U(d, "The US State Department said it was troubled by the reports", "return to Hong Kong.",
  ("United States", T, neg, "China", "concern joined to an appeal = calling_for_talks"))
U(d, "In a statement, Reporters Without Borders said the disappearances", "release the five men immediately.",
  ("Reporters Without Borders", C, neg, "China", "'unprecedented attack' on press freedom + demand for release"))
U(d, "The European Union's diplomatic service said on Wednesday that if the men had been taken", "the city was promised.",
  ("European Union", C, neg, "China", "conditional judgement ('would run counter to the Basic Law'), as Hague's in batch22a (unsure: could be neutral)"))
# "The Mighty Current publishing house is known for books ..." = background narration, no row.
# "Associates of the men have said ..." = unnamed speakers, no row.
# "Legal scholars in Hong Kong said the case could test ..." = unnamed scholars, summary line, no row.
U(d, "\"A line has been crossed, and Beijing has chosen not to explain itself,\" said Dr Vivian Kwok", "Kowloon Institute of Legal Studies.",
  ("Vivian Kwok", C, neg, "China", "invented independent scholar, quote before the name; judgement without a stock word"))
U(d, "Dr Kwok said the Hong Kong government should seek a formal explanation", "make the answer public.",
  ("Vivian Kwok", T, neu, "Hong Kong government", "appeal to seek an explanation through the Basic Law's channels = calling_for_talks"))
U(d, "Raymond Tse, a retired teacher who has bought books from the shop", "in Causeway Bay altogether.",
  ("Raymond Tse", N, neg, "", "invented named customer (person); what he does now, fear implied"))
U(d, "\"I am not a political person. I just liked to read,\" he said.", "he said.",
  ("Raymond Tse", N, neg, "", "no position on an actor"))
