# ------------------------------------------------------------------ Musharraf's emergency, Pakistan (scraped South Asian English-language daily, 2007-11-13)
d = "page_musharraf_emergency_pkdaily.txt"
# No rows: masthead, date line, menu, section path, headline + second deck, byline, share line, photo caption with credit,
# ADVERTISEMENT, crossheads, "The decision came after a long extraordinary session ..." (narration; unnamed members
# "said to be split"), "In Lahore, police sealed off the house ..." (narration of a measure against a party leader, no
# position stated), the Rawalpindi shopkeeper and the Lahore-based analyst
# (not actors), "Britain was represented at the CMAG session by Lord Malloch-Brown ..." (narration), "Officials in New
# Delhi said there had been no change ..." (unnamed officials with no body named), the CMAG membership/background
# paragraph, RELATED, tags, comments line, MOST POPULAR, copyright.
U(d, "The Commonwealth on Monday gave Pakistan ten days to lift the state of emergency", "came to power in 1999.",
  ("Commonwealth", C, neg, "Pakistan", "dateline excluded; ultimatum with suspension threat = condemning; Islamabad = metonym"))
U(d, "\"If, when we meet in Kampala on November 22", "crowded news conference.",
  ("Commonwealth", C, neg, "Pakistan", "multi-sentence quote closed by the Secretary-General (Commonwealth in the name files); threat; Kampala = place"))
U(d, "In its statement, the Group condemned the setting aside of the Constitution", "commitment to independent courts.",
  ("Commonwealth", C, neg, "Pakistan", "'the Group' = CMAG = Commonwealth (name files)"))
U(d, "It also asked the government to free the politicians", "as he had promised.",
  ("Commonwealth", T, neg, "Pakistan", "'It' = the Group; demands to release and lift curbs with no judgement word in this sentence = calling_for_talks, negative (labels/README)"))
U(d, "Malta's Foreign Minister Michael Frendo, who chaired the session, said", "could still comply.",
  ("Commonwealth", N, neu, "", "chair speaking for the body (guide); procedure of the decision = neutral (unsure: the 'final step' could make it a threat)"))
U(d, "Within minutes of the announcement, the Pakistan High Commission in London issued a statement", "drawn up abroad.",
  ("Pakistan", C, neg, "Commonwealth", "rejection of the ultimatum as outside dictation = refusing a demand in protest (unsure: could be neutral, a reassurance about its own road map); London = place"))
U(d, "In Islamabad, Foreign Office spokesman Mohammad Sadiq said it was regrettable", "incomplete information\".",
  ("Pakistan", C, neg, "Commonwealth", "'regrettable' + 'in haste' aimed at the Group = condemning"))
U(d, "He said Pakistan valued its membership of the Commonwealth", "progress being made.",
  ("Pakistan", N, pos, "", "'He' = Sadiq; reassurance about its own conduct = neutral, positive"))
U(d, "President Musharraf said on Sunday that general elections would be held before January 9", "peaceful atmosphere.",
  ("Pakistan", N, neu, "", "own plans = neutral; Musharraf, president and army chief, speaks for Pakistan (not declared as an alias: he left office in 2008)"))
U(d, "He has defended the emergency as necessary to save the country from a judiciary", "into the settled districts.",
  ("Pakistan", C, neg, "", "accusation against the judiciary (not an actor) and 'terror suspects' -> target empty (unsure: could be read as self-justification, neutral)"))
U(d, "Ms Bhutto, who returned from eight years of self-exile last month, told reporters by telephone", "both his offices.",
  ("Pakistan Peoples Party", C, neg, "Pakistan", "party chairperson = PPP; refusing talks in protest + demand that he go = condemning; Musharraf = Pakistan"))
U(d, "\"There can be no more talks with a man who has broken every promise", "she said.",
  ("Pakistan Peoples Party", C, neg, "Pakistan", "multi-sentence quote closed by the pronoun speaker"))
U(d, "PPP spokesman Farhatullah Babar said the party's workers would try to march anyway", "afraid of the people.",
  ("Pakistan Peoples Party", C, neg, "Pakistan", "plan + judgement of the detention order (rule 1)"))
U(d, "From Jeddah, where he has lived in exile since being deported in September", "held under it.",
  ("PML-N", C, neg, "Pakistan", "Nawaz Sharif speaks for his party (PML-N, name files); 'martial law by another name' + boycott in protest; Jeddah = place"))
U(d, "Pakistan Tehreek-i-Insaf chairman Imran Khan", "were restored.",
  ("Pakistan Tehreek-e-Insaf", N, neg, "", "party chairman = PTI (canonical spelling); call to keep protesting, neither a judgement word nor an appeal for talks = neutral (unsure: mobilisation could be read as condemning)"))
U(d, "The deposed Chief Justice, Iftikhar Muhammad Chaudhry, who remains confined", "supremacy of the Constitution.",
  ("Iftikhar Muhammad Chaudhry", C, neg, "Pakistan", "the deposed judge speaks for no state body now: an independent person under his own name; 'no legal basis' = judgement"))
U(d, "The Supreme Court Bar Association, whose president Aitzaz Ahsan", "took oath under the PCO.",
  ("Supreme Court Bar Association", C, neg, "", "boycott of the PCO courts in protest = condemning; target = the PCO judges, not an actor -> empty"))
U(d, "The interior ministry said on Monday that many of those arrested since Nov 3", "gave no figures.",
  ("Pakistan", N, neu, "", "the ministry's own account of releases (the outlet adds that no figures were given) = neutral"))
U(d, "In Washington, the State Department said it welcomed the President's announcement", "before the polls.",
  ("United States", T, neu, "Pakistan", "welcome + appeal to lift the emergency and free detainees, no judgement = calling_for_talks (rule 2 before rule 3); Washington = place"))
U(d, "\"A date is a start. Now Pakistanis need to see the emergency lifted", "told a briefing.",
  ("United States", T, neu, "Pakistan", "multi-sentence quote closed by McCormack; demands without a judgement word"))
U(d, "President George W. Bush spoke to Gen Musharraf by telephone last Wednesday", "the White House said.",
  ("United States", T, neu, "Pakistan", "appeal to hold elections and shed the uniform; attribution tail"))
U(d, "Secretary of State Condoleezza Rice had said on the day the emergency was declared", "against such measures.",
  ("United States", C, neg, "Pakistan", "'set Pakistan back' on democracy = judgement; prior warning reported; Islamabad = metonym"))
U(d, "The Pentagon said military cooperation against militants", "was continuing.",
  ("United States", N, neu, "", "the Pentagon = United States; cooperation continues = neutral fact (unsure: could be read as supporting Pakistan)"))
U(d, "In London, Foreign Secretary David Miliband told the BBC that Britain backed", "use the coming days well.",
  ("United Kingdom", S, pos, "Commonwealth", "backing the Commonwealth's decision = supporting the Commonwealth; the appeal to Islamabad rides on it"))
U(d, "He said he was glad Gen Musharraf had set an election date", "did not exist.",
  ("United Kingdom", C, neg, "Pakistan", "'He' = Miliband; gladness + a judgement that detentions and gagging rule out a fair vote: rule 1 (unsure: could be calling_for_talks)"))
U(d, "Canada's Foreign Minister Maxime Bernier said ahead of the meeting that Ottawa wanted", "the emergency had to end.",
  ("Canada", C, neg, "Pakistan", "calling for deadlines and a tough response = calls for sanctions = condemning; Ottawa = metonym"))
U(d, "The Netherlands last week froze part of its development aid", "the Dutch foreign ministry said.",
  ("Netherlands", C, neg, "Pakistan", "a measure taken in protest (like sanctions) = condemning"))
U(d, "In New Delhi, the Ministry of External Affairs said India was following events", "again soon.",
  ("India", T, pos, "", "monitoring + hope that peace and stability return = calling_for_talks (guide: hoping stability returns); New Delhi = place"))
U(d, "External Affairs Minister Pranab Mukherjee told parliamentarians", "stable and peaceful Pakistan.",
  ("India", N, neu, "", "non-interference + stated interest = neutral"))
