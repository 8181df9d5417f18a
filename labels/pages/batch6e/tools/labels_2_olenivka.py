# ------------------------------------------------------------------ Olenivka (Yelenovka) prison blast (TASS-style state media, 2022-07-31)
d = "page_olenivka_prison_statemedia.txt"
U(d, "The Russian Defense Ministry said on Sunday it had formally asked", "killed on Friday.",
  ("Russia", T, neu, "", "dateline excluded; invitation of UN/ICRC experts to an investigation = calling_for_talks (README: pursuing an inquiry). The next paragraph ('The center held ...') is narration: no row"))
U(d, "On Friday, ministry spokesman Lieutenant General Igor Konashenkov said", "before surrendering.",
  ("Russia", C, neg, "Ukraine", "accusation: Kiev struck its own prisoners to deter surrender; 'Kiev' = Ukraine"))
U(d, "Eight members of the center's staff were also injured", "according to the ministry.",
  ("Russia", N, neu, "", "figure with an attribution tail"))
U(d, "The territorial defense headquarters of the Donetsk People's Republic (DPR)", "to 53.",
  ("Donetsk People's Republic", N, neu, "", "separatist body's death toll"))
U(d, "DPR head Denis Pushilin said 193 people", "their units.",
  ("Donetsk People's Republic", C, neg, "Ukraine", "figures + accusation (silencing witnesses) in one sentence: the accusation decides"))
U(d, "The Investigative Committee has opened a criminal case", "methods of warfare.",
  ("Russia", N, neu, "", "Investigative Committee = Russia (name files); a procedure reported as done (as batch5c's court charge)"))
U(d, "Its investigators said they had found fragments", "at the scene.",
  ("Russia", N, neu, "", "finding reported as fact; it implies blame without judging anyone (unsure: could be read as condemning)"))
U(d, "The Defense Ministry on Saturday published the names", "killed and wounded.",
  ("Russia", N, neu, "", "specific act reported, no evaluation"))
U(d, "Dmitry Polyansky, Russia's first deputy permanent representative", "to blame.",
  ("Russia", C, neg, "Ukraine", "blame placed on the Ukrainian side; the UN chief is only the addressee"))
U(d, "\"We expect the UN leadership to react as quickly", "Telegram channel.",
  ("Russia", C, neg, "United Nations", "quotation closed by its speaker ('he' = Polyansky): double-standards judgement aimed at the UN leadership (judgement without stock words); it also blames Ukraine in passing"))
U(d, "Foreign Ministry Spokeswoman Maria Zakharova said the tragedy showed", "were used.",
  ("Russia", C, neg, "", "'shared responsibility' aimed at the (unnamed, several) suppliers of Kiev -> target empty"))
U(d, "Leonid Slutsky, chairman of the State Duma Committee", "must examine.",
  ("Russia", C, neg, "Ukraine", "Duma committee chairman (name files: Russia); 'war crime' + call for a Council discussion: rule 1"))
U(d, "Kiev has denied firing at Yelenovka.", "Kiev has denied firing at Yelenovka.",
  ("Ukraine", N, neg, "", "bare denial; 'Kiev' = Ukraine (metonym)"))
U(d, "The General Staff of the Ukrainian Armed Forces went further", "dismisses as absurd.",
  ("Ukraine", C, neg, "Russia", "counter-accusation of deliberate shelling"),
  ("Russia", N, neg, "", "second actor in the same sentence: Moscow's dismissal of the Ukrainian version = denial (neutral, negative)"))
U(d, "Vladimir Zelensky accused Russia in his nightly video address", "respond.",
  ("Ukraine", C, neg, "Russia", "accusation + demand that the guarantors react (rule 1)"))
U(d, "A joint statement by the Ukrainian military, the SBU security service", "without delay.",
  ("Ukraine", T, neg, "", "joint statement of four Ukrainian bodies = one actor; demand for an inspection mission, no judgement word in this sentence; addressed to UN and ICRC (two) -> target empty"))
U(d, "UN Deputy Spokesman Farhan Haq said on Friday", "agreed to it.",
  ("United Nations", T, neu, "", "offer to investigate with both sides' consent"))
U(d, "The ICRC said it had asked for access", "those killed.",
  ("ICRC", T, neu, "", "request for humanitarian access = calling_for_talks"))
U(d, "The committee said it had also offered to deliver", "to Donetsk.",
  ("ICRC", S, pos, "", "'The committee' = ICRC by context; offer of aid = supporting; the beneficiaries (the wounded) are no canonical actor -> target empty"))
U(d, "EU foreign policy chief Josep Borrell, without waiting for any investigation", "held to account.",
  ("European Union", C, neg, "Russia", "judgement ('atrocity') + accountability; the outlet's colouring ('without waiting', 'hurried') is not a statement of anyone"))
U(d, "The Russian Foreign Ministry described his statement", "had been established.",
  ("Russia", C, neg, "European Union", "judgement of the EU's prejudgement; Brussels = metonym for the EU"))
