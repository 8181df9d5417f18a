# ------------------------------------------------------------------ Turkey halts all trade with Israel (Anadolu-style state media, 2024-05-03)
d = "page_turkey_israel_trade_anadolu.txt"
U(d, "Türkiye will keep all trade with Israel suspended", "said on Friday.",
  ("Turkey", C, neg, "Israel", "a sanction kept in force until conditions are met = condemning (a taken response, an ultimatum)"))
U(d, "Speaking at a news conference in Istanbul to announce April's foreign trade figures", "are sheltering.",
  ("Turkey", C, neg, "Israel", "Tel Aviv = metonym for Israel, Ankara for Turkey; accusation (ignored every warning while preparing an assault); Istanbul = place"))
U(d, "“Trade is not more important than human life.", "Bolat said.",
  ("Turkey", C, neg, "Israel", "multi-sentence quote closed by its speaker; the measure announced without exception"))
U(d, "He said the ministry was working with the Palestinian Authority", "caught by the ban.",
  ("Turkey", S, neu, "Palestine", "arrangement to spare Palestinian trade = backing by act; Palestinian Authority = Palestine"))
U(d, "Bolat said he hoped the pressure would help bring about a cease-fire", "as soon as possible.",
  ("Turkey", T, pos, "", "hope for a ceasefire = calling_for_talks (guide); no judgement in the sentence"))
U(d, "Israel's aggression against the Palestinians, carried out in breach", "statement on Thursday.",
  ("Turkey", C, neg, "Israel", "possessive before the speaker (Israel's aggression ..., the ministry said): Israel is judged, the Trade Ministry speaks"))
U(d, "President Recep Tayyip Erdogan, speaking to reporters after Friday prayers", "give it up regardless.",
  ("Turkey", C, neg, "Israel", "a measure against Israel reported by the president; Ankara = metonym"))
U(d, "“Our Palestinian brothers are paying with their lives", "Erdogan said.",
  ("Turkey", C, neg, "Israel", "judgement ('impunity Netanyahu enjoys'); Netanyahu = Israel"))
U(d, "Later, addressing a business association in Istanbul, he said Türkiye would lift", "not a day earlier.",
  ("Turkey", C, neg, "Israel", "conditional lifting of the sanction = an ultimatum (condemning)"))
U(d, "Foreign Minister Hakan Fidan said on Wednesday that Türkiye would formally apply", "International Court of Justice.",
  ("Turkey", C, neg, "Israel", "joining a genocide case = a legal measure against Israel; South Africa and the ICJ are only mentioned"))
U(d, "AK Party spokesman Omer Celik wrote on X", "should act.",
  ("Turkey", N, pos, "", "AK Party / Celik = Turkey in the name files; justification and self-praise, no judgement of an actor = neutral, positive"))
U(d, "Türkiye has sent tens of thousands of tons of humanitarian aid", "(AFAD).",
  ("Turkey", S, neu, "Palestine", "AFAD = Turkey in the name files; aid sent = backing by act; Gaza's people -> Palestine (as batch5c); Egypt's port = place"))
U(d, "Palestine's ambassador to Türkiye, Faed Mustafa, thanked Ankara", "business with Israel.",
  ("Palestine", S, pos, "Turkey", "ambassador introduced by role; thanks = approval; Ankara = metonym"))
U(d, "Hamas praised the decision in a statement", "towards Palestinians.",
  ("Hamas", S, pos, "Turkey", "praise of Turkey's decision"))
U(d, "The group urged Arab and Muslim countries to follow Türkiye's example", "ties with Israel.",
  ("Hamas", C, neg, "Israel", "'The group' = Hamas by context; a call for others to cut ties = a call for sanctions (condemning)"))
U(d, "Israeli Foreign Minister Israel Katz reacted on X on Thursday", "trade agreements.",
  ("Israel", C, neg, "Turkey", "accusation (a dictator, breaking trade agreements); Erdogan = Turkey"))
U(d, "Katz said he had told his ministry's director general", "other countries.",
  ("Israel", N, neg, "", "own plan to replace Turkish goods; no judgement and no measure against Turkey stated (unsure: could be read as a counter-measure)"))
U(d, "The Manufacturers Association of Israel said the halt would push up", "fresh produce.",
  ("Manufacturers Association of Israel", N, neg, "", "industry body under its own name; concern about costs without an appeal = neutral, negative"))
U(d, "The Turkish Exporters Assembly (TIM) said its members would comply fully", "sold to Israel.",
  ("Turkish Exporters Assembly", N, neu, "", "business body under its own name; compliance and plans, no evaluation"))
