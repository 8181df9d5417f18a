# ------------------------------------------------------------------ Poland drones (live blog, full HTML, 2025-09-10)
d = "page_poland_drones_liveblog.html"
U(d, "German Defence Minister Boris Pistorius said Germany was prepared", "to take part in it.",
  ("Germany", S, pos, "Poland", "offer of military assets (backing by act) = supporting"))
U(d, "Chancellor Friedrich Merz, speaking earlier in Berlin", "shrug off.",
  ("Germany", C, neg, "Russia", "'a reckless act'; Moscow = Russia; Berlin = place"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters", "back it up\".",
  ("Russia", C, neg, "", "not a bare denial: counter-accusation that European and NATO leaders accuse without evidence (judgement); two bodies -> target empty (unsure: could be neutral)"))
U(d, "NATO Secretary General Mark Rutte said after the North Atlantic Council", "dangerous and irresponsible.",
  ("NATO", C, neg, "Russia", "judgement 'dangerous and irresponsible' even if not deliberate"))
U(d, "\"The whole alliance stands with Poland.", "in Brussels.",
  ("NATO", S, pos, "Poland", "multi-sentence quote closed by its speaker (Rutte by surname); solidarity"))
U(d, "Dutch Defence Minister Ruben Brekelmans said Dutch F-35 fighters", "needed them.",
  ("Netherlands", S, pos, "Poland", "backing by act (jets took part, will stay); Warsaw = Poland"))
U(d, "Russia's defence ministry said its overnight strikes", "as far as Poland anyway.",
  ("Russia", N, neg, "", "denial of intent, own strike on Ukraine reported as done: neutral, negative tone"))
U(d, "The ministry said it was prepared to hold consultations", "about the incident.",
  ("Russia", T, neu, "Poland", "'The ministry' = Russia's defence ministry (previous paragraph); offer of consultations"))
U(d, "Belarus's general staff said its air defences had tracked drones", "during the night.",
  ("Belarus", N, neu, "", "implicit denial/explanation + facts; Warsaw and Vilnius = places"))
U(d, "European Commission President Ursula von der Leyen, opening her State of the Union", "eastern border.",
  ("European Union", S, pos, "Poland", "solidarity + funding pledge; Strasbourg = place"))
U(d, "EU foreign policy chief Kaja Kallas said everything pointed", "package of sanctions.",
  ("European Union", C, neg, "Russia", "accusation of a deliberate act + sanctions announced as the answer"))
U(d, "Poland's foreign ministry summoned Russia's chargé d'affaires", "European Union and NATO.",
  ("Poland", C, neg, "Russia", "summoning an envoy in protest + 'unprecedented attack'; Ordash only the object"))
U(d, "Ordash told reporters outside the ministry", "come from Russia.",
  ("Russia", N, neg, "", "Russia's chargé by surname; denial by lack of evidence: neutral"))
U(d, "Sikorski said Poland would also ask for an urgent meeting", "Security Council.",
  ("Poland", T, neg, "", "request for a UN Security Council meeting = diplomatic course (labels/README: pursuing a UN resolution is talks); unsure, aimed at Russia by context"))
U(d, "Ukrainian President Volodymyr Zelensky said Moscow was deliberately testing", "no strong answer.",
  ("Ukraine", C, neg, "Russia", "accusation of deliberate probing"))
U(d, "He offered to share Ukraine's experience", "send specialists.",
  ("Ukraine", S, pos, "Poland", "'He' = Zelensky; offer of expertise and specialists = offered assistance"))
U(d, "U.S. Ambassador to NATO Matthew Whitaker wrote on X", "common territory together.",
  ("United States", S, pos, "Poland", "leader-on-social-media register; solidarity"))
U(d, "Prime Minister Donald Tusk told parliament that Polish airspace", "no one hurt.",
  ("Poland", N, neu, "", "figures of violations and downed drones, no judgement"))
U(d, "Tusk said Poland had formally asked NATO allies for consultations", "President Karol Nawrocki.",
  ("Poland", T, neg, "", "request for Article 4 consultations = asking for a meeting (unsure: aimed at Russia by context, no judgement in the sentence)"))
U(d, "\"This was not a mistake and it was not an accident.", "Tusk said.",
  ("Poland", C, neg, "Russia", "multi-sentence quote; accusation of intent + implied response"))
U(d, "He urged people not to touch any wreckage", "to the police.",
  ("Poland", N, neu, "", "safety instruction to the public, not an appeal for peace: neutral"))
U(d, "Lithuania's defence ministry said its forces were watching", "as serious.",
  ("Lithuania", N, neg, "", "concern WITHOUT an appeal: neutral, negative tone"))
U(d, "Poland's Operational Command said Polish and allied aircraft", "western Ukraine.",
  ("Poland", N, neu, "", "own military action reported as done, no judgement"))
