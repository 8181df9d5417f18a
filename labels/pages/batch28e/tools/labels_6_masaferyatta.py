# ------------------------------------------------------------------ Masafer Yatta / Firing Zone 918 ruling (regional daily analysis, Amman, 2022-05-10)
d = "page_westbank_masaferyatta_ruling2022_regionaldaily.txt"
# Not statements: masthead, date line, menu, breadcrumb, kicker, headline, standfirst, byline, photo caption "1 of 4", ADVERTISEMENT, crossheads, Related, tags, most read, copyright.
# "When Israel's High Court of Justice dismissed the last petitions ..." = narration of a court ruling; the court's ruling is narrated, not a position of the state: no row.
# "The judges accepted the state's argument ..." = narration of the judgment (the judges are the court; kept as narration), no row.
# "For the residents of eight hamlets, the ruling means ..." = the outlet's narration, no row.
U(d, "Israel's defence establishment, in its filings and again in a brief response", "after the closure order.",
  ("Israel", N, neu, "", "the defence establishment speaks for Israel; justification of the zone and counter-claim about residence = own position without judgement of another actor"))
# "Amman was the first Arab capital to respond." = summary line, no row.
U(d, "Foreign ministry spokesman Haitham Abu Alfoul said on Thursday", "any step to carry it out.",
  ("Jordan", C, neg, "Israel", "spokesperson named by role first; 'flagrant breach' + warning that Israel carries the consequences = condemning"))
U(d, "The ministry followed up on Sunday, when Foreign Minister Ayman Safadi and his Egyptian counterpart Sameh Shoukry", "according to a readout from the ministry.",
  ("Jordan", C, neg, "Israel", "joint position of two ministers: unilateral measures judged as undermining the political horizon; Israel implied by context (unsure: target could be empty)"),
  ("Egypt", C, neg, "Israel", "same joint position, one row per state"))
# "Ramallah's language was harsher still." = summary line, no row.
U(d, "Prime Minister Mohammad Shtayyeh told his cabinet on Monday", "international protection.",
  ("Palestine", C, neg, "Israel", "judgement of Israel's courts + appeal for protection: rule 1"))
U(d, "The Palestinian foreign ministry said it had asked the International Criminal Court prosecutor", "situation in Palestine.",
  ("Palestine", C, neg, "Israel", "referral to the ICC = a taken measure against Israel (unsure: could be calling_for_talks as a legal appeal)"))
# "The European Union took six days. When the bloc's spokesperson issued a statement on Tuesday, it went further than many expected." = the outlet's narration of timing and tone, no row.
U(d, "Israel, as the occupying power, was bound to leave the people of the hills", "wanted the demolitions stopped.",
  ("European Union", C, neg, "Israel", "position first, attribution in the middle ('the spokesperson said'); rejects the training-zone ground and demands a halt: judgement without a stock word"))
U(d, "A European diplomat in Jerusalem, who asked not to be named, said", "read as consent.",
  ("European Union", N, neu, "", "unnamed diplomat read as the bloc's (guide: unnamed official of a named body); account of internal deliberations, no position toward another actor (unsure: 'European diplomat' could be a member state's -> no row)"))
# "Washington, by contrast, kept its language general." = summary line, no row.
U(d, "Asked about the case at Monday's briefing, State Department spokesman Ned Price said", "this included evictions.",
  ("United States", T, neu, "", "appeal to both sides to avoid steps that raise tensions, no judgement = calling_for_talks"))
U(d, "In London, a Foreign Office minister told parliament in a written answer", "international humanitarian law.",
  ("United Kingdom", C, neg, "Israel", "office holder by title, state clear from 'London'; forced evictions contrary to IHL = judgement"))
# "The United Nations has spoken mostly through numbers." = summary line, no row.
U(d, "According to the U.N. humanitarian office, Israeli authorities have demolished or seized", "displacing some 600 people.",
  ("United Nations", N, neu, "", "'according to' OCHA: figures given by an actor = neutral"))
U(d, "The U.N. human rights office said in Geneva on Friday", "allow the communities to stay.",
  ("United Nations", C, neg, "Israel", "'grave breach' judgement + appeal: rule 1"))
U(d, "In Jinba, Yousef Abu Arram, 63, who was born in a cave home", "said he would not leave.",
  ("Yousef Abu Arram", N, neg, "", "invented resident (witness); refusal to leave = own intention, no judgement of an actor (unsure: defiance could read as condemning)"))
U(d, "\"They can take the tents. They cannot take the hill,\"", "he said.",
  ("Yousef Abu Arram", N, neg, "", "defiant quote, no actor judged"))
U(d, "Israeli rights group B'Tselem said the court had given legal cover", "every demolition.",
  ("B'Tselem", C, neg, "Israel", "judgement: 'one of the largest expulsions' given legal cover"))
U(d, "The Norwegian Refugee Council, which provides legal aid in the area, said", "whose homes are razed.",
  ("Norwegian Refugee Council", S, pos, "", "legal aid, water tanks and shelter kits = providing assistance; recipients not an actor -> target empty"))
U(d, "Omar Kanaan, a researcher at the Amman-based Centre for Levant Policy, said", "offered a template.",
  ("Omar Kanaan", N, neg, "", "invented analyst introduced by role; significance of the ruling, no judgement yet"))
U(d, "\"If a training area can empty eight villages legally", "Kanaan said.",
  ("Omar Kanaan", C, neg, "Israel", "judgement of the army's maps as a tool of displacement"))
U(d, "\"Jordan has to treat this as a question of its own security", "our side of the river.\"",
  ("Omar Kanaan", N, neg, "", "quote continued after the attribution: advice on Jordan's security framing, no peace appeal and no judgement (unsure)"))
U(d, "He said Arab governments that had normalised ties with Israel should use those channels now", "another communique from Brussels.",
  ("Omar Kanaan", T, neu, "", "speaker carried over; appeal for quiet diplomacy by normalising states; several -> target empty"))
# "Not everyone agrees that the case is a turning point." = summary line, no row.
U(d, "Ruth Adler, who teaches international law in Tel Aviv, said the court had ruled narrowly", "any wider policy.",
  ("Ruth Adler", N, neu, "", "invented scholar; reading of the judgment, defends it against a wider charge = neutral"))
U(d, "She said the government still had the option of a compromise", "to find one.",
  ("Ruth Adler", T, neu, "", "appeal to both the state and the residents to negotiate a compromise"))
# "For now, the families of Masafer Yatta are waiting ..." = closing narration, no row.
U(d, "Abu Alfoul added that Amman would keep working with its partners", "from going ahead.",
  ("Jordan", T, neu, "", "surname only; diplomatic work with partners to prevent the expulsions, no judgement in this sentence = calling_for_talks (unsure: could be supporting Palestine)"))
U(d, "The Arab League's assistant secretary-general for Palestine affairs, Saeed Abu Ali, described", "was executed.",
  ("Arab League", C, neg, "Israel", "'ethnic cleansing' judgement + appeal: rule 1"))
U(d, "Israel's foreign ministry, in remarks carried by Israeli media, dismissed the statement", "had already decided.",
  ("Israel", C, neg, "European Union", "dismissal of the EU statement as a one-sided intervention = rejection with a judgement (not a bare denial)"))
