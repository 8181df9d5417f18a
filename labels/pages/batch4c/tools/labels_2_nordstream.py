# ------------------------------------------------------------------ Nord Stream blasts (Reuters-style wire, 2022-09-29)
d = "page_nordstream_wire.txt"
U(d, "NATO said on Thursday that the ruptures", "jointly and firmly.",
  ("NATO", C, neg, "", "dateline excluded; judgement on unnamed saboteurs + threat of a joint response; no culprit named -> target empty"))
U(d, "In a statement agreed by its 30 ambassadors, the alliance said it backed", "caused the damage.",
  ("NATO", S, pos, "", "'the alliance'; backing the inquiries of three states -> target empty"))
U(d, "Sweden's coast guard said on Thursday it had found a fourth leak", "earlier in the week on Nord Stream 1.",
  ("Sweden", N, neu, "", "state agency; fact"))
U(d, "Danish Prime Minister Mette Frederiksen, in whose country's economic zone", "could not have been an accident.",
  ("Denmark", N, neg, "", "finding that the act was deliberate, no culprit judged: neutral, negative tone (unsure: could be read as a judgement of an unnamed act)"))
U(d, "Her defence minister, Morten Bodskov, said after meeting", "sabre-rattling to continue.",
  ("Denmark", C, neg, "Russia", "implicit judgement ('sabre-rattling') without blaming Russia for the blasts; Copenhagen = metonym inside the quote, Stoltenberg only met"))
U(d, "Swedish Prime Minister Magdalena Andersson said the blasts were most likely sabotage", "territorial waters.",
  ("Sweden", N, neg, "", "assessment without a culprit or appeal"))
U(d, "Sweden's Security Service said it had taken over", "gross sabotage.",
  ("Sweden", N, neu, "", "procedure"))
U(d, "In Berlin, government spokesman Steffen Hebestreit said it was too early", "about a culprit.",
  ("Germany", N, neu, "", "Berlin = place; refusal to speculate"))
U(d, "The Kremlin rejected suggestions of Russian involvement as foolish and predictable.", "foolish and predictable.",
  ("Russia", N, neg, "", "denial: neutral with negative tone ('foolish' qualifies the suggestions, not an actor)"))
U(d, "\"Russia is the party that loses most here.", "told reporters on Wednesday.",
  ("Russia", N, neg, "", "quote over two sentences closed by its speaker; continuation of the denial, no one accused"))
U(d, "Foreign Ministry spokeswoman Maria Zakharova said the United States had to answer", "if Russia invaded Ukraine.",
  ("Russia", C, neg, "United States", "insinuation/accusation with the Biden remark as evidence; Biden only mentioned"))
U(d, "A White House spokeswoman called suggestions that Washington was involved ridiculous.", "ridiculous.",
  ("United States", N, neg, "", "unnamed official of a named government; denial"))
U(d, "Russia's prosecutor general's office said it had opened a case", "would be held on Friday.",
  ("Russia", C, neg, "", "case opened into 'international terrorism' (judgement on unnamed perpetrators) + request for a UNSC meeting, one unit: condemning, target empty (unsure: the request alone would be neutral/procedural); Sweden's foreign ministry only relays the date"))
U(d, "European Union foreign policy chief Josep Borrell said on behalf", "strong, common response.",
  ("European Union", C, neg, "", "conditional threat to an unnamed perpetrator -> target empty"))
U(d, "Commission President Ursula von der Leyen, who on Wednesday also proposed", "had to be protected.",
  ("European Union", C, neg, "Russia", "long sentence: sanctions proposal against Moscow (condemning) + concern about infrastructure; one row per actor, rule 1"))
U(d, "U.S. Secretary of State Antony Blinken said Washington stood ready", "energy security.",
  ("United States", S, pos, "", "offer of help to several allies -> target empty"))
U(d, "Mykhailo Podolyak, an adviser to Ukraine's president, described", "ahead of winter.",
  ("Ukraine", C, neg, "Russia", "accusation"))
U(d, "The Danish Energy Agency said more than half", "gone by Sunday.",
  ("Denmark", N, neu, "", "state agency figures"))
U(d, "Denmark also raised the alert level for its power and gas sector", "second-highest level.",
  ("Denmark", N, neu, "", "own measure, no one targeted"))
U(d, "Norway, now Europe's biggest supplier of gas, said it would send", "unidentified drones.",
  ("Norway", N, neu, "", "own protective measure, no judgement"))
