# ------------------------------------------------------------------ Equatorial Guinea: UK sanctions on the Vice-President, the London embassy closed, the French Cassation ruling (MFA press releases page, full HTML, 23-29 July 2021)
d = "page_eqguinea_london_embassy2021_mfa.html"
# Not statements: header, motto, language bar, nav, breadcrumb, h1, filter line, release titles, dates ("Malabo, 29 July 2021"),
# figure caption, "See also" aside, pagination, share bar, sidebar "Latest news", footer.
# --- 29 July: the Court of Cassation
U(d, "The Government of the Republic of Equatorial Guinea has learned with deep disappointment", "Teodoro Nguema Obiang Mangue.",
  ("Equatorial Guinea", C, neg, "France", "disappointment at a French court's ruling = regret at another state's act (labels/README: 'regretted' = condemning); a French court = France (unsure: could be neutral dismay)"))
U(d, "In the view of the Government, the French courts have once again claimed a jurisdiction", "recognised by international law.",
  ("Equatorial Guinea", C, neg, "France", "judgement: jurisdiction usurped, immunities disregarded"))
U(d, "The Government recalls that the dispute over the building at 42 Avenue Foch", "confiscation of its diplomatic premises.",
  ("Equatorial Guinea", C, neg, "France", "Malabo = metonym for the government; threat of legal, diplomatic and economic response = condemning"))
U(d, "The Ministry of Foreign Affairs and Cooperation notes that the French Ministry for Europe and Foreign Affairs", "the decisions of its courts.",
  ("France", N, neu, "", "France's position reported by the EG ministry: declines to comment on court decisions = neutral; 'notes' adds no position of Equatorial Guinea"))
U(d, "The Government further deplores the part played in this affair by certain non-governmental organisations", "more than a decade.",
  ("Equatorial Guinea", C, neg, "", "'deplores' + holds them responsible for defamation; two NGOs -> target empty"))
U(d, "The Government reaffirms its attachment to the historic ties of friendship", "through dialogue.",
  ("Equatorial Guinea", T, pos, "France", "readiness to settle differences through dialogue, friendly tone"))
# --- 28 July: ruling party and Chamber of Deputies
U(d, "The Secretary-General of the Democratic Party of Equatorial Guinea (PDGE)", "the measures taken by the Government.",
  ("Democratic Party of Equatorial Guinea", S, pos, "Equatorial Guinea", "unnamed official of a named party speaks for it; solidarity with the VP and the government's measures = supporting"))
U(d, "The party described the British sanctions as an affront", "united behind the institutions.",
  ("Democratic Party of Equatorial Guinea", C, neg, "United Kingdom", "'an affront to the dignity' = judgement; the appeal for calm is domestic (rule 1)"))
U(d, "The Bureau of the Chamber of Deputies, for its part, adopted a declaration", "by the Fundamental Law.",
  ("Equatorial Guinea", N, pos, "", "parliament = the state; approval of its own government's measure = self-praise -> neutral, positive (unsure: could be supporting with target Equatorial Guinea, but actor = target is not allowed)"))
# --- 27 July: briefing of the diplomatic corps
U(d, "The Minister of Foreign Affairs and Cooperation, His Excellency Simeón Oyono Esono Angue, received heads", "the measures announced by London.",
  ("Equatorial Guinea", N, neu, "", "briefing of the diplomatic corps reported as a fact; London = metonym in an object, not a speaker"))
U(d, "The Minister told the diplomats that the closure of the Embassy in London was a sovereign decision", "working in the country.",
  ("Equatorial Guinea", C, neg, "United Kingdom", "the closure defended as a reply to 'an unfriendly act' = judgement on the UK"))
U(d, "Oyono Esono said the Government would not accept that any foreign capital", "Constitutive Act of the African Union.",
  ("Equatorial Guinea", C, neg, "United Kingdom", "surname only; rejects outside judgement as interference (aimed at London in context) + appeal to non-interference: rejection decides (unsure: target could be left empty, 'any foreign capital')"))
U(d, "He added that Equatorial Guinea remained open to a frank dialogue with the United Kingdom", "had been withdrawn.",
  ("Equatorial Guinea", T, neu, "United Kingdom", "conditional offer of dialogue = calling_for_talks (labels/README: offering talks, even conditional)"))
# --- 26 July: closure of the embassy in London
U(d, "The Minister of Foreign Affairs and Cooperation, Simeón Oyono Esono Angue, announced on Monday", "Vice-President of the Republic.",
  ("Equatorial Guinea", C, neg, "United Kingdom", "closing its embassy in retaliation for sanctions = a taken diplomatic measure (like recalling an envoy in protest); the UK's sanctions here are a background clause, no UK row"))
U(d, "The Minister said the decision had been taken after the British authorities", "sovereign equality of States.",
  ("Equatorial Guinea", C, neg, "United Kingdom", "judgement: measures contrary to international law, no court, no consultation"))
U(d, "Equatoguinean nationals living in the United Kingdom will be informed", "the Minister added.",
  ("Equatorial Guinea", N, neu, "", "consular procedure; attribution tail"))
U(d, "Asked whether other measures would follow, Oyono Esono said the Government was reviewing", "at the appropriate time.",
  ("Equatorial Guinea", C, neg, "United Kingdom", "review of all cooperation with London = veiled threat of further measures (unsure: could be neutral as procedure)"))
# --- 23 July: the UK sanctions
U(d, "The Ministry of Foreign Affairs and Cooperation has learned through the media of the decision", "global anti-corruption sanctions regime.",
  ("United Kingdom", C, neu, "Equatorial Guinea", "the UK's sanctions (asset freeze, travel ban on the VP) reported by the EG ministry = a position of X reported by Y; the VP's state as target; 'learned through the media' gives no separate EG position"))
U(d, "London accuses the Vice-President of having diverted public funds", "collections of luxury goods.",
  ("United Kingdom", C, neg, "Equatorial Guinea", "London = metonym; accusation of corruption reported by the EG ministry; the VP's state as target (unsure: the target is a person of that state)"))
U(d, "The Ministry rejects these accusations in their entirety", "blackening the name of Equatorial Guinea.",
  ("Equatorial Guinea", C, neg, "", "denial + judgement on unnamed activist groups ('made a business of blackening'): the judgement decides; unnamed -> target empty (unsure: could be a plain denial = neutral)"))
U(d, "The Ministry points out that the Vice-President owns nothing in the United Kingdom", "any charge against him.",
  ("Equatorial Guinea", N, neg, "", "denial = neutral, negative"))
U(d, "The Government of Equatorial Guinea considers the British measures illegal", "internal affairs of a sovereign State.",
  ("Equatorial Guinea", C, neg, "United Kingdom", "'illegal', 'unacceptable interference' = judgement"))
U(d, "The Ministry calls on the British Government to reconsider its decision", "any concern it may have.",
  ("Equatorial Guinea", T, neu, "United Kingdom", "appeal to reconsider and use diplomatic dialogue, no judgement word in the sentence"))
