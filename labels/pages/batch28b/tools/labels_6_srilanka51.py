# ------------------------------------------------------------------ Sri Lanka: Human Rights Council resolution 51/1 (Colombo daily analysis, 2022-10-09)
d = "page_srilanka_hrc51_1_2022_colombodaily.txt"
# Not statements: masthead, date, menu, breadcrumb, kicker, headline, standfirst, byline, photo caption with credit and counter, crossheads, ADVERTISEMENT, Related, tags, most popular, follow line, copyright.
# "When the electronic board in Geneva's Room XX lit up ..." = scene narration, no row.
U(d, "Resolution 51/1 on \"promoting reconciliation", "in March 2021.",
  ("United Nations", N, neu, "", "the Council's adoption and the tally reported as done, no evaluation in the sentence"))
U(d, "Foreign Minister Ali Sabry, who had flown to Geneva", "rather than heal them.",
  ("Sri Lanka", C, neg, "", "rejection of the draft in protest, with reasons = condemning; the sponsors are several states -> target empty"))
U(d, "The minister said a government fighting its worst economic crisis", "people held under it.",
  ("Sri Lanka", N, pos, "", "'the minister' = Sabry; self-praise of progress = neutral, positive"))
U(d, "Speaking to reporters after the vote, Sabry argued", "declined to back the text.",
  ("Sri Lanka", N, neu, "", "surname only; reading of the tally, no judgement"))
U(d, "The resolution extends and strengthens the mandate", "objects to most strongly.",
  ("United Nations", N, neu, "", "the resolution's operative measure = procedural decision (unsure: could be read as condemning Sri Lanka)"),
  ("Sri Lanka", N, neg, "", "'Colombo objects to' = objection with no judgement stated in the sentence (README: objecting without judgement is neutral)"))
U(d, "For the first time, it also links the country's economic collapse", "domestic economic policy.",
  ("United Nations", C, neg, "Sri Lanka", "the text ties the collapse to corruption and impunity = judgement"),
  ("Sri Lanka", C, neg, "United Nations", "'officials here' in a Colombo paper = unnamed officials of a named government; 'intrusion' = judgement"))
U(d, "Introducing the draft on behalf of the core group", "the fall of a president.",
  ("United Kingdom", N, neu, "", "the ambassador explains the text's basis, no judgement; core group members not listed in this sentence -> UK row only"))
U(d, "In a joint statement issued after the vote, the core group of Canada", "in good faith.",
  ("Canada", T, neu, "Sri Lanka", "joint statement by a list of states, one row each; support for the people + appeal to engage, no judgement: rule 2"),
  ("Germany", T, neu, "Sri Lanka", "joint statement, listed state"),
  ("Malawi", T, neu, "Sri Lanka", "joint statement, listed state"),
  ("Montenegro", T, neu, "Sri Lanka", "joint statement, listed state"),
  ("North Macedonia", T, neu, "Sri Lanka", "joint statement, listed state"),
  ("United Kingdom", T, neu, "Sri Lanka", "joint statement, listed state"),
  ("United States", T, neu, "Sri Lanka", "joint statement, listed state"))
U(d, "The United States, in remarks carried by its mission in Geneva", "still waiting for justice.",
  ("United States", C, neg, "Sri Lanka", "'in remarks carried by its mission'; judgement of unkept commitments without stock words"))
U(d, "China's ambassador, Chen Xu, spoke against the text", "in the name of human rights.",
  ("China", C, neg, "", "charge that the Council is turned against a sovereign state; aimed at the sponsors -> target empty"))
U(d, "Pakistan, which had called for the recorded vote", "from its permanent mission.",
  ("Pakistan", C, neg, "", "'according to a statement from its permanent mission'; judgement of the text's scope and silence; sponsors several -> target empty"))
U(d, "India once again abstained, as it did in March 2021.", "in March 2021.",
  ("India", N, neu, "", "abstention reported as done, no evaluation"))
U(d, "Its representative, Indra Mani Pandey, told the chamber", "under the 13th Amendment.",
  ("India", T, neu, "Sri Lanka", "commitment to unity and Tamil aspirations + appeal for devolution, no judgement; New Delhi = metonym"))
U(d, "Japan, also abstaining, said it hoped Sri Lanka would pursue reconciliation", "the economic crisis.",
  ("Japan", T, pos, "Sri Lanka", "hope + pledge of aid: rule 2 before rule 3"))
U(d, "The acting High Commissioner, Nada Al-Nashif, had told the Council", "separated from it.",
  ("United Nations", C, neg, "Sri Lanka", "OHCHR resolves to the UN; lack of accountability as the main obstacle = judgement of Sri Lanka's record"))
U(d, "In Colombo, Cabinet spokesman Bandula Gunawardena said the government would not cooperate", "a waste of the Council's money.",
  ("Sri Lanka", C, neg, "United Nations", "refusal to cooperate + 'a waste' = rejection in protest"))
# "The Tamil National Alliance took the opposite view." = summary line, no row.
U(d, "Its spokesman, M. A. Sumanthiran, welcomed the outcome and thanked the core group", "only to be broken.",
  ("Tamil National Alliance", C, neg, "Sri Lanka", "welcome joined to a judgement of the government's promises: rule 1 -> condemning"))
U(d, "Human Rights Watch's South Asia director, Meenakshi Ganguly, was quoted by the group", "accused of abuses.",
  ("Human Rights Watch", C, neg, "Sri Lanka", "'was quoted by the group as saying'; welcome + judgement ('shielding those accused'): rule 1"))
U(d, "\"Geneva passes a resolution, Colombo rejects it", "taken away in 2009.",
  ("Sivaranjani Thevarajah", N, neg, "", "invented mother of a disappeared son (person); frustration with both sides, no explicit judgement or appeal (unsure); the unit starts at the quote after the narration sentence"))
U(d, "\"We want only to know what happened to our children,\" she said.", "she said.",
  ("Sivaranjani Thevarajah", N, neg, "", "a plea for the truth, not an appeal for talks, ceasefire or protection = neutral (unsure: could be calling_for_talks)"))
# "Diplomats from two European countries said privately ..." = unnamed officials of unnamed states, no row.
U(d, "Dr Ruwan Jayasekera, a senior fellow at the Colombo Centre for Strategic Dialogue, said", "lost the substantive one.",
  ("Ruwan Jayasekera", N, neu, "", "invented analyst (person); assessment of the outcome, no judgement of conduct"))
U(d, "\"The abstentions were not votes of confidence in Colombo", "he said.",
  ("Ruwan Jayasekera", N, neu, "", "reading of the abstainers' motives"))
U(d, "Jayasekera said the government's refusal to engage", "badly needs.",
  ("Ruwan Jayasekera", C, neg, "Sri Lanka", "'a mistake' = judgement of the government's refusal"))
U(d, "He urged the president, Ranil Wickremesinghe, to use the opening", "the next session in March.",
  ("Ruwan Jayasekera", T, neu, "Sri Lanka", "appeal for a truth commission and talks with Tamil parties"))
U(d, "Wickremesinghe, for his part, told a business forum on Friday", "early next year.",
  ("Sri Lanka", C, neg, "", "refusal of 'instructions from abroad' = rejection in protest, with a promise of domestic reconciliation; no actor named -> target empty (unsure: could be neutral)"))
U(d, "The foreign secretary, Aruni Wijewardane, said her ministry would brief", "in the coming weeks.",
  ("Sri Lanka", N, neu, "", "'the foreign secretary' by title, state clear from context; plan"))
# "That may be the real test." and the closing paragraph = the writer's analysis, no actor, no row.
