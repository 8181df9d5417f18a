# ------------------------------------------------------------------ Kuwait expels the Philippine ambassador (Gulf state news agency, 2018-04-26)
d = "page_kuwait_philippines_envoy2018_gulfagency.txt"
# Not statements: masthead, language bar, menu, breadcrumb, headline (carries Kuwait's position), time stamp, print/share bar,
# [Photo] captions with credits and "1 of 3", ADVERTISEMENT, crossheads, the "(end)" sign-off, Related News, Most Read, footer.
U(d, "Kuwait's decision to declare the Philippine ambassador persona non grata", "said on Thursday.",
  ("Kuwait", C, neg, "Philippines", "dateline excluded; expulsion defended with a judgement ('warnings ... went unheeded')"))
U(d, "Speaking to reporters on the sidelines of a diplomatic reception", "announced on Wednesday.",
  ("Kuwait", N, neu, "", "sequence of procedural steps given as facts (summons, protests); no new judgement in the sentence (unsure: summons are measures)"))
U(d, "\"What the embassy did was not a rescue", "he added.",
  ("Kuwait", C, neg, "Philippines", "two-sentence quote closed by its speaker; 'behind the backs of our security services' = accusation"))
U(d, "The Deputy Foreign Minister stressed at the same time that the door to Manila remained open", "as the Philippine side was.",
  ("Kuwait", T, pos, "Philippines", "speaker by role only; openness to sign the workers' agreement = offer of talks"))
U(d, "\"Hundreds of thousands of Filipinos live and work among us in safety", "will remain so.\"",
  ("Kuwait", N, pos, "", "speaker carried across a paragraph break with no attribution; reassurance about Kuwait's own conduct = neutral, positive tone"))
U(d, "Al-Jarallah also voiced Kuwait's gratitude to its sister Gulf states", "since Wednesday.",
  ("Kuwait", S, pos, "Gulf Cooperation Council", "thanks for backing = supporting; 'sister Gulf states' read as the GCC members (unsure: target could be left empty)"))
U(d, "The ministry's statement of Wednesday had described the staff's conduct", "called home for consultations.",
  ("Kuwait", C, neg, "Philippines", "judgement + recall of the ambassador (a taken measure)"))
U(d, "A Kuwaiti security source told KSNA that four Filipinos", "its diplomatic staff.",
  ("Kuwait", C, neu, "Philippines", "unnamed source of a named state; detentions and warrants against embassy staff = measures, told as facts (neutral tone)"))
U(d, "A foreign ministry official rejected a claim made in Manila", "no such undertaking had been given.",
  ("Kuwait", N, neg, "", "unnamed official of the Kuwaiti ministry; a denial = neutral, negative tone"))
U(d, "National Assembly Speaker Marzouq Al-Ghanim said the government had acted", "gone on far too long.",
  ("Kuwait", C, neg, "Philippines", "approval of his own government (self-praise, neutral) joined to a judgement of Manila's campaign: rule 1"))
# "The row began in February, when President Rodrigo Duterte halted ..." = background narration, no row.
U(d, "Gulf Cooperation Council Secretary-General Dr Abdullatif bin Rashid Al-Zayani expressed", "General Secretariat in Riyadh.",
  ("Gulf Cooperation Council", S, pos, "Kuwait", "'according to a statement issued by'; backing of a member's measures"))
U(d, "Dr Al-Zayani said the embassy's conduct had overstepped", "expected to tolerate it.",
  ("Gulf Cooperation Council", C, neg, "Philippines", "judgement without a stock word of the embassy's conduct"))
U(d, "The Kingdom of Bahrain, the United Arab Emirates and the Kingdom of Saudi Arabia", "support for Kuwait's decision.",
  ("Bahrain", S, pos, "Kuwait", "list of three states: one row each; 'carried by their official news agencies' (agencies are no actors)"),
  ("United Arab Emirates", S, pos, "Kuwait", "same sentence, second state"),
  ("Saudi Arabia", S, pos, "Kuwait", "same sentence, third state"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit telephoned", "thanked him for the stance.",
  ("Arab League", S, pos, "Kuwait", "conveys support by a call"),
  ("Kuwait", S, pos, "Arab League", "the Foreign Minister's thanks in the same sentence = second row"))
U(d, "In Manila, the Philippine Department of Foreign Affairs said it had conveyed its objection", "earlier in the week.",
  ("Philippines", C, neg, "Kuwait", "formal objection by diplomatic note = protest; implies broken assurances"))
U(d, "The department said Althwaikh had been recalled", "before he could be summoned.",
  ("Philippines", N, neu, "", "'the department' by context; a fact"))
U(d, "Foreign Secretary Alan Peter Cayetano, who had apologised on Tuesday", "talks on the workers' agreement.",
  ("Philippines", T, pos, "Kuwait", "no retaliation + wish to return to talks = calling_for_talks; the apology clause is background"))
U(d, "Presidential spokesman Harry Roque said Duterte would announce", "on his return home.",
  ("Philippines", N, neu, "", "spokesperson by role; announcement of a plan"))
U(d, "Roque added that Manila hoped the quarrel would not undo", "protections for its workers.",
  ("Philippines", T, pos, "", "spokesperson now by surname; a hope = calling_for_talks"))
U(d, "Labour Secretary Silvestre Bello III was quoted by the Philippine News Agency", "while the dispute lasted.",
  ("Philippines", C, neg, "Kuwait", "passive attribution; keeping the deployment ban as long as the dispute lasts = a measure (unsure: could be read as protection of workers, neutral)"))
U(d, "Villa, in brief remarks to Philippine reporters in Kuwait", "declined to say more.",
  ("Philippines", N, neu, "", "the expelled ambassador defends his embassy's conduct: no judgement of Kuwait = neutral"))
U(d, "Dr Abdulaziz Al-Rashidi, a professor of international law", "explaining its own.",
  ("Abdulaziz Al-Rashidi", N, neu, "", "invented scholar; legal explanation, no judgement"))
U(d, "He said the episode should push both governments", "workers and employers alike.",
  ("Abdulaziz Al-Rashidi", T, pos, "", "appeal to both governments to sign the agreement"))
U(d, "Teresita Manalo, who heads the Filipino Workers' Welfare Circle", "whatever happened to the ambassadors.",
  ("Teresita Manalo", T, neg, "", "invented community leader; fear + appeal to both governments = calling_for_talks"))
