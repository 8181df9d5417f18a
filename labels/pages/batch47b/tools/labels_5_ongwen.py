# ---------------------------------------------------------------- 5. Uganda: ICC verdict in the Ongwen case (live blog, HTML)
d = "page_uganda_ongwen_verdict2021_liveblog.html"
ICC, UG, DO = "International Criminal Court", "Uganda", "Dominic Ongwen"
LRA, AI = "Lord's Resistance Army", "Amnesty International"
# kicker, headline, standfirst, byline, Key events, time stamps, entry headings, caption: no rows
# "Ongwen has not yet been sentenced." -> narration, no row
U(d, "The chamber said it would hear the parties' submissions on sentence at a later date,", "life imprisonment.",
  (ICC, N, neu, "", "Trial Chamber = the ICC; procedure and the penalty range = neutral"))
# "We are closing this live page now. Thank you for following with us." -> blog furniture, no row
U(d, "The Catholic Archbishop of Gulu, John Baptist Odama,", "when he was taken.",
  ("John Baptist Odama", T, neu, ICC, "new person (religious leader, speaks for himself); respects the verdict and pleads for mercy in sentencing = an appeal, not a judgement (unsure: a plea to a court is not 'talks'; the closest of the four stances); his past mediation is background"))
U(d, "\"Dominic was stolen from his family on his way to school.", "Odama told the Ledger.",
  ("John Baptist Odama", T, pos, "", "quote of two sentences closed by the speaker; 'justice with mercy' and 'open the way for reconciliation' = calling_for_talks; addressed to the court and to 'our people' -> target empty"))
# "Amnesty International has posted this on its East and Southern Africa Twitter account:" -> lead-in, no row
U(d, "Today's conviction of Dominic Ongwen is a moment the survivors of northern Uganda waited 16 years for.", "waited 16 years for.",
  (AI, S, pos, ICC, "embedded post: the conviction welcomed as a long-awaited moment = supporting the court's step"))
U(d, "Justice must not stop at the LRA.", "stop at the LRA.",
  (AI, T, neg, "", "embedded post: a call for accountability beyond the LRA, with no one judged in the sentence = calling_for_talks (labels/README: demands for investigation); target left empty (the army is implied only by the next entry, unsure)"))
U(d, "In a fuller statement, the group's regional director, Deprose Muchena,", "prosecute those responsible.",
  (AI, T, neg, UG, "regional director = Amnesty International; demand that the authorities investigate and prosecute, the abuses being 'accused' by others = calling_for_talks (labels/README convention) (unsure: could be condemning)"))
U(d, "Government spokesman Ofwono Opondo said Kampala welcomed the judgment", "bore the brunt of the LRA's violence.",
  (UG, S, pos, ICC, "Ofwono Opondo = Uganda (actors.csv); 'Kampala' = the government; welcome of the judgment = supporting; 'the LRA's violence' is a possessive object, no LRA row"))
U(d, "Opondo said the conviction showed that Uganda had been right to refer the LRA to the court in 2003,", "would go on.",
  (UG, C, neg, LRA, "continued hunt for Kony (LRA leader, alias of the LRA) = a military pursuit announced against the group = condemning; the referral is self-praise"))
U(d, "\"Kony is the man who gave the orders,", "he said.",
  (UG, C, neg, LRA, "'he' = Opondo; blames Kony and demands he face a judge = judgement"))
U(d, "He dismissed Amnesty's call for inquiries into the army's conduct,", "punished by military courts.",
  (UG, N, neg, "", "rejecting the call and defending the UPDF (its own army) = a denial, neutral, negative; Amnesty's call is an object here"))
# "In Lukodi, the camp north of Gulu that Ongwen's fighters attacked in May 2004, around two hundred people watched ..." -> scene, no row
U(d, "Florence Lanyero, who lost her mother and two brothers in the attack,", "to see the day.",
  ("Florence Lanyero", N, pos, "", "invented resident (new person actor); her feeling on the day = neutral, positive"))
U(d, "\"For seventeen years nobody outside this village wanted to hear our story.", "she said.",
  ("Florence Lanyero", S, pos, ICC, "quote of three sentences closed by the speaker; 'Today judges in Europe said our names. That is something' = approval of the court's verdict (unsure: could be neutral)"))
U(d, "Ongwen's lead counsel, Krispus Ayena Odongo, told reporters outside the court", "the defence would appeal.",
  (DO, N, neu, "", "a lawyer speaking for his client = Dominic Ongwen (new person); announced appeal = plan, no judgement in the sentence"))
U(d, "\"The chamber heard a great deal about the commander", "Ayena said.",
  (DO, C, neg, ICC, "quote closed by the lawyer (surname Ayena); 'punished a victim of the LRA' = judgement of the chamber"))
U(d, "He accused the prosecution of ignoring the evidence of the psychiatrists", "for the defence.",
  (DO, C, neg, ICC, "'He' = Ayena for his client; accusation against the prosecution (an organ of the ICC)"))
U(d, "ICC Prosecutor Fatou Bensouda said in a statement that the crimes proven today", "denied for so long.",
  (ICC, C, neg, DO, "the prosecutor = ICC (officeholders.csv); 'among the gravest the court had examined' = judgement of the convicted man's crimes (unsure: the praise of the judgment could read as self-praise, neutral)"))
U(d, "She urged States to cooperate in arresting Joseph Kony", "still outstanding.",
  (ICC, C, neg, LRA, "call on States to arrest Kony and the LRA commanders = demand for coercive measures against the group (as calls for sanctions are condemning) (unsure: could be read as an appeal, calling_for_talks)"))
# "The court has posted the result:" -> lead-in, no row
U(d, "#Ongwen case: Trial Chamber IX convicts Dominic Ongwen", "between 2002 and 2005.",
  (ICC, C, neg, DO, "embedded post of the court: conviction = the court's measure against him"))
U(d, "Sentence to be pronounced at a later date.", "at a later date.",
  (ICC, N, neu, "", "embedded post, second sentence: procedure"))
U(d, "The judges have found Ongwen guilty of 61 counts,", "forced pregnancy.",
  (ICC, C, neg, DO, "the judges' findings of guilt = the court's judgement"))
# "Ongwen, in a grey suit, stood and listened through headphones ..." -> scene, no row
U(d, "Presiding Judge Bertram Schmitt said the chamber had found no evidence", "of his own will.",
  (ICC, C, neg, DO, "presiding judge = ICC; rejects the defence's claims and finds he acted of his own will = judgement"))
U(d, "Schmitt has been reading the chamber's findings on the attacks on the camps", "those who survived.",
  (ICC, C, neg, DO, "surname only; 'the judge said' the fighters under Ongwen's command shot, burned and beat civilians = accusation by describing attacks on civilians (guide rule 4); LRA fighters are the doers, target Ongwen as commander"))
# "The three judges of Trial Chamber IX have taken their seats in The Hague. The reading ... several hours." -> narration, no row
U(d, "Ahead of the verdict, Human Rights Watch said the trial had shown", "travelled to testify.",
  ("Human Rights Watch", S, pos, ICC, "praise of what the trial achieved and of the victims who testified = supporting the court"))
# "Good morning and welcome ..." / "He faces 70 counts ..." -> narration, no row
