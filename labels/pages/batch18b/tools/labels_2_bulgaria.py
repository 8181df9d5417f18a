# ------------------------------------------------------------------ Bulgaria expels 70 Russian diplomatic staff; Moscow's ultimatum and response (international wire copy, .txt, 2022-07-03)
d = "page_bulgaria_expulsions_wire.txt"
# Not statements: menu, headline, byline, published/updated line, read time, captions with credits and "1 of 3",
# the dateline "SOFIA, July 3 (Meridian) - ", ADVERTISEMENT, capitals crossheads, credits, Trust Principles,
# Read Next links, topics, newsletter prompt, Most Read, quotes disclaimer, copyright.
U(d, "Two Russian government planes took off from Sofia on Sunday", "in its history.",
  ("Bulgaria", C, neg, "Russia", "long lead: narration (the departure) + Bulgaria's position: 'refused to bow to a Russian ultimatum' = refusal in protest against an ultimatum; the ultimatum itself is labelled where Mitrofanova delivers it"))
U(d, "About 160 people, including family members, boarded the two aircraft", "at the airport.",
  ("Russia", N, neu, "", "attribution tail; an unnamed employee of a named mission = Russia; figures"))
# "The aircraft, bound for Moscow's Vnukovo airport, flew in under a special permit ..." : narration (no row)
U(d, "Filipp Voskresensky, the embassy's minister-counsellor", "declared persona non grata.",
  ("Russia", N, neu, "", "confirms a fact about himself, no judgement"))
U(d, "Prime Minister Kiril Petkov, whose coalition lost a no-confidence vote", "under diplomatic cover.",
  ("Bulgaria", C, neg, "Russia", "expulsion announced + espionage accusation (guide: expelling diplomats = condemning)"))
U(d, "“Our services did their job and the foreign ministry did its job.", "at the National Assembly.",
  ("Bulgaria", C, neg, "Russia", "multi-sentence quote closed by the speaker; the threat of expulsion for anyone working against Bulgaria (addressed to Russia in context)"))
U(d, "The foreign ministry said the staff had engaged in activities", "midnight on July 3.",
  ("Bulgaria", C, neg, "Russia", "breach of the Vienna Convention = accusation; order to leave"))
U(d, "It told Ambassador Eleonora Mitrofanova that Russia could in future keep", "technical employees.",
  ("Bulgaria", C, neg, "Russia", "'It' = the Bulgarian foreign ministry; a staffing cap imposed on Russia, with figures = a measure against another side (unsure: could be read as neutral procedure); the ambassador is an object here"))
U(d, "Sofia also said it would withdraw its consent for Russia's consulate general", "in Yekaterinburg.",
  ("Bulgaria", C, neg, "Russia", "Sofia = metonym; closing Russia's consulate = a measure; its own consulate's closure is part of the same row"))
U(d, "Moscow's first answer came within hours", "would close.",
  ("Russia", C, neg, "Bulgaria", "the embassy's judgement 'a provocation without any basis' + its own closures"))
U(d, "Russia's foreign ministry said the same day that Sofia's move would not go unanswered.", "Russia's foreign ministry said the same day that Sofia's move would not go unanswered.",
  ("Russia", C, neg, "Bulgaria", "announced response = threat (guide); Sofia = metonym"))
U(d, "On Thursday Mitrofanova handed the foreign ministry a note", "embassy in Sofia.",
  ("Russia", C, neg, "Bulgaria", "ultimatum with a deadline and a threatened step = condemning (guide)"))
U(d, "She told Bulgarian National Television that such a step would leave Sofia no choice", "rest with Moscow.",
  ("Russia", C, neg, "Bulgaria", "'She' = Mitrofanova; spells out the threatened consequence; Moscow as place of decision"))
U(d, "The Bulgarian foreign ministry described the note as couched in the language of an ultimatum.", "The Bulgarian foreign ministry described the note as couched in the language of an ultimatum.",
  ("Bulgaria", C, neg, "Russia", "judgement without stock words: characterising Russia's note as an ultimatum"))
U(d, "Petkov answered on Thursday that the embassy could keep 43 staff", "drop its demand.",
  ("Bulgaria", T, neg, "Russia", "figures + a demand addressed to one side with no judgement word = calling_for_talks (labels/README)"))
U(d, "Petkov said on Friday that Bulgaria had no intention of breaking off diplomatic relations", "keep working.",
  ("Bulgaria", T, neu, "Russia", "commitment to keep diplomatic channels open, no judgement = calling_for_talks (plausible line)"))
U(d, "The deadline passed on Friday without a reversal", "closure of the mission.",
  ("Russia", C, neg, "Bulgaria", "narration + Mitrofanova's position: 'Sofia had ignored' + recommending closure = carrying out the threat"))
U(d, "Kremlin spokesman Dmitry Peskov said the foreign ministry would look into", "President Vladimir Putin.",
  ("Russia", N, neu, "", "procedure, no judgement"))
U(d, "At her weekly briefing, foreign ministry spokeswoman Maria Zakharova said", "ordinary Bulgarians wanted.",
  ("Russia", C, neg, "Bulgaria", "accusation that the decision was dictated from outside, without naming who"))
U(d, "She said Moscow would answer in its own time and was not bound to answer like for like.", "She said Moscow would answer in its own time and was not bound to answer like for like.",
  ("Russia", C, neg, "Bulgaria", "pronoun subject; threat of an asymmetric response"))
U(d, "But she said the quarrel was with the government, not with the Bulgarian people", "no cabinet could undo.",
  ("Russia", N, pos, "", "warm words for the Bulgarian people, no explicit judgement of an actor (unsure: the jab at 'the government' could be read as condemning)"))
U(d, "The embassy's consular section and the consulate general in Varna have suspended work", "said on Sunday.",
  ("Russia", N, neu, "", "attribution tail; own measure, facts"))
# KEY FACTS bullets: a fact box (never statements)
# "The expulsions have deepened a rift inside Bulgaria ..." : background narration (the gas halt is in the passive: no actor)
U(d, "President Rumen Radev, a critic of the caretaker government, called on Petkov", "without consular help.",
  ("Bulgaria", T, neg, "", "head of state appealing to his own government to weigh escalation risks and keep consular channels = appeal for a de-escalating course; his own state cannot be the target (unsure: could be read as an internal judgement)"))
U(d, "Korneliya Ninova, a deputy prime minister and leader of the Bulgarian Socialist Party", "rejected it outright.",
  ("Bulgarian Socialist Party", C, neg, "Bulgaria", "speaks for her party ('her party rejected it'), not for the state: a party judging its own government's decision"))
U(d, "Petkov, for his part, thanked the intelligence services and the foreign ministry", "exemplary work.",
  ("Bulgaria", N, pos, "", "praise of his own state's services = self-praise, neutral with a positive tone"))
# The flag-waving protesters: unnamed, no row.
# "Bulgaria's EU and NATO partners lined up behind Sofia." : summary line (no row)
U(d, "The European Union's diplomatic service said on Friday that Moscow had no grounds", "already is.",
  ("European Union", C, neg, "Russia", "'no grounds to threaten' = judgement + warning of isolation"))
U(d, "All 27 member states were behind Sofia on this, the service said.", "All 27 member states were behind Sofia on this, the service said.",
  ("European Union", S, pos, "Bulgaria", "attribution tail; backing of a member state"))
U(d, "A NATO spokesperson said the decision belonged to Bulgaria alone", "at its side.",
  ("NATO", S, pos, "Bulgaria", "backing: sovereign decision + solidarity"))
U(d, "The alliance also accused Moscow of a long record", "govern themselves.",
  ("NATO", C, neg, "Russia", "'The alliance' = NATO by context; accusation"))
U(d, "Britain's Europe minister, James Cleverly, wrote on Twitter", "Russian subversion.",
  ("United Kingdom", C, neg, "Russia", "minister on social media: welcome of Sofia's step + judgement of Russia = rule 1 (welcome + judgement -> condemning)"))
U(d, "Bulgaria had already expelled a dozen Russian diplomats in March", "since 2019.",
  ("Bulgaria", C, neg, "Russia", "background, but a specific act reported as done (earlier expulsions) = statement; the running total adds no new position"))
# The unnamed Sofia University political scientist and "analysts say": not actors (no row)
