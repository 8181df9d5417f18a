# ------------------------------------------------------------------ Security Council open briefing on human rights in the DPRK, 17 Aug 2023 (UN meetings coverage)
d = "page_dprk_humanrights_unsc2023_meetings.txt"
NK = "North Korea"
# Not statements: site header, menu, organ/date labels, headline, subheadline, crossheads (Briefings, Statements), meeting times, "For information media", Related, copyright.
U(d, "The Security Council today heard the top United Nations human rights official describe", "discussing the issue at all.",
  ("United Nations", C, neg, NK, "lede carries a position: the High Commissioner's account of forced labour and surveillance = accusation by description; the members' division is narration"))
# "The meeting, requested by Albania, Japan and the United States, ..." and the rule 37 sentence = procedural narration, no row.
U(d, "VOLKER TÜRK, United Nations High Commissioner for Human Rights, said that since the border closures", "sharing foreign films.",
  ("United Nations", C, neg, NK, "UN official = United Nations; hunger deaths and executions reported as the state's doing = accusation by description"))
U(d, "\"The repression is not separate from the missiles.", "he said.",
  ("United Nations", C, neg, NK, "charge that forced labour funds the weapons = judgement without a stock word"))
U(d, "He urged the Government to reopen the country", "his Office had made.",
  ("United Nations", T, neu, NK, "appeal for access and cooperation, no judgement = calling_for_talks"))
U(d, "ELIZABETH SALMÓN, Special Rapporteur", "2014 commission of inquiry.",
  ("United Nations", C, neg, NK, "Special Rapporteur = United Nations; harsher laws + impunity for crimes against humanity"))
U(d, "She asked the Council to consider referring the situation", "on its agenda.",
  ("United Nations", C, neg, NK, "call for an ICC referral = a punitive measure asked for (like a call for sanctions)"))
U(d, "KANG EUN-HA, a university student in Seoul", "kindest people on earth.",
  ("Kang Eun-ha", N, neu, "", "invented civil-society briefer (kind person); personal background, no position"))
U(d, "\"My classmates were sent to the mines at sixteen.", "she said.",
  ("Kang Eun-ha", C, neg, NK, "testimony of forced labour and disappearance = accusation made by describing abuses"))
U(d, "The speaker said the Council should not let the country's weapons absorb", "went unheard.",
  ("Kang Eun-ha", T, neg, "United Nations", "'the speaker' = the briefer; appeal to the Council to attend to the people's plight (protection), no judgement"))
U(d, "The representative of the United States, speaking in her national capacity, said the regime", "threatened the region.",
  ("United States", C, neg, NK, "reported clause; judgement of the regime"))
U(d, "The Council could not stay silent on abuses", "pressing for accountability.",
  ("United States", C, neg, NK, "speaker carried by 'she said' mid-sentence; accountability push"))
U(d, "The representative of Albania said the testimony heard today", "property of the State.",
  ("Albania", C, neg, NK, "judgement without a stock word"))
U(d, "The representative of Japan said the abductions of Japanese nationals", "never accept.",
  ("Japan", C, neg, NK, "'ongoing violation' that Japan will 'never accept' = judgement"))
U(d, "He called on Pyongyang to return all abductees immediately", "waited for decades.",
  ("Japan", T, neg, NK, "demand to one side with no judgement word in the sentence = calling_for_talks, negative (labels/README)"))
U(d, "Speaking for the Republic of Korea, its representative said", "spent on warheads.",
  ("South Korea", C, neg, NK, "attribution opened by 'Speaking for'; accusation of starving the people"))
U(d, "He urged the authorities in Pyongyang to release the South Korean detainees", "before it was too late.",
  ("South Korea", T, neg, NK, "appeal for release and family reunions, no judgement = calling_for_talks"))
U(d, "The representative of the United Kingdom said her delegation fully backed", "monitoring team.",
  ("United Kingdom", S, pos, "United Nations", "backing + a contribution announced = supporting by act"))
U(d, "The representative of France said the crimes documented", "could not go unpunished.",
  ("France", C, neg, NK, "demand for punishment of documented crimes = judgement"))
U(d, "The representative of Switzerland said her delegation was alarmed", "without conditions.",
  ("Switzerland", T, neg, NK, "alarm + appeal for humanitarian access = calling_for_talks"))
U(d, "The representative of Malta called for the protection of women and girls", "on their return.",
  ("Malta", T, neg, "", "appeal to protect forcibly returned women; implicates two states, names no culprit -> target empty"))
U(d, "Ecuador's representative said his country stood with the people", "improve their situation.",
  ("Ecuador", S, pos, "", "solidarity with the people (not an actor) and support for efforts -> supporting, target empty"))
U(d, "The representative of Brazil said the Human Rights Council in Geneva was the appropriate body", "within its mandate.",
  ("Brazil", N, neu, "", "procedural line on the right forum, no judgement of an actor"))
U(d, "The representatives of Gabon, Ghana and Mozambique, in a joint statement, urged", "raise tensions.",
  ("Gabon", T, neu, "", "joint statement by a list of states: one row per state; appeal for dialogue and restraint"),
  ("Ghana", T, neu, "", "joint statement by a list of states: one row per state"),
  ("Mozambique", T, neu, "", "joint statement by a list of states: one row per state"))
U(d, "The representative of the United Arab Emirates said unhindered humanitarian access", "United Nations agencies.",
  ("United Arab Emirates", T, neu, NK, "appeal for access and engagement = calling_for_talks"))
U(d, "The representative of China said the Council was not a human rights body", "atmosphere on the peninsula.",
  ("China", C, neg, "", "objection to the meeting in protest: 'poisoning the atmosphere' = judgement of the requesting members (several) -> target empty"))
U(d, "He said the sanctions pressed by certain countries had caused the hardship", "return to dialogue.",
  ("China", C, neg, "United States", "blame for the hardship joined to an appeal to the US: the judgement decides (rule 1)"))
U(d, "The representative of the Russian Federation said the meeting was a cynical exercise", "north-east Asia.",
  ("Russia", C, neg, "", "accusation against 'Washington and its allies' (several) -> target empty"))
U(d, "The speaker said his delegation would lend no legitimacy", "held in its absence.",
  ("Russia", C, neg, "", "'the speaker' = the Russian representative; refusing the format in protest = condemning"))
# "The Democratic People's Republic of Korea did not address the meeting." = non-answer, no row.
