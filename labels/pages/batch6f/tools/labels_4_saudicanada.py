# ------------------------------------------------------------------ Saudi Arabia-Canada row over detained activists (scraped Quebec regional page, 2018-08-08)
d = "page_saudi_canada_scraped.txt"
U(d, "Saudi Arabia's foreign minister ruled out any mediation", "called its error.",
  ("Saudi Arabia", C, neg, "Canada", "mediation refused in protest + Canada's 'error' = judgement; the repeated headline above is furniture"))
U(d, "\"This is not a matter for go-betweens,\" Adel al-Jubeir", "news conference in Riyadh.",
  ("Saudi Arabia", C, neg, "Canada", "refusal of a format (mediation) with the grievance stated just before = condemning (labels/README); Riyadh = place"))
U(d, "\"Canada knows very well what it has to take back.\"", "\"Canada knows very well what it has to take back.\"",
  ("Saudi Arabia", C, neg, "Canada", "quotation continued after its attribution; demand that Canada retract = accusation of wrongdoing"))
U(d, "Al-Jubeir said the kingdom was studying further steps against Canada.", "Al-Jubeir said the kingdom was studying further steps against Canada.",
  ("Saudi Arabia", C, neg, "Canada", "threat of further measures"))
U(d, "The row erupted on Sunday, two days after Global Affairs Canada", "free them at once.",
  ("Canada", T, neg, "Saudi Arabia", "background statement reported as a specific act: grave concern + appeal to release the activists, no judgement word = calling_for_talks (concern with an appeal)"))
U(d, "The Saudi foreign ministry replied in a string of tweets", "between countries.",
  ("Saudi Arabia", C, neg, "Canada", "'brazen intrusion' = judgement"))
U(d, "It declared Canada's ambassador, Dennis Horak, persona non grata", "from Ottawa.",
  ("Saudi Arabia", C, neg, "Canada", "expulsion of the ambassador + recall = condemning (guide)"))
U(d, "The ministry also froze all new trade and investment with Canada", "further action.",
  ("Saudi Arabia", C, neg, "Canada", "trade freeze (a sanction) + reserved right to act = condemning"))
U(d, "The activists, it said, were being held under Saudi law", "rights respected.",
  ("Saudi Arabia", N, neu, "", "justification of its own detentions / rebuttal of Canada's account = neutral (as a denial)"))
U(d, "Riyadh's decision to move thousands of Saudi scholarship students", "from Aug. 13.",
  ("Saudi Arabia", C, neg, "Canada", "possessive before the speakers (Riyadh's decision ... the education ministry; the state airline, both resolve to Saudi Arabia); measures taken against Canada"))
U(d, "On Wednesday the health ministry said it was ending medical treatment programs", "other countries.",
  ("Saudi Arabia", C, neg, "Canada", "'the health ministry' = Saudi Arabia's by context; another retaliatory measure"))
U(d, "Speaking in Montreal, Prime Minister Justin Trudeau said Canadians expected", "keep doing so.",
  ("Canada", N, neu, "", "own policy restated, no judgement of Riyadh and no appeal (unsure: an implicit refusal to retract); Montreal = place"))
U(d, "\"We have no wish to be on bad terms with Saudi Arabia", "al-Jubeir on Tuesday.",
  ("Canada", T, pos, "Saudi Arabia", "wish for good relations + talks continuing = calling_for_talks"))
U(d, "He said the kingdom was a country of some weight in the world", "human rights.",
  ("Canada", S, pos, "Saudi Arabia", "praise of Saudi progress (an olive branch) = supporting (unsure)"))
U(d, "Freeland's spokeswoman had said on Monday that Ottawa was seriously concerned", "Saudi measures.",
  ("Canada", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "U.S. State Department spokeswoman Heather Nauert said on Tuesday", "do it for them.",
  ("United States", T, neu, "", "the two sides should settle it themselves = appeal for a negotiated settlement, addressed to both"))
U(d, "Britain's Foreign Office urged both countries to show restraint.", "Britain's Foreign Office urged both countries to show restraint.",
  ("United Kingdom", T, neu, "", "restraint appeal to both"))
U(d, "Bahrain, the United Arab Emirates, Jordan and Kuwait all issued statements", "backing Riyadh.",
  ("Bahrain", S, pos, "Saudi Arabia", "list of four: backing of Saudi Arabia (Riyadh = metonym)"),
  ("United Arab Emirates", S, pos, "Saudi Arabia", "same list"),
  ("Jordan", S, pos, "Saudi Arabia", "same list"),
  ("Kuwait", S, pos, "Saudi Arabia", "same list"))
U(d, "Anwar Gargash, the UAE's minister of state for foreign affairs", "defending its sovereignty.",
  ("United Arab Emirates", S, pos, "Saudi Arabia", "solidarity; Gargash = UAE (actors.csv)"))
U(d, "Palestinian President Mahmoud Abbas said Palestinians stood with the kingdom", "intrusion into its affairs.",
  ("Palestine", C, neg, "Canada", "solidarity with Riyadh + 'unacceptable intrusion' in one sentence: rule 1 (condemning Canada)"))
U(d, "Amnesty International welcomed Canada's stand", "for their rights.",
  ("Amnesty International", C, neg, "Saudi Arabia", "welcome of Canada + judgement of the Saudi arrests: rule 1 (condemning)"))
U(d, "In Sherbrooke, Haidar said she was proud of the federal government", "back down.",
  ("Ensaf Haidar", S, pos, "Canada", "independent person (resident, wife of a detainee) under her own name; praise"))
U(d, "\"Canada spoke up for Samar when nobody else would.", "outside her home.",
  ("Ensaf Haidar", S, pos, "Canada", "multi-sentence quote closed by its speaker = one unit; praise of Canada"))
U(d, "She asked Ottawa to keep pressing for her husband's release", "his sister's.",
  ("Ensaf Haidar", T, neu, "Canada", "appeal to keep pressing diplomatically for the detainees' release, no judgement (unsure: an appeal for release, not for talks)"))
U(d, "Haidar said she had not been able to reach her sister-in-law's family", "every day.",
  ("Ensaf Haidar", N, neg, "", "personal facts, distress"))
