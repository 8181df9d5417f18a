# ------------------------------------------------------------------ Chisinau: the voided mayoral election (wire copy, 2018-06-27)
d = "page_chisinau_mayoral_annulment2018_wire.txt"
# Not statements: menu, headline (carries the EU's rebuke), byline, read time, the three bullets, crossheads, ADVERTISEMENT,
# reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "The European Union on Wednesday accused Moldova's courts", "should be allowed to take office.",
  ("European Union", C, neg, "Moldova", "dateline excluded; lead with accusation + demand; the judgement decides (rule 1)"))
# "The statement from EU foreign policy chief ... came two days after ..." = narration of the statement and the court's act, no row.
# "Lower courts had found that both candidates broke a ban ..." = background narration of the proceedings, no row.
U(d, "\"A decision reached without transparency", "the two officials said.",
  ("European Union", C, neg, "Moldova", "joint statement of two EU officials = one actor; judgement without a stock word (whom the judges answer to)"))
U(d, "The EU expected the authorities in Chisinau", "signed in 2014.",
  ("European Union", T, neu, "Moldova", "demand to honour the result with no judgement word in the sentence; README: a demand to one side without judgement = calling_for_talks (unsure: could be read as pressure = condemning)"))
U(d, "Peter Michalko, the bloc's ambassador in Chisinau, said", "to count.",
  ("European Union", C, neg, "Moldova", "'the bloc' = EU; reported clause: 'had let down every voter' is a judgement on the court"))
U(d, "Hahn, asked by reporters in Brussels whether money was at stake", "were still met.",
  ("European Union", C, neg, "Moldova", "surname only; veiled threat to withhold aid = condemning (threatened response)"))
U(d, "Siegfried Muresan, a Romanian member of the European Parliament", "while the result stood.",
  ("European Union", C, neg, "Moldova", "an MEP speaks for the EU (as a congressman for the US); demand to cut money = sanctions call"))
# "The parliament is due to vote on a resolution on Moldova next week." = schedule as narration, no row.
U(d, "Maia Sandu, leader of the opposition Party of Action and Solidarity", "their accounts are touched.\"",
  ("Party of Action and Solidarity", C, neg, "", "call for sanctions (freeze budget support) + judgement on 'the people who ordered this ruling' (not a canonical actor) -> target empty"))
U(d, "The U.S. embassy in Chisinau said it was studying", "set aside.",
  ("United States", N, neg, "", "embassy = US; 'troubled' = concern with no appeal -> neutral, negative"))
U(d, "\"We will follow closely how the authorities respond", "posted on its website.",
  ("United States", N, neu, "", "monitoring line, no judgement or appeal"))
U(d, "Romania, which sees itself as Moldova's closest advocate", "keep the protests peaceful.",
  ("Romania", C, neg, "Moldova", "'sat badly with' = judgement without a stock word, joined to an appeal for peaceful protest: rule 1 -> condemning"))
U(d, "Romanian President Klaus Iohannis was quoted by his office", "Republic of Moldova.\"",
  ("Romania", C, neg, "Moldova", "passive attribution ('was quoted by his office as calling'); explicit judgement"))
U(d, "Foreign Minister Teodor Melescanu told reporters in Bucharest", "the mistakes of a few.\"",
  ("Romania", S, pos, "Moldova", "backing by act: continued funding of projects in Moldova = supporting; 'a few' is not a named actor"))
U(d, "In Berlin, a spokesman for the German Foreign Office said Germany hoped", "how the city had voted.",
  ("Germany", T, neu, "", "hope for a negotiated way out, addressed to both government and opposition -> calling_for_talks, target empty"))
U(d, "Thorbjorn Jagland, secretary general of the Council of Europe", "had relied on.",
  ("Council of Europe", S, neu, "Moldova", "offer of expert help = supporting (offers assistance)"))
U(d, "Prime Minister Pavel Filip, whose Democratic Party leads", "second-guess the judges.",
  ("Moldova", N, neg, "", "the head of government speaks for the state; puzzlement without a judgement or appeal = neutral"))
U(d, "The Democratic Party, controlled by businessman Vladimir Plahotniuc", "told for the cameras.\"",
  ("Democratic Party of Moldova", N, neg, "", "denial of steering the courts = neutral, negative (the 'fairy tale' tag is part of the denial)"))
U(d, "President Igor Dodon, a Socialist who favours closer ties", "by press release.\"",
  ("Moldova", C, neg, "", "defence of the ruling + rebuke of foreign embassies (several: EU, US) -> condemning, target empty"))
U(d, "Nastase, who leads the Dignity and Truth Platform", "his mandate was confirmed.",
  ("Dignity and Truth Platform", C, neg, "Moldova", "party leader speaks for the party; 'theft by court order' + vow of daily protests; target = the Moldovan courts (state)"))
U(d, "\"Whoever ordered this verdict", "he said.",
  ("Dignity and Truth Platform", C, neg, "", "quote continued in the next paragraph, same speaker; judgement on an unnamed 'whoever' -> target empty"))
U(d, "Ceban said he accepted the courts' decision", "not the pavement.\"",
  ("Party of Socialists of the Republic of Moldova", T, neu, "", "the Socialist candidate speaks for his party; acceptance + appeal to take protest to the ballot box = peaceful course -> calling_for_talks (unsure: could be neutral)"))
U(d, "The Central Electoral Commission said a new vote", "an acting mayor.",
  ("Moldova", N, neu, "", "state body giving a procedural fact"))
U(d, "In Moscow, Foreign Ministry spokeswoman Maria Zakharova said", "against its favourites.\"",
  ("Russia", C, neg, "European Union", "'internal matter' + accusation of lecturing; Brussels = EU"))
# "Analysts in Chisinau said the affair was likely to hang over ..." = unnamed analysts, no row.
U(d, "Victoria Rusu, a political analyst at the Institute for Democratic Practice", "campaign poster.\"",
  ("Victoria Rusu", C, neg, "Moldova", "invented analyst; reported judgement on the government's own goal"))
U(d, "\"The question now is whether the EU's words", "Rusu said.",
  ("Victoria Rusu", N, neu, "", "surname only; scenario, no judgement or appeal"))
U(d, "Mihai Gorea, a 34-year-old software engineer", "he had voted before breakfast on June 3.",
  ("Mihai Gorea", N, neu, "", "invented protester; own account of voting, no position (kept as a neutral example)"))
U(d, "\"They took my vote away in broad daylight", "he said.",
  ("Mihai Gorea", C, neg, "", "witness judgement on the unnamed 'they' -> target empty"))
