# ------------------------------------------------------------------ Indonesia's third round of executions under Widodo (international wire copy, 2016-07-29)
d = "page_indonesia_budiman_executions_wire.txt"
# Not statements: menu, section, time stamp, UPDATE headline, byline, read time, the three bullets, ADVERTISEMENT, crossheads,
# reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "Indonesia executed an Indonesian drug kingpin", "without giving a reason.",
  ("Indonesia", N, neu, "", "dateline excluded; lead: the state's own act (executions, halt) reported as done, no judgement = neutral; the UN/EU/governments' appeals are only named here, detailed below (no rows)"))
U(d, "Deputy Attorney General Noor Rachmad told reporters", "Michael Titus Igweh.",
  ("Indonesia", N, neu, "", "prosecutor's facts: who was executed"))
U(d, "\"The remaining ten will be handled at a later stage", "swept the prison island of Nusakambangan overnight.",
  ("Indonesia", N, neu, "", "plan for the remaining convicts + declining to give the reason; narration tail"))
# "The four men were led to a clearing ..." = narration (lawyers and clergy as sources, not actors), no row.
U(d, "Attorney General Muhammad Prasetyo said every legal avenue", "go soft on the narcotics trade.",
  ("Indonesia", N, neu, "", "defence of the state's own conduct (procedure exhausted, resolve); no judgement on another actor"))
U(d, "Foreign ministry spokesman Arrmanatha Nasir said on Thursday", "informed at each step.",
  ("Indonesia", N, neu, "", "procedure and reassurance"))
U(d, "\"We listen to our friends, and we ask them in turn", "weekly briefing in Jakarta.",
  ("Indonesia", N, neu, "", "polite rebuff of foreign appeals: no judgement, no appeal for talks (unsure: could be read as condemning the pressure)"))
U(d, "Presidential spokesman Johan Budi said", "read on its merits.",
  ("Indonesia", N, neu, "", "position unchanged + procedure for petitions"))
U(d, "The head of the National Narcotics Agency, Budi Waseso, said", "operating in the country.",
  ("Indonesia", N, neg, "", "state agency = Indonesia; warning aimed at smugglers (no actor) about the state's own measure; kept neutral as self-description, negative tone (unsure: a warning to criminals, not to a party)"))
U(d, "Pakistan, whose citizen Zulfiqar Ali was among those spared", "to commute his sentence.",
  ("Pakistan", T, neu, "Indonesia", "appeal for clemency by diplomatic means, no judgement = calling_for_talks (unsure)"))
U(d, "\"He has his life back for now", "told Meridian by telephone.",
  ("Pakistan", T, pos, "Indonesia", "ambassador = Pakistan; relief + commitment to diplomatic channels = calling_for_talks, positive"))
U(d, "Pakistan's foreign ministry had summoned Indonesia's ambassador", "a confession beaten out of him.",
  ("Pakistan", C, neg, "Indonesia", "summons in protest + accusation of a forced confession"))
# "In Lahore, relatives ... one cousin said." = unnamed relative, not an actor; no row.
U(d, "India's foreign ministry spokesman Vikas Swarup said", "with compassion.",
  ("India", T, neu, "Indonesia", "raised the case + appeal for compassion, no judgement"))
U(d, "Nigeria, which had three citizens on the list of 14, said it regretted", "gone unheard.",
  ("Nigeria", C, neg, "Indonesia", "'regretted' aimed at Jakarta's disregard of its pleas = judgement (guide: regrettable)"))
U(d, "\"We made our case respectfully and we made it many times,\"", "without delay.",
  ("Nigeria", N, neg, "", "unnamed spokesman of a named government; account of its own efforts + request for remains (procedure), no judgement"))
# "Senegal's embassy in Jakarta could not be reached for comment." = non-answer, no row.
U(d, "The U.N. High Commissioner for Human Rights, Zeid Ra'ad Al Hussein, had urged", "its own human rights commitments.",
  ("United Nations", C, neg, "Indonesia", "appeal + judgement ('a step backwards') -> rule 1"))
U(d, "\"Drug offences do not reach the threshold", "call for a moratorium.",
  ("United Nations", C, neg, "Indonesia", "OHCHR spokesman; executions for drug crimes held contrary to international law = judgement, with a repeated appeal (rule 1)"))
U(d, "The European Union said in a statement from its foreign policy service that it deplored", "ran against the right to life.",
  ("European Union", C, neg, "Indonesia", "'deplored' + right-to-life charge"))
U(d, "\"The EU will continue to urge Indonesia to bring back its moratorium", "the statement said.",
  ("European Union", T, neu, "Indonesia", "appeal for a moratorium, no judgement in this unit = calling_for_talks"))
U(d, "Australia, which withdrew its ambassador for several weeks", "made its objection known to Jakarta.",
  ("Australia", C, neg, "Indonesia", "disappointment at the resumption + objection conveyed = negative judgement of the act; the 2015 recall is a background clause"))
U(d, "Amnesty International said the authorities had broken Indonesian law", "before an execution.",
  ("Amnesty International", C, neg, "Indonesia", "accusation of breaking the law"))
U(d, "\"Families were called in the morning", "deputy director for Southeast Asia.",
  ("Amnesty International", C, neg, "Indonesia", "an Amnesty official speaks for Amnesty; judgement of the haste"))
U(d, "Teguh Santoso, a lawyer for two of the reprieved Nigerians, said", "on top of the first.",
  ("Teguh Santoso", C, neg, "Indonesia", "invented lawyer (person); judgement of the treatment of the ten"))
U(d, "Santoso said his team would file fresh clemency petitions on Monday.", "on Monday.",
  ("Teguh Santoso", N, neu, "", "surname only; plan"))
# "Indonesia has now put 18 people to death ..." and the 2015 recall sentence = background narration, no row.
U(d, "Dewi Anggraini, a criminologist at the Nusantara Institute", "case by case.",
  ("Dewi Anggraini", N, neu, "", "invented analyst; reading of the government's calculation, no judgement"))
U(d, "\"The government wants to look tough at home", "she said.",
  ("Dewi Anggraini", N, neu, "", "analysis of motives; no judgement or appeal"))
