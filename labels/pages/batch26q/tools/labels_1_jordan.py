# ------------------------------------------------------------------ Labadi and Miri detention, Jordan's recall of its ambassador (Jordanian MFA press releases, Sept-Nov 2019)
d = "page_jordan_labadi_miri_recall2019_mfastatements.txt"
# Not statements: site header, language bar, menu, breadcrumb, filter, item headlines and time stamps, photo caption with credit,
# "Print | Share | Back to list", Related line, subscribe prompt, social links, footer, copyright. Datelines "Amman - " excluded.
# On the ministry's own page "the Ministry", "the Minister", "the Kingdom" = Jordan.
U(d, "The Ministry of Foreign Affairs and Expatriates announced on Wednesday", "by the Israeli authorities.",
  ("Jordan", N, pos, "", "the site's own ministry reports the return of its citizens: a fact, glad in tone"))
U(d, "Minister of Foreign Affairs and Expatriates Ayman Safadi, who met the two", "would be forgotten.",
  ("Jordan", N, pos, "", "self-praise and reassurance about own conduct = neutral, positive"))
U(d, "The Minister said the Ministry would keep following", "in the coming days.",
  ("Jordan", N, neu, "", "'The Minister' (no name, the site's state); plans: follow-up of files, ambassador back to post"))
U(d, "The Ministry thanked the delegation of the International Committee of the Red Cross", "to their families.",
  ("Jordan", S, pos, "ICRC", "thanks/praise for the ICRC's visits = supporting"))
U(d, "Minister Safadi said on Monday that Israel had undertaken", "led by the Ministry.",
  ("Jordan", N, pos, "", "announces the agreed handover: fact, no judgement"),
  ("Israel", N, pos, "", "Israel's undertaking reported by Jordan's minister = Israel's statement (guide); a commitment to release, no judgement, no appeal (unsure: could be read as calling_for_talks, a conciliatory step)"))
U(d, "The Kingdom had made plain from the first day", "made every day count.",
  ("Jordan", N, neg, "", "attribution in the middle ('Safadi said, adding'); firmness about own demand and worry about the hunger strike, no judgement of Israel, no appeal"))
U(d, "In remarks carried by the state news agency Petra, Prime Minister Omar Razzaz", "for their patience.",
  ("Jordan", N, pos, "", "second-hand attribution via the state agency (Petra is not an actor); the prime minister praises his own diplomats and the families = self-praise, neutral"))
U(d, "The Ministry of Foreign Affairs and Expatriates decided on Tuesday evening", "without charge.",
  ("Jordan", C, neg, "Israel", "recall of the ambassador in protest = a measure against another side (condemning)"))
U(d, "Minister Safadi said the decision was taken after weeks", "international law.",
  ("Jordan", C, neg, "Israel", "judgement without a stock word: no answer to requests, detention 'no basis in international law'"))
U(d, "He made clear that the recall would not be the last measure", "in custody.",
  ("Jordan", C, neg, "Israel", "'He' = Safadi; threat of further measures = condemning; Israel is the target by context"))
U(d, "Should any harm come to either detainee", "alone.",
  ("Jordan", C, neg, "Israel", "holding Israel responsible, worded without 'responsible'; attribution in the middle"))
U(d, "The Ministry's official spokesperson, Sufian Qudah, said", "in the meantime.",
  ("Jordan", N, neu, "", "spokesperson by role then name; procedure (notification, consular work)"))
U(d, "Qudah dismissed assertions by Israeli officials", "piece of evidence.",
  ("Jordan", N, neg, "", "surname only; denial of the accusation against its citizens = neutral, negative"),
  ("Israel", C, neg, "", "Israeli officials (of a named government) accuse the two of being a threat, reported by Jordan = Israel's statement; accusation of persons, target empty"))
# "Labadi was detained on 20 August and Miri on 2 September ..." = narration, no row.
U(d, "The Ministry held a briefing on Monday for ambassadors", "detained citizens.",
  ("Jordan", N, neu, "", "a briefing held = an act reported, no position stated"))
U(d, "Dr. Rania Obeidat, professor of international humanitarian law", "as an occupying power.",
  ("Rania Obeidat", C, neg, "Israel", "invented independent scholar; judgement of the detentions without a stock word"))
U(d, "Lawyer Hazem Oweidi of the public freedoms committee", "with Israeli officials.",
  ("Hazem Oweidi", T, neg, "", "invented lawyer; a grievance (no files) + appeal to the delegations to take the cases up = calling_for_talks; addressed to many -> target empty"))
U(d, "The head of the European Union Delegation in Amman said", "on humanitarian grounds.",
  ("European Union", T, pos, "Israel", "office holder by title only; raised with Israel + hope of a quick settlement = calling_for_talks (hopes)"))
U(d, "The Ministry also welcomed a statement from Arab League Secretary-General", "free its citizens.",
  ("Jordan", S, pos, "Arab League", "welcome of the League's statement = supporting"),
  ("Arab League", S, pos, "Jordan", "the League's backing, reported by the ministry = supporting Jordan"))
U(d, "The Secretary-General of the Ministry, Zaid Lozi, summoned", "two citizens.",
  ("Jordan", C, neg, "Israel", "summons + protest note = measure (condemning)"))
U(d, "The note stated that holding Jordanians without charge", "the Ministry said.",
  ("Jordan", C, neg, "Israel", "the note's content: breach of law = judgement; attribution tail"))
U(d, "The Ministry said it had asked the International Committee of the Red Cross", "treated for cancer.",
  ("Jordan", T, neu, "ICRC", "asking for humanitarian help (a medical visit) = calling_for_talks (labels/README); the ICRC is the party addressed"))
U(d, "The ICRC delegation confirmed that its staff had seen both detainees", "according to the Ministry.",
  ("ICRC", N, neu, "", "'according to the Ministry': the ICRC's own report of its visits, a fact"))
U(d, "The Ministry summoned the Israeli ambassador in Amman on Tuesday", "King Hussein Bridge.",
  ("Jordan", C, neg, "Israel", "summons to convey a protest = condemning"))
U(d, "Secretary-General Lozi told the ambassador that the Kingdom expected", "without delay.",
  ("Jordan", T, neg, "Israel", "demand for release and consular access with no judgement word = calling_for_talks (labels/README: demand to one side)"))
