# ------------------------------------------------------------------ Hong Kong 47 subversion verdicts (Chinese state media, 2024-05-31)
d = "page_hk47_verdict_statemedia.txt"
# Not statements: masthead, menu, headline, standfirst, byline, share bar, photo captions and "1 of 3",
# crossheads ('Stands firmly behind', Slanders 'doomed to fail', Rally at consulate), ADVERTISEMENT,
# RELATED ARTICLES, tags, MOST VIEWED, footer.
U(d, "China's central authorities and the government of the Hong Kong Special Administrative Region", "held in 2020.",
  ("China", C, neg, "", "long lead: the central authorities' rebuttal of four Western actors (several -> target empty); the verdict is narration"),
  ("Hong Kong government", C, neg, "", "same sentence, second actor: the HKSAR government's rebuttal (one row per actor)"))
# "Fourteen of the 16 defendants who had contested the charge were found guilty ..." -> narration in the passive, no actor (no row)
U(d, "A spokesperson for the HKSAR government said on Friday that the judges", "reaching their verdict.",
  ("Hong Kong government", N, neu, "", "account of how the court worked; no judgement of another actor"))
U(d, "\"Endangering national security cannot be dressed up", "the spokesperson said.",
  ("Hong Kong government", C, neg, "", "multi-sentence quote closed by its speaker = one unit; accusation against the defendants (not a canonical actor -> target empty)"))
U(d, "The spokesperson added that 45 of the 47 people", "the two acquittals.",
  ("Hong Kong government", N, neu, "", "figures + the Department of Justice's appeal (a procedure; DOJ = Hong Kong government)"))
U(d, "In the same statement, the government told Washington and its allies", "intimidated by anyone.",
  ("Hong Kong government", C, neg, "", "demand to stop 'distorted accounts' = accusation; Washington and its allies = several -> target empty"))
# "Beijing had already made its position clear ..." -> lead-in to the transcript (no row)
# "Reuters: A Hong Kong court today convicted 14 pro-democracy figures of subversion." -> the reporter's narration (no row)
U(d, "The US consulate general in Hong Kong has said the defendants", "ordinary political activity.",
  ("United States", C, neg, "Hong Kong government", "a US position reported inside a reporter's question is the US's statement; the reporter is not an actor"))
# "What is China's response?" / "Hong Kong is a society run by law." -> question; bare principle (no row)
U(d, "Breaking the law carries consequences there", "it is done under.",
  ("China", N, neu, "", "Mao Ning: principle justifying the verdict; no actor judged (unsure: could be read as condemning the defendants)"))
U(d, "The central government stands firmly behind the SAR's law-enforcement", "threatens national security.",
  ("China", S, pos, "Hong Kong government", "backing of the SAR's police and courts"))
U(d, "Some countries keep using individual court cases as a pretext", "rejects this completely.",
  ("China", C, neg, "", "'meddle', 'blacken' + rejection; 'some countries' unnamed -> target empty"))
U(d, "A US congressional body, the Congressional-Executive Commission on China, has urged", "prosecutors in the case.",
  ("United States", C, neg, "Hong Kong government", "CECC = a US government body (like a senator); call for sanctions = condemning; Washington is the addressee, not a second actor; reported in a question"))
U(d, "Threats of sanctions frighten no one", "interfering in Hong Kong affairs.",
  ("China", C, neg, "United States", "'those politicians' = the US commission named in the question; accusation of manipulation and interference"))
U(d, "Late on Thursday, the office of the commissioner of the Chinese foreign ministry", "into heroes.",
  ("China", C, neg, "", "commissioner's office = China; Wong, the EEAS and the two consulates are objects, not speakers; several -> target empty"))
U(d, "The office said the SAR's judiciary had acted strictly according to law", "without reservation.",
  ("China", S, pos, "Hong Kong government", "support for the SAR's courts (the HKSAR institutions = Hong Kong government)"))
# "Those remarks had been issued within hours of the verdict." -> narration (no row)
U(d, "Canberra's statement said Australia was deeply troubled by the outcome", "Australian citizenship.",
  ("Australia", N, neg, "", "Canberra = metonym in a possessive; concern without an appeal = neutral, negative"))
U(d, "Australia had, the statement said, lodged strong objections", "civil society.",
  ("Australia", C, neg, "Hong Kong government", "objections lodged with the Hong Kong authorities = judgement; attribution in mid-sentence"))
U(d, "The EU's diplomatic service called the verdict politically motivated", "criticising the convictions.",
  ("European Union", C, neg, "Hong Kong government", "EEAS = EU; 'politically motivated' + appeal to respect autonomy: rule 1"),
  ("Canada", C, neg, "Hong Kong government", "second actor in the same sentence: a statement criticising the convictions"))
U(d, "In London, Anne-Marie Trevelyan, the minister for the Indo-Pacific", "two systems.\"",
  ("United Kingdom", C, neg, "", "two British speakers in one sentence = one row; London = place; one aims at Hong Kong, the other at Beijing's promises -> target empty"))
# "The sharpest move came from Washington." -> summary line before the specific statement (no row)
U(d, "State Department spokesperson Matthew Miller said the defendants had faced", "national security law.",
  ("United States", C, neg, "", "judgement + visa restrictions (a measure); aimed at Chinese and Hong Kong officials -> two targets -> empty"))
U(d, "Miller also called for the immediate release of all those held under the law.", "held under the law.",
  ("United States", T, neg, "Hong Kong government", "demand to release, no judgement word in the sentence = calling_for_talks, negative (unsure)"))
U(d, "The HKSAR government responded late on Friday night", "doing their duty.",
  ("Hong Kong government", C, neg, "United States", "'strongly condemned' the US visa plan"))
U(d, "At around 11 pm, the commissioner's office followed with a second statement", "international relations.",
  ("China", C, neg, "", "'political theatre' + warning to US and British politicians -> two actors -> target empty"))
U(d, "On Friday morning, members of the Defend Hong Kong Campaign", "judicial system.",
  ("Defend Hong Kong Campaign", C, neg, "United States", "pro-establishment group under its own name; accusation against Washington (metonym)"))
# "The city's political leaders also closed ranks behind the courts." -> summary line (no row)
U(d, "Chief Executive John Lee Ka-chiu said on Thursday that the judgment reflected", "outside pressure.",
  ("Hong Kong government", N, pos, "", "praise of the city's own courts = self-praise, neutral with positive tone"))
U(d, "He said the government would continue to deal resolutely", "subvert state power.",
  ("Hong Kong government", C, neg, "", "'He' = Lee; warning of action against subverters = a threatened response, no canonical target (unsure: could be neutral, own policy)"))
# "Several lawmakers from the pro-establishment camp issued statements of support ..." -> unnamed speakers (no row)
# "A Beijing-based scholar of Hong Kong affairs told Compass Daily ..." and the scholar's quote -> unnamed speaker (no row)
# "Observers note that the verdict is the first ..." -> the outlet's narration (no row)
