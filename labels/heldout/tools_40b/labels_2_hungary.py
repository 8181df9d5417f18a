# ------------------------------------------------------------------ Hungary's "lex CEU" higher-education law (European news site, full HTML, 2017-04-12)
d = "page_hungary_ceu_law_eurosite.html"
# Not statements: cookie bar, brand, edition bar, nav, breadcrumb, kicker, headline, standfirst, byline/time, share bar, captions (1/4, 2/4),
# ADVERTISEMENT, crossheads, tags, newsletter, read more, reader comments, most read, footer.
U(d, "The European Commission said on Wednesday that it would finish a legal assessment", "force the Central European University out of the country.",
  ("European Union", C, neg, "Hungary", "lead: Commission = EU; announced possible court action = threatened measure (condemning)"))
U(d, "\"A university that has trained a generation of Europeans", "discussed Hungary.",
  ("European Union", C, neg, "Hungary", "judgement without a stock word ('should not have to fight for its survival inside this Union')"))
U(d, "Timmermans said Brussels would also seek talks with the Hungarian government", "in the country.",
  ("European Union", T, neu, "Hungary", "surname only; offer of dialogue, no judgement in the unit"))
U(d, "He added that the Commission would publish its own reply", "every Hungarian household.",
  ("European Union", N, neu, "", "plan; no judgement"))
# "The amendment, rushed through parliament ..." and "CEU, founded in 1991 ..." = background narration, no row.
U(d, "President János Áder signed the law on Monday", "conflicted with the constitution.",
  ("Hungary", N, neu, "", "head of state's act + own legal finding, no judgement"))
U(d, "Government spokesman Zoltán Kovács said the rules applied equally", "run from Soros's foundations.",
  ("Hungary", C, neg, "European Union", "defence + accusation that the Commission takes sides (judgement decides)"))
U(d, "Kovács said the government was ready to discuss an intergovernmental agreement", "would not be withdrawn.",
  ("Hungary", T, neu, "United States", "conditional offer of talks with Washington = calling_for_talks (README: offering talks, even conditional); law kept"))
U(d, "Foreign Minister Péter Szijjártó denied that anyone intended to close the university.", "close the university.",
  ("Hungary", N, neg, "", "denial = neutral, negative"))
U(d, "\"Nobody is shutting anything down", "Szijjártó told reporters.",
  ("Hungary", C, neg, "", "denial plus 'hysteria' aimed at Western capitals (no single canonical target) -> condemning, target empty"))
U(d, "László Palkovics, the state secretary for higher education, said", "met the two conditions in time.",
  ("Hungary", N, neu, "", "procedure and conditions"))
U(d, "Prime Minister Viktor Orbán said on state radio last Friday", "happened to be a billionaire.",
  ("Hungary", C, neg, "", "judgement aimed at the university's founder (not a canonical actor) -> target empty"))
U(d, "CEU's president and rector, Michael Ignatieff, said the signing", "asked the Commission to move quickly.",
  ("Central European University", C, neg, "Hungary", "the rector speaks for the university (new actor); 'attack on academic freedom' + request to Brussels (rule 1)"))
U(d, "\"We will use every legal avenue open to us", "Ignatieff said.",
  ("Central European University", N, pos, "", "plan of legal resistance, no judgement in the unit; determined tone"))
U(d, "He thanked the governments in Washington and Berlin", "for standing with the school.",
  ("Central European University", S, pos, "", "thanks = approval of backers; several targets -> empty"))
U(d, "In Washington, State Department spokesman Mark Toner said the United States regretted", "negotiate with the university.",
  ("United States", C, neg, "Hungary", "'regretted' the signing = judgement, plus appeal -> rule 1"))
U(d, "Toner called CEU \"a flagship", "for a quarter of a century\".",
  ("United States", S, pos, "Central European University", "praise of the university"))
U(d, "The office of New York Governor Andrew Cuomo said the state was willing to open talks", "allow the university to stay.",
  ("United States", T, pos, "Hungary", "a state governor's office resolves to the state (README: provincial officials); offer of talks (unsure: New York as a sub-national actor)"))
U(d, "In Berlin, a foreign ministry spokesman said Germany was following developments with concern", "kept CEU in Budapest.",
  ("Germany", T, neg, "", "concern + hope for a solution = calling_for_talks (hope), negative tone"))
# "The law has also put Orbán's Fidesz party at odds ..." = summary line, no row.
U(d, "Manfred Weber, who leads the EPP group in the parliament, said", "explain itself to the group.",
  ("European People's Party", C, neg, "Fidesz", "group leader speaks for the party family (new actor); 'entirely the wrong signal' = judgement + demand"))
U(d, "Lajos Kósa, who heads Fidesz's parliamentary group, said", "did not represent Hungarians.",
  ("Fidesz", C, neg, "", "accusation against 'the Soros network' (not canonical) -> target empty"))
U(d, "The opposition Socialist Party said it would ask the Constitutional Court", "dressed up as regulation.",
  ("Hungarian Socialist Party", C, neg, "Hungary", "legal challenge + 'political revenge' = judgement of the government"))
# "Tens of thousands of people marched ..." and "The European Parliament is due to debate ..." = narration, no row.
U(d, "Eszter Halmi, a political scientist at the Danube Policy Centre", "strength of the reaction abroad.",
  ("Eszter Halmi", N, neu, "", "invented analyst; assessment of the government's calculation, no judgement"))
U(d, "\"Orbán expected a quarrel with Brussels", "she said.",
  ("Eszter Halmi", N, neu, "", "analysis, no judgement or appeal"))
U(d, "Halmi said the government's likeliest course was to keep the law", "next year's election.",
  ("Eszter Halmi", N, neu, "", "forecast"))
# Reader comments get no row.
U(d, "Ignatieff said he was ready to sit down with the government", "held in good faith.",
  ("Central European University", T, pos, "Hungary", "conditional offer of talks = calling_for_talks"))
U(d, "Jobbik, the largest opposition party in parliament, said", "would not pay the price.",
  ("Jobbik", T, neu, "Hungary", "appeal to settle the dispute, no judgement; declining to join the challenge"))
