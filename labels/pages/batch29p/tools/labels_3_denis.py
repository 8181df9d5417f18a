# ------------------------------------------------------------------ Paraguay: EPP kidnapping of former vice-president Óscar Denis (national daily, full HTML, 2020-09-11)
d = "page_paraguay_denis_kidnapping2020_nationaldaily.html"
# Not statements: top bar, masthead, menu, breadcrumb, kicker, headline (carries the government's position: no row), standfirst,
# byline, captions, ADVERTISEMENT, crossheads (one quotes the minister: no row), Related, tags, share, comments, most read, footer.
U(d, "The Executive will not release imprisoned leaders", "leading the search.",
  ("Paraguay", N, neg, "", "'the President of the Republic' by title (national paper); refusal of the exchange with no judgement in this sentence = neutral (consistent with the Costa Rica no-ransom line)"))
U(d, "\"The Paraguayan State does not sit at a table with those who kidnap and kill", "in the departmental capital.",
  ("Paraguay", C, neg, "Paraguayan People's Army", "'the head of state'; refusal + judgement ('those who kidnap and kill')"))
U(d, "The president said the operation to find Denis, 74,", "over the weekend.",
  ("Paraguay", C, neg, "Paraguayan People's Army", "announced operation and reinforcements against the group = condemning (guide: announced operation)"))
U(d, "He asked the people of Concepción to cooperate with the security forces", "considered suspicious.",
  ("Paraguay", N, neu, "", "appeal to own citizens to cooperate with police; not a peaceful-course appeal = neutral (unsure)"))
# "Denis, who served as vice-president ... was seized on Wednesday ..." and "His pick-up was found ..." = narration, no row.
U(d, "The interior minister said on Thursday morning that the abduction was above all a message", "a well-known figure at will.",
  ("Paraguay", N, neg, "", "minister by title only; reading of the group's motive, no judgement word (unsure: could be condemning)"))
U(d, "According to the minister, the pamphlets demand the release", "forty communities in the north.",
  ("Paraguayan People's Army", C, neg, "Paraguay", "the group's position reported by the minister (guide: position of X reported by Y is X's); ransom demand for prisoners = ultimatum = condemning (unsure)"))
U(d, "\"The family is free to decide what it does with its own resources;", "the minister said.",
  ("Paraguay", N, neg, "", "refusal of the group's demand stated as final, no judgement word = neutral (unsure)"))
U(d, "The minister rejected the idea, raised by opposition senators,", "two girls were killed.",
  ("Paraguay", N, neg, "", "rejection of an interpretation = denial = neutral, negative"))
U(d, "\"The forces acted within the law in a confrontation that the group itself started,\"", "investigating that incident.",
  ("Paraguay", C, neg, "Paraguayan People's Army", "defence of own forces + blame of the group for the clash = judgement on the EPP"))
U(d, "The commander of the Joint Task Force (FTC) said in a written report", "around the ranch.",
  ("Paraguay", N, neu, "", "the army speaks for its state; operational facts, no judgement"))
U(d, "The vice-president, for his part, visited the Denis family", "all the support of the State.\"",
  ("Paraguay", S, pos, "", "visit + promise of support to the family (not an actor) = backing by act; target empty"))
U(d, "The Senate approved a declaration on Thursday repudiating the abduction", "a failure after twelve years.",
  ("Paraguay", C, neg, "", "parliament resolves to its state; repudiation of the kidnapping + judgement of the Executive's strategy: two targets (EPP, own government) -> empty"))
U(d, "Denis's party, the Authentic Radical Liberal Party (PLRA), held the government responsible", "press conference in Asunción.",
  ("Authentic Radical Liberal Party", C, neg, "Paraguay", "party is an actor; 'held responsible' = judgement"))
U(d, "Former president Federico Franco, under whom Denis served, asked the kidnappers", "governed by fear.",
  ("Federico Franco", T, neg, "Paraguayan People's Army", "former president speaks as himself, not for the state; appeal for release, no judgement word = calling_for_talks"))
U(d, "The United States embassy in Asunción condemned the kidnapping", "against criminal groups.",
  ("United States", C, neg, "Paraguayan People's Army", "condemnation + support for Paraguay: the judgement decides (rule 1); target the group"))
U(d, "In a brief note, the European Union delegation said it hoped", "to their families soon.",
  ("European Union", T, pos, "", "hope for a safe return = calling_for_talks (guide: hopes)"))
U(d, "The Brazilian foreign ministry offered Paraguay intelligence cooperation", "the ministry's Americas desk.",
  ("Brazil", S, pos, "Paraguay", "state by adjective; offer of assistance = supporting; diplomatic sources are only the channel"))
U(d, "Argentina's government, which last week asked Asunción for a full explanation", "has not commented on the kidnapping.",
  ("Argentina", T, neg, "Paraguay", "the earlier request for an explanation reported as done = demand for a clarification, no judgement (calling_for_talks, unsure); the non-comment gets nothing"))
U(d, "In Buenos Aires, the Argentine human rights secretariat repeated on Thursday", "without cover-ups.\"",
  ("Argentina", T, neg, "Paraguay", "demand for clarification; 'without cover-ups' warns but accuses no one explicitly -> rule 2 (re-checked in the random draw; was condemning)"))
U(d, "The Inter-American Commission on Human Rights said it was following events", "with concern.",
  ("Organization of American States", N, neg, "", "IACHR = OAS body; concern with no appeal = neutral"))
U(d, "Néstor Acosta Riveros, a security analyst at the Asunción Centre for Strategic Studies, said", "schools, roads and courts.",
  ("Néstor Acosta Riveros", C, neg, "Paraguay", "invented analyst; judgement of the State's strategy without a stock word"))
U(d, "\"A small armed group survives because the State only arrives in a uniform,\"", "Acosta said.",
  ("Néstor Acosta Riveros", C, neg, "Paraguay", "surname only; criticism of the State"))
U(d, "He said the government should nevertheless keep its refusal", "every public figure in the north.",
  ("Néstor Acosta Riveros", S, neu, "Paraguay", "approval of the government's refusal = supporting"))
U(d, "In Yby Yaú, the town's parish priest, Father Ignacio Benítez Ruffinelli, led a prayer", "let them go.",
  ("Ignacio Benítez Ruffinelli", T, neg, "Paraguayan People's Army", "invented local voice; appeal to the captors to release, no judgement"))
U(d, "\"Whoever holds them, let them remember they are fathers and sons too,\"", "the priest said.",
  ("Ignacio Benítez Ruffinelli", T, neg, "Paraguayan People's Army", "'the priest'; appeal to the captors' humanity"))
# "Mendoza's father told reporters ..." = unnamed relative (not named), no row.
