# ------------------------------------------------------------------ Thailand's military coup, the day after (full HTML, regional Asian English-language daily, 2014-05-23)
d = "page_thai_coup_webpage.html"
U(d, "Thailand's military rulers on Friday summoned former prime minister Yingluck Shinawatra", "would be arrested.",
  ("Thailand", C, neg, "", "junta = its state (guide); summons with a warning of arrest = ultimatum/threat against opponents; many individuals of several camps -> target empty (unsure: the summons alone would be a neutral procedure)"))
U(d, "In a televised address on Thursday evening, army chief General Prayuth Chan-ocha", "the ballot box.",
  ("Thailand", N, neu, "", "justification of its own takeover + plan (reform before elections), no actor judged"))
U(d, "The junta, which calls itself the National Council for Peace and Order", "from 10pm to 5am.",
  ("Thailand", N, neu, "", "'The junta' = Thailand by context (guide: a junta speaks for its state); measures at home reported as done = procedure"))
U(d, "\"The armed forces have no wish to stay in power", "a spokesman for the council.",
  ("Thailand", N, pos, "", "multi-sentence quote closed by its speaker, introduced by role after the quote; reassurance about its own conduct = neutral, positive"))
U(d, "He rejected suggestions that the takeover had been planned for months", "at the Army Club.",
  ("Thailand", N, neg, "", "'He' = Winthai; denial = neutral, negative"))
U(d, "Pheu Thai, the party that led the ousted caretaker government", "back years.",
  ("Pheu Thai Party", C, neg, "Thailand", "the ousted government speaks as its party (it no longer holds office; the junta is now the state); judgement of the takeover without strong words"))
U(d, "It urged its supporters to avoid any confrontation with soldiers", "the chance to vote.",
  ("Pheu Thai Party", T, neu, "", "'It' = Pheu Thai; appeal to avoid confrontation, no judgement = calling_for_talks (addressed to its own supporters, target empty)"))
U(d, "The red-shirt United Front for Democracy Against Dictatorship", "by peaceful means.",
  ("United Front for Democracy Against Dictatorship", C, neg, "Thailand", "movement under its own name; announced resistance to military rule = rejection in protest; Jatuporn in the relative clause is only mentioned"))
U(d, "On Ratchadamnoen Avenue, Akanat Promphan, a spokesman for the People's Democratic Reform Committee", "go home.",
  ("People's Democratic Reform Committee", S, pos, "Thailand", "approval of the army's act ('had done what the caretaker government refused to do'); the swipe at the caretaker government is part of the same approval; the avenue is a place"))
U(d, "US Secretary of State John Kerry said the army's move could not be defended", "Thai armed forces.",
  ("United States", C, neg, "Thailand", "judgement ('could not be defended') + warning about ties; Bangkok and Washington = metonyms"))
U(d, "He called for the release of detained party leaders", "an early election.",
  ("United States", T, neg, "Thailand", "'He' = Kerry; demands with no judgement word in the sentence = calling_for_talks, negative (labels/README)"))
U(d, "The Pentagon put all cooperation with the Thai armed forces under review", "a spokesman said.",
  ("United States", C, neg, "Thailand", "Pentagon (and its unnamed spokesman) = US; review of military cooperation = a measure put in prospect (unsure: a review could be read as a neutral procedure)"))
U(d, "Japan's foreign minister, Fumio Kishida, said it was a matter of great regret", "democratic government quickly.",
  ("Japan", C, neg, "Thailand", "'great regret' at the army's act = judgement ('regrettable' cue) + appeal: rule 1"))
U(d, "Chief Cabinet Secretary Yoshihide Suga said Tokyo would watch events closely", "live in Thailand.",
  ("Japan", N, neu, "", "no state word: Japan by context; monitoring + consular care = neutral"))
U(d, "ASEAN Secretary-General Le Luong Minh said the grouping was following events closely", "the stability it needed.",
  ("ASEAN", T, pos, "", "'the grouping' = ASEAN; hope that stability returns = calling_for_talks (guide)"))
U(d, "Singapore's foreign ministry said it welcomed the calm", "refrain from violence.",
  ("Singapore", T, neu, "", "welcome + appeal to all sides with no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "In Beijing, foreign ministry spokesman Qin Gang said the situation was Thailand's internal affair", "to take care.",
  ("China", N, neu, "", "China by context (Beijing = place); 'internal affair' + travel advice, no judgement and no appeal = neutral; the possessive 'Thailand's' is not a speaker"))
U(d, "Stephane Dujarric, spokesman for UN Secretary-General Ban Ki-moon", "no political camp out.",
  ("United Nations", T, neg, "Thailand", "demand to hand power back + inclusive talks, no judgement word = calling_for_talks; 'the generals' = the junta = Thailand"))
U(d, "The UN human rights office in Geneva said it was alarmed", "political figures.",
  ("United Nations", N, neg, "", "OHCHR = United Nations; alarm without an appeal = neutral, negative"))
U(d, "In Brussels, a spokesman for EU foreign policy chief Catherine Ashton said the army had no business", "every side could trust.",
  ("European Union", C, neg, "Thailand", "'no business running the country' = judgement + demand: rule 1; Brussels = place"))
U(d, "The bloc would look again at its relations with Bangkok", "he added.",
  ("European Union", C, neg, "Thailand", "'The bloc' = EU; conditional threat to review ties and the partnership talks = measure put in prospect; 'he added' = the spokesman"))
