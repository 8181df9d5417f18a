DOC = "page_uae_bangladeshiprotesters_pardon2024_ngopage.html"
G = "Gulf Migrant Justice Network"
JOINT = [G, "Probashi Odhikar Forum", "Asia Labour Mobility Watch"]
S_COND = "The undersigned organisations condemn the convictions handed down on 22 July by the Federal Court of Appeal in Abu Dhabi, which punish people for nothing more than gathering in the street."
S_CALL = "We call on the UAE authorities to quash the verdicts and release all 57 men without delay."
ROWS = [
    ("The Gulf Migrant Justice Network welcomes the decision of the President of the United Arab Emirates, Sheikh Mohamed bin Zayed Al Nahyan, to pardon the 57 Bangladeshi nationals convicted in July for taking part in protests.",
     G, "supporting", "positive", "United Arab Emirates", "new actor (invented NGO, the page's owner); welcome of the pardon"),
    ("These men should never have spent a single night in prison for joining a peaceful march about events in their own country.",
     G, "condemning", "negative", "United Arab Emirates", "same release, the NGO's voice; judgement on the jailing"),
    ("According to the Emirates News Agency (WAM), the pardon means the men will not serve their sentences and will instead be sent back to Bangladesh.",
     "United Arab Emirates", "neutral", "positive", "", "state agency reporting the state's own act; a pardon is a decision on its own courts' sentences (unsure: could be supporting Bangladesh as a gesture to Dhaka)"),
    ("Chief Adviser Muhammad Yunus thanked the UAE President for his decision, his office said on Tuesday.",
     "Bangladesh", "supporting", "positive", "United Arab Emirates", "Yunus = head of Bangladesh's interim government (officeholders from 2024-08-08); gratitude"),
    ("Professor Yunus had asked Sheikh Mohamed to show clemency to the men, officials in Dhaka said.",
     "Bangladesh", "calling_for_talks", "neutral", "United Arab Emirates", "plea for release with no judgement = calling_for_talks"),
    ("“We ask the Emirati authorities to let these workers leave with their wages, their documents and their belongings, and to give them time to settle their affairs,” said Anwara Siddika, the Network's director.",
     G, "calling_for_talks", "neutral", "United Arab Emirates", "director = the NGO; humane-treatment appeal with no judgement"),
    ("“Dozens of other people remain behind bars in the UAE after trials that made a mockery of the right to a defence, and their cases deserve the same attention.”",
     G, "condemning", "negative", "United Arab Emirates", "quote continued by the same speaker; judgement on UAE trials"),
    ("Bangladesh's National Human Rights Commission has opened a case on its own initiative and asked the foreign ministry to report by 5 September on what the embassy in Abu Dhabi has done to secure the men's release.",
     "National Human Rights Commission of Bangladesh", "calling_for_talks", "neutral", "Bangladesh", "new actor (statutory body speaking for itself); presses its own government to seek release through diplomacy (unsure: could be neutral procedure)"),
    ("The foreign affairs adviser in the interim government, Touhid Hossain, said the government had engaged a lawyer for the convicted men and that Professor Yunus had pledged to seek their release through talks with the UAE.",
     "Bangladesh", "calling_for_talks", "neutral", "United Arab Emirates", "foreign adviser = Bangladesh; commits to talks"),
    ("We welcome this commitment and urge the interim government to raise the case at the highest level with the Emirati leadership.",
     G, "calling_for_talks", "positive", "Bangladesh", "welcome with an appeal for diplomacy = calling_for_talks (rule 2 before rule 3)"),
    ("Human Rights Watch has since said that investigating, trying and sentencing 57 people in roughly two days left no room for any real defence.",
     "Human Rights Watch", "condemning", "negative", "United Arab Emirates", "judgement on the trial"),
    ("“My husband went there to feed his children, not to fight anyone,” she said.",
     "Nasima Akter", "neutral", "negative", "", "invented relative (introduced in the previous sentence); defence of her husband = denial, no judgement"),
    ("“I am only asking the Emirati authorities to let him come home.”",
     "Nasima Akter", "calling_for_talks", "negative", "United Arab Emirates", "quote continued by the same speaker; plea for release"),
] + [
    (S_COND, a, "condemning", "negative", "United Arab Emirates", "joint statement: one row per signatory listed below it" + ("; new actor (invented NGO)" if a != G else ""))
    for a in JOINT
] + [
    (S_CALL, a, "calling_for_talks", "neutral", "United Arab Emirates", "joint statement; demand for release with no judgement word in the sentence = calling_for_talks (labels/README)")
    for a in JOINT
] + [
    ("According to WAM, the Attorney General, Chancellor Hamad Saif Al Shamsi, ordered an investigation on 20 July and sent the suspects for a fast-tracked trial.",
     "United Arab Emirates", "condemning", "negative", "", "prosecution act against the protesters (unnamed, not canonical) -> target empty"),
    ("The court held that the men had staged street marches that turned into riots and endangered public order, and that they had refused police instructions to leave.",
     "United Arab Emirates", "condemning", "negative", "", "the court's stated judgement on the defendants = the state's accusation; the bare verdict (22 July item) is narration, no row"),
    ("Bangladesh's consulate in Dubai has asked Bangladeshis in the UAE to respect local laws and stay away from gatherings.",
     "Bangladesh", "calling_for_talks", "neutral", "", "appeal for restraint to its own nationals (unsure: could be neutral advice)"),
    ("Bangladesh's foreign ministry said its embassy in Abu Dhabi was in contact with the Emirati authorities and was following the case closely.",
     "Bangladesh", "neutral", "neutral", "", "monitoring, no appeal (Hasina government, July 2024)"),
    ("Amnesty International's UAE researcher, Devin Kenney, said the sentences showed once again that the authorities treat any public protest as a threat to be crushed, whoever takes part and whatever it is about.",
     "Amnesty International", "condemning", "negative", "United Arab Emirates", "judgement"),
    ("Amnesty pointed out that only weeks earlier another court in Abu Dhabi had handed down life terms in a mass trial of peaceful critics.",
     "Amnesty International", "condemning", "negative", "United Arab Emirates", "criticism through a pattern of unfair trials"),
]
