# ------------------------------------------------------------------ Chinese distant-water fleet off the Galápagos (Ecuador's foreign ministry press releases, full HTML, 27 July - 24 August 2020)
d = "page_ecuador_galapagos_chinesefleet2020_mfareleases.html"
# The Ministry's own voice = Ecuador. Not statements: <title>, government bar, language bar, nav, breadcrumb, h1, intro line,
# release headlines (h2), release numbers and dates, contact lines, figcaption with credit, share bar, related releases, footer.
# "The Vice Minister of Foreign Affairs and a delegation of the Chinese Ministry ... held a virtual meeting" = meeting narration, no row.
U(d, "The two parties agreed to set up a technical channel", "meet again in September.",
  ("Ecuador", T, pos, "China", "'the two parties' = Ecuador and China; agreeing to a channel and a further meeting = calling_for_talks (one row per side)"),
  ("China", T, pos, "Ecuador", "same sentence, second party"))
U(d, "The Vice Minister stressed that Ecuador expects every vessel", "remains nearby.",
  ("Ecuador", T, neg, "China", "demand addressed to the fleet with no judgement word + vigilance (labels/README: a demand with no judgement = calling_for_talks, negative); unsure: 'will not lower its guard' could be read as a warning"))
# "On the same day, the Ambassador ... Chen Guoyou, appeared by videoconference before the International Relations Commission" = narration, no row.
U(d, "The ambassador told legislators that his government keeps its distant-water vessels under close watch", "illegal catches.",
  ("China", N, neg, "", "ambassador named by title; denial of wrongdoing = neutral, negative tone"))
U(d, "The Government of the People's Republic of China informed Ecuador through diplomatic channels", "found fishing illegally.",
  ("China", T, pos, "Ecuador", "a voluntary pause answering the host's concern = conciliatory commitment, read as calling_for_talks (unsure: could be neutral plan)"))
U(d, "Beijing also said it was willing to allow Ecuadorian officials to inspect", "received by the Ministry.",
  ("China", T, pos, "Ecuador", "offer of cooperation on inspection = conciliatory offer (as offering talks); attribution tail 'according to the note'"))
U(d, "Foreign Minister Luis Gallegos welcomed the announcement as a constructive signal", "near its waters.",
  ("Ecuador", T, pos, "China", "welcome joined to an appeal for verifiable monitoring, no judgement: rule 2 before rule 3"))
U(d, "The Ministry of Foreign Affairs and Human Mobility expresses its gratitude", "World Natural Heritage site.",
  ("Ecuador", S, pos, "", "gratitude to several governments = approval (target empty: several)"))
U(d, "On Sunday the Ministry received the message of the Secretary of State", "solidarity with Ecuador.",
  ("United States", S, pos, "Ecuador", "solidarity"))
U(d, "In the same message, Secretary Pompeo described the fleet's practices as unsustainable", "asked Beijing to stop them.",
  ("United States", C, neg, "China", "judgement + demand: rule 1"))
U(d, "The foreign ministries of Chile, Colombia and Peru also conveyed their backing", "safeguard the marine reserve.",
  ("Chile", S, pos, "Ecuador", "list of three states: one row each; backing"),
  ("Colombia", S, pos, "Ecuador", "same sentence"),
  ("Peru", S, pos, "Ecuador", "same sentence"))
U(d, "The Embassy of the People's Republic of China in Quito, in a statement published on Saturday", "illegal fishing in any form.",
  ("China", N, neg, "", "denial (lawful operation); 'opposes illegal fishing' aimed at no one is a principle, not a judgement of an actor"))
U(d, "Ecuador reiterates that it does not seek confrontation with any state", "dialogue and international law.",
  ("Ecuador", T, neu, "", "commitment to dialogue and law = calling_for_talks"))
U(d, "The Executive Committee of the Permanent Commission for the South Pacific (CPPS)", "international waters of the region.",
  ("Permanent Commission for the South Pacific", C, neg, "", "'rejecting' an act = judgement; no actor named (target empty); new organisation actor"))
U(d, "The member states of the Commission, Chile, Colombia, Ecuador and Peru, agreed to hold", "surveillance of the fleets.",
  ("Chile", N, neu, "", "list of states: a plan for a coordination meeting among allies = neutral (not talks with the other side)"),
  ("Colombia", N, neu, "", "same sentence"),
  ("Ecuador", N, neu, "", "same sentence"),
  ("Peru", N, neu, "", "same sentence"))
U(d, "The United States National Security Council said on Wednesday that Washington stood ready", "environmental sovereignty.",
  ("United States", S, pos, "Ecuador", "offer of assistance = supporting"))
U(d, "The Ministry appreciates this offer and all expressions of cooperation", "partner countries.",
  ("Ecuador", S, pos, "", "appreciation of several partners (target empty)"))
U(d, "Foreign Minister Luis Gallegos informed the People's Republic of China and the other states", "off the continental coast.",
  ("Ecuador", N, neu, "", "notification of the legal limits by diplomatic note = procedure; the threat follows in the next sentence"))
U(d, "Any vessel that enters the protected waters will be intercepted", "the Foreign Minister warned.",
  ("Ecuador", C, neg, "", "threat of seizure = condemning; aimed at any vessel of any flag (target empty); attribution tail by title"))
U(d, "Defence Minister Oswaldo Jarrín reported that some 260 vessels", "patrol flights and sailings.",
  ("Ecuador", N, neu, "", "figures and own deployments given by an actor = neutral"))
U(d, "The President of the Republic, Lenín Moreno, said on Monday that the Galápagos are a treasure", "keep them safe.",
  ("Ecuador", N, pos, "", "order to protect the reserve, aimed at no side = plan (unsure: could be read as a deterrent warning)"))
U(d, "The Head of State added that he trusted the long friendship", "prompt understanding on the matter.",
  ("Ecuador", T, pos, "China", "'the Head of State' without the state's name; hope for an understanding = calling_for_talks"))
U(d, "At a meeting with the Galápagos fishing sector in Puerto Ayora on Sunday, Wilson Cabrera Loor", "for the first time in years\".",
  ("Wilson Cabrera Loor", S, pos, "Ecuador", "invented local fishing leader; thanks to the Navy = backing"))
U(d, "Dr. Tatiana Yépez Rivadeneira, a marine biologist", "getting past it.",
  ("Tatiana Yépez Rivadeneira", C, neg, "", "invented scientist; judgement of the fleet ('industrial siege'); the fleet is not a canonical actor (target empty)"))
U(d, "The Ministry recalls that Ecuador respects freedom of navigation", "Law of the Sea.",
  ("Ecuador", N, neu, "", "reassurance about its own conduct = neutral"))
