# ------------------------------------------------------------------ Ecuador: Lasso's dissolution of the National Assembly ("muerte cruzada", 17 May 2023) (international wire copy, 2023-05-17)
d = "page_ecuador_muertecruzada_2023_wire.txt"
# Not statements: menu, UPDATE headline, byline, time stamp, read time, SUMMARY bullets, crossheads, ADVERTISEMENT, reporting credits, Related Coverage, Our Standards, tags, most read, copyright.
U(d, "Ecuadorean President Guillermo Lasso dissolved the opposition-controlled National Assembly", "paralysed the country.",
  ("Ecuador", N, neu, "", "dateline excluded; the president's constitutional decision and his reason, no judgement of another actor (unsure: dissolving the legislature could be read as a measure against the opposition)"))
U(d, "In a televised address, Lasso said he had signed a decree", "legislative elections.",
  ("Ecuador", N, neu, "", "procedure: decree under the constitution + request to the electoral council"))
U(d, "\"For two years the assembly spent its energy", "Lasso said.",
  ("Ecuador", C, neg, "", "judgement of the opposition-led assembly (not a separate canonical actor) -> target empty; multi-sentence quote closed by the speaker"))
U(d, "He promised to use his decree powers only for urgent", "every decree he issued.",
  ("Ecuador", N, pos, "", "'He' = Lasso; reassurance about own conduct = neutral"))
# "The mechanism, known in Ecuador as ..." = explanatory narration, no row.
U(d, "Lawmakers had accused Lasso of ignoring warnings of embezzlement", "a charge he denies.",
  ("Ecuador", N, neg, "", "unnamed lawmakers are not an actor; Lasso's denial = neutral, negative"))
# "Soldiers and police surrounded the assembly building ..." = scene narration, no row.
U(d, "The head of the armed forces' joint command, General Nelson Proaño, said", "tried to use violence to stop it.",
  ("Ecuador", C, neg, "", "the army speaks for its state; warning of action against anyone who resists = threat (condemning), no named target (unsure)"))
U(d, "The National Electoral Council said it would publish the election calendar", "held on Aug. 20.",
  ("Ecuador", N, neu, "", "state body gives plans and a date"))
U(d, "Government Minister Henry Cucalón said the cabinet would spend", "care about most.",
  ("Ecuador", N, pos, "", "plans of the government, positive tone"))
U(d, "Former President Rafael Correa, whose Citizen Revolution movement", "he knew he would lose.",
  ("Citizen Revolution", C, neg, "Ecuador", "the movement's leader: calls the decree unconstitutional and accuses Lasso (= Ecuador) of escaping the vote"))
U(d, "Correa, who lives in Belgium and was convicted in absentia", "confident of winning.",
  ("Citizen Revolution", N, pos, "", "plans to run, confident tone; long sentence with background"))
U(d, "Assembly President Virgilio Saquicela said lawmakers had left the building peacefully", "challenges to the decree.",
  ("Ecuador", N, neu, "", "the legislature speaks for the state (guide: parliament); compliance, no judgement"))
U(d, "The Constitutional Court, which received at least six challenges", "ordinary procedures.",
  ("Ecuador", N, neu, "", "state court on procedure"))
U(d, "Leonidas Iza, president of the Confederation of Indigenous Nationalities of Ecuador", "stay off the streets for now.",
  ("CONAIE", T, neu, "", "asks members to hold back from protest = appeal for restraint (calling_for_talks), no judgement"))
U(d, "Iza warned that the indigenous movement would not allow", "communities affected.",
  ("CONAIE", C, neg, "Ecuador", "warning of resistance to the government's decrees = threat (condemning)"))
U(d, "In Washington, a State Department spokesperson said the United States was following events", "the mechanism Lasso had used.",
  ("United States", N, neu, "", "monitoring + a fact about the constitution, no judgement or appeal"))
U(d, "\"We trust that Ecuador's institutions will organise these elections", "the spokesperson said.",
  ("United States", T, pos, "Ecuador", "hope for a calm, constitutional vote = calling_for_talks"))
U(d, "The Organization of American States said Secretary General Luis Almagro had spoken to Lasso", "if Quito asked for one.",
  ("Organization of American States", S, neu, "Ecuador", "offer of an observation mission = offered assistance (supporting) (unsure: could be neutral procedure)"))
U(d, "Peru, whose former president Pedro Castillo was removed and arrested", "within his country's constitution.",
  ("Peru", S, neu, "Ecuador", "defends the legality of Lasso's step = approval (supporting); long sentence with background"))
U(d, "Brazil's foreign ministry said it was confident", "through the crisis peacefully.",
  ("Brazil", T, pos, "Ecuador", "confidence/hope in a peaceful outcome = calling_for_talks (hope), no judgement"))
U(d, "Colombia's foreign ministry said it hoped Ecuadoreans would settle their differences", "at the ballot box.",
  ("Colombia", T, pos, "", "hope for dialogue = calling_for_talks"))
U(d, "A spokesperson for EU foreign policy chief Josep Borrell said the bloc took note", "during the transition.",
  ("European Union", T, neu, "", "takes note + appeal to all political actors to respect the constitution = calling_for_talks"))
# "Ecuador's dollar bonds swung ..." and "In Quito's Plaza Grande ..." = narration, no row.
U(d, "\"They have spent two years fighting each other while crime took over my street.", "sells fruit near the palace.",
  ("", C, neg, "", "unnamed fruit seller: not an actor, kept with an empty actor; judgement of both the president and the legislators -> target empty"))
U(d, "\"Lasso used a legal tool, but he used it to save his own skin", "Andean Centre for Public Policy in Quito.",
  ("Santiago Villacrés", C, neg, "Ecuador", "invented analyst; judgement of Lasso's motive (no stock word)"))
U(d, "Villacrés said the main risk was six months of decrees", "without delay.",
  ("Santiago Villacrés", T, neg, "Ecuador", "risk + demand for court review, no judgement; like a call for an inquiry = calling_for_talks (unsure)"))
U(d, "Carolina Benalcázar, senior Andes analyst at Hemispheric Risk Advisory", "a date to plan around.",
  ("Carolina Benalcázar", N, pos, "", "invented analyst; market assessment, no position on an actor"))
U(d, "She said the outcome would depend on whether Correa's movement", "behind a single candidate.",
  ("Carolina Benalcázar", N, neu, "", "forecast"))
# "The constitution's dissolution clause had never been used ..." = background, no row.
