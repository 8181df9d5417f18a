# ------------------------------------------------------------------ Tukaraq: Puntland-Somaliland fighting in Sool (UN meetings coverage, Security Council, 2018-09-13)
d = "page_somalia_tukaraq_unsc2018_unmeetings.txt"
# Not statements: site header, breadcrumb, document number, date, meeting number, headline and subheadline (they carry positions, but headlines are never statements),
# "The meeting began ...", "For information media", related documents, share line, footer.
U(d, "Clashes between the forces of Puntland and Somaliland around the town of Tukaraq", "accept mediation.",
  ("United Nations", N, neg, "", "lede: the Special Representative's warning (risk assessment, no appeal in his clause); the members' appeal is given in their own rows below (unsure: the 'members' are not listed, so no state rows)"))
U(d, "Briefing the Council for the last time before the end of his assignment", "grazing lands in Sool.",
  ("United Nations", N, neg, "", "casualty and displacement facts given by the SRSG"))
U(d, "He said that both sides had reinforced their positions", "ready to move first.",
  ("United Nations", N, neg, "", "observation, no judgement"))
U(d, "\"Nobody will win this contest on the battlefield", "at a neutral venue.",
  ("United Nations", T, neg, "", "quote + 'adding' clause: offer to host talks = calling_for_talks"),
  ("IGAD", T, neu, "", "named in the reported offer of talks (a position of X reported by Y is X's statement)"))
U(d, "Mr. Keating told members that the Puntland authorities had informed the mission", "the positions taken in January.",
  ("Puntland", T, neu, "Somaliland", "second-hand: Puntland's conditional readiness for talks = calling_for_talks (conditional talks count)"),
  ("United Nations", N, neu, "", "the SRSG only relays, no position of his own (unsure: could be no row)"))
U(d, "Hargeisa, for its part, had said that it would not discuss territory", "he reported.",
  ("Somaliland", N, neu, "", "Hargeisa = metonym for Somaliland; refusal to negotiate territory with a reason of principle, no protest against an actor = neutral (unsure: could be condemning as a refusal)"))
U(d, "Also briefing was Francisco Caetano José Madeira", "against Al-Shabaab.",
  ("African Union", N, neg, "", "AMISOM head speaks for the AU; assessment of the diversion, no judgement on a party"))
U(d, "The terrorist group had exploited every previous dispute among Somalis", "would do so again.",
  ("African Union", C, neg, "Al-Shabaab", "judgement of Al-Shabaab (exploits disputes); speaker carried by 'he said'"))
U(d, "The Council also heard from Hodan Warsame Jama", "despite the fighting.",
  ("Hodan Warsame Jama", N, neu, "", "civil society briefer (invented), facts about cross-line trade"))
U(d, "\"The men with guns say they are protecting us", "part of any talks.",
  ("Hodan Warsame Jama", T, neg, "", "grief + appeal to include women and elders in talks"))
U(d, "Ms. Jama said that the elders of the Dhulbahante clan had already proposed", "support their initiative.",
  ("Hodan Warsame Jama", T, neu, "", "the elders (not an actor) proposed a ceasefire line; her appeal to support it = calling_for_talks"))
U(d, "In the ensuing debate, the representative of the United Kingdom", "the mediation on offer.",
  ("United Kingdom", T, neg, "", "concern + appeal to cease hostilities and engage; two addressees -> target empty"))
U(d, "The representative of the United States said that the violence in Sool", "for every life lost.",
  ("United States", C, neg, "", "judgement + holds both leaderships responsible; two targets -> empty"))
U(d, "He said that his country's support for security institutions would depend", "national security architecture.",
  ("United States", N, neu, "", "conditionality of aid, no threat at a named actor (unsure: could be condemning as a veiled sanction)"))
U(d, "Sweden's delegate welcomed the offers of mediation", "displaced by the fighting.",
  ("Sweden", S, pos, "", "welcome of mediation offers + offer of humanitarian aid: the aid offer decides supporting (rule 3); two bodies welcomed -> target empty"))
U(d, "The representative of Ethiopia, speaking also as Chair of IGAD", "remain open to both sides\".",
  ("IGAD", T, neu, "", "chair of IGAD speaking in its name; envoys sent + open door = offering talks"))
U(d, "He said that Ethiopia would never accept that the region be destabilized", "its full support.",
  ("Ethiopia", T, neg, "", "'opposes' destabilization aimed at no named actor + appeal to back the IGAD effort = calling_for_talks"))
U(d, "China's delegate said that the international community should respect", "among Somalis themselves.",
  ("China", T, neu, "", "sovereignty line + appeal for dialogue"))
U(d, "The representative of the Russian Federation expressed concern", "on the Somali parties.",
  ("Russia", N, neg, "", "concern + caution against unnamed outsiders: no appeal for talks, no named target = neutral (unsure)"))
U(d, "France's representative said that the violence was unacceptable", "they were being watched.",
  ("France", C, neg, "", "'unacceptable' + veiled warning; aimed at both sides' commanders -> target empty"))
U(d, "The representative of Kuwait expressed hope that wisdom would prevail", "spared further suffering.",
  ("Kuwait", T, pos, "", "hope for calm = calling_for_talks"))
U(d, "Côte d'Ivoire's delegate, speaking also on behalf of Equatorial Guinea and Ethiopia", "called for by traditional elders.",
  ("Ivory Coast", T, neu, "", "joint statement of three states: support for AU/IGAD + appeal to respect the ceasefire; welcome joined to a peace appeal = calling_for_talks (rule 2 before rule 3)"),
  ("Equatorial Guinea", T, neu, "", "listed state in the joint statement"),
  ("Ethiopia", T, neu, "", "listed state in the joint statement"))
U(d, "The representative of Somalia said that his Government regarded Tukaraq", "rejected any claim to the contrary.",
  ("Somalia", C, neg, "Somaliland", "rejection of Somaliland's territorial claim = rejecting a party's claim (rejects any violation of -> judgement)"))
U(d, "The Federal Government had not sent a single soldier to the area", "meant to inflame the conflict.",
  ("Somalia", N, neg, "", "denial = neutral, negative; 'fabrications' aimed at unnamed reports"))
U(d, "He said that President Mohamed Abdullahi Mohamed \"Farmajo\" had appealed personally", "ready to host them.",
  ("Somalia", T, neu, "", "the President's appeal to stop fighting + offer to host talks"))
U(d, "Reports from Hargeisa that the Federal Government was arming Puntland were false", "seeking to derail the talks.",
  ("Somalia", C, neg, "Somaliland", "denial joined to an accusation of sabotage: the accusation decides (rule 1); 'those spreading them' = the Hargeisa sources (unsure target)"))
U(d, "Poland's delegate said her country associated itself with the call", "following the situation with concern.",
  ("Poland", T, neg, "", "joins the call for a ceasefire + concern"))
