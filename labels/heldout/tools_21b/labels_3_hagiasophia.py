# ------------------------------------------------------------------ Hagia Sophia reconverted to a mosque (Turkish state media, Anadolu English style, 2020-07-11)
d = "page_hagia_sophia_anadolu.txt"
U(d, "Turkey on Saturday rejected foreign criticism of the reopening", "national sovereignty alone.",
  ("Turkey", N, neg, "", "lead: rejecting criticism = denial (neutral, negative); nobody named as the critic"))
U(d, "On Friday, the Council of State, Turkey's highest administrative court", "the conqueror of Istanbul.",
  ("Turkey", N, neu, "", "court ruling reported as done = a state procedure (neutral; unsure: could be read as narrative with no row)"))
U(d, "Hours later, President Recep Tayyip Erdogan signed a decree", "(Diyanet).",
  ("Turkey", N, neu, "", "own act reported as done, no evaluation"))
U(d, "Addressing the nation on Friday evening, Erdogan said the first Friday prayers", "in the Blue Mosque.",
  ("Turkey", N, pos, "", "quotation opened after a colon, left open at the paragraph end; plan + reassurance that all may visit = neutral, positive"))
U(d, "\"Hagia Sophia's new status is the choice of our nation.", "he said.",
  ("Turkey", N, neu, "", "quotation continued over the paragraph break, closed by 'he said' (= Erdogan); assertion of sovereignty, no actor judged"))
U(d, "Presidential spokesman Ibrahim Kalin told Anadolu Agency", "would be preserved.",
  ("Turkey", N, pos, "", "spokesman by role; reassurance about heritage (neutral, positive); the agency is the outlet, not an actor"))
U(d, "Kalin said those abroad who claimed to be defending the monument", "in their own countries.",
  ("Turkey", C, neg, "", "accusation of hypocrisy aimed at unnamed critics abroad -> target empty"))
U(d, "Responding to statements from Greece, Foreign Ministry spokesman Hami Aksoy said Athens", "lecture Turkey about heritage.",
  ("Turkey", C, neg, "Greece", "Athens = metonym; a rebuke without stock words ('the last capital entitled to lecture') = judgement"))
U(d, "Greek Culture Minister Lina Mendoni claimed that the decision", "orders of the president.",
  ("Greece", C, neg, "Turkey", "state-media framing ('claimed', 'alleged') does not change the label; judgement of the decision and the court"))
U(d, "Greek Prime Minister Kyriakos Mitsotakis said Athens condemned the move", "as well as with Greece.",
  ("Greece", C, neg, "Turkey", "condemnation + warning of a cost in EU relations (threat); Ankara = metonym"))
U(d, "Foreign Minister Nikos Dendias said he had briefed his EU counterparts", "EU foreign ministers.",
  ("Greece", N, neu, "", "procedure: briefing and an agenda request, no judgement in the sentence"))
U(d, "The Greek Cypriot administration also reacted, with its foreign minister, Nikos Christodoulides", "problems at home.",
  ("Cyprus", C, neg, "Turkey", "'Greek Cypriot administration' = Cyprus (name files); accusation of breaching obligations"))
U(d, "Greek Cypriot leader Nicos Anastasiades called the conversion an insult", "every international forum.",
  ("Cyprus", C, neg, "Turkey", "judgement ('an insult') + diplomatic response announced"))
U(d, "In Washington, State Department spokeswoman Morgan Ortagus said the United States regretted", "pilgrims of every faith.",
  ("United States", C, neg, "Turkey", "Washington = place; 'regretted' aimed at a decision = judgement (guide's 'regrettable'), expectation of access follows: rule 1 (unsure: mild wording)"))
U(d, "UNESCO, the UN's cultural agency, said its Director-General Audrey Azoulay", "World Heritage Convention required.",
  ("UNESCO", C, neg, "Turkey", "UNESCO is its own canonical actor; matter raised with the ambassador + accusation of failing to notify = judgement without strong words"))
U(d, "It asked Ankara to sit down with its experts", "the site's universal value.",
  ("UNESCO", T, neu, "Turkey", "pronoun 'It' = UNESCO; request for dialogue, no judgement"))
U(d, "The agency added that its World Heritage Committee would review", "when it next met.",
  ("UNESCO", N, neu, "", "'The agency' by context; review by its committee = procedure (unsure: could be read as a veiled threat)"))
U(d, "In a letter to Erdogan, the acting general secretary of the Geneva-based World Council of Churches", "asked him to reconsider.",
  ("World Council of Churches", T, neg, "Turkey", "sorrow + request to reconsider, no judgement word: an appeal to one side (talks, negative)"))
U(d, "Sauca wrote that the step would make it harder", "trust one another.",
  ("World Council of Churches", N, neg, "", "warning of consequences without an appeal = concern (neutral, negative)"))
U(d, "The Russian Orthodox Church also voiced regret, with its spokesman Vladimir Legoyda", "days earlier.",
  ("Russian Orthodox Church", C, neg, "Turkey", "church under its own name (not Russia); regret + 'had ignored the appeal' = judgement"))
U(d, "Palestinian resistance group Hamas welcomed the ruling", "could celebrate.",
  ("Hamas", S, pos, "Turkey", "welcome of Turkey's decision; the outlet's label for Hamas does not change the actor"))
U(d, "Hagia Sophia's return to worship had ended a longing of 86 years", "the Turkish nation.",
  ("Northern Cyprus authorities", S, pos, "Turkey", "possessive 'Hagia Sophia's' (a building) before the speaker; TRNC prime minister = Northern Cyprus authorities (name files); congratulations = supporting"))
U(d, "Democracy and Progress (DEVA) Party leader Ali Babacan, an opposition figure", "humanity's shared heritage.",
  ("Democracy and Progress Party", S, pos, "Turkey", "opposition party under its own name backing the government's decision (target Turkey)"))
