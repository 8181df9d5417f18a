# ---------------------------------------------------------------- 6. Burundi: Sandra Muhoza sentenced (national/regional daily, scraped text)
d = "page_burundi_muhoza_verdict2024_dailyscrape.txt"
BI = "Burundi"
SM = "Sandra Muhoza"
U(d, "A court in Bujumbura on Monday sentenced Sandra Muhoza,", "a private WhatsApp group for journalists.",
  (BI, C, neg, SM, "prison sentence by a Burundian court = measure of the state against her (Sandra Muhoza = new person actor); Bujumbura = place; La Nova Burundi named as her employer only"))
U(d, "The High Court of Mukaza gave her 18 months", "the prosecution had demanded.",
  (BI, C, neg, SM, "the court's sentence on each charge = the same measure detailed (the court resolves to the state)"))
U(d, "At a hearing last month, the prosecution asked the judges for ten years", "at a sensitive time.",
  (BI, C, neg, SM, "prosecution's request and its accusation that her message could turn communities against each other"))
U(d, "Muhoza was arrested on April 13 in the northern province of Ngozi", "in the capital.",
  (BI, C, neg, SM, "arrest and detention by intelligence officers = measure (unsure: passive background narration, could get no row); Ngozi and the capital = places"))
# "The case concerns a message in which she relayed reports, already circulating among reporters, that weapons were being handed out to members of the Imbonerakure ..." -> background on the case, no row (not a position taken now)
U(d, "The government has always denied arming the league,", "killings of opposition supporters.",
  (BI, N, neg, "", "the government's standing denial = neutral, negative (unsure: habitual background, could be read as narration)"),
  ("United Nations", C, neg, "CNDD-FDD", "UN investigators' accusations of abuses by the Imbonerakure, the youth league of the CNDD-FDD (the league is not in the name files; resolved to its party, unsure; the accusations are background 'for years', kept as specific reports by a named body)"))
U(d, "Her lawyer, Prosper Niyoyankana, said the defence would lodge an appeal", "within the legal deadline.",
  (SM, N, neu, "", "a lawyer speaking for his client = Sandra Muhoza; plan to appeal"))
U(d, "\"Sandra passed on, in a closed group of colleagues, a piece of news", "Niyoyankana said outside the court.",
  (SM, C, neg, BI, "multi-sentence quote closed by the lawyer (surname only); 'the judges knew it when they wrote this judgment' = accusation of the court's bad faith"))
U(d, "La Nova Burundi said its whole newsroom stood behind its reporter", "north of the country.",
  ("La Nova Burundi", S, pos, SM, "the outlet speaking about its own reporter (new actor, kind media: an employer taking a position, not an agency reporting a fact); solidarity = supporting"))
U(d, "The government spokesman, Jérôme Niyonzima, said Burundi's courts ruled freely", "nothing to do with Muhoza's profession.",
  (BI, N, neg, "", "government spokesman = Burundi; denial of a press-freedom motive = neutral, negative"))
U(d, "\"Spreading claims that can set Burundians against one another is a crime in every country,", "told the Herald by telephone.",
  (BI, C, neg, SM, "surname only; calls what she did a crime 'whether you carry a press card or not' = judgement of Muhoza"))
U(d, "A spokesperson for the Prosecutor General's office, Agnès Bagiricenge, said", "appeal against the sentence.",
  (BI, N, neu, "", "prosecution spokesperson = Burundi; procedure"))
U(d, "A senior official of the CNDD-FDD, who asked not to be named, said the party had never given a weapon", "before next year's elections.",
  ("CNDD-FDD", C, neg, "", "unnamed official of a named party speaks for it; denial joined to an accusation of 'enemies of Burundi living abroad' (unnamed) = condemning (rule 1); target empty"))
U(d, "Reporters Without Borders said the outcome had been settled long before the judges sat down,", "listening to her sources.",
  ("Reporters Without Borders", C, neg, BI, "pre-judged verdict, punishing journalism = judgement of the Burundian authorities"))
U(d, "The Paris-based group demanded her release", "until she was freed.",
  ("Reporters Without Borders", T, neg, BI, "'The Paris-based group' = RSF; demand for release and continued advocacy, no judgement word in this sentence = calling_for_talks, negative (labels/README: a demand addressed to one side)"))
U(d, "The Committee to Protect Journalists said Burundi had once again turned a conversation among reporters", "overturn the conviction.",
  ("Committee to Protect Journalists", C, neg, BI, "'once again turned a conversation ... into a national security case' = judgement, with an appeal (rule 1)"))
U(d, "In a joint statement, the International Federation of Journalists and its Burundian affiliate,", "set Muhoza free.",
  ("International Federation of Journalists", C, neg, BI, "joint statement: one row per body; 'a step backwards' = judgement + request for a pardon addressed to the President"),
  ("Burundian Union of Journalists", C, neg, BI, "joint statement: one row per body (new actor); 'a step backwards' = judgement + request for a pardon"))
U(d, "The United Nations Special Rapporteur on the situation of human rights in Burundi, Fortuné Gaétan Zongo,", "doing their work.",
  ("United Nations", T, neg, BI, "UN special rapporteur = United Nations (project convention for UN experts); 'troubled' + urges the authorities to stop prosecuting journalists, no judgement word = calling_for_talks, negative"))
U(d, "Aline Irakoze, a researcher on the media in East Africa based in Nairobi, said", "legislative and communal elections.",
  ("Aline Irakoze", N, neu, "", "invented analyst (new actor); reading of the court's motives, no verdict of her own; Nairobi = place"))
U(d, "\"Twenty-one months for a message among colleagues is still a warning", "she said.",
  ("Aline Irakoze", N, neg, "", "'she' = Irakoze; describes the chilling effect (unsure: could be read as condemning Burundi)"))
# "The verdict comes as Burundi prepares for legislative and communal elections in June 2025." -> narration, no row
