# ------------------------------------------------------------------ UNSC resolution 2608: three-month counter-piracy renewal off Somalia (UN meetings coverage, 2021-12-03)
d = "page_unsc2608_somalia_piracy2021_unmeetings.txt"
# Not statements: site header, breadcrumb, document number, date, meeting number, headline, subheading, crosshead "Statements",
# "Also speaking were ...", meeting times, "For information media", related documents, share line, footer.
U(d, "The Security Council this morning renewed for three months", "since 2008.",
  ("United Nations", N, neu, "", "the Council's decision described as a procedure; pirates are no actor"))
U(d, "Unanimously adopting resolution 2608 (2021) under Chapter VII", "continued international assistance.",
  ("United Nations", N, neu, "", "facts noted in the resolution; Somalia's letter only narrated (its request is the Council's note)"))
U(d, "Before the vote, the Council heard a briefing by Halima Warsame", "as to naval patrols.",
  ("Halima Warsame", N, neu, "", "invented independent briefer; analysis of causes"))
U(d, "Ms. Warsame said that the criminal networks", "confuse quiet with victory.",
  ("Halima Warsame", N, neg, "", "warning of a risk; no appeal for peace or talks, no judgement of an actor"))
U(d, "She urged members to pair any wind-down", "against a return of piracy.",
  ("Halima Warsame", T, neu, "", "appeal for help to Somalia's coast guard (asking for aid is not supporting)"))
U(d, "Speaking after the vote, the representative of the United States", "a text that all could accept.",
  ("United States", N, neu, "", "'the representative of X'; procedural account of the drafting"))
U(d, "She said that the United States respected Somalia's wish", "an orderly transition.",
  ("United States", S, pos, "Somalia", "'She' = the US representative; approval of Somalia's wish"))
U(d, "The representative of France said her delegation had voted in favour", "did not match the threat.",
  ("France", C, neg, "", "'regretted' aimed at the decided duration = judgement (rule 1 style); no single actor -> target empty"))
U(d, "Three months was too short for the European Union's naval operation", "quick to exploit.",
  ("France", N, neg, "", "speaker carried by 'she said'; concern about a security gap, no appeal (unsure: 'too short' could be read as a judgement)"))
U(d, "She added that France would continue to support Somalia's maritime capacities", "and bilaterally.",
  ("France", S, pos, "Somalia", "backing by act: continued capacity support"))
U(d, "The representative of the United Kingdom shared the concern", "more limited arrangement.",
  ("United Kingdom", T, neg, "Somalia", "concern + appeal to keep a further arrangement open = calling_for_talks"))
U(d, "The representative of India said that the waters off Somalia", "since 2008.",
  ("India", N, neu, "", "facts about trade and own escorts"))
U(d, "He said that piracy in the western Indian Ocean remained a live threat", "a longer renewal.",
  ("India", N, neg, "", "concern + preference for a longer mandate, no appeal, no judgement of an actor"))
U(d, "The representative of Kenya said that piracy had cost the region dearly", "its waters and resources.",
  ("Kenya", S, pos, "United Nations", "welcome of the Council's recognition = supporting; the harm of piracy names no actor"))
U(d, "He called on all partners to coordinate closely", "leave the coast unguarded.",
  ("Kenya", T, neu, "", "appeal for coordination"))
U(d, "The representative of China said his country had taken part in escort missions", "keep doing so.",
  ("China", N, neu, "", "own conduct and plans"))
U(d, "He said that the Council should fully respect the sovereignty", "any decision on its waters.",
  ("China", S, neu, "Somalia", "backing Somalia's position; an appeal to respect sovereignty is not an appeal for peace/talks, so rule 3"))
U(d, "The representative of the Russian Federation said the text was a step in the right direction", "listened to the country concerned.",
  ("Russia", S, pos, "", "approval of the text; 'finally' is a hint, not an explicit judgement"))
U(d, "For too long, he said, foreign vessels had profited from Somalia's weakness", "counter-piracy mandate.",
  ("Russia", C, neg, "", "speaker carried over ('he said' inside); accusation against unnamed foreign vessels -> target empty"))
U(d, "The representative of Ireland said that illegal, unreported and unregulated fishing", "exclusive economic zone.",
  ("Ireland", T, neu, "", "appeal to help Somalia police its waters (asking others for help)"))
U(d, "The representative of Norway expressed concern at reports that armed groups", "along the coast.",
  ("Norway", N, neg, "", "concern at reports, no appeal = neutral; Al-Shabaab only mentioned"))
U(d, "The representative of Mexico said that his delegation had joined the consensus", "Coast of Somalia.",
  ("Mexico", N, neu, "", "procedural line"))
U(d, "The representative of Somalia thanked the Council and the naval partners", "free his country's waters from piracy.",
  ("Somalia", S, pos, "", "thanks to the Council and naval partners (two addressees -> target empty)"))
U(d, "The threat had been brought under control, he said", "run their course.",
  ("Somalia", N, neu, "", "assessment + own plans"))
U(d, "He said that the authorization had at times been used as a pretext", "this chapter had to close.",
  ("Somalia", C, neg, "", "accusation of abuse of the mandate, no actor named -> target empty"))
U(d, "His Government, he said, was ready to work with any partner", "3,000 kilometres of coastline.",
  ("Somalia", T, neu, "", "offer of bilateral cooperation + request for help"))
U(d, "The representative of Niger, speaking in his national capacity as Council President", "will of the Somali authorities.",
  ("Niger", S, pos, "", "national capacity (not for the Council); support for the resolution"))
