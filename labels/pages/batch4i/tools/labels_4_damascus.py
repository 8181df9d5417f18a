# ------------------------------------------------------------------ Israeli strike on Iran's consulate in Damascus (scraped regional paper, 2024-04-02)
d = "page_damascus_consulate_scraped.txt"
U(d, "Iran's leaders promised on Tuesday that Israel would pay", "across the region.",
  ("Iran", C, neg, "Israel", "dateline 'DAMASCUS/TEHRAN: ' excluded; lead sentence carrying narration and Iran's threat; 'condemnation ... spread' is vague background (no row)"))
U(d, "Supreme Leader Ayatollah Ali Khamenei said Iran's forces would make Israel answer", "official website.",
  ("Iran", C, neg, "Israel", "threat of a response = condemning"))
U(d, "Foreign Minister Hossein Amir-Abdollahian said Washington bore responsibility", "deliver a protest.",
  ("Iran", C, neg, "United States", "blame + summoning the protecting power's envoy in protest; role with no state word"))
U(d, "Iran's ambassador to Syria, Hossein Akbari, who was in the main building", "had been killed.",
  ("Iran", N, neg, "", "death toll given by an actor = neutral; grim content, tone negative; unsure of sentiment (guide: figures neutral in tone)"))
U(d, "Syrian Foreign Minister Faisal Mekdad, who visited the site", "held Israel accountable.",
  ("Syria", C, neg, "Israel", "'held Israel accountable' = holding responsible; Damascus = Syria"))
U(d, "President Bashar al-Assad telephoned Iranian President Ebrahim Raisi", "the presidency said.",
  ("Syria", S, pos, "Iran", "condolences + solidarity = supporting; 'the presidency' = Syria by context; Raisi addressed, no Iran row"))
U(d, "Israel's military declined to comment.", "declined to comment.",
  ("Israel", N, neu, "", "no comment = neutral; the army speaks for its state"))
U(d, "\"We are not going to respond to what foreign outlets are reporting,\" army spokesman", "on all fronts.",
  ("Israel", N, neu, "", "quote opened before the speaker, continued in the attribution; refusal to confirm = neutral"))
U(d, "An Israeli official, speaking on condition of anonymity, said those killed", "meaningful sense.",
  ("Israel", C, neg, "Iran", "unnamed official of a named government speaks for it; accusation that the commanders directed attacks"))
U(d, "In Washington, National Security Council spokesman John Kirby said", "directly to Tehran.",
  ("United States", N, neu, "", "denial of involvement = neutral; Washington a place, Tehran addressee"))
U(d, "Foreign Ministry spokeswoman Maria Zakharova said attacks on diplomatic missions were unacceptable", "Security Council.",
  ("Russia", C, neg, "Israel", "'unacceptable' + risk; the request for a UNSC meeting is in the same sentence (rule 1); preceded by 'Moscow's condemnation was among the sharpest.' (narration, no row)"))
U(d, "Beijing said the security of diplomatic institutions must not be violated", "regular briefing.",
  ("China", C, neg, "", "'opposed any action that heightened tensions' is aimed at no one, but 'must not be violated' judges the attack; target left empty because Israel is not named; unsure (could be calling_for_talks)"))
U(d, "She urged all parties to avoid further escalation.", "further escalation.",
  ("China", T, neu, "", "'She' = Mao Ning; appeal to all parties"))
U(d, "UN Secretary-General Antonio Guterres condemned the attack", "Stephane Dujarric said.",
  ("United Nations", C, neg, "Israel", "condemnation relayed by the spokesman; target by context"))
U(d, "EU foreign policy chief Josep Borrell said the bloc condemned the strike", "in no one's interest.",
  ("European Union", C, neg, "Israel", "condemnation + restraint appeal: rule 1"))
U(d, "Saudi Arabia's foreign ministry said the kingdom would not accept attacks", "was offered.",
  ("Saudi Arabia", C, neg, "Israel", "'would not accept' = judgement without stock words; target by context"))
U(d, "Jordan, Qatar, and Oman issued separate statements", "Syria's sovereignty.",
  ("Jordan", C, neg, "Israel", "list with Oxford comma: one row per state"),
  ("Qatar", C, neg, "Israel", "see Jordan row"),
  ("Oman", C, neg, "Israel", "see Jordan row"))
U(d, "Iraq's government spokesman Basim al-Awadi said Baghdad stood with", "widen the war.",
  ("Iraq", C, neg, "Israel", "solidarity with Iran and Syria + accusation of Israel in one sentence: rule 1 (the explicit negative judgement decides)"))
U(d, "Pakistan's Foreign Office spokesperson Mumtaz Zahra Baloch said Islamabad deplored", "unstable region.",
  ("Pakistan", C, neg, "Israel", "'deplored', 'unwarranted'"))
U(d, "Ankara called the strike an attack on the inviolability", "deeper conflict.",
  ("Turkey", C, neg, "Israel", "capital as metonym for the speaker"))
U(d, "Egypt's foreign ministry voiced concern over the strike", "maximum restraint.",
  ("Egypt", T, neg, "", "concern + appeal to all sides, no judgement word = calling_for_talks (contrast with concern without appeal)"))
U(d, "Hezbollah said in a statement that the enemy would pay", "answer was coming.",
  ("Hezbollah", C, neg, "Israel", "threat; 'the enemy' = Israel"))
U(d, "Its ally, the Palestinian group Hamas, said it stood with Iran", "commanders killed.",
  ("Hamas", S, pos, "Iran", "solidarity + condolences; second sentence of the paragraph"))
U(d, "The Houthis' chief negotiator Mohammed Abdulsalam said the strike showed", "nor borders.",
  ("Houthis", C, neg, "Israel", "judgement without stock words"))
