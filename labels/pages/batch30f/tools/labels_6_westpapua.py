# ------------------------------------------------------------------ West Papua at the 71st UN General Assembly: Pacific leaders' speeches and Indonesia's right of reply (round-up of reactions, 2016-09-28)
d = "page_westpapua_unga71_rightofreply_roundup.txt"
# Not statements: masthead, menu, section/date line, headline, "Compiled by", the intro paragraph (a summary of the speeches and of the reply,
# with no named speaker but 'six leaders'; the bullets carry the positions), section heads, [Photo n/4] captions, ADVERTISEMENT, Related, tags, newsletter prompt, copyright.
U(d, "Foreign ministry spokesman Arrmanatha Nasir told reporters in Jakarta", "confirmed by the General Assembly.",
  ("Indonesia", N, neg, "", "'no basis in fact' + history = a denial: neutral, negative"))
U(d, "In the right of reply delivered on Saturday, Rakhmatia said the six leaders had abused the Assembly", "security forces.",
  ("Indonesia", C, neg, "", "accusation of meddling and of covering for armed separatists; six states -> target empty"))
U(d, "She told the hall that Indonesia had a functioning democracy", "lessons from abroad.",
  ("Indonesia", N, neg, "", "self-praise + rebuff of criticism = denial-like, neutral, negative (unsure: 'lessons from abroad' is close to a judgement)"))
U(d, "Jakarta's position, according to a statement from the Coordinating Ministry", "for themselves.",
  ("Indonesia", T, pos, "", "second-hand attribution ('according to a statement from'); offer to receive Pacific ministers = an offer of contact, calling_for_talks"))
U(d, "The chairman of the House of Representatives' Commission I on foreign affairs, Abdul Kharis Almasyhari, suggested", "a campaign against Indonesia.",
  ("Indonesia", C, neg, "", "a lawmaker speaks for his state; threatened aid review = a threatened measure; six states -> target empty"))
U(d, "Solomon Islands: Prime Minister Manasseh Sogavare, who also chairs the Melanesian Spearhead Group, stood by his speech", "look closer\".",
  ("Solomon Islands", C, neg, "Indonesia", "speaks in his PM role on his own speech; the reply 'confirms why the world must look closer' = judgement on Jakarta (unsure: MSG chair hat not used here)"))
U(d, "He added that he would write to the president of the Human Rights Council", "could be arranged.",
  ("Solomon Islands", N, neu, "", "'He' = Sogavare; a plan/procedure = neutral"))
U(d, "Vanuatu: Prime Minister Charlot Salwai's office said Port Vila would keep raising", "into the provinces.",
  ("Vanuatu", T, neg, "Indonesia", "pressure for an independent human rights mission, no judgement word = calling_for_talks (unsure)"))
U(d, "Tuvalu: a self-determination process for the Papuans", "Prime Minister Enele Sopoaga.",
  ("Tuvalu", T, neu, "", "no verb of saying; an appeal for a UN process = calling_for_talks"))
U(d, "Nauru: concern over reported abuses", "in Pohnpei this month.",
  ("Nauru", T, neu, "", "no verb; concern joined to backing for dialogue = calling_for_talks"))
U(d, "Marshall Islands: President Hilda Heine's government repeated its request", "look into the allegations.",
  ("Marshall Islands", T, neu, "", "request for a UN inquiry, no judgement = calling_for_talks"))
U(d, "Tonga: Prime Minister Akilisi Pohiva was quoted by the Tongan broadcaster as saying he regretted the tone", "hoped the two sides could talk.",
  ("Tonga", C, neg, "Indonesia", "passive 'was quoted as saying'; 'regretted the tone' aimed at Indonesia = judgement; with a hope for talks, rule 1 decides (unsure: mild)"))
U(d, "Papua New Guinea: Foreign Minister Rimbink Pato said his government respected Indonesia's sovereignty", "with Jakarta privately.",
  ("Papua New Guinea", T, pos, "Indonesia", "respect for sovereignty (backing) + preference for private talks; rule 2 before rule 3 = calling_for_talks (unsure: could be supporting)"))
U(d, "Fiji: a reaffirmation of Fiji's recognition of Indonesia's territorial integrity", "a valued partner of the region.",
  ("Fiji", S, pos, "Indonesia", "no verb of saying; recognition + praise = supporting"))
U(d, "Pacific Islands Forum: Secretariat officials pointed to the leaders' communique", "the human rights allegations.",
  ("Pacific Islands Forum", T, neu, "", "recognition of sovereignty + a call for engagement; the appeal decides over the recognition (rule 2)"))
U(d, "Australia: Foreign Minister Julie Bishop said Canberra recognised Indonesia's sovereignty", "no intention of questioning it.",
  ("Australia", S, neu, "Indonesia", "recognition of Indonesia's sovereignty = backing (supporting)"))
U(d, "New Zealand: no comment on the exchange itself; the foreign ministry said it supported the Forum's call for engagement.", "call for engagement.",
  ("New Zealand", T, neu, "", "backing a call for engagement = an appeal for talks (unsure: could be supporting, target Pacific Islands Forum)"))
U(d, "Melanesian Spearhead Group: the secretariat in Port Vila said the question", "the next leaders' summit.",
  ("Melanesian Spearhead Group", N, neu, "", "procedure = neutral"))
U(d, "United States: the State Department said it had no comment", "at the Assembly.",
  ("United States", N, neu, "", "declining to comment = neutral"))
U(d, "The United Liberation Movement for West Papua thanked the six governments", "answering facts with insults.",
  ("United Liberation Movement for West Papua", C, neg, "Indonesia", "thanks + accusation; the judgement decides (rule 1)"))
U(d, "Its secretary-general, Octovianus Mote, said the movement would ask Pacific states", "at the UN next year.",
  ("United Liberation Movement for West Papua", N, neu, "", "plan = neutral"))
U(d, "Amnesty International accused Indonesian police of breaking up peaceful Papuan rallies", "throughout the year.",
  ("Amnesty International", C, neg, "Indonesia", "accusation"))
U(d, "Human Rights Watch urged Indonesia to lift its restrictions", "to answer the charges.",
  ("Human Rights Watch", T, neu, "Indonesia", "appeal for access, no judgement = calling_for_talks"))
U(d, "Dr Ronan Talakai, who lectures on Pacific politics at the University of Auckland, said", "the speeches themselves.",
  ("Ronan Talakai", N, neu, "", "invented independent academic; a forecast = neutral"))
U(d, "\"Jakarta meant to close the subject and instead gave it a face.", "he said.",
  ("Ronan Talakai", C, neg, "Indonesia", "multi-sentence quote; 'scolded' and the backfiring tactic = judgement without a stock word (unsure)"))
U(d, "Maria Kobak, a student activist in Jayapura, said young Papuans had watched", "in that hall.\"",
  ("Maria Kobak", S, pos, "", "invented named activist; gratitude to the Pacific leaders = supporting; several states -> target empty"))
