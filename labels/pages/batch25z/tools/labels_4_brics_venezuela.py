# ------------------------------------------------------------------ Venezuela's recall of its envoy over Brazil's BRICS veto at Kazan (Venezuelan state media, 2024-10-31)
d = "page_brics_kazan_venezuela_veto2024_statemedia.txt"
# Not statements: masthead, language bar, menu, section, headline, published/author lines, [PHOTO] captions "n of 3", ADVERTISEMENT, crossheads, Related, tags, share, newsletter, reproduction line.
U(d, "The Bolivarian Government has called its ambassador in Brasilia home for consultations", "summit in Kazan, Russia.",
  ("Venezuela", C, neg, "Brazil", "dateline excluded; recall of the ambassador + summons = measures against another side; long lead with narration"))
U(d, "In a communiqué read out on Wednesday evening, the Ministry of Popular Power for Foreign Affairs said", "peoples of Latin America.",
  ("Venezuela", C, neg, "Brazil", "judgement without a stock word ('a gesture unworthy of a sister nation')"))
U(d, "The ministry said it rejected in the firmest terms the repeated meddling", "Venezuelans alone to settle.",
  ("Venezuela", C, neg, "Brazil", "rejection of interference aimed at Brazilian officials = judgement"))
U(d, "It reserved its sharpest words for Celso Amorim", "sovereign electoral process.",
  ("Venezuela", C, neg, "Brazil", "accusation of Lula's adviser (Amorim speaks for Brazil) of serving Washington"))
U(d, "Venezuela also rejected the claim that it had broken any commitment", "the Constitution and the law.",
  ("Venezuela", N, neg, "", "denial of Brazil's charge, with own account = neutral, negative"))
U(d, "Foreign Minister Yván Gil said the chargé d'affaires had been handed a note of protest", "objections in detail.",
  ("Venezuela", C, neg, "Brazil", "formal protest note handed to Brazil's envoy = measure"))
U(d, "\"Venezuela will not accept lectures on democracy from anyone", "Gil told reporters at the Casa Amarilla.",
  ("Venezuela", C, neg, "Brazil", "refusal + judgement of a group inside Brazil's foreign ministry (Itamaraty = Brazil)"))
U(d, "The minister had already said last week that the Brazilian decision in Kazan was an attack", "imposed on the country.",
  ("Venezuela", C, neg, "Brazil", "earlier charge of an attack; also names Washington's sanctions but the target is Brazil's decision"))
U(d, "President Nicolás Maduro, speaking on his weekly programme on Monday, said the blockade had been driven", "dealings with Caracas.",
  ("Venezuela", C, neg, "Brazil", "blame of Brazil's foreign ministry"))
U(d, "He said he would hold off on judging the Brazilian head of state", "what happened in Kazan.",
  ("Venezuela", N, neu, "", "withholds judgement of Lula; no appeal, no judgement = neutral"))
U(d, "\"Our relationship with the Brazilian people is one of brothers", "Maduro said.",
  ("Venezuela", T, pos, "", "hope that good relations last = calling_for_talks (unsure: 'whatever some bureaucrats decide' is a mild jab, not an explicit judgement)"))
U(d, "The President of the National Assembly, Jorge Rodríguez, announced that he would put a motion", "persona non grata in Venezuela.",
  ("Venezuela", C, neg, "Brazil", "the parliament speaker speaks for the state; moving to declare Brazil's envoy persona non grata = a measure against Brazil"))
U(d, "The chamber will debate the motion at its next ordinary session", "the Assembly's board of directors said.",
  ("Venezuela", N, neu, "", "procedural line (the chamber will discuss)"))
U(d, "In Brasilia, Amorim told the newspaper O Globo that trust between the two governments had been broken", "as a veto.",
  ("Brazil", C, neg, "Venezuela", "Lula's adviser speaks for Brazil; blames Caracas for the broken trust (narration of his wording on 'veto' attached)"))
U(d, "He said Brazil simply did not agree with the inclusion of Venezuela", "for the future.",
  ("Brazil", N, neu, "", "explains the position without judgement or appeal"))
U(d, "On Thursday, Brazil's Foreign Ministry said in a note that it rejected the personal attacks", "through diplomatic channels.",
  ("Brazil", C, neg, "Venezuela", "judgement of Caracas's rhetoric + appeal for respectful diplomacy: rule 1 -> condemning"))
U(d, "At the summit in Kazan, President Vladimir Putin told Maduro that Russia backed", "between the two countries.",
  ("Russia", S, pos, "Venezuela", "backing of Venezuela's bid"))
U(d, "Kremlin spokesman Dmitry Peskov said this week that Moscow hoped", "close friends of Russia.",
  ("Russia", T, pos, "", "hope that the two settle their differences = calling_for_talks; both sides -> target empty"))
U(d, "Cuba's Foreign Minister Bruno Rodríguez Parrilla expressed on social media his solidarity", "an incomprehensible exclusion.",
  ("Cuba", C, neg, "Brazil", "solidarity joined to a judgement of the exclusion ('incomprehensible'): rule 1 -> condemning (unsure: mild word; could be supporting Venezuela)"))
U(d, "The Government of Nicaragua also sent a message of solidarity to Caracas", "Latin American unity.",
  ("Nicaragua", C, neg, "Brazil", "solidarity joined to an accusation of Brazil: rule 1 -> condemning"))
U(d, "In other news from the ministry, Venezuela on Wednesday sent its condolences", "in the Valencia region.",
  ("Venezuela", S, neg, "Spain", "condolences = solidarity (supporting), grief in tone"))
U(d, "The Foreign Ministry also said Venezuela was sending a shipment of food", "collapse of its power grid.",
  ("Venezuela", S, pos, "Cuba", "aid sent = backing by act"))
U(d, "Sociologist Marielba Cordero, a researcher at the Bolivarian Centre for Strategic Studies", "under Chávez and Lula.",
  ("Marielba Cordero", C, neg, "Brazil", "invented researcher; judgement of Brazil's diplomats"))
U(d, "\"What happened in Kazan is not a technical disagreement", "Cordero said.",
  ("Marielba Cordero", C, neg, "Brazil", "judgement without a stock word ('political punishment dressed up as procedure')"))
U(d, "Brazilian political scientist Marcelo Antunes, who teaches at the Rio de Janeiro Institute", "mining problems in the Amazon.",
  ("Marcelo Antunes", N, neg, "", "invented scholar; worry without an appeal = neutral, negative"))
U(d, "\"Lula and Maduro should pick up the telephone and sort this out directly", "Antunes said.",
  ("Marcelo Antunes", T, neu, "", "appeal for direct talks between the two leaders"))
