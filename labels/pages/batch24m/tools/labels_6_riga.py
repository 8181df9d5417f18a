# ------------------------------------------------------------------ Demolition of the Soviet Victory monument in Riga (Baltic daily, scraped, 2022-08-26)
d = "page_riga_victory_monument2022_balticdaily.txt"
# Not statements: masthead, menu, date and weather, section line, headline, byline, time stamps, reading time, photo captions
# with credits and "Photo 1/6", ADVERTISEMENT, crossheads, Related lines, tags, comments/share line, most read, copyright.
U(d, "The 79-metre obelisk of the Soviet Victory monument in Riga's Victory Park", "as a celebration.",
  ("Latvia", C, neg, "Russia", "long lead: narration + the prime minister's judgement of Moscow's use of the symbol"))
# "Hundreds of people watched from behind police fences ..." = scene, no row.
U(d, "Riga City Council executive director Jānis Lange said the fragments", "a public competition.",
  ("Latvia", N, neu, "", "city official = local authority -> Latvia; plans"))
U(d, "Riga Mayor Mārtiņš Staķis wrote on Facebook", "the capital of a free country.",
  ("Latvia", C, neg, "", "judgement of the monument as glorifying the Soviet occupation; no canonical actor named -> target empty"))
U(d, "Foreign Minister Edgars Rinkēvičs said a state whose artillery", "how to honour the dead.",
  ("Latvia", C, neg, "Russia", "judgement without stock words ('forfeited any right')"))
U(d, "Rinkēvičs said the Russian embassy's note of protest would be answered", "continue to be cared for.",
  ("Latvia", N, neu, "", "procedure + reassurance about graves"))
U(d, "Kariņš rejected claims that the demolition was aimed", "not about any people or language.",
  ("Latvia", N, neg, "", "denial = neutral, negative"))
U(d, "He said he hoped that a day would come when all of Latvia's residents", "the victims of the war together.",
  ("Latvia", T, pos, "", "hope of shared remembrance = hope (talks); addressed to no one side"))
U(d, "State Police said 24 people had been detained near the site", "without a permit.",
  ("Latvia", N, neu, "", "figures from a state agency"))
U(d, "Interior Minister Kristaps Eklons warned that anyone who tried", "their residence permits.",
  ("Latvia", C, neg, "", "threat of prosecution and permit reviews aimed at unnamed people -> target empty"))
U(d, "In Moscow, the Investigative Committee of the Russian Federation announced", "named and put on trial.",
  ("Russia", C, neg, "Latvia", "criminal case against the officials of another state = measure"))
U(d, "The Russian embassy in Riga called the demolition an affront", "waging a war on the dead.",
  ("Russia", C, neg, "Latvia", "protest note + accusation"))
U(d, "The embassy also asked Latvia to release residents", "flowers to the park.",
  ("Russia", T, neg, "Latvia", "demand to one side to stop, no judgement word in the sentence (labels README)"))
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova said Riga was building", "connected with Russia.",
  ("Russia", C, neg, "Latvia", "judgement of Riga's policy"))
U(d, "\"Those who signed the order should not think", "answer each such act.",
  ("Russia", C, neg, "Latvia", "veiled threat + announced response"))
U(d, "State Duma Speaker Vyacheslav Volodin proposed", "barred from entering Russia.",
  ("Russia", C, neg, "Latvia", "proposed entry ban = sanction"))
U(d, "The Latvian Russian Union, which collected signatures", "left standing.",
  ("Latvian Russian Union", C, neg, "Latvia", "'ignored' the residents = judgement of the city (Latvia)"))
U(d, "\"The authorities did not ask us, they simply sent the bulldozers,\"", "Miroslavs Mitrofanovs.",
  ("Latvian Russian Union", C, neg, "Latvia", "co-chairman speaks for the party; reproach of the authorities"))
U(d, "Lithuanian Foreign Minister Gabrielius Landsbergis wrote that Riga had done", "had the right to do.",
  ("Lithuania", S, pos, "Latvia", "approval of Riga's step"))
U(d, "Estonian Foreign Minister Urmas Reinsalu said Moscow's threats", "its lost provinces.",
  ("Estonia", C, neg, "Russia", "judgement of the Kremlin's attitude"))
U(d, "Ukraine's foreign ministry spokesman Oleg Nikolenko thanked Latvia", "the right side of history.",
  ("Ukraine", S, pos, "Latvia", "thanks and praise"))
U(d, "The OSCE High Commissioner on National Minorities, Kairat Abdrakhmanov", "the Latvian authorities.",
  ("OSCE", N, neg, "", "watchfulness + contact, no appeal = concern, neutral"))
U(d, "Ilga Straume, a historian at the Latvian Centre for Memory Studies", "the defeat of Germany.",
  ("Ilga Straume", N, neu, "", "invented historian; historical fact"))
U(d, "\"Taking down the column does not settle the argument about memory", "Straume said.",
  ("Ilga Straume", N, neu, "", "analysis; 'the state now has to work' is no appeal to a party in the row"))
U(d, "She said the government should open a serious dialogue", "Moscow's television.",
  ("Ilga Straume", T, neu, "Latvia", "appeal to the Latvian government for dialogue"))
U(d, "Valentina Kuzmina, 74, who has lived across the road", "to lay flowers.",
  ("Valentina Kuzmina", N, neu, "", "invented resident; her own story"))
U(d, "\"For me it was a place to remember my father", "she said.",
  ("Valentina Kuzmina", N, neg, "", "sadness, no judgement of an actor"))
U(d, "The Saeima voted in May to suspend the article", "opening the way for the demolition.",
  ("Latvia", N, neu, "", "parliament's act reported as done (treaty clause suspended); procedure, no judgement stated (unsure: could be read as a measure against Russia)"))
