# ------------------------------------------------------------------ The ICJ's advisory opinion on states' climate obligations and the reactions (international wire copy, 2025-07-23/24)
d = "page_icj_climate_opinion_wire.txt"
U(d, "The International Court of Justice ruled on Wednesday that countries have binding obligations", "may seek reparation.",
  ("International Court of Justice", N, neu, "", "dateline excluded; the court's finding stated as law, no actor judged, no appeal = neutral"))
# No row: "The 15 judges were unanimous in the advisory opinion ..." (narration of the vote and of the request's history)
U(d, "Reading the opinion for more than two hours in the Great Hall of Justice", "only part of the answer.",
  ("International Court of Justice", N, neg, "", "the court's president reading the opinion = the court; alarm without an appeal"))
U(d, "The court said keeping warming to 1.5 degrees Celsius", "each country could manage.",
  ("International Court of Justice", N, neu, "", "legal finding on the treaty goal, no judgement of an actor"))
U(d, "It said states' obligations did not stop at the climate treaties", "or have left it.",
  ("International Court of Justice", N, neu, "", "pronoun 'It' = the court; finding; the United States is implied by 'have left it' but not named"))
U(d, "A government that fails to act can be in breach", "the court said.",
  ("International Court of Justice", C, neg, "", "attribution tail; calling support for fossil fuels by a government that fails to act a possible breach = a negative judgement on an action, no actor named -> target empty (unsure: could be a neutral statement of law)"))
U(d, "Injured states could be entitled to full reparation", "it said.",
  ("International Court of Justice", N, neu, "", "legal consequence stated; procedure"))
U(d, "Vanuatu's climate change minister, Ralph Regenvanu, who led his country's case, said", "for three decades.",
  ("Vanuatu", S, pos, "International Court of Justice", "approval of the court's opinion"))
U(d, "\"We came to The Hague asking whether the law protects people like ours.", "outside the Peace Palace.",
  ("Vanuatu", S, pos, "International Court of Justice", "multi-sentence quote closed by its speaker (surname only); The Hague = place"))
U(d, "He said Vanuatu would bring a resolution to the General Assembly", "in November.",
  ("Vanuatu", N, neu, "", "own plans at the UN and at COP30 (unsure: 'hold major emitters to it' could be read as pressure)"))
U(d, "Prime Minister Jotham Napat, in a statement issued in Port Vila, thanked the judges", "generations not yet born.",
  ("Vanuatu", S, pos, "", "thanks to the judges and to the student campaigners: two targets -> empty; Port Vila = place"))
U(d, "Margaretha Wewerinke-Singh, a lawyer on Vanuatu's legal team, said", "stayed in the Paris Agreement.",
  ("Vanuatu", N, neu, "", "counsel speaking on the case she argued for Vanuatu = Vanuatu (unsure: could be an independent person); legal reading, the United States only as an example"))
U(d, "Vishal Prasad, campaign director of Pacific Islands Students Fighting Climate Change", "were over.",
  ("Pacific Islands Students Fighting Climate Change", C, neg, "", "campaign group under its own name (its director speaks for it); judgement of 'big polluters' (not canonical) -> target empty"))
U(d, "Cynthia Houniuhi, the group's president, said she had been in tears", "also bound states.",
  ("Pacific Islands Students Fighting Climate Change", S, pos, "International Court of Justice", "'the group' = PISFCC by context; emotion at the finding = approval (unsure: could be neutral)"))
U(d, "Tuvalu, Fiji and the Marshall Islands issued statements", "welcoming the opinion.",
  ("Tuvalu", S, pos, "International Court of Justice", "a list of three states = one row each"),
  ("Fiji", S, pos, "International Court of Justice", "same"),
  ("Marshall Islands", S, pos, "International Court of Justice", "same"))
U(d, "U.N. Secretary-General Antonio Guterres welcomed the opinion in a message", "climate action as optional.",
  ("United Nations", S, pos, "International Court of Justice", "welcome; the appeal inside is for climate action, not for talks (supporting)"))
U(d, "He urged governments to come to the COP30 talks", "the court's reading of the law.",
  ("United Nations", T, pos, "", "pronoun subject = Guterres; appeal to bring plans to the negotiations = a diplomatic course"))
U(d, "The Alliance of Small Island States, the negotiating bloc currently chaired by Palau", "rather than for their rights.",
  ("Alliance of Small Island States", S, pos, "International Court of Justice", "the bloc under its own name (chaired by Palau, which gets no row); approval of the opinion"))
U(d, "Asked about the opinion, White House spokeswoman Taylor Rogers said", "affordable American energy.",
  ("United States", N, neu, "", "White House = United States; a dismissal by changing the subject, no judgement of the court and no appeal = neutral"))
U(d, "The United States, which under President Donald Trump has begun withdrawing", "obligations on emissions.",
  ("United States", N, neu, "", "the US legal position argued at the December hearings, a specific act reported; the relative clause on the Paris withdrawal is narration"))
U(d, "China's foreign ministry spokesman Guo Jiakun said on Thursday", "at the centre of global efforts.",
  ("China", T, neu, "", "Guo Jiakun = China (name files); Beijing = metonym; hope that the UN negotiations stay central = calling_for_talks"))
U(d, "Britain's Foreign Office said it would study the opinion carefully", "a priority for the government.",
  ("United Kingdom", N, neu, "", "Foreign Office = United Kingdom; no evaluation"))
U(d, "The European Commission said the court had confirmed the legal footing", "examine the opinion in detail.",
  ("European Union", S, pos, "International Court of Justice", "Commission = EU; approval of the court's findings (unsure: mild, could be neutral)"))
U(d, "Amnesty International said governments that kept expanding oil, gas and coal production", "wrong side of international law.",
  ("Amnesty International", C, neg, "", "judgement of unnamed expanding producers -> target empty"))
# No rows: Saudi Arabia's non-response; "lawyers say" (unnamed); the unnamed London researcher's quote; separate opinions
# (narration); the last paragraph (background on national plans and temperatures); credits, Trust Principles, topics,
# newsletter prompt, most read, copyright.
