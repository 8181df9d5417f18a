# ------------------------------------------------------------------ Jamaica's compulsory acquisition of PDVSA's Petrojam stake (Venezuelan state agency, English service, 2019-02-23)
d = "page_venezuela_jamaica_petrojam2019_statemedia.txt"
# Not statements: agency name, menu, language bar, section, headline, dateline/time stamps, [PHOTO n of 3] captions with credits,
# ADVERTISEMENT, crossheads, Related, tags, share bar, subscribe prompt, most read, copyright. The agency (PB) is not an actor.
U(d, "The Government of the Bolivarian Republic of Venezuela on Saturday rejected the law", "pressure from Washington.",
  ("Venezuela", C, neg, "", "rejection of the law + 'dispossession' + blame on Washington: two actors judged -> target empty"))
U(d, "In a communiqué read to the press at the Yellow House by Foreign Minister Jorge Arreaza", "for two decades.",
  ("Venezuela", C, neg, "Jamaica", "the law 'violated' the agreement = judgement of Jamaica's act; the Yellow House is a place"))
U(d, "\"Venezuela put its oil and its capital at the service of Jamaica", "the communiqué said.",
  ("Venezuela", C, neg, "Jamaica", "multi-sentence quote closed by 'the communiqué said'; 'takes what is not its own' = judgement of Jamaica ('the North' only named in passing)"))
U(d, "The foreign minister said Venezuela would defend the assets", "suffered by PDVSA.",
  ("Venezuela", C, neg, "Jamaica", "'the foreign minister'; threat of arbitration + holding Jamaica responsible"))
U(d, "Arreaza added that Caracas was still willing to sit down with Kingston", "application of the law.",
  ("Venezuela", T, neu, "Jamaica", "conditional offer of talks (README: conditional offers are calling_for_talks); Caracas/Kingston = metonyms"))
U(d, "Oil Minister and PDVSA President Manuel Quevedo, in remarks carried by Venezolana de Televisión", "PetroCaribe agreement.",
  ("Venezuela", N, neu, "", "'in remarks carried by' state TV = attribution to Quevedo, not the channel; history/facts"))
U(d, "He said PDVSA's lawyers had been instructed to take every step", "company's shares.",
  ("Venezuela", C, neg, "Jamaica", "legal response announced against Jamaica's act = a taken response (unsure: could be read as neutral procedure)"))
U(d, "\"They want to erase the history of PetroCaribe", "Quevedo said.",
  ("Venezuela", C, neg, "", "judgement of 'they' (Jamaica and its backers, unspecified) -> target empty"))
U(d, "The law, titled the Compulsory Acquisition (Shares in Petrojam Limited) Act", "retake the shares.",
  ("Jamaica", N, neu, "", "a specific act reported as done (passing the law), with no judgement stated in the sentence = neutral (unsure: a measure against another state's company could be read as condemning)"))
U(d, "Jamaican Foreign Minister Kamina Johnson Smith has insisted that the decision owed nothing", "Bolivarian government.",
  ("Jamaica", N, neg, "", "denial of a political motive = neutral, negative"))
U(d, "According to Jamaican media, Johnson Smith said the refinery needed an upgrade", "partners or credit.",
  ("Jamaica", C, neg, "Venezuela", "second-hand attribution; blaming Venezuela's broken promise = judgement; the US sanctions are narrated inside Jamaica's clause, no US position"))
U(d, "Prime Minister Andrew Holness told the House that compensation would be paid", "independent valuation.",
  ("Jamaica", N, neu, "", "procedure/reassurance"))
U(d, "The Jamaican government says it has offered a sum based on that valuation.", "that valuation.",
  ("Jamaica", N, neu, "", "fact given by the actor"))
U(d, "The Jamaican move came weeks after Kingston voted on January 10", "new term.",
  ("Jamaica", C, neg, "Venezuela", "a specific act (a vote refusing to recognise Maduro's term) reported as done = a position against the Venezuelan government, though told as background"))
U(d, "President Nicolás Maduro, speaking on Friday night at a rally of oil workers", "forgotten PetroCaribe.",
  ("Venezuela", C, neg, "", "'a plan to steal' = accusation of unnamed plotters; thanks to peoples (not actors): rule 1; target empty"))
U(d, "Cuba's Foreign Minister Bruno Rodríguez Parrilla expressed on Twitter", "by the United States.",
  ("Cuba", C, neg, "United States", "solidarity with Venezuela + 'economic war waged by the United States': one row per actor, rule 1 -> condemning, aimed at the US"))
U(d, "Bolivian President Evo Morales wrote on social networks that the plundering", "not democracy.",
  ("Bolivia", C, neg, "United States", "'the empire' = the United States in this register; judgement"))
U(d, "In a statement issued in Havana, the Executive Secretariat of the Bolivarian Alliance", "bonds of PetroCaribe.",
  ("Bolivarian Alliance for the Peoples of Our America", C, neg, "Jamaica", "condemnation of the confiscation + appeal to resist pressure: rule 1; Havana is a place"))
U(d, "The Chairman of the Caribbean Community, Prime Minister Timothy Harris", "through dialogue.",
  ("CARICOM", T, pos, "", "a leader speaking as the bloc's chair = CARICOM; hope for a peaceful way out through dialogue"))
U(d, "CARICOM joined Mexico and Uruguay this month in promoting the Montevideo Mechanism", "without preconditions.",
  ("CARICOM", T, neu, "", "promoting talks without preconditions, an act reported as done; list of three actors: one row each"),
  ("Mexico", T, neu, "", "same sentence"),
  ("Uruguay", T, neu, "", "same sentence"))
U(d, "The Government of the United States, in remarks by a State Department official quoted by Jamaican press, praised", "energy future.\"",
  ("United States", S, pos, "Jamaica", "unnamed official of a named government; praise of Jamaica's decision"))
U(d, "Venezuela's foreign ministry said it regretted that a sister nation", "in its name.",
  ("Venezuela", C, neg, "Jamaica", "'regretted' aimed at Jamaica's conduct + judgement of subservience"))
U(d, "Jamaican economist Marcus Whyte, a lecturer in Kingston", "harm Venezuela.",
  ("Marcus Whyte", N, neg, "", "invented economist; forecast of reputational damage (the judgement follows in the quote)"))
U(d, "\"A government that takes shares by statute", "Whyte said.",
  ("Marcus Whyte", C, neg, "Jamaica", "judgement of the Jamaican government's method without a stock word"))
U(d, "He said the two governments should return to the table", "price of the shares.",
  ("Marcus Whyte", T, neu, "", "appeal for talks and arbitration"))
U(d, "Venezuelan energy analyst Rosa Villegas, of the Central University of Venezuela, said", "U.S. sanctions.",
  ("Rosa Villegas", N, neu, "", "invented analyst; facts and causes, no judgement"))
U(d, "\"The sanctions made PDVSA a toxic partner for everyone", "Villegas said.",
  ("Rosa Villegas", N, neu, "", "analysis of Jamaica's reasoning, neither approval nor blame"))
