# ------------------------------------------------------------------ Tayouneh clashes over the port-blast investigation, Beirut (full HTML, Lebanese English site, 2021-10-15)
d = "page_beirut_tayouneh_webpage.html"
U(d, "The Lebanese Red Cross said seven people had been killed", "inside her home.",
  ("Lebanese Red Cross", N, neu, "", "figures from a relief body, no blame"))
U(d, "Schools, banks and government offices stayed shut", "leave security to the state.",
  ("Lebanon", T, neu, "", "narrative + the PM's day of mourning and appeal for calm = calling_for_talks (appeal, no judgement)"))
U(d, "Mikati told the daily An-Nahar that his government", "parliamentary elections.",
  ("Lebanon", N, neu, "", "surname only; own conduct and plans = neutral"))
U(d, "The army said it had arrested nine people", "was continuing.",
  ("Lebanon", N, neu, "", "the army speaks for its state; arrests and an investigation = procedure"))
U(d, "On Thursday afternoon the army had warned", "on the streets.",
  ("Lebanon", C, neg, "", "threat to open fire on gunmen = condemning (guide: a threat); the gunmen are no canonical actor -> target empty"))
U(d, "Hezbollah and the Amal Movement said in a joint statement", "civil strife.",
  ("Hezbollah", C, neg, "Lebanese Forces", "joint statement: one row per party; accusation of deliberate killing"),
  ("Amal Movement", C, neg, "Lebanese Forces", "same joint statement"))
U(d, "They urged their supporters to stay calm", "into the fighting.",
  ("Hezbollah", T, neu, "", "'They' = Hezbollah and Amal; appeal for calm, no judgement"),
  ("Amal Movement", T, neu, "", "same"))
U(d, "The Lebanese Forces rejected the accusation outright", "on the protesters.",
  ("Lebanese Forces", N, neg, "", "party under its own name; denial = neutral, negative"))
U(d, "Its leader, Samir Geagea, said the trouble had begun", "lit the fuse.",
  ("Lebanese Forces", C, neg, "Hezbollah", "'Its leader' = LF by context; counter-accusation: armed incursion + campaign against the judge"))
U(d, "Interior Minister Bassam Mawlawi said the first shots came from snipers", "hit in the head.",
  ("Lebanon", N, neu, "", "facts of the shooting, no shooter named or blamed = neutral, negative"))
U(d, "A senior Hezbollah official told mourners at the funeral", "they will pay.\"",
  ("Hezbollah", C, neg, "", "unnamed official of a named body = Hezbollah; quote opened after a colon; reassurance (no civil war) + threat: the threat decides; 'those who sent them' is not named in the sentence -> target empty (unsure: Lebanese Forces by context)"))
U(d, "President Michel Aoun said in a televised address on Thursday night", "settled their disputes.",
  ("Lebanon", T, neg, "", "rejection of armed means aimed at no one = an appeal for a peaceful course (like 'opposes any escalation'), not a judgement of an actor"))
U(d, "\"What we saw today took us back", "Aoun said.",
  ("Lebanon", C, neg, "", "multi-sentence quote closed by its speaker; the shooters will 'face the courts' = threat of punishment; shooters unnamed -> target empty"))
U(d, "\"No one will be allowed to hold this country hostage", "whatever the pretext.",
  ("Lebanon", C, neg, "", "quotation reopened in a new paragraph and left open (continues in the next) = Aoun's; warning aimed at no named party -> target empty (unsure: could be read as a general appeal)"))
U(d, "\"The street is not where our disagreements are solved.", "without delay.\"",
  ("Lebanon", T, neu, "", "quotation continued over the paragraph break, same speaker; appeal to settle disputes in institutions + for the cabinet to meet = calling_for_talks"))
U(d, "Victoria Nuland, the US under secretary of state for political affairs", "Lebanese army.",
  ("United States", S, pos, "Lebanon", "aid to the army = backing by act"))
U(d, "In Washington, State Department spokesman Ned Price said", "security and sovereignty.",
  ("United States", C, neg, "Hezbollah", "'stood against threats to judges ... Hezbollah included' + accused of 'eating away at' security and sovereignty = judgement aimed at Hezbollah; Washington = place"))
U(d, "France's foreign ministry called for calm", "without interference.",
  ("France", T, neu, "", "appeal for calm + for the investigation to proceed, no actor judged"))
U(d, "Iranian foreign ministry spokesman Saeed Khatibzadeh voiced deep regret", "Zionist regime.",
  ("Iran", C, neg, "Israel", "regret + blame on 'the Zionist regime' = accusation (rule 1); 'Zionist regime' = Israel"))
U(d, "Joanna Wronecka, the UN special coordinator for Lebanon, urged", "institutions.",
  ("United Nations", T, neu, "", "UNSCOL = United Nations; appeal for restraint"))
U(d, "Saudi Arabia's foreign ministry said it was following events in Beirut", "return to Lebanon.",
  ("Saudi Arabia", T, pos, "", "monitoring + hope that calm returns = calling_for_talks (guide: hoping stability returns)"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit said the league stood behind", "restoring order.",
  ("Arab League", S, pos, "Lebanon", "backing of the state and army; 'the league' = Arab League"))
