# ------------------------------------------------------------------ Houthi attack crippling the bulk carrier Tutor (PNA-style Philippine state media, full HTML, 2024-06-16)
d = "page_tutor_redsea_statemedia.html"
U(d, "Twenty-one Filipino seafarers of the bulk carrier MV Tutor", "said Sunday.",
  ("Philippines", N, neu, "", "dateline 'MANILA – ' excluded; DMW (state body) giving facts of the rescue = neutral"))
U(d, "In a message to reporters, Migrant Workers Secretary Hans Leo Cacdac said", "are processed.",
  ("Philippines", N, neu, "", "person introduced by role; crew condition and repatriation plan = neutral"))
U(d, "\"Their spirits are high", "Cacdac said.",
  ("Philippines", N, pos, "", "multi-sentence quote closed by its speaker = one unit; reassurance + own search, no actor judged = neutral, positive tone"))
U(d, "The missing seafarer, a member of the engine crew", "the DMW said.",
  ("Philippines", N, neu, "", "fact from the DMW (body resolved to its state)"))
U(d, "The US Central Command (CENTCOM) said a helicopter", "taking them ashore.",
  ("United States", S, neu, "", "CENTCOM = US; rescue of the crew = assistance provided by act (supporting); the crew is not an actor and the sentence names no nationality -> target empty; informational tone"))
U(d, "In its statement, CENTCOM called the strike yet another reckless Houthi assault", "taking on water.",
  ("United States", C, neg, "Houthis", "'reckless assault' = judgement without stock words"))
U(d, "President Ferdinand R. Marcos Jr. thanked the United States", "their help.",
  ("Philippines", S, pos, "United States", "thanks = approval of the US rescue"))
U(d, "\"We ask every party in this conflict to keep merchant ships", "Marcos said.",
  ("Philippines", T, neu, "", "appeal to all parties to spare merchant crews (protection of civilians), no judgement = calling_for_talks"))
U(d, "The Department of Foreign Affairs (DFA), which condemned the attack on Friday", "Filipino crew members.",
  ("Philippines", C, neg, "Houthis", "condemnation reported in a relative clause + a pledge to make those behind it answer; the page says the Houthis claimed the attack -> target Houthis (as batch5c)"))
U(d, "DFA spokesperson Teresita Daza urged the international community", "under international law.",
  ("Philippines", T, neu, "", "appeal to protect seafarers (civilians), no judgement; addressed to the international community -> target empty"))
U(d, "Yahya Saree, the military spokesman of Yemen's Houthi movement, claimed the attack", "a ballistic missile.",
  ("Houthis", N, neu, "", "own strike reported as done, no judgement in this sentence = neutral"))
U(d, "He said the ship was targeted because its owner", "list of targets.",
  ("Houthis", C, neg, "", "'He' = Saree; threat against shipping companies = condemning; targets are companies (not canonical) -> empty"))
U(d, "In a speech broadcast on Thursday, Houthi leader Abdul-Malik al-Houthi said", "offensive in Gaza.",
  ("Houthis", C, neg, "Israel", "announced escalation of operations, tied to Israel's offensive = threatened response (condemning)"))
U(d, "In London, International Maritime Organization Secretary-General Arsenio Dominguez said", "no longer accept.",
  ("International Maritime Organization", C, neg, "Houthis", "London = place; 'an outrage ... could no longer accept' = judgement"))
U(d, "In Washington, State Department spokesperson Matthew Miller said on Friday", "to account.",
  ("United States", C, neg, "Houthis", "accusation + 'hold the group to account'; Washington = place"))
U(d, "The United Kingdom Maritime Trade Operations (UKMTO) said on Saturday afternoon", "southern Red Sea.",
  ("United Kingdom", N, neu, "", "UKMTO (Royal Navy body) = United Kingdom, as in labels/written; state agency reporting a fact = neutral"))
U(d, "The International Transport Workers' Federation (ITF), the global union", "of their crews.",
  ("International Transport Workers' Federation", C, neg, "", "union as its own actor; judgement of shipowners (not canonical) -> target empty"))
U(d, "The Overseas Workers Welfare Administration (OWWA) said it had released financial assistance", "in the Visayas.",
  ("Philippines", S, neu, "", "OWWA = Philippines; aid provided by act = supporting; recipients are families (not an actor) -> target empty (unsure: aid to one's own nationals)"))
U(d, "Cacdac reminded manning agencies that Filipino seafarers have the right to refuse", "well enough.",
  ("Philippines", N, neu, "", "surname only; rules and a planned review = neutral"))
U(d, "\"If a ship is headed into the danger area", "he said.",
  ("Philippines", N, neu, "", "'he' = Cacdac; a rule demanded of manning agencies (not actors), no judgement = neutral"))
U(d, "He added that the department was in touch with the ship's Philippine manning agency", "under their contracts.",
  ("Philippines", N, neu, "", "continuation by 'He added'; own follow-up = neutral; the '(PNA)' trailer is not part of the unit"))
