# ------------------------------------------------------------------ Venezuela expels German ambassador Daniel Kriener (state news agency AVN, English service, 2019-03-07)
d = "page_venezuela_kriener_expulsion2019_statemedia.txt"
# Not statements: masthead, menu, breadcrumb, headline, time stamps, byline, photo caption, crossheads (THE HEAD OF STATE SPEAKS ...),
# ADVERTISEMENT, Related list, tags, copyright line.
U(d, "The Government of the Bolivarian Republic of Venezuela declared the ambassador", "belong to Venezuelans alone.",
  ("Venezuela", C, neg, "Germany", "dateline 'Caracas, 7 Mar. AVN.- ' excluded; expulsion of a diplomat = condemning (measure); the envoy stands for his state"))
# "The decision was made public in the afternoon through an official communiqué ..." = how the decision was published (the lead carries the act): no row.
U(d, "According to the communiqué, the conduct of the German envoy broke", "obliged to accept from a guest.",
  ("Venezuela", C, neg, "Germany", "passive attribution to the communiqué; judgement without a stock word (breach of the Convention, at the service of radical factions)"))
U(d, "The text added that the door remains open", "by political means.",
  ("Venezuela", T, neu, "", "conditional offer of relations + appeal for understanding by political means, no explicit judgement in this sentence (unsure: the condition implies reproach)"))
# "Kriener, 58, a career diplomat, arrived in Caracas in 2018 ..." = background, no row.
U(d, "\"A diplomat is a guest in the house that receives him", "on Wednesday evening.",
  ("Venezuela", C, neg, "Germany", "quote, attribution in the middle of the paragraph; judgement by image"))
U(d, "\"Berlin sent us an activist, and today we are sending him back.\"", "\"Berlin sent us an activist, and today we are sending him back.\"",
  ("Venezuela", C, neg, "Germany", "quote continued after the attribution, same speaker (Arreaza); Berlin = Germany as target"))
U(d, "The foreign minister said the ambassador had been reminded privately", "international law allows.",
  ("Venezuela", C, neg, "Germany", "speaker named by title only; reported clause: only the speaker's position counts"))
U(d, "Arreaza recalled that on Monday the German envoy had stood on the tarmac", "tour of several countries of the region.",
  ("Venezuela", C, neg, "Germany", "surname only; the recalled act is the grievance (the 'deputy in contempt' framing); the envoy's act is reported by Venezuela, not a German statement"))
U(d, "Germany was one of the European governments that on 4 February announced its recognition", "\"interim president\".",
  ("Germany", S, neu, "National Assembly of Venezuela", "recognition = backing by act, reported as done (background but specific); Guaidó = National Assembly of Venezuela (name files)"))
U(d, "The constitutional President of the Republic, Nicolás Maduro Moros, said on Wednesday night", "strict application of the law.",
  ("Venezuela", N, neu, "", "reassurance about one's own conduct (lawful, calm) = neutral; long state-media title"))
U(d, "\"Venezuela has never sent an ambassador to march in the streets of Berlin", "from any empire, old or new.",
  ("Venezuela", C, neg, "Germany", "'the Head of State'; demand for respect + refusal of 'guardians' = judgement of Germany's conduct"))
U(d, "\"We want good relations with the German people", "a dialogue among equals.\"",
  ("Venezuela", T, pos, "Germany", "speaker carried across the paragraph break (Maduro, no attribution); offer of dialogue, no judgement"))
U(d, "The President also said that the deputy who proclaimed himself head of state", "it considers appropriate.",
  ("Venezuela", C, neg, "National Assembly of Venezuela", "threat of prosecution = condemning"))
U(d, "Guaidó, who holds the Bolivarian Government responsible", "would not go unanswered.",
  ("National Assembly of Venezuela", C, neg, "Venezuela", "Guaidó = National Assembly of Venezuela; 'usurper' + promise of a response = condemning; the relative clause is his own charge too"))
U(d, "In Berlin, the Federal Minister for Foreign Affairs, Heiko Maas, called the expulsion", "carried by European agencies.",
  ("Germany", C, neg, "Venezuela", "judgement without stock words + recall of the envoy (measure); second-hand attribution tail"))
U(d, "The German minister also repeated that his government and its European partners would keep backing Guaidó", "principle of non-intervention.",
  ("Germany", S, neu, "National Assembly of Venezuela", "minister by adjective + title; backing"),
  ("Venezuela", C, neg, "Germany", "the appended clause is the Venezuelan government's judgement of the German stance (second actor in one sentence)"))
U(d, "A spokeswoman for the Federal Foreign Office limited herself to confirming", "before deciding how to respond.",
  ("Germany", N, neu, "", "procedural confirmation and consultations, no judgement"))
U(d, "An official of the German embassy in Caracas, quoted by the Spanish agency EFE, rejected", "physical safety of a politician.",
  ("Germany", N, neg, "", "unnamed official of a named government = Germany; denial of the charge = neutral, negative tone; EFE is not an actor"))
U(d, "From Brussels, a spokesperson for the High Representative of the European Union", "free and credible presidential elections.",
  ("European Union", C, neg, "Venezuela", "'regretted a measure' aimed at Venezuela = judgement; rule 1 over the appeal for elections"))
U(d, "In Washington, the State Department, whose spokesman Robert Palladino", "\"the former regime\".",
  ("United States", C, neg, "Venezuela", "passive second-hand attribution ('was quoted by US media as saying'); judgement; the relative clause about Palladino is the outlet's narration"))
U(d, "In a joint text released on Wednesday night, the governments of Colombia, Peru, Chile and Argentina", "solidarity with Germany.",
  ("Colombia", C, neg, "Venezuela", "joint statement by a list: one row per state; 'affront' judgement decides over solidarity (rule 1)"),
  ("Peru", C, neg, "Venezuela", "same joint statement"),
  ("Chile", C, neg, "Venezuela", "same joint statement"),
  ("Argentina", C, neg, "Venezuela", "same joint statement"))
# "Arreaza received the ambassador of the Russian Federation ... at the Yellow House" = meeting narration, no row.
U(d, "The two sides reviewed the state of strategic cooperation", "according to a note from the Foreign Ministry.",
  ("Russia", S, pos, "Venezuela", "'the two sides reviewed' is meeting narration (no row for Venezuela); the envoy's backing = Russia supporting"))
U(d, "In Moscow, the spokeswoman of the Russian Foreign Ministry, Maria Zakharova", "ask an envoy to leave.",
  ("Russia", S, neu, "Venezuela", "approval of the Venezuelan decision = supporting"))
U(d, "Zakharova added that certain Western embassies in Caracas", "behaving like embassies.",
  ("Russia", C, neg, "", "surname only; judgement aimed at 'Western embassies' (no canonical single target)"))
U(d, "Cuba's Minister of Foreign Affairs, Bruno Rodríguez Parrilla, conveyed the firm solidarity", "in defence of sovereignty.",
  ("Cuba", S, pos, "Venezuela", "solidarity and approval"))
U(d, "From La Paz, President Evo Morales was quoted by the Bolivian Information Agency", "think they are viceroys\".",
  ("Bolivia", C, neg, "Germany", "head of state = Bolivia; passive attribution via the state agency; backing of Venezuela phrased as a judgement of the envoys: rule 1 gives condemning (unsure: could be supporting Venezuela); target Germany (the expelled envoy)"))
U(d, "The governments of Mexico and Uruguay, promoters of the Montevideo Mechanism", "referring directly to the German case.",
  ("Mexico", T, neu, "", "list of two states: appeal for dialogue, no judgement"),
  ("Uruguay", T, neu, "", "same sentence, second state"))
U(d, "In Madrid, Spanish Foreign Minister Josep Borrell said the Spanish government viewed the expulsion with concern", "in contact with Berlin.",
  ("Spain", N, neg, "", "concern with no appeal = neutral, negative tone; contact with Berlin = procedure"))
U(d, "Borrell added that he hoped the episode would not close the few channels", "between Europe and Caracas.",
  ("Spain", T, pos, "", "hope for open channels = calling_for_talks"))
U(d, "Ernesto Lamberti, who teaches public international law", "in front of the cameras\".",
  ("Ernesto Lamberti", C, neg, "Germany", "invented independent scholar; explicit judgement of the German envoy"))
U(d, "The analyst Yolimar Urbáez, of the Caracas-based Centre for Studies of the South", "solidarity with Berlin.",
  ("Yolimar Urbáez", N, neu, "", "invented analyst; reading of the message + forecast, no judgement or appeal"))
