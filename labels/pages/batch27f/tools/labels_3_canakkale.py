# ------------------------------------------------------------------ Erdogan's Canakkale/Gallipoli remarks after Christchurch (Turkish state agency, 2019-03-22)
d = "page_canakkale_anzac_remarks2019_statemedia.txt"
# Not statements: agency name, language bar, menu, section, headline, subheading, time stamps, [PHOTO] captions with
# credits and "1 of 3", crossheads (incl. the quoted OIC crosshead), ADVERTISEMENT, RELATED NEWS, tags, share bar,
# subscribe prompt, most read, copyright.
# "President Recep Tayyip Erdoğan received New Zealand's ... over the Christchurch terror attack." (dateline 'ISTANBUL (THA) - ')
#   = a meeting and the convening of the OIC told as narration, no row.
U(d, "According to sources at the Presidency, President Erdoğan told his guest", "on April 24-25.",
  ("Turkey", N, pos, "", "second-hand attribution ('according to sources at the Presidency'); reassurance about own conduct = neutral, positive"))
U(d, "President Erdoğan also conveyed once more his condolences", "the sources said.",
  ("Turkey", S, neg, "New Zealand", "condolences to the people of New Zealand = sympathy/solidarity (supporting), grieving tone"))
U(d, "Peters, speaking to reporters after the meeting, said the matter", "treated as friends.",
  ("New Zealand", S, pos, "Turkey", "surname only after the lede; accepts Turkey's assurances and closes the row = approval (unsure: could be neutral, positive)"))
U(d, "He thanked Turkey for the solidarity", "since the attack.",
  ("New Zealand", S, pos, "Turkey", "'He' = Peters; thanks for solidarity = supporting"))
U(d, "Peters had said before leaving Wellington that he would take up the remarks", "the Turkish side.",
  ("New Zealand", N, neu, "", "earlier plan to raise the remarks; state-media 'the Turkish side'; no judgement stated"))
U(d, "Presidential Communications Director Fahrettin Altun said on Wednesday", "a threat to tourists.",
  ("Turkey", C, neg, "", "accuses 'certain foreign media outlets' of distortion = judgement; media are not canonical actors -> target empty"))
U(d, "Altun stated that the President had been responding to the so-called manifesto", "the President himself.",
  ("Turkey", N, neg, "", "explanation of the speech's context; the terrorist is no actor"))
U(d, "In a written statement, the Turkish Embassy in Canberra said reports depicting Turkey", "no foundation in fact.",
  ("Turkey", N, neg, "", "denial that Turkey is unsafe = neutral, negative tone"))
U(d, "The embassy added that Turkey would go on working with both countries", "the graves of Çanakkale.",
  ("Turkey", T, pos, "", "commitment to keep working with both after a row = calling_for_talks; two states -> target empty (unsure: could be neutral, positive)"))
U(d, "Justice and Development (AK) Party Spokesperson Ömer Çelik said that no one could call", "at Gallipoli.",
  ("Turkey", N, pos, "", "AK Party spokesperson = Turkey (guide table); self-praise of the nation's conduct = neutral"))
U(d, "Addressing the opening session of the OIC Executive Committee meeting, President Erdoğan praised", "follow her example.",
  ("Turkey", S, pos, "New Zealand", "praise of Ardern (New Zealand); Erdogan speaks as Turkey's president, the body's text is the communique"))
U(d, "The President said the killer must receive the heaviest punishment", "until the end.",
  ("Turkey", C, neg, "", "demand for the harshest punishment of the attacker = judgement of the attack; the attacker is no actor"))
U(d, "Foreign Minister Mevlüt Çavuşoğlu, in Turkey's national statement, said the Christchurch massacre", "for their own ends.",
  ("Turkey", C, neg, "", "blames 'many Western politicians' = judgement, no canonical target"))
U(d, "The final communiqué adopted by the committee condemned the attack", "a duty to confront.",
  ("Organisation of Islamic Cooperation", C, neg, "", "the body's communique; condemnation of the attack"))
U(d, "It called on governments to designate March 15", "against Islamophobia.",
  ("Organisation of Islamic Cooperation", T, neu, "", "'It' = the communique; appeal to governments with no judgement (unsure: an appeal that is not about talks or fighting; could be neutral)"))
U(d, "OIC Secretary-General Yousef Al-Othaimeen thanked the government of New Zealand", "bereaved families.",
  ("Organisation of Islamic Cooperation", S, pos, "New Zealand", "praise/thanks = supporting"))
U(d, "Pakistani Foreign Minister Shah Mahmood Qureshi, whose country lost nine citizens", "other forms of extremism.",
  ("Pakistan", C, neg, "", "judgement of 'Western capitals' (not one actor) -> target empty"))
U(d, "Çavuşoğlu later met Peters on the sidelines of the meeting", "the Foreign Ministry said.",
  ("Turkey", T, pos, "New Zealand", "agreement to stay in close contact = commits to dialogue"),
  ("New Zealand", T, pos, "Turkey", "the same agreement reported by the Turkish ministry gives New Zealand's position too"))
U(d, "The Foreign Ministry said preparations for the commemorations were continuing", "every year.",
  ("Turkey", N, neu, "", "plans and procedure"))
U(d, "Australian Prime Minister Scott Morrison, who summoned Turkey's Ambassador Korhan Karakoç", "war dead at Gallipoli.",
  ("Australia", C, neg, "Turkey", "summons + welcome joined to a judgement ('had wounded Australians'): rule 1, condemning"))
U(d, "Morrison said his government was still reviewing its travel advice", "within days.",
  ("Australia", N, neu, "", "procedure, no judgement"))
U(d, "New Zealand Prime Minister Jacinda Ardern said in Christchurch on Wednesday", "by one speech.",
  ("New Zealand", N, pos, "", "statement about the relationship's durability, no judgement, no appeal"))
U(d, "In an article published in The Washington Post this week, President Erdoğan urged", "as New Zealand had done.",
  ("Turkey", T, pos, "", "op-ed appeal to Western leaders with no judgement; approval of New Zealand is the example (rule 2 before rule 3)"))
U(d, "Assoc. Prof. Kerem Yıldırım of the Ankara Centre for Strategic Dialogue said", "let the dispute rest.",
  ("Kerem Yıldırım", T, pos, "", "invented scholar; appeal to both sides to let the dispute rest"))
U(d, "\"Those in Canberra who rushed to talk of expelling diplomats", "Yıldırım told THA.",
  ("Kerem Yıldırım", C, neg, "Australia", "judgement of Canberra's talk of expulsions; 'told THA' = the agency is not an actor"))
U(d, "Dr. Rachel Whitcombe, a historian of the Gallipoli campaign", "visitors to the peninsula.",
  ("Rachel Whitcombe", N, neu, "", "invented historian; reading of the speech, no explicit praise or judgement (unsure: could be supporting Turkey)"))
