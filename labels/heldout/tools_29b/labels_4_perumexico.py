# ------------------------------------------------------------------ Peru breaks relations with Mexico over asylum for Betssy Chavez (international wire copy, .txt, 2025-11-04)
d = "page_peru_mexico_chavez_wire.txt"
# No rows: agency menu, section, headline, byline, time line, read time, photo captions with "1 of 3" and credits,
# ADVERTISEMENT, capitals crossheads, "Related:", reporting/editing credits, "Our Standards", topics, newsletter, Most read, copyright.
U(d, "Peru broke off diplomatic relations with Mexico on Monday", "the ousted President Pedro Castillo.",
  ("Peru", C, neg, "Mexico", "dateline excluded; breaking relations = a measure against the other side; Mexico's grant of asylum in the subordinate clause is narration (its own statement has a row below)"))
U(d, "Foreign Minister Hugo de Zela told reporters in Lima that the government had found out", "the Mexican ambassador's residence.",
  ("Peru", N, neg, "", "role then name; facts of the case, displeasure but no judgement yet; Lima = place"))
U(d, "He said Mexico had crossed a line", "keep relations with Mexico City.",
  ("Peru", C, neg, "Mexico", "pronoun 'He' = de Zela; 'crossed a line', 'treated Peruvian politics as their business' = judgement; Lima inside the reported speech = Peru, Mexico City = Mexico as object"))
U(d, "In a statement later on Monday, Peru's foreign ministry said the break took effect immediately", "its own mission in Mexico City.",
  ("Peru", C, neg, "Mexico", "withdrawal of its own envoy as part of the break = a measure (recalled its envoy)"))
U(d, "Consular relations were not affected, the ministry added", "passports and visas.",
  ("Peru", N, neu, "", "attribution mid-sentence; facts"))
U(d, "President Jose Jeri wrote on X on Tuesday that the head of Mexico's diplomatic mission", "within a strict deadline.",
  ("Peru", C, neg, "Mexico", "expulsion of the Mexican charge d'affaires (role only) = a measure against the other side"))
U(d, "In a statement late on Monday, Mexico's foreign ministry said it had granted Chavez diplomatic asylum", "as much as on Mexico.",
  ("Mexico", N, neu, "", "own decision and its legal basis, no judgement"))
U(d, "The ministry said Mexico's door would stay open", "than let it escalate.",
  ("Mexico", T, pos, "Peru", "preference for talking it through with Lima (Peru as object) = calling_for_talks; protecting 'those hunted for their politics' is no explicit judgement of Peru"))
U(d, "Mexican President Claudia Sheinbaum said on Tuesday that Peru had badly overreacted", "within its rights to do so.",
  ("Mexico", C, neg, "Peru", "'badly overreacted' = judgement of Peru's measure, despite the concession"))
U(d, "Trade between the two countries would carry on as normal, she told her daily news conference", "formal notification of the break.",
  ("Mexico", N, neu, "", "attribution mid-sentence; facts"))
U(d, "Sheinbaum repeated her view that Castillo, who is in detention awaiting a verdict", "his wife and children in 2022.",
  ("Mexico", C, neg, "", "judgement aimed at 'a Peruvian establishment' (not the state as such) -> target empty (unsure: could be Peru)"))
U(d, "Asked whether Mexico would respond in kind, she said it would not", "the Mexican embassy in Quito last year.",
  ("Mexico", N, neu, "", "no counter-measure; the Ecuador raid and Quito are background objects"))
U(d, "Deputy Foreign Minister for North America Roberto Velasco, who appeared alongside her", "travel to Mexico.",
  ("Mexico", N, neu, "", "procedure: notification and request for safe conduct"))
U(d, "\"Under Article 4 of the Caracas Convention, it is the state granting asylum", "Velasco said.",
  ("Mexico", N, neu, "", "multi-sentence quote closed by the speaker; legal justification of own act"))
U(d, "He added that a 1967 U.N. General Assembly declaration made clear", "had no justification.",
  ("Mexico", C, neg, "Peru", "'no justification' = judgement of Peru's response; the UN declaration is cited, the UN is not a speaker"))
U(d, "Raquel Serur, deputy foreign minister for Latin America and the Caribbean, said", "the presumption of innocence.",
  ("Mexico", N, pos, "", "name then role; self-justification = neutral, positive"))
U(d, "A Mexican diplomat in Lima, speaking on condition of anonymity", "any deadline in writing.",
  ("Mexico", N, neu, "", "unnamed official of a named government speaks for it; fact"))
# No row: "Related: ..." link title
U(d, "De Zela hit back on Tuesday, accusing Mexico of dressing up", "Peru was a democracy.",
  ("Peru", C, neg, "Mexico", "accusation"))
U(d, "He said Peru's lawyers were examining Mexico's request for safe conduct", "no decision had been taken.",
  ("Peru", N, neu, "", "procedure"))
U(d, "Fernando Rospigliosi, the acting president of Peru's Congress, said lawmakers would vote", "Peru's constitutional order.",
  ("Peru", C, neg, "Mexico", "Congress = an organ of Peru; motion to declare the Mexican president persona non grata + accusation (Sheinbaum -> target Mexico)"))
U(d, "Peru's interior ministry said police had been posted around the ambassador's residence", "to guarantee security.",
  ("Peru", N, neu, "", "own measure, not aimed at the other side"))
U(d, "Chavez, who was released from pre-trial detention in September", "the victim of political persecution.",
  ("Betssy Chavez", N, neg, "", "the former prime minister as a person under her own name; denial = neutral, negative (her claim of persecution is part of the denial)"))
U(d, "Her lawyer, Raul Noblecilla, told local radio station RPP on Monday", "applied for asylum.",
  ("Raul Noblecilla", N, neu, "", "possessive 'Her lawyer' then name; a person under his own name; facts; RPP is not an actor"))
# No rows: "Prosecutors are seeking a 25-year prison sentence ..." (background on the case); the "A LONG-RUNNING FEUD" background
# paragraphs (Castillo, Lopez Obrador's refusal and Peru's 2022 expulsion narrated as background); the driver's testimony
# (unnamed witness).
U(d, "The General Secretariat of the Organization of American States said in a brief statement", "channels of communication open.",
  ("Organization of American States", T, neu, "", "appeal to both governments -> target empty"))
# No rows: the demonstrators outside the residence (unnamed); Mexico's asylum history (background); Jeri's background; "Analysts in Lima said ..." (unnamed).
