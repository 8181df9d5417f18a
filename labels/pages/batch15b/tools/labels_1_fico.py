# ------------------------------------------------------------------ Robert Fico shot in Handlova; reactions at home and abroad (Reuters-style wire, 2024-05-16)
d = "page_fico_shooting_wire.txt"
U(d, "Slovak Prime Minister Robert Fico remained in a serious but stable condition", "central town of Handlova.",
  ("Slovakia", N, neu, "", "lead: condition given by 'his deputy' (Kalinak) + the police charge = state facts, no judgement; dateline excluded"))
U(d, "Doctors had managed to stabilise the 59-year-old overnight", "Wednesday afternoon.",
  ("Slovakia", N, neu, "", "defence minister / deputy PM gives the medical facts; Banska Bystrica is a place"))
U(d, "\"We are a little calmer than we were last night.", "Kalinak said.",
  ("Slovakia", N, neu, "", "multi-sentence quote closed by its speaker = one unit; a request for patience about the PM's health is no diplomatic appeal"))
U(d, "Miriam Lapunikova, director of the Roosevelt hospital, said", "intensive care.",
  ("Miriam Lapunikova", N, neu, "", "hospital director introduced by role = independent person giving medical facts (not a government spokesperson)"))
U(d, "Interior Minister Matus Sutaj Estok said the suspect had acted alone", "politically motivated attack.",
  ("Slovakia", N, neu, "", "state of the investigation, no judgement of an actor"))
U(d, "He said the man had joined several anti-government protests", "on the left or the right.",
  ("Slovakia", N, neu, "", "'He' = Sutaj Estok; facts about the suspect"))
U(d, "Sutaj Estok also warned that police would pursue anyone who cheered the shooting", "praised the attack.",
  ("Slovakia", C, neg, "", "threat of action against those praising the attack = condemning; they are private people, target empty"))
U(d, "\"Anyone who is spreading hatred on the internet tonight", "he said.",
  ("Slovakia", C, neg, "", "quote continuing the threat ('we will come for them'); same speaker"))
U(d, "Outgoing President Zuzana Caputova and her successor Peter Pellegrini", "European Parliament election.",
  ("Slovakia", T, neu, "", "head of state (with the president-elect) convenes the party leaders and asks for the campaign to be toned down = appeal for calm/dialogue"))
U(d, "\"We cannot keep answering every disagreement with contempt.", "Caputova said.",
  ("Slovakia", T, neg, "", "appeal to lower tensions, no actor judged; negative tone"))
U(d, "Pellegrini said Slovakia could not afford another round of mutual blame", "without political pressure.",
  ("Slovakia", T, neg, "", "president-elect, in the joint appearance with the head of state, speaks for Slovakia (unsure); warning + hope = calling_for_talks"))
U(d, "Kalinak, speaking after an extraordinary meeting of the national security council", "state of emergency.",
  ("Slovakia", N, neu, "", "own security measures and a plan, no judgement"))
U(d, "He called on the media to stick to verified facts", "had to cool down.",
  ("Slovakia", T, neu, "", "'He' = Kalinak; appeal for de-escalation, nobody judged"))
U(d, "Michal Simecka, leader of the main opposition party Progressive Slovakia, said", "a blow against Slovak democracy.",
  ("Progressive Slovakia", C, neg, "", "opposition party under its own name: suspends campaign, welcomes the presidents' initiative AND judges the shooting ('a blow against Slovak democracy') -> rule 1; the attacker is no canonical actor, target empty"))
U(d, "The mood in parliament was far less conciliatory on Wednesday", "against the prime minister.",
  ("Smer-SD", C, neg, "", "long sentence: narration + Blaha's accusation of the opposition; a Smer deputy speaker's partisan blame = the party (unsure: could be read as Slovakia, he chaired the sitting); 'opposition lawmakers' are several parties, target empty"))
U(d, "A Progressive Slovakia spokeswoman said that claim was false", "from the first minute.",
  ("Progressive Slovakia", N, neg, "", "denial ('that claim was false') = neutral, negative tone"))
U(d, "Deputy Prime Minister Tomas Taraba said late on Wednesday", "expected Fico to survive.",
  ("Slovakia", N, pos, "", "medical update with a hopeful tone, no appeal"))
U(d, "European Commission President Ursula von der Leyen called the shooting a despicable act", "a tool of politics.",
  ("European Union", C, neg, "", "two EU speakers in one sentence = one row; judgement of the attack, attacker not canonical -> target empty"))
U(d, "US President Joe Biden said he was disturbed by the reports", "provide help if asked.",
  ("United States", S, neu, "Slovakia", "disturbed + diplomats in contact and able to help if asked = offer of assistance (supporting); mixed tone -> neutral"))
U(d, "Russian President Vladimir Putin, in a telegram to Caputova", "the Kremlin said.",
  ("Russia", C, neg, "", "'a barbaric act' judgement + confidence in Fico's recovery; rule 1; Caputova is only addressed"))
U(d, "Ukrainian President Volodymyr Zelenskiy, whose country Fico's government", "political violence.",
  ("Ukraine", C, neg, "", "condemnation; Fico's government's aid halt is a possessive clause, not a Slovak statement"))
U(d, "Hungarian Prime Minister Viktor Orban, Fico's closest ally in the EU", "difficult hour.",
  ("Hungary", S, pos, "Slovakia", "prayers + 'stood with the Slovak people' = solidarity, no judgement word"))
U(d, "Czech Prime Minister Petr Fiala called the shooting abhorrent", "stand by its neighbour.",
  ("Czech Republic", C, neg, "", "'abhorrent' = judgement of the shooting"),
  ("Poland", S, pos, "Slovakia", "second actor in the sentence: solidarity with the neighbour (Warsaw = metonym)"))
U(d, "The leaders of Italy, Serbia, and Austria also condemned the attack.", "The leaders of Italy, Serbia, and Austria also condemned the attack.",
  ("Italy", C, neg, "", "Oxford-comma list: one row per listed state"),
  ("Serbia", C, neg, "", "same list"),
  ("Austria", C, neg, "", "same list"))
U(d, "NATO Secretary General Jens Stoltenberg said the alliance was shocked", "following the situation closely.",
  ("NATO", N, neg, "", "shock + monitoring, no judgement and no appeal = neutral, negative"))
U(d, "UN Secretary-General Antonio Guterres hoped that Slovakia's political leaders", "his spokesman said.",
  ("United Nations", T, pos, "", "hope that tensions ease = calling_for_talks; addressed to all Slovak political leaders (government and opposition) -> target empty"))
