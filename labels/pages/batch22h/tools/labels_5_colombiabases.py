# ------------------------------------------------------------------ US access to Colombian bases and UNASUR's Bariloche summit (Venezuelan state media, 2009-08-29)
d = "page_colombiabases_statemedia.txt"
U(d, "The heads of state of the Union of South American Nations closed", "offered to Washington.",
  ("Union of South American Nations", T, neg, "", "dateline excluded; long lead: the declaration's principle is aimed at no named actor = an appeal (guide: 'opposes any escalation' aimed at no one), unsure"),
  ("Venezuela", C, neg, "United States", "same sentence: Chávez's accusation about the bases' 'real purpose' = condemning"))
U(d, "The declaration instructs the bloc's foreign and defence ministers", "outside the region.",
  ("Union of South American Nations", T, pos, "", "ministers' meeting + confidence measures = calling_for_talks"))
U(d, "As pro tempore president of UNASUR, Ecuadorian President Rafael Correa opened", "a common text.",
  ("Union of South American Nations", T, neu, "", "Correa as chair, at the summit, in its name = UNASUR (guide), not Ecuador"))
U(d, "Reading passages aloud, the Bolivarian leader told the summit", "against drug trafficking.",
  ("Venezuela", C, neg, "United States", "'the Bolivarian leader' = Chávez; accusation that the bases serve continental reach"))
U(d, "\"This is not about cocaine.", "looking toward the Colombian delegation.",
  ("Venezuela", C, neg, "Colombia", "multi-sentence quote closed by the speaker; 'whoever signs it' = Colombia by context"))
# "The revelation left the room silent ..., according to officials present." : the outlet's framing + unnamed officials, no row
U(d, "Venezuela froze its relations with Bogotá on July 28", "as long as the threat persists.",
  ("Venezuela", C, neg, "Colombia", "measures taken against another side (freeze, import substitution) = condemning"))
U(d, "Foreign Minister Nicolás Maduro told NB on his return to Caracas", "Maduro said.",
  ("Venezuela", T, neg, "Colombia", "demand for the text (transparency) with no judgement word = calling_for_talks, negative; two sentences, one speaker, the quote closed by 'Maduro said'"))
U(d, "Vice President and Defence Minister Ramón Carrizález said", "Zulia and Táchira states.",
  ("Venezuela", N, neu, "", "own troop deployments and exercises as facts = neutral"))
U(d, "Ecuadorian President Rafael Correa, whose country broke relations with Bogotá", "a danger for the whole region.",
  ("Ecuador", C, neg, "Colombia", "here Correa speaks for Ecuador (his country's quarrel with Bogotá), not as chair; judgement of the pact"))
U(d, "Bolivian President Evo Morales said the bases were part of an old plan", "from the continent.",
  ("Bolivia", C, neg, "United States", "accusation ('Washington's tutelage') + proposal; rule 1"))
# "For the revolutionary government, the summit confirmed ..." : the state outlet's own line, no row
U(d, "Brazilian President Luiz Inácio Lula da Silva asked Bogotá to put in writing", "South American presidents.",
  ("Brazil", T, neu, "Colombia", "request for guarantees + proposed meeting with Obama = calling_for_talks"))
U(d, "\"Brazil shares more than 1,600 kilometres of jungle border with Colombia.", "Lula said.",
  ("Brazil", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Colombian President Álvaro Uribe defended the agreement", "in Colombian hands.",
  ("Colombia", N, pos, "", "defence of its own agreement + reassurance = neutral"))
U(d, "He accused the Venezuelan government of tolerating FARC camps", "terrorist organisations.",
  ("Colombia", C, neg, "Venezuela", "pronoun subject = Uribe; accusation"))
# "The Colombian president, who toured seven South American capitals ..." : the outlet's narration, no row
U(d, "Colombian Foreign Minister Jaime Bermúdez told reporters after the session", "nothing to hide.",
  ("Colombia", T, pos, "", "commits to attend the ministers' meeting = calling_for_talks (guide); 'nothing to hide' = reassurance"))
U(d, "Peru's President Alan García, the only head of state", "fight against drug trafficking.",
  ("Peru", S, pos, "Colombia", "backing Colombia's right to choose = supporting"))
U(d, "In Washington, State Department spokesman Ian Kelly repeated on Friday", "became public.",
  ("United States", N, neg, "", "denial (no US bases, not aimed at third countries) = neutral, negative; 'a formula ...' is the outlet's framing"))
U(d, "Secretary of State Hillary Clinton had described Colombia on August 18", "the cartels and the FARC.",
  ("United States", S, pos, "Colombia", "praise of a partner + backing of its fight = supporting"))
U(d, "Venezuelan political scientist Alberto Yánez, director of the Caracas-based", "did not have before.",
  ("Alberto Yánez", N, neu, "", "independent analyst; assessment"))
U(d, "\"For the first time South America has a forum", "Yánez said.",
  ("Alberto Yánez", N, neg, "", "multi-sentence quote on risks (border incident), no judgement"))
U(d, "He said the Colombian government had behaved with", "by negotiating the pact in secret.",
  ("Alberto Yánez", C, neg, "Colombia", "explicit judgement ('contempt for its neighbours')"))
U(d, "Ellen Parr, a U.S. researcher who studies security cooperation", "capped by U.S. law.",
  ("Ellen Parr", N, neu, "", "independent researcher; facts about the agreement; 'told NB' = the outlet"))
U(d, "\"What it changes is the infrastructure and the duration.", "Parr said.",
  ("Ellen Parr", T, neg, "", "multi-sentence quote: risk analysis ending in an appeal to Washington and Bogotá to publish the text and invite the neighbours = calling_for_talks; two addressees -> target empty"))
# Captions, Related, tags, share, subscription prompt, most read: never statements.
