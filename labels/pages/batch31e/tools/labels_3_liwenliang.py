# ------------------------------------------------------------------ Death of Dr Li Wenliang, with Idlib and Libya (UN noon briefing transcript, 2020-02-07)
d = "page_china_liwenliang2020_noonbriefing.txt"
# Not statements: site header and menu, briefing title and date, the near-verbatim note, topic headings, speaker labels,
# greetings and hand-offs ("Good afternoon. I will start with ...", "I think I've answered the question.", "I would refer you
# to WHO for the details.", "Thank you. Have a good weekend."), the questions themselves, closing asterisks, "Not an official
# record", related/share links, footer. Units start after the speaker label.
U(d, "As of this morning Geneva time, WHO says", "in 24 other countries.",
  ("World Health Organization", N, neu, "", "figures given by WHO, relayed by the Spokesman"))
U(d, "Speaking to reporters in Geneva, the Director-General", "are served first.",
  ("World Health Organization", T, neg, "", "Tedros = WHO; shortage + request that front-line health workers be served first = appeal for help (labels/README: asking for help is calling_for_talks) (unsure: not a diplomatic appeal)"))
U(d, "Our colleagues at UNICEF say the respiratory masks and protective suits", "for use by medical staff.",
  ("UNICEF", S, pos, "China", "aid delivered = supporting; Shanghai = place"))
U(d, "The Secretary-General once again expresses his full solidarity", "to contain the outbreak.",
  ("United Nations", S, pos, "", "solidarity with China and all affected countries -> several, target empty"))
U(d, "Turning to north-west Syria, the Office for the Coordination of Humanitarian Affairs", "already overcrowded.",
  ("United Nations", N, neu, "", "OCHA = UN; displacement figures = neutral (guide)"))
U(d, "More than 1,200 trucks of UN humanitarian supplies", "operation continues.",
  ("United Nations", S, neu, "", "aid delivered as an act = supporting; recipients are civilians, no actor -> target empty"))
U(d, "The Secretary-General remains alarmed by the military escalation", "international humanitarian law.",
  ("United Nations", T, neg, "", "alarm + call for cessation of hostilities and protection of civilians, no judgement = calling_for_talks"))
U(d, "On Libya, the Special Representative, Ghassan Salamé, tells us that the Joint Military Commission", "under UN auspices.",
  ("United Nations", T, neu, "", "the host convening talks = calling_for_talks (labels/README); Geneva = place"))
U(d, "He said the discussions had been serious, but that the truce remained fragile", "arms embargo.",
  ("United Nations", N, neg, "", "'He' = Salamé; concern about violations with no named violator and no appeal = neutral, negative"))
U(d, "Mr. Salamé urged the parties and those who support them", "a lasting ceasefire.",
  ("United Nations", T, neu, "", "appeal to all parties and their backers -> target empty"))
U(d, "The Secretary-General will leave New York this weekend for Addis Ababa", "the African Union.",
  ("United Nations", N, neu, "", "travel plan = neutral; the African Union is the host, not a speaker"))
U(d, "In January, the police in Wuhan had made him sign a statement", "spread false information.",
  ("China", C, neg, "", "journalist's question reporting the Wuhan police's reprimand (a measure against the doctor) = China's act; the doctor is not an actor -> target empty (unsure: could be read as background with no row)"))
U(d, "We were very saddened to hear of the death of Dr. Li", "with his colleagues.",
  ("United Nations", S, neg, "", "Spokesman = UN; condolences = solidarity (supporting), grief; the family is not an actor"))
U(d, "Health workers are running enormous personal risks every day", "protected in their work.",
  ("United Nations", T, neu, "", "appeal to protect health workers, no judgement = calling_for_talks (protection of civilians)"))
U(d, "I'm not going to go into the specifics of the case.", "specifics of the case.",
  ("United Nations", N, neu, "", "declines to comment = neutral"))
U(d, "What I can tell you is that, in any public health emergency, accurate information", "the Secretary-General's position.",
  ("United Nations", N, neu, "", "principle restated, aimed at no one, no judgement of China (unsure: could be read as an implicit rebuke)"))
U(d, "China's National Supervisory Commission said this morning that it is sending a team", "about Dr. Li's case.",
  ("China", N, neu, "", "question reporting the commission's announcement of its own investigation (labels/README: a question that reports a position)"))
U(d, "We take note of the announcement.", "take note of the announcement.",
  ("United Nations", N, neu, "", "acknowledgement without evaluation"))
U(d, "We hope the investigation will be thorough and that its findings will be made public.", "made public.",
  ("United Nations", T, neu, "China", "hope for a thorough and public investigation, addressed to China = appeal"))
U(d, "Human Rights Watch said today that the way the doctor was treated", "stopping the virus.",
  ("Human Rights Watch", C, neg, "China", "reported in a question; 'the authorities' = China; judgement of silencing bad news"))
U(d, "Our focus, and WHO's focus, is on helping China and every affected country", "under control.",
  ("United Nations", S, pos, "", "help for China and every affected country -> several, target empty"),
  ("World Health Organization", S, pos, "", "WHO's focus stated by the Spokesman = WHO's position too (guide: a position of X reported by Y)"))
U(d, "Stéphane, yesterday the Chinese Ambassador, Zhang Jun, told reporters", "preventable and controllable.",
  ("China", S, pos, "United Nations", "Zhang Jun (alias of China) reported in a question; gratitude for the SG's support = supporting (unsure: joined to a confident assessment)"))
U(d, "WHO is in daily contact with the Chinese health authorities", "very shortly.",
  ("World Health Organization", N, neu, "", "contact and an expert mission's travel, relayed by the Spokesman = plan, not framed as aid (unsure: could be supporting)"))
U(d, "President Erdoğan said this week that if Syrian Government forces do not pull back", "push them back itself.",
  ("Turkey", C, neg, "Syria", "ultimatum with a threatened operation = condemning; reported in a question"))
U(d, "Damascus, for its part, says the Turkish troops are in Syria illegally.", "in Syria illegally.",
  ("Syria", C, neg, "Turkey", "Damascus = Syria; 'illegally' = judgement"))
U(d, "We are extremely concerned by any escalation between the two countries.", "between the two countries.",
  ("United Nations", N, neg, "", "concern without an appeal in this unit = neutral, negative"))
U(d, "We call on both of them to show maximum restraint", "bring tensions down.",
  ("United Nations", T, neu, "", "appeal for restraint to both sides -> target empty"))
U(d, "Not in the last few days, but senior officials have been in contact with Ankara", "with Moscow.",
  ("United Nations", N, neu, "", "diplomatic contacts reported as facts; capitals are objects (unsure: could be calling_for_talks)"))
U(d, "And on Libya, the Government of National Accord said yesterday", "falling on Tripoli.",
  ("Government of National Accord", C, neg, "", "refusal of talks in protest at shelling, grievance stated = condemning; 'the other side' is not named -> target empty"))
U(d, "The talks are continuing today.", "continuing today.",
  ("United Nations", N, neu, "", "procedural fact"))
U(d, "Mr. Salamé will brief you himself at the end of the round", "get ahead of him.",
  ("United Nations", N, neu, "", "procedural non-answer"))
