# ------------------------------------------------------------------ Vanuatu's UNGA address on West Papua and Indonesia's reply (foreign-ministry media release, 2020-09-29)
d = "page_vanuatu_unga_westpapua2020_mfarelease.txt"
# Not statements: language bar, ministry masthead, menu, breadcrumb, reference number, place/date line, FOR IMMEDIATE
# RELEASE, the headline, share bar, section heads (ACTION TAKEN, MESSAGES RECEIVED), ENDS, media contact, related
# releases, tags, subscribe prompt, copyright.
U(d, "The Government of the Republic of Vanuatu stands by every word", "Saturday 26 September 2020.",
  ("Vanuatu", N, neg, "", "standing by its own address + rejecting the reply = a denial, neutral with a negative tone (unsure: 'rejects' could be read as condemning)"))
U(d, "In his address, the Prime Minister recalled that Pacific Islands Forum Leaders", "honour that request.",
  ("Vanuatu", T, neu, "Indonesia", "Loughman's appeal to let the High Commissioner visit; no judgement"),
  ("Pacific Islands Forum", T, neu, "Indonesia", "the Forum leaders' 2019 request reported inside Vanuatu's sentence = the Forum's own position"))
U(d, "Indonesia's reply, delivered by a diplomat of its Permanent Mission", "concern for human rights.",
  ("Indonesia", C, neg, "Vanuatu", "Indonesia's position reported in Vanuatu's release; accusation of meddling and cover for separatists"))
U(d, "The Ministry regrets that a fellow Member State", "a date for that visit.",
  ("Vanuatu", C, neg, "Indonesia", "'regrets' aimed at an actor + judgement of the reply = condemning; Indonesia unnamed but the only Member State in question"))
U(d, "\"Vanuatu did not invent the suffering", "Hon. Marc Ati, said.",
  ("Vanuatu", C, neg, "Indonesia", "minister named by role after the quote; 'scolding from a podium' = judgement without stock words"))
U(d, "\"What we asked for is modest", "what she finds.\"",
  ("Vanuatu", T, neu, "Indonesia", "quote carried into a new paragraph with no attribution = same speaker (Ati); appeal for the visit"))
U(d, "Minister Ati said Vanuatu remained open to a direct dialogue", "Indonesia preferred.",
  ("Vanuatu", T, pos, "Indonesia", "offer of dialogue"))
U(d, "The Government hopes that the High Commissioner's mission", "next meet in 2021.",
  ("Vanuatu", T, pos, "", "hope = calling_for_talks"))
U(d, "Vanuatu also welcomes President Joko Widodo's statement", "fixing dates for the visit.",
  ("Vanuatu", T, pos, "Indonesia", "welcome joined to an appeal, no judgement: rule 2 before rule 3"),
  ("Indonesia", N, pos, "", "Jokowi's stated aim reported in a clause; a general line on cooperation, no appeal about this dispute (unsure)"))
U(d, "The Ministry is deeply troubled by continuing reports", "Intan Jaya.",
  ("Vanuatu", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Indonesia first invited the High Commissioner to Papua in February 2018", "has not taken place.",
  ("Indonesia", N, neu, "", "a specific act (the 2018 invitation) stated as fact; no evaluation in the sentence"))
U(d, "In remarks carried by the state news agency Antara", "at the United Nations.",
  ("Indonesia", N, neg, "", "'in remarks carried by the state news agency'; restating its own sovereignty, no judgement word (the rebuke comes in the next sentence)"))
U(d, "The spokesperson added that Vanuatu would do well", "advice to its neighbours.",
  ("Indonesia", C, neg, "Vanuatu", "'the spokesperson' = Faizasyah; judgement without stock words"))
U(d, "The Ministry notes that the Office of the High Commissioner told Pacific media", "were continuing.",
  ("United Nations", N, neu, "", "OHCHR (UN) position reported by Vanuatu: talks on a visit continuing = fact; Vanuatu's 'notes' takes no position"))
U(d, "The Ministry has instructed Vanuatu's Permanent Mission in New York", "of the General Assembly.",
  ("Vanuatu", N, neu, "", "procedure"))
U(d, "Vanuatu will raise the matter again at the Human Rights Council", "Foreign Ministers Meeting.",
  ("Vanuatu", N, neu, "", "plans"))
U(d, "The Government has also renewed its offer of land and premises", "Movement for West Papua.",
  ("Vanuatu", S, pos, "United Liberation Movement for West Papua", "backing by act: premises offered free of charge"))
U(d, "The chairman of the United Liberation Movement for West Papua, Mr Benny Wenda, wrote", "looked away\".",
  ("United Liberation Movement for West Papua", S, pos, "Vanuatu", "Wenda as chairman = the ULMWP; thanks = supporting"))
U(d, "In the same letter Mr Wenda described the Indonesian reply", "in the highlands.",
  ("United Liberation Movement for West Papua", C, neg, "Indonesia", "accusation of what its soldiers do"))
U(d, "According to a message from the Pacific Conference of Churches", "speaking out for West Papua.",
  ("Pacific Conference of Churches", S, pos, "Vanuatu", "'according to a message from'; solidarity"))
U(d, "\"Every September our Prime Minister speaks", "Solidarity Committee.",
  ("Joel Ravu", C, neg, "Indonesia", "invented local community leader; Jakarta 'sends someone to lecture us' = judgement"))
U(d, "Pastor Ravu said the committee would hold a candlelight vigil", "Friday evening.",
  ("Joel Ravu", N, neu, "", "plan"))
U(d, "Dr Lisepa Moli, a Port Vila-based international lawyer", "more than it was.",
  ("Lisepa Moli", N, neu, "", "invented lawyer; procedural reading of the right of reply"))
U(d, "Nothing in the Charter prevents one Member State", "Dr Moli said.",
  ("Lisepa Moli", N, neu, "", "a legal point that backs Vanuatu's request only implicitly, no explicit approval = neutral (re-checked; first labelled supporting)"))
U(d, "She said the practical next step was for the Forum Chair", "High Commissioner's mission.",
  ("Lisepa Moli", T, neu, "", "appeal for a diplomatic step"))
