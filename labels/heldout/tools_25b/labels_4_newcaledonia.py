# ------------------------------------------------------------------ Unrest in New Caledonia over the electoral reform (French news site in English, full HTML, 2024-05-17)
d = "page_newcaledonia_unrest_frenchsite.html"
# not statements: cookie banner, brand/edition, nav, kicker, headline, standfirst, meta line, share bars, figcaption, Advertisement, crossheads, Read also, topics, newsletter, comments, most read, footer
U(d, "Interior Minister Gérald Darmanin on Thursday accused Azerbaijan of interfering in New Caledonia", "including two gendarmes.",
  ("France", C, neg, "Azerbaijan", "lead: accusation of interference; Darmanin = France (name files)"))
U(d, "\"Azerbaijan's role here is documented, not imagined.", "Darmanin said on the public broadcaster France 2.",
  ("France", C, neg, "Azerbaijan", "multi-sentence quote closed by its speaker; charge against Baku and a jab at the independence leaders (FLNKS implied, not named)"))
U(d, "He added that no foreign country was itself carrying out the violence on the ground.", "violence on the ground.",
  ("France", N, neu, "", "qualification of his own claim, no judgement or appeal"))
U(d, "Azerbaijan's foreign ministry spokesman, Ayhan Hajizada, dismissed the claims", "in the archipelago.",
  ("Azerbaijan", N, neg, "", "bare denial = neutral, negative (guide); Baku = metonym"))
U(d, "The ministry went further in a written statement, saying that France should look at its own record", "calling the minister's remarks insulting.",
  ("Azerbaijan", C, neg, "France", "'the ministry' = Azerbaijan's MFA by context; counter-accusation + 'insulting'"))
U(d, "The Baku Initiative Group, an organisation set up in Azerbaijan's capital last year", "on the Kanak people.",
  ("Baku Initiative Group", C, neg, "France", "canonical organisation under its own name (not Azerbaijan); 'condemned ... colonial crackdown'"))
# no row: the origin of the unrest in the Assembly and "Deputies adopted the text early on Wednesday." (a vote narrated; the Assembly takes no position toward another actor)
U(d, "President Emmanuel Macron declared a state of emergency in the archipelago on Wednesday evening", "bans on gatherings.",
  ("France", N, neu, "", "state procedure (emergency decree) against rioters who are no actor = neutral (unsure: a security measure could be read as condemning with an empty target)"))
U(d, "\"Violence of this kind can never be accepted, and the response of the Republic will be firm", "according to the Élysée.",
  ("France", C, neg, "", "judgement + announced firm response; the rioters are not a canonical actor -> target empty"))
U(d, "He also asked Prime Minister Gabriel Attal and Darmanin to invite the territory's elected representatives", "lasting political agreement.",
  ("France", T, pos, "", "convening a meeting + 'only a return to dialogue' = calling_for_talks"))
U(d, "High Commissioner Louis Le Franc said more than 200 people had been arrested", "already deployed.",
  ("France", N, neu, "", "figures from the state's representative (alias of France in the name files)"))
U(d, "One of the two gendarmes who died was killed on Thursday by a shot fired accidentally", "earlier in the week.",
  ("France", N, neg, "", "prosecutor's office = French state procedure; facts, no blame"))
# no row: barricades and arson (narration); army at the ports and TikTok blocked (passive narration with no speaker)
U(d, "The FLNKS, the main pro-independence coalition, appealed for calm on Wednesday", "let leaders negotiate.",
  ("FLNKS", T, neu, "", "appeal for calm and negotiation"))
U(d, "The front also demanded that the government withdraw the constitutional bill", "1998 Nouméa Accord.",
  ("FLNKS", C, neg, "France", "'the front' = FLNKS; demand + accusation of defiance = rule 1"))
U(d, "FLNKS leaders said on Thursday that they had no relationship of any kind with Azerbaijan", "as a distraction.",
  ("FLNKS", N, neg, "", "denial; 'dismissed ... as a distraction' read as part of the denial (unsure: could be condemning France)"))
U(d, "The Field Action Coordination Cell (CCAT), the group that organised the protest marches", "loot or burn.",
  ("Field Action Coordination Cell", N, neg, "", "denial of incitement = neutral, negative"))
U(d, "Louis Mapou, the pro-independence president of New Caledonia's government", "give dialogue a chance.",
  ("New Caledonia", T, neu, "", "Mapou = New Caledonia (name files); appeal for calm and dialogue"))
U(d, "In the loyalist camp, Sonia Backes, president of the Southern Province, blamed the organisers", "schools and homes.",
  ("Les Loyalistes", C, neg, "Field Action Coordination Cell", "loyalist leader for her movement (not the French state); 'the organisers of the protests' = the CCAT named above (unsure target)"))
U(d, "Nicolas Metzdorf, one of the territory's two deputies in the National Assembly, welcomed the state of emergency", "on Monday night.",
  ("Les Loyalistes", S, pos, "France", "welcome of the state's measure (with a complaint about timing); Metzdorf for the loyalist camp"))
U(d, "Vanuatu's Prime Minister Charlot Salwai, speaking as chair of the Melanesian Spearhead Group", "pressing ahead with the bill.",
  ("Melanesian Spearhead Group", C, neg, "France", "head of government speaking as chair of a regional body = the body (guide); blame on the French government"))
U(d, "The group stood behind the line taken by the FLNKS", "Solomon Islands and Vanuatu.",
  ("Melanesian Spearhead Group", S, pos, "FLNKS", "'the group' = MSG; support"))
U(d, "Salwai also urged France to accept the FLNKS proposal of a mediation mission", "return quickly.",
  ("Melanesian Spearhead Group", T, neu, "France", "still speaking as MSG chair (same statement); mediation appeal"))
U(d, "Separately, the government of Vanuatu said it was following events closely", "were safe.",
  ("Vanuatu", N, neu, "", "Vanuatu's own government (not the MSG): monitoring + consular facts, no appeal"))
U(d, "Australian Prime Minister Anthony Albanese urged everyone involved", "by peaceful means.",
  ("Australia", T, pos, "", "appeal to all parties"))
U(d, "New Zealand's Foreign Minister Winston Peters said Wellington was concerned", "unable to leave.",
  ("New Zealand", N, neg, "", "concern without appeal; Wellington = metonym for NZ"))
# no row: residents' queues (unnamed), referendum background, "which Macron has said will happen before the end of June" (background in a relative clause, procedure already reported)
