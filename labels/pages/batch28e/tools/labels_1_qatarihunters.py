# ------------------------------------------------------------------ Qatari hunters abducted in Muthanna, Iraq (international wire copy, 2015-12-17)
d = "page_iraq_qatari_hunters_samawa2015_wire.txt"
# Not statements: menu, time stamp, headline, byline, read time, the three bullets, crossheads, ADVERTISEMENT, credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "Qatar said on Thursday it held Iraq's government responsible", "cleared to visit.",
  ("Qatar", C, neg, "Iraq", "dateline excluded; lede carrying a position: holding Baghdad responsible = judgement"),
  ("Iraq", N, neg, "", "Iraqi officials insist the hunters strayed: own account, rebuttal of blame, no judgement of Qatar in the clause"))
# "Gulf neighbours lined up behind Doha" in the lede = summary clause, no separate row (the GCC, Saudi, Bahrain, UAE, Kuwait rows below carry it).
# "The hunters, some of them members of Qatar's ruling family according to two Iraqi officials, ..." = narration with unnamed officials giving facts, no row.
U(d, "Provincial governor Falih al-Zayadi said about 100 armed men", "the Saudi frontier.",
  ("Iraq", N, neu, "", "provincial governor resolves to his state; facts and search under way"))
# "No group has claimed the abduction." = narration, no row.
U(d, "In a statement carried by the state news agency QNA", "bringing them home unharmed.",
  ("Qatar", C, neg, "Iraq", "second-hand attribution via the state agency; 'bore full responsibility' aimed at Baghdad = judgement (guide: 'fully responsible')"))
U(d, "Foreign Minister Khalid bin Mohammad al-Attiyah spoke by phone", "the ministry added.",
  ("Qatar", N, neu, "", "a call reported by the ministry, no position stated (attribution tail); could be no row"))
U(d, "\"We are in contact with Baghdad at every level", "Attiyah was quoted as saying by QNA.",
  ("Qatar", N, neu, "Iraq", "'was quoted as saying'; contacts + expectation of Iraq's effort, no judgement word and no peace appeal = neutral (unsure: could be calling_for_talks)"))
U(d, "Iraq's interior ministry said in a statement that the party had moved", "were not secured.",
  ("Iraq", N, neg, "", "rebuttal: the hunters (private citizens, not an actor) ignored the routes; own account, no judgement of a state (unsure: could be condemning Qatar as blame-shifting)"))
U(d, "The ministry said a special security committee had been formed", "had since been released.",
  ("Iraq", N, neu, "", "'the ministry' = Iraq's interior ministry; measures and facts"))
U(d, "A spokesman for Prime Minister Haider al-Abadi told reporters", "\"wherever they hide.\"",
  ("Iraq", C, neg, "", "judgement of the kidnappers (unnamed armed group, not an actor) + pursuit threat; target empty"))
U(d, "He said the prime minister had ordered the army and police", "guests of Iraq.",
  ("Iraq", S, pos, "Qatar", "speaker carried over ('He' = Abadi's spokesman); deploying forces to the search + 'guests of Iraq' = backing by act for Qatar's citizens"))
# "Some Shi'ite politicians in Baghdad were less conciliatory." = summary line, no row.
U(d, "Abbas al-Sharifi, a lawmaker from the ruling National Alliance, said", "armed groups in Syria.",
  ("Iraq", C, neg, "Qatar", "a lawmaker speaks for his state (guide: Senator Cardin); reported clause: judgement on Qatar's funding of armed groups"))
U(d, "Qatar has repeatedly rejected accusations", "coalition against Islamic State.",
  ("Qatar", N, neg, "", "background denial: 'rejected accusations' = neutral, negative tone"))
U(d, "The Gulf Cooperation Council's Secretary-General Abdullatif al-Zayani denounced", "to protect its citizens.",
  ("Gulf Cooperation Council", C, neg, "", "judgement of the abduction (kidnappers unnamed) + solidarity; rule 1, target empty"))
U(d, "Saudi Arabia's border guard command said it had stepped up patrols", "the official Saudi Press Agency reported.",
  ("Saudi Arabia", S, neu, "Qatar", "backing by act: resources placed at Qatar's disposal; attribution tail via the state agency"))
U(d, "Bahrain's foreign ministry condemned the kidnapping", "full solidarity with Doha.",
  ("Bahrain", C, neg, "", "condemnation of the act (no named culprit) + solidarity; rule 1, target empty"))
U(d, "The United Arab Emirates and Kuwait each sent messages of support", "their state news agencies.",
  ("United Arab Emirates", S, pos, "Qatar", "list of two states: messages of support to the emir; one row per state"),
  ("Kuwait", S, pos, "Qatar", "list of two states: one row per state"))
U(d, "Arab League Secretary-General Nabil Elaraby called on the Iraqi government", "between Baghdad and the Gulf.",
  ("Arab League", C, neg, "", "appeal joined to a judgement of the raid ('a blow'): rule 1; the kidnappers are not an actor, target empty"))
U(d, "U.N. Secretary-General Ban Ki-moon condemned the abduction", "late on Wednesday.",
  ("United Nations", C, neg, "", "condemnation + demand for release; rule 1; target empty"))
U(d, "\"The Secretary-General hopes that the hostages", "the spokesman said.",
  ("United Nations", T, pos, "", "hope for the hostages' return = calling_for_talks (hope rule), positive tone"))
U(d, "U.S. State Department spokesman John Kirby said Washington was following", "who carried out the raid.",
  ("United States", N, neu, "", "monitoring + contacts + no information: no appeal, no judgement"))
U(d, "\"We'd certainly like to see these individuals returned safely", "Kirby told a daily briefing.",
  ("United States", T, pos, "", "wish for safe return + encouraging cooperation between two governments = appeal, no judgement"))
U(d, "Iran's foreign ministry spokesman Hossein Jaberi Ansari, asked about speculation", "described the suggestion as baseless.",
  ("Iran", N, neg, "", "denial ('baseless' aimed at a suggestion by unnamed media, no actor judged) = neutral, negative"))
# "The incident is the second mass abduction ..." = background narration, no row.
# "Analysts said the fate of the hunters could become entangled ..." = unnamed speakers, no row.
U(d, "\"Whoever ordered this wanted leverage, not ransom", "at the Institute for Near East Strategy in London.",
  ("Tarek Oudeh", N, neg, "", "invented analyst; reading of motives, no judgement of a named actor and no appeal"))
U(d, "Oudeh said Doha would be wise to keep its channels to Baghdad open", "quiet work on the ground.",
  ("Tarek Oudeh", T, neu, "Qatar", "surname only; reported clause: advice to keep channels open, no public accusations = appeal for a diplomatic course"))
U(d, "Salwa Bakhtiar, who teaches political science at the University of Kufa, said", "the vast southern desert.",
  ("Salwa Bakhtiar", C, neg, "Iraq", "invented scholar; judgement of Baghdad's weak control, no stock word (unsure: could be neutral as analysis)"))
U(d, "\"The government issues the permits but it does not own the road,\"", "Bakhtiar said.",
  ("Salwa Bakhtiar", C, neg, "Iraq", "pointed quip continuing the same judgement"))
# "Falcon hunting trips by wealthy Gulf citizens ..." = background, no row.
