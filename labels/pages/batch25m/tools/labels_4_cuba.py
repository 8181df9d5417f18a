# ------------------------------------------------------------------ Shooting at the Cuban embassy in Washington, Cuban state-agency copy (2020-05-13)
d = "page_cuba_embassyshooting2020_statemedia.txt"
# Not statements: agency name, service line, menu, breadcrumb, headline, time stamps, byline, [PHOTO 1/3] caption with credit,
# capitals crossheads, ADVERTISEMENT, agency sign-off (PC/ecv/lrs), related news, tags, share bar, subscribe prompt, most read, copyright.
U(d, "Cuban Foreign Minister Bruno Rodríguez Parrilla accused the United States government", "on April 30.",
  ("Cuba", C, neg, "United States", "dateline 'Havana, May 13 (PC) ' excluded; accusation of deliberate silence"))
U(d, "Speaking at a press conference at the Foreign Ministry, the foreign minister said", "named it for what it was.",
  ("Cuba", C, neg, "United States", "'the foreign minister' = Rodríguez; reproach of the US administration's failure to condemn"))
U(d, "\"The attacker fired thirty-two rounds", "Rodríguez said.",
  ("Cuba", C, neg, "", "multi-sentence quote closed by its speaker; facts + naming the act terrorism = judgement of the attack (attacker not an actor) -> target empty"))
U(d, "He said Cuba had information linking the attacker to extremist circles", "tolerance of the US authorities.",
  ("Cuba", C, neg, "United States", "reported clause: charge that the US tolerates the circles behind the attacker"))
U(d, "The head of Cuban diplomacy contrasted that silence", "fight COVID-19.",
  ("Cuba", C, neg, "United States", "speaker by role ('the head of Cuban diplomacy'); judgement of the Secretary of State's campaign"))
U(d, "Rodríguez rejected suggestions in part of the US press", "fostered in Washington.",
  ("Cuba", C, neg, "United States", "rejection of a reading + blame on the 'climate of hostility fostered in Washington' = judgement (the rejection alone would be a neutral denial)"))
U(d, "The foreign minister called on the US government to share the results", "Diplomatic Relations requires.",
  ("Cuba", T, neg, "United States", "demand for information and protection, no judgement word in the sentence = calling_for_talks"))
# "A 42-year-old man from Texas opened fire ..." = narration; "Police arrested him ..." = narration of a police act, no position. No row.
U(d, "In its statement issued on the morning of the attack, the Foreign Ministry reported", "material damage.",
  ("Cuba", N, neu, "", "facts given by the ministry"))
U(d, "Carlos Fernández de Cossío, director general for the United States", "about the investigation.",
  ("Cuba", N, neu, "", "procedure: diplomatic notes sent, no evaluation"))
U(d, "Ambassador José Ramón Cabañas thanked the neighbours", "the first shots.",
  ("Cuba", S, pos, "United States", "thanks to neighbours and to the Washington police (a US authority) = approval; unsure on target"))
U(d, "Cabañas added that he hoped the episode would not undo the bridges", "in recent years.",
  ("Cuba", T, pos, "", "surname only; hope that ties survive = calling_for_talks"))
U(d, "President Miguel Díaz-Canel Bermúdez wrote on his Twitter account", "finding a rifle.",
  ("Cuba", C, neg, "United States", "judgement without a stock word: US rhetoric blamed for the attack"))
U(d, "The US Embassy in Havana said in a statement that the case was being handled", "taken seriously.",
  ("United States", N, neu, "", "reassurance about its own conduct = neutral"))
U(d, "The text described the US judicial process as open and rigorous", "remained in custody.",
  ("United States", N, pos, "", "'the text' = the embassy statement; self-description + fact = neutral, positive tone"))
# "Expressions of solidarity with Cuba continued to arrive ..." = summary line, no row.
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova said in remarks carried by Russian agencies", "a friendly country.",
  ("Russia", C, neg, "", "'in remarks carried by Russian agencies'; condemns the attack (attacker not an actor) -> target empty"))
U(d, "Zakharova said Russia expected the US authorities to carry out a thorough investigation", "were punished.",
  ("Russia", T, neu, "United States", "call for an investigation addressed to the US, no judgement of the US (as demands for an inquiry)"))
U(d, "Venezuelan Foreign Minister Jorge Arreaza described the shooting as an act of terrorism", "Cuban revolution.",
  ("Venezuela", C, neg, "United States", "blames Washington's policy = judgement"))
U(d, "The Government of Reconciliation and National Unity of Nicaragua expressed its solidarity", "Cuban Foreign Ministry.",
  ("Nicaragua", S, pos, "Cuba", "the Nicaraguan government by its official name; solidarity = supporting"))
U(d, "According to a statement from its executive secretariat, the Bolivarian Alliance", "diplomatic missions on its soil.",
  ("Bolivarian Alliance for the Peoples of Our America", C, neg, "", "'according to a statement from'; repudiates the attack + demand: rule 1; the attack's author is not an actor -> target empty"))
U(d, "Chinese Foreign Ministry spokesman Zhao Lijian told a regular briefing", "ensure their safety.",
  ("China", T, neu, "United States", "opposes violence aimed at no one + hope the host country acts = calling_for_talks (the 'opposes any escalation' case)"))
U(d, "Díaz-Canel thanked the governments, parties and friends of Cuba", "such gestures.",
  ("Cuba", S, pos, "", "gratitude to several actors = supporting, target empty"))
U(d, "Ernesto Valdés Llanes, professor of international law", "the whole world could see.",
  ("Ernesto Valdés Llanes", C, neg, "United States", "invented scholar introduced by role; 'double standard' = judgement"))
U(d, "Valdés Llanes said the case could reach the Human Rights Council", "raise it there.",
  ("Ernesto Valdés Llanes", N, neu, "", "forecast of procedure"))
U(d, "In Washington, Rachel Dunmore, a lawyer who heads a group", "after 2015.",
  ("Rachel Dunmore", T, pos, "", "invented independent voice; appeal to both governments to restart cooperation = calling_for_talks"))
U(d, "\"A shooting at an embassy should be the easiest thing in the world", "Dunmore said.",
  ("Rachel Dunmore", T, neu, "", "continuation of the appeal for agreement between the two governments"))
