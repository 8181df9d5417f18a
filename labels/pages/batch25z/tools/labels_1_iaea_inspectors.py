# ------------------------------------------------------------------ Iran withdraws the designation of IAEA inspectors (international wire copy, 2023-09-16)
d = "page_iaea_iran_inspectors_dedesignation2023_wire.txt"
# Not statements: menu, breadcrumb, headline, byline, time stamp, read time, the four summary bullets, ADVERTISEMENT, crossheads, credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "The head of the U.N. nuclear watchdog on Saturday sharply rebuked Iran", "growing stock of highly enriched uranium.",
  ("IAEA", C, neg, "Iran", "dateline excluded; long lead: rebuke of Iran + narration of Western pressure; the rebuke decides"))
U(d, "In a statement issued in Vienna, International Atomic Energy Agency Director General Rafael Grossi said", "weeks after it had removed another one.",
  ("IAEA", N, neu, "", "facts of the notification, no evaluation"))
U(d, "\"These are colleagues with rare expertise in enrichment", "Grossi said.",
  ("IAEA", N, neu, "", "describes the inspectors' expertise; no judgement yet"))
U(d, "\"Pulling them out all at once is a heavy-handed step", "cooperation Iran has promised us.\"",
  ("IAEA", C, neg, "Iran", "quote continued after the attribution; judgement without a stock word ('heavy-handed', 'sits very badly')"))
U(d, "The agency would keep up its verification work in Iran", "Grossi added.",
  ("IAEA", N, neg, "", "plans + expected slowdown; concern without an appeal = neutral, negative"))
U(d, "He urged the authorities in Tehran to restore the inspectors' accreditation", "traces at undeclared sites.",
  ("IAEA", T, neu, "Iran", "appeal to reverse + offer of a meeting, no judgement word = calling_for_talks"))
U(d, "The agency said it had received Iran's formal letter", "quarterly report to the board.",
  ("IAEA", N, neu, "", "procedural line (letter received, report to come)"))
# "Tehran's answer came within hours." = summary line, no row.
U(d, "Foreign ministry spokesman Nasser Kanaani said the step was a lawful one", "from doing their jobs.",
  ("Iran", N, neg, "", "defence of own act / denial that verification is blocked = neutral, negative"))
U(d, "\"Washington and the three European capitals spent this week", "carried by state media.",
  ("Iran", C, neg, "", "accusation of using the board as a pressure lever + implied retaliation; aimed at the US and the E3 -> target empty"))
U(d, "He said Tehran would not yield to what he called pressure", "answered with further steps.",
  ("Iran", C, neg, "", "refusal + threat of further steps if a resolution passes = condemning; several Western states -> target empty"))
U(d, "Iran's mission to the international organisations in Vienna rejected the suggestion", "for work in the country.",
  ("Iran", N, neg, "", "denial of the agency's charge = neutral, negative"))
U(d, "The head of the Atomic Energy Organization of Iran, Mohammad Eslami, told reporters", "had been interrupted.",
  ("Iran", N, neu, "", "state agency head = Iran; reassurance about own conduct = neutral"))
U(d, "The decision followed a statement on Wednesday by France, Germany and Britain", "with Grossi in March.",
  ("France", C, neg, "Iran", "joint E3 statement, one row per listed state; judgement on the stockpile and non-implementation"),
  ("Germany", C, neg, "Iran", "joint E3 statement, one row per listed state"),
  ("United Kingdom", C, neg, "Iran", "joint E3 statement, one row per listed state"))
U(d, "The United States, in its own statement to the board, said Tehran was stonewalling", "if nothing changed by November.",
  ("United States", C, neg, "Iran", "accusation ('stonewalling') + threatened resolution"))
U(d, "On Saturday a State Department spokesperson said the removal of the inspectors", "how to respond at the board.",
  ("United States", C, neg, "Iran", "judgement without a stock word ('one more door ... chosen to close') + announced consultations on a response"))
U(d, "Britain's Foreign Office said London regarded the step as a deliberate attempt", "reinstate them without delay.",
  ("United Kingdom", C, neg, "Iran", "accusation of deliberately blinding inspectors + appeal; judgement decides (rule 1)"))
U(d, "An EU spokesperson said the bloc found the decision deeply unfortunate", "not up for negotiation.",
  ("European Union", C, neg, "Iran", "unnamed spokesperson of a named body; 'deeply unfortunate' aimed at Iran's act = judgement, with an appeal (rule 1)"))
U(d, "France's foreign ministry said Grossi and his inspectors could count on Paris's full backing", "partners on the board.",
  ("France", S, pos, "IAEA", "backing for the agency"))
U(d, "Israel's foreign ministry said the move showed that Iran", "stop giving Tehran more time.",
  ("Israel", C, neg, "Iran", "accusation of hiding + call to stop leniency"))
# "The 2015 nuclear deal between Iran and world powers ..." = background narration, no row.
U(d, "Russia's envoy to the international organisations in Vienna, Mikhail Ulyanov, said", "for the latest setback.",
  ("Russia", C, neg, "", "blames the authors of the Western statement (several states) -> target empty"))
U(d, "Russia and China had been among a group of states that read out a statement", "since the spring.",
  ("Russia", S, pos, "Iran", "praise of Iran's engagement (a specific act reported as done), one row per named state"),
  ("China", S, pos, "Iran", "praise of Iran's engagement, one row per named state"))
U(d, "China's mission in Vienna said in a statement that it hoped", "confrontation at the board.",
  ("China", T, pos, "", "hope for a settlement through consultation = calling_for_talks"))
# "Diplomats in Vienna said ..." = unnamed speakers, no row.
U(d, "\"Iran is playing a very calibrated game,\" said Henrike Vogel", "Disarmament Policy.",
  ("Henrike Vogel", N, neu, "", "invented analyst; reading of Iran's tactics, no judgement"))
U(d, "\"It weakens the agency's reach without doing anything dramatic enough", "Security Council.\"",
  ("Henrike Vogel", N, neg, "", "quote continued after the attribution; analysis of the effect, no judgement"))
U(d, "Vogel said the removal of the inspectors was nonetheless a self-inflicted wound", "Iran itself had created.",
  ("Henrike Vogel", C, neg, "Iran", "negative judgement on Iran's step without a stock word"))
U(d, "Reza Tavakoli, who teaches international law", "never been used on this scale.",
  ("Reza Tavakoli", N, neu, "", "invented scholar; legal reading, no position"))
U(d, "\"Both sides should treat the prisoner exchange as a small opening", "Tavakoli said.",
  ("Reza Tavakoli", T, neu, "", "appeal to both sides to return to talks = calling_for_talks"))
