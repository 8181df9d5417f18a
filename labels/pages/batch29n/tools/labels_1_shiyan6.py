# ------------------------------------------------------------------ Shi Yan 6 docks in Colombo (international wire copy, 2023-10-25)
d = "page_srilanka_shiyan6_colombo2023_wire.txt"
# Not statements: section menu, headline (carries the positions; body repeats them), byline, read time, dateline stamp, ADVERTISEMENT, tail, standards line, related, most read.
# "COLOMBO, Oct 25 - A Chinese scientific research vessel ... keep the ship away." = narrative lede (pressure described as background), no row.
U(d, "Sri Lanka's foreign ministry confirmed the arrival", "a ministry spokesperson told reporters.",
  ("Sri Lanka", N, neu, "", "facts and procedure given by the ministry; attribution tail"))
U(d, "\"Every request of this kind goes through the same checks", "nothing will be.\"",
  ("Sri Lanka", N, neu, "", "'the spokesperson' carried over; reassurance about own conduct = neutral"))
U(d, "The 3,999-tonne ship, operated by an institute", "Research and Development Agency (NARA).",
  ("Sri Lanka", N, neu, "", "'according to a statement from' a state agency = Sri Lanka; plain facts"))
U(d, "The agency said its scientists would take part", "keep copies of all data collected.",
  ("Sri Lanka", N, neu, "", "'the agency' = NARA (state agency); plans/procedure"))
U(d, "Foreign Minister Ali Sabry told a meeting of diplomats last month", "before any port call.",
  ("Sri Lanka", N, neu, "", "reported clause: Sabry says Colombo took India's worries seriously; own stance description, no appeal or judgement (unsure: could be supporting of India)"))
U(d, "He said on Wednesday that the island had no intention", "anyone's rivalry.\"",
  ("Sri Lanka", N, neu, "", "own neutrality asserted; no judgement on a named actor"))
U(d, "\"We are a small country with friends on every side,\"", "We will keep all of them.\"",
  ("Sri Lanka", N, pos, "", "surname-only attribution; self-description, positive tone"))
U(d, "India, which regards ships of this class", "officials in New Delhi said.",
  ("", N, neg, "", "'officials in New Delhi' = speakers tied to a place, not named as Indian officials -> empty actor, kept as a stance example (unsure: could be India)"))
U(d, "Indian foreign ministry spokesperson Arindam Bagchi said New Delhi followed", "keep India's interests in mind.",
  ("India", N, neg, "", "monitoring + expectation, no judgement and no appeal for talks; concern without appeal = neutral"))
U(d, "\"We have conveyed our views, and we will continue to watch", "Bagchi told a weekly briefing.",
  ("India", N, neg, "", "concern/monitoring with no appeal = neutral, negative"))
U(d, "An Indian official familiar with the talks was quoted by local media", "\"not be forgotten quickly\".",
  ("India", C, neg, "Sri Lanka", "unnamed official of a named government; 'was quoted as saying'; judgement on Colombo's thin assurances + veiled warning"))
U(d, "In Beijing, foreign ministry spokesperson Wang Wenbin said the ship's work", "to pressure Sri Lanka.",
  ("China", C, neg, "", "rebuke of 'third parties' (India and the US unnamed) -> condemning, target empty"))
U(d, "\"China and Sri Lanka are friendly neighbours", "seeing enemies in the ocean.\"",
  ("China", C, neg, "", "judgement without stock words on critics; target empty (several, unnamed)"))
U(d, "Wang said China respected Sri Lanka's sovereignty", "understanding of the Indian Ocean.",
  ("China", S, pos, "Sri Lanka", "respect and hopes for cooperation with Sri Lanka = supporting (approval of the bilateral work)"))
U(d, "The U.S. State Department has told Colombo it had concerns", "according to two diplomats in the city.",
  ("United States", N, neg, "", "second-hand attribution; concern without appeal = neutral; Colombo = addressee"))
U(d, "State Department spokesperson Matthew Miller said in Washington", "without going further.",
  ("United States", N, neu, "", "procedural line; no judgement, no appeal"))
U(d, "Washington was ready to help Sri Lanka build its own capacity", "Miller added.",
  ("United States", S, pos, "Sri Lanka", "offer of assistance = supporting; speaker carried to a new paragraph by surname tail"))
# "The University of Ruhuna ... pulled out ..." = narration of a withdrawal, no position stated; no row.
# "Sri Lanka has tried for years ..." and the Hambantota background = narration, no row.
U(d, "President Ranil Wickremesinghe, who visited Beijing last week", "operates from the island.",
  ("Sri Lanka", N, neg, "", "denial of a Chinese military presence (answer to Indian and US suspicions) = neutral, negative"))
U(d, "\"Colombo has managed to irritate both capitals while pleasing neither,\"", "Colombo Maritime Policy Institute.",
  ("Dilrukshi Perera", C, neg, "Sri Lanka", "invented analyst; judgement on the government's handling without stock words (the 'only way out' part is advice)"))
U(d, "Perera said the government should open the survey data", "rather than traded.",
  ("Dilrukshi Perera", N, neu, "Sri Lanka", "policy advice on transparency, not a call for talks between parties; neutral"))
U(d, "A retired Sri Lankan navy commodore, Ranjith Wijesekera, said", "he said.",
  ("Ranjith Wijesekera", C, neg, "Sri Lanka", "invented retired officer speaking as himself; judgement on saying yes 'without rules'"))
U(d, "Opposition lawmakers in Colombo accused the government", "behind closed doors.",
  ("", C, neg, "Sri Lanka", "unnamed lawmakers, no party named -> empty actor, kept as example"))
U(d, "The main opposition Samagi Jana Balawegaya said in a statement", "about the survey's terms.",
  ("Samagi Jana Balawegaya", C, neg, "Sri Lanka", "accusation against the government of secrecy"))
U(d, "Sri Lanka is due to host talks with India on maritime security", "the foreign ministry said.",
  ("Sri Lanka", T, neu, "India", "announced talks it will host = calling_for_talks (agrees to talks)"))
U(d, "The Chinese embassy in Colombo said in a post on X", "help with the berthing.",
  ("China", S, pos, "Sri Lanka", "embassy = China; thanks to the host = supporting (approval)"))
