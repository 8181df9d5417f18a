# ------------------------------------------------------------------ Attempt on Vice President Fernández de Kirchner's life (Casa Rosada press release, full HTML, 2022-09-02)
d = "page_argentina_cfk_recoleta_attack2022_presidency.html"
# Not statements: top bar, brand, nav, breadcrumb, kicker, headline, time/author line, figcaptions (with "1 of 3"),
# crossheads, ADVERTISEMENT slot, tags, share bar, related list, footer.
# The Vice President is Argentina; the attacker (not canonical, no statement) makes every condemnation's target empty.

U(d, "President Alberto Fernández described the attempt on the life", "since 1983.",
  ("Argentina", C, neg, "", "judgement of the attack without a stock word; attacker not canonical -> target empty"))
U(d, "In a national broadcast shortly before midnight, the President reported", "had not fired.",
  ("Argentina", N, neu, "", "facts of the attack given by the President"))
U(d, "The head of State declared Friday, 2 September, a public holiday", "of the Vice President.",
  ("Argentina", S, pos, "", "measure in support of democratic life and of the Vice President (own state's official) = backing by act; target empty"))
U(d, "\"Hatred poured out from screens and platforms does not stay there", "the President said.",
  ("Argentina", C, neg, "", "judgement of hate speech as the cause of violence; no named actor"))
U(d, "He asked the courts to act swiftly, and also to guarantee the physical safety of the detainee.", "of the detainee.",
  ("Argentina", T, neu, "", "appeal for a swift, lawful investigation (as a demand for an inquiry)"))
U(d, "Security Minister Aníbal Fernández said the suspect", "custody of the Federal Police.",
  ("Argentina", N, neu, "", "facts of the arrest"))
U(d, "The minister added that the Vice President's protection detail", "from top to bottom.",
  ("Argentina", N, neu, "", "plan; 'the minister' carried from the previous paragraph"))
# "Federal judge María Eugenia Capuchetti ... ordered the pistol ... sent for forensic examination" = procedural narration, no row.
U(d, "At the morning briefing, presidential spokesperson Gabriela Cerruti said", "in the days ahead.",
  ("Argentina", T, neu, "", "spokesperson by role; appeal to every political force to calm the tone"))
U(d, "Foreign Minister Santiago Cafiero reported that by Friday morning", "international organisations.",
  ("Argentina", N, neu, "", "figure"))
U(d, "From Mexico, President Andrés Manuel López Obrador sent his embrace", "against an adversary.",
  ("Mexico", C, neg, "", "solidarity + judgement of the attack: rule 1 (explicit negative judgement) decides"))
U(d, "Chile's President Gabriel Boric telephoned the Vice President", "of the Chilean people.",
  ("Chile", S, pos, "Argentina", "call of solidarity = backing by act"))
U(d, "Colombian President Gustavo Petro, Bolivian President Luis Arce and Peruvian President Pedro Castillo", "messages to the Vice President.",
  ("Colombia", S, pos, "Argentina", "list of three leaders: one row per state; solidarity"),
  ("Bolivia", S, pos, "Argentina", "same sentence"),
  ("Peru", S, pos, "Argentina", "same sentence"))
U(d, "The Venezuelan and Cuban governments issued statements rejecting the attack", "into turmoil.",
  ("Venezuela", C, neg, "", "rejecting the attack + Caracas's reading of its aim"),
  ("Cuba", C, neg, "", "rejecting the attack (the 'meant to throw' clause is Caracas's only)"))
U(d, "Spanish Prime Minister Pedro Sánchez wrote that Spain stood beside Argentina", "its Vice President.",
  ("Spain", S, pos, "Argentina", "solidarity"))
U(d, "In Washington, Secretary of State Antony Blinken said the United States deplored", "rejecting political violence.",
  ("United States", C, neg, "", "'deplored' the attempt = judgement (solidarity joined: rule 1); Washington = place"))
U(d, "The Secretary General of the Organization of American States, Luis Almagro, expressed his solidarity", "thorough investigation.",
  ("Organization of American States", T, neu, "Argentina", "solidarity joined to an appeal for an investigation, no judgement: rule 2 before rule 3 (unsure: could be supporting)"))
U(d, "United Nations Secretary-General António Guterres, through his spokesperson, expressed relief", "united and in calm.",
  ("United Nations", T, pos, "", "hope for calm and unity = calling_for_talks"))
U(d, "The European Union's High Representative, Josep Borrell, wrote that the Union condemned", "come out of it stronger.",
  ("European Union", C, neg, "", "condemnation of the attack + confidence: rule 1"))
U(d, "Former Brazilian President Luiz Inácio Lula da Silva, the Workers' Party candidate", "shared work for the region.",
  ("Workers' Party", S, pos, "Argentina", "Lula held no office: speaks as his party's candidate; personal message of affection = solidarity"))
# "On Friday afternoon the President received representatives of human rights organisations ..." = meeting narration, no row.
U(d, "Sociologist Julieta Arrieta Gómez, who coordinates a programme monitoring hate speech", "tripled during August.",
  ("Julieta Arrieta Gómez", N, neu, "", "invented scholar; figures"))
U(d, "Arrieta said the attack was \"the foreseeable outcome", "without any cost\".",
  ("Julieta Arrieta Gómez", C, neg, "", "judgement of a climate of impunity; no named actor"))
U(d, "Diego Ferreyra, a 52-year-old schoolteacher who was standing a few metres", "took him away.",
  ("Diego Ferreyra", N, neu, "", "invented witness; account of what happened"))
U(d, "\"We came to look after her, and we ended up looking after democracy,\" Ferreyra said.", "Ferreyra said.",
  ("Diego Ferreyra", N, pos, "", "about the supporters' own conduct = self-praise, neutral with positive tone (unsure: could be supporting)"))
U(d, "The main opposition coalition, Juntos por el Cambio, said in a statement", "establish the facts quickly.",
  ("Juntos por el Cambio", C, neg, "", "'repudiated' the attack = condemning; attacker not canonical"))
# "Supporters had gathered outside the building every evening ..." = background narration, no row.
U(d, "Cerruti later said the Vice President had spent the day at home", "receiving visitors.",
  ("Argentina", N, neu, "", "spokesperson later by surname only; facts"))
U(d, "Interior Minister Eduardo de Pedro said the Government would invite the leaders", "against political violence.",
  ("Argentina", T, neu, "", "convening all parties to a commitment against violence = the host of talks (calling_for_talks)"))
