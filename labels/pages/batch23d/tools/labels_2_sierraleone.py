# ------------------------------------------------------------------ Sierra Leone: Bio re-elected, Kamara rejects (wire copy, .txt, 2023-06-28)
d = "page_sierraleone_bio_kamara_2023_wire.txt"
# Not statements: menu, section, headline, byline, time stamp, read time, summary bullets, ADVERTISEMENT, capitals crossheads,
# reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "Sierra Leone's main opposition All People's Congress (APC) said on Wednesday", "polling station by polling station.",
  ("All People's Congress", C, neg, "Sierra Leone", "lead, dateline excluded; refusing to recognise the re-election = rejection in protest"),
  ("European Union", T, neu, "Sierra Leone", "reported position in the same sentence: the EU observation mission urges publication of results = appeal, no judgement here"))
U(d, "Bio, 59, was sworn in for a second five-year term", "to avoid a run-off.",
  ("Sierra Leone", N, neu, "", "narration with the commission's announcement of figures = state agency giving results, neutral"))
# "His main challenger, former foreign minister Samura Kamara, was credited with 41.16%." = figure in narration, no row.
U(d, "\"What the commission read out yesterday is not the verdict", "Kamara said in a statement.",
  ("All People's Congress", C, neg, "Sierra Leone", "multi-sentence quote closed by its speaker; the APC candidate judges the result fabricated = the party's position"))
U(d, "The APC said its agents had been kept away from the final tallying", "declared the opposite.",
  ("All People's Congress", C, neg, "Sierra Leone", "accusation made by describing exclusion and contrary tallies"))
U(d, "In a short speech after taking the oath, Bio thanked voters", "take any complaint to the courts.",
  ("Sierra Leone", T, pos, "All People's Congress", "appeal to the opposition to use the courts, no judgement word"))
U(d, "\"The election is over. My hand is stretched out", "he said.",
  ("Sierra Leone", T, pos, "", "quote closed by its speaker; outstretched hand = offer of reconciliation"))
U(d, "The Electoral Commission for Sierra Leone has said its results were checked", "\"in due course\".",
  ("Sierra Leone", N, neu, "", "state agency: reassurance about its own conduct + plan = neutral"))
U(d, "Information Minister Mohamed Rahman Swaray said the observers' comments", "already tense situation\".",
  ("Sierra Leone", C, neg, "European Union", "judgement of the EU observers: overstepping their mandate, inflaming tension"))
U(d, "A police spokesman denied that officers had fired live rounds", "an unlawful gathering.",
  ("Sierra Leone", N, neg, "", "unnamed official of a named body (police) speaks for the state; denial = neutral, negative"))
U(d, "Inspector-General of Police William Fayia Sellu warned that anyone", "arrested and prosecuted.",
  ("Sierra Leone", C, neg, "", "threat of arrest aimed at 'anyone' = threatened measure, target empty"))
U(d, "In a statement on Wednesday, the EU Election Observation Mission said the presidential figures", "in some districts.",
  ("European Union", N, neg, "", "findings about the figures without an evaluative word on an actor (unsure: inconsistencies imply an accusation; the judgement comes in the next unit)"))
U(d, "\"A lack of openness at the tally centres has cost this process public trust", "Chief Observer Evin Incir said.",
  ("European Union", C, neg, "Sierra Leone", "judgement on the commission's conduct + appeal (rule 1); the chief observer speaks for the EU mission"))
U(d, "The U.S.-based Carter Center, which also observed the vote, said it shared", "\"without further delay\".",
  ("Carter Center", T, neu, "Sierra Leone", "shared concerns + appeal to publish data, no explicit judgement"))
U(d, "The African Union's observer mission said in its preliminary statement", "for their patience.",
  ("African Union", S, pos, "", "positive assessment of polling day and praise of voters = approval; target empty (voters are not an actor)"))
U(d, "The Economic Community of West African States (ECOWAS) urged", "refrain from violence.",
  ("ECOWAS", T, neu, "", "appeal to use legal avenues and refrain from violence"))
U(d, "Nigeria's President Bola Tinubu and Gambia's Adama Barrow sent messages", "to Bio.",
  ("Nigeria", S, pos, "Sierra Leone", "congratulations = recognition of the re-elected president; list, one row each"),
  ("Gambia", S, pos, "Sierra Leone", "same list"))
U(d, "The U.S. State Department said it was concerned by the observers' findings", "fully transparent.",
  ("United States", T, neg, "Sierra Leone", "concern + appeal to the commission = calling_for_talks"))
U(d, "Britain's Minister for Development and Africa, Andrew Mitchell, said London was studying", "the government in Freetown.",
  ("United Kingdom", N, neu, "", "studying reports and having raised the issue = procedure, no judgement, no appeal"))
U(d, "A spokesman for UN Secretary-General Antonio Guterres said Guterres was following", "to show restraint.",
  ("United Nations", T, neu, "", "monitoring + appeal for restraint"))
# "Tensions ran high during the campaign, with supporters of both main parties accused ..." and "Several people were injured ..." = background, no row.
U(d, "Umaru Napoleon Koroma, secretary-general of Bio's Sierra Leone People's Party (SLPP), accused", "accept defeat.",
  ("Sierra Leone People's Party", C, neg, "All People's Congress", "accusation by the ruling party's secretary-general"))
U(d, "APC spokesman Sidi Yahya Tunis said the party's executive would meet", "local councils.",
  ("All People's Congress", N, neu, "", "options under study (court or withdrawal) = plan, no decision or judgement in the sentence"))
U(d, "Fatmata Sesay, director of the Freetown-based Centre for Democratic Accountability, said", "its best argument\".",
  ("Fatmata Sesay", C, neg, "Sierra Leone", "invented independent voice; judgement of the commission's refusal"))
U(d, "\"If the figures are sound, publishing them costs nothing.", "she said.",
  ("Fatmata Sesay", T, neg, "Sierra Leone", "argument for publication = appeal for transparency; no new judgement word (unsure: could be read as continuing the criticism)"))
U(d, "In Freetown's east end, taxi driver Abdul Kanu", "go back to that.\"",
  ("Abdul Kanu", T, neg, "", "named resident (invented); wish that the leaders talk = calling_for_talks; quote opened after a colon"))
