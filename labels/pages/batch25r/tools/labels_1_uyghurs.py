# ------------------------------------------------------------------ Thailand deports 40 Uyghurs to China (international wire copy, 2025-02-28)
d = "page_thailand_uyghurs_deported2025_wire.txt"
# Not statements: menu, UPDATE headline (carries positions, but headlines are never statements), byline, time stamp,
# read time, the four summary bullets, crossheads, ADVERTISEMENT, reporting credits, Our Standards, Related coverage, tags, most read.
U(d, "Thailand deported 40 Uyghur men to China before dawn", "would come to no harm.",
  ("Thailand", N, neu, "", "dateline excluded; lede: the deportation (narration) + Bangkok's defence of its own act = neutral"),
  ("United States", C, neg, "Thailand", "'Washington ... swiftly denounced' = judgement on the deportation; Washington = metonym"),
  ("United Nations", C, neg, "Thailand", "the U.N. human rights chief denounced it"),
  ("China", N, pos, "", "reported clause: 'Beijing had promised the men would come to no harm' = China's assurance, relayed by Thailand (guide: X's position reported by Y is X's statement); reassurance = neutral, positive"))
# "The men, part of a group of more than 300 ..." = narration with unnamed eyewitnesses, no row.
# "An unscheduled China Southern Airlines flight ..." = narration (flight data), no row.
U(d, "Deputy Prime Minister Phumtham Wechayachai, who also holds the defence portfolio", "rejoin their families.",
  ("Thailand", N, neu, "", "confirmation of the transfer, a fact given by the actor"),
  ("China", N, pos, "", "reported clause: the Chinese officials' written assurances = China's own reassurance, reported by Phumtham; neutral"))
U(d, "\"We held them for eleven years", "Phumtham told reporters at Government House.",
  ("Thailand", N, neu, "", "multi-sentence quote closed by its speaker; defence of own conduct (no third-country offer, within the law) = neutral; surname only"))
U(d, "He said Thai officials and journalists would be invited", "how they were living.",
  ("Thailand", N, pos, "", "'He' = Phumtham; plan for a visit = neutral"))
U(d, "Prime Minister Paetongtarn Shinawatra was quoted by Thai media as saying", "the deciding factor.",
  ("Thailand", N, neu, "", "passive attribution ('was quoted by Thai media as saying'); denial that ties with China decided it = neutral"))
U(d, "The Thai foreign ministry said later in a statement", "the men's welfare.",
  ("Thailand", N, neu, "", "state adjective ('the Thai foreign ministry'); explanation + follow-up plan, no judgement"))
U(d, "In Washington, Secretary of State Marco Rubio said in a written statement", "find them new homes.",
  ("United States", C, neg, "Thailand", "reported clause; judgement without a stock word ('brushed aside years of warnings', 'let down partners'); Bangkok = metonym"))
U(d, "The statement said Beijing's treatment of Uyghurs in Xinjiang", "the men now faced.",
  ("United States", C, neg, "China", "'The statement' = Rubio's; judgement on China's treatment of Uyghurs; 'rights groups say' is an aside, not a speaker"))
U(d, "Rubio, who had pressed Bangkok on the issue", "confirm their condition.",
  ("United States", T, neu, "China", "appeal for access to verify the men's condition, no judgement in the sentence = calling_for_talks (humanitarian access); the January hearing is narration"))
U(d, "A State Department official, speaking on condition of anonymity", "among the options on the table.",
  ("United States", C, neg, "Thailand", "unnamed official of a named government; threatened measure (visa restrictions under review) = condemning"))
U(d, "The official said the United States had for years offered to help resettle the men", "in the United States itself.",
  ("United States", S, neu, "", "backing by act: offer of resettlement (aid offered); the men are not an actor -> target empty (unsure: could be read as a rebuke of Bangkok, neutral)"))
U(d, "U.N. High Commissioner for Human Rights Volker Turk said returning the men", "many times.",
  ("United Nations", C, neg, "Thailand", "reported clause; breach of non-refoulement = judgement without stock word"))
U(d, "\"Their families deserve to know where they are tonight.", "Turk said in Geneva.",
  ("United Nations", T, neg, "China", "multi-sentence quote closed by its speaker; appeal to Beijing to admit monitors, no judgement = calling_for_talks"))
U(d, "The U.N. refugee agency UNHCR said it had never been given access", "from news reports.",
  ("UNHCR", N, neg, "", "facts given by the agency (no access, learned from the news); no explicit judgement (unsure: implied complaint)"))
U(d, "China's Ministry of Public Security said in a statement that 40 Chinese nationals", "between the two countries.",
  ("China", N, neu, "", "the ministry's own account of the repatriation; 'illegally' describes the men, not an actor"))
U(d, "At a regular briefing in Beijing, foreign ministry spokesman Lin Jian said", "common international practice.",
  ("China", N, neu, "", "spokesman named by role first; defence of the legality of the act = neutral"))
U(d, "Lin said some politicians abroad were once again using Xinjiang", "such attempts were doomed.",
  ("China", C, neg, "", "surname only; accusation of smearing and meddling aimed at unnamed 'politicians abroad' -> target empty"))
U(d, "The Chinese embassy in Bangkok said on its Facebook page", "jobs and training for them.",
  ("China", N, pos, "", "state adjective; reassurance about the men's situation = neutral, positive"))
U(d, "Canadian Foreign Minister Melanie Joly said Ottawa was troubled", "the men's safety in China.",
  ("Canada", N, neg, "", "concern without an appeal = neutral, negative; Ottawa = metonym"))
U(d, "She did not say whether Canada had offered to take in any of the men", "it had done in recent years.",
  ("Canada", S, neu, "", "backing by act (resettlement offer) reported by two unnamed diplomats; the diplomats are not actors, the act is Canada's (unsure)"))
U(d, "A spokesperson for the European Union's diplomatic service said the bloc regretted", "free trade agreement with the EU.",
  ("European Union", C, neg, "Thailand", "'regretted' Bangkok's decision = judgement (guide: 'regrettable'); plan to raise it + narration tail"))
U(d, "Dolkun Isa, president of the Munich-based World Uyghur Congress, said Thailand", "into the men's fate.",
  ("World Uyghur Congress", C, neg, "", "'accomplice in Beijing's campaign' judges both Thailand and China -> target empty; judgement decides over the inquiry appeal (rule 1)"))
U(d, "Human Rights Watch said Thai officials had assured diplomats", "to avoid scrutiny.",
  ("Human Rights Watch", C, neg, "Thailand", "accusation of broken assurances and secrecy"))
U(d, "In Istanbul, Abdurehim Tursun, whose cousin was among those held", "through a smuggled message in January.",
  ("Abdurehim Tursun", N, neg, "", "invented relative (person); fact about the last contact, no judgement"))
U(d, "\"He wrote that they were being told to sign papers", "Tursun said.",
  ("Abdurehim Tursun", C, neg, "Thailand", "multi-sentence quote; bitter judgement without stock word ('today they gave us their answer') on the Thai government"))
U(d, "Pornthip Ruangsri, a researcher on Thai foreign policy", "the cost of Western criticism.",
  ("Pornthip Ruangsri", N, neu, "", "invented analyst; analysis of Bangkok's calculation, no judgement"))
U(d, "\"Bangkok is betting that Washington will grumble", "she said.",
  ("Pornthip Ruangsri", N, neu, "", "forecast, no judgement; Bangkok/Washington are metonyms inside an analyst's quote"))
U(d, "She said Thailand should now at least press China", "independent observers present.",
  ("Pornthip Ruangsri", T, neu, "Thailand", "appeal addressed to Thailand (access, monitoring) = calling_for_talks"))
# "Thailand deported 109 Uyghurs to China in July 2015 ..." = background narration; protesters are not actors. No row.
# "Five more Uyghurs remain in Thai custody ... according to rights groups." = figures from no named source, no row.
