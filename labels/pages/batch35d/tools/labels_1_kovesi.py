# ------------------------------------------------------------------ Romania: Iohannis removes DNA chief Kovesi (wire copy, 2018-07-09)
d = "page_romania_kovesi_dismissal2018_wire.txt"
# Not statements: masthead, menu, section, date line, headline, bylines, read time, dateline (cut from the first unit),
# ADVERTISEMENT, crossheads (POLITICAL REACTION, BRUSSELS WATCHING), credits, standards line, Related Coverage, footer.
U(d, "Romanian President Klaus Iohannis signed a decree on Monday", "put hundreds of officials on trial.",
  ("Romania", N, neu, "", "dateline excluded; the decree = an act reported as done, carried out to comply with a ruling, no judgement"))
U(d, "The decree followed a Constitutional Court ruling on May 30", "harming the country's image abroad.",
  ("Romania", C, neg, "Laura Codruța Kövesi", "the court ruling is background; the relative clause reports Justice Minister Toader's February accusation (overstepping, harming the image) = a judgement of Kovesi, rule 1"))
U(d, "Presidential spokeswoman Madalina Dobrovolschi told a news conference", "in high regard.",
  ("Romania", S, pos, "Laura Codruța Kövesi", "the presidency via its spokeswoman: compliance + continued high regard for the prosecutor = praise; the same state's justice minister accuses her (unit 2): one state, two positions"))
U(d, "\"Romania's anti-corruption work does not stop", "quoted the president as saying.",
  ("Romania", N, neg, "", "quote of two sentences closed by the attribution; veiled warning to 'those who chose this path' = the government, i.e. the same state, so no target; no judgement of another actor"))
U(d, "Kovesi, 45, who has run the DNA since 2013", "as an ordinary prosecutor.",
  ("Laura Codruța Kövesi", N, neu, "", "dismissed prosecutor speaking for herself (new actor, person); her own plans"))
U(d, "\"They have taken a chair away from me, not the files.", "she said.",
  ("Laura Codruța Kövesi", N, neg, "", "defiant account of her own office, no explicit judgement of an actor"))
U(d, "She said the changes to the justice laws now going through parliament", "taught to be afraid.",
  ("Laura Codruța Kövesi", C, neg, "Romania", "pronoun subject; reported speech: the overhaul 'drafted to suit defendants', prosecutors 'taught to be afraid' = judgement of the government and its majority (unsure of the target: the ruling PSD could be meant)"))
U(d, "Toader, speaking to reporters at the justice ministry", "put its proposal to the president.",
  ("Romania", N, neu, "", "surname only (Justice Minister introduced above); procedure and dates"))
U(d, "Prosecutor General Augustin Lazar named prosecutor Anca Jurma", "in the interim.",
  ("Romania", N, neu, "", "an appointment by a state office = act reported as done, no evaluation"))
U(d, "Liviu Dragnea, leader of the ruling Social Democratic Party (PSD)", "required of him.",
  ("Social Democratic Party (Romania)", C, neg, "Romania", "party leader speaks for his party; 'wasted five weeks performing for the cameras' = judgement of the president (Romania); his own sentence is narration inside the apposition"))
U(d, "\"Nobody in Romania stands above the Constitution", "Dragnea told reporters in parliament.",
  ("Social Democratic Party (Romania)", C, neg, "Laura Codruța Kövesi", "jab at the prosecutor and her 'friends in the embassies' = judgement; the embassies are unnamed, so the target is the prosecutor"))
U(d, "Prime Minister Viorica Dancila said her cabinet respected", "through an open competition\".",
  ("Romania", N, pos, "", "reassurance about the government's own conduct = neutral, positive (labels/README.md)"))
U(d, "The opposition National Liberal Party (PNL) said Kovesi's removal", "out of prison.",
  ("National Liberal Party (Romania)", C, neg, "Social Democratic Party (Romania)", "'a majority built to keep its own leader out of prison' = the PSD and Dragnea; party speaking as a body"))
U(d, "Dan Barna, leader of the Save Romania Union (USR), called Monday", "in parliament and in the street.",
  ("Save Romania Union", C, neg, "", "'a black day for justice' + a fight against the overhaul = judgement; aimed at the president's act and the government's overhaul together -> target empty"))
U(d, "In Brussels, the European Commission declined to comment", "after its chief's departure.",
  ("European Union", N, neg, "", "declining to comment + 'would look closely' = concern without appeal or judgement: neutral, negative"))
U(d, "The spokesman warned that any step that weakened the DNA", "since it joined the EU in 2007.",
  ("European Union", C, neg, "Romania", "conditional warning that weakening the DNA would weigh on the CVM report = a threatened response (guide: threats are condemning); 'Bucharest' in the relative clause = metonym of the monitored state (unsure: a conditional warning could be read as concern only)"))
U(d, "The U.S. Embassy in Bucharest, which has repeatedly praised the DNA's record", "independent and effective\".",
  ("United States", N, neu, "Romania", "an expectation about how the successor is chosen: no judgement, no peace appeal (unsure: could be calling_for_talks); the past praise in the relative clause is of the DNA, not an actor"))
U(d, "The Council of Europe's anti-corruption body GRECO warned in March", "on the laws this week.",
  ("Council of Europe", N, neg, "", "GRECO and the Venice Commission are Council of Europe bodies; 'could undermine' = concern about consequences, no appeal (as 'warned that blacklisting ... ' in batch22a); the Venice Commission clause is a schedule"))
U(d, "Mircea Stanciu, a political scientist at the University of Bucharest, said", "over the dismissal.",
  ("Mircea Stanciu", N, neu, "", "invented independent analyst (new actor); assessment without judgement"))
U(d, "\"Today he simply signed the receipt.", "Stanciu said.",
  ("Mircea Stanciu", N, neu, "", "analysis, no judgement or appeal"))
U(d, "He called the episode \"a lesson in intimidation", "has been watching\".",
  ("Mircea Stanciu", C, neg, "", "pronoun subject; 'a lesson in intimidation' = explicit negative judgement; the intimidator is not named -> target empty"))
# No row: "Kovesi ... 45" facts inside unit 5 only; the online petition (narration, signers unnamed); the crossheads.
