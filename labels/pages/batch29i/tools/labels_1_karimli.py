# ------------------------------------------------------------------ Azerbaijan: arrest of Popular Front leader Ali Karimli (international wire copy, 2025-12-02)
d = "page_azerbaijan_karimli_arrest2025_wire.txt"
# Not statements: menu, headline, byline, time stamp, read time, the three summary bullets, crossheads, ADVERTISEMENT,
# reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
P = "Azerbaijan Popular Front Party"
U(d, "An Azerbaijani court has ordered veteran opposition leader Ali Karimli held", "opposition group in the country.",
  (P, C, neg, "Azerbaijan", "dateline excluded; lede: the court order is narration, the party's position ('branded a fabrication meant to silence') is a judgement"))
# "Karimli, who has led ... was detained at his home ..." = narration, no row.
# "The Sabail District Court approved their pre-trial detention ... according to court documents seen by CPA." = narration of the procedure (the documents are the source), no row.
U(d, "\"Ali Karimli plotted against no one;", "held back several dozen supporters.",
  (P, C, neg, "Azerbaijan", "party deputy chairman speaks for the party; denial joined to a judgement of the government (the judgement decides)"))
U(d, "Hazi said the party leader had refused to answer", "revenge for his politics.",
  (P, C, neg, "Azerbaijan", "surname only; Karimli's own position reported by Hazi: refusal in protest, case as revenge"))
# "Pro-government news sites have linked the case ..." = outlets, not actors; no row.
U(d, "The party dismissed that link in a statement", "could hardly have conspired with him.",
  (P, N, neg, "", "denial of the alleged link (no judgement of an actor: Mehdiyev's circle is not an actor)"))
U(d, "The State Security Service said in a short statement on Monday", "the investigation was continuing.",
  ("Azerbaijan", C, neg, P, "the security service speaks for its state; an accusation of a plot against the party's leaders = condemning"))
# "It gave no details of the alleged plot." = what the statement lacked, no position; no row.
U(d, "Aykhan Hajizada, the foreign ministry spokesman, brushed aside foreign criticism", "to our judges.\"",
  ("Azerbaijan", C, neg, "", "rejects criticism and rebukes foreign capitals ('no capital has the right') = judgement, aimed at several -> target empty"))
U(d, "The spokesman said comments from European institutions were one-sided", "gravity of the charges.",
  ("Azerbaijan", C, neg, "", "'the spokesman' = Hajizada; judgement of European institutions (EU and Council of Europe: several -> empty)"))
U(d, "Asked about the arrest, Armenian foreign ministry spokesperson Ani Badalyan said", "internal affairs of other states.",
  ("Armenia", N, neu, "", "procedural no-comment line = neutral"))
U(d, "The European Union's spokesperson for foreign affairs, Anitta Hipper, said", "lawyers of his choice.",
  ("European Union", T, neu, "Azerbaijan", "monitoring + expectation of a fair trial: an appeal, no judgement = calling_for_talks"))
U(d, "\"The detention of the leader of a major opposition party", "Hipper said.",
  ("European Union", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "Germany's Federal Foreign Office went further", "to free both men.",
  ("Germany", C, neg, "Azerbaijan", "judgement ('politically motivated prosecutions') + demand: rule 1"))
U(d, "In remarks carried by the German news agency dpa, a ministry spokesperson said", "with Azerbaijan's ambassador.",
  ("Germany", N, neu, "", "passive attribution; a diplomatic step reported without evaluation = neutral"))
U(d, "The French foreign ministry, whose relations with Baku have been strained", "jailed for an opinion.",
  ("France", C, neg, "Azerbaijan", "judgement without stock words ('would not survive any honest examination') + solidarity with detainees: rule 1"))
U(d, "In a joint statement, Denmark, Norway and Sweden said", "peaceful political activity.",
  ("Denmark", T, neu, "Azerbaijan", "joint statement of a list of states, one row each; transparency + release appeal, no explicit judgement"),
  ("Norway", T, neu, "Azerbaijan", "joint statement, listed state"),
  ("Sweden", T, neu, "Azerbaijan", "joint statement, listed state"))
U(d, "Britain's minister for Europe, Stephen Doughty, wrote on X", "Council of Europe and the OSCE.",
  ("United Kingdom", T, neg, "Azerbaijan", "concern + appeal to honour commitments = calling_for_talks"))
U(d, "Frank Schwabe, a German Social Democrat who follows Azerbaijan", "the direction Baku had chosen.",
  ("Council of Europe", C, neg, "Azerbaijan", "PACE member speaking in his assembly role -> Council of Europe; 'was quoted as saying'; judgement without stock words"))
U(d, "Amnesty International demanded that both men be freed at once", "critics of President Ilham Aliyev.",
  ("Amnesty International", C, neg, "Azerbaijan", "demand + 'sweeping campaign against critics' = judgement (rule 1)"))
U(d, "A U.S. State Department spokesperson said Washington was aware of the reports", "substance of the charges.",
  ("United States", N, neu, "", "aware, in contact, no comment = neutral"))
U(d, "The spokesperson said the United States valued a partnership with Baku", "would remain open.",
  ("United States", T, pos, "Azerbaijan", "praise of the partnership + hope that political life stays open: the hope is an appeal (rule 2 before rule 3)"))
U(d, "In Moscow, foreign ministry spokeswoman Maria Zakharova rejected suggestions", "did not merit a reply.",
  ("Russia", N, neg, "", "denial of a link; 'fantasies' is aimed at media reports, not at an actor = neutral, negative"))
U(d, "Elnur Guliyev, an analyst at the Caucasus Policy Forum in Tbilisi, said", "peace accord with Armenia.",
  ("Elnur Guliyev", N, neg, "", "invented analyst; reading of the timing, no explicit judgement"))
U(d, "\"The government has concluded that its gas", "Guliyev said.",
  ("Elnur Guliyev", C, neg, "European Union", "judgement of the EU's silence ('Brussels is proving it right'); the point is aimed at Brussels"))
U(d, "Marta Sjöholm, a professor of Caucasus politics at Uppsala University, said", "release of political prisoners.",
  ("Marta Sjöholm", C, neu, "Azerbaijan", "invented scholar; a call for conditionality = pressure measures on Baku (calls for sanctions are condemning) (unsure: could be read as calling_for_talks)"))
U(d, "\"Quiet diplomacy has had ten years to work in Baku", "she said.",
  ("Marta Sjöholm", C, neg, "Azerbaijan", "judgement without stock words: more political prisoners than ever"))
U(d, "Azerbaijan's government has long rejected the term political prisoner", "convicted of ordinary crimes.",
  ("Azerbaijan", N, neg, "", "a standing denial = neutral, negative"))
U(d, "Karimli's lawyers said they would appeal against the detention order", "outside the court.",
  (P, T, neu, "", "lawyers' plan (neutral) + the party's appeal for calm: the appeal decides = calling_for_talks"))
