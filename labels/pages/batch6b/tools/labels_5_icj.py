# ------------------------------------------------------------------ ICJ ruling on the Somalia-Kenya maritime boundary (full HTML, East African site, 2021-10-13)
d = "page_somalia_kenya_icj_webpage.html"
U(d, "Kenya on Tuesday flatly refused to accept a judgment", "a win for the rule of law.",
  ("Kenya", C, neg, "International Court of Justice", "lead with two actors: refusing the court's judgment in protest = condemning the court"),
  ("Somalia", S, pos, "International Court of Justice", "same lead: hails the decision = approval; Mogadishu = metonym"))
U(d, "Reading a summary of the judgment in The Hague, the court's president, Joan Donoghue", "from the land border.",
  ("International Court of Justice", N, neu, "", "the court's findings read by its president = a decision stated without evaluation"))
U(d, "The court rejected Kenya's argument that Somalia had for decades accepted", "line of latitude.",
  ("International Court of Justice", N, neu, "", "a legal finding against a party's argument is not a judgement of its conduct (unsure: 'rejected' could be read as condemning)"))
U(d, "It also turned down Somalia's claim that Kenya had breached its sovereignty", "request for compensation.",
  ("International Court of Justice", N, neu, "", "'It' = the court; finding on reparations, no evaluation"))
U(d, "In a statement from State House, President Uhuru Kenyatta called the judgment one-sided", "already fighting al-Shabaab.",
  ("Kenya", C, neg, "International Court of Justice", "'one-sided' = judgement of the ruling; al-Shabaab only mentioned"))
U(d, "He accused the court of going beyond its jurisdiction", "stopped attending in March.",
  ("Kenya", C, neg, "International Court of Justice", "accusation of overreach and bias; Nairobi = metonym in the relative clause"))
U(d, "“I swore an oath to protect every inch of this republic.", "Kenyatta said.",
  ("Kenya", C, neg, "", "two-sentence quote = one unit; vow to use every means to keep the territory = threatened response (unsure: could be read as neutral resolve); target empty (aimed at the ruling's effect, not a named party)"))
U(d, "Kenyatta said Kenya remained open to a negotiated settlement", "conditions for one.",
  ("Kenya", T, neu, "Somalia", "offer of negotiations through AU mechanisms + appeal to the international community = calling_for_talks; the AU is only mentioned"))
U(d, "Kenya's foreign ministry said in a separate note", "along the coast.",
  ("Kenya", N, neg, "", "concern about consequences with no appeal and no judgement = neutral, negative"))
U(d, "Last week Nairobi announced it had withdrawn its recognition", "a flawed process.",
  ("Kenya", C, neg, "International Court of Justice", "withdrawal from the court's jurisdiction in protest + 'flawed process' = condemning; Nairobi = metonym"))
U(d, "President Mohamed Abdullahi Farmaajo said in a televised address", "dealt with the case impartially.",
  ("Somalia", S, pos, "International Court of Justice", "praise of the court = supporting"))
U(d, "He urged Nairobi to honour the ruling", "on a better footing.",
  ("Somalia", T, pos, "Kenya", "appeal to Kenya to comply and improve relations, no judgement in the sentence = calling_for_talks"))
U(d, "Farmaajo also said Kenya's leaders had spent years trying to isolate Somalia", "diplomatic and economic means.",
  ("Somalia", C, neg, "Kenya", "accusation of pressure and isolation = judgement"))
U(d, "He thanked former president Hassan Sheikh Mohamud", "who argued it.",
  ("Somalia", N, pos, "", "thanks to its own former leader and lawyers = self-praise (neutral, positive); the former president takes no position here"))
U(d, "Prime Minister Mohamed Hussein Roble on Wednesday welcomed the judgment", "the Somali people.",
  ("Somalia", S, pos, "International Court of Justice", "welcome of a decision = supporting"))
U(d, "“A great day for every Somali: our waters are ours,”", "wrote on Twitter.",
  ("Somalia", N, pos, "", "self-congratulation on social media, no position on another actor = neutral, positive"))
U(d, "Bilal Mohamed Osman, Somalia's minister of state for foreign affairs", "its people and its waters.",
  ("Somalia", C, neg, "Kenya", "wish for better relations + conditional threat: the threat decides (as batch5c); Mogadishu, Nairobi = metonyms"))
U(d, "Kenya's refusal to recognise the ruling leaves the judgment hanging", "the law of the sea.",
  ("Nuradin Farah Warsame", N, neu, "", "possessive before the speaker ('Kenya's refusal' is not Kenya speaking); an independent analyst's assessment, no judgement or appeal"))
U(d, "“Walking out of the court does not make the judgment go away.", "he said.",
  ("Nuradin Farah Warsame", T, neu, "", "two-sentence quote = one unit; appeal for a channel of talks between both capitals, no explicit judgement; target empty (both)"))
