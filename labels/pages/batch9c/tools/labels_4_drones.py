# ------------------------------------------------------------------ Drones close Copenhagen, Oslo and Aalborg airports; Denmark points at Russia (full HTML live blog, 2025-09-25)
d = "page_denmark_drones_liveblog.html"
U(d, "Russia's embassy in Copenhagen has rejected what it called absurd speculation", "the drone flights.",
  ("Russia", N, neg, "", "embassy = Russia; rejecting the claims = a denial (neutral, negative); Copenhagen = place"))
U(d, "In a statement, the embassy said the incidents had the hallmarks", "tension in the region.",
  ("Russia", C, neg, "", "counter-accusation ('staged provocation') = judgement; nobody named as the stager -> target empty (unsure: Denmark implied)"))
U(d, "Prime Minister Mette Frederiksen wrote on Facebook that Denmark had been the target", "could follow.",
  ("Denmark", C, neg, "", "leader on social media: 'hybrid attacks' = a judgement of an unnamed attacker + warning -> target empty"))
U(d, "\"We still do not know who is flying these drones.", "she wrote.",
  ("Denmark", C, neg, "Russia", "two-sentence quote closed by its speaker; names Russia as the threat to Europe = judgement of Russia, while not attributing the drones"))
U(d, "Defence Minister Troels Lund Poulsen told a news conference", "a professional actor.",
  ("Denmark", C, neg, "", "'hybrid attack' by 'a professional actor' = judgement without a named perpetrator -> target empty"))
U(d, "The flights looked systematic rather than accidental, he said", "pointing to Russia.",
  ("Denmark", N, neu, "", "attribution tail mid-sentence ('he said' = Poulsen); assessment + 'no evidence pointing to Russia' = neutral (contrast with the PM's quote)"))
U(d, "Poulsen said Denmark was not seeking consultations under Article 4", "detect drones.",
  ("Denmark", N, neu, "", "own plan; declining Article 4 with no protest = neutral; NATO only mentioned"))
U(d, "Justice Minister Peter Hummelgaard said attacks of this kind", "bring down drones.",
  ("Denmark", C, neg, "", "'meant to spread fear' = judgement of the unnamed attacker + a planned counter-measure (rule 1); target empty"))
U(d, "North Jutland police said officers had watched the drones", "nobody had been identified.",
  ("Denmark", N, neu, "", "police = a state body giving facts; the preceding 'has reopened' sentence has no source (no row)"))
U(d, "Drones were also reported near the Skrydstrup air base", "police said.",
  ("Denmark", N, neu, "", "facts with an attribution tail"))
U(d, "Aalborg airport, which doubles as a military air base, has closed its airspace", "the Danish national police said.",
  ("Denmark", N, neu, "", "closure reported by the national police"))
U(d, "Kremlin spokesman Dmitry Peskov dismissed any suggestion", "the Copenhagen incident.",
  ("Russia", N, neg, "", "bare denial = neutral, negative"))
U(d, "Peskov said Copenhagen was repeating a familiar pattern", "called irresponsible.",
  ("Russia", C, neg, "Denmark", "'irresponsible' + accusing Copenhagen (metonym) of baseless blame = counter-accusation; Moscow only mentioned"))
U(d, "European Commission President Ursula von der Leyen said after a call with Frederiksen", "answer the threat to its infrastructure firmly.",
  ("European Union", C, neg, "", "'campaign of provocations' + a vow to answer firmly = judgement + threatened response; no actor named -> target empty (Russia implied)"))
U(d, "NATO Secretary-General Mark Rutte said it was too early to say", "Estonian airspace.",
  ("NATO", N, neu, "", "declines to attribute; no judgement, no appeal = neutral"))
U(d, "Norwegian Prime Minister Jonas Gahr Støre said investigators could not yet tell", "the Danish authorities.",
  ("Norway", N, neu, "", "facts + contacts with Denmark; Oslo = metonym for Norway in 'Oslo was in close contact'"))
U(d, "Oslo police said two foreign nationals had been detained", "linked to the airport.",
  ("Norway", N, neu, "", "police facts; Oslo = place"))
U(d, "Sweden's Defence Minister Pål Jonson said no country had the right", "with weapons if need be.",
  ("Sweden", C, neg, "", "principle against violators + armed response = threat; aimed at no named actor -> target empty"))
U(d, "Frederiksen said the drone flights that closed Copenhagen Airport", "Danish critical infrastructure.",
  ("Denmark", C, neg, "", "'gravest attack yet' = judgement, perpetrator not named -> target empty"))
U(d, "Asked whether Russia could be responsible, she said she could not rule it out", "Estonian airspace.",
  ("Denmark", C, neg, "Russia", "insinuation tying Russia to a series of incursions = suspicion voiced against Russia (unsure: could be neutral, she does not accuse outright)"))
U(d, "Jens Jespersen of the Copenhagen police told reporters", "what they could do.",
  ("Denmark", N, neu, "", "police facts and assessment of the operator, no judgement of a named actor"))
U(d, "French President Emmanuel Macron said he had called Frederiksen", "protect its airspace.",
  ("France", S, pos, "Denmark", "solidarity + offer of help = supporting (guide: offers assistance)"))
U(d, "Rutte said on X that he had spoken to Frederiksen", "critical infrastructure.",
  ("NATO", S, pos, "Denmark", "alliance commits to work with Denmark = backing by act/offer; surname only (Rutte introduced in an earlier entry); Frederiksen only addressed"))
U(d, "The governments of Poland, Romania and Estonia have all blamed Moscow", "which the Kremlin denies.",
  ("Poland", C, neg, "Russia", "list of three governments, one row each: blaming Moscow (metonym) for the earlier incursions = accusation; a specific act, not vague background"),
  ("Romania", C, neg, "Russia", "same list"),
  ("Estonia", C, neg, "Russia", "same list"),
  ("Russia", N, neg, "", "'which the Kremlin denies' = Russia's denial in the same sentence (neutral, negative)"))
