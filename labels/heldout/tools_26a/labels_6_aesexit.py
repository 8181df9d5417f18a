# ------------------------------------------------------------------ Mali, Burkina Faso and Niger announce they leave ECOWAS (West African regional news site, scraped, 2024-01-30)
d = "page_aes_ecowas_withdrawal_regionalsite.txt"
# No rows: masthead, date, menu, BREAKING ticker, section, headline, byline, published line, share, photo captions with credits,
# ADVERTISEMENT, ALSO READ, crossheads, tags, WhatsApp prompt, trending, footer.
U(d, "Mali and Burkina Faso on Monday sent formal notice of their withdrawal", "\"without delay\".",
  ("Mali", N, neu, "", "lead: formal notice = procedure with no protest in the sentence = neutral; Sunday's announcement is only recalled here"),
  ("Burkina Faso", N, neu, "", "same sentence, second state"))
U(d, "In a joint communique read on national television in Niamey and Bamako on Sunday", "meant to serve.",
  ("Mali", C, neg, "ECOWAS", "joint communique = one row per signatory state; 'the community' = ECOWAS; judgement without stock words; Niamey/Bamako = places"),
  ("Burkina Faso", C, neg, "ECOWAS", "same joint communique"),
  ("Niger", C, neg, "ECOWAS", "same joint communique"))
U(d, "\"When our soldiers were dying at the front, ECOWAS sent us sanctions instead of help,\"", "the communique said.",
  ("Mali", C, neg, "ECOWAS", "quote from the joint communique (attribution tail) = one row per signatory"),
  ("Burkina Faso", C, neg, "ECOWAS", "same"),
  ("Niger", C, neg, "ECOWAS", "same"))
U(d, "The three leaders, Colonel Assimi Goïta of Mali", "hopes of their peoples.",
  ("Mali", N, pos, "", "a list of leaders = one row per state; own decision presented as sovereign = neutral"),
  ("Burkina Faso", N, pos, "", "same list"),
  ("Niger", N, pos, "", "same list"))
# No row: "The statement was read in Niamey by Colonel-Major Amadou Abdramane ..." (narration of who read it; no position)
U(d, "The ECOWAS Commission said late on Sunday that it had received no direct and formal notification", "intention to leave.",
  ("ECOWAS", N, neu, "", "procedural fact from the Commission = neutral"))
U(d, "It said the bloc's leaders still counted Burkina Faso, Mali and Niger", "settled through negotiation.",
  ("ECOWAS", T, pos, "", "'It' = the Commission, reporting its leaders' wish = ECOWAS; negotiated settlement = calling_for_talks; three states addressed -> target empty"))
U(d, "In Abuja, where the bloc has its headquarters, officials of the commission declined", "on Monday.",
  ("ECOWAS", N, neu, "", "unnamed officials of a named body speak for it; declining to comment = neutral; Abuja = place (not Nigeria)"))
U(d, "Nigeria's President Bola Tinubu, who currently chairs the ECOWAS Authority", "whatever their rulers decided.",
  ("ECOWAS", S, pos, "", "head of state speaking as the bloc's chair = ECOWAS (not Nigeria); support for the three peoples -> target empty (unsure: could be read as a jab at the rulers)"))
U(d, "Nigeria's foreign ministry, in a separate statement late on Monday, said it regretted the decision", "basic rights.",
  ("Nigeria", C, neg, "", "regret + accusation of the three 'unelected leaders' (three states) -> target empty"))
U(d, "The ministry said Nigeria's door stayed open to dialogue", "keep helping their populations.",
  ("Nigeria", T, pos, "", "'The ministry' = Nigeria; offer of dialogue + appeal for help to the populations = calling_for_talks"))
U(d, "Mali's foreign ministry said its letter to the commission made clear", "the United Nations.",
  ("Mali", N, neu, "", "procedure (notification), AU and UN only copied"))
U(d, "Mali's government said in a separate communique on Monday that it remained ready to cooperate", "movement of people.",
  ("Mali", T, pos, "", "offer of bilateral cooperation with neighbours = calling_for_talks (unsure: could be neutral)"))
U(d, "Burkina Faso's state news agency AIB quoted the government as saying", "protect their interests.",
  ("Burkina Faso", N, pos, "", "agency quoting the government = Burkina Faso (AIB is not an actor); reassurance = neutral, positive"))
# No row: "Niger had not announced by Tuesday morning ..." (non-statement)
U(d, "African Union Commission Chairperson Moussa Faki Mahamat said he had taken note", "through dialogue.",
  ("African Union", T, neg, "", "concern + appeal to both sides = calling_for_talks"))
U(d, "Togo, which has kept close ties with the three juntas", "channels of dialogue open.",
  ("Togo", T, pos, "", "respect for the choice + offer to keep dialogue open: rule 2 before rule 3 (unsure: could be supporting)"))
U(d, "In Niger, the PNDS-Tarayya, the party of deposed President Mohamed Bazoum", "more isolated than ever.",
  ("PNDS-Tarayya", C, neg, "Niger", "opposition party under its own name judges its own state's junta; Bazoum only mentioned"))
# No rows: the Bamako rally (narration), the young man, the lorry drivers, the onion driver (unnamed residents), "Analysts",
# Article 91 (narration of the treaty), background on the coups, the AES and the sanctions.
# Note: "ECOWAS imposed heavy sanctions on Niger ... threatened to use force ..." = background narration of acts of July-August 2023 (no row);
# the three landlocked countries, UEMOA paragraph, the Dakar-based researcher (unnamed), author bio, related stories: no rows.
