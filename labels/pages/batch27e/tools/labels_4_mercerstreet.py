# ------------------------------------------------------------------ Iran: the Mercer Street tanker attack, Foreign Ministry weekly briefing (transcript, .txt, 2021-08-02)
d = "page_iran_mercerstreet_tanker2021_mfabriefing.txt"
# Not statements: site menu, rubric, date line, headline, byline, intro paragraph (narration of the briefing's topics), photo caption,
# crossheads, every reporter's question ("Q (IRNA): ..."), ADVERTISEMENT, "The news conference lasted ...", Related, tags, rights line.
# "Good morning, and welcome." = greeting, no row.
U(d, "With the anniversary of the Beirut port explosion on Wednesday", "remains open.",
  ("Iran", S, pos, "Lebanon", "spokesman's opening remark; solidarity + standing offer of aid = supporting"))
U(d, "These accusations have no basis at all.", "no basis at all.",
  ("Iran", N, neg, "", "denial = neutral, negative (the question is the reporter's, not a statement)"))
U(d, "The Islamic Republic had nothing to do with this incident", "a single piece of evidence.",
  ("Iran", N, neg, "", "denial; 'no evidence' is part of the denial, no judgement beyond it"))
U(d, "What London said on Sunday, and what Washington echoed", "had even begun.",
  ("Iran", C, neg, "", "London/Washington as metonyms; the charge was prejudged = judgement without stock words; two states -> target empty"))
U(d, "And where were these statements when our own tankers", "this spring?",
  ("Iran", C, neg, "", "rhetorical question = accusation of double standards, aimed at the accusers in general"))
U(d, "Not one word came from London then.", "from London then.",
  ("Iran", C, neg, "United Kingdom", "reproach aimed at London (the British government)"))
U(d, "The Zionist regime has brought insecurity and terror", "its own record.",
  ("Iran", C, neg, "Israel", "judgement of Israel ('the Zionist regime')"))
U(d, "Anyone who makes the mistake of testing the Islamic Republic", "not in words.",
  ("Iran", C, neg, "Israel", "threat of a response; the question was about Israel's warning"))
U(d, "Our ambassador set out the position of the Islamic Republic clearly", "at that meeting.",
  ("Iran", N, neu, "", "procedural: what the ambassador did at the summons"))
U(d, "We have also conveyed our objection to the British side's conduct", "through official channels.",
  ("Iran", C, neg, "United Kingdom", "formal protest against the UK's conduct"))
U(d, "We are in constant contact with our friends in Muscat", "still under way.",
  ("Iran", N, pos, "", "contacts with Oman, no judgement"),
  ("Oman", N, neu, "", "Oman's position reported by Iran's spokesman ('the Omani side has told us'): inquiry continuing = procedural"))
U(d, "Security in the Persian Gulf and the Sea of Oman should be built", "still on the table.",
  ("Iran", T, neu, "", "appeal for regional dialogue and its own peace plan, no judgement"))
U(d, "The next round will be held once the new administration has taken office", "negotiating team.",
  ("Iran", N, neu, "", "timetable/procedure"))
# "This is a normal transition." = continuation of the procedural answer, no separate row.
U(d, "What has slowed the process is that Washington still has not shown", "the previous administration.",
  ("Iran", C, neg, "United States", "blames the US ('failed policy of maximum pressure')"))
U(d, "If the American side comes to Vienna with real decisions", "within reach.",
  ("Iran", T, pos, "United States", "conditional offer of agreement = calling_for_talks"))
U(d, "We welcome the presence of the European Union's delegation", "at the ceremony.",
  ("Iran", S, pos, "European Union", "welcome of the EU's attendance"))
U(d, "Delegations from more than seventy countries and international organisations", "parliament speakers.",
  ("Iran", N, neu, "", "figures and plans"))
U(d, "The critics you mention would prefer that Europe have no contact", "already failed.",
  ("Iran", C, neg, "", "judgement of unnamed European critics -> target empty"))
U(d, "We are following the situation near our eastern borders closely", "on full alert.",
  ("Iran", N, neg, "", "monitoring + alert, no appeal = neutral, negative"))
U(d, "The Islamic Republic calls on all Afghan parties to return to the table", "in Tehran last month.",
  ("Iran", T, neu, "", "appeal for negotiations to all parties"))
U(d, "We hope the Afghan people will at last see peace", "forty years of war.",
  ("Iran", T, pos, "", "hope for peace = calling_for_talks"))
U(d, "At the same time, nobody should forget that the hasty and irresponsible American withdrawal", "what is happening today.",
  ("Iran", C, neg, "United States", "blame on the US withdrawal"))
U(d, "We welcome any step that reduces the foreign military presence in Iraq", "for eighteen years.",
  ("Iran", C, neg, "United States", "welcome joined to a judgement of the US presence in one sentence: rule 1 decides"))
U(d, "Our relations with Baghdad are excellent", "Iraqi government and people.",
  ("Iran", S, pos, "Iraq", "approval of/respect for the Iraqi government's decisions"))
U(d, "We said from the first day that we are ready for a full exchange", "the nuclear file.",
  ("Iran", T, neu, "United States", "offer of a prisoner exchange = offering a negotiated step"))
U(d, "It is the American side that has been playing with this file", "domestic reasons.",
  ("Iran", C, neg, "United States", "accusation"))
U(d, "The talks with Riyadh have taken place in a good atmosphere", "the whole region.",
  ("Iran", T, pos, "Saudi Arabia", "hope that talks bear fruit"))
U(d, "Reached by Tehran Dispatch after the briefing, Reza Farahani", "off course.",
  ("Reza Farahani", N, neu, "", "invented researcher; forecast"))
U(d, "Farahani said Tehran and the European capitals should set up a direct line", "nobody has chosen.",
  ("Reza Farahani", T, neg, "", "appeal for a crisis channel to avoid war"))
U(d, "Clare Whitmore, a maritime risk analyst at the London-based", "who had launched it.",
  ("Clare Whitmore", N, neu, "", "invented analyst; technical assessment, no judgement"))
