# ------------------------------------------------------------------ Burkina Faso orders French troops out (full HTML, West African English-language site, 2023-01-26)
d = "page_burkina_france_webpage.html"
U(d, "France will withdraw its special forces from Burkina Faso within a month", "based in the country.",
  ("France", N, neu, "", "lead with two actors: France's compliance announced = plan, no judgement"),
  ("Burkina Faso", C, neu, "France", "'the military government ... formally ended a 2018 accord' = an act reported as done: ordering foreign troops out is an expulsion, a measure against another side (condemning), told in procedural words (neutral tone)"))
U(d, "The ministry said the written notice of termination", "one month after receipt.",
  ("France", N, neu, "", "'the ministry' = French foreign ministry by context; receipt of the notice and when it takes effect = procedure"))
U(d, "\"France will respect what the agreement provides", "it said in a statement.",
  ("France", N, neu, "", "quote opened after a full stop in the same paragraph, closed by 'it said' = its own unit; compliance = neutral"))
U(d, "On Thursday the ministry added that it was recalling its ambassador", "relations with Burkina Faso.",
  ("France", N, neg, "Burkina Faso", "recall of its own envoy 'for consultations' with no protest stated in the sentence = neutral, negative tone (unsure: a recall is often read as a signal of displeasure)"))
U(d, "Ouagadougou had asked Paris earlier this month to replace Hallade", "the town of Koudougou.",
  ("Burkina Faso", C, neg, "France", "Ouagadougou = metonym for the junta; demanding the ambassador's replacement because it 'lost confidence in him' = a measure + judgement; Paris = addressee (no row)"))
U(d, "The junta of Captain Ibrahim Traoré wants the national army", "told national broadcaster RTB on Monday.",
  ("Burkina Faso", N, neu, "", "speaker introduced after the position (attribution tail); own security choice, no judgement of France"))
U(d, "\"What we are ending is the accord", "he said.",
  ("Burkina Faso", N, neu, "", "two-sentence quote closed by its speaker = one unit; reassurance that relations continue = neutral"))
U(d, "Asked about President Emmanuel Macron's request for clarification", "leaves no room for interpretation\".",
  ("Burkina Faso", N, neg, "", "a curt rebuff of Macron's request, no judgement word = neutral, negative; Macron's request is only mentioned here (possessive before the speaker, no France row)"))
U(d, "Macron had said on Sunday, at a news conference in Paris", "set out his position himself.",
  ("France", T, neg, "Burkina Faso", "surname after first mention; asking for clarification from Traoré, no judgement of the decision = calling_for_talks (README: demand for an explanation); 'muddled' describes the signals, not an act (unsure); Scholz only present (no row)"))
U(d, "He added that French soldiers had only ever been deployed", "they were not wanted.",
  ("France", N, neu, "", "'He' = Macron; account of France's own conduct, no judgement of Ouagadougou = neutral"))
U(d, "The French armed forces ministry said the unit would be reorganised", "where it would go.",
  ("France", N, neu, "", "plan for its own troops"))
U(d, "Russian Foreign Minister Sergei Lavrov, speaking to reporters in Eswatini", "in African countries' affairs as normal.",
  ("Russia", C, neg, "France", "accusation of interference aimed at Paris (metonym); Ouagadougou's decision only mentioned"))
U(d, "Russia, he added, did not meddle", "if they asked for it.",
  ("Russia", S, pos, "Burkina Faso", "'he' = Lavrov; self-description (neutral) + offer of counter-terrorism help = offer of assistance decides (supporting)"))
U(d, "In Washington, State Department spokesman Ned Price said", "Burkina Faso's to make.",
  ("United States", N, neu, "", "Washington = place; acknowledges a sovereign choice, no approval or judgement"))
U(d, "He warned, however, that bringing in Russia's Wagner Group", "since the mercenaries arrived there.",
  ("United States", C, neg, "Wagner Group", "'a serious mistake' + abuses against civilians = judgement of Wagner; Mali only a place here"))
U(d, "Ghana's President Nana Akufo-Addo alleged in December", "a claim Ouagadougou rejected.",
  ("Ghana", C, neg, "Burkina Faso", "an earlier specific allegation reported (a statement, not vague background)"),
  ("Burkina Faso", N, neg, "", "denial in the same sentence = neutral, negative"))
U(d, "In Bamako, Malian government spokesman Colonel Abdoulaye Maïga hailed", "shoulder to shoulder with its neighbour.",
  ("Mali", S, pos, "Burkina Faso", "praise of the decision + solidarity; Bamako = place"))
