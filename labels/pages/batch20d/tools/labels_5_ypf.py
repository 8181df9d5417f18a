# ------------------------------------------------------------------ Argentina expropriates YPF from Repsol; Spain's first reprisal (Spanish English-language news site, full HTML, 2012-04-20)
d = "page_ypf_repsol_spainsite.html"
# No rows: cookie bar, edition strip, brand, tagline, nav, breadcrumbs, kicker, headline, standfirst, byline/time/read time,
# share bar, both figcaptions (credits, "1 of 2"), crossheads, ADVERTISEMENT, "Related:", "Repsol's shares have lost ..."
# (market fact, no speaker), "Analysts in Madrid said ..." (unnamed), tags, newsletter, comments, most read, footer.
# The lead's clauses on the European Parliament and Buenos Aires are a summary of statements given in full below (no rows
# there for them; the lead's row is Spain's measure).
U(d, "The Spanish government on Friday announced its first concrete measure against Argentina", "it is claiming.",
  ("Spain", C, neg, "Argentina", "long lead: a trade measure against Argentina = sanction (condemning); dateline 'MADRID - ' excluded; EP and Buenos Aires clauses = summary"))
U(d, "Deputy Prime Minister Soraya Sáenz de Santamaría said after the weekly cabinet meeting", "Argentine producers.",
  ("Spain", C, neg, "Argentina", "the biodiesel order described = measure against another side; figures inside"))
U(d, "\"This is the first of the measures, not the last.", "she told reporters.",
  ("Spain", C, neg, "Argentina", "multi-sentence quote with attribution tail: more measures promised = threat; Buenos Aires = metonym"))
U(d, "Foreign Minister José Manuel García-Margallo, who has led the government's response", "almost as a family tie.",
  ("Spain", C, neg, "Argentina", "judgement without stock words: the seizure 'damaged' the relationship; Kirchner's bill is narration in a relative clause"))
U(d, "He said Spain would pursue Repsol's case with every instrument it had", "before international courts.",
  ("Spain", S, pos, "Repsol", "backing of the company by its state (unsure: the legal pressure could also be read as a threat to Argentina)"))
U(d, "García-Margallo said he still hoped the two governments could return to the table", "ordinary investors.",
  ("Spain", T, pos, "Argentina", "hope for a return to negotiation = calling for talks"))
U(d, "Prime Minister Mariano Rajoy, speaking on Tuesday at the World Economic Forum", "on any economic ground.",
  ("Spain", C, neg, "Argentina", "'hostile', 'could not be justified' = judgement; Puerto Vallarta, Mexico = place"))
U(d, "Industry Minister José Manuel Soria said that Madrid had summoned", "had \"run out\".",
  ("Spain", C, neg, "Argentina", "ambassador summoned twice + patience 'run out' = protest and warning; Madrid = metonym, Buenos Aires = metonym"))
U(d, "Repsol's chairman, Antonio Brufau, told a news conference in Madrid on Tuesday", "investment tribunal.",
  ("Repsol", C, neg, "Argentina", "company under its own name; compensation claim + case before the investment tribunal = legal response taken against Argentina (unsure: a claim alone could be neutral)"))
U(d, "\"We were expropriated to hide the failures", "Brufau said.",
  ("Repsol", C, neg, "Argentina", "multi-sentence quote closed by the speaker: 'expropriated to hide the failures' = accusation"))
U(d, "The company said it would also take legal action against any firm", "in Argentina.",
  ("Repsol", C, neg, "", "'the company' = Repsol; threat of legal action against unnamed firms -> target empty"))
U(d, "In Strasbourg, the European Parliament adopted by 458 votes to 71", "tariff preferences.",
  ("European Union", C, neg, "Argentina", "European Parliament = EU (name files); 'a serious blow to investors' trust' + call for trade measures"))
U(d, "The European Commission had already postponed a meeting with Argentine officials", "this week.",
  ("European Union", N, neu, "", "meeting postponed with no protest stated in this sentence = neutral (guide rule 4); Buenos Aires = place"))
U(d, "Trade Commissioner Karel De Gucht said on Wednesday", "operating in Argentina.",
  ("European Union", C, neg, "Argentina", "'all options' studied + 'deeply damaging signal' = judgement and veiled threat"))
U(d, "A Commission spokesman added that the EU stood fully behind Spain", "at the G20.",
  ("European Union", S, pos, "Spain", "unnamed spokesman of a named body = EU; backing"))
U(d, "In Buenos Aires, Deputy Economy Minister Axel Kicillof", "fuel imports soared.",
  ("Argentina", C, neg, "Repsol", "accusation: Repsol 'drained' profits; the appointment is a relative clause; Buenos Aires = place"))
U(d, "He said Argentina would not pay the amount that Repsol \"invented\"", "left behind.",
  ("Argentina", C, neg, "Repsol", "'invented' + environmental damage and unpaid investment = judgement; 'He' = Kicillof"))
U(d, "Fernández de Kirchner, in a televised speech on Monday, said the takeover", "pressure from anyone.",
  ("Argentina", C, neg, "", "'would not bow to pressure from anyone' = refusal in protest, no actor named -> target empty (unsure: the sovereignty claim alone would be neutral)"))
U(d, "Foreign Minister Héctor Timerman dismissed the threats from Madrid.", "Foreign Minister Héctor Timerman dismissed the threats from Madrid.",
  ("Argentina", C, neg, "Spain", "dismissing the 'threats' of Madrid (metonym) = rejecting a party's pressure in protest"))
U(d, "He said Argentina had acted within its own laws and that no European institution", "Argentine Congress.",
  ("Argentina", N, neg, "", "legal position: own lawfulness + no jurisdiction of European bodies, no judgement word = neutral (a denial-like rebuttal)"))
U(d, "Mexico's president, Felipe Calderón, hosting the forum where Rajoy spoke, sided with Spain.", "Mexico's president, Felipe Calderón, hosting the forum where Rajoy spoke, sided with Spain.",
  ("Mexico", S, pos, "Spain", "summary-like but a specific act of backing reported, with its content in the next sentence"))
U(d, "He told the audience that the expropriation was a step backwards", "from the whole region.",
  ("Mexico", C, neg, "Argentina", "'a step backwards that would scare investors away' = judgement of Argentina's act"))
U(d, "Venezuela's president, Hugo Chávez, congratulated Fernández de Kirchner", "for too long.",
  ("Venezuela", C, neg, "", "welcome + judgement of 'the multinationals' in one sentence: rule 1 decides; multinationals not a canonical actor -> target empty"))
U(d, "Uruguay's president, José Mujica, defended Argentina's right", "between Mercosur and the EU.",
  ("Uruguay", T, neu, "", "backing of Argentina's right + appeal to both capitals to negotiate, no judgement: rule 2 before rule 3; both addressed -> target empty"))
U(d, "Bolivia's Evo Morales also voiced support for Argentina.", "Bolivia's Evo Morales also voiced support for Argentina.",
  ("Bolivia", S, pos, "Argentina", "support"))
U(d, "In Washington, a State Department spokesman said the United States was following the dispute", "effective compensation.",
  ("United States", N, neu, "", "monitoring + a general principle of compensation addressed to no one = neutral (unsure: could be read as an appeal to Argentina)"))
U(d, "\"Spain has very few levers of its own.", "Madrid foreign-policy think tank.",
  ("Beatriz Olmedo", N, neg, "", "analyst; quote opened at paragraph start and closed by her name; interests and scenario, no judgement; Brussels = EU as a topic"))
U(d, "Olmedo said the most likely outcome was a long arbitration case", "future Argentine government.",
  ("Beatriz Olmedo", N, neu, "", "scenario"))
U(d, "Tomás Ferreyra, an energy economist in Buenos Aires, said YPF would need", "where the money would come from.",
  ("Tomás Ferreyra", N, neu, "", "economist's assessment of needs"))
U(d, "\"The risk for Argentina is not a Spanish boycott.", "he said.",
  ("Tomás Ferreyra", N, neg, "", "risk, no judgement"))
U(d, "Ferreyra added that he regarded the seizure as a reckless gamble", "did lasting harm.",
  ("Tomás Ferreyra", C, neg, "Argentina", "the economist's judgement: 'reckless gamble', 'lasting harm'"))
