# ---------------------------------------------------------------- Poland answers Putin's claims on 1939 (Polish MFA news page, full HTML, 2019-12-30)
d = "page_poland_putin_lipski2019_mfa.html"
# Not statements: cookie bar, logo, language bar, search, menu, breadcrumbs, page title, release dates and titles, tags,
# pagination, press-office box, "See also" links, share bar, footer. Left without a row: "Prime Minister Mateusz Morawiecki
# issued a statement on Sunday ..." (lead-in announcing the statement whose content follows).
U(d, "Minister of Foreign Affairs Jacek Czaputowicz on Monday thanked the diplomats", "by the President of the Russian Federation.",
  ("Poland", S, pos, "", "thanks partners of several countries -> target empty; the partners are unnamed here, so no row for them"))
U(d, "The Minister pointed in particular to the Ambassador of the United States of America to Poland", "not its cause.",
  ("Poland", S, pos, "United States", "praise of the US ambassador's stand"),
  ("United States", S, pos, "Poland", "the ambassador's position reported by the ministry: Poland the victim, not the cause = backing Poland against the Russian claim"))
U(d, "\"We do not want a war over history with anyone.", "Minister Czaputowicz said.",
  ("Poland", C, neg, "Russia", "multi-sentence quote; 'the head of a great state tells the world that the victim was to blame' = judgement on Putin's claim (rule 1 over the gratitude)"))
U(d, "He added that Poland's embassies had been instructed", "Institute of National Remembrance.",
  ("Poland", N, neu, "", "instructions to embassies = own plan; the Institute is an object, not a speaker"))
U(d, "The Minister also said Warsaw remained ready to discuss", "on the basis of propaganda.",
  ("Poland", T, neu, "Russia", "conditional offer of a historians' dialogue = calling_for_talks (labels/README: offering talks, even conditional); the jab at 'propaganda' is implied, not an explicit judgement (unsure: could be condemning)"))
U(d, "The Prime Minister wrote that President Vladimir Putin had spread falsehoods about Poland", "plans for the Jews.",
  ("Poland", C, neg, "Russia", "'spread falsehoods' = accusation"),
  ("Russia", C, neg, "Poland", "Putin's claims reported by Poland (Poland helped bring about the war, sympathised with Hitler's plans) = accusation of Poland"))
U(d, "\"A nation that lost a fifth of its people needs no lessons", "the Prime Minister wrote.",
  ("Poland", C, neg, "Russia", "multi-sentence quote; 'a political operation' = judgement on the Russian claims"))
U(d, "Mateusz Morawiecki recalled that Polish soldiers fought on every front", "in the Holocaust.",
  ("Poland", N, neg, "", "historical facts and losses recalled; Germany's crime of 1939-45 stated as history, not aimed at today's Germany"))
U(d, "He stressed that the Polish people would not accept having their suffering used", "in front of their own publics.",
  ("Poland", C, neg, "Russia", "'campaign of disinformation' = judgement (rule 1), with an appeal to allies to keep the record public"))
U(d, "The Head of the Chancellery of the President, Krzysztof Szczerski, said on Friday", "single, considered statement.",
  ("Poland", N, neu, "", "procedure: who answers and how"))
U(d, "On Friday, 27 December 2019, the Ambassador of the Russian Federation to Poland, Sergey Andreev, was urgently summoned", "representatives of the Russian Federation.",
  ("Poland", C, neg, "Russia", "urgent summons of the ambassador = diplomatic protest (a taken measure)"))
U(d, "In a conversation at the Department of Eastern Policy, the Polish side conveyed", "the Polish authorities apologise.",
  ("Poland", C, neg, "Russia", "'firm objection' to a 'distorted picture'"),
  ("Russia", C, neg, "Poland", "Volodin's demand that Poland apologise, reported by Poland = Russia's accusation"))
U(d, "The Ambassador presented the position of the Russian side.", "the Russian side.",
  ("Russia", N, neu, "", "the ambassador's reply, content not given -> neutral"))
U(d, "Secretary of State at the Ministry of Foreign Affairs Marcin Przydacz said the summons", "treated the matter.",
  ("Poland", C, neg, "Russia", "explains the protest measure aimed at Moscow (Moscow, Warsaw = metonyms)"))
U(d, "\"Whoever claims that the Red Army merely filled an empty space", "Deputy Minister Przydacz said.",
  ("Poland", C, neg, "Russia", "quote over two sentences; 'erasing an invasion ... and he knows it' = accusation of deliberate falsification"))
U(d, "He added that the Ministry would ask the Russian side to make public the archival sources", "Józef Lipski.",
  ("Poland", N, neg, "Russia", "a request for sources that implies doubt but states no judgement -> neutral, negative (unsure: could be calling_for_talks as a request, or condemning as a challenge)"))
U(d, "The Ministry of Foreign Affairs of the Republic of Poland has received with astonishment", "Saint Petersburg on 20 December.",
  ("Poland", N, neg, "Russia", "astonishment without a judgement word = alarm, not condemnation (labels/README: 'Japan was shocked') -> neutral, negative"))
U(d, "In those remarks, the President of the Russian Federation claimed that Poland bore part of the blame", "ceased to function.",
  ("Russia", C, neg, "Poland", "Putin's claims reported: blame on Poland, collusion with Nazi Germany"))
U(d, "The Ministry recalls that the pact concluded on 23 August 1939", "17 September 1939.",
  ("Poland", C, neg, "", "recalls that the Nazi-Soviet pact opened the way to both invasions = blame on the two historical states (not actors today) -> target empty (unsure: could be neutral, facts recalled)"))
U(d, "Presenting the victim of the two invasions as their cause is contrary to the historical record", "Kharkiv and Tver.",
  ("Poland", C, neg, "Russia", "ministry's text continues without a named subject; 'contrary to the historical record', 'offends the memory' aimed at Putin's claims"))
U(d, "The Ministry considers that difficult questions of the common past should be examined by historians", "for several years.",
  ("Poland", T, neu, "Russia", "proposes resuming the bilateral historians' group = offer of dialogue"))
