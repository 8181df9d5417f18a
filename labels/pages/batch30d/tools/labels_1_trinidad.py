# ------------------------------------------------------------------ Venezuela shelves the 2015 energy accords with Trinidad and Tobago and
# declares its prime minister persona non grata after the USS Gravely's visit (Venezuelan state news agency, English service, 2025-10-28)
d = "page_venezuela_trinidad_dragongas2025_stateagency.txt"
# Not statements: masthead, menu, breadcrumb, headline, dateline line "Caracas, 28 Oct. 2025 (ANB).-", crosshead "Reactions",
# agency initials, tags, "Also read" list, copyright.
U(d, "The National Assembly on Tuesday unanimously declared", "between the two sides.",
  ("Venezuela", C, neg, "Trinidad and Tobago", "persona non grata + suspension of the accords = measures against another state (condemning); the Assembly and 'the Head of State' = Venezuela"))
U(d, "The agreement by the legislative body bars the entry", "from the Venezuelan coast.",
  ("Venezuela", C, neg, "Trinidad and Tobago", "the entry ban as an act, with its stated reason (hosting the destroyer); narration of the visit inside the same sentence"))
U(d, "Opening the session, the President of the National Assembly, Deputy Jorge Rodríguez, said", "dignity of the homeland.",
  ("Venezuela", C, neg, "Trinidad and Tobago", "reported clause: judgement without a stock word ('lent its territory to a fleet sent to threaten')"))
U(d, "\"Venezuela does not punish a brotherly people;", "the parliamentary leader said.",
  ("Venezuela", C, neg, "Trinidad and Tobago", "quote closed by 'the parliamentary leader' (Jorge Rodríguez); 'platform for the empire' = judgement of the Trinidadian government"))
U(d, "Rodríguez stressed that the Venezuelan people hold", "remain a zone of peace.",
  ("Venezuela", T, pos, "", "surname only; affection for the people + commitment to a zone of peace = hope for calm (calling_for_talks), no judgement in the sentence"))
U(d, "He added that the Assembly would send the text", "parliaments of the region.",
  ("Venezuela", N, neu, "", "procedural plan"))
U(d, "On Monday night, in a broadcast on Venezolana de Televisión", "the Dragon gas field.",
  ("Venezuela", C, neg, "Trinidad and Tobago", "suspension of the accords announced by the leader = a measure against the other side"))
U(d, "The leader explained that the measure answered", "plans of aggression against it.",
  ("Venezuela", C, neg, "Trinidad and Tobago", "'the leader' = Maduro; 'direct threat' and 'plans of aggression' = judgement"))
U(d, "\"We offered our gas in solidarity", "the Head of State said.",
  ("Venezuela", C, neg, "Trinidad and Tobago", "reproach without a stock word (ingratitude: 'repay that solidarity with warships')"))
U(d, "The proposal had been presented hours earlier by the Executive Vice-President", "plans against the region.",
  ("Venezuela", C, neg, "Trinidad and Tobago", "long title, then 'hostile act' + accusation of serving Washington"))
U(d, "According to the Vice-President, the Dragon field project", "leverage against Venezuela.",
  ("Venezuela", N, neg, "", "second-hand attribution ('according to'); the project's purpose restated, the charge only implied (unsure: could be condemning)"))
U(d, "On Sunday, the Minister of People's Power for Foreign Affairs, Yván Gil Pinto, read a communiqué", "Central Intelligence Agency (CIA).",
  ("Venezuela", C, neg, "", "denounced a manoeuvre staged by Trinidad and Tobago and the CIA: aimed at two actors -> target empty"))
U(d, "The communiqué stated that security bodies had captured a group of mercenaries", "to blame Venezuela for it.",
  ("Venezuela", C, neg, "United States", "accusation of a false-flag plot with US intelligence; the arrests as the government's own account"))
U(d, "\"Venezuela will respond with all the force of the law", "the communiqué warned.",
  ("Venezuela", C, neg, "", "threat of a response to 'any' aggressor, no named side -> target empty"))
# "Minister Gil also held a telephone conversation on Monday with the Secretary-General ..." = a call narrated, no position: no row.
U(d, "Foreign Minister Gil later said that Caracas had informed the Secretary-General", "proclaimed by its heads of state.",
  ("Venezuela", T, neu, "CARICOM", "reported clause inside a reported clause: only Venezuela's position; an appeal to the bloc to uphold the zone of peace"))
U(d, "The Minister of People's Power for Interior, Justice and Peace, Diosdado Cabello Rondón, reported", "were being sought.",
  ("Venezuela", N, neu, "", "procedure and facts given by the minister"))
U(d, "Political scientist Ernesto Lugo Vielma", "tradition of Caribbean neutrality.",
  ("Ernesto Lugo Vielma", C, neg, "Trinidad and Tobago", "invented analyst; 'broke with a long tradition of neutrality' = a negative judgement without a stock word; 'Port of Spain' = the Trinidadian government"))
U(d, "\"A small island state that lends its ports", "Lugo Vielma said.",
  ("Ernesto Lugo Vielma", C, neg, "Trinidad and Tobago", "surname only; judgement ('abandoned the role of mediator')"))
U(d, "The academic said he expected the sister nations", "peoples of both countries.",
  ("Ernesto Lugo Vielma", T, neu, "", "'the academic'; expects/wishes a return to dialogue = appeal for talks"))
U(d, "Economist Marisela Quintana, a professor at the Central University of Venezuela, explained", "supply for a decade.",
  ("Marisela Quintana", N, neu, "", "invented economist; facts"))
U(d, "The USS Gravely is one of the vessels deployed by the Pentagon", "a threat of invasion.",
  ("United States", N, neu, "", "Washington's stated purpose of the deployment = its own account, no evaluation"),
  ("Venezuela", C, neg, "United States", "'regards as a threat of invasion' = judgement of the US deployment; Caracas = metonym"))
U(d, "In Port of Spain, Prime Minister Persad-Bissessar was quoted by local media", "irrelevant to her government.",
  ("Trinidad and Tobago", C, neg, "Venezuela", "passive attribution ('was quoted as saying'); calls Caracas's steps threats and dismisses the declaration = rejection with a judgement"))
U(d, "Trinidad and Tobago's Minister of Foreign and CARICOM Affairs, Sean Sobers, said", "threat to any neighbour.",
  ("Trinidad and Tobago", N, neg, "", "denial that the visit threatens anyone = neutral, negative tone"))
U(d, "The Ministry of Foreign Affairs of the Republic of Cuba expressed its firm solidarity", "carried by Prensa Latina.",
  ("Cuba", C, neg, "", "solidarity + rejection of the manoeuvres: the judgement decides (rule 1); aimed at the hosts and the US together -> target empty; Prensa Latina only carries it"))
U(d, "The Government of Reconciliation and National Unity of Nicaragua", "the Venezuelan people.",
  ("Nicaragua", S, pos, "Venezuela", "support for the decisions"))
U(d, "In Moscow, the spokeswoman of the Russian Foreign Ministry, Maria Zakharova", "with concern.",
  ("Russia", N, neg, "", "'was quoted by TASS as saying'; concern with no appeal = neutral"))
U(d, "The rotating chair of CARICOM had not commented", "as a zone of peace.",
  ("CARICOM", T, neu, "", "the chair's silence is no statement; the secretariat's appeal for dialogue is the bloc's (calling_for_talks)"))
