# ------------------------------------------------------------------ Bolivia's expulsion of Mexican and Spanish diplomats (Latin American daily, English edition, scraped, 2019-12-31)
d = "page_bolivia_embassyrow2019_latamdaily.txt"
# Not statements: masthead, language bar, date line, menu, breadcrumb, headline, standfirst, byline, reading time, share bar,
# [Photo n/4] captions with credits, crossheads, ADVERTISEMENT, "Related:", tags, newsletter prompt, most read, reader comments, copyright.
U(d, "Bolivia's interim president, Jeanine Áñez, on Monday declared", "in the Mexican embassy.",
  ("Bolivia", C, neg, "", "dateline 'LA PAZ - ' excluded; expulsion of diplomats = condemning; aimed at Mexico and Spain -> target empty"))
U(d, "Áñez accused the three diplomats of having trampled", "would not overlook.",
  ("Bolivia", C, neg, "", "accusation + 'affront'; Mexican and Spanish diplomats -> two targets, empty"))
# "Besides Mercado, the order covers ..." = detail of the order (narration), no row.
# "About nine former ministers and aides of Morales ..." = background, no row.
U(d, "Bolivia's prosecutors have charged several of them", "out of the country.",
  ("Bolivia", N, neu, "", "specific acts of the state reported as done (charges, no safe passage), aimed at no canonical actor: neutral"))
U(d, "The dispute began on Friday, when Borreguero and Fernández visited", "according to the Bolivian government.",
  ("Bolivia", N, neu, "", "the government's account of the facts ('according to'); the charge itself comes in the next sentences"))
U(d, "Interior Minister Arturo Murillo said the visitors had tried to get into the residence in secret", "the law allowed.",
  ("Bolivia", C, neg, "Spain", "accusation against the Spanish visitors + warning of force = condemning"))
U(d, "Murillo added that six Spanish police officers", "on Sunday.",
  ("Bolivia", C, neg, "Spain", "expulsion of Spanish officers (measure taken) = condemning"))
U(d, "Foreign Minister Karen Longaric said later on Monday", "with either country.",
  ("Bolivia", N, neu, "", "clarification: relations not broken, no evaluation"))
U(d, "\"We are not closing any door.", "Longaric told reporters.",
  ("Bolivia", T, neu, "", "commitment to keep talking to both; 'it will be respected' is a demand, no judgement word; two addressees -> target empty"))
U(d, "Spain's acting government, in a statement on Monday, said it was expelling three Bolivian diplomats", "an unfriendly step.",
  ("Spain", C, neg, "Bolivia", "tit-for-tat expulsion + 'unfriendly step' = condemning"))
U(d, "The Spanish foreign ministry flatly denied", "Mexican ambassador socially.",
  ("Spain", N, neg, "", "denial = neutral, negative tone"))
U(d, "Madrid also said the accusation that Spain wanted to meddle", "the Bolivian crisis.",
  ("Spain", C, neg, "Bolivia", "calls the accusation an insult: a judgement aimed at La Paz, not only a denial"))
U(d, "Spain's acting foreign minister, Margarita Robles, said the government had opened its own review", "covered their faces.",
  ("Spain", N, neu, "", "procedure (internal review), no evaluation"))
U(d, "In Mexico City, the Foreign Ministry said the expulsion of its ambassador", "protect her safety.",
  ("Mexico", C, neg, "Bolivia", "'partisan calculation with no basis in law' = judgement; recall of the ambassador"))
U(d, "Mexico has accused Bolivia for a week of harassing its diplomats", "intelligence agents.",
  ("Mexico", C, neg, "Bolivia", "specific accusation reported"))
U(d, "Foreign Minister Marcelo Ebrard said last Thursday that Mexico would take the case", "did not end.",
  ("Mexico", C, neg, "Bolivia", "threatened legal action + 'siege' = condemning"))
U(d, "Deputy Foreign Minister Maximiliano Reyes said on Monday that Mexico had decided not to expel", "La Paz open.",
  ("Mexico", T, neu, "Bolivia", "no reciprocal expulsion + channels kept open = commitment to dialogue"))
U(d, "\"We want the people under our protection to leave safely", "Reyes said.",
  ("Mexico", T, neu, "Bolivia", "offer of talks at any time; wishes stated, no judgement"))
U(d, "At his morning news conference, President Andrés Manuel López Obrador said", "agreed through diplomacy.",
  ("Mexico", T, neu, "", "restraint + negotiated safe conduct = calling_for_talks"))
U(d, "From Buenos Aires, Morales said the interim government had insulted", "inside the residence.",
  ("Movement for Socialism", C, neg, "Bolivia", "former president in exile = his party (name files: Evo Morales -> Movement for Socialism); judgement + appeal: rule 1"))
U(d, "Argentina's foreign ministry said it stood with Mexico", "safe-conduct passes.",
  ("Argentina", T, pos, "", "backing Mexico + offer to help talks: rule 2 before rule 3 (unsure: could be supporting Mexico)"))
U(d, "A spokesperson for the European Union's diplomatic service said", "the Vienna Convention.",
  ("European Union", T, neu, "", "following closely + appeal for dialogue to three parties"))
# "The Organization of American States ... did not comment on Monday." = no position taken, no row.
U(d, "Gonzalo Arce Villca, a political scientist", "Mexico or Spain.",
  ("Gonzalo Arce Villca", N, neg, "", "invented scholar; reading of motives, critical but no explicit judgement"))
U(d, "\"An interim government with a mandate to call elections is choosing fights", "Arce Villca said.",
  ("Gonzalo Arce Villca", C, neg, "Bolivia", "judgement of the interim government's choices"))
U(d, "Laura Benítez Orozco, a former Mexican diplomat", "the asylum seekers.",
  ("Laura Benítez Orozco", T, neu, "", "invented former diplomat (speaks for no body); appeal for mediated talks"))
U(d, "\"The Vienna Convention exists precisely so that neighbours", "she said.",
  ("Laura Benítez Orozco", T, neu, "", "argument for keeping talks going"))
# "The Spanish diplomats and the Mexican ambassador are expected to leave ..." = narration, no row.
