# ------------------------------------------------------------------ UAE-Iran: Ahmadinejad's visit to Abu Musa and the GCC response (Gulf state media, 2012-04-18)
d = "page_abumusa_ahmadinejad_visit_2012_statemedia.txt"
# Not statements: language bar, menu, time stamp, section line, headline, photo lines "[Photo 1/3 ...]", ADVERTISEMENT, crossheads, agency code, Related, tags, copyright.
U(d, "The foreign ministers of the Gulf Cooperation Council (GCC) states have condemned", "regain the three islands.",
  ("Gulf Cooperation Council", C, neg, "Iran", "dateline excluded; condemnation + pledge of backing (rule 1)"))
U(d, "In a statement issued at the end of an extraordinary session held in Doha", "sought with Tehran.",
  ("Gulf Cooperation Council", C, neg, "Iran", "'deliberate provocation' = judgement"))
U(d, "The council urged Tehran to settle the fate of Abu Musa", "International Court of Justice.",
  ("Gulf Cooperation Council", T, neu, "Iran", "appeal for talks or a court ruling, no judgement word in this sentence"))
U(d, "It affirmed that an attack on the sovereignty of one member concerned all six", "to defend its rights.",
  ("Gulf Cooperation Council", S, pos, "United Arab Emirates", "backing for whatever the UAE decides"))
U(d, "H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, who led the UAE delegation", "united Gulf position.",
  ("United Arab Emirates", S, pos, "Gulf Cooperation Council", "thanks and praise for the GCC's position"))
U(d, "\"The islands were Emirati before this visit", "Sheikh Abdullah said.",
  ("United Arab Emirates", N, neu, "", "assertion of the UAE's claim without a judgement word (unsure: could be read as condemning the visit)"))
U(d, "He said the UAE had chosen the path of dialogue and the law for four decades", "\"much harder to walk.\"",
  ("United Arab Emirates", C, neg, "Iran", "commitment to dialogue + blame on Iran's conduct (rule 1)"))
U(d, "The UAE recalled its ambassador to Tehran, Saif Mohammed Obaid Al Zaabi", "a formal protest.",
  ("United Arab Emirates", C, neg, "Iran", "recall of the ambassador + formal protest = measures"))
U(d, "The UAE has also addressed a letter to the President of the United Nations Security Council", "official document of the Council.",
  ("United Arab Emirates", N, neu, "", "procedural act at the UN"))
U(d, "Dr. Anwar Mohammed Gargash, Minister of State for Foreign Affairs, said", "legal channel available.",
  ("United Arab Emirates", T, neu, "", "self-description + commitment to peaceful and legal channels"))
U(d, "\"We do not look for quarrels, but silence is not consent", "Dr. Gargash said.",
  ("United Arab Emirates", C, neg, "Iran", "veiled warning to Tehran"))
U(d, "The Federal National Council, in a statement issued on Sunday", "all international forums.",
  ("United Arab Emirates", C, neg, "Iran", "the federal parliament speaks for its state; 'blatant challenge' = judgement"))
U(d, "GCC Secretary-General Dr. Abdullatif bin Rashid Al Zayani told ENN", "confidence with Tehran.",
  ("Gulf Cooperation Council", C, neg, "Iran", "accusation of undermining confidence-building; the agency is not an actor"))
U(d, "\"The Council extends its hand to Iran", "Dr. Al Zayani said.",
  ("Gulf Cooperation Council", C, neg, "Iran", "offer + 'provocation' (the judgement decides, rule 1)"))
U(d, "The Kingdom of Bahrain affirmed its complete solidarity with the UAE.", "The Kingdom of Bahrain affirmed its complete solidarity with the UAE.",
  ("Bahrain", S, pos, "United Arab Emirates", "solidarity"))
U(d, "Bahrain's Minister of Foreign Affairs Shaikh Khalid bin Ahmed Al Khalifa said", "handled the matter.",
  ("Bahrain", C, neg, "Iran", "'unacceptable' + praise of the UAE (judgement decides)"))
U(d, "The Kingdom of Saudi Arabia also declared its full support for the UAE's position.", "for the UAE's position.",
  ("Saudi Arabia", S, pos, "United Arab Emirates", "support"))
U(d, "Saudi Foreign Minister Prince Saud Al Faisal said the islands issue", "deepen tension in the Gulf.",
  ("Saudi Arabia", T, neu, "", "appeal for negotiation or arbitration; the remark on 'unilateral steps' names no one (unsure: could be condemning Iran)"))
U(d, "Kuwait's Deputy Prime Minister and Foreign Minister", "wisdom would prevail in Tehran.",
  ("Kuwait", S, pos, "United Arab Emirates", "backing for the UAE is the main position; the hope for 'wisdom' is vague (unsure: rule 2 could make it calling_for_talks)"))
U(d, "Arab League Secretary-General Dr. Nabil Elaraby said the visit", "over its three islands.",
  ("Arab League", C, neg, "Iran", "'could only harm relations' = judgement + support for the UAE"))
U(d, "The Kingdom of Morocco and the Arab Republic of Egypt also issued statements", "condemning the visit.",
  ("Morocco", C, neg, "Iran", "states acting as a list: one row each"),
  ("Egypt", C, neg, "Iran", "states acting as a list: one row each"))
# "Iran has rejected the Gulf criticism." = summary line before the statements, no row.
U(d, "Iranian Deputy Foreign Minister Hossein Amir-Abdollahian said the president had every right", "from other states.",
  ("Iran", N, neg, "", "rejection of criticism, no judgement of a named actor = like a denial"))
U(d, "Foreign Ministry spokesman Ramin Mehmanparast accused some Gulf states", "not open to negotiation.",
  ("Iran", C, neg, "", "accusation aimed at 'some Gulf states' (several, unnamed) -> target empty"))
U(d, "He added that Iran nevertheless wanted friendly relations with the UAE", "clear up any misunderstanding.",
  ("Iran", T, pos, "United Arab Emirates", "offer of talks"))
U(d, "President Ahmadinejad, speaking on Tuesday, warned that anyone who eyed Iranian soil", "ready to defend it.",
  ("Iran", C, neg, "", "threat of a response, aimed at no named actor"))
U(d, "In Washington, State Department spokeswoman Victoria Nuland said Washington backed", "proper ways to do it.",
  ("United States", T, neu, "", "backing for a peaceful settlement = welcome with a peace appeal and no judgement (labels/README)"))
U(d, "\"It is time for Tehran to engage seriously with the UAE", "she said.",
  ("United States", T, neu, "Iran", "appeal to Iran to engage and de-escalate"))
U(d, "A spokesman for UN Secretary-General Ban Ki-moon said the Secretary-General had received", "through dialogue.",
  ("United Nations", T, pos, "", "receipt of the letter + hope for dialogue"))
U(d, "Dr. Khalid Al Mazrouei, a researcher at the Gulf Centre for Strategic Dialogue", "rally support at home.",
  ("Khalid Al Mazrouei", N, neu, "", "invented researcher; reading of motives, no judgement"))
U(d, "\"Ahmadinejad wanted a photograph with a flag", "Dr. Al Mazrouei said.",
  ("Khalid Al Mazrouei", C, neg, "Iran", "judgement without stock words"))
U(d, "He said the GCC's united response sent a clear message", "International Court of Justice together.",
  ("Khalid Al Mazrouei", T, neu, "", "praise of the GCC + appeal to go to the ICJ (rule 2 before rule 3; unsure: could be supporting the GCC)"))
# The islands' background and "Tehran has always refused ..." = background narration, no row.
