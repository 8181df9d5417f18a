# ------------------------------------------------------------------ Egyptian forces kill Mexican tourists in the Western Desert (radio interview transcript, 2015-09-15)
d = "page_egypt_mexican_tourists2015_radiointerview.txt"
# Not statements: station header, programme line, headline, transcript note, the host's questions and links, "Good evening.", END, Listen again, More from, copyright.
# HOST intro: "Eight Mexican tourists and four Egyptians were killed ..." = narration; "Mexico's foreign minister ... is on her way to Cairo tonight ..." = a trip narrated, no position, no row.
U(d, "First let me say, on behalf of the Egyptian government and the Egyptian people", "with all our hearts.",
  ("Egypt", S, neg, "Mexico", "Zaazou (tourism minister) speaks for Egypt; condolences to the families in Mexico = sympathy (supporting), grief tone"))
U(d, "Our forces were pursuing a group of terrorists in that area on Sunday", "caught up in that operation.",
  ("Egypt", N, neg, "", "own account of the incident, no judgement"))
U(d, "The public prosecutor has opened an investigation, and I can tell you that nothing will be hidden.", "nothing will be hidden.",
  ("Egypt", N, pos, "", "procedure + reassurance about own conduct = neutral (labels/README)"))
U(d, "Your interior ministry said within hours that the group was in a restricted zone", "without permits.",
  ("Egypt", N, neg, "", "the host's question reports Egypt's interior ministry: the tourists' breach of rules stated as fact (unsure: could be condemning as blame of the victims, who are not an actor)"))
# "The tour guides' union says they had a police escort ..." = a union with no canonical name and no named speaker, no row.
# "I am not going to pre-empt the prosecutor." = procedural refusal, no row (the next sentence carries the position).
U(d, "What I can say is that the area where the vehicles stopped is closed to tourism", "part of the itinerary.",
  ("Egypt", N, neg, "", "facts about the restricted zone and the company's omission; no canonical target"))
U(d, "That is a fact, not an accusation against anyone.", "against anyone.",
  ("Egypt", N, neu, "", "denial of accusing anyone = neutral"))
U(d, "President Peña Nieto has said Mexico rejects what was done to its citizens", "of the shooting examined.",
  ("Mexico", C, neg, "Egypt", "host reports Mexico's position: rejection of the act + demand for investigation; rule 1"))
U(d, "His foreign minister called it an attack on innocent people that nothing could justify.", "nothing could justify.",
  ("Mexico", C, neg, "Egypt", "'His foreign minister' = Ruiz Massieu (Mexico); judgement without a stock verb"))
U(d, "I understand the anger of our Mexican friends completely, and we would feel the same.", "we would feel the same.",
  ("Egypt", S, pos, "Mexico", "sympathy with Mexico's anger = solidarity (unsure: could be neutral)"))
U(d, "President al-Sisi telephoned President Peña Nieto on Monday to convey his condolences", "transparent and quick.",
  ("Egypt", S, neg, "Mexico", "condolences conveyed by the president + instructions for a transparent inquiry: sympathy with Mexico decides"))
U(d, "Mexico will have all the information and full access to the injured", "at the state's expense.",
  ("Egypt", S, pos, "Mexico", "offer of information and access + care at state expense = providing assistance (supporting)"))
U(d, "Very badly.", "Very badly.",
  ("Marta Escobedo", N, neg, "", "invented scholar; short assessment, no actor judged"))
U(d, "People here see families who went on holiday being bombed from the air", "being blamed for it.",
  ("Marta Escobedo", C, neg, "Egypt", "describes Egypt's attack and blame-shifting = judgement"))
U(d, "The first Egyptian statements did more damage to Egypt's image", "onto the victims.",
  ("Marta Escobedo", C, neg, "Egypt", "judgement of Egypt's statements, no stock word"))
# HOST: "Mexico has said it wants to take part in the investigation." = Mexico's position reported in a question.
U(d, "Mexico has said it wants to take part in the investigation.", "take part in the investigation.",
  ("Mexico", T, neu, "Egypt", "host reports Mexico's request to join the inquiry = appeal for a joint investigation, no judgement"))
U(d, "Mexico should insist on it, calmly but firmly.", "calmly but firmly.",
  ("Marta Escobedo", T, neu, "Mexico", "'should' appeal for a firm but calm diplomatic course"))
U(d, "Ruiz Massieu is right to go to Cairo in person, and the two governments should agree on a joint mechanism", "read the results in a newspaper.",
  ("Marta Escobedo", T, pos, "", "praise of the minister's trip + appeal for a joint mechanism of both governments: the appeal decides (rule 2 before rule 3); two governments -> target empty"))
U(d, "Our foreign minister Sameh Shoukry has already told his Mexican counterpart", "meet the Mexican delegation.",
  ("Egypt", T, pos, "Mexico", "reported clause: commitment to cooperate with Mexico on the inquiry and to meet its delegation = agrees to talks"))
U(d, "Egypt has nothing to hide.", "nothing to hide.",
  ("Egypt", N, neu, "", "reassurance about own conduct = neutral"))
# HOST: "Some of the survivors say ..." = unnamed survivors, no row.
U(d, "I will not comment on the details of a military operation", "under investigation.",
  ("Egypt", N, neu, "", "declining to comment = neutral, procedural"))
U(d, "But I reject any suggestion that our armed forces aim at civilians.", "aim at civilians.",
  ("Egypt", N, neg, "", "denial = neutral, negative"))
U(d, "Our soldiers die every week fighting terrorism", "protect visitors.",
  ("Egypt", N, pos, "", "praise of own forces = self-praise, neutral"))
# HOST: "We also heard today from Rodrigo Salas ..." = introduction, no row.
U(d, "I have done this route many times and we always stop on that stretch", "in front.",
  ("Rodrigo Salas", N, neu, "", "invented tour operator (witness); his account, facts"))
U(d, "Nobody ever told us that it was forbidden.", "it was forbidden.",
  ("Rodrigo Salas", N, neg, "", "denial of the permit claim = neutral, negative"))
U(d, "Now they tell the families that their mothers were in the wrong place.", "in the wrong place.",
  ("Rodrigo Salas", C, neg, "Egypt", "'they' = the Egyptian authorities; bitter charge of blaming the victims = judgement"))
U(d, "In the short term, tension, and Mexico's Senate is already asking for explanations.", "asking for explanations.",
  ("Mexico", T, neg, "Egypt", "the Senate (a legislature speaks for its state) asking Egypt for explanations = demand for answers, no judgement word; Escobedo's own clause is an assessment (no row for her)"))
U(d, "But neither government wants a rupture.", "wants a rupture.",
  ("Marta Escobedo", N, neu, "", "assessment of both governments' intent, no position"))
U(d, "I hope both sides keep this about the truth for the families", "the relationship recover.",
  ("Marta Escobedo", T, pos, "", "hope that both sides keep calm = calling_for_talks (hope rule)"))
# HOST: "Other governments have reacted too." = summary line, no row.
U(d, "The U.S. State Department said it was saddened", "Mexico and Egypt.",
  ("United States", S, neg, "", "condolences to two peoples = sympathy; two states -> target empty"))
U(d, "The Organization of American States' secretary general, Luis Almagro, expressed his solidarity", "the victims' families.",
  ("Organization of American States", S, pos, "Mexico", "solidarity with the Mexican government = supporting"))
U(d, "From today, every safari itinerary in the Western Desert must be approved", "a coordinated route.",
  ("Egypt", N, neu, "", "new procedure announced = plans, neutral"))
U(d, "We want tourists to come back to Egypt, and we will make sure they are safe when they do.", "when they do.",
  ("Egypt", N, pos, "", "reassurance and own aim, positive tone"))
