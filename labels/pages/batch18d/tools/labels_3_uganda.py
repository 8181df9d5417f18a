# ------------------------------------------------------------------ Uganda's January 2021 election aftermath (live blog, scraped .txt, 2021-01-20)
d = "page_uganda_election_liveblog.txt"
# No row: masthead, menu, section path, LIVE badge, headline, standfirst, editors, last updated, share line, "Key events",
# the "What we know so far" bullets, photo captions with credits, day headers, timestamps and entry headings,
# ADVERTISEMENT, "Related:", "Show older updates", topics, newsletter prompt, comments, Most viewed, footer.
# --- Wednesday 18:40, EU declaration
# No row: "The European Union has just published its first formal reaction to the vote, a declaration issued by ... Borrell"
# (lead-in announcing the text; its content follows).
U(d, "It says the bloc is glad polling day passed off largely peacefully", "reporters and civil society.",
  ("European Union", C, neg, "Uganda", "'It' = the EU declaration; welcome of a calm polling day + judgement of the security forces' conduct = condemning (rule 1)"))
U(d, "\"Switching off the internet did not only silence Ugandans.", "the declaration says.",
  ("European Union", C, neg, "Uganda", "two-sentence quote closed by its source ('the declaration says'); judgement of the shutdown"))
U(d, "The EU calls on the government to let all political actors", "show restraint.",
  ("European Union", T, neu, "Uganda", "demand addressed to one side (freedoms, restraint) with no judgement word = calling_for_talks"))
U(d, "It also urges every party to stay away from violence", "through the courts.",
  ("European Union", T, neu, "", "appeal to all sides to avoid violence and use the courts"))
# --- Wednesday 15:20, UN
U(d, "At the daily briefing in New York, UN spokesman Stéphane Dujarric said", "developments in Uganda closely.",
  ("United Nations", N, neg, "", "UN spokesperson note: 'following closely' with no appeal = neutral (monitoring); New York = place"))
U(d, "Dujarric said the secretary-general hoped that any disagreement", "would be respected.",
  ("United Nations", T, pos, "", "hope that disputes go to legal channels and rights are respected = calling_for_talks"))
# No row: the 13:05 note from "our team in Kampala" (the outlet itself).
# --- Wednesday 12:10, Kyagulanyi
# No row: "Kyagulanyi has been speaking to a small group of reporters by phone ..." (narration).
U(d, "He said supplies in the house were almost gone", "since Friday.",
  ("National Unity Platform", N, neg, "", "Kyagulanyi = National Unity Platform (name files); facts about his confinement, no judgement in this sentence"))
U(d, "\"This is not security, it is detention without a charge", "he said.",
  ("National Unity Platform", C, neg, "Uganda", "accusation of unlawful detention by the state's forces"))
# No row: "An application asking the High Court ... is expected to be filed this week." (no speaker).
# --- Tuesday 17:45, Opondo
# No row: "The row over Monday's attempted visit has escalated." (the outlet's summary line).
U(d, "Government spokesman Ofwono Opondo says the ambassador's visit", "Ugandans had voted for.",
  ("Uganda", C, neg, "United States", "accusation of subversion (the US ambassador = the United States)"))
U(d, "\"From the day she presented her credentials", "Opondo told reporters in Kampala.",
  ("Uganda", C, neg, "United States", "attribution tail; judgement of the ambassador's conduct; Kampala = place"))
U(d, "He added, in a swipe at Washington, that a government which had just watched", "about elections.",
  ("Uganda", C, neg, "United States", "pronoun subject; judgement without stock words (no standing to lecture); Washington and Kampala = metonyms"))
# --- Monday 23:30, police
U(d, "Police spokesman Fred Enanga says there is no date", "was being organised.",
  ("Uganda", N, neg, "", "own security measure justified by unnamed plotters (no actor judged) = neutral (unsure)"))
U(d, "\"Since when does a foreign ambassador need to inspect", "late-evening call with reporters.",
  ("Uganda", C, neg, "United States", "insinuation put as a question about the US envoy = accusation"))
# --- Tuesday 09:05, army
U(d, "Army spokeswoman Brig Flavia Byekwaso told a local radio station", "not under arrest.",
  ("Uganda", N, neg, "", "the army speaks for its state; denial that he is detained = neutral, negative"))
# --- Monday 21:10, US embassy
U(d, "The US embassy in Kampala has confirmed that Ambassador Natalie E Brown", "soldiers at the gate.",
  ("United States", N, neu, "", "embassy = United States; a fact about its own ambassador, no evaluation"))
U(d, "The embassy says the visit had one purpose:", "troops around their home.",
  ("United States", N, neg, "", "purpose of the visit, concern for his safety without an appeal = neutral"))
U(d, "It says the campaign was poisoned by attacks on opposition candidates", "in the wrong direction.",
  ("United States", C, neg, "Uganda", "'It' = the embassy statement; judgement of the campaign and of the house arrest"))
U(d, "Washington wants the authorities to honour the rights", "the statement adds.",
  ("United States", T, neu, "Uganda", "metonym + attribution tail; demand to one side to respect freedoms, no judgement word"))
# --- Monday 19:40, internet
U(d, "Internet traffic in Uganda is back at roughly", "without a VPN.",
  ("NetBlocks", N, neu, "", "monitoring group's measurements (name files) = neutral"))
# No row: "The Uganda Communications Commission has not said when ..." (a non-answer).
# --- Monday 16:15, NUP
U(d, "National Unity Platform spokesman Joel Ssenyonyi told a news conference", "that of his wife.",
  ("National Unity Platform", C, neg, "Uganda", "party spokesman; 'in effect a prisoner' = accusation, with concern"))
U(d, "Senior party official Mathias Mpuuga said party lawyers", "a stolen result to court.",
  ("National Unity Platform", C, neg, "Uganda", "'a stolen result' = judgement; court challenge announced"))
# --- Sunday, neighbours
U(d, "Tanzania's President John Magufuli congratulated Museveni on Twitter", "their long partnership.",
  ("Tanzania", S, pos, "Uganda", "leader on social media; congratulations = approval"))
U(d, "Kenya's State House posted a message in which President Uhuru Kenyatta congratulated", "criticism online.",
  ("Kenya", S, pos, "Uganda", "congratulations posted then deleted: the message is still the position taken (unsure: the deletion could be read as a retraction)"))
# --- Saturday, US
U(d, "State Department spokeswoman Morgan Ortagus said the United States was watching", "irregularities on polling day.",
  ("United States", N, neg, "", "concern with no appeal in this sentence = neutral, negative"))
U(d, "She urged the government to restore the internet in full", "look into the reports.",
  ("United States", T, neu, "Uganda", "pronoun subject (Ortagus); appeal to one side, no judgement"))
# --- Saturday, Museveni
U(d, "In his first address since being declared the winner, Museveni said", "check voters' identities.",
  ("Uganda", N, pos, "", "praise of his own election = self-praise, neutral (implicitly answers the fraud claims)"))
U(d, "He said outsiders had no business meddling", "full force of the state.",
  ("Uganda", C, neg, "", "threat of a response; no actor named, target empty"))
# --- Saturday, observers
U(d, "The African Union's observer mission said in its preliminary statement", "young voters and women.",
  ("African Union", N, pos, "", "observer assessment of the polling, no evaluation of an actor = neutral, positive tone"))
U(d, "The head of the IGAD observer mission, Siraj Fegessa, said his observers", "once the internet went dark.",
  ("IGAD", N, neg, "", "concern about the blackout with no appeal = neutral, negative"))
U(d, "African Union Commission chairperson Moussa Faki Mahamat congratulated Ugandans", "rather than the streets.",
  ("African Union", T, pos, "", "welcome + appeal to take grievances to court, no judgement = calling_for_talks (rule 2 before rule 3)"))
# --- Saturday, result
U(d, "The Electoral Commission declared Museveni the winner", "turnout of about 57%.",
  ("Uganda", N, neu, "", "state electoral body giving the result = figures, neutral"))
U(d, "Kyagulanyi, who finished second, rejected the result outright", "refuse to recognise.",
  ("National Unity Platform", C, neg, "Uganda", "rejects the result as a fraud and asks others not to recognise it"))
