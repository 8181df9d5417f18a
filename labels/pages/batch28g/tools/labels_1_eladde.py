# ------------------------------------------------------------------ El Adde: Al-Shabaab's attack on the KDF camp (15 Jan 2016), Kenya News Agency (state agency), 2016-01-18
d = "page_eladde_kdf2016_kna.txt"
# Not statements: masthead, menu, breadcrumb, headline, byline, time stamp, photo caption, ADVERTISEMENT, KNA initials, tags, Related, Most read, copyright.
U(d, "His Excellency President Uhuru Kenyatta, Commander-in-Chief", "by the African Union was complete.",
  ("Kenya", C, neg, "Al-Shabaab", "dateline excluded; lead carries the position: vow to pursue the attackers = threatened response (condemning); staying in Somalia is part of the same vow"))
U(d, "Speaking at State House, Nairobi, after chairing", "no language other than murder.",
  ("Kenya", C, neg, "Al-Shabaab", "'the Head of State' = Kenyatta; judgement without a stock word ('knew no language other than murder'); narration + position in one sentence"))
U(d, "\"Our soldiers did not go to Somalia in search of glory.", "the President said.",
  ("Kenya", C, neg, "Al-Shabaab", "multi-sentence quote closed by its speaker; accusation that the men behind the mall and university attacks were trained across the border"))
U(d, "He called upon all Kenyans to stand with the families", "room to carry out their work.",
  ("Kenya", T, neu, "", "appeal for calm between communities, no judgement = calling_for_talks (unsure: could be neutral, domestic appeal)"))
# "The President was accompanied by ..." = narration (who was there), no row.
# "The attack occurred in the early hours ..." = background narration, no row.
U(d, "Addressing journalists at Wilson Airport", "informed in person.",
  ("Kenya", N, neu, "", "Defence CS on procedure for casualty figures"))
U(d, "\"We are carrying a heavy loss as an institution.", "the Cabinet Secretary said.",
  ("Kenya", N, neg, "", "'the Cabinet Secretary' = Omamo; grief and a request for privacy for the families, no judgement or appeal for peace"))
U(d, "General Mwathethe told the same briefing", "from which the assault was launched.",
  ("Kenya", N, neu, "", "own rescue operation and own strikes reported as done, no judgement = neutral"))
U(d, "He said the force that attacked the camp had been assembled", "had completed its work.",
  ("Kenya", N, neu, "", "facts and plans given by an actor"))
U(d, "The KDF spokesman, Colonel David Obonyo, said", "on the ground.",
  ("Kenya", N, neg, "", "denial of the militants' figures = neutral, negative tone"))
U(d, "Obonyo added that the group was feeding on the grief", "the militants had circulated.",
  ("Kenya", C, neg, "Al-Shabaab", "surname only; accusation of exploiting grief to spread fear (judgement decides, rule 1)"))
# "Later in the day, President Kenyatta held a telephone conversation with ... who conveyed the condolences" -> Somalia's condolences are a position; Kenyatta's call is narration.
U(d, "Later in the day, President Kenyatta held a telephone conversation", "Somali people and Government.",
  ("Somalia", S, neg, "Kenya", "condolences = supporting (grief tone); the call itself is narration, no Kenya row"))
U(d, "The two sides agreed that the attack must not be allowed", "in the Gedo region.",
  ("Kenya", S, pos, "Somalia", "'the two sides' = Kenya and Somalia; agreement to tighten joint military coordination = backing by act, one row per side"),
  ("Somalia", S, pos, "Kenya", "same agreement, Somalia's row"))
U(d, "President Mohamud, according to a statement issued by State House", "locate the missing troops.",
  ("Somalia", S, pos, "Kenya", "second-hand attribution ('according to a statement issued by State House'): Somalia's praise and offer of help; State House (Kenya) only reports"))
U(d, "In Mogadishu, the Somali Ministry of Foreign Affairs said", "rebuild a state.",
  ("Somalia", S, pos, "Kenya", "ministry given by its state's adjective; sympathy + salute"))
U(d, "The Chairperson of the African Union Commission, Her Excellency", "to see Somalia stabilised.",
  ("African Union", C, neg, "Al-Shabaab", "condemnation + tribute: the judgement decides (rule 1)"))
U(d, "The Special Representative of the Chairperson for Somalia", "nothing to offer Somalis but graves.",
  ("African Union", C, neg, "Al-Shabaab", "passive attribution ('was quoted as saying'); AMISOM head speaks for the AU; judgement without a stock word"))
U(d, "United Nations Secretary-General Ban Ki-moon, in remarks", "alongside the Somali security forces.",
  ("United Nations", S, pos, "Kenya", "condolences + confidence in AMISOM = supporting"))
U(d, "Members of the Security Council, in a press statement, said", "help the investigators.",
  ("United Nations", C, neg, "Al-Shabaab", "organisers and backers 'would have to answer for it' = holding them responsible (condemning); the appeal to governments is inside (rule 1)"))
U(d, "The United States Ambassador to Kenya", "fight against terrorism.",
  ("United States", S, pos, "Kenya", "solidarity + continued support; Washington = metonym"))
U(d, "The British High Commissioner, Nic Hailey, described the raid", "would continue.",
  ("United Kingdom", C, neg, "Al-Shabaab", "office holder introduced by title; 'the work of cowards' = judgement, joined to continued training (rule 1)"))
U(d, "The Executive Secretary of the Intergovernmental Authority on Development", "recovered from the militants.",
  ("IGAD", S, neu, "Somalia", "appeal to train and equip the Somali army = an appeal for military means, not for talks (supporting, as welcome with an appeal for arms); unsure"))
U(d, "Uganda's President Yoweri Kaguta Museveni, whose country provides", "State House said.",
  ("Uganda", S, pos, "Kenya", "solidarity by telephone, reported by Kenya's State House (which takes no position)"))
U(d, "Ethiopia's Government Communication Affairs Office said", "assist their Kenyan comrades.",
  ("Ethiopia", S, pos, "Kenya", "offer of military assistance = supporting"))
U(d, "The militant group, through a radio station it controls, claimed", "has not confirmed.",
  ("Al-Shabaab", N, neu, "", "'the militant group' = Al-Shabaab; own attack reported as done with no judgement = neutral; the ministry's non-confirmation is a non-answer (no Kenya row)"))
U(d, "Dr. Achieng Otieno-Mutua, a senior fellow", "thrown at a single company.",
  ("Achieng Otieno-Mutua", N, neu, "", "invented independent analyst; assessment of tactics, no judgement"))
U(d, "\"Withdrawal would hand the attackers precisely the victory", "from militant propaganda.",
  ("Achieng Otieno-Mutua", C, neg, "Kenya", "argument against withdrawal + criticism of the ministry's slow information (judgement on her own government)"))
U(d, "Mr. Hussein Abdi Roble, an elder in Garissa", "suspicion of ethnic Somali Kenyans.",
  ("Hussein Abdi Roble", T, neg, "", "invented witness (elder); hope that the hunt does not turn against a community = hope for calm (calling_for_talks)"))
U(d, "The Head of State directed that the national flag fly", "announced by the Ministry of Defence.",
  ("Kenya", N, neu, "", "mourning measures and plans = procedural, neutral"))
