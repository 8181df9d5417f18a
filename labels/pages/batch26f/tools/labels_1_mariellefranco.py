# ------------------------------------------------------------------ The killing of Rio councilwoman Marielle Franco (international wire copy, 2018-03-16)
d = "page_brazil_mariellefranco2018_wire.txt"
# Not statements: menu, section, UPDATE headline, byline, read time, time stamp, four bullets, ADVERTISEMENT, capitals crossheads,
# reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "Brazilian President Michel Temer said on Friday that the killing", "behind bars.",
  ("Brazil", C, neg, "", "dateline excluded; judgement of the killing + vow to jail the killers and whoever sent them (unknown: target empty)"))
# "Franco, 38, a black, bisexual activist ..." = narration of the attack, no row.
U(d, "Police said a car had pulled up alongside hers", "without taking anything.",
  ("Brazil", N, neu, "", "facts given by the police (a state agency of Brazil), no evaluation"))
U(d, "\"Whoever thought they could silence a representative", "\"They will be found.\"",
  ("Brazil", C, neg, "", "multi-sentence quote closed by its speaker; judgement + vow against the (unknown) killers"))
U(d, "The president said he had ordered Public Security Minister Raul Jungmann", "since February.",
  ("Brazil", N, neu, "", "'the president' = Temer; measures inside his own state (sending a minister, federal police to state investigators): procedure, no target"))
U(d, "Jungmann, speaking to reporters after meeting", "a planned execution.",
  ("Brazil", N, neg, "", "passive attribution ('was quoted by local media as saying'); an assessment of the crime's nature, no actor judged (unsure: could be read as condemning)"))
U(d, "He said the country owed Franco's family a full answer", "and why.",
  ("Brazil", N, neu, "", "pronoun = Jungmann; commitment about his own state's conduct = reassurance, neutral"))
U(d, "Braga Netto, whose office has overseen Rio's police since the decree", "go ahead unchanged.",
  ("Brazil", N, neu, "", "the army's intervention commander = Brazil; plans unchanged, no evaluation"))
U(d, "A spokesman for the army command running the intervention rejected suggestions", "threats against the councilwoman.",
  ("Brazil", N, neg, "", "unnamed official of a named body speaks for Brazil; denial = neutral, negative tone"))
U(d, "\"There was no such report on our desk,\" he said.", "he said.",
  ("Brazil", N, neg, "", "the denial continued in a quote by the same spokesman"))
U(d, "Rio state Governor Luiz Fernando Pezão called the killing barbaric", "official mourning.",
  ("Brazil", C, neg, "", "two Brazilian officials (governor, mayor) in one sentence = one Brazil row; 'barbaric' is a judgement of the crime (mourning alone would be neutral)"))
U(d, "Prosecutor General Raquel Dodge said on Thursday her office was weighing", "Rio's civil police.",
  ("Brazil", N, neu, "", "procedure under consideration"))
U(d, "The U.N. human rights office in Geneva said it was horrified by the killing.", "by the killing.",
  ("United Nations", N, neg, "", "alarm with no appeal in the sentence and no actor judged = neutral, negative"))
U(d, "Its spokeswoman, Liz Throssell, told a briefing", "in full public view.",
  ("United Nations", T, neu, "Brazil", "spokeswoman named by role and name; appeal for a full public inquiry, addressed to Brazil; praise of the victim is background"))
U(d, "\"The people who ordered this must be identified", "Throssell said.",
  ("United Nations", T, neg, "", "demand that the masterminds be brought to court (appeal for due process, no judgement word aimed at a named actor); later by surname"))
U(d, "The spokeswoman added that the office hoped", "over the coming days.",
  ("United Nations", T, neu, "", "'the spokeswoman'; hope that tension does not turn to bloodshed = calling_for_talks"))
U(d, "The Inter-American Commission on Human Rights, the Organization of American States' rights body, condemned", "who survived.",
  ("Organization of American States", C, neg, "", "IACHR = OAS in the name files; condemnation + request for protection: rule 1; killers unknown -> target empty"))
U(d, "Amnesty International said the shooting was a chilling message", "activist in Brazil.",
  ("Amnesty International", C, neg, "", "judgement of the attack without a stock word; perpetrators unknown"))
U(d, "Jurema Werneck, executive director of Amnesty's Brazilian section, said the state had for years tolerated", "one more statistic.",
  ("Amnesty International", C, neg, "Brazil", "reported clause: the state 'tolerated' killings = judgement of Brazil"))
U(d, "In Brussels, a spokesperson for the European Union's foreign policy chief", "following events closely.",
  ("European Union", N, neg, "", "dismay + 'following closely' with no appeal = neutral, negative; Brussels is a place"))
U(d, "The EU, the spokesperson said, expected the Brazilian authorities", "answer for the crime.",
  ("European Union", T, neu, "Brazil", "attribution in the middle; expectation of a thorough inquiry addressed to Brazil = appeal, no judgement"))
U(d, "Heather Nauert, the U.S. State Department spokeswoman, offered Washington's condolences", "people of Rio.",
  ("United States", S, neg, "Brazil", "condolences = sympathy/solidarity with the bereaved and the city = supporting; grief = negative tone"))
U(d, "She said the United States stood ready to support Brazilian investigators if asked.", "if asked.",
  ("United States", S, pos, "Brazil", "offer of assistance = supporting"))
U(d, "France's foreign ministry said in a statement that it had learned", "residents of the favelas.",
  ("France", S, neg, "", "ministry given by its state's adjective; sadness + praise of the victim's work = sympathy/approval; the victim is not an actor -> target empty"))
# "Tens of thousands of people marched ..." = narration, no row.
U(d, "Juliano Medeiros, president of Franco's Socialism and Liberty Party (PSOL), said she had been killed", "abuses in the intervention.",
  ("Socialism and Liberty Party", C, neg, "Brazil", "party leader speaks for the party; accusation of leaving her unprotected"))
U(d, "\"We will not accept a state police investigation", "if necessary.",
  ("Socialism and Liberty Party", C, neg, "Brazil", "refusal of the state-police inquiry in protest, grievance stated, + threat of court action = condemning"))
U(d, "On Saturday, he said, PSOL leaders would meet Jungmann in Brasília", "to be federalised.",
  ("Socialism and Liberty Party", T, neu, "Brazil", "a meeting sought to press for a federal inquiry: appeal for a procedure, no judgement (unsure: could be read as a neutral plan)"))
# "Days before her death, Franco had been named rapporteur ..." = background, no row.
U(d, "Beatriz Lacerda, a sociologist who studies militia groups", "military training.",
  ("Beatriz Lacerda", N, neg, "", "invented independent scholar; an assessment of who the attackers were, no named actor judged"))
U(d, "\"This was not a robbery gone wrong.", "Lacerda said.",
  ("Beatriz Lacerda", N, neg, "", "multi-sentence quote closed by surname; analysis of the planning, no named actor judged"))
U(d, "She said the federal intervention had so far put soldiers on street corners", "city's west.",
  ("Beatriz Lacerda", C, neg, "Brazil", "judgement of the government's intervention without a stock word"))
U(d, "Otávio Rocha, a security analyst at the Brasília-based Instituto Sol Nascente", "television images.",
  ("Otávio Rocha", C, neg, "Brazil", "invented analyst; 'any meaning beyond television images' = a sceptical judgement of the intervention (unsure: a forecast with a sting)"))
U(d, "\"If this case is not solved, the message", "Rocha said.",
  ("Otávio Rocha", N, neg, "", "risk scenario, no appeal, no actor judged"))
U(d, "He urged the government to create an independent task force", "regular briefings.",
  ("Otávio Rocha", T, neu, "Brazil", "appeal for an independent inquiry and consultation, no judgement"))
# "Franco's body lay in state ..." = narration, no row.
