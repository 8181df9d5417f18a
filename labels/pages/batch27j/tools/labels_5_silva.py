# ------------------------------------------------------------------ Venezuela expels Spain's ambassador after EU sanctions (Venezuelan embassy in Madrid, news page with seven items, 2018-01-22 to 27)
d = "page_venezuela_spain_silva_expulsion2018_embassynews.txt"
# Not statements: embassy header, address, menu, language bar, breadcrumb, item counter, separators, item dates and headlines,
# the photo line, pager, bulletin prompt, consular notice, copyright.
# "The Embassy hosted on Saturday a round table ..." = narration of an event it hosted (not talks between parties), no row.
U(d, "Professor Andrés Molina Cuesta, who teaches public international law", "whoever adopts them\".",
  ("Andrés Molina Cuesta", C, neg, "European Union", "invented scholar; unilateral measures without legal footing = judgement of the EU sanctions"))
U(d, "Molina added that both governments should restore ambassadors", "without a channel\".",
  ("Andrés Molina Cuesta", T, neu, "", "surname on second mention; appeal to both governments to restore envoys"))
U(d, "The writer and former trade unionist Lucía Arrieta said", "named in them\".",
  ("Lucía Arrieta", C, neg, "European Union", "invented independent voice; criticism of the measures' effect"))
U(d, "The Embassy rejects the statement made today in Brussels", "to think again.",
  ("Venezuela", C, neg, "European Union", "'the Embassy' speaks for Venezuela; rejection of the EU's statement"),
  ("European Union", C, neg, "Venezuela", "the EU's position reported inside the embassy's sentence: judgement + solidarity with Spain + appeal = rule 1"))
U(d, "Once more, the European Union chooses to pass judgement", "answer an aggression.",
  ("Venezuela", C, neg, "European Union", "continuation sentence of the embassy; 'aggression' charge"))
U(d, "The Spanish government's spokesman, Íñigo Méndez de Vigo, announced today", "invoking reciprocity.",
  ("Spain", C, neg, "Venezuela", "reciprocal expulsion of the Venezuelan ambassador = condemning"))
U(d, "Earlier, the Spanish Minister of Foreign Affairs, Alfonso Dastis, had said", "negotiations between Venezuelans.",
  ("Spain", C, neg, "Venezuela", "'regretted the decision' (a judgement) + a denial + self-description: rule 1"))
U(d, "The Embassy takes note of the Spanish decision", "the chargé d'affaires.",
  ("Venezuela", N, neu, "", "procedural: work continues"))
U(d, "The Bolivarian Republic of Venezuela reiterates that it remains willing", "sovereign equality and non-interference.",
  ("Venezuela", T, pos, "Spain", "readiness for relations of respect = offer to keep channels open, no judgement in the sentence"))
U(d, "In a communiqué issued in Caracas, the Bolivarian Alliance for the Peoples of Our America", "Council of the European Union.",
  ("Bolivarian Alliance for the Peoples of Our America", S, pos, "Venezuela", "full support = supporting; the sanctions are only named"))
U(d, "The governments of Bolivia, Cuba and Nicaragua also sent messages of solidarity", "a sovereign nation.",
  ("Bolivia", C, neg, "European Union", "list of three states, one row each; solidarity joined to a judgement of the EU ('interference'): rule 1"),
  ("Cuba", C, neg, "European Union", "same sentence"),
  ("Nicaragua", C, neg, "European Union", "same sentence"))
U(d, "The Embassy thanks the sister nations for these expressions of friendship.", "expressions of friendship.",
  ("Venezuela", S, pos, "", "thanks to several states -> target empty"))
U(d, "The Government of the Bolivarian Republic of Venezuela has decided to declare persona non grata", "seventy-two hours.",
  ("Venezuela", C, neg, "Spain", "expulsion of an ambassador = condemning"))
U(d, "According to the communiqué of the Ministry of People's Power for Foreign Affairs", "concern only Venezuelans.",
  ("Venezuela", C, neg, "Spain", "second-hand attribution; meddling charge"))
U(d, "The Ministry held the Government of Prime Minister Mariano Rajoy responsible", "towards Venezuela.",
  ("Venezuela", C, neg, "Spain", "holds Spain responsible; the US is only mentioned (no US position)"))
U(d, "In remarks carried by Venezolana de Televisión, Foreign Minister Jorge Arreaza said", "in the same measure\".",
  ("Venezuela", C, neg, "", "remarks carried by state TV; threat of a matching response to 'every hostile act' (no named side)"))
U(d, "The Ambassador of Venezuela in Madrid, Mario Isea, has been called to Caracas", "for Foreign Affairs.",
  ("Venezuela", C, neg, "Spain", "passive: recall of its own envoy for consultations = a diplomatic measure (unsure: no protest is stated in the sentence, so neutral is defensible)"))
U(d, "The Council of the European Union today adopted travel bans and asset freezes", "Tibisay Lucena.",
  ("European Union", C, neg, "Venezuela", "sanctions = condemning"))
U(d, "According to a statement from the State Department, the United States welcomed", "its partners on Venezuela.",
  ("United States", S, pos, "European Union", "welcome of the EU's sanctions, no appeal for talks: supporting (the measures are against Venezuela, but this sentence's stance is approval of the EU)"))
U(d, "The Government of the Bolivarian Republic of Venezuela rejects these measures", "the presidential elections.",
  ("Venezuela", C, neg, "European Union", "'illegal' + pressure charge"))
U(d, "The Embassy recalls that Venezuelan institutions are working", "guarantees for all candidates.",
  ("Venezuela", N, pos, "", "reassurance about its own conduct = neutral"))
U(d, "Arrieta called on Spanish civil society to press both governments", "families depend on are affected.",
  ("Lucía Arrieta", T, neu, "", "appeal for de-escalation addressed to both governments"))
