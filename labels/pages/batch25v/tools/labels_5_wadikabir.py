# ------------------------------------------------------------------ Muscat: the Wadi Kabir mosque shooting (Gulf news site live blog, 2024-07-16)
d = "page_oman_wadikabir_mosque2024_liveblog.txt"
# Not statements: menu, LIVE badge, headline, last-updated line, live-team byline, key points, Refresh/Share, time stamps,
# entry headings, ADVERTISEMENT, "Load earlier updates", topics, most read, sign-up prompt, copyright.
U(d, "The Islamic State group said in a statement on its Telegram channels", "through the night.",
  ("Islamic State", N, neu, "", "claim of its own attack reported as done, no judgement in the sentence = neutral (guide: own strike reported without judgement)"))
# "It is the first attack in Oman ever claimed by the group. Omani authorities have not yet commented ..." = narration and a non-answer, no row.
U(d, "Haitham Al Farsi, a researcher at the Arabian Peninsula Security Forum", "kept out of every regional war.",
  ("Haitham Al Farsi", N, neg, "", "invented researcher; reading of the group's aims, no position on an actor"))
U(d, "\"Muscat talks to everyone, including Tehran and the Houthis", "he said.",
  ("Haitham Al Farsi", N, neg, "", "analysis of motives; no judgement on a named actor, no appeal"))
U(d, "Al Farsi said he expected the sultanate to tighten surveillance", "sweeping measures.",
  ("Haitham Al Farsi", N, neu, "", "forecast"))
U(d, "Iranian Foreign Ministry spokesman Nasser Kanani condemned the attack on mourners", "people in prayer.",
  ("Iran", C, neg, "", "condemnation + 'enemies of Islam' about unnamed attackers; no target (the claim is reported later in the day)"))
U(d, "Kanani offered Iran's condolences to the government and people of Oman", "families of the victims.",
  ("Iran", S, neg, "Oman", "condolences to a state and people = solidarity (supporting), grief = negative"))
U(d, "UN Secretary-General Antonio Guterres is appalled by the attack in Muscat", "told reporters in New York.",
  ("United Nations", T, neg, "", "alarm + appeal to reject sectarian violence, no judgement of an actor = calling_for_talks; attribution tail"))
U(d, "Haq said the Secretary-General hoped that those responsible would be brought to justice", "full recovery.",
  ("United Nations", T, pos, "", "hopes for justice and recovery = calling_for_talks"))
U(d, "Saudi Arabia condemned the shooting as a criminal act and commended", "state news agency.",
  ("Saudi Arabia", C, neg, "", "condemnation + praise of Oman's forces: rule 1, the judgement decides"))
U(d, "The ministry said the kingdom stood with the sultanate against anything", "families of the dead.",
  ("Saudi Arabia", S, neg, "Oman", "solidarity + condolences = supporting"))
U(d, "Gulf Cooperation Council Secretary-General Jasem Albudaiwi said the attack targeted the security", "protect its people.",
  ("Gulf Cooperation Council", S, neg, "Oman", "backing of Oman's measures; the first clause describes the attack's aim without an explicit judgement (unsure: could be condemning)"))
U(d, "The UAE said the shooting was an act of terror designed to spread fear", "from its security agencies.",
  ("United Arab Emirates", C, neg, "", "judgement + offer of help (backing by act): rule 1"))
U(d, "Bahrain's foreign ministry said the attack betrayed the teachings of every faith", "come through it stronger.",
  ("Bahrain", C, neg, "", "judgement without a stock word + confidence in Oman: rule 1"))
U(d, "Kuwait said it hoped the sultanate, which it called an oasis of calm", "recover its peace.",
  ("Kuwait", T, pos, "", "hope that calm returns = calling_for_talks; praise of Oman rides along"))
U(d, "Prime Minister Shehbaz Sharif said he was deeply grieved by the deaths of four Pakistanis", "humanity itself.",
  ("Pakistan", C, neg, "", "grief + judgement without a stock word ('a blow aimed at humanity itself')"))
U(d, "Pakistan's Foreign Office said 30 Pakistanis were being treated in hospitals", "send the bodies home.",
  ("Pakistan", N, neu, "", "figures and consular steps for its own citizens"))
U(d, "Foreign Office spokeswoman Mumtaz Zahra Baloch said Pakistan had put its own investigators", "the gunmen was exposed.",
  ("Pakistan", S, neu, "Oman", "backing by act: investigators placed at Oman's disposal"))
U(d, "India's embassy in Muscat said one Indian citizen had died in the attack", "in touch with both families.",
  ("India", N, neu, "", "facts and consular contact"))
U(d, "External Affairs Minister S Jaishankar said India strongly condemned the attack", "difficult moment.",
  ("India", C, neg, "", "condemnation + solidarity with Oman: rule 1"))
U(d, "A Pakistani worshipper who was in the mosque's main hall, Zeeshan Mehdi", "while the shooting went on.",
  ("Zeeshan Mehdi", N, neu, "", "invented named witness; account = facts"))
U(d, "\"We lay on the floor for hours and prayed", "he said.",
  ("Zeeshan Mehdi", N, neg, "", "witness account, fear in tone"))
U(d, "Mehdi said the police had reached the hall before dawn", "a few at a time.",
  ("Zeeshan Mehdi", N, neu, "", "witness account"))
U(d, "The Royal Oman Police said the security services had completed their operation", "had been killed.",
  ("Oman", N, neu, "", "own operation reported as done, no judgement"))
U(d, "The police said six people had been killed, among them a police officer", "members of the security forces.",
  ("Oman", N, neu, "", "casualty figures given by the police"))
U(d, "\"Anyone who took part in planning or supporting this crime will be found", "investigations were continuing.",
  ("Oman", C, neg, "", "threat of pursuit and punishment = condemning; no canonical target"))
U(d, "The police also dismissed reports on social media of a second shooting in Muttrah", "in the capital.",
  ("Oman", N, neg, "", "denial of reports = neutral, negative"))
U(d, "Oman's foreign ministry said it had briefed the ambassadors", "return of the bodies.",
  ("Oman", N, neu, "", "procedural line"))
U(d, "The U.S. Embassy in Muscat said it was monitoring reports of the shooting", "near the area.",
  ("United States", N, neg, "", "monitoring + security advice, no appeal to anyone = neutral, negative"))
U(d, "Turkey's foreign ministry said it shared the grief of the Omani people", "victims' families.",
  ("Turkey", S, neg, "Oman", "condolences to the Omani people = supporting"))
U(d, "The Arab League Secretary-General, Ahmed Aboul Gheit, condemned the attack", "had no religion.",
  ("Arab League", C, neg, "", "condemnation + judgement of terrorism"))
# "Gunmen opened fire at the Ali bin Abi Talib mosque ..." = narration, no row.
U(d, "The Royal Oman Police said officers had been sent to the scene", "initial toll of four dead.",
  ("Oman", N, neu, "", "first police account: facts and figures"))
