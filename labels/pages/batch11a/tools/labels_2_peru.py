# ------------------------------------------------------------------ Peru: Castillo's ouster and the neighbours' reactions (Reuters-style wire, 2022-12-13)
d = "page_peru_castillo_wire.txt"
U(d, "The governments of Mexico, Argentina, Colombia and Bolivia said Pedro Castillo", "across the Andean nation.",
  ("Mexico", C, neg, "", "joint statement, list of four (no Oxford comma): one row each; 'hounded by anti-democratic forces' = accusation aimed at Peru's opposition/Congress (non-canonical -> target empty); dateline excluded"),
  ("Argentina", C, neg, "", "same joint statement"),
  ("Colombia", C, neg, "", "same joint statement"),
  ("Bolivia", C, neg, "", "same joint statement"))
U(d, "The four countries, all governed by leftists", "human rights and due process.",
  ("Mexico", T, neu, "Peru", "'The four countries' = the list above; appeal to respect the vote and guarantee rights, no judgement word in this sentence"),
  ("Argentina", T, neu, "Peru", "same"),
  ("Colombia", T, neu, "Peru", "same"),
  ("Bolivia", T, neu, "Peru", "same"))
U(d, "At least seven people have died in clashes", "fresh elections.",
  ("Peru", N, neu, "", "ombudsman's office = a Peruvian state body giving a toll = neutral figures (unsure whether an independent ombudsman should be its own actor)"))
U(d, "The government declared a state of emergency on Monday", "assembly and movement.",
  ("Peru", N, neu, "", "own measure at home, no side named = neutral"))
U(d, "Boluarte said on Monday she would ask Congress", "ahead of schedule.",
  ("Peru", N, neu, "", "surname only (Boluarte = president of Peru); plan"))
U(d, "\"I ask the country for calm", "in a televised address.",
  ("Peru", T, neu, "", "appeal for calm and a democratic way out = calling_for_talks"))
U(d, "Castillo, who is being held at a police base", "a usurpation.",
  ("Pedro Castillo", C, neg, "Peru", "the ousted president speaks for himself (independent person); accusation + 'usurpation' of Boluarte's government = Peru"))
U(d, "Mexican President Andres Manuel Lopez Obrador said on Tuesday", "his family stood.",
  ("Mexico", S, pos, "Pedro Castillo", "recognition of Castillo as leader + standing asylum offer = backing by act/offer"))
U(d, "\"They cooked up a legal pretext", "did not consider Boluarte's government legitimate.",
  ("Mexico", C, neg, "Peru", "judgement without stock words + refusal to recognise the new government in protest = condemning"))
U(d, "Lima had already summoned Mexico's ambassador, Pablo Monroy", "a domestic matter.",
  ("Peru", C, neg, "Mexico", "'Lima' = Peru; summoning an envoy + 'meddling' = judgement; 'Mexico's ambassador' is a possessive, not a speaker"))
U(d, "Foreign Minister Ana Cecilia Gervasi, who took office on Saturday", "to the letter.",
  ("Peru", N, neg, "", "rebuttal of the coup claim = denial: neutral, negative"))
U(d, "Colombian President Gustavo Petro wrote on Twitter", "lock him up.",
  ("Colombia", C, neg, "Peru", "leader on social media; accusation against Peru's political class and the jailing (target Peru: the state jailed him; unsure)"))
U(d, "Argentina's foreign ministry said it was following events with concern", "way out of the crisis.",
  ("Argentina", T, neu, "", "concern + hope for a peaceful way out = calling_for_talks (guide: hope)"))
U(d, "In La Paz, Bolivian President Luis Arce blamed", "elected by ordinary people.",
  ("Bolivia", C, neg, "", "'In La Paz' = place; blame on Peru's elites (non-canonical -> target empty)"))
U(d, "In Washington, State Department spokesman Ned Price said last week", "oppose any such move.",
  ("United States", C, neg, "Pedro Castillo", "'no basis in the constitution' + opposition to the act = judgement of Castillo's decree"))
U(d, "He credited Peruvian lawmakers with acting quickly", "the people of Peru.",
  ("United States", S, pos, "Peru", "'He' = Price; praise of Peru's Congress + standing with Peruvians = supporting"))
U(d, "The general secretariat of the Organization of American States said", "broke the constitutional order.",
  ("Organization of American States", C, neg, "Pedro Castillo", "OAS General Secretariat = OAS; judgement of the decree"))
U(d, "The European Union's diplomatic service said it was watching", "deeply alarming.",
  ("European Union", N, neg, "", "EEAS = EU; monitoring + 'would be deeply alarming' with no appeal = neutral, negative (guide)"))
