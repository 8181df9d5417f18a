# ------------------------------------------------------------------ Western Sahara: Spain-Algeria row (AFP-style wire, 2022-06-10)
d = "page_westernsahara_wire.txt"
U(d, "The European Union warned Algeria on Friday that it was ready to act", "stance on Western Sahara.",
  ("European Union", C, neg, "Algeria", "dateline 'Madrid (AFP) - ' excluded; warning of a response = threat"),
  ("Algeria", C, neg, "Spain", "second actor in a long sentence: treaty suspended + trade frozen = measures against Spain; Algiers and Madrid = metonyms"))
U(d, "\"The decision is extremely concerning,\" EU foreign policy chief Josep Borrell", "in a joint statement.",
  ("European Union", N, neg, "", "joint statement of two EU officials = one actor; concern without appeal"))
U(d, "\"Brussels will not accept pressure", "ready to respond.\"",
  ("European Union", C, neg, "Algeria", "quote continued after the attribution, same speakers; refusing pressure on a member + readiness to respond = threat"))
U(d, "Algeria's presidency announced on Wednesday that it was suspending", "Western Sahara.",
  ("Algeria", C, neg, "Spain", "suspension of a treaty + accusation"))
U(d, "It called the Spanish government's shift \"unjustifiable\".", "\"unjustifiable\".",
  ("Algeria", C, neg, "Spain", "'It' = the presidency"))
U(d, "Hours later, Algeria's association of banks told lenders", "from the country.",
  ("Algeria", C, neg, "Spain", "trade freeze = measure against Spain; the banks' association (state banks) resolved to Algeria, unsure"))
U(d, "On Friday evening, Algeria's mission to the EU in Brussels said gas deliveries", "\"unfounded\".",
  ("Algeria", N, neg, "", "denial of a trade ban + gas commitment; Brussels = place"))
U(d, "Spanish Foreign Minister José Manuel Albares said Madrid regretted", "Spanish companies.",
  ("Spain", C, neg, "Algeria", "'regretted' aimed at Algeria's decision = judgement without strong words"))
U(d, "He said he had spoken to Brussels about the trade measures", "exclusive competence.",
  ("Spain", N, neu, "", "procedure; Brussels = metonym for the EU, which takes no position here"))
U(d, "\"Spain is a reliable partner, and Algeria is a friendly country.", "Albares told reporters.",
  ("Spain", T, pos, "Algeria", "multi-sentence quote; conciliatory wish for good relations = hope"))
U(d, "Prime Minister Pedro Sánchez defended his position in parliament", "national interest.",
  ("Spain", S, pos, "Morocco", "backing closer ties with Rabat (metonym)"))
U(d, "He accused the opposition of \"playing Algiers' game\".", "Algiers' game\".",
  ("Spain", C, neg, "", "'He' = Sánchez; accusation aimed at the domestic opposition (non-canonical) -> target empty"))
U(d, "The row dates back to March, when Sánchez wrote to Morocco's King Mohammed VI", "resolving the dispute.",
  ("Spain", S, pos, "Morocco", "background, but a specific act reported (letter backing Morocco's plan)"))
U(d, "Algeria recalled its ambassador from Madrid the next day.", "the next day.",
  ("Algeria", C, neg, "Spain", "recall of an ambassador in protest = act"))
U(d, "Morocco's foreign minister, Nasser Bourita, welcomed Spain's position", "land borders.",
  ("Morocco", S, pos, "Spain", "welcome; the road map is narrated"))
U(d, "The Polisario Front, which seeks independence for the territory", "the Sahrawi people.",
  ("Polisario Front", C, neg, "Spain", "'betrayed'; 'backed by Algiers' is narrative"))
U(d, "Its leader, Brahim Ghali, said in a letter to UN Secretary-General", "Spanish government.",
  ("Polisario Front", C, neg, "Spain", "'Its leader' = Polisario; 'surrendered to blackmail' + contacts suspended in protest; Guterres is only the addressee"))
U(d, "At the United Nations, spokesman Stephane Dujarric said the secretary-general's personal envoy", "political process.",
  ("United Nations", T, neu, "", "envoy's consultations = mediation"))
U(d, "\"We encourage all concerned to engage in good faith,\" Dujarric said.", "Dujarric said.",
  ("United Nations", T, neu, "", "appeal to all"))
U(d, "Washington, which recognised Moroccan sovereignty over the territory in 2020", "serious and credible.",
  ("United States", S, pos, "Morocco", "Washington = metonym; backing Morocco's plan"))
U(d, "A State Department spokesperson said on Thursday the United States encouraged", "through dialogue.",
  ("United States", T, neu, "", "appeal to both sides -> target empty"))
U(d, "Italy, which has signed new gas deals with Algiers this year, said it hoped", "way out quickly.",
  ("Italy", T, pos, "", "hope"))
U(d, "\"Nobody in Europe has an interest in this escalation,\" Foreign Minister Luigi Di Maio said.", "Di Maio said.",
  ("Italy", N, neg, "", "minister with no state word (Italy from the previous sentence); 'escalation would be bad' with no appeal = neutral, negative"))
U(d, "Spanish exports to Algeria were worth about 1.9 billion euros", "trade ministry.",
  ("Spain", N, neu, "", "figure from Spain's trade ministry"))
U(d, "The Spanish opposition Popular Party said on Thursday that Sánchez had", "with Algeria.",
  ("Popular Party", C, neg, "Spain", "opposition party judging the government ('broken decades of consensus') + appeal: rule 1"))
