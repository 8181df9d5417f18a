# ------------------------------------------------------------------ Hong Kong bounties on eight overseas activists (Chinese MFA regular press conference transcript, 2023-07-04)
d = "page_hkbounties_2023_mfapresser.txt"
# Not statements: site header, menu, breadcrumb, title, date line, print/font bar, the outlets' bare questions
# ("What is China's comment?", "Your comment?"), follow-us line, copyright, sitemap.
U(d, "Hong Kong police on Monday issued arrest warrants", "leading to each arrest.",
  ("Hong Kong government", C, neg, "", "a reporter reports the police measure (warrants + rewards) as done; a measure against individuals = condemning; the eight are not canonical -> target empty"))
U(d, "British Foreign Secretary James Cleverly said in a statement", "on British soil.",
  ("United Kingdom", C, neg, "China", "a position of the UK reported inside a reporter's question; accusation of intimidation"))
U(d, "China deplores the irresponsible remarks of the British side", "rejects them firmly.",
  ("China", C, neg, "United Kingdom", "spokesperson = China; judgement of the British remarks"))
U(d, "The individuals you mentioned fled abroad", "they claim to speak for.",
  ("China", C, neg, "", "accusation of the eight (persons; 'outside forces' unnamed) -> target empty"))
U(d, "Their conduct breaches the National Security Law for Hong Kong", "criminal laws of the SAR.",
  ("China", C, neg, "", "judgement of the eight's conduct as unlawful; target empty"))
U(d, "The Hong Kong police acted in accordance with the law, and we fully support", "rule of law in the SAR.",
  ("China", S, pos, "Hong Kong government", "backing of the police measure = supporting; Hong Kong police = Hong Kong government"))
U(d, "I want to stress once more that Hong Kong's affairs belong to China alone.", "belong to China alone.",
  ("China", N, neu, "", "assertion of its own sovereignty, no actor judged in this sentence (the next one carries the rebuke)"))
U(d, "No foreign government has the standing to tell China", "govern Hong Kong.",
  ("China", C, neg, "", "rejection of the foreign critics' standing = judgement; several governments -> target empty"))
U(d, "The British side should face the fact", "26 years ago.",
  ("China", C, neg, "United Kingdom", "rebuke without a stock word: the UK is told to face reality"))
U(d, "We urge it to stop using Hong Kong as a pretext", "wanted under Chinese law.",
  ("China", C, neg, "United Kingdom", "an appeal carrying charges (pretext, meddling, sheltering) = rule 1, condemning"))
U(d, "The US State Department spokesman said the United States condemned the warrants", "people everywhere.",
  ("United States", C, neg, "Hong Kong government", "a US position reported in a question; condemnation of the police warrants"))
U(d, "Australian Foreign Minister Penny Wong said she was troubled", "following the matter closely.",
  ("Australia", N, neg, "", "concern with no appeal = neutral, negative tone"),
  ("Canada", N, neu, "", "same sentence, second actor: monitoring only = neutral"))
U(d, "The United States has its own laws with extraterritorial effect", "uphold their security.",
  ("China", C, neg, "United States", "charge of hypocrisy, no stock word"))
U(d, "This is a double standard, plain and simple.", "plain and simple.",
  ("China", C, neg, "United States", "judgement of the US position"))
U(d, "As for the question of handing over suspects", "competent authorities.",
  ("China", N, neu, "", "procedural line, referral"))
U(d, "The State Department also said the US would keep working with partners", "might be targeted.",
  ("United States", S, pos, "", "pledge to protect people who may be targeted = backing; the people are not actors -> target empty (unsure: could be read as a veiled rebuke, condemning)"))
U(d, "China-US relations should be grounded in mutual respect.", "mutual respect.",
  ("China", T, neu, "United States", "general appeal for respectful relations, no judgement in the sentence"))
U(d, "We hope the US side will match its words about stabilising ties", "resolve on Hong Kong.",
  ("China", C, neg, "United States", "a hope phrased as a warning ('stop testing China's resolve') and an implied charge of saying one thing and doing another (unsure: the hope could make it calling_for_talks)"))
U(d, "Chief Executive John Lee said this morning that he stood behind the police", "face the courts.",
  ("Hong Kong government", C, neg, "", "Lee = Hong Kong government; backing his own police and warning the eight = a threat against individuals; target empty"))
# "The Office of the Commissioner of the Foreign Ministry in Hong Kong also issued a statement." = no content stated, no row.
U(d, "The central government firmly supports the SAR government", "according to law.",
  ("China", S, pos, "Hong Kong government", "'the central government' = China; backing the SAR government"))
# "The Commissioner's Office has made our position clear." = pointer, no row.
U(d, "Those who break the law must be held accountable", "out of reach.",
  ("China", C, neg, "", "warning to the eight and to would-be protectors = condemning; target empty"))
U(d, "According to a statement from the Commissioner's Office", "harbouring criminals.",
  ("China", C, neg, "", "second-hand attribution; the Commissioner's Office of the Chinese MFA = China; charge against several host countries -> target empty"))
# "I just stated our position." = pointer, no row.
U(d, "The countries concerned should respect China's sovereignty", "can hide.",
  ("China", T, neg, "", "a demand to stop with no judgement word in this sentence = calling_for_talks with a negative tone, as labels/README.md rules (unsure: the earlier 'harbouring' charge colours it)"))
U(d, "Lau Siu-fung, a researcher at the Bauhinia Policy Institute", "does the same.",
  ("Lau Siu-fung", C, neg, "", "invented researcher, quoted in a question; judgement of 'Western governments' (several, non-canonical) -> target empty"))
# "I have noted the commentary." = no position, no row.
U(d, "Hong Kong has put the turmoil of 2019 behind it", "took effect.",
  ("China", N, pos, "", "praise of the city's state under the law = reassurance/self-praise, neutral with a positive tone"))
U(d, "Fiona Marsh, a senior lecturer in Chinese law", "extradite the eight.",
  ("Fiona Marsh", N, neu, "", "invented scholar; assessment that the rewards are symbolic, no judgement"))
U(d, "Marsh also called the move a cruel gesture", "remain in Hong Kong.",
  ("Fiona Marsh", C, neg, "Hong Kong government", "surname only; judgement of the police move"))
U(d, "Hong Kong is a society governed by law.", "governed by law.",
  ("China", N, neu, "", "assertion, no actor judged"))
U(d, "The police protect the lawful rights of every resident", "anything to fear.",
  ("China", N, pos, "", "reassurance, neutral with a positive tone"))
# "I have no information to offer on that." = non-answer, no row.
# "President Xi Jinping will attend ..." = the reporter's statement of a fact, no row.
U(d, "The SCO has become an important force", "peace and development.",
  ("China", S, pos, "SCO", "praise of the organisation = supporting"))
U(d, "China looks forward to working with the other member states", "message of solidarity.",
  ("China", N, pos, "", "expectations and plans for a meeting it attends, no appeal addressed to anyone (unsure: the hope could be read as supporting the SCO)"))
U(d, "China will release information about the President's remarks", "in due course.",
  ("China", N, neu, "", "procedural line"))
U(d, "Nathan Law told reporters in London on Tuesday", "stop speaking.",
  ("Nathan Law", C, neg, "Hong Kong government", "exiled activist, an independent person; reported clause: his charge that the authorities want to silence critics"))
U(d, "He is a criminal suspect wanted by the Hong Kong police.", "Hong Kong police.",
  ("China", C, neg, "Nathan Law", "'He' = Nathan Law; labelling him a criminal suspect = judgement"))
# "I will not comment on the words of such a person." = refusal to comment, no row.
U(d, "If he has any respect for the law", "face it.",
  ("China", C, neg, "Nathan Law", "demand joined to a judgement ('any respect for the law') = condemning"))
