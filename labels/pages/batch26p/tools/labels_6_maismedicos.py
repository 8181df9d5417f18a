# ------------------------------------------------------------------ Cuba leaves Brazil's More Doctors programme (Cuban embassy news page, 2018-11-23)
d = "page_cuba_brazil_maismedicos2018_embassynews.txt"
# Not statements: embassy header, menu, languages, breadcrumb, item count/filter, item dates and titles, photo caption,
# "Read more | Share", pagination, address, opening hours, copyright.
# On the embassy's own page "the Embassy", "the Ambassador", "the President", "the Ministry" are Cuba.
# Bolsonaro was president-elect (in office from 1 January 2019): his words are labelled Brazil (incoming government; unsure).

# "The first group of members of the Cuban medical brigade in Brazil landed ... received by President ..." = narration, no row.
U(d, "The President told the returning doctors that they had honoured Cuba", "where they had worked.",
  ("Cuba", N, pos, "", "praise of its own citizens = self-praise, neutral with positive tone; office holder by title"))
U(d, "He said Cuba would not allow the work of its professionals to be belittled", "those professionals served.",
  ("Cuba", C, neg, "Brazil", "judgement of the president-elect without naming him or a stock word"))
U(d, "Minister Portal Miranda said the members of the brigade would be reincorporated", "within weeks.",
  ("Cuba", N, neu, "", "plan"))
U(d, "In a joint communiqué issued in Caracas, the Governments of the Bolivarian Republic of Venezuela", "the Cuban doctors' work.",
  ("Venezuela", S, pos, "Cuba", "joint statement by a list of states: one row each"),
  ("Bolivia", S, pos, "Cuba", "same sentence"),
  ("Nicaragua", S, pos, "Cuba", "same sentence"))
U(d, "The Bolivarian Alliance for the Peoples of Our America (ALBA-TCP) described the remarks", "Latin American professionals.",
  ("Bolivarian Alliance for the Peoples of Our America", C, neg, "Brazil", "'an offence against the dignity' = judgement"))
U(d, "Renato Albuquerque Lins, a public-health researcher at the Federal University of Pernambuco", "by Christmas.",
  ("Renato Albuquerque Lins", N, neg, "", "invented scholar; forecast of the gap, no judgement"))
U(d, "He said the incoming government had \"put ideology ahead of the patients of the sertão\".", "sertão\".",
  ("Renato Albuquerque Lins", C, neg, "Brazil", "judgement of the incoming government"))
U(d, "Maria das Dores Silva, 67, who lives in a quilombola community in Maranhão", "to her door.",
  ("Maria das Dores Silva", N, pos, "", "invented patient (witness); her own experience"))
U(d, "\"If they leave, we go back to waiting for a doctor who never comes,\" she said.", "she said.",
  ("Maria das Dores Silva", N, neg, "", "fear about the consequences, no judgement of an actor"))
U(d, "The Workers' Party said the departure was the first bill", "the poorest Brazilians.",
  ("Workers' Party", C, neg, "Brazil", "opposition party blames the president-elect; target = the incoming government (Brazil)"))
U(d, "The Embassy categorically denies reports published by some Brazilian outlets", "against their will.",
  ("Cuba", N, neg, "", "denial = neutral, negative tone"))
U(d, "Every member of the brigade has been informed of the decision", "Pan American Health Organization.",
  ("Cuba", N, neu, "", "procedure; the embassy speaking"))
U(d, "The Embassy thanks the mayors, community organisations and patients across Brazil", "in recent days.",
  ("Cuba", S, pos, "", "thanks and appreciation for Brazilians' messages = approval; addressees not a canonical actor"))
U(d, "The Pan American Health Organization, which has acted as the intermediary", "during the transition.",
  ("Pan American Health Organization", T, neu, "", "works with both governments so that care continues = protection of civilians through both sides (unsure: could be neutral plan)"))
U(d, "According to figures released by Brazil's Ministry of Health", "some 2,800 municipalities.",
  ("Brazil", N, neu, "", "figures from the ministry ('according to')"))
U(d, "Health Minister Gilberto Occhi announced that a public call would open", "Brazilians trained abroad.",
  ("Brazil", N, neu, "", "plan of the sitting (Temer) government"))
U(d, "Speaking to journalists at the Embassy, the Ambassador said the decision had been taken with sorrow", "never had one.",
  ("Cuba", N, neg, "", "sorrow, no judgement in this unit"))
U(d, "The conditions announced by the president-elect, he said, were unacceptable to Cuba", "Pan American Health Organization.",
  ("Cuba", C, neg, "Brazil", "'unacceptable' aimed at the president-elect's conditions"))
U(d, "President-elect Jair Bolsonaro had written on social networks", "a form of forced labour.",
  ("Brazil", C, neg, "Cuba", "the president-elect blames Havana and calls the scheme forced labour; reported on the Cuban page (Cuba takes no position here)"))
U(d, "The Ambassador added that Cuba bore no ill will toward the Brazilian people", "would go on.",
  ("Cuba", T, pos, "Brazil", "hope that cooperation continues = calling_for_talks"))
U(d, "The Ministry of Public Health of the Republic of Cuba has decided not to continue", "More Doctors programme.",
  ("Cuba", N, neu, "", "withdrawal with no protest stated in the sentence = neutral (guide rule 4)"))
U(d, "The decision answers remarks by the president-elect of Brazil", "Pan American Health Organization.",
  ("Cuba", C, neg, "Brazil", "the grievance: judgement of the president-elect's remarks and conditions"))
U(d, "Since 2013, close to twenty thousand Cuban collaborators have served", "indigenous and remote areas.",
  ("Cuba", N, pos, "", "figures about its own programme, proud tone"))
