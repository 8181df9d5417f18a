# ------------------------------------------------------------------ Suicide car bombing at the Chinese embassy in Bishkek (Chinese state media, 2016-09-07)
d = "page_bishkek_chineseembassy_blast2016_statemedia.txt"
# Not statements: agency name, language bar, breadcrumb, headline, source/time/editor line, [Video]/font size, [Photo] caption with credit,
# crosshead "Experts: ...", Related list, Editor's recommendations, copyright.
U(d, "China on Wednesday spoke highly", "and the region.",
  ("China", C, neg, "East Turkestan Islamic Movement", "praise of the Kyrgyz probe joined to a judgement of ETIM as a terrorist threat: the judgement decides (rule 1); dateline 'BEIJING, Sept. 7 (SGNS) -- ' excluded"))
U(d, "\"We appreciate the efficient work of the Kyrgyz side", "regular press briefing.",
  ("China", C, neg, "East Turkestan Islamic Movement", "welcome of Kyrgyzstan's work + 'a terrorist group that must be confronted' = rule 1, condemning"))
U(d, "Hua said China would deepen security and law-enforcement cooperation", "institutions abroad.",
  ("China", S, pos, "Kyrgyzstan", "offer of deeper cooperation with Kyrgyzstan = supporting (protecting own citizens is own conduct)"))
U(d, "She called on all countries to join in cutting off", "wherever they are found.",
  ("China", C, neg, "East Turkestan Islamic Movement", "'She' = Hua; call for measures against the group (funding cut-off, extradition) = like a call for sanctions, condemning"))
U(d, "Asked about remarks by the World Uyghur Congress", "not worth refuting.",
  ("China", N, neg, "", "rejection of an accusation = denial, neutral with a negative tone ('overseas separatist organization' is the outlet's gloss)"),
  ("World Uyghur Congress", C, neg, "China", "the WUC's claim reported by Hua: accuses Beijing of using the attack as a pretext = condemning (a position of X reported by Y is X's)"))
U(d, "On Tuesday, Kyrgyzstan's State Committee for National Security (GKNB) said", "through intermediaries.",
  ("Kyrgyzstan", C, neg, "East Turkestan Islamic Movement", "security service attributes the bombing to Uygur militant cells (ETIM, Nusra-linked) = accusation, condemning"))
U(d, "According to the GKNB statement, the driver who rammed the gate", "Zoir Khalilov.",
  ("Kyrgyzstan", N, neu, "", "identification of the bomber (findings), no evaluation beyond the fact"))
U(d, "Five suspects have been detained in Kyrgyzstan", "the committee said.",
  ("Kyrgyzstan", N, neu, "", "arrests and wanted list = procedure/figures, neutral"))
U(d, "The Interior Ministry of Tajikistan said the passport belonged", "since last year.",
  ("Tajikistan", N, neu, "", "facts about the passport holder, no evaluation"))
# "At about 10 a.m. local time on Aug. 30, a car crashed through ..." and "Five people were injured ..." = narration and figures from no named source, no row.
U(d, "On the day of the blast, the Chinese Foreign Ministry condemned the attack", "without leniency.",
  ("China", C, neg, "", "condemnation + demands on Kyrgyzstan (protect, investigate, punish): rule 1; culprit unnamed -> target empty"))
U(d, "Kyrgyz Deputy Prime Minister Jenish Razakov told reporters", "terrorist act.",
  ("Kyrgyzstan", C, neg, "", "'a terrorist act' = judgement of the attack, culprit unnamed"))
U(d, "Kyrgyz President Almazbek Atambayev ordered the government the same day", "his office said.",
  ("Kyrgyzstan", N, neu, "", "own security measures at home, aimed at no named side = neutral (Atambayev is president on this date)"))
U(d, "Kyrgyz Foreign Minister Erlan Abdyldaev met the Chinese ambassador", "in the investigation.",
  ("Kyrgyzstan", N, pos, "", "reassurance about own conduct = neutral, positive tone"))
U(d, "The Chinese embassy in Kyrgyzstan has raised its security level", "crowded places.",
  ("China", N, neu, "", "own precaution + advice to citizens = procedural, neutral"))
U(d, "Members of the UN Security Council, in a press statement issued on Aug. 31", "and to the injured.",
  ("United Nations", C, neg, "", "condemnation + sympathy: rule 1"))
U(d, "They urged all states to cooperate actively with the Chinese and Kyrgyz authorities", "under international law.",
  ("United Nations", T, neu, "", "'They' = Council members; appeal for cooperation in the inquiry, no judgement in the unit = calling_for_talks (like demands for an inquiry)"))
U(d, "Rashid Alimov, secretary-general of the Shanghai Cooperation Organization (SCO), said", "all member states.",
  ("SCO", C, neg, "", "condemnation; 'assault on shared security' = judgement"))
U(d, "He said the organization's Regional Anti-Terrorist Structure in Tashkent", "assist the investigation.",
  ("SCO", S, pos, "Kyrgyzstan", "offer of assistance to the investigation = supporting (Tashkent = place)"))
U(d, "The Russian Foreign Ministry said in a statement that Moscow resolutely condemned", "China and Kyrgyzstan.",
  ("Russia", C, neg, "", "condemnation + solidarity: rule 1"))
U(d, "Kazakhstan's Foreign Ministry conveyed sympathy", "speedy recovery.",
  ("Kazakhstan", S, neg, "China", "sympathy to the Chinese side = condolences, supporting"))
U(d, "Pakistan said it stood shoulder to shoulder with China", "Pakistani Foreign Office.",
  ("Pakistan", S, pos, "China", "solidarity + confidence in both governments; 'culprits' is not aimed at a named actor: support decides; 'according to a statement from' = attribution"))
U(d, "Zhao Minghui, a professor at the Northwest Institute", "Silk Road Economic Belt.",
  ("Zhao Minghui", C, neg, "East Turkestan Islamic Movement", "invented scholar; says ETIM militants try to strike Chinese targets = accusation"))
U(d, "\"These people are not fighters for any cause.", "Zhao said.",
  ("Zhao Minghui", C, neg, "East Turkestan Islamic Movement", "'hired killers' = judgement; 'These people' = the ETIM militants of the previous unit"))
U(d, "Zhao said the SCO member states should hold regular consultations", "shared in time.",
  ("Zhao Minghui", T, neu, "", "appeal for regular consultations among states = calling_for_talks"))
U(d, "Nurlan Abdrakhmanov, director of the Bishkek Centre", "across borders.",
  ("Nurlan Abdrakhmanov", N, neu, "", "invented expert; analysis of money flows, no position"))
U(d, "He said Kyrgyzstan had detained dozens of people", "since 2014.",
  ("Nurlan Abdrakhmanov", N, neu, "", "'He' = Abdrakhmanov; figures, no position"))
# "Kyrgyzstan, which borders China's Xinjiang ..., is a member of the SCO. China is its largest trading partner." = background, no row.
