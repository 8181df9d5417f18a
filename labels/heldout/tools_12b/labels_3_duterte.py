# ------------------------------------------------------------------ Duterte arrested in Manila and flown to The Hague (live blog, 2025-03-11/12)
d = "page_duterte_arrest_liveblog.txt"
# Wednesday 12 March (entries in reverse order, as on the page)
U(d, "The ICC said in a statement that Duterte had been surrendered", "announced shortly.",
  ("International Criminal Court", N, neu, "", "procedure; the landing sentence before it has no speaker (narrative)"))
U(d, "Karim Khan, the court's prosecutor, said in a video message", "often claim.",
  ("International Criminal Court", N, pos, "", "the prosecutor on what the arrest shows about international law: no actor praised or judged = neutral, positive tone"))
U(d, "He thanked the national authorities that had carried out the warrant", "presumed innocent.",
  ("International Criminal Court", S, pos, "Philippines", "'He' = Khan; thanks to the authorities that executed the warrant = approval; presumption of innocence is a procedural aside"))
U(d, "Agnès Callamard, Amnesty International's secretary general, said", "waited years for.",
  ("Amnesty International", S, pos, "", "welcome of the arrest = approval of a step; target left empty: the arrest is the act of both the Philippine police and the ICC"))
U(d, "Human Rights Watch said the government in Manila should now cooperate", "Rome Statute.",
  ("Human Rights Watch", T, neu, "Philippines", "appeal to Manila (metonym) to cooperate with the court and rejoin the treaty, no judgement in the sentence = calling_for_talks (a diplomatic/legal course; unsure)"))
U(d, "Rise Up for Life and for Rights, a group of relatives", "welcomed the arrest.",
  ("Rise Up for Life and for Rights", S, pos, "", "victims' families' group under its own name; welcome = supporting"))
U(d, "\"Our mothers buried their sons without ever seeing a courtroom.", "in a statement.",
  ("Rise Up for Life and for Rights", S, pos, "", "two-sentence quote closed by its speaker = one unit; relief that a trial will come = approval continued"))
U(d, "In a short video posted on his Facebook page on Wednesday, Duterte said", "answer for it.",
  ("Rodrigo Duterte", N, neu, "", "the former president is an independent person now; takes responsibility for his own campaign, no one judged = neutral"))
U(d, "Vice President Sara Duterte said she was flying to The Hague", "at his side.",
  ("Sara Duterte", N, neu, "", "the vice president speaks here as the daughter and a political opponent of the government, not for the Philippine state: own actor (as batch5c's Yesh Atid); travel plan = neutral"))
U(d, "Palace Press Officer Claire Castro told a briefing", "Supreme Court.",
  ("Philippines", N, neu, "", "Palace spokesperson = Philippines; legal assessment, no judgement"))
U(d, "Salvador Panelo, a former presidential spokesman who filed the petition", "jurisdiction over him.",
  ("Rodrigo Duterte", C, neg, "Philippines", "Duterte's lawyer speaks for his client (unsure: could be his own actor); 'kidnapping' accusation against the government; the ICC is only mentioned"))
# Tuesday 11 March
U(d, "Marcos told a late-night news conference", "does not cooperate.",
  ("Philippines", N, neu, "", "well-known office holder by surname only; own procedure explained; 'still does not cooperate' with the ICC is a statement of policy, not a judgement"))
U(d, "\"This was a police matter, handled through the same channel", "Marcos said.",
  ("Philippines", N, neu, "", "quote closed by the speaker; justification of own act"))
U(d, "He dismissed talk of a political vendetta", "took office.",
  ("Philippines", N, neg, "", "denial = neutral, negative tone"))
U(d, "In a statement, Vice President Sara Duterte said the government had handed", "country's sovereignty.",
  ("Sara Duterte", C, neg, "Philippines", "accuses the administration of selling out sovereignty = judgement; 'foreigners' = the ICC, not named"))
U(d, "She was later refused entry to the air base", "see a judge.",
  ("Sara Duterte", C, neg, "Philippines", "narration (refused entry) + her accusation that her father was taken without seeing a judge = judgement"))
U(d, "National police chief Rommel Marbil said officers had used no force", "throughout.",
  ("Philippines", N, neg, "", "police = Philippines; denial of the use of force (answering the family's claims) = neutral, negative"))
U(d, "At a regular briefing in Beijing, Chinese foreign ministry spokesperson Mao Ning said", "situation developed.",
  ("China", N, neu, "", "'taken note ... watching' = monitoring, no appeal = neutral; Beijing = place"))
U(d, "She said the ICC must respect the primacy of national courts", "double standards.",
  ("China", C, neg, "International Criminal Court", "'must not be used for political ends or apply double standards' aimed at the court = an implied accusation (unsure: could be read as an appeal, calling_for_talks)"))
U(d, "The ICC confirmed that Pre-Trial Chamber I had issued a warrant", "between 2011 and 2019.",
  ("International Criminal Court", N, neu, "", "the court states its own procedure and the legal finding of the warrant: procedural, no new judgement in its voice (unsure: 'reasonable grounds to believe ... responsible for murder' could be read as condemning)"))
U(d, "In a video posted on Instagram by his daughter Veronica, Duterte demanded", "his detention.",
  ("Rodrigo Duterte", T, neg, "Philippines", "a demand to be shown the legal basis, no judgement word = demand for an explanation (calling_for_talks, as batch5c/4j; unsure); Veronica only posts the video (no row)"))
U(d, "\"If I did wrong, take me before a Filipino judge", "he said.",
  ("Rodrigo Duterte", C, neg, "International Criminal Court", "two-sentence quote closed by the speaker; rejects the ICC as a 'foreign body that has no business here' = refusal of a forum in protest"))
U(d, "The Presidential Communications Office said Interpol Manila had received", "from Hong Kong.",
  ("Philippines", N, neu, "", "PCO = Philippines; procedure; Interpol only mentioned"))
U(d, "It said government doctors had examined the former president", "good condition.",
  ("Philippines", N, pos, "", "'It' = the PCO; reassurance about own conduct = neutral, positive"))
U(d, "Duterte, 79, led a campaign against drugs as mayor of Davao City", "far higher.",
  ("Philippines", N, neu, "", "background sentence carrying a figure given by the national police (a state body) = Philippines, neutral; 'rights groups' are unnamed (no row)"))
