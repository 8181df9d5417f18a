# ------------------------------------------------------------------ Russia puts Kallas on its wanted list (wire copy, 2024-02-13)
d = "page_estonia_kallas_wantedlist2024_wire.txt"
# Not statements: masthead/menu, section label, headline, byline, time stamp, photo caption + credit, summary bullets,
# advertisement line, reporting/editing credits, Trust Principles line, Related / Read Next lists, footer.
# The dateline "TALLINN/MOSCOW, Feb 13 (Northline) - " is left out of the first unit.
U(d, "Russia's interior ministry has placed Estonian Prime Minister Kaja Kallas", "most outspoken backers.",
  ("Russia", C, neg, "Estonia", "lede: listing a sitting prime minister as wanted = a measure taken against Estonia's head of government (guide: measures are condemning)"),
  ("Estonia", C, neg, "Russia", "same sentence: 'Tallinn' (metonym) dismisses it as a clumsy attempt to frighten = judgement"))
# "The entry, first spotted by ... no details of a case." / "Kallas is the first serving head of government ..." = narration, no row.
U(d, "Estonia's State Secretary Taimar Peterkop and Lithuania's Culture Minister Simonas Kairys appear", "Mediazona said.",
  ("Russia", C, neg, "", "Russia's act (listing officials of three states) reported by an outlet; Mediazona is not an actor (reports a fact); several targets -> empty (unsure: could be no row as a repeat of the lede)"))
U(d, "A law enforcement source quoted by the state news agency TASS", "acts committed abroad.",
  ("Russia", C, neg, "", "unnamed source of a named government's law enforcement = Russia; accusation of destroying monuments; officials of several states -> target empty"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters that Kallas and others like her", "followed from that.",
  ("Russia", C, neg, "Estonia", "Peskov = Russia; 'would have to answer' = holds Kallas responsible; Kallas = Estonia's PM"))
U(d, "\"These are people who wage war on graves", "Peskov said.",
  ("Russia", C, neg, "", "two-sentence quote closed by its speaker; judgement of 'these people' (Kallas and the others) -> several, target empty"))
U(d, "Maria Zakharova wrote on Telegram", "no statute of limitations.",
  ("Russia", C, neg, "", "Zakharova named without her role = Russian foreign ministry spokeswoman -> Russia; 'only the beginning' = threat of further measures; aimed at all those listed -> target empty"))
U(d, "Kallas, who as prime minister pushed through the removal", "a single decision of her government.",
  ("Estonia", N, neg, "", "head of government = Estonia; defiance without a judgement or appeal = neutral, negative tone (unsure: could be read as rejecting Russia's move in protest)"))
U(d, "\"Moscow cannot put a country on a wanted list", "in its own squares.",
  ("Estonia", C, neg, "Russia", "quote paragraph without a verb of saying (speaker given at the end of the next paragraph); denies Moscow any right to judge Estonia's choices = rejection of Russia's act (judgement); 'Moscow' = metonym"))
U(d, "We will keep helping Ukraine for as long as it takes, and no database in Moscow changes that,", "Kallas wrote on X.",
  ("Estonia", S, pos, "Ukraine", "quote continued across the paragraph break, closed by its speaker; continued help for Ukraine = supporting (the defiance towards Moscow is not a judgement here)"))
U(d, "Estonia's foreign ministry said in a statement that no Russian court", "on Estonian soil.",
  ("Estonia", C, neg, "Russia", "rejects any Russian jurisdiction over Estonia's decisions = rejecting the act as illegitimate"))
U(d, "Foreign Minister Margus Tsahkna called the listing", "NATO allies.",
  ("Estonia", C, neg, "Russia", "foreign minister = Estonia; 'theatre staged for a domestic audience' = judgement; raising it with allies"))
U(d, "\"Russia wants to show its own people", "public broadcaster ERR.",
  ("Estonia", C, neg, "Russia", "continuation by Tsahkna; judgement of Russia's motives; ERR = outlet, not an actor"))
# "Relations between Moscow and the three Baltic states ... have sunk ..." = narration, no row.
U(d, "Earlier this month Russia's foreign ministry summoned diplomats of Estonia, Latvia and Lithuania", "next month's election.",
  ("Russia", C, neg, "", "specific act reported as done: summons + accusation of obstructing voting; three states -> target empty"))
U(d, "In Vilnius, Kairys said on Facebook", "for half a century.",
  ("Lithuania", C, neg, "Russia", "culture minister = Lithuania; mockery of the listing ('as a distinction') and the Soviet army called an occupier = judgement (unsure: target could be empty, the occupier being the Soviet Union)"))
U(d, "Latvian Foreign Minister Krisjanis Karins said Riga stood fully behind", "coordinate any response with Tallinn.",
  ("Latvia", S, pos, "Estonia", "backing of the neighbour; 'Riga' and 'Tallinn' = metonyms"))
U(d, "In Brussels, European Union foreign policy spokesman Peter Stano said", "for the rule of law.",
  ("European Union", C, neg, "Russia", "EU spokesman; 'the Kremlin's contempt' = judgement; Brussels = place"))
U(d, "He said the bloc stood in full solidarity with Estonia and its prime minister.", "prime minister.",
  ("European Union", S, pos, "Estonia", "pronoun = Stano; 'the bloc' = EU; solidarity = supporting"))
U(d, "A NATO official, speaking on condition of anonymity,", "a matter for all of them.",
  ("NATO", C, neg, "Russia", "unnamed official of a named body = NATO; calls the listing an attempt to intimidate = judgement (Russia not named in the sentence, but the act is Russia's)"))
U(d, "A State Department spokesperson said in an emailed response", "our Estonian ally\".",
  ("United States", S, pos, "Estonia", "State Department = United States; standing with an ally = supporting"))
U(d, "Ukraine's foreign ministry spokesman Oleg Nikolenko said on X", "truest friends in Europe\".",
  ("Ukraine", S, pos, "", "praise of those listed as Ukraine's friends = supporting; plural (Kallas, Kairys ...) -> target empty"))
# "Russia's Investigative Committee did not respond to a request for comment." = non-answer, no row.
U(d, "Interpol, which curbed Russia's access to its systems in 2022,", "two European diplomats said.",
  ("", N, neu, "", "unnamed speakers ('two European diplomats') = no actor; a forecast, kept as a neutral example; Interpol is the subject, not the speaker"))
U(d, "Liisa Korvits, a researcher at the Baltic Defence Policy Centre", "likely to hand her over.",
  ("Liisa Korvits", N, neu, "", "invented analyst, person; assessment without judgement"))
U(d, "\"It is a message to Russians at home, not to Estonians.", "Korvits said.",
  ("Liisa Korvits", N, neu, "", "two-sentence quote closed by its speaker; analysis of the intended audience, no judgement"))
