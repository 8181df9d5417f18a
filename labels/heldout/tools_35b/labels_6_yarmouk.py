# ------------------------------------------------------------------ Yarmouk arms factory explosions, Khartoum (pan-Arab news site, full HTML, 2012-10-31)
d = "page_yarmouk_factory_panarab.html"
# Not statements: cookie bar, logo, edition, nav, LATEST ticker, section label, headline, summary, meta/time, share,
# figcaptions with credits, ADVERTISEMENT, crossheads, "Also read", tags, comments, most read, newsletter, footer.
U(d, "Sudan's foreign ministry on Monday denied that Iran had any role", "bombing the plant.",
  ("Sudan", N, neg, "", "long lead: denial (neutral, negative) with the warships and the earlier accusation of Israel as narration clauses (one row per actor; unsure)"))
U(d, "\"Yarmouk belongs to Sudan.", "told reporters.",
  ("Sudan", N, neu, "", "multi-sentence quote closed by its speaker; account of its own plant = neutral"))
# "The helicopter carrier Kharg and the destroyer Shahid Naqdi arrived on Monday for what Iranian media described as a friendly call." : narration ("Iranian media" are not an actor)
U(d, "The visit carried \"a message of friendship and security\"", "IRNA news agency.",
  ("Iran", N, pos, "", "Iran's navy on its own mission (an army speaks for its state); IRNA only reports it"))
U(d, "Sudan's army spokesman, Al-Sawarmi Khalid Saad, said the port call was routine", "Khartoum and Tehran.",
  ("Sudan", S, pos, "Iran", "praise of close ties with Tehran = supporting (unsure: could be neutral); Khartoum and Tehran = the two governments"))
# "The Yarmouk complex ... was rocked by a series of explosions ..." : narration (no row)
U(d, "On the following day, Information Minister Ahmed Bilal Osman told a news conference", "had sent them.",
  ("Sudan", C, neg, "Israel", "accusation"))
U(d, "Sudan, he said, would choose its own moment and its own way to answer the attack.", "answer the attack.",
  ("Sudan", C, neg, "Israel", "'he' = Osman; threat of a response (mid-sentence attribution)"))
U(d, "Osman linked the strike to earlier attacks that Khartoum has blamed on Israel", "weaken Sudan's defences.",
  ("Sudan", C, neg, "Israel", "accusation of a pattern; Khartoum = metonym inside a relative clause (same actor)"))
U(d, "The army spokesman said two people had been killed and one seriously wounded.", "seriously wounded.",
  ("Sudan", N, neg, "", "casualty figures from the army = Sudan"))
U(d, "The governor of Khartoum state, Abdel Rahman Al-Khidir, had said", "changed its account.",
  ("Sudan", N, neu, "", "provincial official = his state; an earlier line ruling out an outside cause (neutral)"))
U(d, "Sudan's ambassador to the United Nations, Daffa-Alla Elhag Ali Osman, has written", "Sudan's sovereignty.",
  ("Sudan", C, neg, "Israel", "complaint to the Council asking it to condemn Israel"))
U(d, "Foreign Minister Ali Karti appealed to Arab and Islamic states", "in the Arab League.",
  ("Sudan", T, neu, "", "asking for diplomatic backing (asking for help is not supporting) = calling_for_talks (unsure)"))
U(d, "Israel has not confirmed or denied the accusation.", "the accusation.",
  ("Israel", N, neu, "", "no-comment position stated as a fact by the outlet (unsure: could be narration)"))
U(d, "Defence Minister Ehud Barak told reporters he had nothing to add", "comment on the reports.",
  ("Israel", N, neu, "", "two officials declining to comment = one neutral row for Israel"))
U(d, "But Amos Gilad, a senior Israeli defence ministry official, told Israeli army radio", "through Egyptian territory.",
  ("Israel", C, neg, "Sudan", "'a dangerous state' + arms route for Iran and Hamas = accusation; Iran and Hamas are objects"))
U(d, "Asked directly whether Israel had carried out the raid, he declined to answer.", "declined to answer.",
  ("Israel", N, neu, "", "'he' = Gilad; refusal to answer = neutral"))
U(d, "On Saturday, the Satellite Sentinel Project, a US-based group", "consistent with an air strike.",
  ("Satellite Sentinel Project", N, neu, "", "monitoring group under its own name: findings"))
U(d, "The group said the target appeared to have been a cluster", "carried out the attack.",
  ("Satellite Sentinel Project", N, neu, "", "'The group' = SSP; no culprit named"))
U(d, "The Arab League's deputy secretary-general, Ahmed Bin Helli, said", "studying them.",
  ("Arab League", N, neu, "", "procedure, no judgement yet"))
U(d, "The league's secretary-general, Nabil Elaraby, later denounced the attack", "defend itself.",
  ("Arab League", C, neg, "", "'The league' = Arab League; condemnation + backing of Sudan: rule 1; no attacker named -> target empty"))
U(d, "In Tehran, foreign ministry spokesman Ramin Mehmanparast condemned", "only encouraged Israel.",
  ("Iran", C, neg, "Israel", "Tehran = place here"))
U(d, "Gaza's Hamas rulers also condemned the strike", "every Arab country.",
  ("Hamas", C, neg, "Israel", "possessive 'Gaza's Hamas rulers' = Hamas"))
U(d, "Egypt's presidential spokesman, Yasser Ali, said Cairo rejected", "without naming Israel.",
  ("Egypt", C, neg, "", "rejection of an attack on a 'brotherly state'; Israel deliberately not named -> target empty; Cairo = metonym"))
U(d, "A State Department spokeswoman in Washington said the United States had no information", "cause of the blast.",
  ("United States", N, neu, "", "unnamed official of a named body; Washington = place"))
# Saudi press (a newspaper is not an actor), the Gulf-based analyst, the residents and the mother of four: no rows
