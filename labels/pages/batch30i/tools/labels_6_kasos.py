# ------------------------------------------------------------------ Turkish warships shadow the Ievoli Relume off Kasos (scraped Greek daily, 2024-07-24)
d = "page_greece_kasos_cableship2024_athensdaily.txt"
# Not statements: masthead, edition line, menu words, breadcrumb, headline and standfirst (carry positions, never
# statements), byline, [Photo] captions with credits and counters, ADVERTISEMENT, crossheads, "Also read" links, tags,
# share line, comment count, Most read, copyright. The daily quotes its own government by title only: "the foreign
# minister", "the government spokesman", "the prime minister", "the defence minister" = Greece.
# "Turkish navy ships that had shadowed ... sailed away on Tuesday night ..." = lead narration, no row.
# "The survey, part of the Great Sea Interconnector project, had drawn as many as five Turkish warships ..." = narration, no row.
U(d, "Greece answered with a gunboat, a frigate and a coast guard patrol vessel.", "coast guard patrol vessel.",
  ("Greece", N, neu, "", "own deployment reported as done, no judgement = neutral (unsure: could be read as narration only)"))
U(d, "The foreign minister told a meeting of parliament's foreign affairs committee", "exercise its sovereign rights.",
  ("Greece", N, neu, "", "title only; the survey done as planned + rejects any need for permission = assertion of own rights, no judgement word (unsure: could be condemning as a rebuff of Turkey)"))
U(d, "He said the calm handling of the episode had shown that channels with Ankara worked", "keep them open.",
  ("Greece", T, pos, "Turkey", "keeping dialogue channels open = calling_for_talks"))
U(d, "The government spokesman, speaking on SKAI radio on Tuesday morning, said the government would go on talking", "the country's shelf.",
  ("Greece", T, neu, "Turkey", "offer of continued talks with a limit = calling_for_talks (conditional offer)"))
U(d, "\"Nobody in this government is looking for an incident at sea,\"", "continental shelf lies.\"",
  ("Greece", C, neg, "Turkey", "quote around the attribution: frigates as pressure that will fail = judgement of Turkey's show of force (unsure: could be neutral reassurance)"))
U(d, "The opposition PASOK accused the government of keeping parliament in the dark", "public relations exercise.",
  ("PASOK", C, neg, "Greece", "opposition party accuses its own government"))
# "The prime minister did not comment publicly on the episode." = non-answer, no row.
U(d, "A government official said he had been kept informed throughout", "on Monday night.",
  ("Greece", N, neu, "", "unnamed official of a named government; facts about the prime minister's contacts"))
U(d, "In Ankara, the Turkish defence ministry said at its weekly briefing", "without Turkish consent.",
  ("Turkey", C, neg, "Greece", "claims the area and vetoes activity without consent = objection to the survey, a warning (unsure: could be neutral assertion of a claim)"))
U(d, "The ministry said its ships had monitored the vessel", "in the eastern Mediterranean.",
  ("Turkey", N, neu, "", "own conduct described + intention to protect rights, no judgement"))
U(d, "Turkish diplomatic sources were quoted by the state-run Anadolu Agency as describing the survey", "between Turkey and Libya.",
  ("Turkey", C, neg, "Greece", "passive second-hand attribution; 'provocative' = judgement; the agency is not an actor"))
U(d, "Greece regards that memorandum as legally void, a position shared by the European Union.", "shared by the European Union.",
  ("Greece", C, neg, "", "calls the Turkey-Libya memorandum void = judgement of an act by two states (target empty)"),
  ("European Union", C, neg, "", "the same position attributed to the EU"))
U(d, "Foreign Minister Hakan Fidan, asked about Kasos by reporters in Ankara", "in the eastern Mediterranean.",
  ("Turkey", C, neg, "Greece", "dialogue offer joined to a warning against 'faits accomplis' = threat decides (rule 1)"))
U(d, "In Nicosia, government spokesman Konstantinos Letymbiotis said Cyprus stood fully with Greece", "\"whatever the noise from Ankara\".",
  ("Cyprus", S, pos, "Greece", "solidarity + the project will go ahead; the jibe at Ankara is subordinate"))
U(d, "He called Turkey's behaviour yet another attempt to intimidate", "energy project hostage.",
  ("Cyprus", C, neg, "Turkey", "intimidation charge"))
U(d, "A European Commission spokesperson said the Great Sea Interconnector was a project of common interest", "remained committed to it.",
  ("European Union", S, pos, "", "commitment to the project = backing (of a project of Greece and Cyprus: two parties, target empty)"))
U(d, "The spokesperson added that the bloc expected all parties to respect international law", "sovereignty of member states.",
  ("European Union", T, neu, "", "'the spokesperson' carried over; appeal to all parties, no judgement = calling_for_talks"))
U(d, "Italy's foreign ministry said it had been in contact with the operator", "the crew were safe.",
  ("Italy", N, neu, "", "contacts and facts, no evaluation"))
U(d, "Officials in Athens privately describe the two days as a test of nerves", "chose not to escalate.",
  ("Greece", N, neu, "", "officials of the named capital's government; description without judgement (unsure: 'officials in Athens' might be too loose a tie)"))
# "Diplomatic sources said the channels opened last year ... had been used ..." = unnamed sources with no tie: no row.
U(d, "Angeliki Stathopoulou, who teaches the international law of the sea at Panteion University", "ignored the existence of Crete altogether.",
  ("Angeliki Stathopoulou", C, neg, "Turkey", "invented scholar; legal critique of Turkey's claim"))
U(d, "\"Under the law of the sea, islands have a continental shelf.", "she said.",
  ("Angeliki Stathopoulou", C, neg, "Turkey", "'not defensible in any court' = judgement"))
U(d, "\"But both governments did the sensible thing this week", "I hope they keep doing so.\"",
  ("Angeliki Stathopoulou", T, pos, "", "praise of restraint + hope it continues = calling_for_talks (two governments, target empty)"))
U(d, "Manolis Chatzigeorgiou, a member of the island's municipal council, said residents had been frightened", "so close to shore.",
  ("Manolis Chatzigeorgiou", N, neg, "", "invented local official; fear reported, no appeal"))
# "\"We are two thousand people on a rock at the edge of Europe,\" he said." = description, no position: no row.
U(d, "\"We would like Athens to tell us more, and we would like Ankara to leave us alone.\"", "to leave us alone.\"",
  ("Manolis Chatzigeorgiou", T, neg, "Turkey", "quote continued after the attribution: requests to both capitals; 'leave us alone' = appeal to stop, no judgement word (unsure: could be condemning)"))
# "The defence minister was expected to brief party leaders ..." = the outlet's forecast, no row.
U(d, "The defence minister said on Monday night that the armed forces had followed the Turkish ships", "ready for anything.",
  ("Greece", C, neg, "Turkey", "title only; readiness 'for anything' in answer to another side's warships = veiled warning (unsure: could be neutral reassurance)"))
U(d, "Asked whether the Turkish ambassador would be summoned, a foreign ministry spokeswoman said", "between the two ministers.",
  ("Greece", N, neu, "", "procedural: no summons needed, matter handled directly"))
