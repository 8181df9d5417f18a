# ------------------------------------------------------------------ Mazara del Vallo fishermen held in Benghazi (radio interview transcript, 2020-10-15)
d = "page_libya_mazara_fishermen2020_interview.txt"
# Not statements: station name, breadcrumb, title, broadcast line, duration/listen links, editing note, the host's
# introduction and bare questions, sign-off, END OF TRANSCRIPT, related programmes, subscribe line, copyright.
# Speaker tags (LOMBARDO:, BONANNO:, HOST:) are outside each unit.
U(d, "Two boats were stopped by patrol vessels of the eastern forces", "two Indonesians and two Senegalese.",
  ("Chiara Lombardo", N, neu, "", "invented scholar; facts of the seizure = neutral"))
U(d, "The Libyan side says they were fishing inside Libyan waters.", "inside Libyan waters.",
  ("Libyan National Army", C, neg, "", "the captors' charge against the crews, relayed by the guest (X's position reported by Y); crews are not an actor -> target empty"))
U(d, "Under the law of the sea, that claim simply does not stand", "by the European Union.",
  ("Chiara Lombardo", C, neg, "Libyan National Army", "rejects the captors' claim as baseless = negative judgement of their act (unsure: could be a neutral legal point)"))
U(d, "Haftar's spokesman, Ahmed al-Mismari, said last week that the crews had violated", "like any other offenders.",
  ("Libyan National Army", C, neg, "", "spokesman named by role; accusation + prosecution threatened against the crews"))
# "It is dressed up as a legal position." = lead-in to the next unit, no row.
U(d, "But when you hold fishermen for six weeks without a lawyer", "you are holding hostages.",
  ("Chiara Lombardo", C, neg, "Libyan National Army", "'holding hostages' = judgement"))
U(d, "Italian newspapers have reported that Benghazi wants to exchange the fishermen", "deaths of migrants in 2015.",
  ("Libyan National Army", N, neu, "", "second-hand report of Benghazi's demand (newspapers are not actors); a condition, no judgement (unsure)"))
U(d, "Foreign Minister Luigi Di Maio told the Senate on Tuesday that Italy", "sentences of its courts\".",
  ("Italy", N, neg, "", "refuses the exchange on principle, no protest or judgement stated = neutral (unsure: could be read as refusing the demand in protest)"))
U(d, "A state that puts its judges' verdicts on the table", "a state governed by law.",
  ("Chiara Lombardo", N, neu, "", "a general principle, no actor judged = neutral"))
U(d, "Di Maio was right to draw that line, and he was right to draw it in parliament.", "in parliament.",
  ("Chiara Lombardo", S, pos, "Italy", "approval of the minister's stance = supporting"))
U(d, "People here are exhausted, and they are angry.", "they are angry.",
  ("Nicola Bonanno", N, neg, "", "invented shipowner; describes the mood, no judgement = neutral, negative"))
U(d, "We feel that Rome woke up late", "picked up the phone to the wives.",
  ("Nicola Bonanno", C, neg, "Italy", "criticism of his own government's slowness; Rome = metonym"))
U(d, "The mayor, Salvatore Quinci, says the men are being treated decently.", "treated decently.",
  ("Italy", N, pos, "", "a local official resolves to his state (labels/README); information relayed = neutral"))
U(d, "A phone call of two minutes every few weeks is not proof of anything.", "proof of anything.",
  ("Nicola Bonanno", N, neg, "", "doubt about the reassurance, no judgement of an actor = neutral"))
U(d, "Prime Minister Giuseppe Conte said on Monday that the government was working", "asked the families for trust.",
  ("Italy", N, pos, "", "reassurance about own efforts = neutral, positive"))
U(d, "I would ask him to go to Benghazi himself if that is what it takes.", "if that is what it takes.",
  ("Nicola Bonanno", T, neu, "Italy", "appeal to the prime minister to negotiate in person = calling_for_talks"))
U(d, "Talk to whoever you have to talk to and bring them home.", "bring them home.",
  ("Nicola Bonanno", T, neg, "Italy", "appeal to negotiate = calling_for_talks"))
U(d, "Professor, the opposition League of Matteo Salvini held a protest", "accused the government of weakness.",
  ("Lega", C, neg, "Italy", "protest + accusation of weakness; narration and a position in one sentence"))
U(d, "What I would say is that Italy has very few cards here", "backed the government in Tripoli.",
  ("Chiara Lombardo", N, neu, "", "analysis of Italy's leverage = neutral"))
U(d, "The Tunisian foreign ministry said in September that it was following", "all we have heard.",
  ("Tunisia", N, neu, "", "following the case closely with both sides = monitoring, no appeal = neutral"))
U(d, "Senegal asked Italy, through its embassy in Rome", "which is a fair request.",
  ("Senegal", N, neu, "Italy", "a request about its citizens' treatment, no judgement, no peace appeal = neutral"),
  ("Chiara Lombardo", S, pos, "Senegal", "approves Senegal's request ('a fair request')"))
U(d, "The European External Action Service said it was in contact with Rome", "release of the crews.",
  ("European Union", S, pos, "Italy", "EEAS = EU; backing Italy's efforts = supporting"))
U(d, "The Vatican has made an appeal for their freedom", "if the two sides want one.",
  ("Holy See", T, neu, "", "humanitarian appeal for release = calling_for_talks"),
  ("Domenico Mogavero", T, pos, "", "the local bishop (not the Holy See) offers mediation = calling_for_talks"))
U(d, "I think that offer should be taken seriously.", "taken seriously.",
  ("Chiara Lombardo", T, neu, "", "backs the mediation offer = calling_for_talks"))
U(d, "Tripoli has said that the eastern forces have no authority", "an act of piracy.",
  ("Government of National Accord", C, neg, "Libyan National Army", "Tripoli = the GNA (2020); 'piracy' = judgement"))
# "That is convenient for Tripoli, of course, but legally they have a point." = hedged aside, no row.
U(d, "But we want the navy to escort us, the way it did years ago.", "years ago.",
  ("Nicola Bonanno", N, neu, "", "request for naval escort from his own state, no judgement, no peace appeal = neutral"))
