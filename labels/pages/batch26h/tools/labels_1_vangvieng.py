# ------------------------------------------------------------------ Vang Vieng methanol poisoning deaths (wire copy, 2024-11-23)
d = "page_laos_vangvieng_methanol2024_wire.txt"
# Not statements: outlet menu, UPDATE headline, byline, read time, time stamp, the four bullets, ADVERTISEMENT, capitals
# crossheads, reporting credits, Related Coverage, Our Standards, tags, most read, copyright.
U(d, "The government of Laos said on Saturday it was deeply grieved", "from Australia and Europe.",
  ("Laos", N, neg, "", "dateline excluded; lede: grief + pledge that the unnamed supplier will answer in court = own procedure, no actor judged (unsure: the pledge could read as a warning); 'sharp questions from Australia and Europe' is a summary clause, no row (the body carries each)"))
# "The victims, two Danish women, ..." = narration of the deaths, no named source, no row.
U(d, "In a statement posted on the website of the Ministry of Foreign Affairs", "had been contaminated.",
  ("Laos", N, neg, "", "sympathy to the families (not an actor) + police procedure = neutral, tone of grief"))
U(d, "\"The police have been instructed to follow every lead", "the statement said.",
  ("Laos", N, neg, "", "own law enforcement; warning aimed at unnamed culprits, no actor = neutral"))
U(d, "Tourist police in Vang Vieng detained the Vietnamese manager", "none had been charged.",
  ("Laos", N, neu, "", "tourist police = Laos; detention of hostel staff reported as done, no judgement; KPL = agency reporting, not an actor"))
U(d, "Australian Prime Minister Anthony Albanese told parliament on Thursday", "in a Bangkok hospital.",
  ("Australia", N, neg, "", "grief + announcement of a death = facts from an actor, sad tone"))
U(d, "\"We will not let this rest until the families have the answers they deserve,\" Albanese said", "at the highest levels in Vientiane.",
  ("Australia", T, neg, "Laos", "pressing for answers / an inquiry, no judgement word = calling_for_talks (demands for an inquiry, as in batch5c); Vientiane = place"))
U(d, "Foreign Minister Penny Wong said in a statement that Canberra expected", "until they did.",
  ("Australia", T, neu, "Laos", "reported clause: Wong (Australia) asks Laos for a full inquiry shared with the families = appeal, no judgement; Canberra = metonym"))
U(d, "Wong said consular staff had been with both families", "throughout the week.",
  ("Australia", N, neu, "", "surname only; consular help to own citizens = fact, no actor supported"))
U(d, "A spokesperson for the Department of Foreign Affairs and Trade said embassy officers", "of the police inquiry.",
  ("Australia", N, neu, "", "procedural diplomatic step (request for information), no appeal for a course, no judgement"))
U(d, "Britain's Foreign Office said it was supporting the family of Simone White", "in contact with the Lao police.",
  ("United Kingdom", N, neu, "", "consular support for a national's family + contact = procedural"))
U(d, "Foreign Secretary David Lammy was quoted as saying", "of what happened.",
  ("United Kingdom", T, neu, "Laos", "passive attribution ('was quoted as saying'); raised with Laos + families owed an accounting = appeal for an inquiry, no judgement"))
U(d, "Denmark's foreign ministry confirmed the deaths of two young Danish women", "helping their relatives.",
  ("Denmark", N, neg, "", "confirmation of deaths + consular help = facts"))
U(d, "The ministry said in a written reply to questions", "every step.",
  ("Denmark", N, neu, "", "'the ministry' = Denmark's, carried from the previous paragraph; will follow the inquiry and asked to be informed = procedural"))
U(d, "The U.S. State Department confirmed the death of an American citizen", "out of respect for the family.",
  ("United States", N, neu, "", "confirmation + consular help + no further comment = neutral"))
U(d, "New Zealand's foreign ministry updated its travel advice for Laos", "laced with methanol.",
  ("New Zealand", N, neg, "", "travel warning = fact/plan, no actor judged; warning tone"))
U(d, "Thailand's foreign ministry, whose hospitals treated several of the victims", "Nikorndej Balankura.",
  ("Thailand", S, pos, "Australia", "condolences to another state's families = solidarity (supporting Australia)"))
U(d, "Nikorndej said Thai doctors had done everything they could.", "everything they could.",
  ("Thailand", N, neu, "", "surname only; account of own doctors' efforts = self-description"))
# "Methanol, a cheap industrial alcohol, ..." = background, no row.
U(d, "\"This is not a freak event;", "Asia-Pacific Travel Health Institute in Melbourne.",
  ("Rachel Henning", C, neg, "", "invented scholar; judgement without a stock word on 'the authorities in the region' (not one canonical actor -> target empty)"))
U(d, "Henning urged Laos and its neighbours to work together", "before more lives were lost.",
  ("Rachel Henning", T, neg, "", "appeal for joint action addressed to several states -> target empty"))
U(d, "Jonas Lindqvist, a Swedish backpacker who said he had stayed", "after the news spread.",
  ("Jonas Lindqvist", N, neu, "", "invented witness; fact"))
U(d, "\"Nobody here blames the Lao people", "Lindqvist told Meridian by telephone.",
  ("Jonas Lindqvist", C, neg, "", "judgement of the bars and of the missing checks (no canonical actor -> target empty); the outlet is not an actor"))
# "Laos, a one-party communist state, ..." = background, no row.
U(d, "A Lao tourism official in Vientiane, who declined to be named", "had already fallen.",
  ("Laos", N, neg, "", "an unnamed official of a named government speaks for it; figure-like fact"))
U(d, "The government statement said Laos would continue to welcome visitors", "in tourist areas.",
  ("Laos", N, pos, "", "plans + reassurance about own conduct = neutral, positive tone"))
U(d, "He said Britain had offered to send forensic specialists", "if Vientiane wanted them.",
  ("United Kingdom", S, pos, "Laos", "'He' = Lammy, carried across the paragraph break; offer of technical assistance to Laos = supporting (backing by act)"))
U(d, "Foreign Minister Lars Lokke Rasmussen told broadcaster DR", "to see the world.",
  ("Denmark", N, neg, "", "grief, no appeal, no judgement = neutral, negative tone"))
U(d, "Vietnam's embassy in Vientiane said it was following the case", "for consular access.",
  ("Vietnam", N, neu, "", "procedural consular request on behalf of its citizen"))
