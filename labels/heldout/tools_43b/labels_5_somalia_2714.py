# ------------------------------------------------------------------ Security Council lifts the arms embargo on Somalia's Government, renews Al-Shabaab sanctions (UN meetings coverage, 2023-12-01)
d = "page_somalia_embargo_2714_unmeetings.txt"
# Not statements: site header, menu, breadcrumb, document symbol, date, meeting number, headline and subheadline, crosshead
# "Statements", meeting times, "For information media. Not an official record.", related documents, follow bar, footer links.
U(d, "Unanimously adopting resolution 2714 (2023) this morning", "managing its weapons and ammunition.",
  ("United Nations", S, pos, "Somalia", "the Council lifts the embargo in recognition of progress = approval of Somalia's step"))
U(d, "By the terms of that text, the Council called on the Government to make sure", "outside its service.",
  ("United Nations", N, neu, "Somalia", "a condition on the use of weapons; no judgement, not a peace appeal -> neutral (unsure)"))
U(d, "It asked the United Nations Mine Action Service to give the Government technical advice", "management strategy.",
  ("United Nations", S, neu, "Somalia", "technical assistance provided to the Government"))
U(d, "In a separate vote, the Council adopted resolution 2713 (2023)", "authorization for maritime interdiction.",
  ("United Nations", C, neg, "Al-Shabaab", "sanctions renewed against the group = a measure"))
U(d, "Through that text, the Council condemned Al-Shabaab's attacks", "extortion and illicit taxation.",
  ("United Nations", C, neg, "Al-Shabaab", "condemnation + concern"))
U(d, "It also extended until 15 January 2025 the mandate of the Panel of Experts", "Sanctions Committee.",
  ("United Nations", N, neu, "", "procedure"))
U(d, "The representative of the United Kingdom, penholder on both texts, said", "he praised.",
  ("United Kingdom", S, pos, "Somalia", "praise of Somalia's engagement"))
U(d, "Al-Shabaab, he said, remained the gravest threat to the Somali people", "access to weapons and to money.",
  ("United Kingdom", C, neg, "Al-Shabaab", "'he' = the UK representative; judgement + call to keep squeezing the group"))
U(d, "The representative of France said her delegation had abstained on resolution 2713", "terrorism in Somalia.",
  ("France", N, neu, "", "explanation of an abstention on procedural/balance grounds, no judgement of an actor"))
U(d, "France had voted in favour of resolution 2714 and would continue to stand by the Somali authorities", "she said.",
  ("France", S, pos, "Somalia", "vote for the text + continued backing"))
U(d, "The representative of the United States said the lifting of the embargo recognized", "weapons and ammunition.",
  ("United States", S, pos, "Somalia", "praise of Somalia's progress"))
U(d, "He condemned Al-Shabaab's campaign of bombings and extortion", "their fight against the group.",
  ("United States", C, neg, "Al-Shabaab", "condemnation + support to Somali forces: the judgement decides (rule 1)"))
U(d, "Speaking also for Gabon and Mozambique, the representative of Ghana said", "its security forces.",
  ("Ghana", S, pos, "Somalia", "A3 statement: states acting as a list = one row each"),
  ("Gabon", S, pos, "Somalia", "A3 statement, on whose behalf Ghana spoke"),
  ("Mozambique", S, pos, "Somalia", "A3 statement, on whose behalf Ghana spoke"))
U(d, "The representative of the Russian Federation welcomed the lifting of the embargo", "long called for.",
  ("Russia", S, pos, "Somalia", "welcome of a step"))
U(d, "Sanctions imposed on African States, she said, too often outlived their purpose", "meant to strengthen.",
  ("Russia", C, neg, "", "judgement of the Council's sanctions practice (no single actor -> target empty) (unsure: could be read as a general policy view, neutral)"))
U(d, "She added that the Russian Federation had shipped 25,000 tonnes of wheat to Somalia", "before the end of the year.",
  ("Russia", S, pos, "Somalia", "food aid provided and planned"))
U(d, "Turning to the wider region, she encouraged Djibouti and Eritrea", "through direct talks.",
  ("Russia", T, neu, "", "appeal to two states for direct talks"))
U(d, "The representative of China said sanctions were a means and not an end", "conditions on the ground changed.",
  ("China", N, neu, "", "statement of principle, no actor judged, no appeal to parties"))
U(d, "He welcomed the Council's decision on the embargo.", "decision on the embargo.",
  ("China", S, pos, "United Nations", "welcome of the Council's decision"))
U(d, "He called on the federal Government and the federal member states to overcome their differences", "against terrorism.",
  ("China", T, neu, "Somalia", "appeal for dialogue inside Somalia"))
U(d, "The representative of Japan said his country would continue to fund training", "justice institutions.",
  ("Japan", S, pos, "Somalia", "aid offered"))
U(d, "The representative of the United Arab Emirates condemned in the strongest terms", "fighting the group.",
  ("United Arab Emirates", C, neg, "Al-Shabaab", "condemnation + tribute to Somali soldiers: rule 1"))
U(d, "The representative of Switzerland said the sanctions regime must never stand in the way of humanitarian action", "preserved in full.",
  ("Switzerland", T, neg, "", "appeal for humanitarian access/exemption"))
U(d, "The representative of Ecuador said his delegation was deeply worried", "weakened by drought.",
  ("Ecuador", N, neg, "", "concern without an appeal = neutral"))
U(d, "The representative of Somalia thanked Council members, and the United Kingdom in particular", "Somali National Army.",
  ("Somalia", S, pos, "", "thanks to the Council and the UK (two addressees -> target empty)"))
U(d, "He pledged that every weapon imported would be registered", "leak to Al-Shabaab.",
  ("Somalia", N, pos, "", "reassurance about own conduct = neutral"))
U(d, "Al-Shabaab, he said, was a criminal enterprise", "now within reach.",
  ("Somalia", C, neg, "Al-Shabaab", "judgement of the group"))
