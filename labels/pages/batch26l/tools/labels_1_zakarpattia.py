# ------------------------------------------------------------------ Hungary-Ukraine spy arrests and tit-for-tat expulsions (wire copy, 2025-05-09)
d = "page_hungary_ukraine_zakarpattia_spies2025_wire.txt"
# Not statements: wire name, menu, section, UPDATE headline (carries positions, but a headline), byline, time stamp, read time,
# the three summary bullets, ADVERTISEMENT, crossheads (MINORITY FEARS, BRUSSELS, WARSAW WEIGH IN, 'A BAD DAY'), PHOTO caption with
# credit, RELATED COVERAGE, reporting credits, Our Standards, tags, MOST READ.
U(d, "Ukraine's security service said on Friday it had detained two people spying", "since Russia's full-scale invasion.",
  ("Ukraine", C, neg, "Hungary", "dateline 'KYIV/BUDAPEST, May 9 (CWS) - ' excluded; lede: the SBU's spying charge against Hungary + Kyiv's expulsion (measure) = condemning"),
  ("Hungary", C, neg, "Ukraine", "'the two neighbours each ordered out' = Hungary's expulsion of Ukrainian diplomats, a measure = condemning"))
U(d, "The Security Service of Ukraine (SBU) said the pair", "how they would greet foreign troops.",
  ("Ukraine", C, neg, "", "accusation against the two suspects (not canonical actors) -> condemning, target empty"))
U(d, "\"This was a network built and paid for by the intelligence service", "had been identified.",
  ("Ukraine", C, neg, "Hungary", "spokesman named by role; judgement without stock words ('claims to be our partner') aimed at Hungary, unnamed but clear"))
U(d, "Dekhtiarenko said both suspects had been charged with high treason", "under wartime law.",
  ("Ukraine", N, neu, "", "surname only; the charge = procedure"))
U(d, "He went on to say that the case was the first of its kind", "expected further arrests.",
  ("Ukraine", N, neu, "", "'He' = Dekhtiarenko; facts and plans of the inquiry"))
U(d, "Hungarian Foreign Minister Péter Szijjártó at first brushed the report aside", "through the Ukrainian press.",
  ("Hungary", N, neg, "", "dismissal as 'rumours' + no formal notice = a denial (neutral, negative) (unsure: 'rumours spread through the Ukrainian press' could be read as a judgement of Kyiv)"))
# "By the afternoon the tone had hardened." = summary line, no row.
U(d, "In a video posted on Facebook, Szijjártó said Hungary had expelled two employees", "handed to the ambassador.",
  ("Hungary", C, neg, "Ukraine", "expulsion of diplomats as spies = condemning"))
U(d, "\"For three years we have listened to accusations from Kyiv", "he said.",
  ("Hungary", C, neg, "Ukraine", "quote after the previous unit, same speaker ('he'); reproach + threat of an answer"))
U(d, "The minister said Kyiv had staged the affair", "Ukraine's accession talks.",
  ("Hungary", C, neg, "Ukraine", "'The minister' = Szijjártó; reported clause: only Hungary's position is a statement; accuses Kyiv of staging the case"))
# "Ukraine's reply came within two hours." = narration, no row.
U(d, "Foreign Minister Andrii Sybiha wrote on X that two Hungarian diplomats", "to receive the note.",
  ("Ukraine", C, neg, "Hungary", "reciprocal expulsion + ambassador summoned = measure, condemning"))
U(d, "\"Kyiv did not start this, and we are simply matching", "Sybiha wrote.",
  ("Ukraine", C, neg, "Hungary", "puts the blame on Budapest ('what Budapest chose to do') (unsure: could be read as a neutral justification of reciprocity)"))
# "Zakarpattia is home to some 100,000 ethnic Hungarians, ..." = background, no row.
U(d, "The Ukrainian foreign ministry's spokesman, Heorhii Tykhyi, said the arrests", "serving in the armed forces.",
  ("Ukraine", N, pos, "", "ministry given by its state's adjective; reassurance about own conduct toward the minority = neutral, positive"))
U(d, "\"Nobody in Berehove or anywhere else in the region", "Tykhyi said.",
  ("Ukraine", N, pos, "", "reassurance, surname only"))
U(d, "Government spokesman Zoltán Kovács was quoted by the state news agency MTI", "in their own homeland.",
  ("Hungary", C, neg, "Ukraine", "passive attribution via MTI (the agency is not an actor); 'treated as suspects in their own homeland' = judgement without stock words on Ukraine's treatment of the minority"))
# "Prime Minister Viktor Orbán did not address the expulsions directly on Friday." = non-answer, no row.
U(d, "A spokesperson for the European Commission, Anitta Hipper, told the midday briefing", "in touch with both governments.",
  ("European Union", N, neu, "", "monitoring + contacts, no appeal = neutral"))
U(d, "\"We call on both capitals to lower the temperature", "Hipper said.",
  ("European Union", T, neu, "", "appeal to both sides for de-escalation, no judgement"))
U(d, "She declined to say whether the row would affect the timetable", "a matter for the member states.",
  ("European Union", N, neu, "", "procedural line"))
U(d, "Poland's foreign ministry, in a statement on its website, said it stood behind Ukraine's right", "if it asked for them.",
  ("Poland", S, pos, "Ukraine", "backing + offer of experts = supporting"))
U(d, "In Bratislava, Prime Minister Robert Fico said he hoped the quarrel", "no wish to take sides in it.",
  ("Slovakia", T, neu, "", "hope that the row ends + neutrality = calling_for_talks; Bratislava = place"))
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova, in remarks carried by the state news agency RIA Novosti", "refused to fund its war.",
  ("Russia", C, neg, "Ukraine", "remarks carried by an agency (not an actor); judgement of Kyiv"))
U(d, "Dániel Bartos, a senior fellow at the Central European Policy Institute in Budapest, said the speed", "before the SBU spoke.",
  ("Dániel Bartos", N, neu, "", "invented analyst; reading of the timing, no judgement"))
U(d, "\"Both governments got something out of today", "Bartos said.",
  ("Dániel Bartos", C, neg, "", "cynical judgement of both governments' motives -> condemning, target empty (two actors)"))
U(d, "He said the two sides should agree at once to a meeting", "that need unanimity.",
  ("Dániel Bartos", T, neu, "", "appeal for a ministers' meeting"))
# "Olena Kostiuk, who teaches ..., said she had watched the SBU video several times." = what she did, no position, no row.
U(d, "\"If the evidence is as strong as the service says", "Kostiuk said.",
  ("Olena Kostiuk", C, neg, "Hungary", "invented scholar; conditional judgement of Budapest + demand for an explanation (rule 1)"))
U(d, "She added that people in the region were calm", "in the city on Friday.",
  ("Olena Kostiuk", N, neu, "", "observation, no evaluation"))
# "Hungary and Ukraine last held talks on minority rights ..." = background, no row.
