# ------------------------------------------------------------------ Belarus's detention of 33 Russian private military contractors before the 2020 election (Belarusian state media, 2020-08-06)
d = "page_belarus_wagner33_detention2020_statemedia.txt"
# Not statements: agency name, language bar, menu, section, time stamp, headline (carries a position, but a headline),
# [PHOTO 1 of 3] caption with credit, crossheads (THE HEAD OF STATE ..., THE RUSSIAN POSITION, THE UKRAINIAN POSITION, EXPERT VIEW),
# ADVERTISEMENT, ALSO ON BELINFORM, tags, Telegram prompt, copyright.
# Lede "Belarusian President Aleksandr Lukashenko held a telephone conversation with President of Ukraine Volodymyr Zelensky ..."
# = a call listed in narrative, not a statement of its participants (labels/README); dateline 'MINSK, 6 August (BELINFORM) – '.
U(d, "The press service said the President had assured his Ukrainian counterpart", "Belarus, Russia and Ukraine.",
  ("Belarus", N, neu, "", "'the President' = Lukashenko; pledge to cooperate within treaties = neutral (as cooperation with an inquiry)"))
U(d, "According to the office of the Ukrainian President, Zelensky asked for the detained persons", "to Ukraine for prosecution.",
  ("Ukraine", C, neg, "", "request to prosecute men suspected of fighting in armed formations = accusation + legal measure; detainees not canonical -> target empty (unsure: could be read as a neutral legal request)"))
U(d, "The Ukrainian side also thanked Belarus for the humanitarian aid", "the Ukrainian presidential office said.",
  ("Ukraine", S, pos, "Belarus", "gratitude = supporting"),
  ("Belarus", S, pos, "Ukraine", "aid sent, an act reported by the other side = Belarus's backing by act"))
U(d, "Thirty-two citizens of the Russian Federation were detained on the night of 29 July", "one more in the south of the country.",
  ("Belarus", C, neu, "", "passive: a specific act by the KGB (Belarus) reported as done, a measure against the group = condemning; target empty (the detainees; Russia is not accused here) (unsure: could be read as narration of the event)"))
# "Staff at the health resort told investigators ..." = unnamed speakers, no row.
U(d, "\"In twenty years here I have never seen tourists like them.", "told BELINFORM.",
  ("Tatyana Gurinovich", N, neu, "", "invented witness; observation, no evaluation of an actor; BELINFORM = outlet"))
U(d, "Speaking on 4 August in his annual address to the Belarusian people", "waiting across the border.",
  ("Belarus", C, neg, "", "'the head of state' = Lukashenko; accusation of a plot (brought in for a purpose), no sender named -> target empty"))
U(d, "\"Nobody will be allowed to bring chaos into Belarus", "Lukashenko said.",
  ("Belarus", C, neg, "", "warning of a response, no side named"))
U(d, "The President said the detained men's version", "for onward travel.",
  ("Belarus", C, neg, "", "rejects the detainees' (and Moscow's) account as untrue = accusation of lying; target empty (unsure: could be neutral investigation facts)"))
U(d, "He said Belarus was not seeking a quarrel with the fraternal Russian people", "above any single episode.",
  ("Belarus", S, pos, "Russia", "affirms the alliance with Moscow = supporting (unsure: could be neutral reassurance)"))
U(d, "State Secretary of the Security Council Andrei Ravkov told journalists", "the article on preparing riots.",
  ("Belarus", N, neu, "", "procedure: checks and criminal proceedings"))
U(d, "Prosecutor General Alexander Konyuk said the prosecutor's office had received requests", "the Minsk Convention on legal assistance.",
  ("Belarus", N, neu, "", "procedural; the Russian and Ukrainian requests are too vague here for rows of their own"))
U(d, "\"No decision on transfer will be taken until the facts", "Konyuk said.",
  ("Belarus", N, neg, "", "procedure + rebuff of pressure from both sides, no actor judged (unsure: 'anyone's political wishes' could be read as a judgement)"))
U(d, "Foreign Minister Vladimir Makei said Minsk had asked Kyiv and Moscow", "with either neighbour.",
  ("Belarus", T, pos, "", "request for information + hope that relations are not damaged = calling_for_talks"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov said the Russian side had no information", "released without delay.",
  ("Russia", T, neg, "Belarus", "denial + demand for release with no judgement word = calling_for_talks, negative (the demand decides over the denial)"))
U(d, "Peskov said the men had been employed by a private security company", "connecting flight to Istanbul.",
  ("Russia", N, neu, "", "Moscow's account of the facts"))
U(d, "Russia's Ambassador to Belarus Dmitry Mezentsev was quoted by Russian media", "raised no complaints.",
  ("Russia", N, pos, "", "passive attribution; consular facts, satisfied tone"))
U(d, "The Russian Foreign Ministry, according to a statement on its website, warned", "against an ally.",
  ("Russia", C, neg, "Belarus", "threat: extradition would be a 'grossly unfriendly step'"))
U(d, "Viktor Vodolatsky, first deputy chairman of the State Duma committee", "a staged detention.",
  ("Russia", C, neg, "Belarus", "Duma deputy = Russia (parliament); demand for an apology + 'staged' = judgement"))
U(d, "Ukraine's Prosecutor General Iryna Venediktova said her office had formally requested", "a terrorist organisation.",
  ("Ukraine", C, neg, "", "extradition request on terrorism charges = legal measure + accusation; target empty (the detainees) (unsure: could be neutral procedure)"))
U(d, "The Security Service of Ukraine said it had evidence", "against Ukrainian forces in Donbas.",
  ("Ukraine", C, neg, "", "accusation by describing their fighting against Ukraine"))
U(d, "A spokeswoman for Ukraine's Foreign Ministry said Kyiv counted on Minsk", "under the convention.",
  ("Ukraine", T, neu, "Belarus", "unnamed spokeswoman of a named ministry; appeal to honour obligations, no judgement"))
U(d, "Political scientist Vadim Lisovsky, who heads the Centre for Eurasian Studies in Minsk, said", "on the eve of the vote.",
  ("Vadim Lisovsky", C, neg, "", "invented analyst; blames unnamed 'forces abroad' (not canonical) -> target empty"))
U(d, "\"The two states have been through harder moments.", "Lisovsky said.",
  ("Vadim Lisovsky", T, neu, "", "appeal for calm work by prosecutors and an end to accusations"))
U(d, "He said that whatever the outcome of the investigation, Belarus had shown", "its own territory.",
  ("Vadim Lisovsky", S, pos, "Belarus", "praise of the authorities = supporting"))
# "Residents of villages near the resort told BELINFORM ..." = unnamed speakers, no row.
# "The presidential election in the Republic of Belarus will be held on 9 August 2020." = background, no row.
