# page 3: Bosnia and Herzegovina, ICTY verdict against Ratko Mladić (22 November 2017), national daily, full HTML
D = "page_bosnia_mladic_verdict2017_dailyhtml.html"
# no rows: title, kicker, headline, standfirst, byline, caption, crossheads, ADVERTISEMENT, factbox,
# "Mladić, 75, did not hear the sentence in person." (narration), the Potočari scene (unnamed women),
# "Mladen Ivanić ... struck a different note." (summary line before his statement), the closing
# paragraph on the tribunal's closure and the Praljak appeal (narration), comments, related, footer.
U(D, "Ratko Mladić, the wartime commander of the Bosnian Serb army, was sentenced", "the taking of UN peacekeepers as hostages.",
  ("International Criminal Tribunal for the former Yugoslavia", C, neg, "Ratko Mladić", "the tribunal's conviction and life sentence reported as a done act = a judgement and a punishment (unsure: a passive report of a verdict could be narration)"))
U(D, "The judges acquitted him on one count", "in six other municipalities in 1992.",
  ("International Criminal Tribunal for the former Yugoslavia", N, neu, "", "acquittal on one count: a decision with no judgement of anyone"))
U(D, "Presiding Judge Alphons Orie said the killings", "matched the gravity of what had been done.",
  ("International Criminal Tribunal for the former Yugoslavia", C, neg, "Ratko Mladić", "the presiding judge speaks for the tribunal; genocidal intent + heaviest sentence = judgement"))
U(D, "He had been taken out of the courtroom an hour earlier", "over his blood pressure.",
  ("Ratko Mladić", C, neg, "International Criminal Tribunal for the former Yugoslavia", "'He' = Mladić; shouting that the court was lying = accusation"),
  ("International Criminal Tribunal for the former Yugoslavia", N, neu, "", "Orie refusing a defence request to halt the hearing: a procedural decision"))
U(D, "His lawyer Dragan Ivetić told reporters", "the written judgment had been studied.",
  ("Ratko Mladić", C, neg, "International Criminal Tribunal for the former Yugoslavia", "the lawyer speaks for his client; 'ignored the evidence' = accusation + announced appeal"))
U(D, "\"For twenty-two years we waited to hear a judge say it.", "Mothers of Srebrenica and Žepa Enclaves association.",
  ("Mothers of Srebrenica", S, pos, "International Criminal Tribunal for the former Yugoslavia", "quote of two sentences closed by its speaker; thanks to the judge = approval of the tribunal's verdict"))
U(D, "Subašić said the acquittal for Prijedor", "ask the prosecutors to appeal.",
  ("Mothers of Srebrenica", C, neg, "International Criminal Tribunal for the former Yugoslavia", "'unjust' aimed at the acquittal = judgement of the tribunal's ruling"))
U(D, "Bakir Izetbegović, the Bosniak member of the state presidency, said", "whatever their name.",
  ("Bosnia and Herzegovina", S, pos, "International Criminal Tribunal for the former Yugoslavia", "member of the state presidency = Bosnia and Herzegovina (officeholders: head_of_state 2010-2018); praise of the verdict"))
U(D, "Denis Zvizdić, chairman of the Council of Ministers, said", "in parts of the country.",
  ("Bosnia and Herzegovina", C, neg, "", "head of government; 'glorification of convicted war criminals' = judgement, its authors unnamed (implicitly Republika Srpska) -> target empty"))
U(D, "The verdict would do nothing for reconciliation, he said,", "a court built for one side.",
  ("Bosnia and Herzegovina", C, neg, "International Criminal Tribunal for the former Yugoslavia", "'he' = Ivanić, Serb member of the presidency, also Bosnia and Herzegovina: the state's members disagree; dismissal of the verdict + the court as one-sided (attributed to many Serbs) (unsure: could be neutral concern)"))
U(D, "In Banja Luka, Republika Srpska President Milorad Dodik said", "a defender of his people.",
  ("Republika Srpska", C, neg, "International Criminal Tribunal for the former Yugoslavia", "entity president in 2017 = Republika Srpska; verdict written in advance = accusation; praise of Mladić does not outweigh the judgement (rule 1); Banja Luka = place"))
U(D, "President Aleksandar Vučić said in Belgrade that he had not expected", "of the Serb people.",
  ("Serbia", C, neg, "International Criminal Tribunal for the former Yugoslavia", "the court's attitude to Serbs = judgement of bias; Belgrade = place"))
U(D, "He nonetheless asked citizens to stay calm", "a single family's table.",
  ("Serbia", T, neu, "", "appeal for calm, no judgement = calling_for_talks; addressed to citizens -> target empty"))
U(D, "UN human rights chief Zeid Ra'ad al-Hussein said the verdict showed", "however long it takes.",
  ("United Nations", S, pos, "International Criminal Tribunal for the former Yugoslavia", "approval of the verdict as justice done"))
U(D, "Chief prosecutor Serge Brammertz said his office", "the acquittal on the first count.",
  ("International Criminal Tribunal for the former Yugoslavia", N, neu, "", "the tribunal's prosecutor = the tribunal; a plan"))
U(D, "In a joint statement, EU foreign policy chief Federica Mogherini", "respected by everyone.",
  ("European Union", S, neu, "International Criminal Tribunal for the former Yugoslavia", "demanding respect for the judgment = backing the court (unsure: could be read as an appeal)"))
U(D, "They called on leaders across the region to refrain", "convicted of war crimes.",
  ("European Union", T, neg, "", "'They' = Mogherini and Hahn; appeal to restraint in rhetoric, no named target"))
U(D, "State Department spokeswoman Heather Nauert said", "the memory of the victims.",
  ("United States", S, pos, "International Criminal Tribunal for the former Yugoslavia", "welcome of the conviction"))
U(D, "British Foreign Secretary Boris Johnson said the conviction showed", "still missing from the war.",
  ("United Kingdom", S, pos, "International Criminal Tribunal for the former Yugoslavia", "approval of the verdict + offered help (both supporting)"))
U(D, "Dutch Foreign Minister Halbe Zijlstra, whose country's peacekeepers", "welcomed the sentence.",
  ("Netherlands", S, pos, "International Criminal Tribunal for the former Yugoslavia", "welcome of the sentence; the relative clause on Dutchbat is the writer's narration"))
U(D, "In Moscow, the foreign ministry said the verdict", "in the former Yugoslavia.",
  ("Russia", C, neg, "International Criminal Tribunal for the former Yugoslavia", "'one-sided approach' = judgement; Moscow = place, the foreign ministry = Russia"))
