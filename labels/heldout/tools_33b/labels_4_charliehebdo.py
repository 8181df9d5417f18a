# ------------------------------------------------------------------ Charlie Hebdo attack: world reactions (reaction round-up, full HTML, updated 2015-01-11)
d = "page_charliehebdo_reactions_roundup.html"
# Not statements: top strip, nav, breaking ticker, section label, headline, summary, byline, dates, share bar, captions ("N of 5"),
# region crossheads, ADVERTISEMENT, "Related:", newsletter, topics, comments, most popular, footer.
# No row: the two opening paragraphs (narration of the attack and of the police assaults) and "Condemnation came quickly ..." (summary line).
U(d, "President François Hollande, speaking in the street outside the building", "fought with their pens.",
  ("France", C, neg, "", "'terrorist atrocity' = judgement; perpetrators not named -> target empty"))
U(d, "In a televised address that evening he declared Thursday a day of national mourning", "suspicion of one another.",
  ("France", T, pos, "", "'he' = Hollande; national mourning (own measure) + appeal for unity and against mutual suspicion = de-escalation appeal (unsure: could be neutral)"))
U(d, "Interior Minister Bernard Cazeneuve raised the Vigipirate alert", "deployed across the country.",
  ("France", N, neu, "", "own security measures and figures"))
U(d, "The ministry said on Sunday evening that at least 3.7 million people", "of them in the capital.",
  ("France", N, neu, "", "'The ministry' = the interior ministry by context; turnout figures"))
U(d, "President Barack Obama said he was appalled by the shooting", "hunt for the gunmen.",
  ("United States", C, neg, "", "'act of terror' = judgement; the offer of help sits in the same sentence (rule 1)"))
U(d, "Secretary of State John Kerry, switching to French at the State Department", "Americans grieved with them.",
  ("United States", S, pos, "France", "solidarity"))
# No row: "Washington was represented at Sunday's march by its ambassador ..." (narration; Holder's absence is a non-act)
U(d, "British Prime Minister David Cameron, who faced MPs at Prime Minister's Questions", "every way it could.",
  ("United Kingdom", C, neg, "", "'barbaric' + offer of help (rule 1)"))
U(d, "German Chancellor Angela Merkel wrote to Hollande that the attack", "walked at his side.",
  ("Germany", C, neg, "", "judgement ('an assault on free opinion') + marching beside Hollande (backing by act) in one sentence: rule 1"))
U(d, "The prime ministers of Italy, Spain, Belgium and Denmark", "marched in the front row.",
  ("Italy", S, pos, "France", "marching in solidarity = backing by act; list of four states = one row each"),
  ("Spain", S, pos, "France", "Rajoy"),
  ("Belgium", S, pos, "France", "Charles Michel as Belgian prime minister (the name files make him an alias of the EU for his later office: here he is Belgium)"),
  ("Denmark", S, pos, "France", "Thorning-Schmidt"))
U(d, "European Commission President Jean-Claude Juncker said the killers had struck", "at the march.",
  ("European Union", C, neg, "", "judgement of the killers; Juncker and Tusk at the march = same actor, one row"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov said Vladimir Putin rejected terrorism", "sympathy to Hollande.",
  ("Russia", C, neg, "", "Putin's position relayed by Peskov; rejection of terrorism + condolences (rule 1); Moscow = place"))
U(d, "Peskov said no country could defeat terrorism on its own", "before joining the march.",
  ("Russia", T, neu, "", "appeal for international cooperation (unsure: could be neutral); Lavrov's repetition is the same actor"))
U(d, "Pope Francis prayed for the dead and rejected any attempt to kill in God's name", "the Vatican said.",
  ("Holy See", C, neg, "", "attribution tail; the Vatican = Holy See"))
# No row: "Governments and religious bodies across the Muslim world condemned ..." (summary line before the specific statements)
U(d, "Al-Azhar in Cairo, the most prestigious seat of Sunni learning", "could excuse it.",
  ("Al-Azhar", C, neg, "", "religious institution under its own name (name files); Cairo = place"))
U(d, "Nabil Elaraby, secretary-general of the Arab League", "to the French people.",
  ("Arab League", C, neg, "", "judgement + sympathy (rule 1)"))
U(d, "Iyad Madani, secretary-general of the Organisation of Islamic Cooperation", "deeds of a few.",
  ("Organisation of Islamic Cooperation", C, neg, "", "judgement of the killers + appeal not to blame Muslims (rule 1)"))
U(d, "Iran's foreign ministry spokeswoman, Marzieh Afkham, said Tehran condemned", "feeding extremism.",
  ("Iran", C, neg, "", "condemnation of the killing + blame on the insulting press (both judgements); Tehran = metonym; targets not canonical -> empty"))
U(d, "Israeli Prime Minister Benjamin Netanyahu called the gunmen part of a single global network", "also condemned the killings.",
  ("Israel", C, neg, "", "judgement of the gunmen"),
  ("Palestine", C, neg, "", "Abbas's condemnation reported in a relative clause = Palestine's statement; his walking in the march is narrated"))
U(d, "Turkish Prime Minister Ahmet Davutoglu, who flew to Paris for the march", "stood with them.",
  ("Turkey", S, pos, "France", "grief shared + solidarity"))
U(d, "He also warned that a rise in hostility towards Muslims in Europe", "serve the extremists.",
  ("Turkey", N, neg, "", "'He' = Davutoglu; warning without an appeal = neutral, negative"))
U(d, "Morocco's foreign minister, Salaheddine Mezouar, went to the Élysée", "caricatures of the Prophet.",
  ("Morocco", C, neg, "", "refusing to march in protest, with the grievance stated = condemning (condolences in the same sentence; unsure); target empty (the marchers' placards)"))
U(d, "Hezbollah leader Hassan Nasrallah said on Friday that the extremist groups", "all the cartoons ever drawn.",
  ("Hezbollah", C, neg, "", "judgement of the extremist groups (not named) -> target empty"))
U(d, "A radio station run by the Islamic State in Syria and Iraq praised the gunmen", "avenged the Prophet.",
  ("Islamic State", S, pos, "", "praise of the attackers = supporting, positive in the actor's tone; the gunmen are not a canonical actor -> target empty"))
U(d, "China's foreign ministry spokesman Hong Lei said Beijing strongly condemned", "terrorism in any form.",
  ("China", C, neg, "", "Beijing = metonym"))
U(d, "Even North Korea, whose state media seldom comments on European affairs", "as did Cuba.",
  ("North Korea", S, pos, "France", "condolences = sympathy/solidarity; Paris = metonym for France"),
  ("Cuba", S, pos, "France", "'as did Cuba' = same act by a second state"))
U(d, "U.N. Secretary-General Ban Ki-moon condemned the killings", "stand by one another.",
  ("United Nations", C, neg, "", "condemnation + appeal (rule 1)"))
U(d, "The Committee to Protect Journalists said it was the deadliest attack", "it had on record.",
  ("Committee to Protect Journalists", N, neu, "", "a record given by the body, no explicit judgement = neutral, neutral tone (facts given by an actor)"))
# No row: the Créteil nurse (unnamed marcher) and "Analysts in Paris" (unnamed).
