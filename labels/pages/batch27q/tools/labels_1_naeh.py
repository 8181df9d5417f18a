# ------------------------------------------------------------------ Turkey-Israel expulsions over the Gaza killings (Turkish MFA statements page, 14-18 May 2018)
d = "page_turkey_naeh_expulsion2018_mfastatements.txt"
# Not statements: ministry banner, language bar, breadcrumb, search box, page title, filter line, statement titles ("No: 136, ..."),
# "Related statements" list, share bar, footer, copyright.
U(d, "We learned with profound sorrow that dozens of Palestinians", "against the opening of the United States Embassy in Jerusalem.",
  ("Turkey", C, neg, "Israel", "ministry's own voice ('We'); the deaths are placed on 'Israeli fire' inside a statement of sorrow: an accusation by describing the other side's fire on civilians"))
U(d, "Israel's security forces have once again shown", "rests squarely with the Israeli government.",
  ("Turkey", C, neg, "Israel", "judgement without a stock word + holding the government responsible"))
U(d, "The decision of the United States to move its Embassy to Jerusalem", "the role of an honest broker.",
  ("Turkey", C, neg, "United States", "judgement of the US decision; 'Washington' is a metonym for the US"))
U(d, "We extend our condolences to the brotherly Palestinian people", "speedy recovery to the wounded.",
  ("Turkey", S, pos, "Palestine", "condolences and solidarity with a people = supporting (positive, though grieving)"))
U(d, "In line with the decision taken by our Government, our Ambassadors", "for consultations.",
  ("Turkey", C, neg, "", "recall of ambassadors from two states in protest = a taken response; two states -> target empty"))
# "Three days of national mourning have been declared ..." = domestic measure, no position on an actor: no row.
U(d, "The Ambassador of Israel in Ankara, Mr. Eitan Naeh, was received at the Ministry", "Ambassador Sedat Önal.",
  ("Turkey", N, neu, "", "narration of a summons by the ministry itself; procedure, the judgement comes in the next sentences"))
U(d, "He was asked to leave Türkiye and to remain in Israel until further notice.", "He was asked to leave Türkiye and to remain in Israel until further notice.",
  ("Turkey", C, neg, "Israel", "expulsion of the ambassador in passive voice = condemning (an expulsion is a taken response)"))
U(d, "Our position on the massacre in Gaza was conveyed", "against civilians.",
  ("Turkey", C, neg, "Israel", "'massacre' + conditional further steps (a veiled threat)"))
U(d, "Later the same day, the Israeli Ministry of Foreign Affairs announced", "for consultations.",
  ("Israel", C, neg, "Turkey", "Israel's tit-for-tat expulsion of Turkey's consul general, reported by the Turkish page = Israel's act, condemning"))
U(d, "This decision by the Israeli side, taken in retaliation", "the facts on the ground.",
  ("Turkey", C, neg, "Israel", "dismisses Israel's decision as retaliation: judgement without a stock word"))
U(d, "The Consul General of Israel in Istanbul, Mr. Yossi Levi Sfari", "until further notice.",
  ("Turkey", C, neg, "Israel", "second expulsion (passive) = condemning"))
U(d, "Separately, we have learned that the Israeli Ministry of Foreign Affairs called in our Chargé", "Istanbul Atatürk Airport.",
  ("Israel", C, neg, "Turkey", "summons in protest reported second-hand ('we have learned') = Israel's protest, condemning"))
U(d, "The Israeli side's claim that the Ambassador was deliberately humiliated", "leaving our country.",
  ("Turkey", N, neg, "", "denial of Israel's charge = neutral, negative tone (the claim inside is Israel's, already labelled in the summons)"))
U(d, "Our Chargé d'Affaires, for his part, made plain our displeasure", "before television crews.",
  ("Turkey", C, neg, "Israel", "displeasure conveyed at the Israeli staging = a complaint (negative judgement on the act)"))
U(d, "Spokesperson of the Ministry Hami Aksoy, answering a question", "contest of protocol with Israel.",
  ("Turkey", N, neu, "", "spokesperson named by role; declines to escalate, no judgement or appeal = neutral"))
U(d, "Ambassador Aksoy went on to say that what the world saw in Gaza", "would remain there.",
  ("Turkey", N, neu, "", "spokesperson later by title + surname; restates focus, no evaluation of an actor (unsure: 'the real issue' is an implicit reproach)"))
# "H.E. Mr. Mevlüt Çavuşoğlu ... held a telephone conversation today with ..." = a meeting narrated, no row.
U(d, "Minister al-Maliki thanked Türkiye for the steps it had taken", "stood with them this week.",
  ("Palestine", S, pos, "Turkey", "Palestinian foreign minister's thanks reported in a readout = supporting Turkey"))
U(d, "Minister Çavuşoğlu informed his counterpart that a second planeload", "brought to Türkiye for treatment.",
  ("Turkey", S, pos, "Palestine", "aid by act (medicines, doctors, evacuation of wounded) = supporting"))
# "The two Ministers also reviewed preparations for the Extraordinary Summit ..." = a meeting narrated (the convening is a relative clause), no row.
# "Foreign Minister Mevlüt Çavuşoğlu received Foreign Minister Ayman Safadi ..." = meeting narrated, no row.
U(d, "Minister Safadi stated that Jordan shared Türkiye's assessment", "at every forum.",
  ("Jordan", C, neg, "United States", "rejects the status of Jerusalem being decided 'by the act of one state' = opposing the US move (target by context; unsure: the state is not named)"))
U(d, "The Ministers agreed that a credible international investigation", "on the basis of the two-state solution.",
  ("Turkey", T, neu, "", "joint appeal for an inquiry and negotiations, no judgement word = calling_for_talks"),
  ("Jordan", T, neu, "", "same joint position, second state"))
# "A briefing on the humanitarian situation in Gaza was held ..." = narration of an event, no row.
U(d, "Dr. Kerem Yaşaroğlu, a Turkish emergency physician", "hit in the legs by live rounds.",
  ("Kerem Yaşaroğlu", N, neg, "", "invented witness (physician); account of wounds, no judgement of an actor stated"))
U(d, "He said supplies of blood, anaesthetics and external fixators", "unless the crossings were opened.",
  ("Kerem Yaşaroğlu", T, neg, "", "warning with an implied appeal to open the crossings = humanitarian access (calling_for_talks)"))
U(d, "Prof. Zeynep Akgül, who teaches international humanitarian law", "law of armed conflict.",
  ("Zeynep Akgül", C, neg, "", "invented scholar; judgement of the force used (target Israel only by context; left empty as the sentence names no actor)"))
U(d, "In her view, the states that had stayed silent this week", "what would come next.",
  ("Zeynep Akgül", C, neg, "", "speaker carried across a sentence by 'In her view'; blame on unnamed silent states -> target empty"))
U(d, "The Extraordinary Islamic Summit Conference held today in Istanbul", "on the situation in Palestine.",
  ("Organisation of Islamic Cooperation", N, neu, "", "adoption of a communiqué = procedure"))
U(d, "The Communiqué holds the Israeli forces responsible", "for the Palestinian people.",
  ("Organisation of Islamic Cooperation", C, neg, "Israel", "holds responsible (rule 1 over the protection appeal)"))
U(d, "It describes the transfer of the United States Embassy to Jerusalem", "that follow that step.",
  ("Organisation of Islamic Cooperation", C, neg, "United States", "'act of provocation' + call for measures against followers = condemning"))
U(d, "In his closing address, President Erdoğan said the Islamic world", "join the call for protection.",
  ("Organisation of Islamic Cooperation", S, pos, "Palestine", "Erdoğan as chairman of the Islamic Summit speaks for the OIC; solidarity + call to join (supporting)"))
U(d, "Türkiye will continue to stand by the Palestinian people", "capital of the State of Palestine.",
  ("Turkey", S, pos, "Palestine", "backing + peace aim; support decides (rule 3 words; a peace appeal is only the frame)"))
