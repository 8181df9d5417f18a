# ------------------------------------------------------------------ Algeria/France/Tunisia: the Amira Bouraoui affair and Algeria's recall of its ambassador (explainer, 2023-02-10)
d = "page_algeria_bouraoui_recall2023_explainer.txt"
# Not statements: masthead, menu, kicker, headline and standfirst (carry Algeria's position, repeated in the body), byline,
# read time, image caption, the question crossheads, Read more, Topics, newsletter, copyright.
# "Amira Bouraoui, a 46-year-old doctor ... was arrested in Tunisia ..." / "She had been barred ..." / "A Tunisian judge released her ..." = narration, no row.
U(d, "On Wednesday the Algerian presidency announced that President Abdelmadjid Tebboune had ordered", "with immediate effect.",
  ("Algeria", C, neg, "France", "recall of the ambassador in protest = a measure (condemning)"))
U(d, "Hours earlier, the foreign ministry had handed the French embassy a formal note", "two sovereign states.",
  ("Algeria", C, neg, "France", "'the foreign ministry' = Algeria's (context); formal accusation"))
U(d, "The ministry warned that the episode would cost the relationship dearly", "in years.",
  ("Algeria", C, neg, "France", "warning of damage = threatened response"))
U(d, "In remarks carried by the official APS news agency, a senior Algerian diplomat said", "did not exist.",
  ("Algeria", C, neg, "France", "second-hand via the state agency; unnamed official of a named government; judgement without stock words"))
U(d, "\"Algeria is not asking Paris for favours.", "the diplomat was quoted as saying.",
  ("Algeria", T, neg, "France", "passive attribution; demand to respect court rulings with no judgement word = calling_for_talks, negative (labels/README rule; unsure: could be condemning)"))
U(d, "At home, the National Liberation Front, the largest party in parliament", "behind the head of state.",
  ("National Liberation Front", C, neg, "France", "'affront' = judgement; backing of the president joined to it, rule 1"))
U(d, "Yes. In October 2021 Algeria recalled its ambassador and shut its airspace", "feeding resentment of France.",
  ("Algeria", C, neg, "France", "earlier measures reported as done (recall, airspace closure) = condemning"),
  ("France", C, neg, "Algeria", "Macron's reported remark (passive, 'was reported to have said') = judgement on Algeria's ruling system"))
U(d, "The two presidents patched things up in August 2022", "a renewed partnership.",
  ("France", S, pos, "Algeria", "signing a partnership declaration = approval by act"),
  ("Algeria", S, pos, "France", "same act for the other signatory"))
# "Very little, and deliberately so." = the outlet's own line, no row.
U(d, "The foreign ministry's spokesperson, Anne-Claire Legendre, told reporters", "was entitled to.",
  ("France", N, neu, "", "spokesperson named by role; account of own consular conduct, no judgement = neutral"))
U(d, "Legendre said France had acted in line with its consular obligations", "nothing clandestine about it.",
  ("France", N, neg, "", "surname only; denial of a clandestine operation = neutral, negative"))
U(d, "The spokesperson added that France intended to keep working with Algeria", "would continue.",
  ("France", T, pos, "Algeria", "'the spokesperson'; wish to continue cooperation + hope for dialogue = calling_for_talks"))
U(d, "A French official, speaking on condition of anonymity, said the Elysée still counted", "going ahead.",
  ("France", T, pos, "Algeria", "unnamed official of a named government; expectation that the state visit goes ahead = keeps the diplomatic track"))
U(d, "Asked about the affair in Brussels, a spokesperson for the European Commission said", "both Algeria and Tunisia.",
  ("European Union", N, neu, "", "'a bilateral matter' + valuing both partnerships, no side taken = neutral (unsure: could be supporting)"))
# "Tunis has said nothing in public." = narration, no row.
U(d, "But on Tuesday President Kais Saied dismissed his foreign minister", "linked to the affair.",
  ("Tunisia", N, neu, "", "domestic act with no position on another actor; the media's link is not Tunisia's statement"))
U(d, "A Tunisian official, quoted by the state news agency TAP, said only", "would not comment on the case.",
  ("Tunisia", N, neu, "", "declining to comment = neutral; agency is not an actor"))
U(d, "In a message posted from France on Wednesday, Bouraoui said", "without ending up in court.",
  ("Amira Bouraoui", C, neg, "Algeria", "independent activist under her own name; implied charge that critics are prosecuted (judgement)"))
U(d, "She thanked the French consular staff in Tunis", "sent back across the border.",
  ("Amira Bouraoui", S, pos, "France", "gratitude to French staff = supporting France"))
# "Serious, but not yet a rupture, say most of those who follow the relationship." = unnamed observers, no row.
U(d, "\"Recalling an ambassador for consultations is the classic signal", "Centre for Mediterranean Studies in Marseille.",
  ("Hakim Bensalah", N, neu, "", "invented researcher; reading of the signal, no judgement"))
U(d, "Bensalah said the real damage lay elsewhere", "treat Algeria as an equal.",
  ("Hakim Bensalah", N, neg, "", "reported clause: the critics' argument is not his position, and the critics are no actor; assessment"))
U(d, "\"Paris handled a human-rights case like a spy operation", "he said.",
  ("Hakim Bensalah", C, neg, "France", "judgement on Paris without stock words"))
# "Leila Kaddour, a professor of international relations in Tunis, was harsher about her own government." = summary line, no row.
U(d, "Kaddour said the Tunisian authorities had let two bigger neighbours", "cover their confusion.",
  ("Leila Kaddour", C, neg, "Tunisia", "invented scholar; surname after the role line; judgement on her own government"))
U(d, "\"A state that cannot say publicly what it decided", "she said.",
  ("Leila Kaddour", C, neg, "Tunisia", "same judgement"))
U(d, "Olivier Ferrand-Maillet, a former French ambassador in the region, said both sides", "before the state visit.",
  ("Olivier Ferrand-Maillet", T, neu, "", "invented former diplomat, speaks for no body; appeal to both sides to de-escalate"))
U(d, "\"Nobody in either capital gains from a long freeze", "Ferrand-Maillet said.",
  ("Olivier Ferrand-Maillet", T, pos, "", "hope for the envoy's return = calling_for_talks"))
# "The recall does not sever relations ..." / "Much will depend ..." / "Neither presidency has said ..." = narration, no row.
