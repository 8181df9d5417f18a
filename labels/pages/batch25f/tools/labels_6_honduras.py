# ------------------------------------------------------------------ Honduras gives notice to end its extradition treaty with the US (regional daily, scraped, 2024-08-30)
d = "page_honduras_extradition_treaty2024_regionaldaily.txt"
# Not statements: masthead, city bar, date/weather, menu, breadcrumb, headline, subheading, byline, time stamps, share bar,
# [Photo n/4] captions with credits, ADVERTISEMENT, crossheads (incl. the quoted crosshead 'No right to lecture'), Related,
# tags, newsletter, most read, reader comments, copyright.
U(d, "Honduras has given notice that it will end its extradition treaty with the United States", "its armed forces.",
  ("Honduras", C, neg, "United States", "dateline 'TEGUCIGALPA — ' excluded; lede: a measure (treaty denounced) + accusation of meddling"))
U(d, "Castro wrote on X on Wednesday night that she had instructed Foreign Minister Enrique Reina", "Honduran armed forces.",
  ("Honduras", C, neg, "United States", "the president orders the measure, with a warning to 'any foreign mission' after the lede named the embassy"))
U(d, "The decision came hours after U.S. Ambassador Laura Dogu told reporters she had been surprised", "charged with drug trafficking.",
  ("United States", C, neg, "Honduras", "long sentence: narration carrying the ambassador's position; criticism of Honduran officials' company (unsure: target could be Venezuela, whose minister she calls a trafficker); the indictment clause is the outlet's"))
U(d, "Dogu said the trip sat uneasily with the anti-drug work", "doing together.",
  ("United States", C, neg, "Honduras", "judgement without stock words"))
# "Zelaya and Hernández attended the World Military Cadet Games ..." = narration, no row.
U(d, "Reina said on X that the ambassador had no right to lecture Honduran officers", "cadets' sports event.",
  ("Honduras", C, neg, "United States", "foreign minister's judgement of the ambassador"))
U(d, "Reina said the United States had been informed of the decision through diplomatic channels.", "through diplomatic channels.",
  ("Honduras", N, neu, "", "reported clause 'X said Y had been informed': only Honduras speaks; procedure"))
U(d, "In a television interview on Thursday, the foreign minister said intelligence services had detected", "meant to encourage it.",
  ("Honduras", C, neg, "United States", "'the foreign minister' (role only, after the surname); insinuates US encouragement of a split in the army"))
U(d, "He said the government still wanted an open conversation at the highest level with Washington", "the whole relationship.",
  ("Honduras", T, neu, "United States", "pronoun; offer of high-level talks"))
U(d, "Defence Minister Zelaya, the president's nephew, said the embassy should look at the demand for cocaine", "pointing at Honduran officers.",
  ("Honduras", C, neg, "United States", "judgement of the embassy (hypocrisy charge without the word)"))
U(d, "Gen. Hernández told reporters the trip to the cadets' games had been an official assignment", "nothing to hide.",
  ("Honduras", N, neg, "", "army chief speaks for Honduras (army -> state); denial of wrongdoing = neutral"))
U(d, "Security Secretary Gustavo Sánchez said the police had handed dozens of suspects", "through other channels.",
  ("Honduras", N, neu, "", "figures and plan"))
# "The treaty, signed in 1909, ..." and "Among them was former president Juan Orlando Hernández ..." = background narration, no row.
U(d, "In Washington, a State Department spokesperson said the United States regretted the announcement", "work against traffickers.",
  ("United States", C, neg, "Honduras", "'regretted' aimed at the act = judgement (guide), joined to an appeal to reconsider: rule 1 (unsure: could be calling_for_talks)"))
U(d, "The spokesperson said U.S. law enforcement agencies would keep working", "in the meantime.",
  ("United States", N, neu, "", "'the spokesperson' only; plan of continued cooperation"))
# "The U.S. Embassy in Tegucigalpa did not respond to requests for comment on Friday." = non-answer, no row.
U(d, "Venezuelan Foreign Minister Yván Gil said on Telegram that Venezuela stood with Honduras", "colonial governor.",
  ("Venezuela", C, neg, "United States", "solidarity with Honduras joined to a judgement of the US envoy: rule 1"))
U(d, "In a message carried by the state broadcaster VTV, Padrino López thanked the Honduran delegation", "taking part in the games.",
  ("Venezuela", S, pos, "Honduras", "'in a message carried by the state broadcaster'; thanks = approval"))
U(d, "The opposition National Party said ending the treaty would turn Honduras into a refuge", "shielding people close to it.",
  ("National Party of Honduras", C, neg, "Honduras", "judgement + accusation of the government"))
U(d, "Liberal Party lawmaker Octavio Pineda said the armed forces chief owed Hondurans an explanation", "a speech about sovereignty.",
  ("Liberal Party of Honduras", C, neg, "Honduras", "lawmaker speaks for his party; judgement of the army chief"))
U(d, "The National and Liberal caucuses said in a joint statement", "block the notice.",
  ("National Party of Honduras", C, neg, "Honduras", "joint statement by a list of two parties: one row each; move to block the government's act in protest"),
  ("Liberal Party of Honduras", C, neg, "Honduras", "same sentence"))
U(d, "Lawmakers of the governing Liberty and Refoundation party (Libre) rallied behind the president's decision", "recovering its dignity.",
  ("Liberty and Refoundation", S, pos, "Honduras", "backing of the government's decision"))
U(d, "The Honduran Private Enterprise Council (COHEP) said it was worried", "largest partner.",
  ("Honduran Private Enterprise Council", N, neg, "", "concern without an appeal = neutral (new actor, organisation)"))
U(d, "It called on both governments to settle their differences through dialogue.", "through dialogue.",
  ("Honduran Private Enterprise Council", T, neu, "", "'It' = COHEP; the appeal in the next sentence = calling_for_talks"))
U(d, "\"The treaty is the one tool that put a former president in a New York courtroom", "in Tegucigalpa.",
  ("Marcela Rosales", C, neg, "Honduras", "invented researcher, quote before the name; imputes a motive to the government"))
U(d, "Rosales said a notice of termination takes six months to take effect", "in November.",
  ("Marcela Rosales", N, neu, "", "procedure and forecast"))
U(d, "Héctor Lagos, who teaches constitutional law at the Honduran Institute of Public Law", "trade insults in public.",
  ("Héctor Lagos", T, neu, "", "invented scholar; appeal to both to negotiate"))
