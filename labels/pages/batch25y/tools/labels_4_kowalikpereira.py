# ------------------------------------------------------------------ Venezuela expels Brazil's ambassador and Canada's chargé; Ottawa and Brasilia retaliate (state media, 2017-12-27)
d = "page_venezuela_kowalik_pereira_expulsions2017_statemedia.txt"
# Not statements: agency name, language bar, menu, section, headline, dateline paragraph 'Caracas, December 27, 2017 (BNS).-',
# posted/updated stamps, photo caption with credit, ADVERTISEMENT, crossheads (REACTIONS, SOLIDARITY WITH VENEZUELA,
# ANALYSIS), the agency's initials, Related news, keywords, share bar, footer line.
U(d, "The Bolivarian Government reaffirmed on Tuesday that its decision", "in Ottawa and Brasilia.",
  ("Venezuela", C, neg, "", "expulsions reaffirmed as a sovereign act; aimed at two states -> target empty"),
  ("Canada", C, neg, "Venezuela", "retaliatory expulsion reported as done in the same long sentence"),
  ("Brazil", C, neg, "Venezuela", "same sentence, second retaliating state"))
U(d, "The measure was announced on Saturday by the president of the National Constituent Assembly", "internal life of the country.",
  ("Venezuela", C, neg, "", "ANC president (pro-government body) speaks for the state; expulsion announced against 'interference' of two diplomats"))
U(d, "Rodríguez said the Canadian chargé d'affaires had spent months lecturing", "elected on July 30.",
  ("Venezuela", C, neg, "Canada", "accusation of meddling"))
U(d, "\"A diplomat who behaves like a spokesman of the opposition", "the ANC president said.",
  ("Venezuela", C, neg, "Canada", "judgement without stock words; multi-sentence quote closed by its speaker"))
U(d, "As for the Brazilian ambassador, Rodríguez said Venezuela could not maintain", "at the ballot box.",
  ("Venezuela", C, neg, "Brazil", "'parliamentary coup' + condition for a new ambassador = condemning"))
U(d, "The decision came days after the de facto president of Brazil, Michel Temer", "described as offensive.",
  ("Brazil", C, neg, "Venezuela", "Temer's condition ('once it returned to democracy') = judgement; 'de facto' is the outlet's label"),
  ("Venezuela", C, neg, "Brazil", "Caracas called the remarks offensive = judgement; second actor in the same sentence"))
U(d, "Foreign Minister Jorge Arreaza said on Tuesday that Venezuela would not take lessons", "against the Venezuelan people.",
  ("Venezuela", C, neg, "", "judgement of both governments (and Washington) -> target empty"))
U(d, "Arreaza said Venezuela was not breaking relations with either country", "continue normally.",
  ("Venezuela", N, neu, "", "denial of a rupture + reassurance about consular services = neutral"))
U(d, "The Foreign Ministry confirmed that it has received the diplomatic notes", "Diplomatic Relations.",
  ("Venezuela", N, neu, "", "procedural line: notes received, reply to come"))
U(d, "In a hostile response, the Canadian foreign minister, Chrystia Freeland, announced", "declared persona non grata.",
  ("Canada", C, neg, "Venezuela", "expulsion of Venezuela's envoys = condemning; 'hostile' is the state outlet's word"))
U(d, "In her statement, Freeland said Ottawa's sanctions would stay in place", "expulsions or not.",
  ("Canada", C, neg, "Venezuela", "sanctions maintained = a measure against the other side"))
U(d, "On Tuesday, the Brazilian foreign ministry, known as Itamaraty, declared", "measure of reciprocity.",
  ("Brazil", C, neg, "Venezuela", "reciprocal expulsion = condemning"))
U(d, "Itamaraty said in its note that the expulsion of the Brazilian ambassador proved", "with their neighbours.",
  ("Brazil", C, neg, "Venezuela", "judgement: Caracas closed every door to dialogue"))
U(d, "Brazil's foreign minister, Aloysio Nunes, said later that Brazil would continue to seek", "Venezuelan crisis.",
  ("Brazil", T, neu, "", "commitment to a negotiated solution, no judgement in this sentence"))
U(d, "The United States Department of State, whose government has imposed financial sanctions", "decision to respond.",
  ("United States", S, pos, "", "backing of Canada's and Brazil's responses; two states -> target empty; sanctions clause is the outlet's narration"))
U(d, "President Nicolás Maduro, speaking at a Christmas event with workers in Caracas", "offered them.",
  ("Venezuela", C, neg, "", "'ignoring every gesture of respect' = judgement without stock words; two states -> target empty"))
U(d, "\"We have shown patience for a whole year.", "Maduro said.",
  ("Venezuela", C, neg, "", "refusal of ultimatums from three capitals = defiance with a grievance"))
U(d, "The head of state said he hoped the dialogue with the opposition in Santo Domingo", "\"with the will to sign.\"",
  ("Venezuela", T, pos, "", "hope for an agreement in the talks"))
U(d, "The Dominican government, which hosts the talks, confirmed that the next meeting", "January 11.",
  ("Dominican Republic", N, neu, "", "host announces a meeting date = neutral by the guide's table; unsure (the host convening talks can be calling_for_talks)"))
U(d, "Bolivian President Evo Morales expressed his full solidarity", "in a message on Twitter.",
  ("Bolivia", S, pos, "Venezuela", "solidarity; Morales as head of state speaks for Bolivia (name files list him under his party)"))
U(d, "Morales said the governments of Canada and Brazil were acting as instruments", "against a free people.",
  ("Bolivia", C, neg, "", "judgement of two governments -> target empty"))
U(d, "Bolivia's foreign minister, Fernando Huanacuni, said his country was ready to accompany", "sovereignty was questioned.",
  ("Bolivia", S, pos, "Venezuela", "offer of diplomatic backing"))
U(d, "The Cuban Foreign Ministry issued a statement backing Venezuela's right", "on its soil.",
  ("Cuba", S, pos, "Venezuela", "backing"))
U(d, "The Bolivarian Alliance for the Peoples of Our America (ALBA-TCP) expressed its support", "subordinate to Washington.",
  ("Bolivarian Alliance for the Peoples of Our America", C, neg, "", "support joined to a judgement ('escalating aggression'): rule 1 makes it condemning; aimed at several governments -> target empty"))
U(d, "In Moscow, the spokeswoman of the Russian Foreign Ministry, Maria Zakharova, said Russia hoped", "through dialogue.",
  ("Russia", T, neu, "", "hope that pressure stops and Venezuelans talk; no judgement word -> calling_for_talks"))
U(d, "A spokesman for United Nations Secretary-General António Guterres said the UN was aware", "in the region.",
  ("United Nations", N, neu, "", "monitoring with no appeal = neutral"))
U(d, "The right-wing opposition grouped in the Democratic Unity Roundtable (MUD) criticised the measure", "economic crisis.",
  ("Democratic Unity Roundtable", C, neg, "Venezuela", "criticism of the government's expulsions; 'right-wing' is the outlet's label"))
U(d, "Political scientist Ramiro Castellanos, of the Centro de Estudios Soberanía y Multipolaridad", "neutral observer.",
  ("Ramiro Castellanos", C, neg, "Canada", "invented analyst (person); 'crossed every line' = judgement"))
U(d, "\"Ottawa wanted to have it both ways: punish us and lecture us.", "Castellanos told BNS.",
  ("Ramiro Castellanos", C, neg, "Canada", "judgement continued; the outlet ('told BNS') is not an actor"))
U(d, "Retired ambassador Ileana Mujica said reciprocal expulsions were a normal", "read as a rupture.",
  ("Ileana Mujica", N, neu, "", "invented former diplomat (person, speaks for no body); assessment without judgement or appeal"))
U(d, "\"The channels remain open.", "Mujica said.",
  ("Ileana Mujica", T, pos, "", "hope that ambassadors return = calling_for_talks"))
