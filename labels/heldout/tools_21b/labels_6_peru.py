# ------------------------------------------------------------------ Castillo tries to dissolve Congress and is removed (scraped regional Latin American page, 2022-12-08)
d = "page_peru_castillo_regionalpage.txt"
U(d, "Peru's Congress removed President Pedro Castillo on Wednesday by 101 votes", "the country's first woman president.",
  ("Peru", N, neu, "", "dateline 'LIMA — ' excluded; Congress's removal vote + swearing-in reported as a constitutional procedure: Congress is a body of the state (like the Knesset = Israel) -> Peru, neutral (unsure: intra-state conflict; could be read as narrative)"))
U(d, "In his address shortly before noon, Castillo said he was temporarily dissolving Congress", "powers to write a constitution.",
  ("Peru", C, neg, "", "Castillo still head of state when he spoke -> Peru; dissolving the legislature = a measure against another side (condemning, unsure: could be read as a neutral plan); the other side is a body of the same state -> target empty"))
U(d, "\"Congress has made obstruction its only programme", "he said.",
  ("Peru", C, neg, "", "'he' = Castillo; judgement of Congress (a body of the same state -> target empty)"))
U(d, "Within the hour, the joint command of the armed forces and the national police said in a joint statement", "orders that broke it.",
  ("Peru", C, neg, "", "joint statement of two bodies of one state = one row; refusal to obey orders that break the constitution = rejection of the president's act (unsure: no judgement word, could be neutral)"))
U(d, "Boluarte, a lawyer who had served as Castillo's vice president", "national unity could be formed.",
  ("Peru", T, pos, "", "new head of state; appeal for a political truce = calling_for_talks"))
U(d, "She said she intended to complete the presidential term", "July 2026.",
  ("Peru", N, neu, "", "own plan"))
U(d, "Prosecutors said late on Wednesday that Castillo was being investigated", "rebellion and conspiracy.",
  ("Peru", N, neu, "", "state prosecutors: a procedure reported, no evaluation"))
U(d, "Mexican President Andrés Manuel López Obrador said at his morning news conference", "never accepted his victory.",
  ("Mexico", C, neg, "", "accusation aimed at Peru's elites (not a canonical actor) -> target empty"))
U(d, "López Obrador said he had told Foreign Minister Marcelo Ebrard", "tradition of asylum.",
  ("Mexico", S, pos, "", "offer of asylum to the removed president = backing by act; Castillo no longer speaks for Peru, target left empty (unsure)"))
U(d, "\"What we ask of the Peruvian authorities is that they treat him lawfully", "he said.",
  ("Mexico", T, neu, "Peru", "appeal to the Peruvian authorities (= Peru) to protect a detainee and his family, no judgement"))
U(d, "Ebrard said a summit of the Pacific Alliance trade bloc", "had been postponed.",
  ("Mexico", N, neu, "", "procedure: a postponed summit; Lima = place"))
U(d, "Bolivian President Luis Arce wrote on Twitter that governments born of the popular vote", "concern for Castillo's safety.",
  ("Bolivia", C, neg, "", "judgement of elites who reject the vote (not a canonical actor) -> target empty"))
U(d, "At an emergency session of the Organization of American States' Permanent Council in Washington", "breaking the constitutional order.",
  ("Bolivia", C, neg, "", "possessive 'Organization of American States'' and the place are not the speaker; Bolivia's ambassador judges the break of the constitution (same state, two judgements aimed at different sides: rows by sentence)"))
U(d, "Colombian President Gustavo Petro said Castillo had been hemmed in", "Petro called anti-democratic.",
  ("Colombia", C, neg, "", "'anti-democratic' = judgement of Castillo's step; Castillo's opponents also blamed -> target empty"))
U(d, "Former Bolivian president Evo Morales, who leads the ruling Movement for Socialism", "let a union leader govern.",
  ("Movement for Socialism", C, neg, "United States", "ex-president as party leader = Movement for Socialism (name files), not Bolivia; blame on Washington (metonym) and Peru's oligarchy (not canonical) -> target United States"))
U(d, "Argentina's foreign ministry said it was deeply worried by the crisis", "democratic institutions.",
  ("Argentina", T, neg, "", "concern + appeal to all sides to protect institutions, no judgement"))
U(d, "Chile's President Gabriel Boric said he regretted the turn of events", "through democratic means.",
  ("Chile", T, neg, "", "regret aimed at events, not at an actor + hope for a democratic way out = calling_for_talks"))
U(d, "Brazil's foreign ministry said the attempt to close Congress", "the democratic order.",
  ("Brazil", C, neg, "", "judgement of Castillo's attempt; target empty (the removed president's act)"))
U(d, "Before the vote, US Ambassador Lisa Kenna wrote on Twitter", "take it back.",
  ("United States", C, neg, "", "ambassador on social media; stands against an act 'outside the law' + demand to reverse (rule 1); aimed at Castillo's act -> target empty (unsure)"))
U(d, "State Department spokesman Ned Price later said Washington now regarded Castillo", "upholding the constitution.",
  ("United States", S, pos, "Peru", "praise of Peru's institutions = supporting Peru"))
U(d, "OAS Secretary General Luis Almagro told the council that Castillo had tried", "reject the attempt.",
  ("Organization of American States", C, neg, "", "call on members to reject the attempt = judgement; target empty (Castillo's act)"))
U(d, "Almagro congratulated Boluarte and called on Peru's political forces", "a path to stability.",
  ("Organization of American States", T, pos, "Peru", "congratulation + appeal for dialogue with no judgement: rule 2 before rule 3 (calling_for_talks)"))
U(d, "Peru's institutions had shown their strength, Ecuador's foreign ministry said", "Boluarte's swearing-in.",
  ("Ecuador", S, pos, "Peru", "possessive 'Peru's' before the speaker; praise + welcome = supporting Peru"))
