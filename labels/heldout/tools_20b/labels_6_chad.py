# ------------------------------------------------------------------ Chad ends defence cooperation with France; Senegal and Thiaroye (scraped regional page, 2024-12-01)
d = "page_chad_france_defence_scraped.txt"
TD, FR, SN = "Chad", "France", "Senegal"
U(d, "Chad's government announced late on Thursday that it was ending", "left the capital.",
  (TD, N, neu, "", "dateline excluded; ending the agreement with no protest or judgement stated (the page stresses 'not a break') = neutral by analogy with withdrawing from talks (unsure: could be read as a measure against France = condemning); the 'leaves Paris without a foothold' clause is narrative"))
U(d, "Foreign Minister Abderaman Koulamallah gave the reasons in a statement", "choose its partners freely.",
  (TD, N, pos, "", "quotation opened after a colon and left open over the paragraph break; sovereignty claim about itself, no judgement of France = neutral, positive"))
U(d, "\"Our ties with France will go on in many other fields", "the statement said.",
  (TD, N, pos, "", "quote continued in the next paragraph = own unit, same speaker; reassurance about continuing ties + procedure = neutral, positive (unsure: could be read as supporting France)"))
U(d, "Koulamallah later told a French broadcaster that Chad had no plan", "as fantasy.",
  (TD, N, neg, "", "surname only; denial = neutral, negative; Russia is only mentioned"))
U(d, "The chief of staff of Chad's armed forces told troops", "on its own.",
  (TD, N, pos, "", "unnamed holder of a named office = Chad; self-assurance = neutral, positive"))
U(d, "In Paris, the foreign ministry said on Friday that France had taken note", "announcement.",
  (FR, N, neu, "", "'taken note' with no protest = neutral; 'N'Djamena's announcement' is a possessive/metonym, not a speaker"))
U(d, "It said France wanted to keep talking with the Chadian authorities", "would leave.",
  (FR, T, neu, TD, "'It' = the French foreign ministry; commitment to dialogue with Chad = calling_for_talks"))
U(d, "During his visit on Thursday, Barrot had praised Chad", "camps in the east.",
  (FR, S, pos, TD, "praise + humanitarian aid = supporting"))
U(d, "An official at France's armed forces ministry said plans", "had been set.",
  (FR, N, neu, "", "unnamed official of a named ministry = France; own plans = neutral"))
U(d, "On the same day as Chad's announcement, Senegal's President Bassirou Diomaye Faye said", "near Dakar would close.",
  (SN, N, neu, "", "sovereignty principle and own decision on the bases, no judgement of France = neutral (unsure: same reading as Chad's announcement; could be condemning as a refusal of France's presence)"))
U(d, "Faye said he had received a letter from President Emmanuel Macron", "welcomed the gesture.",
  (SN, S, pos, FR, "welcomes France's step = supporting"),
  (FR, N, neg, "", "Macron's recognition, reported by Faye, is France's own position (guide: a position of X reported by Y); a judgement on France's own past act cannot take France as target -> neutral, negative (unsure)"))
U(d, "Prime Minister Ousmane Sonko struck a harsher note", "about Thiaroye itself.",
  (SN, C, neg, FR, "rejects France's claim to set the terms alone = a judgement aimed at France; Paris = metonym"))
U(d, "At the commemoration of the 80th anniversary in Thiaroye on Sunday, Faye asked France", "where they were buried.",
  (SN, T, neu, FR, "demand for disclosure/investigation with no judgement word = calling_for_talks (as batch5c/14a), addressed to France"))
U(d, "Barrot, who represented France at the ceremony, said France had already handed over", "documents it found.",
  (FR, N, neu, "", "own measures and plans in reply to the demand = neutral (unsure: could be read as supporting Senegal by providing the archives)"))
U(d, "Senegal's armed forces minister, Gen. Birame Diop, said he hoped", "spirit of friendship.",
  (SN, T, pos, "", "hope that talks end calmly = calling_for_talks; the next sentence (attendance at the ceremony) is narrative, no row"))
U(d, "The governments of Mali, Burkina Faso and Niger, whose juntas pushed French forces out", "second independence.",
  ("Mali", S, pos, TD, "list of three states = one row each; welcome of Chad's decision = supporting"),
  ("Burkina Faso", S, pos, TD, "same"),
  ("Niger", S, pos, TD, "same"))
U(d, "Mali's leader, Col. Assimi Goita, who chairs the Alliance of Sahel States", "region's security.",
  ("Alliance of Sahel States", S, pos, TD, "head of state speaking as chair of the body = the body (guide); 'the confederation' = AES; offer to work with Chad = supporting; N'Djamena = metonym"))
U(d, "Burkina Faso's government spokesman, Jean-Emmanuel Ouédraogo", "more jihadists.",
  ("Burkina Faso", C, neg, FR, "judgement of France's military record"))
U(d, "In N'Djamena, the opposition party Les Transformateurs", "consultation with the public.",
  ("Les Transformateurs", C, neg, TD, "opposition party as its own actor (name files); support for the principle + accusation against the government: rule 1, target Chad; Masra is only mentioned"))
