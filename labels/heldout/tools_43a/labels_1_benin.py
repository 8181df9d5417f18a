# ------------------------------------------------------------------ Boko and Homeky held over an alleged coup plot (wire copy, 2024-10-01)
d = "page_benin_bokohomeky2024_wire.txt"
# Not statements: wire name, menu, section, UPDATE headline, byline, read time, time stamps, the four bullets,
# ADVERTISEMENT, crossheads, reporting credits, Our Standards, Related Coverage, tags, Most Read, copyright.
U(d, "A judge at Benin's special court for economic crimes", "due to leave office.",
  ("Benin", C, neg, "Olivier Boko", "dateline excluded; the court's detention order = a measure taken by the state against the accused (unsure: could be read as neutral procedure); Homeky is not an actor on the page"))
U(d, "Both men were charged with conspiracy against the authority", "appeal against the detention order.",
  ("Olivier Boko", N, neg, "", "his lawyer speaks for him: the charges (facts) + the plan to appeal, no judgement in the sentence"))
U(d, "\"Our client has spent a week in a cell", "Ahounou said.",
  ("Olivier Boko", C, neg, "Benin", "multi-sentence quote closed by the speaker; calls the state's case baseless and vows to fight it"))
U(d, "Special prosecutor Elonm Mario Metonou said last week", "($2.5 million).",
  ("Benin", C, neg, "Olivier Boko", "prosecutor's accusation of a coup plot (two accused; Boko is the actor on the page)"))
# "Boko was detained separately ... Tévoédjrè was later released ..." = narration, no row.
U(d, "Metonou said investigators were still working", "declined to give further details.",
  ("Benin", N, neu, "", "procedure: investigation continues, no evaluation"))
U(d, "Government spokesman Wilfried Houngbédji said on Monday", "whatever their fortune.",
  ("Benin", C, neg, "", "warning to would-be plotters = threatened response; nobody named -> target empty"))
U(d, "\"The republic has institutions, and they have done their job.", "Houngbédji told a news conference in Cotonou.",
  ("Benin", C, neg, "", "judgement on 'those who thought they could buy' an officer: aimed at the two accused -> several, target empty; self-praise of institutions is secondary"))
U(d, "He rejected suggestions that the case had been built", "no candidate to protect.",
  ("Benin", N, neg, "", "denial of a political motive = neutral, negative tone"))
U(d, "The foreign ministry briefed ambassadors accredited in Cotonou", "a ministry official said.",
  ("Benin", N, neu, "", "a diplomatic briefing reported as done, no position"))
# "Talon ... has made no public comment on the arrests." = non-answer, no row.
# "Boko, a cotton and food-import magnate ..." = background, no row.
U(d, "The movement said in a statement that its figurehead had been locked up", "freed at once.",
  ("Objectif Benin 2026", C, neg, "Benin", "'the movement' = Objectif Bénin 2026: arrest as punishment for ambition + demand for release"))
U(d, "\"Nobody in this country believes that a man who spent twenty years", "the statement said.",
  ("Objectif Benin 2026", C, neg, "Benin", "quote closed by 'the statement said': 'settling of scores dressed up as justice' = judgement"))
U(d, "It asked its members to stay calm", "street protest.",
  ("Objectif Benin 2026", T, neu, "", "'It' = the movement; appeal for calm, no judgement = calling_for_talks"))
U(d, "Former minister Candide Azannaï, who broke with Talon", "a convenient invention.",
  ("Candide Azannaï", C, neg, "Benin", "opposition figure (person): the plot story as a 'convenient invention' = judgement on the authorities"))
U(d, "The main opposition party, Les Démocrates, led by former president", "full access to their lawyers.",
  ("The Democrats", C, neg, "Benin", "courts as 'a weapon' = judgement + demand for a public trial (rule 1)"))
U(d, "A party spokesman added that Les Démocrates would take no part", "remained behind bars.",
  ("The Democrats", C, neg, "Benin", "refusal to join talks in protest, grievance stated (political detainees) = condemning"))
U(d, "The smaller FCBE party took the opposite line", "handling of the suspects.",
  ("Cowry Forces for an Emerging Benin", C, neg, "", "FCBE: judgement on whoever seeks power 'through the barracks' (the alleged plotters, several) + request for due process; rule 1"))
U(d, "Benin's bar association said Boko's lawyers had been kept away", "code of criminal procedure.",
  ("Benin Bar Association", C, neg, "Benin", "accuses the authorities of a breach of procedure"))
U(d, "The ECOWAS Commission said in a statement from Abuja", "fair and transparent.",
  ("ECOWAS", T, neu, "Benin", "following the case + appeal for a fair process, no judgement = calling_for_talks (as demands for an inquiry/recount in earlier batches) (unsure)"))
U(d, "It also praised the Beninese security services", "without a shot being fired.",
  ("ECOWAS", S, pos, "Benin", "'It' = the ECOWAS Commission; praise of the state's services"))
U(d, "Nigeria's foreign ministry, in a brief note, said Abuja stood with", "confidence in their institutions.",
  ("Nigeria", S, pos, "Benin", "solidarity; Abuja = metonym"))
U(d, "African Union Commission chairperson Moussa Faki Mahamat said he hoped", "when Talon's term ends.",
  ("African Union", T, pos, "Benin", "hope for a peaceful handover = calling_for_talks"))
U(d, "France, the former colonial power, said through a foreign ministry spokesperson", "judicial matter under way.",
  ("France", N, neu, "", "took note + declines to comment = neutral"))
U(d, "The U.S. embassy in Cotonou said it was following developments", "respect the rule of law.",
  ("United States", T, neu, "", "monitoring + appeal to all sides, no judgement"))
U(d, "Amnesty International said the arrests fitted a pattern", "politically driven.",
  ("Amnesty International", C, neg, "Benin", "pattern of prosecuting rivals = judgement on the government"))
U(d, "\"Whatever the facts of this case, this court has too often been used", "said in a statement.",
  ("Amnesty International", C, neg, "Benin", "Amnesty's regional office = Amnesty; judgement on the court + demand for a fair trial (rule 1)"))
# "Benin was long held up ... critics say ..." = background with unnamed critics, no row. "Two opposition figures ..." = narration.
U(d, "\"This case is about 2026, not about a coup,\" said Sévérin Akpovi", "University of Abomey-Calavi.",
  ("Sévérin Akpovi", N, neu, "", "invented analyst; reading of the case as a succession fight, no explicit judgement or appeal (unsure: could be read as condemning the government)"))
U(d, "\"Boko was building a machine inside the ruling camp", "has now taken it apart.\"",
  ("Sévérin Akpovi", N, neu, "", "quote continued after the attribution = own unit, same speaker; description of the power struggle, no position"))
# "Homeky, 44, resigned ..." and "The court has not set a trial date." = narration, no row.
