# ------------------------------------------------------------------ Shooting of Senator Miguel Uribe Turbay at a rally in Modelia, Bogotá (Colombian outlet's English edition, full HTML, 2025-06-08)
d = "page_colombia_uribeturbay_modelia2025_andessite.html"
# Not statements: top bar, brand, nav, breadcrumb, kicker, headline, standfirst, byline, time, share bar, figcaptions with
# credits and "1 of 4", ADVERTISEMENT, crossheads, tags, newsletter prompt, related list, reader comments, most read, footer.
U(d, "Senator Miguel Uribe Turbay, a leading opposition candidate", "sent the gunman.",
  ("Colombia", C, neg, "", "long lead: narration + Petro's promise that the inquiry will reach whoever sent the gunman = threatened response to unknown perpetrators; the senator is the victim, not a speaker"))
# "The 39-year-old senator ... underwent emergency surgery." = narration (two sentences), no row.
U(d, "The attorney general's office said a 15-year-old boy had been arrested", "had been wounded.",
  ("Colombia", N, neu, "", "attorney general's office = state; facts"))
U(d, "Luz Marina Pardo, a 52-year-old resident who was standing near the platform", "from behind them.",
  ("Luz Marina Pardo", N, neu, "", "invented witness (person); facts of the scene"))
U(d, "\"Nobody understood what was happening until he fell,\" she said.", "she said.",
  ("Luz Marina Pardo", N, neg, "", "second sentence of the witness; description"))
U(d, "In a televised address late on Saturday, Petro said the attack was an assault", "armed and paid him.",
  ("Colombia", C, neg, "", "'assault on Colombian democracy' + pursuit of those who armed and paid the boy = judgement + threatened response; no named culprit"))
U(d, "\"I will not allow anyone to say that this state looked the other way,\" he said.", "he said.",
  ("Colombia", N, neu, "", "reassurance about the state's own conduct = neutral"))
U(d, "\"Every failure in the senator's protection will be examined", "will answer for it.\"",
  ("Colombia", N, neu, "", "quote carried into the next paragraph with no attribution = Petro; promise to examine own failures (aimed at the state's own officials, no named culprit) = neutral (unsure: 'will answer for it' could be read as a threat)"))
U(d, "Petro, who cancelled a planned trip to France, appealed to Colombians", "free of violence.",
  ("Colombia", T, neu, "", "appeal for calm and a campaign free of violence; the cancelled trip is narration in a relative clause"))
U(d, "Defence Minister Pedro Sánchez announced a reward of up to 3 billion pesos", "behind the attack.",
  ("Colombia", N, neu, "", "reward = procedure"))
U(d, "Sánchez described the shooting as a cowardly act", "with a microphone.",
  ("Colombia", C, neg, "", "surname only; judgement of the attack; attackers unnamed"))
U(d, "The National Protection Unit, the state agency responsible for bodyguards, denied reports", "in recent weeks.",
  ("Colombia", N, neg, "", "state agency = Colombia; denial = neutral, negative tone"))
U(d, "Bogotá Mayor Carlos Fernando Galán, who visited the hospital, said the city would pay", "wounded in the park.",
  ("Colombia", S, pos, "", "city official resolves to the state; aid to the wounded = supporting, beneficiaries not an actor -> target empty (unsure: could be neutral own conduct)"))
U(d, "The Democratic Center welcomed the swift arrest but said the government had ignored", "his protection.",
  ("Democratic Center", C, neg, "Colombia", "welcome joined to a judgement of the government: rule 1"))
U(d, "Former President Álvaro Uribe, the party's founder, was quoted by his press office", "were hunted down.",
  ("Álvaro Uribe", C, neg, "", "passive attribution via his press office; canonical person in the name files; negative judgement of the attack ('dragged back to the darkest years'), no named culprit"))
# "Miguel Uribe is the son of journalist Diana Turbay ..." and "The two Uribes are not related." = background, no row.
U(d, "U.S. Secretary of State Marco Rubio said in a statement that the attack was a threat", "of the Colombian government.",
  ("United States", C, neg, "Colombia", "blames the attack on rhetoric from the top of the Colombian government = judgement of Colombia"))
U(d, "The State Department said separately that Washington stood ready", "if asked.",
  ("United States", S, pos, "Colombia", "offer of help to Colombian investigators = backing by offer"))
U(d, "Colombian Foreign Minister Laura Sarabia rejected any suggestion", "within minutes.",
  ("Colombia", N, neg, "", "denial of responsibility (the suggestion is Rubio's) = neutral, negative tone"))
U(d, "Chile, Ecuador, Peru and Panama were among the governments that condemned", "on Saturday night.",
  ("Chile", C, neg, "", "list of four states: one row each; condemned the attack, culprit unknown"),
  ("Ecuador", C, neg, "", "same sentence"),
  ("Peru", C, neg, "", "same sentence"),
  ("Panama", C, neg, "", "same sentence"))
U(d, "Chilean President Gabriel Boric wrote that he hoped the senator would recover", "without fear.",
  ("Chile", T, pos, "", "hope for recovery and a campaign without fear = hope (talks)"))
U(d, "Brazil's foreign ministry expressed its solidarity", "to clarify the crime.",
  ("Brazil", S, pos, "Colombia", "solidarity with the family and the government + trust in its institutions"))
U(d, "The Argentine foreign ministry, for its part, blamed", "for the attack.",
  ("Argentina", C, neg, "", "blame without naming who tolerated the violence -> target empty (implicitly Colombian authorities, unsure)"))
U(d, "A spokesman for U.N. Secretary-General António Guterres said the Secretary-General strongly condemned", "full recovery.",
  ("United Nations", C, neg, "", "spokesman for the Secretary-General = United Nations; 'strongly condemned'"))
U(d, "The U.N. human rights office in Colombia called on the authorities to investigate", "the 2026 vote.",
  ("United Nations", T, neu, "Colombia", "appeal for an inquiry and protection of candidates, no judgement"))
U(d, "OAS Secretary General Albert Ramdin said political violence had no place", "respond with calm.",
  ("Organization of American States", C, neg, "", "'political violence had no place' = judgement of the attack + appeal for calm: rule 1 (unsure: a general principle, could be read as calling_for_talks)"))
U(d, "A European Union spokesperson said Brussels was following events in Bogotá with great concern.", "great concern.",
  ("European Union", N, neg, "", "Brussels = EU; concern without an appeal = neutral"))
U(d, "Sandra Quevedo Arango, a political analyst at the Bogotá-based Instituto de Estudios para la Democracia", "dangerously polarised.",
  ("Sandra Quevedo Arango", N, neg, "", "invented analyst (person); assessment of the climate, no target"))
U(d, "\"If the country reads this through the lens of left and right", "Quevedo said.",
  ("Sandra Quevedo Arango", N, neg, "", "surname only; risk warning, no appeal in this unit"))
U(d, "She said Petro and the opposition leaders should appear together", "than any reward.",
  ("Sandra Quevedo Arango", T, neu, "", "appeal for a joint gesture of calm between rivals"))
U(d, "The attorney general's office said investigators were examining", "by a criminal group.",
  ("Colombia", N, neu, "", "procedure"))
