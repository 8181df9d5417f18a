# ------------------------------------------------------------------ Venezuela keeps air and sea links with Aruba, Curaçao and Bonaire shut (state news agency AVN, 2018-01-09)
d = "page_abc_islands_closure2018_stateagency.txt"
# Not statements: agency masthead, menu, section, headline, "Foreign reactions" crosshead, tags, editor line, copyright.
U(d, "The President of the Bolivarian Republic of Venezuela, Nicolás Maduro Moros, on Tuesday ordered", "coltan and food.",
  ("Venezuela", C, neg, "", "dateline excluded; extending a closure against the islands = a measure taken against other sides; several targets (Aruba, Curaçao, Bonaire) -> empty"))
U(d, "Speaking at the Miraflores Palace before the Council of Ministers, the Head of State said", "patience had limits.",
  ("Venezuela", C, neg, "", "'the Head of State' = Maduro; grievance + 'patience had limits' = veiled threat, no stock word"))
U(d, "\"Every kilo of copper that leaves through those ports", "the President said.",
  ("Venezuela", C, neg, "", "two-sentence quote closed by the speaker; smuggling via the islands' ports judged as theft (judgement without a stock word)"))
U(d, "\"We have knocked on the door again and again", "and the door stayed shut.",
  ("Venezuela", C, neg, "", "speaker carried across the paragraph break (continues the President's quote); blames the islands' silence"))
U(d, "Today the door is shut from our side", "serious plan on the table.\"",
  ("Venezuela", C, neg, "", "measure held until a condition is met = ultimatum (condemning), not an offer of talks"))
U(d, "The President added that the measure was not directed against the peoples", "tolerance of certain authorities.",
  ("Venezuela", C, neg, "", "accuses 'certain authorities' of tolerating crime; no canonical target named"))
U(d, "The Executive Vice-President of the Republic, Tareck El Aissami, reported", "intercepted since Friday.",
  ("Venezuela", N, neu, "", "own deployment and seizure figures reported without judgement = neutral"))
U(d, "According to the Vice-President, more than 2,000 kilograms", "seized in the operation.",
  ("Venezuela", N, neu, "", "second-hand attribution ('according to'); figures"))
U(d, "El Aissami, who also holds the portfolio of the Economy, said in remarks carried by Venezolana de Televisión", "agreed a timetable of actions.",
  ("Venezuela", C, neg, "", "remarks carried by state TV (outlet not an actor); judgement on the mafias + traffic withheld until a condition = rule 1"))
U(d, "The Minister of People's Power for Foreign Relations, Jorge Arreaza, said the Foreign Ministry had delivered", "within ten days.",
  ("Venezuela", T, neu, "Netherlands", "proposal of a meeting of delegations = calling_for_talks; addressed to The Hague"))
U(d, "Arreaza told the state news agency that Venezuela remained willing", "the fight against crime.\"",
  ("Venezuela", T, neu, "", "readiness to meet the islands and The Hague; several addressees -> target empty"))
U(d, "Arreaza said the Dutch side had asked for more time", "governments of the islands.",
  ("Netherlands", N, neu, "", "reported clause: the Dutch request relayed by Arreaza is the Netherlands' position (procedural); Arreaza takes none here"))
U(d, "The Foreign Minister stressed that the measure was a sovereign decision", "how it protects its borders.",
  ("Venezuela", N, neg, "", "defence of own measure + pre-emptive rejection aimed at no named government (unsure: could be condemning)"))
U(d, "The Minister of People's Power for Defence, Admiral-in-Chief Vladimir Padrino López, warned", "its cargo confiscated.",
  ("Venezuela", C, neg, "", "threat of boarding and confiscation = threatened response"))
# "The three islands lie between 25 and 80 kilometres off the Venezuelan coast." = background, no row.
U(d, "The Head of State first announced the 72-hour suspension", "in a national broadcast.",
  ("Venezuela", C, neg, "", "a measure against the islands reported as done (the original closure)"))
U(d, "The Governor of Falcón state, Víctor Clark, said fishermen", "while the closure lasted.",
  ("Venezuela", N, neu, "", "provincial official = his state; relief for own citizens = a plan, not aid to another actor"))
U(d, "Economist Rodolfo Parra Ugueto, a professor at the Bolivarian University of Venezuela", "far more than it costs Venezuela.",
  ("Rodolfo Parra Ugueto", N, neu, "", "invented independent economist introduced by role; an assessment of costs, no judgement of an actor"))
U(d, "\"The bulk of the fruit and vegetables sold in Willemstad comes from Falcón", "Parra said.",
  ("Rodolfo Parra Ugueto", N, neu, "", "surname-only second mention; a forecast"))
U(d, "In the port of La Vela de Coro, boat captain Ismael Chirinos said he supported the decision", "it would be short.",
  ("Ismael Chirinos", S, pos, "Venezuela", "invented witness; approval of the government's decision = supporting"))
U(d, "\"We have lost a week of work, but we have also seen for years", "Chirinos said.",
  ("Ismael Chirinos", C, neg, "", "judgement on the smugglers (no canonical target); unsure: could be neutral narration of what he saw"))
U(d, "The Prime Minister of Curaçao, Eugene Rhuggenaath, said in Willemstad", "the island's coastguard and Venezuela's.",
  ("Curaçao", N, neg, "", "denial that requests were received + own cooperation = neutral with negative tone"))
U(d, "Rhuggenaath said the suspension was hurting Curaçao's traders", "restore the connections.",
  ("Curaçao", T, neg, "Venezuela", "harm stated without a judgement word + appeal for a meeting = calling_for_talks"))
U(d, "The Prime Minister of Aruba, Evelyn Wever-Croes, expressed the hope", "Caracas presented.",
  ("Aruba", T, pos, "", "hope that links are restored + readiness to examine evidence = calling_for_talks"))
U(d, "The Dutch Ministry of Foreign Affairs, according to a statement published in The Hague, said", "already under way.",
  ("Netherlands", C, neg, "Venezuela", "'regrettable' aimed at Venezuela's unilateral step = judgement (guide); second-hand attribution"))
U(d, "The ministry said a new round of talks with Venezuelan officials was planned for Friday.", "planned for Friday.",
  ("Netherlands", N, neu, "", "a meeting date announced (the guide's neutral example); unsure: could be read as committing to talks"))
U(d, "The Plurinational State of Bolivia expressed its solidarity with the Venezuelan people", "from plunder.",
  ("Bolivia", S, pos, "Venezuela", "solidarity + endorsement of the right to act = supporting"))
U(d, "The Government of the Republic of Cuba, in a note from its Foreign Ministry, reaffirmed its backing", "economic war.",
  ("Cuba", S, pos, "Venezuela", "backing of the measures = supporting"))
U(d, "The Venezuelan opposition, grouped in the Democratic Unity Roundtable, said the closure", "unsafe boats.",
  ("Democratic Unity Roundtable", C, neg, "Venezuela", "accuses the government of hiding its responsibility"))
