# ---------------------------------------------------------------- 1. United Kingdom: MI5 alert on Christine Lee (wire)
d = "page_uk_christinelee_mi5alert2022_wire.txt"
UK, CN = "United Kingdom", "China"
IDS = "Iain Duncan Smith"
BG = "Barry Gardiner"
U(d, "British officials have raised with China's ambassador a rare warning", "aimed at Chinese people living in Britain.",
  (UK, C, neg, CN, "dateline excluded; raising MI5's warning of CCP influence work with the ambassador = a protest and an accusation of China (Lee is a person, not an actor)"),
  (CN, C, neg, UK, "'Beijing' = China; dismissing the accusation as a fabrication 'aimed at Chinese people' = denial plus counter-accusation (rule 1, not a bare denial)"))
U(d, "The Security Service Interference Alert, which Speaker of the House of Commons", "runs Beijing's influence operations abroad.",
  (UK, C, neg, CN, "MI5 = a state agency; the Speaker only forwards it (parliament = the state); accusing Lee of working secretly with the CCP's United Front = an accusation of China's interference (CCP taken as the Chinese party-state, target China)"))
U(d, "According to the alert, Lee had arranged for money from people in Hong Kong and mainland China", "treat any approach from her with caution.",
  (UK, C, neg, "", "accusation about Lee's channelling of foreign money + warning to lawmakers; aimed at a person who is not an actor -> target empty (unsure: China could be the target)"))
U(d, "Hoyle told members that the security service believed Lee's work was meant to shape British politics", "if she got in touch.",
  (UK, C, neg, CN, "the Speaker (surname only) reporting MI5's judgement: Lee's work meant to suit Beijing = accusation of China's interference; 'Beijing' is a metonym here"))
# "Lee, whose firm has offices in London and Birmingham, did not respond ..." and "She has not been charged ..." -> narration, no row
U(d, "A spokesman for China's foreign ministry told a regular briefing in Beijing", "from its own troubles.",
  (CN, C, neg, UK, "foreign ministry spokesman = China; 'London' = metonym for the UK government; 'inventing spy stories to distract' = accusation; 'Beijing' here is a place"))
U(d, "\"China does not meddle in other countries' politics, full stop.", "the spokesman said.",
  (CN, C, neg, UK, "two-sentence quote closed by its speaker = one unit; denial + 'story was manufactured to cast suspicion on ordinary Chinese people' = counter-accusation (rule 1)"))
U(d, "The Chinese embassy in London said in a statement that it rejected the alert", "\"anti-China political manipulation\".",
  (CN, C, neg, UK, "embassy = China; rejecting 'in the strongest terms' + 'anti-China political manipulation' = judgement; the urging is part of the protest, not an appeal for talks"))
U(d, "A British government source said officials had raised the alert with Chinese Ambassador Zheng Zeguang", "would not be tolerated.",
  (UK, C, neg, CN, "unnamed source of a named government speaks for it; raising the matter with the ambassador + 'would not be tolerated' = a warning (threatened response)"))
U(d, "Prime Minister Boris Johnson's spokesman said it was alarming that an agent of the Chinese Communist Party", "the police and the security services.",
  (UK, C, neg, CN, "calling Lee 'an agent of the Chinese Communist Party' who got close to lawmakers = accusation of China; the planned bill is the government's response (unsure: 'alarming' + a plan could be read as neutral concern)"))
U(d, "Home Secretary Priti Patel said the warning proved the safeguards worked", "further alerts of this sort.",
  (UK, N, pos, "", "self-assessment of the state's own safeguards and an expectation of more alerts, no judgement of a named actor -> neutral, positive (self-praise)"))
U(d, "\"We will not hesitate to expose those who act for hostile states,", "Patel said in a statement.",
  (UK, C, neg, "", "surname only; a threat to expose agents of 'hostile states' = threatened response -> condemning; no named target"))
U(d, "Security Minister Damian Hinds told LBC radio there would be a review", "as a suspect.",
  (UK, N, neu, "", "announced review (procedure) + caution against suspecting Chinese-born Britons: no judgement of an actor, no appeal for talks"))
# "Lee gave more than 500,000 pounds between 2015 and 2020 ..." and "Her son worked in Gardiner's office ..." -> narration, no row
U(d, "Gardiner said he had kept the security services informed about Lee", "he had broken no rule.",
  (BG, N, neg, "", "Labour MP speaking for himself (independent person, new actor); defence against an implied accusation = denial -> neutral, negative tone"))
U(d, "\"Every penny was declared and every penny went on staff who served my constituents.", "\" he said.",
  (BG, N, neu, "", "two-sentence quote closed by its speaker; self-defence; 'where I stand on Beijing' implies criticism of China but states no judgement (unsure: could be condemning China)"))
U(d, "A Labour spokesperson said the party took the warning extremely seriously", "how exposed parliament remained.",
  ("Labour Party", C, neg, UK, "unnamed spokesperson of a named party speaks for it; cooperation pledge, then the government's 'own failure' on the Russia report = judgement of the government (the decisive part, rule 1)"))
U(d, "Conservative lawmaker Iain Duncan Smith, one of several British politicians placed under sanctions by Beijing last year,", "for so long.",
  (IDS, C, neg, UK, "backbench MP speaking for himself (new person actor); 'a scandal' that Lee moved freely = judgement of the authorities that let her (unsure: target could be left empty)"),
  (CN, C, neg, IDS, "relative clause reports a specific act done: Beijing's sanctions on him = a measure (guide: sanctions -> condemning) (unsure: background clause)"))
U(d, "Duncan Smith demanded to know why she had not been expelled from the country or prosecuted,", "going soft on Beijing.",
  (IDS, C, neg, "", "calls for expulsion/prosecution (measures) + 'going soft on Beijing' = judgement of ministers; aimed at both the UK government and China -> target empty"))
U(d, "The advocacy group Hong Kong Watch said the case confirmed warnings it had been making for years", "working for foreign powers.",
  ("Hong Kong Watch", C, neg, CN, "the case 'confirmed warnings' about Beijing's influence + call for a foreign-agents register (a measure against foreign interference) -> condemning (unsure: could be neutral, a policy demand; target could be empty)"))
U(d, "Lee received a Points of Light award from then Prime Minister Theresa May in 2019", "the rest of the country.",
  (UK, S, pos, "", "a specific act reported as done: the prime minister's award praises Lee's work (a person, not an actor) -> supporting, target empty (unsure: background narration)"))
U(d, "Relations between London and Beijing have deteriorated sharply since China imposed a national security law", "a violation of its sovereignty.",
  (CN, C, neg, UK, "'a move Beijing called a violation of its sovereignty' = China's judgement of the UK's offer; London and Beijing in the first clause are places/metonyms of the background"),
  (UK, S, pos, "", "Britain's offer of a path to citizenship to Hong Kong residents = an act of assistance (supporting), aimed at residents, not an actor -> target empty (unsure: could be read as a measure against China)"))
U(d, "The spokesman added that Beijing hoped London would work with it", "mutual respect and equality.",
  (CN, T, pos, UK, "hope to repair relations through cooperation, no judgement in the sentence = calling_for_talks (guide: hopes); Beijing/London = metonyms"))
