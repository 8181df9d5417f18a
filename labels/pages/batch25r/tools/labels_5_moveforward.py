# ------------------------------------------------------------------ Thailand's Constitutional Court dissolves Move Forward (live blog, 2024-08-07/08)
d = "page_thailand_moveforward_dissolved2024_liveblog.txt"
# Not statements: masthead, menu, LIVE tag, headline, last-updated line, byline, the Key events bullets, refresh bar, entry time
# stamps and entry headlines (some carry positions: "Washington: 'a setback'", "Pita: 'We will regroup'"), "Share this update",
# ADVERTISEMENT, separators, Related, Topics, newsletter prompt, copyright.
U(d, "The Thai foreign ministry said this morning that the verdict had been reached by an independent court", "due in 2027.",
  ("Thailand", N, neu, "", "state adjective; defence of the court's independence against foreign criticism = neutral (denial-like)"))
U(d, "The ministry's information chief, Nikorndej Balankura, told reporters", "asked about it.",
  ("Thailand", N, neu, "", "spokesman by role; noting comments and planning explanations, no judgement"))
# "The US reaction came overnight." = summary line before the statement, no row.
U(d, "State Department spokesperson Matthew Miller said in a statement that the ruling had left the party", "a close ally.",
  ("United States", C, neg, "Thailand", "reported clause; 'a setback for the democracy of a close ally' = judgement without a stock word"))
U(d, "Miller said Washington would continue to press Thai officials", "compete freely.",
  ("United States", T, neu, "Thailand", "surname only; continued diplomatic pressure for open competition, no judgement in the sentence = calling_for_talks (unsure: could be neutral)"))
U(d, "The European Union, in a statement from its spokesperson, regretted the dissolution", "political pluralism in Thailand.",
  ("European Union", C, neg, "Thailand", "'regretted' + 'narrowed the space' = judgement"))
U(d, "The bloc said it welcomed the commitment of the party's MPs", "in the democratic process.",
  ("European Union", C, neg, "Thailand", "'the bloc' = EU; welcome joined to a judgement ('damaged public trust') -> judgement decides (rule 1)"))
U(d, "In Geneva, a spokesperson for the UN human rights office said the office was deeply concerned", "the lese-majeste provision.",
  ("United Nations", T, neg, "Thailand", "concern + appeal to review laws, no judgement word = calling_for_talks (guide: concern with an appeal)"))
U(d, "ASEAN Parliamentarians for Human Rights, a network of current and former lawmakers", "propose changes to the law.",
  ("ASEAN Parliamentarians for Human Rights", C, neg, "Thailand", "judgement without a stock word ('punished a party for doing what parties are elected to do'); the court = Thailand"))
U(d, "The group said it stood in solidarity with Move Forward's MPs", "who had voted for them.",
  ("ASEAN Parliamentarians for Human Rights", S, pos, "Move Forward Party", "'the group' = APHR; solidarity with the party's MPs = supporting"))
U(d, "Human Rights Watch said the ruling showed that Thailand's courts remained a shield", "at the ballot box.",
  ("Human Rights Watch", C, neg, "Thailand", "judgement on the Thai courts"))
U(d, "Wannapa Chaiyasit, a political scientist at a university in Chiang Mai", "disbanded in 2020.",
  ("Wannapa Chaiyasit", N, neu, "", "invented scholar; forecast, no judgement"))
U(d, "She said the court had stretched a provision", "an election pledge.",
  ("Wannapa Chaiyasit", C, neg, "Thailand", "judgement on the court's reading of the constitution ('stretched ... into a weapon')"))
U(d, "\"Each time they dissolve this party it comes back bigger.", "she said.",
  ("Wannapa Chaiyasit", N, neu, "", "quote carried over from her earlier paragraphs; forecast/irony without an explicit judgement = neutral"))
# "Several hundred supporters in orange have gathered ..." = scene description, no row.
U(d, "Somchai Boonmee, 52, a taxi driver who voted for Move Forward last year", "the MPs joined next.",
  ("Somchai Boonmee", N, pos, "", "invented voter (witness); his own voting plan = neutral"))
U(d, "\"This is the third time they have taken my vote away.", "he said.",
  ("Somchai Boonmee", C, neg, "", "judgement on the authorities who dissolved his parties ('taken my vote away'); 'they' unspecified -> target empty"))
U(d, "Prime Minister Srettha Thavisin told reporters at Government House", "had to respect it.",
  ("Thailand", N, neu, "", "denial of any government role + respect for the ruling = neutral"))
U(d, "Srettha said he hoped the opposition MPs would carry on their work in parliament", "a strong opposition.",
  ("Thailand", N, pos, "", "hope about parliamentary work, not about a conflict or talks; no appeal to a party in a dispute = neutral, positive (unsure: guide's 'hope' rule is for fighting/stability)"))
U(d, "Pheu Thai, the largest party in the ruling coalition, said in a short statement", "respected the court's ruling.",
  ("Pheu Thai Party", N, neu, "", "party speaks as itself; accepting a ruling = neutral"))
U(d, "An Election Commission official said the party's 143 remaining MPs", "lose their seats.",
  ("Thailand", N, neu, "", "unnamed official of a named state body -> Thailand; procedure"))
U(d, "Pita Limjaroenrat, speaking at party headquarters shortly after the verdict", "saddened but not surprised.",
  ("Move Forward Party", N, neg, "", "Pita speaks for the party (its former leader, chief adviser); sadness without a judgement = neutral, negative"))
U(d, "\"We will regroup, and you will see a new home for our MPs", "Pita told cheering supporters.",
  ("Move Forward Party", N, pos, "", "plan to regroup = neutral, positive"))
U(d, "Party leader Chaithawat Tulathon said the ruling treated a policy debate", "any future government.",
  ("Move Forward Party", C, neg, "Thailand", "judgement on the ruling ('treated a policy debate ... as a crime'); the court = Thailand"))
U(d, "Move Forward spokesman Parit Wacharasindhu said the MPs would move together", "revealed on Friday.",
  ("Move Forward Party", N, neu, "", "plan, no judgement"))
U(d, "The Constitutional Court has ruled unanimously that Move Forward must be dissolved", "the constitutional monarchy.",
  ("Thailand", C, neg, "Move Forward Party", "the court is a state organ -> Thailand (as a junta/court speaks for its state); dissolution = measure + finding of wrongdoing = condemning"))
U(d, "In the ruling read out in the courtroom, the judges said the party's proposals", "lead to its erosion.",
  ("Thailand", C, neg, "Move Forward Party", "the court's reasoning: judgement on the party's proposals"))
U(d, "The nine judges also banned 11 of the party's current and former executives", "for ten years.",
  ("Thailand", C, neg, "Move Forward Party", "a separate sanction (ten-year bans) = measure -> condemning; Pita and Chaithawat are the party's leaders, target = the party"))
# Recap entry: "Move Forward won 151 seats ..." and "The Election Commission asked the court in March ..." = background narration, no row.
