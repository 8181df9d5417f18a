# ------------------------------------------------------------------ Moroccan parliament answers the European Parliament's press-freedom resolution (House of Representatives press releases, 20-24 Jan 2023)
d = "page_morocco_parliament_ep_resolution2023_pressreleases.txt"
# Not statements: masthead, menu, breadcrumb, page title, place/date lines, release titles, crossheads, tags, share bar, footer.
U(d, "The Bureau of the House of Representatives, meeting on Friday", "situation of journalists in Morocco.",
  ("Morocco", N, neu, "", "the Bureau (parliament = Morocco) examined a text: procedure; the EP's adoption is narrated background"))
U(d, "The Bureau regards the text as an intrusion", "on trial from abroad.",
  ("Morocco", C, neg, "European Union", "judgement of the European Parliament's text ('intrusion'); European Parliament = European Union in the name files"))
U(d, "It decided to call, together with the House of Councillors, a joint plenary session", "positions to be taken.",
  ("Morocco", N, neu, "", "procedural decision"))
U(d, "Meeting in a joint plenary session, the two Houses of the Moroccan Parliament unanimously decided", "comprehensive evaluation.",
  ("Morocco", C, neg, "European Union", "reviewing ties in protest = a taken response (the reason is given in the surrounding statements)"))
U(d, "The Moroccan Parliament considers that the resolution has shaken a confidence", "the Kingdom's choices.",
  ("Morocco", C, neg, "European Union", "judgement without stock words"))
U(d, "It expresses its regret at the conduct of certain European political groups", "inside the European institutions.",
  ("Morocco", C, neg, "", "'regret' at the conduct of unnamed groups = judgement; groups not canonical -> target empty"))
U(d, "The Parliament reaffirms its attachment to the strategic partnership", "based on mutual respect.",
  ("Morocco", T, pos, "European Union", "commitment to partnership and dialogue between legislatures = calling_for_talks (unsure: could be supporting the EU partnership)"))
U(d, "The minutes of the session and this statement will be transmitted", "European Parliament.",
  ("Morocco", N, neu, "", "procedure"))
U(d, "Speaking for the National Rally of Independents group, its chairman Mr. Mohamed Ghiat told the session", "Moroccan reforms.",
  ("National Rally of Independents", C, neg, "European Union", "ruling party's group chair; refusal in protest of the resolution = condemning"))
U(d, "Mr. Ghiat added that the country's human rights record", "by Moroccans themselves.",
  ("National Rally of Independents", N, pos, "", "self-description, no judgement of another actor = neutral"))
U(d, "The chair of the Authenticity and Modernity Party group, Mr. Ahmed Touizi, said the European text ignored", "the cases concerned.",
  ("Authenticity and Modernity Party", C, neg, "European Union", "judgement of the text (ignored verdicts and victims)"))
U(d, "For the Istiqlal Party group, Mr. Noureddine Mediane said his party backed every measure", "national institutions.",
  ("Istiqlal Party", S, pos, "Morocco", "backing of the two Houses' measures (Parliament = Morocco)"))
U(d, "In the opposition, the chairman of the Justice and Development Party group, Mr. Abdellah Bouanou", "pressure from outside.",
  ("PJD", C, neg, "European Union", "opposition party rejects the lecture 'from Strasbourg' (metonym for the EP) = condemning"))
U(d, "Mr. Bouanou noted, however, that the opposition would continue", "institutions of the Kingdom.",
  ("PJD", N, neu, "", "surname only; the party's own plan to raise concerns domestically, no judgement of a named actor"))
U(d, "The Socialist Union of Popular Forces, through the chairman of its group", "set out the facts.",
  ("Socialist Union of Popular Forces", T, neu, "", "European friends 'misled' (no actor judged) + writing to them to explain = outreach, calling_for_talks (unsure: 'misled' implies a charge against unnamed lobbies)"))
U(d, "Mr. Rachid Hamouni, chairman of the Party of Progress and Socialism group, said the resolution was unfair", "widen the space for freedoms at home.",
  ("Party of Progress and Socialism", C, neg, "European Union", "'unfair' = judgement of the resolution (rule 1 over the domestic appeal)"))
U(d, "The Committee on Foreign Affairs held a study day", "chaired by the committee chairman.",
  ("Morocco", N, neu, "", "committee's activity narrated (an act of the body, neutral) (unsure: could get no row)"))
U(d, "The chairman told participants that the committee would propose to the Bureau", "evaluation is completed.",
  ("Morocco", C, neg, "European Union", "committee chair proposes suspending joint meetings = a measure in protest"))
U(d, "Professor Hicham Lahlou, who teaches public international law", "partner with an advanced status.",
  ("Hicham Lahlou", N, neu, "", "invented scholar; legal reading without an explicit verdict"))
U(d, "Prof. Lahlou urged both sides to reopen a channel", "positions hardened further.",
  ("Hicham Lahlou", T, neu, "", "appeal for a channel between the two parliaments"))
U(d, "Ms. Salma Berrada, a researcher on media law", "reforms of the press code.",
  ("Salma Berrada", N, neu, "", "invented researcher; assessment of the debate and an expectation, no judgement of an actor"))
U(d, "The Speaker of the House received a message from the Speaker of the Arab Parliament", "interference in its judiciary.",
  ("Arab Parliament", S, pos, "Morocco", "solidarity message reported second-hand; 'rejection of interference' aims at an unnamed interferer (support decides)"))
U(d, "The Speaker also received calls from the Speakers of the parliaments of several African and Arab countries", "the House said.",
  ("", S, pos, "Morocco", "unnamed states' speakers = no actor; kept as an unnamed-speaker example"))
U(d, "In Brussels, a spokesperson for the European External Action Service was quoted by the press", "remained a priority.",
  ("European Union", N, pos, "", "'was quoted as saying'; distancing from the EP text + partnership a priority: clarification, no judgement or appeal (unsure: could be supporting Morocco)"))
U(d, "Speaking to the press after the session, Speaker Talbi Alami said", "came in good faith.",
  ("Morocco", T, pos, "", "the speaker of the House = Morocco; open door to dialogue with willing MEPs = calling_for_talks"))
