# ------------------------------------------------------------------ Lebanon pager and walkie-talkie explosions (live blog, full HTML, 2024-09-18)
d = "page_lebanon_pagers_liveblog.html"
U(d, "Israel's defence minister, Yoav Gallant, told troops", "the northern front.",
  ("Israel", C, neg, "Hezbollah", "announced shift of the war to the northern front = announced operation against another side; target by context"))
U(d, "At least 20 people were killed and more than 450 injured", "in an updated statement.",
  ("Lebanon", N, neu, "", "health ministry toll, attribution tail"))
U(d, "The Lebanese army said its units had carried out controlled detonations", "in the south.",
  ("Lebanon", N, neu, "", "the army speaks for its state; own act"))
U(d, "The UN high commissioner for human rights, Volker Türk, said an attack", "independent investigation.",
  ("United Nations", C, neg, "", "OHCHR = UN; 'broke international law' = judgement on the act with no perpetrator named -> target empty; rule 1 over the call for an inquiry"))
U(d, "Whoever was behind the blasts had to answer for them", "from Geneva.",
  ("United Nations", C, neg, "", "demand for accountability of unnamed perpetrators; Geneva = place"))
U(d, "A spokesman for the Hungarian government said the Budapest-based company", "through the country.",
  ("Hungary", N, neg, "", "denial that the devices were made in or passed through Hungary"))
U(d, "Gold Apollo's founder had told reporters in Taipei", "licensed its brand.",
  ("Gold Apollo", N, neg, "", "company denial (founder speaks for the firm); possessive before the speaker"))
U(d, "In a new statement, Hezbollah said its attacks on Israeli positions", "Tuesday's massacre.",
  ("Hezbollah", C, neg, "Israel", "announced continuing attacks + 'hard reckoning' threat + 'massacre'"))
U(d, "Speaking in Cairo, US Secretary of State Antony Blinken called on all sides", "a ceasefire in Gaza.",
  ("United States", T, neg, "", "appeal to all sides; Cairo = place"))
U(d, "State department spokesman Matthew Miller said on Tuesday that the United States had not been involved", "advance knowledge of them.",
  ("United States", N, neu, "", "denial of involvement"))
U(d, "He warned Tehran against using the incident", "trouble in the region.",
  ("United States", T, neg, "Iran", "warning against escalation addressed to one party, no judgement word; could be condemning"))
U(d, "Iran's foreign minister, Abbas Araghchi, condemned the explosions as a terrorist act", "Iranian state media reported.",
  ("Iran", C, neg, "", "'terrorist act' without naming the perpetrator in the sentence -> target empty; state media not an actor"))
U(d, "Tehran has flown a team of doctors and nurses to Beirut", "the foreign ministry said.",
  ("Iran", S, pos, "Lebanon", "aid by act; Tehran = capital as metonym; Beirut = place"))
U(d, "The Iranian embassy said ambassador Mojtaba Amani", "in a stable condition.",
  ("Iran", N, neu, "", "embassy = Iran; condition of its envoy"))
U(d, "Caretaker prime minister Najib Mikati called the explosions an Israeli assault", "UN Security Council.",
  ("Lebanon", C, neg, "Israel", "judgement + complaint to the Security Council"))
U(d, "“This is a crime that did not distinguish", "Bou Habib told reporters.",
  ("Lebanon", C, neg, "", "surname only (introduced at 12:00 as Lebanon's FM); 'a crime', perpetrator not named in the sentence -> target empty"))
U(d, "“The world cannot keep looking away.”", "looking away.”",
  ("Lebanon", T, neg, "", "quote continued after the attribution = own unit of the same speaker; appeal to the world to act, no judgement on an actor (could be read as reproach)"))
U(d, "The health ministry repeated its call for anyone", "throw it away immediately.",
  ("Lebanon", N, neg, "", "safety advice to its own public, not a peace appeal"))
U(d, "The UN special coordinator for Lebanon, Jeanine Hennis-Plasschaert,", "into war.",
  ("United Nations", T, neg, "", "alarm + appeal to all parties"))
U(d, "UN spokesman Stéphane Dujarric said on Tuesday", "reports from Lebanon.",
  ("United Nations", N, neg, "", "concern without appeal = neutral, negative"))
U(d, "The EU's foreign policy chief, Josep Borrell, said the attacks", "the whole region ablaze.",
  ("European Union", C, neg, "", "condemns the attacks, perpetrator not named -> target empty"))
U(d, "Health minister Firass Abiad said 12 people had died", "200 of them critically.",
  ("Lebanon", N, neu, "", "casualty figures"))
U(d, "Hezbollah blamed Israel for what it called a treacherous attack", "civilians alike.",
  ("Hezbollah", C, neg, "Israel", "blame"))
U(d, "The group vowed that Israel would be punished for it.", "punished for it.",
  ("Hezbollah", C, neg, "Israel", "'The group' = Hezbollah; threat"))
U(d, "The Kremlin said the blasts risked pushing the Middle East", "told reporters.",
  ("Russia", N, neg, "", "concern without appeal = neutral, negative"))
U(d, "Hamas called the explosions a new Zionist crime", "Lebanese people.",
  ("Hamas", C, neg, "Israel", "'Zionist crime' = Israel"))
U(d, "Iraq's health ministry said it had sent a plane", "to Beirut.",
  ("Iraq", S, pos, "Lebanon", "aid by act; Beirut = place"))
U(d, "Mikati thanked the countries that had rushed doctors", "in the first hours.",
  ("Lebanon", S, pos, "", "thanks to several (unnamed) countries = praise; target empty"))
