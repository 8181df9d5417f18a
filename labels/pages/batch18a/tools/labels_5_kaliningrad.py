# ------------------------------------------------------------------ Lithuania's transit restrictions on EU-sanctioned goods to Kaliningrad (live blog, scraped, 2022-06-21)
d = "page_kaliningrad_transit_liveblog.txt"
# no row: standfirst, key-point bullets, timestamps and entry headings
U(d, "Washington is firmly behind Lithuania", "at his daily briefing.",
  ("United States", S, pos, "Lithuania", "backing of an ally; 'Washington' = metonym as speaker, attribution tail"))
U(d, "Price dismissed the Russian warnings as noise", "little attention.",
  ("United States", C, neg, "Russia", "surname only; judgement without stock words"))
U(d, "He also thanked Vilnius for standing with the countries", "invasion of Ukraine.",
  ("United States", S, pos, "Lithuania", "'He' = Price; thanks/praise = supporting; Vilnius = metonym"))
U(d, "Russia's foreign ministry summoned the EU's ambassador, Markus Ederer", "according to a ministry statement.",
  ("Russia", C, neg, "European Union", "summons + 'illegal' + demand to reverse"))
U(d, "The EU's foreign affairs spokesperson, Peter Stano, said the bloc called on Moscow", "applying EU law.",
  ("European Union", T, neg, "Russia", "appeal to refrain from escalation, no explicit judgement (unsure); Moscow = metonym as addressee"))
U(d, "A senior EU official said the Commission was reviewing", "without giving a date.",
  ("European Union", N, neu, "", "unnamed official of a named body; procedure"))
# no row: ADVERTISEMENT, entry heading
U(d, "Latvia's foreign minister, Edgars Rinkevics, wrote on Twitter that he hoped Vilnius", "full solidarity.",
  ("Latvia", S, pos, "Lithuania", "a hope that an ally holds firm + solidarity = supporting (not an appeal for peace); Riga = metonym"))
U(d, "Estonian Prime Minister Kaja Kallas said Moscow was using Kaliningrad", "rather than concessions.",
  ("Estonia", C, neg, "Russia", "judgement of Russia's conduct; Moscow = metonym"))
U(d, "Foreign ministry spokeswoman Maria Zakharova told the RIA Novosti agency", "openly hostile.",
  ("Russia", C, neg, "Lithuania", "threat of consequences + 'openly hostile'; RIA Novosti is an agency, not an actor"))
# no row: "Related:" link
U(d, "Lithuanian Prime Minister Ingrida Simonyte said Moscow was the last capital", "broken agreements.",
  ("Lithuania", C, neg, "Russia", "judgement without stock words; Moscow = metonym"))
U(d, "\"Nobody is blockading anything.", "reporters in Vilnius.",
  ("Lithuania", N, neg, "", "multi-sentence quote closed by its speaker; denial of a blockade; Vilnius = place"))
U(d, "Nikolai Patrushev, secretary of Russia's Security Council, told a meeting", "would feel them.",
  ("Russia", C, neg, "Lithuania", "Russia's Security Council (not the UN's); threat of a response; Kaliningrad = place"))
U(d, "He accused Western governments of putting Vilnius up to it", "worthless.",
  ("Russia", C, neg, "", "accusation aimed at 'Western governments' (non-canonical) -> target empty"))
# no row: "Patrushev's visit had been planned ..., Russian agencies said." (agencies reporting a fact)
U(d, "German government spokesman Steffen Hebestreit said Berlin saw no grounds", "tone down its language.",
  ("Germany", C, neg, "Russia", "'no grounds for threats' = judgement + appeal (rule 1); Berlin = metonym"))
U(d, "Lithuanian Defence Minister Arvydas Anusauskas said the armed forces had seen", "since the weekend.",
  ("Lithuania", N, neu, "", "facts, no evaluation"))
# no row: "Analysts in Vilnius told us ..." (unnamed analysts; 'us' = the outlet)
U(d, "A NATO official said the alliance was following the situation closely", "Lithuanian authorities.",
  ("NATO", N, neu, "", "unnamed official of a named body; monitoring without an appeal"))
U(d, "The exclave's governor, Anton Alikhanov, said the region would move", "coming months.",
  ("Russia", N, neu, "", "regional governor resolves to his state; own plan"))
U(d, "Lithuanian Railways said freight trains carrying goods that are not under sanctions", "on schedule on Tuesday.",
  ("Lithuanian Railways", N, neu, "", "state railway company under its own name (new actor); facts"))
U(d, "Kaliningrad governor Anton Alikhanov said on Russian television on Monday night", "could still untangle.",
  ("Russia", T, neu, "", "diplomatic settlement still possible = calling_for_talks"))
U(d, "He estimated that 40 to 50 percent", "building materials.",
  ("Russia", N, neu, "", "'He' = Alikhanov; figures"))
# (no further unit in this entry)
U(d, "Speaking after a meeting of EU foreign ministers in Luxembourg on Monday", "how to apply the sanctions.",
  ("European Union", S, pos, "Lithuania", "backs Vilnius against the accusation; Luxembourg = place"))
U(d, "He rejected Russian talk of a blockade", "still crossing.",
  ("European Union", N, neg, "", "'He' = Borrell; denial on Lithuania's behalf"))
U(d, "Lithuanian Foreign Minister Gabrielius Landsbergis said the restrictions were not Lithuanian measures", "European Commission.",
  ("Lithuania", N, neu, "", "account of its own measures, no judgement"))
# no row: the "Explained" entry (the outlet's explainer; "a term Vilnius and Brussels reject" = summary of positions that have their own rows)
U(d, "On Monday, Russia's foreign ministry summoned Lithuania's charge d'affaires", "restored in full.",
  ("Russia", C, neg, "Lithuania", "summons + ultimatum"))
U(d, "Kremlin spokesman Dmitry Peskov said the move broke every rule in the book", "serious reply.",
  ("Russia", C, neg, "Lithuania", "judgement + announced response"))
U(d, "Konstantin Kosachev, deputy speaker of Russia's upper house", "international agreements.",
  ("Russia", C, neg, "Lithuania", "accusation of breaching agreements; Kosachev is an alias of Russia"))
U(d, "The state railway company Lithuanian Railways had told the Kaliningrad authorities", "across Lithuanian territory.",
  ("Lithuanian Railways", N, neu, "", "notice of a measure, procedure"))
# no row: "The goods include steel ..." and the Kaliningrad background (narration), "Show earlier updates", topics, most viewed
