# ------------------------------------------------------------------ Niger: Tandja's referendum and new constitution (West African news site, full HTML, 2009-08-19)
d = "page_niger_tandja_referendum_wasite.html"
# No rows: cookie bar, top strip, logo/slogan, nav, LATEST ticker, section label, headline, summary, byline/time,
# share bar, figure captions ("1 of 2", credits), ADVERTISEMENT, crossheads (incl. the quoted "A ruler, not a president"),
# Related:, tags, newsletter, comments, most read, footer.
U(d, "Niger's President Mamadou Tandja on Tuesday signed into force a new constitution", "neighbours had warned against.",
  ("Niger", N, neu, "", "long lead: promulgation = own act, no judgement; the court, the opposition boycott and the 'neighbours' are narration/summary (no rows)"))
U(d, "In an address on state television on Tuesday evening, Tandja said the people of Niger had spoken freely", "out of poverty.",
  ("Niger", N, pos, "", "justification of his own course and plans = neutral, positive (self-praise)"))
U(d, "\"Those who wanted to drag Niger back into disorder", "Tandja said.",
  ("Niger", C, neg, "Coordination of Democratic Forces for the Republic", "multi-sentence quote closed by the speaker; judgement of the opposition + an appeal to it: rule 1"))
U(d, "According to the electoral commission (CENI), 92.5 percent of voters said yes", "68.26 percent.",
  ("Niger", N, neu, "", "the electoral commission is a state body = Niger (unsure: it is nominally independent); figures"))
U(d, "The opposition coalition, the Coordination of Democratic Forces for the Republic (CFDR), put the real turnout", "the president's office.",
  ("Coordination of Democratic Forces for the Republic", C, neg, "Niger", "coalition under its own name; counter-figure + 'a fabrication' = accusation"))
U(d, "Mahamadou Issoufou, the leader of the PNDS-Tarayya", "an elected president.",
  ("PNDS-Tarayya", C, neg, "Niger", "party leader introduced by his party = PNDS-Tarayya (Issoufou is not declared: later president of Niger); 'broken the oath' = judgement; Niamey = place"))
U(d, "The coalition said it would step up its campaign of civil disobedience", "was restored.",
  ("Coordination of Democratic Forces for the Republic", C, neg, "Niger", "'The coalition' = CFDR; announced strike and marches against the government = a threatened response"))
U(d, "Mahamane Ousmane, the speaker of the dissolved National Assembly", "check the president.",
  ("CDS-Rahama", C, neg, "Niger", "speaker of a dissolved parliament speaking as his party's leader (the party's walk-out in protest is in the same sentence); judgement of the president's course (unsure: could be neutral, an assessment)"))
U(d, "Government spokesman Mohamed Ben Omar, the communication minister", "across the country.",
  ("Niger", N, neg, "", "denial of the opposition's figure = neutral, negative"))
U(d, "He said the journalists and activists arrested in recent weeks", "not for their opinions.",
  ("Niger", N, neg, "", "justification of arrests / denial that they are political = neutral"))
U(d, "The ruling MNSD-Nassara hailed the result", "\"Sixth Republic\".",
  ("MNSD-Nassara", S, pos, "Niger", "ruling party under its own name; praise + backing of the president = supporting"))
# Background paragraph "The crisis began in May ..." = narration with Tandja and the court as subjects (no rows).
U(d, "The ECOWAS Commission said in a statement from Abuja on Monday", "its next summit.",
  ("ECOWAS", C, neg, "Niger", "'ran counter to the bloc's protocol' = judgement; summit agenda in the same sentence; Abuja = place"))
U(d, "The Commission's president, Mohamed Ibn Chambas, said the bloc's door remained open", "20 October.",
  ("ECOWAS", T, neu, "", "appeal to both sides for dialogue, no judgement; both addressed -> target empty"))
U(d, "African Union Commission Chairperson Jean Ping said he was deeply troubled", "developments closely.",
  ("African Union", N, neg, "", "AU Commission chair = African Union (Ping is canonical as himself in the name files, but speaks here for the AU); concern without an appeal = neutral, negative"))
U(d, "The European Union, Niger's largest donor, said in a statement issued by the Swedish presidency", "cooperation with Niamey.",
  ("European Union", C, neg, "Niger", "the presidency speaks for the bloc (not Sweden); 'in defiance of the rulings' + review of aid = judgement and a threatened measure; Niamey = metonym"))
U(d, "The EU's development commissioner, Karel De Gucht, said he still hoped", "constitutional order.",
  ("European Union", T, pos, "", "hope for talks = calling_for_talks"))
# "Paris, which has large uranium interests ..., was more guarded." = lead-in with a metonym (no row).
U(d, "The French foreign ministry said it had taken note of the results", "civil peace.",
  ("France", T, neu, "", "'took note' (no judgement) + appeal to all forces to resume dialogue = calling_for_talks"))
U(d, "Areva said work on its Imouraren mine", "as planned.",
  ("Orano", N, neu, "", "Areva (2009) = Orano, its later name in the name files (alias declared); company, own plans"))
U(d, "In Washington, State Department spokesman Ian Kelly said the United States was deeply disappointed", "legitimate.",
  ("United States", C, neg, "Niger", "'deeply disappointed' + 'not legitimate' = judgement; Washington = place"))
U(d, "Kelly said U.S. humanitarian and food assistance would continue", "lean season.",
  ("United States", S, pos, "Niger", "continued aid to Nigeriens = backing by act (the people, by the demonym)"))
U(d, "Moussa Dan-Koulou, a political scientist in Niamey, said the president had won the legal battle", "half of its budget.",
  ("Moussa Dan-Koulou", N, neg, "", "independent scholar; assessment of isolation, no judgement"))
U(d, "\"The real question is the army.", "he said.",
  ("Moussa Dan-Koulou", N, neg, "", "multi-sentence quote closed by the speaker; risk of a military move, no judgement"))
U(d, "Dan-Koulou said the likeliest short-term scenario was a long standoff", "in the north.",
  ("Moussa Dan-Koulou", N, neg, "", "scenario ('sanctions', 'rebellion' as topics)"))
U(d, "Helen Okafor, who researches governance in West Africa", "donor approval.",
  ("Helen Okafor", N, neu, "", "independent researcher; interests and room for manoeuvre"))
U(d, "\"Let us call it what it is: a constitutional coup", "she said.",
  ("Helen Okafor", C, neg, "Niger", "'a constitutional coup' = explicit judgement of the president's course; quote opened after a colon inside her own quote"))
U(d, "Okafor said the bloc should name a senior mediator now", "something to negotiate.",
  ("Helen Okafor", T, neu, "ECOWAS", "appeal addressed to ECOWAS to mediate = calling_for_talks"))
# The Katako market cloth trader = unnamed resident (no row).
# Live updates box: the timestamps and the box heading are furniture (no rows).
U(d, "Nigeria's foreign ministry said Abuja was ready to host talks", "in the coming weeks.",
  ("Nigeria", T, neu, "", "live-blog item; offer to host talks + appeal against violence = calling_for_talks; Abuja = metonym here (Nigeria as host), the ministry speaks for Nigeria, not for ECOWAS"))
U(d, "The interior ministry has banned the march the CFDR had called for Thursday", "for any unrest.",
  ("Niger", C, neg, "Coordination of Democratic Forces for the Republic", "live-blog item; ban + warning against the opposition = a measure and a threat against another side ('threat' to public order is the ministry's reason)"))
