# ------------------------------------------------------------------ Burkina Faso suspends Radio France Internationale (scraped regional page, 2022-12-04)
d = "page_burkina_rfi_regional.txt"
U(d, "Burkina Faso's military government has ordered the immediate suspension", "attempted coup.",
  ("Burkina Faso", C, neg, "Radio France Internationale", "the junta = its state; suspension of a broadcaster + accusations = a measure taken against another side"))
U(d, "In a statement issued on Saturday evening, government spokesman", "work for them\".",
  ("Burkina Faso", C, neg, "Radio France Internationale", "spokesman introduced by role; accusation of serving the terrorists"))
U(d, "\"At a time when tens of thousands of Burkinabè", "the statement said.",
  ("Burkina Faso", C, neg, "Radio France Internationale", "multi-sentence quote closed by its source = one unit; 'this outlet' = RFI; judgement"))
U(d, "The government also accused RFI of repeating", "coup attempt against him.",
  ("Burkina Faso", C, neg, "Radio France Internationale", "accusation of spreading a lie; Traoré only mentioned"))
U(d, "The transitional president has made no such statement, the spokesman said.", "the spokesman said.",
  ("Burkina Faso", N, neg, "", "denial = neutral, negative"))
U(d, "The spokesman said the suspension would remain in force", "national territory.",
  ("Burkina Faso", N, neu, "", "scope and duration of the measure = procedure, no new judgement"))
U(d, "He warned other foreign media that the government would not hesitate", "enemy's game\".",
  ("Burkina Faso", C, neg, "", "threat of further measures against any outlet; no canonical target"))
U(d, "Earlier in the week, the al-Qaeda-linked JNIM group released a video", "alongside the army.",
  ("JNIM", C, neg, "Burkina Faso", "an actor that is not a speaker on the page: the group's threat reported as done = condemning; the villages that sent volunteers to fight with the army -> Burkina Faso (unsure)"))
U(d, "The government said last week that more than 90,000 people", "civilian auxiliaries.",
  ("Burkina Faso", N, neu, "", "figures given by the government"))
U(d, "RFI said it had learnt of the decision from the press release", "no warning had been given.",
  ("Radio France Internationale", C, neg, "Burkina Faso", "the broadcaster as a party to the dispute (new actor); regret 'in the strongest terms' + procedural complaint = judgement"))
U(d, "The broadcaster rejected as baseless the charge", "of its journalists.",
  ("Radio France Internationale", N, neg, "", "denial of the accusation = neutral, negative"))
U(d, "It said it would look at every possible way to restore its programmes", "tunes in each week.",
  ("Radio France Internationale", N, neu, "", "'It' = RFI; own plan + audience figure"))
U(d, "Reporters Without Borders (RSF) condemned the decision", "already difficult.",
  ("Reporters Without Borders", C, neg, "Burkina Faso", "condemnation of the junta's decision"))
U(d, "Sadibou Marong, who heads the group's West Africa office in Dakar", "sources of news.",
  ("Reporters Without Borders", T, neg, "Burkina Faso", "person introduced by role, speaks for RSF; demand addressed to one side with no judgement word -> talks, negative (README)"))
U(d, "The Committee to Protect Journalists said it was alarmed", "in the Sahel.",
  ("Committee to Protect Journalists", N, neg, "", "alarm with no appeal = neutral, negative"))
U(d, "In Ouagadougou, the Association des journalistes du Burkina (AJB) said it hoped", "return quickly.",
  ("Association des journalistes du Burkina", T, pos, "", "hope for dialogue between the two sides = talks; Ouagadougou = place"))
U(d, "Mali's military authorities suspended RFI and its sister channel France 24", "Malian army.",
  ("Mali", C, neg, "Radio France Internationale", "earlier suspension reported as a specific act = a measure against the broadcaster (France 24 not canonical)"))
U(d, "\"These foreign radios talk too much about the terrorists", "Gounghin district.",
  ("Issa Compaoré", S, pos, "Burkina Faso", "named resident = independent person; approval of the government's decision; the unnamed teacher gets no row"))
