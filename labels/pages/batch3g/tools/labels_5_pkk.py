# ------------------------------------------------------------------ Turkey-PKK (full HTML, 2025-03-01)
d = "page_turkey_pkk_webpage.html"
U(d, "The Kurdistan Workers' Party (PKK) declared an immediate ceasefire", "dissolve itself.",
  ("PKK", T, pos, "", "dateline 'ISTANBUL — ' excluded; ceasefire declared + commitment to follow the call"))
U(d, "\"The call is ours too", "Firat news agency.",
  ("PKK", T, neu, "", "multi-sentence quote closed by 'the group's executive committee said' (body given by context); the agency only carries it"))
U(d, "The committee added that a congress to decide on disbanding", "İmralı island.",
  ("PKK", T, neu, "Turkey", "condition + appeal addressed to the government, no judgement"))
U(d, "Öcalan's letter, read out on Thursday by a delegation", "run its course.",
  ("Abdullah Öcalan", T, pos, "", "possessive before the speaker; jailed founder speaking for himself (not in command; his own group is the addressee, so he cannot be PKK); DEM delegation only reads the letter: no row"))
U(d, "\"I accept the responsibility that comes with this appeal,\" he wrote.", "he wrote.",
  ("Abdullah Öcalan", T, pos, "", "quote continuing his call; 'he' = Öcalan"))
U(d, "DEM lawmaker Sırrı Süreyya Önder said Öcalan had also asked", "democratic politics.",
  ("Abdullah Öcalan", T, neu, "", "position of X reported by Y: Öcalan's condition relayed by Önder; Önder takes no position of his own"))
U(d, "The party's co-chair, Tuncer Bakırhan, said the ball was now", "necessary laws.",
  ("Peoples' Equality and Democracy Party", T, neu, "Turkey", "'The party' = DEM (context); appeal to the government and parliament for legal steps of a peace process"))
U(d, "President Recep Tayyip Erdoğan said on Friday a \"new chance\"", "dragged out.",
  ("Turkey", S, pos, "", "approval of the step, with a warning about delays but no appeal for talks; could be read as calling_for_talks"))
U(d, "\"If the promises are not kept, we will finish the job", "Erdoğan said in Ankara.",
  ("Turkey", C, neg, "PKK", "conditional threat of continued operations; Ankara = place"))
U(d, "Efkan Ala, a deputy chairman of the ruling AK Party", "if the group complied.",
  ("Turkey", S, pos, "", "AK Party resolves to Turkey in the name files (ruling party); approval of the letter"))
U(d, "Devlet Bahçeli, leader of the Nationalist Movement Party (MHP)", "praised the call as valuable.",
  ("Nationalist Movement Party", S, pos, "Abdullah Öcalan", "praise of the call; MHP = Bahçeli's party (name files)"))
U(d, "The nationalist leader said on Saturday that the PKK's ceasefire was not enough", "without bargaining.",
  ("Nationalist Movement Party", T, neg, "PKK", "'The nationalist leader' = Bahçeli; demand to disarm addressed to one side; 'not enough' is a mild judgement: could be read as condemning"))
U(d, "The main opposition Republican People's Party (CHP) said it backed any effort", "\"behind closed doors\".",
  ("Republican People's Party", S, pos, "", "backing for the peace effort + a procedural demand on how it is run (not a peace appeal); party and its leader = one actor"))
U(d, "In the Kurdistan Region of Iraq, where the PKK has its main bases", "a success.",
  ("Kurdistan Regional Government", S, pos, "", "Kurdistan Region president -> KRG; Erbil = metonym; welcome + offer of help"))
U(d, "Iraq's foreign ministry said Baghdad supported the call", "border areas.",
  ("Iraq", T, pos, "", "support + hope for lasting security: hope = calling_for_talks, rule 2 before rule 3; Baghdad = metonym"))
U(d, "Across the border in Syria, Mazloum Abdi", "not his forces.",
  ("Syrian Democratic Forces", S, pos, "", "'positive' = approval; distancing from the call is neutral; SDF commander -> SDF"))
U(d, "Abdi added that if peace came to Türkiye", "north-east Syria.",
  ("Syrian Democratic Forces", C, neg, "Turkey", "implicit accusation that Turkey's attacks rest on a pretext; could be read as neutral"))
U(d, "A spokesman for the White House National Security Council said the call", "Turkish allies.",
  ("United States", S, pos, "", "'significant development' = approval; hope concerns allies, not an end to fighting"))
U(d, "Germany's foreign office said it hoped the step would lead", "rights of Kurds.",
  ("Germany", T, pos, "", "hope for a lasting peace"))
U(d, "UN spokesman Stéphane Dujarric told reporters the Secretary-General welcomed", "political settlement.",
  ("United Nations", T, pos, "", "welcome + appeal to all sides: rule 2 before rule 3"))
