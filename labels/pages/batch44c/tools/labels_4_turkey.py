# ------------------------------------------------------------------ Turkey: the search of the ROSELINE-A under EU Operation IRINI (foreign ministry releases page, full HTML, 2020-11-23/24)
d = "page_turkey_roselinea_irini2020_mfa.html"
# Not statements: language bar, logo, menu, search box, breadcrumb, release titles (headings), "Question:" label, share bar,
# aside (latest releases, quick links), footer.
# --- No: 283
U(d, "On 22 November 2020, the Turkish-flagged merchant vessel ROSELINE-A", "lowered onto the ship from a helicopter.",
  ("Turkey", N, neu, "", "the ministry's account of the facts; the German frigate and the EU operation are only mentioned"))
U(d, "This boarding took place even though our country had given no consent", "opened one by one.",
  ("Turkey", C, neg, "Germany", "accusation made by describing the treatment of the crew = condemning (guide rule 4); the boarding team was the German frigate's (unsure: target could be the EU operation)"))
U(d, "The search, which found nothing that could be considered a breach", "on its way to Misrata.",
  ("Turkey", N, neu, "", "outcome of the search; own objections reported as fact"))
U(d, "It is unacceptable that the seafarers of a civilian vessel flying our flag", "without any grounds for doing so.",
  ("Turkey", C, neg, "Germany", "'unacceptable' aimed at the search team's conduct"))
U(d, "Operation IRINI, which was launched without consulting", "by land and by air.",
  ("Turkey", C, neg, "European Union", "not impartial, looks the other way = judgement on the EU operation; Haftar's forces only mentioned (possessive)"))
U(d, "Our Embassy in Berlin and our Permanent Delegation to the European Union", "in this regard.",
  ("Turkey", C, neg, "", "démarches = diplomatic protest (a taken measure); aimed at Germany and the EU -> target empty; Berlin/Brussels = places"))
U(d, "We reserve all our rights arising from this incident", "the vessel and its owners.",
  ("Turkey", C, neg, "", "threatened legal claim = a response held in reserve (unsure: could be neutral as a legal formula)"))
# --- No: 284
U(d, "The Ambassador of the European Union Delegation to Turkey, the Ambassador of Italy", "the search of the ROSELINE-A.",
  ("Turkey", C, neg, "", "summoning three envoys to protest = condemning; several targets -> empty; Önal = Turkey"))
U(d, "Deputy Minister Önal underlined that Security Council resolution 2292", "read as tacit consent.",
  ("Turkey", C, neg, "European Union", "rejects the Operation's justification and states it breached the consent rule (unsure: a legal rebuttal could be neutral, negative)"))
U(d, "It was further stressed that Turkey expects the necessary steps to be taken", "do not recur.",
  ("Turkey", T, neg, "", "demand that it not recur, no judgement word = calling_for_talks, negative (labels/README); three addressees -> empty"))
# --- QA-116
U(d, "How do you evaluate the statements by the German Ministry of Defence", "before the search began?",
  ("Germany", N, neu, "", "Germany's position reported inside the question (labels/README, reported speech in questions): own conduct by the rules + Turkey informed = neutral (unsure: the sentence is a question)"))
U(d, "The claim that our country was informed and raised no objection", "does not reflect the truth.",
  ("Turkey", N, neg, "", "'Answer:' label excluded; denial = neutral, negative"))
U(d, "The request of the Operation was sent to our authorities late at night", "let alone any consent.",
  ("Turkey", N, neg, "", "counter-account of the timing, continuing the denial"))
U(d, "The statement issued yesterday by the Operation's headquarters", "does not change this.",
  ("European Union", N, neu, "", "the Operation's own claim of compliance, reported by Turkey = the EU's statement (own conduct)"),
  ("Turkey", N, neg, "", "dismisses the claim = denial, neutral"))
U(d, "Describing an armed boarding of a civilian merchant ship by helicopter", "the gravity of what happened.",
  ("Turkey", C, neg, "Germany", "judgement on the German ministry's description and on the boarding"))
U(d, "We call on Germany and on the European Union to ensure that IRINI acts impartially", "a positive agenda together.",
  ("Turkey", T, neu, "", "appeal for impartial conduct and to protect relations, no explicit judgement = calling_for_talks; two addressees -> empty"))
# --- Minister's remarks
U(d, "Minister Çavuşoğlu stated that Turkey had informed the Operation's headquarters in Rome", "consent to any inspection.",
  ("Turkey", N, neu, "", "FM = Turkey; what Turkey told the Operation; Rome = place"))
U(d, "\"Boarding merchant ships in this manner violates international law.", "Minister Çavuşoğlu said.",
  ("Turkey", C, neg, "", "multi-sentence quote closed by its speaker; 'violates international law' + will not allow it = judgement and threat; EU and Germany -> empty"))
U(d, "He noted that Turkey had also taken up the incident with the United Nations", "International Maritime Organization.",
  ("Turkey", C, neg, "", "complaint taken to international bodies = protest (unsure: could be calling_for_talks as a diplomatic course)"))
U(d, "The Minister reiterated that Turkey remains committed to the Berlin Process", "auspices of the United Nations.",
  ("Turkey", T, pos, "", "commitment to a UN-led political solution in Libya"))
U(d, "He added that an embargo enforced selectively, against only one side", "prolongs the conflict.",
  ("Turkey", C, neg, "European Union", "judgement on the selective enforcement by IRINI (by context)"))
