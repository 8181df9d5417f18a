# ------------------------------------------------------------------ Sri Lanka: HRC resolution 46/1 (foreign-ministry media releases page, 2021-03-24)
d = "page_srilanka_hrc_vote2021_mfastatements.txt"
# Not statements: ministry name lines, menu, breadcrumb, filter line, release titles, "Posted on" lines, Print/Email,
# sign-off blocks (ministry, city, date), "Madam President," and "Delivered at ...", pagination, quick links, footer.
# --- release of 24 March (Foreign Secretary)
U(d, "Foreign Secretary Admiral Professor Jayanath Colombage briefed heads of diplomatic missions", "Council in Geneva.",
  ("Sri Lanka", N, neu, "", "briefing = procedure"))
U(d, "The Foreign Secretary stated that the resolution had been brought without the consent", "on the ground.",
  ("Sri Lanka", C, neg, "", "rejection of the resolution as illegitimate; the sponsors are several states -> target empty"))
U(d, "He informed the diplomatic community that Sri Lanka would not cooperate with any mechanism", "a sovereign State.",
  ("Sri Lanka", C, neg, "United Nations", "refusal of the OHCHR mechanism in protest, 'an unprecedented intrusion' = judgement"))
U(d, "Admiral Colombage stated that the Government remained open to working with the United Nations", "response to COVID-19.",
  ("Sri Lanka", N, pos, "", "cooperation in other fields, no appeal for talks (as cooperation with an inquiry in batch22a)"))
U(d, "\"Our doors are open to every partner who wishes to work with us as equals", "the Foreign Secretary said.",
  ("Sri Lanka", T, pos, "", "offer of dialogue to all partners"))
# --- release of 23 March (Foreign Minister)
# "Minister of Foreign Affairs Dinesh Gunawardena addressed the media ..." = lead-in, no position, no row.
U(d, "The Minister noted that of the 47 members of the Council, only 22 had voted", "14 had abstained.",
  ("Sri Lanka", N, neu, "", "vote figures"))
U(d, "\"The sponsors could not persuade a majority of this Council", "the Minister said.",
  ("Sri Lanka", C, neg, "", "charge of 'pressure from the capitals of Europe' = judgement; several states -> target empty"))
U(d, "Minister Gunawardena stated that the resolution was the product of a campaign", "nations of the South.",
  ("Sri Lanka", C, neg, "", "accusation against 'a handful of Western countries' (not canonical)"))
U(d, "He further stated that the sponsors had ignored the defeat of terrorism", "since then.",
  ("Sri Lanka", C, neg, "", "judgement of the sponsors"))
U(d, "The Minister observed that the measures contemplated in the resolution could not be implemented", "had not been given.",
  ("Sri Lanka", N, neg, "", "procedural claim: consent withheld, no judgement word"))
U(d, "The Minister expressed his sincere gratitude to the member States", "during the debate.",
  ("Sri Lanka", S, pos, "", "gratitude to many states -> target empty"))
U(d, "He said that China and Russia, both permanent members of the Security Council, had stood by Sri Lanka", "valued their friendship.",
  ("Sri Lanka", S, pos, "", "praise of two states -> target empty"),
  ("China", S, pos, "Sri Lanka", "backing reported by Sri Lanka = China's position"),
  ("Russia", S, pos, "Sri Lanka", "same; a pair, one row each"))
U(d, "Responding to a question, the Minister stated that India, which abstained, remained a close friend", "with New Delhi.",
  ("Sri Lanka", T, pos, "India", "friendship + continued discussions: welcome with an appeal for dialogue = rule 2 before rule 3 (unsure: could be supporting)"),
  ("India", N, neu, "", "abstention reported as done, no position stated here"))
# --- release of 23 March (rejection)
U(d, "The Human Rights Council today adopted resolution 46/1 on Sri Lanka", "14 abstentions.",
  ("United Nations", N, neu, "", "the Council's adoption with the vote count; its content is in the next sentence"),
  ("United Kingdom", C, neg, "Sri Lanka", "tabling a censure resolution as lead of the Core Group = measure (unsure: could be read as an appeal for accountability)"))
U(d, "The resolution mandates the Office of the High Commissioner for Human Rights", "future prosecutions.",
  ("United Nations", C, neg, "Sri Lanka", "evidence gathering for prosecutions = measure against a state"))
U(d, "The Government of Sri Lanka rejects the resolution in its entirety", "Charter of the United Nations.",
  ("Sri Lanka", C, neg, "United Nations", "rejection + 'interference' = judgement of the Council's resolution"))
U(d, "The Government considers that the resolution is based on the report of the Office of the High Commissioner", "given to that Office.",
  ("Sri Lanka", C, neg, "United Nations", "'unfounded allegations', 'far beyond the mandate' = judgement of OHCHR"))
U(d, "Sri Lanka also objects to the allocation of scarce resources", "fighting a pandemic.",
  ("Sri Lanka", C, neg, "United Nations", "objection in protest"))
U(d, "The Government remains committed to advancing reconciliation, accountability and human rights", "January 2021.",
  ("Sri Lanka", N, pos, "", "own conduct, self-praise"))
U(d, "The Ministry places on record its deep appreciation to Bangladesh, China, Pakistan", "voted against the resolution.",
  ("Sri Lanka", S, pos, "", "gratitude to several states -> target empty"),
  ("Bangladesh", S, neu, "Sri Lanka", "vote against the resolution = backing by act; listed states, one row each"),
  ("China", S, neu, "Sri Lanka", "same"),
  ("Pakistan", S, neu, "Sri Lanka", "same"),
  ("Russia", S, neu, "Sri Lanka", "same; 'the Russian Federation'; the seven unnamed members get no row"))
U(d, "During the debate, Pakistan expressed firm opposition to country-specific resolutions", "State concerned.",
  ("Pakistan", C, neg, "", "opposition to the resolution = judgement of the text; sponsors not named -> target empty (unsure: could be supporting Sri Lanka)"))
U(d, "Bangladesh stated in its explanation of vote that Sri Lanka had made commendable progress", "its own process.",
  ("Bangladesh", S, pos, "Sri Lanka", "praise"))
U(d, "India, in its explanation of vote, stated that it wished to see a united Sri Lanka", "devolution of power.",
  ("India", T, neu, "Sri Lanka", "appeal to pursue reconciliation, no judgement"))
U(d, "Japan stated that it had abstained and encouraged Sri Lanka", "High Commissioner's Office.",
  ("Japan", T, neu, "Sri Lanka", "abstention + appeal for dialogue"))
# --- statement in Geneva before the vote
U(d, "Sri Lanka calls upon the members of this Council to vote against this draft resolution", "the country concerned.",
  ("Sri Lanka", C, neg, "", "'politically motivated', 'no legitimacy' = judgement of the draft; sponsors not named"))
U(d, "The draft would create an external evidence-gathering mechanism", "undermines them.",
  ("Sri Lanka", C, neg, "", "the draft 'undermines' national institutions = judgement"))
U(d, "\"This Council was not created to become a tribunal against small developing States", "Ambassador Chandraprema said.",
  ("Sri Lanka", C, neg, "", "judgement + veiled warning to the supporters of the text (several states)"))
U(d, "The Ambassador said that Sri Lanka had engaged with the Council in good faith", "progress achieved on the ground.",
  ("Sri Lanka", T, pos, "United Nations", "commitment to keep engaging with the Council = dialogue"))
# --- release of 24 February (Pakistan visit)
# "Prime Minister of Pakistan Imran Khan concluded a two-day official visit ..." = narration of the visit, no row.
U(d, "During the official talks, Prime Minister Khan assured that Pakistan would stand with Sri Lanka", "multilateral fora.",
  ("Pakistan", S, pos, "Sri Lanka", "pledge of support"))
# "Five Memoranda of Understanding ... were exchanged at Temple Trees." = narration, no speaker, no row.
U(d, "Prime Minister Rajapaksa thanked Pakistan for its consistent support", "announced during the visit.",
  ("Sri Lanka", S, pos, "Pakistan", "thanks = approval"),
  ("Pakistan", S, neu, "Sri Lanka", "credit line for defence cooperation = aid by act, reported by Sri Lanka"))
