# ------------------------------------------------------------------ Kenya returns four Turkish refugees to Turkey (international wire copy, 2024-10-22)
d = "page_kenya_turkishrefugees2024_wire.txt"
# Not statements: menu, section, time stamp, headline, byline, read time, the three summary bullets, photo caption and
# credit, ADVERTISEMENT, the capitals crossheads, reporting credits, "Our Standards", Related coverage, tags.
U(d, "Kenya said it had returned four Turkish nationals", "who have fled persecution.",
  ("Kenya", N, neu, "", "dateline excluded; Kenya reports its own act (the return) with no judgement = neutral"),
  ("UNHCR", C, neg, "Kenya", "second clause: 'ran against the most basic protection owed' = judgement on Kenya's act without a stock word; UNHCR is its own actor in the name files"),
  ("Turkey", N, neu, "", "'at the request of the Turkish government': a position of Turkey reported by Kenya is Turkey's statement (guide, reported positions); a request, no judgement in the sentence"))
# "The four were among seven people seized ... according to lawyers acting for them." = account of unnamed lawyers, no row.
# "Three of the seven were released later that day." = narration.
U(d, "Korir Sing'oei, the principal secretary in the Ministry", "bind the two countries.",
  ("Kenya", N, neu, "", "principal secretary introduced by role speaks for the state; facts and the reason for the decision, no evaluation"),
  ("Turkey", N, neu, "", "'Ankara formally asked for their return' = Turkey's request reported by Kenya (capital as metonym)"))
U(d, "\"Ankara has given us firm guarantees", "Sing'oei said.",
  ("Kenya", N, neu, "", "multi-sentence quote closed by its speaker (surname only); assurance about the treatment of the returned men = neutral (reassurance, plain diplomatic wording)"),
  ("Turkey", N, neu, "", "Turkey's guarantees reported by Kenya = Turkey's reassurance about its own conduct = neutral (unsure: a thin reported position)"))
U(d, "He added that the ministry would say nothing more to journalists", "was unchanged.",
  ("Kenya", N, neu, "", "'He' = Sing'oei; no comment pending an inter-agency review + commitment to refugees unchanged = procedure and reassurance, neutral"))
# "The statement did not name the four men ..." = narration about the statement, no position.
# "Lawyers and relatives identified them as ..." = unnamed speakers giving facts, no row.
# "Ankara blames the movement for the failed coup of July 2016 and has designated it a terrorist organisation." = vague
# background (a standing policy, not a position taken in this story): narration, no row.
U(d, "A Turkish official, who asked not to be named", "questioned by prosecutors in Ankara.",
  ("Turkey", C, neg, "", "unnamed official OF a named government speaks for it; accusation (members of 'FETO') + prosecution = condemning; the men and the movement are not canonical actors -> target empty"))
U(d, "\"These are not refugees in any real sense.", "the official said.",
  ("Turkey", C, neg, "", "multi-sentence quote closed by its speaker; denial of refugee status + 'wanted by Turkish courts' = charge against the men (rule 1); the praise of Kenya ('a responsible partner') is the weaker part (unsure: could be supporting Kenya)"))
# "Turkey's foreign ministry did not respond to a request for comment." = narration.
U(d, "The UNHCR said in a statement it was alarmed by the returns", "a place of danger.",
  ("UNHCR", T, neg, "Kenya", "alarm + appeal to honour non-refoulement, no judgement word in this sentence = calling_for_talks (concern with an appeal)"))
U(d, "\"Each of these four men had been recognised as a refugee in Kenya.", "told reporters.",
  ("UNHCR", C, neg, "Kenya", "spokesperson of the agency; 'precisely what the 1951 Convention was written to stop' = judgement on Kenya's act"))
U(d, "Irungu Houghton, executive director of Amnesty International Kenya", "to be named.",
  ("Amnesty International", C, neg, "Kenya", "Houghton is an alias of Amnesty International; accusation (let a foreign power take people it promised to shelter) + demand to name officials"))
U(d, "\"Kenya hosts more than three quarters of a million refugees.", "Houghton said.",
  ("Amnesty International", C, neg, "Kenya", "surname only; rhetorical charge that the state's act made every refugee unsafe = judgement by implication (unsure: could be neutral, concern without appeal)"))
U(d, "The Law Society of Kenya said in a statement that removing the men", "identified and charged.",
  ("Law Society of Kenya", C, neg, "Kenya", "'unlawful' + demand to charge officers = condemning"))
U(d, "LSK President Faith Odhiambo said the society would ask the High Court", "signed off on the removal.",
  ("Law Society of Kenya", C, neg, "Kenya", "president speaks for the society (alias); court action against the government in protest = a response taken against it (unsure: could be a neutral plan)"))
U(d, "The Police Reforms Working Group, a coalition of Kenyan rights organisations", "summon the ministers concerned.",
  ("Police Reforms Working Group", C, neg, "Kenya", "new actor (coalition); the statement called 'a confession' of taking part in an 'illegal removal' + ministers to be summoned = judgement on the state"))
U(d, "The Nairobi law firm Mukele & Kakai, which represented the four", "expose them to legal action.",
  ("Mukele & Kakai", C, neg, "", "new actor (law firm); airlines put on notice of legal action = threatened response; airlines are not canonical actors -> target empty"))
U(d, "A police spokeswoman said a kidnapping report had been filed", "looking into it.",
  ("Kenya", N, neu, "", "police = state; a report filed and an inquiry under way = facts"))
U(d, "Necdet Seyito\u011flu, a British citizen of Turkish origin", "for most of the day.",
  ("Necdet Seyito\u011flu", N, neg, "", "real person speaking for himself (new actor); account of his abduction; the captors are not named -> no target, neutral negative"))
U(d, "\"Nothing I said mattered to them until they saw the British passport.", "he said.",
  ("Necdet Seyito\u011flu", N, neg, "", "quote closed by 'he said'; account, no judgement on a named actor"))
U(d, "Britain's Foreign Office said it was in contact with the Kenyan authorities", "was supporting him.",
  ("United Kingdom", N, neu, "", "consular line: contact with Kenya and support for its own citizen (not an actor) = neutral"))
U(d, "Esther Wambui, who teaches refugee law at a university in Nairobi", "elected this month.",
  ("Esther Wambui", N, neg, "", "invented scholar introduced by role; forecast of embarrassment at the HRC, no explicit judgement = neutral, negative"))
U(d, "\"The government has given a reason for its decision.", "Wambui said.",
  ("Esther Wambui", C, neg, "Kenya", "surname only; 'has not given ... a legal basis' = judgement on the decision"))
# "Kenya, which has deepened trade and security links with Turkey ..." = background narration, no row.
