# ------------------------------------------------------------------ Security Council briefing on Afghanistan after the Taliban's virtue-and-vice law (UN meetings coverage, 2024-09-18)
d = "page_afghanistan_virtue_law_2024_unmeetings.txt"
# Not statements: site header, breadcrumb, meeting number, document symbol, date, headline and subheadline (they carry positions), "Statements" crosshead,
# closing times, "For information media".
U(d, "The Taliban's newly decreed law on the", "change the de facto authorities' course.",
  ("United Nations", N, neg, "", "lede: UNAMA head's description of the law + narration of the split; description, no explicit judgement word (unsure: 'sweeping powers' is close to a judgement)"))
U(d, "Roza Otunbayeva, Special Representative of the Secretary-General", "outside her home.",
  ("United Nations", N, neu, "", "content of the law as facts = neutral"))
U(d, "\"This is a blueprint for a society in which half the population", "several provinces.",
  ("United Nations", C, neg, "Afghanistan", "judgement of the law without a stock word + reports of detentions; the Taliban's de facto authorities = Afghanistan (as in the name files)"))
U(d, "She said the de facto authorities had barred the Special Rapporteur", "deal with him.",
  ("United Nations", N, neg, "", "facts of the ban reported without a judgement = neutral, negative"))
U(d, "Nonetheless, she urged Council members to keep channels open to Kabul", "humanitarian operations.",
  ("United Nations", T, neu, "", "appeal for continued contact = calling_for_talks"))
U(d, "Sima Bahous, Executive Director of UN Women, said three years of decrees", "parks and gyms.",
  ("UN Women", N, neg, "", "facts of the restrictions = neutral, negative"))
U(d, "\"No country in the world has done more to erase women from public life,\" she said", "while the restrictions stood.",
  ("UN Women", C, neg, "Afghanistan", "judgement + call not to normalise relations = condemning (rule 1)"))
U(d, "Zarlasht Amiri, an Afghan women's rights advocate who briefed the Council from Kabul", "for fear of being reported.",
  ("Zarlasht Amiri", N, neg, "", "invented advocate (person); account of women's fear = neutral, negative"))
U(d, "\"We are not asking you to choose between aid and rights,\" she told the members.", "the price of peace.\"",
  ("Zarlasht Amiri", C, neg, "", "rebuke of the Council's approach ('treating our silence as the price of peace'); aimed at the members collectively -> target empty"))
U(d, "The representative of the United States said her country condemned the law", "responsible for abuses.",
  ("United States", C, neg, "Afghanistan", "condemnation + sanctions kept = condemning"))
U(d, "She added that the de facto authorities' treatment of women", "any normalization.",
  ("United States", C, neg, "Afghanistan", "'she' = the US representative; judgement without a stock word"))
U(d, "The speaker for the United Kingdom said the law was a further assault", "without delay.",
  ("United Kingdom", C, neg, "Afghanistan", "'assault on the rights' + demand to reverse: the judgement decides"))
U(d, "Japan's delegate said his Government was deeply troubled by the new restrictions.", "Japan's delegate said his Government was deeply troubled by the new restrictions.",
  ("Japan", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "He added that Japan would continue to fund humanitarian programmes", "women-led organizations.",
  ("Japan", S, pos, "", "aid by act = supporting; to Afghans through UN agencies, not to one actor -> target empty"))
U(d, "Speaking on behalf of the signatories of the Shared Commitments", "the law be repealed.",
  ("Ecuador", C, neg, "Afghanistan", "joint statement by a list of states: one row per listed state; rejection + demand = condemning"),
  ("France", C, neg, "Afghanistan", "listed state"),
  ("Guyana", C, neg, "Afghanistan", "listed state"),
  ("Japan", C, neg, "Afghanistan", "listed state"),
  ("Malta", C, neg, "Afghanistan", "listed state; also the speaker"),
  ("South Korea", C, neg, "Afghanistan", "'the Republic of Korea'"),
  ("Sierra Leone", C, neg, "Afghanistan", "listed state"),
  ("Slovenia", C, neg, "Afghanistan", "listed state"),
  ("Switzerland", C, neg, "Afghanistan", "listed state"),
  ("United Kingdom", C, neg, "Afghanistan", "listed state"),
  ("United States", C, neg, "Afghanistan", "listed state"))
U(d, "The representative of Switzerland said her country welcomed", "Special Rapporteur's visit.",
  ("Switzerland", T, neu, "Afghanistan", "welcome of the UN's dialogue joined to an appeal to lift a ban, no judgement word: rule 2 before rule 3 = calling_for_talks"))
U(d, "The representative of the Russian Federation said the Council should not lecture", "internal affair.",
  ("Russia", C, neg, "", "'should not lecture' = rejection of the critics' approach in protest, with the reason given (internal affair) = condemning; aimed at several members -> target empty (unsure: could be neutral)"))
U(d, "He said the real drivers of the country's distress were the freezing", "after 2021.",
  ("Russia", C, neg, "", "blames 'Western States' (not one canonical actor) -> target empty"))
U(d, "China's representative said his country hoped Afghanistan would build", "including women.",
  ("China", T, neu, "Afghanistan", "hope for an inclusive structure, no judgement = calling_for_talks"))
U(d, "He urged the United States to return Afghanistan's frozen assets", "punished ordinary Afghans.",
  ("China", C, neg, "United States", "demand + 'an act that punished ordinary Afghans' = judgement (rule 1)"))
U(d, "Speaking for the A3+ group, the representative of Sierra Leone said", "assistance this year.",
  ("Algeria", N, neg, "", "group statement, one row per listed state; concern + a figure, no appeal = neutral"),
  ("Guyana", N, neg, "", "listed state"),
  ("Mozambique", N, neg, "", "listed state"),
  ("Sierra Leone", N, neg, "", "listed state and speaker"))
U(d, "She said pressure alone had not worked in three years", "dialogue with Kabul.",
  ("Algeria", T, neu, "", "'she' = the A3+ speaker; appeal for dialogue, 'pressure had not worked' is an assessment, not a judgement on an actor = calling_for_talks"),
  ("Guyana", T, neu, "", "listed state"),
  ("Mozambique", T, neu, "", "listed state"),
  ("Sierra Leone", T, neu, "", "listed state and speaker"))
U(d, "Also speaking, the representative of Pakistan said his country had repeatedly raised", "on Afghan soil.",
  ("Pakistan", N, neg, "", "facts of its own demarches, no judgement in the sentence = neutral (unsure)"))
U(d, "He said those fighters had carried out attacks that killed scores", "done nothing to stop them.",
  ("Pakistan", C, neg, "Afghanistan", "accusation that the interim Government did nothing + attacks on civilians = condemning; Kabul's interim Government = Afghanistan"))
U(d, "Iran's representative said his country hosted millions of Afghan refugees", "share that burden.",
  ("Iran", N, neu, "", "facts + a call for donor aid; asking for aid is not supporting, and not a peace appeal = neutral"))
U(d, "The representative of Kazakhstan said his country would keep supplying grain", "road to stability.",
  ("Kazakhstan", S, pos, "Afghanistan", "supplies by act + trade as the road to stability = supporting"))
U(d, "He urged the Council to back an intra-Afghan dialogue", "include women.",
  ("Kazakhstan", T, neu, "", "appeal for an inclusive dialogue = calling_for_talks"))
U(d, "In response to the meeting, a spokesman for the Taliban administration in Kabul, Zabihullah Mujahid", "circulated by the de facto authorities.",
  ("Afghanistan", C, neg, "", "Mujahid speaks for the Taliban government = Afghanistan (alias in labels/pages/new_actors.csv); defence of the law + rebuke of foreign critics (several) -> target empty"))
U(d, "The Council President, Tanja Fajon, Minister for Foreign and European Affairs of Slovenia", "violations against them.",
  ("Slovenia", S, pos, "", "'in her national capacity' = Slovenia, not the Council; solidarity with Afghan women + support for a documentation mechanism = supporting (Afghan women are not an actor) -> target empty"))
