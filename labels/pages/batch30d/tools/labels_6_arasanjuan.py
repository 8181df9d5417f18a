# ------------------------------------------------------------------ The loss of the Argentine submarine ARA San Juan: world reactions after the navy's
# report of a sound consistent with an explosion (round-up of reactions, 2017-11-24)
d = "page_arasanjuan_submarine2017_reactions.txt"
# Not statements: masthead, menu, kicker, headline, compiler line, time stamps, "Below, the main reactions ...", photo line with credit,
# the country heads (ARGENTINA, UNITED STATES ...), ANALYSIS head, Related list, newsletter prompt, copyright.
U(d, "Hopes of finding the 44 crew members of the ARA San Juan alive faded", "consistent with an explosion.",
  ("Argentina", N, neg, "", "the navy speaks for its state; its finding = facts (grim tone)"))
# "The diesel-electric vessel ... last made contact on 15 November." and "More than a dozen countries have sent ..." = narration, no row.
U(d, "Navy spokesman Captain Enrique Balbi told a news conference", "last known position.",
  ("Argentina", N, neu, "", "facts given by the navy; 'hydro-acoustic anomaly' kept as a short technical tag"))
U(d, "Balbi said the search would go on", "fate of the crew.",
  ("Argentina", N, neu, "", "surname only; plan + request to the public not to speculate (no diplomatic appeal)"))
U(d, "President Mauricio Macri said in a message to the nation", "the state of the vessel.",
  ("Argentina", N, neu, "", "an investigation of its own navy ordered = procedure, no judgement"))
U(d, "Defence Minister Oscar Aguad, in remarks carried by the state news agency Télam, said", "as it was confirmed.",
  ("Argentina", N, neu, "", "'in remarks carried by the state news agency' (the agency is not an actor); procedure"))
U(d, "The government also thanked the countries taking part in the search", "hardest hours\".",
  ("Argentina", S, pos, "", "thanks to the helping states = approval; several states -> target empty"))
U(d, "Two P-8A Poseidon aircraft, a NASA P-3 and the Navy's Undersea Rescue Command", "at Buenos Aires' request.",
  ("United States", S, neu, "Argentina", "bullet with no verb of saying: assets sent = backing by act"))
U(d, "The U.S. Embassy in Buenos Aires said Washington would keep its assets in the search", "to the families.",
  ("United States", S, pos, "Argentina", "continued help + sympathy"))
U(d, "It was the United States, along with the Vienna-based test-ban monitoring body", "U.S. officials said.",
  ("United States", S, neu, "Argentina", "unnamed officials of a named government = United States; data supplied = assistance"),
  ("CTBTO", S, neu, "Argentina", "the monitoring body's supply of data, reported by US officials = its act (assistance)"))
U(d, "The Comprehensive Nuclear-Test-Ban Treaty Organization said two of its hydroacoustic stations", "with the Argentine authorities.",
  ("CTBTO", N, neu, "", "technical facts + data shared (mainly facts)"))
U(d, "HMS Protector, the Royal Navy's ice patrol ship, redirected to the search zone", "flying sorties over the area.",
  ("United Kingdom", S, neu, "Argentina", "no verb of saying: ship and aircraft committed = backing by act"))
U(d, "Foreign Secretary Boris Johnson said Britain would do", "with the crew's families.",
  ("United Kingdom", S, pos, "Argentina", "offer of help + sympathy; office holder with state in context"))
U(d, "The oceanographic research ship Yantar", "aboard an Antonov An-124.",
  ("Russia", S, neu, "Argentina", "no verb: ship and submersible sent = backing by act"))
U(d, "Russian Defence Ministry spokesman Major General Igor Konashenkov said", "Argentine and U.S. teams.",
  ("Russia", N, neu, "", "technical facts"))
U(d, "Aircraft, ships and rescue specialists committed by all five neighbours;", "whatever it asks for\".",
  ("Chile", S, pos, "Argentina", "list of five in the bullet head + Bachelet's offer (one row per state)"),
  ("Brazil", S, neu, "Argentina", "same unit: assets committed"),
  ("Uruguay", S, neu, "Argentina", "same unit"),
  ("Peru", S, neu, "Argentina", "same unit"),
  ("Colombia", S, neu, "Argentina", "same unit"))
U(d, "Uruguay's President Tabaré Vázquez offered the use of the port of Montevideo", "joining the operation.",
  ("Uruguay", S, pos, "Argentina", "offer of logistics = supporting"))
U(d, "Pope Francis, in a message sent on his behalf by the Vatican's Secretary of State", "searching for the vessel.",
  ("Holy See", S, pos, "Argentina", "prayers and encouragement = solidarity; message relayed by the Secretary of State"))
U(d, "Secretary General Luis Almagro expressed the solidarity of the hemisphere", "families of the crew.",
  ("Organization of American States", S, pos, "Argentina", "solidarity"))
U(d, "President Evo Morales: \"Our brothers in Argentina are not alone;", "come home.\"",
  ("Bolivia", S, pos, "Argentina", "quote with no verb of saying; head of state speaks for Bolivia (the name files list Morales under his party)"))
U(d, "The German government, whose shipyard built the TR-1700 submarine in the 1980s", "Defence Ministry in Berlin.",
  ("Germany", S, neu, "Argentina", "offer of technical data = assistance; 'according to a spokesperson'"))
# "Relatives gathered at the Mar del Plata base reacted with anger ..." = unnamed speakers, no row.
U(d, "\"They knew about this noise for a week and let us keep hoping;", "a petty officer on board.",
  ("Claudia Benítez", C, neg, "Argentina", "invented relative (person), quote before the name; blames the navy and asks for accountability"))
U(d, "Her husband, Rubén Ocampo, said the families would demand to know why", "escorted home.",
  ("Rubén Ocampo", T, neg, "Argentina", "invented relative; a demand for an explanation = like a demand for an inquiry (README: calling_for_talks); the blame is implied only (unsure)"))
U(d, "Martín Ugarte Sosa, a naval analyst at the Buenos Aires Centre for Defence Studies, said", "as an afterthought.",
  ("Martín Ugarte Sosa", C, neg, "Argentina", "invented analyst; underfunding charge against successive governments = judgement"))
U(d, "\"You cannot ask crews to go to sea in boats", "Ugarte said.",
  ("Martín Ugarte Sosa", C, neg, "Argentina", "judgement without a stock word"))
U(d, "He said the priority now should be to find the hull", "establish the cause.",
  ("Martín Ugarte Sosa", T, neu, "Argentina", "appeal for an independent inquiry = calling_for_talks (README's inquiry rule)"))
