# ------------------------------------------------------------------ Saudi ban on Lebanese produce (Captagon in pomegranates) (state media, 2021-04-26)
d = "page_saudi_lebanon_produceban2021_statemedia.txt"
GULF4 = ["Bahrain", "Kuwait", "Oman", "United Arab Emirates"]
# Not statements: agency header, menu, section line, headline (carries the Gulf states' backing: never a statement), dateline,
# photo line, crossheads, sign-off, Related news, share line, copyright.
U(d, "Sisterly Gulf and Arab states have declared their full backing", "shipments of Lebanese produce.",
  ("", S, pos, "Saudi Arabia", "lede: 'Gulf and Arab states' unnamed as a group = no actor (empty actor, kept as a stance example); the named states follow below"))
U(d, "The suspension came into force at nine o'clock on Sunday morning,", "on Friday.",
  ("Saudi Arabia", N, neu, "", "procedural: when the measure took effect, per the ministry's statement = neutral"))
U(d, "The Ministry said the measure would remain in place until", "targeting the Kingdom.",
  ("Saudi Arabia", C, neg, "Lebanon", "a sanction kept until the other side meets a condition = condemning (measure/ultimatum)"))
U(d, "It said smugglers had increasingly used Lebanese produce", "the Kingdom's repeated warnings.",
  ("Saudi Arabia", C, neg, "Lebanon", "'It' = the Interior Ministry; blames the Lebanese side's inaction, no stock word"))
U(d, "The Ministry added that it was monitoring shipments of other Lebanese goods", "should that prove necessary.",
  ("Saudi Arabia", C, neg, "Lebanon", "threat to widen the measure = condemning"))
U(d, "The Zakat, Tax and Customs Authority announced last Friday", "arriving from Lebanon.",
  ("Saudi Arabia", N, neu, "", "state authority reports a seizure = facts, neutral"))
U(d, "The Custodian of the Two Holy Mosques' Ambassador to Lebanon, Waleed bin Abdullah Bukhari, said", "over the past six years.",
  ("Saudi Arabia", N, neu, "", "figures given by an actor = neutral"))
U(d, "Ambassador Bukhari stressed that the Kingdom's affection for the brotherly Lebanese people", "not at Lebanon's farmers.",
  ("Saudi Arabia", S, pos, "Lebanon", "goodwill toward the Lebanese people (unsure: the second clause also aims at 'those who protect' the networks, unnamed; the named addressee is the people)"))
U(d, "The Kingdom of Bahrain, the State of Kuwait, the Sultanate of Oman and the United Arab Emirates declared", "on Saturday and Sunday.",
  *[(s, S, pos, "Saudi Arabia", "list of states backing a measure: one row per listed state; backing = supporting") for s in GULF4])
U(d, "The Kuwaiti Ministry of Foreign Affairs described the decision", "everything it sends abroad.",
  ("Kuwait", S, pos, "Saudi Arabia", "ministry given by its state's adjective; backing + an appeal to Lebanon that is not a peace appeal: rule 3 decides (supporting)"))
U(d, "Bahrain's Ministry of Foreign Affairs affirmed the Kingdom of Bahrain's full solidarity", "the health of its society.",
  ("Bahrain", S, pos, "Saudi Arabia", "solidarity with the measures = supporting"))
U(d, "The Secretary-General of the Gulf Cooperation Council, Dr. Nayef Falah Al-Hajraf, said", "all its member states.",
  ("Gulf Cooperation Council", S, pos, "Saudi Arabia", "backing of the decision; the threat remark names no actor"))
U(d, "The Government of the Republic of Yemen also voiced its support", "the Yemeni news agency Saba.",
  ("Yemen", S, pos, "Saudi Arabia", "'in a statement carried by' the agency; support = supporting"))
U(d, "Minister of State for Foreign Affairs Adel Al-Jubeir said in televised remarks", "that militia's trade.",
  ("Saudi Arabia", C, neg, "Hezbollah", "office holder given by title on a Saudi agency page; blames Hezbollah, calls it a militia"))
U(d, "In Beirut, President Michel Aoun called a meeting for Tuesday", "the Lebanese presidency said.",
  ("Lebanon", N, neu, "", "convening an internal meeting on the decision = own plans, neutral (no talks with the other side)"))
U(d, "President Aoun affirmed that Lebanon would not allow its territory", "according to the Lebanese National News Agency.",
  ("Lebanon", N, pos, "", "'according to' the agency; reassurance about own conduct = neutral, positive"))
U(d, "Lebanon's caretaker Foreign Minister, Charbel Wehbe, said his ministry had been informed", "to its farmers.",
  ("Lebanon", N, neg, "", "procedural notice + harm done by smuggling (smugglers are no actor) = neutral"))
U(d, "Lebanon's caretaker Interior Minister, Mohamed Fahmy, said he had opened contacts", "of the two countries.",
  ("Lebanon", T, neu, "Saudi Arabia", "proposes cooperation with the other side = a diplomatic course, calling_for_talks"))
U(d, "Caretaker Prime Minister Hassan Diab expressed regret at the decision.", "expressed regret at the decision.",
  ("Lebanon", C, neg, "Saudi Arabia", "regret aimed at the other side's act = a judgement (guide: 'regrettable')"))
U(d, "Diab asked the Kingdom to reconsider it", "dismantle the networks.",
  ("Lebanon", T, neu, "Saudi Arabia", "surname only; asks for reconsideration and joint work, no judgement in this sentence = calling_for_talks"))
U(d, "Prime Minister-designate Saad Hariri said those who had used Lebanese produce", "before anyone else.",
  ("Lebanon", C, neg, "", "explicit judgement ('criminals who had betrayed') of the smugglers, an unnamed group -> condemning with empty target (unsure: no canonical actor judged)"))
U(d, "Dr. Khalid Al-Harbi, a researcher at the Peninsula Centre for Security Studies,", "a gateway for poison.",
  ("Khalid Al-Harbi", S, pos, "Saudi Arabia", "invented researcher; approval of the decision ('a legitimate step')"))
U(d, "\"The Kingdom waited a long time and warned more than once,\" Al-Harbi said.", "in the Lebanese court.\"",
  ("Khalid Al-Harbi", C, neg, "Lebanon", "quote split by the attribution, one paragraph; puts the onus on Lebanon after ignored warnings = blame"))
U(d, "Ramez Haddad, who heads an association of fruit exporters in the Bekaa Valley,", "paying the price.",
  ("Ramez Haddad", C, neg, "Lebanon", "invented exporter; blames the Lebanese state for open ports"))
# "The Kingdom has for decades been among the leading supporters ..." = the agency's background, no speaker: no row.
