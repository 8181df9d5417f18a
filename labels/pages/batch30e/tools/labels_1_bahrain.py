# ------------------------------------------------------------------ Houthi drone attack on the Bahraini task force at the Saudi-Yemeni border (state news agency, 2023-09-28)
d = "page_bahrain_bdf_houthi_drone2023_stateagency.txt"
# Not statements: agency name, menu, breadcrumb, date line, headline, [PHOTO] caption, ADVERTISEMENT, Related:, tags, share bar, copyright.
U(d, "His Majesty King Hamad bin Isa Al Khalifa, the Supreme Commander", "on the Kingdom's southern border.",
  ("Saudi Arabia", S, neg, "Bahrain", "dateline 'Manama, Sept. 28 (BSNS) -- ' excluded; the King only receives the call (no Bahrain row); the Saudi Crown Prince's condolences = supporting Bahrain, grief in tone"))
U(d, "During the call, the two sides affirmed that the cowardly aggression", "is one and indivisible.",
  ("Bahrain", C, neg, "Houthis", "'the two sides' = Bahrain and Saudi Arabia, one row each; 'cowardly aggression committed by the Houthi militia' = judgement"),
  ("Saudi Arabia", C, neg, "Houthis", "'the two sides' includes the Saudi Crown Prince; same judgement"))
U(d, "His Majesty the King expressed his deep gratitude to His Royal Highness", "the leadership and peoples of the two kingdoms.",
  ("Bahrain", S, pos, "Saudi Arabia", "gratitude and praise for the Saudi sentiments = supporting"))
# "His Royal Highness Prince Salman bin Hamad ... chaired a meeting ... who briefed him ..." = meeting narration, no row.
U(d, "His Royal Highness said the heroes of the Bahrain Defence Force", "bore full responsibility for its consequences.",
  ("Bahrain", C, neg, "Houthis", "'terrorist act' + 'bore full responsibility' = judgement; the perpetrators are the Houthis named in the lede and headline (context)"))
U(d, "He affirmed that the Kingdom remained committed to the efforts", "the suffering of the brotherly Yemeni people.",
  ("Bahrain", T, pos, "", "commitment to a political settlement = calling_for_talks, hopeful tone"))
U(d, "The General Command of the Bahrain Defence Force announced in a statement", "raising the number of martyrs to three.",
  ("Bahrain", N, neu, "", "the army speaks for its state; a death toll given without blame = neutral"))
U(d, "The Command said a military aircraft carrying a specialised medical team", "for the families of the martyrs.",
  ("Bahrain", N, pos, "", "own evacuation and care for its wounded = facts and reassurance about own conduct, neutral"))
# "The bodies of the first two martyrs were laid to rest ..." = narration, no row.
U(d, "Minister of Foreign Affairs Abdullatif bin Rashid Al Zayani received a telephone call", "to honour any truce.",
  ("Yemen", C, neg, "Houthis", "the Yemeni minister's judgement, no stock word ('cannot be trusted'); Al Zayani only receives the call (no Bahrain row)"))
U(d, "Al Zayani said, in remarks carried by BSNS, that the attack ran against", "the militia's repeated violations.",
  ("Bahrain", C, neg, "Houthis", "'repeated violations' + appeal for a firm stand against the militia: judgement decides (rule 1); the agency carrying the remarks is not an actor"))
U(d, "The Minister added that the Kingdom reserved its right to respond", "Restore Legitimacy in Yemen.",
  ("Bahrain", C, neg, "Houthis", "threat of a response = condemning"))
U(d, "Chairman of the Presidential Leadership Council of the Republic of Yemen", "in support of the Yemeni people.",
  ("Yemen", S, pos, "Bahrain", "praise of Bahrain's forces = supporting"))
U(d, "Speaker of the Council of Representatives Ahmed bin Salman Al Musallam said", "holds the truce in contempt.",
  ("Bahrain", C, neg, "Houthis", "parliament speaker = Bahrain; backing own leadership + judgement of the militia: the judgement decides"))
U(d, "Professor Huda Al Mannai, who teaches international relations", "how little the militia values the peace track.",
  ("Huda Al Mannai", C, neg, "Houthis", "invented independent voice; judgement without stock words"))
U(d, "Retired Brigadier Yousif Al Jalahma, a military analyst, said", "before any new round of negotiations is convened.",
  ("Yousif Al Jalahma", T, neu, "", "invented independent voice (retired, speaks for no body); appeal for guarantees through the UN before talks = calling_for_talks"))
# "Messages of condolence and denunciation continued to arrive ..." = summary line, no row.
U(d, "The Ministry of Foreign Affairs of the Kingdom of Saudi Arabia voiced its denunciation", "to the Houthi militia.",
  ("Saudi Arabia", C, neg, "Houthis", "denunciation + call to halt arms flows to the Houthis"))
U(d, "The United Arab Emirates affirmed its full solidarity with the Kingdom of Bahrain", "the safety of its forces.",
  ("United Arab Emirates", S, pos, "Bahrain", "solidarity and backing of Bahrain's measures"))
U(d, "The State of Kuwait, the State of Qatar and the Sultanate of Oman sent cables of condolence", "to His Majesty the King.",
  ("Kuwait", S, neg, "Bahrain", "condolences sent = backing by act, one row per listed state"),
  ("Qatar", S, neg, "Bahrain", "listed state, condolences sent"),
  ("Oman", S, neg, "Bahrain", "listed state, condolences sent"))
U(d, "The Omani Foreign Ministry, for its part, urged all parties", "the dialogue under way.",
  ("Oman", T, neu, "", "appeal for restraint addressed to all, no judgement"))
U(d, "The Arab Republic of Egypt expressed its sincere condolences", "with the Kingdom of Bahrain.",
  ("Egypt", S, neg, "Bahrain", "condolences + solidarity = supporting"))
U(d, "The Hashemite Kingdom of Jordan described the attack as a terrorist act", "by its Foreign Ministry spokesman.",
  ("Jordan", C, neg, "Houthis", "'terrorist act' = judgement; attribution tail"))
U(d, "Gulf Cooperation Council Secretary-General Jasem Mohamed Albudaiwi said the attack", "to end the Yemeni crisis.",
  ("Gulf Cooperation Council", C, neg, "Houthis", "'dangerous escalation that undermines' efforts = judgement of the attack"))
U(d, "The Organisation of Islamic Cooperation and the Arab League also denounced the attack.", "also denounced the attack.",
  ("Organisation of Islamic Cooperation", C, neg, "Houthis", "two bodies as a list, one row each"),
  ("Arab League", C, neg, "Houthis", "listed body"))
U(d, "The Embassy of the United States in Manama said in a message on social media", "in the face of this attack.",
  ("United States", S, neg, "Bahrain", "mourning + standing with its partner = supporting Bahrain"))
