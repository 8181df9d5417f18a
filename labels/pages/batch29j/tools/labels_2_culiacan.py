# ------------------------------------------------------------------ The "Culiacanazo": arrest and release of Ovidio Guzmán (live blog HTML, 2019-10-17/18)
d = "page_mexico_culiacan_ovidio2019_liveblog.html"
# Not statements: brand, nav, breadcrumb, headline, standfirst, byline, captions "1 of 4", share bar, ADVERTISEMENT,
# entry labels ("The president says he stands by the decision.", "Washington's reaction, second-hand so far.",
# "The city wakes up ...", "The security cabinet explains the retreat.", "Gunfire across Culiacán."), related, newsletter, comments, footer.
U(d, "At his morning news conference, President Andrés Manuel López Obrador said the operation had been badly planned", "spared the city a massacre.",
  ("Mexico", N, neg, "", "defence of own decision + admission of poor planning; self-justification, no judgement of another actor = neutral"))
U(d, "\"Answering bullets with more bullets only feeds the fire,\" he told reporters", "the capture of one man.",
  ("Mexico", N, neu, "", "justification of own conduct (no appeal to another party); unsure: could be read as calling_for_talks (de-escalation)"))
U(d, "National Action Party leader Marko Cortés: \"The state surrendered a city", "called it prudence.\"",
  ("National Action Party", C, neg, "Mexico", "live-blog item: label + quotation with no verb of saying; party leader = party; judgement of the government"))
U(d, "The conservative opposition party said in a statement it would ask the Senate to summon the security cabinet", "to free the suspect.",
  ("National Action Party", C, neg, "Mexico", "demand for accountability of the government (summons) after a judgement; unsure: could be neutral procedure"))
U(d, "A U.S. official, speaking on condition of anonymity, was quoted by a Texas newspaper as saying", "filed in February.",
  ("United States", N, neu, "", "unnamed official of a named government; second-hand ('was quoted ... as saying'); a standing legal request stated as fact"))
U(d, "The U.S. Embassy in Mexico City renewed its security alert for Culiacán", "until further notice.",
  ("United States", N, neu, "", "travel/security advice to own citizens = procedure"))
U(d, "PRI president Alejandro Moreno said the episode exposed a security strategy without direction", "within the month.",
  ("Institutional Revolutionary Party", C, neg, "Mexico", "judgement + demand; the entry label (a quote with no speaker's verb) is not a unit of its own"))
U(d, "Canada updated its travel advice, urging travellers to avoid non-essential trips", "because of the violence.",
  ("Canada", N, neg, "", "travel advice to own citizens = neutral (not an appeal to a party)"))
U(d, "Global Affairs Canada said consular officials were in touch with a small number of Canadians", "none had reported injuries.",
  ("Canada", N, neu, "", "facts from a ministry"))
U(d, "Culiacán Mayor Jesús Estrada Ferreiro told local radio that classes were suspended", "unless their journey was urgent.",
  ("Mexico", N, neu, "", "local official resolves to the state; measures and safety advice to residents = neutral"))
U(d, "\"We are not going to let fear govern this city,\" the mayor said.", "the mayor said.",
  ("Mexico", N, pos, "", "resolve, no judgement and no appeal to a party = neutral, positive tone"))
U(d, "Security Secretary Alfonso Durazo said in a video message that a National Guard patrol had come under heavy fire", "a house in the city.",
  ("Mexico", N, neu, "", "own account of events"))
U(d, "Durazo said commanders had judged that holding the house", "without the detainee.",
  ("Mexico", N, neu, "", "own decision explained, no judgement"))
U(d, "He conceded that the raid had gone ahead before the security cabinet had a full picture", "an internal review.",
  ("Mexico", N, neg, "", "self-criticism + plan for a review: no judgement of another actor"))
U(d, "Sinaloa Governor Quirino Ordaz Coppel, in a message on Twitter: \"Criminal groups", "will not kneel to them.\"",
  ("Mexico", C, neg, "Sinaloa Cartel", "governor = Mexico; judgement of the criminal groups (the cartel, named by context; unsure about the target)"))
U(d, "The governor urged families to avoid the streets", "unverified videos.",
  ("Mexico", N, neu, "", "safety advice to residents, not a peace appeal to a party = neutral"))
U(d, "Defence Secretary Luis Cresencio Sandoval said soldiers had repelled an attack", "wounded among the troops.",
  ("Mexico", C, neg, "Sinaloa Cartel", "an attack described as the other side's (on military families' housing) = accusation by description; unsure: could be neutral account of own action"))
# "The defence ministry gave no figure for the dead." = non-answer: no row (re-check, as batch22a).
U(d, "A resident of the Tres Ríos district who gave her name as Marisol Beltrán", "for two hours.",
  ("Marisol Beltrán", N, neg, "", "invented witness; account of events"))
U(d, "\"Nobody came to tell us what was going on,\" Beltrán said.", "alone with the gunmen.\"",
  ("Marisol Beltrán", C, neg, "Mexico", "judgement of the government"))
U(d, "The U.S. Consulate General in Hermosillo: avoid the area", "keep a low profile.",
  ("United States", N, neu, "", "live-blog item with no verb; security advice = neutral"))
# "Heavily armed men in pickup trucks blocked main avenues ..." = narration ('according to witnesses' = unnamed), no row.
U(d, "Rodrigo Villaseñor Lozano, a security analyst at the Mexican Institute for Security Studies, said the cartel had shown", "within an hour.",
  ("Rodrigo Villaseñor Lozano", N, neg, "", "invented analyst; assessment, no judgement"))
U(d, "\"The state lost this battle the moment it sent thirty people into a house", "Villaseñor said.",
  ("Rodrigo Villaseñor Lozano", C, neg, "Mexico", "judgement of the government's operation"))
U(d, "He added that he hoped the government would use the shock to build a serious intelligence capacity", "logic of open war.",
  ("Rodrigo Villaseñor Lozano", N, pos, "", "hope about security policy, not for calm between parties; unsure: hope = talks by the guide, but it asks for intelligence capacity, not peace"))
# "The governing party closes ranks." = entry label, no row.
U(d, "Morena's leader in the Senate, Ricardo Monreal, said the president had chosen to protect lives", "the country's backing.",
  ("Morena", S, pos, "Mexico", "governing party's Senate leader = party; praise and backing of the president's decision"))
U(d, "Monreal said his bench would not support summoning the security cabinet", "internal review was finished.",
  ("Morena", N, neu, "", "procedural refusal with a procedural reason = neutral"))
U(d, "The Institutional Revolutionary Party: \"Improvisation costs lives.\"", "costs lives.\"",
  ("Institutional Revolutionary Party", C, neg, "Mexico", "live-blog item: speaker + quotation with no verb of saying (like the PAN and consulate items) = the party's judgement of the government"))
