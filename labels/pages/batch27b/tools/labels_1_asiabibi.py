# ------------------------------------------------------------------ Asia Bibi acquittal and the TLP protests (international wire copy, 2018-11-01)
d = "page_pakistan_asiabibi_acquittal2018_wire.txt"
TLP = "Tehreek-e-Labbaik Pakistan"
# Not statements: menu, UPDATE headline, byline, read time, the four bullets, ADVERTISEMENT, crossheads, reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "Pakistan's government said on Thursday it would not bow", "full force of the state.",
  ("Pakistan", C, neg, TLP, "dateline excluded; lede carries the position: refusal to yield + warning of force against the party = threat (condemning)"))
# "Thousands of supporters of Tehreek-e-Labbaik Pakistan (TLP) blocked highways ..." = narration of the protests; the ruling is only a subordinate clause, no row.
U(d, "The bench found that the witness statements", "according to the 57-page judgment.",
  ("Pakistan", N, neu, "", "the Supreme Court's findings and order (a state organ); facts of the ruling, no evaluation of another actor"))
# "Prime Minister Imran Khan went on state television hours after the verdict ..." = summary line of what he did, no row.
U(d, "\"Those three judges read the law as it is written.", "Khan said.",
  ("Pakistan", C, neg, TLP, "defence of the court + rebuke of those calling the judges fit to be killed (the TLP, by context); judgement without a stock word"))
U(d, "He said a small group was trading on faith", "anything but the law.",
  ("Pakistan", C, neg, TLP, "reported clause: 'a small group' = the TLP protest leaders by context; accusation of exploiting religion"))
U(d, "\"Anyone who tests the patience of the state", "Khan said.",
  ("Pakistan", C, neg, TLP, "veiled threat of force = condemning"))
U(d, "The TLP's patron-in-chief, Pir Afzal Qadri, told a rally", "sedition complaint from the government.",
  (TLP, C, neg, "Pakistan", "call for the judges' death and a mutiny against the army chief = judgement + threat against the state's institutions"),
  ("Pakistan", C, neg, TLP, "the government's sedition complaint in the trailing clause = a measure taken against the party (one sentence, two actors)"))
U(d, "Khadim Hussain Rizvi, the party's leader, said in a video message", "barred from leaving the country.",
  (TLP, C, neg, "Pakistan", "ultimatum: sit-ins until the verdict is reviewed and Bibi barred from leaving = condemning"))
U(d, "Information Minister Fawad Chaudhry rejected reports", "promised anything.",
  ("Pakistan", N, neg, "", "denial of reports = neutral, negative tone"))
U(d, "The army's spokesman, Major General Asif Ghafoor, was quoted", "the civilian government.",
  ("Pakistan", N, neu, "", "'was quoted by state broadcaster PTV as saying' (second-hand attribution); the army speaks for its state; staying out, no judgement"))
# "Talks between the religious affairs minister ... and a TLP delegation began ..., officials said." = a meeting in narrative, unnamed officials; no row.
U(d, "Bibi's lawyer, Saif ul Malook, said he feared for his life", "for protection.",
  ("Saif ul Malook", N, neg, "", "the defence lawyer is an independent person; fear + request for his own protection, no judgement (asking for protection is not an appeal for talks)"))
U(d, "\"Twice the system failed this woman before it worked.", "Malook told TAW by telephone.",
  ("Saif ul Malook", C, neg, "Pakistan", "judgement on the justice system (two failed courts) joined to a wish for safety; the judgement decides (rule 1)"))
U(d, "Her husband, Ashiq Masih, said the family had moved out", "word from the authorities.",
  ("Ashiq Masih", N, neg, "", "named relative = independent person; facts of the family's situation"))
U(d, "In Brussels, a spokeswoman for EU foreign policy chief Federica Mogherini said", "her lawyer.",
  ("European Union", T, pos, "Pakistan", "welcome + appeal to protect Bibi, her family and lawyer, no judgement: welcome with a protection appeal = calling_for_talks (README: rule 2 before rule 3)"))
U(d, "The spokeswoman added that the European Union remained opposed", "human rights dialogue with Islamabad.",
  ("European Union", C, neg, "Pakistan", "'the spokeswoman' carried from the previous paragraph; opposition to the death penalty + pressing on the blasphemy laws = judgement on Pakistan's laws (unsure: could be neutral policy)"))
U(d, "The U.N. human rights office in Geneva said it was troubled", "according to a statement from spokeswoman Ravina Shamdasani.",
  ("United Nations", T, neg, "Pakistan", "'according to a statement from' attribution; concern + appeal to protect = calling_for_talks; the calls for killing are the TLP's but the appeal is addressed to the government"))
U(d, "U.S. State Department deputy spokesman Robert Palladino said Washington was following", "closely.",
  ("United States", N, neu, "", "monitoring, no appeal or judgement = neutral"))
U(d, "\"Freedom of religion is a right for every Pakistani", "Palladino told a briefing.",
  ("United States", C, neg, "Pakistan", "surname only; normative line implying the blasphemy law is abused = judgement without a stock word (unsure)"))
U(d, "Britain's minister for Asia, Mark Field, said London was", "threats against the court.",
  ("United Kingdom", N, neg, "", "concern with no appeal = neutral, negative; London = metonym"))
U(d, "Italy's interior minister, Matteo Salvini, said his government was working", "in remarks carried by Italian news agencies.",
  ("Italy", S, pos, "", "backing by act (working to secure Bibi's safety) = supporting; 'in remarks carried by' attribution; Bibi is not an actor -> target empty"))
U(d, "Amnesty International said the verdict was a landmark", "never proven.",
  ("Amnesty International", C, neg, "Pakistan", "praise of the verdict joined to a judgement on eight years of wrongful detention: the judgement decides (rule 1)"))
U(d, "\"This is a woman who should never have been arrested", "deputy South Asia director.",
  ("Amnesty International", C, neg, "Pakistan", "quote before the name; judgement on the arrest and the law"))
U(d, "The Pakistani foreign office said in a statement that foreign governments should respect", "already sensitive situation.\"",
  ("Pakistan", C, neg, "", "rebuke of foreign comment on the judiciary (reproach of interference); several foreign governments -> target empty (unsure: could be neutral)"))
# "Analysts said the government's response would be watched closely ..." = unnamed analysts, no row.
U(d, "Nighat Aftab, a constitutional lawyer", "hard to overturn on review.",
  ("Nighat Aftab", S, pos, "Pakistan", "invented lawyer; approval of the court's reasoning = praise of a state organ's act (supporting)"))
U(d, "\"The court did its job.", "Aftab said.",
  ("Nighat Aftab", N, neu, "", "surname only; poses the question of the government's capacity, no judgement or appeal"))
U(d, "Tariq Lodhi, a senior fellow", "paid for it later.",
  ("Tariq Lodhi", C, neg, "Pakistan", "invented analyst; judgement on past governments' deals with the movement"))
U(d, "\"If the state trades away the verdict", "Lodhi said.",
  ("Tariq Lodhi", N, neg, "", "conditional warning about a precedent, no appeal and no judgement of an act done"))
U(d, "He said he hoped the authorities would find a way", "without bloodshed.",
  ("Tariq Lodhi", T, pos, "Pakistan", "'He' = Lodhi; hope for a peaceful end to the sit-ins = calling_for_talks"))
# Background on Bibi's conviction, Taseer, Bhatti and Mumtaz Qadri's hanging = narration, no row.
