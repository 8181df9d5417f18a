# ------------------------------------------------------------------ Hong Kong national security law, first day in force (full HTML, Singapore-style daily, 2020-07-01)
d = "page_hongkong_nsl_webpage.html"
U(d, "Hong Kong marked 23 years of Chinese rule on Wednesday", "the city's affairs.",
  ("United Kingdom", S, pos, "", "lead with two actors: the route to citizenship for Hong Kong residents = an offer of refuge (supporting); target empty (residents, not an actor) (unsure: could be read as a measure against China)"),
  ("China", C, neg, "", "'told foreign governments to keep out' = a rebuff of several governments; target empty; the arrests are narration"))
U(d, "Chief Executive Carrie Lam, speaking at a reception", "a year of chaos.",
  ("Hong Kong government", S, pos, "China", "praise of Beijing's law and of Beijing's timing = supporting China"))
U(d, "She insisted that only a handful of people", "the freedoms they enjoy.",
  ("Hong Kong government", N, pos, "", "reassurance about the government's own conduct = neutral, positive tone"))
U(d, "The police force said it had arrested about 370 people", "called for independence.",
  ("Hong Kong government", N, neu, "", "the Hong Kong police resolve to the Hong Kong government (Chris Tang is its alias); arrest figures"))
U(d, "Zhang Xiaoming, deputy director of the State Council's", "would pay dearly.",
  ("China", C, neg, "", "threat; target empty ('criminals', not an actor); Beijing = place"))
U(d, "He brushed off suggestions that it spelled the end", "more secure.",
  ("China", N, neg, "", "denial = neutral, negative"))
U(d, "At the foreign ministry, spokesman Zhao Lijian said", "to meddle in it.",
  ("China", C, neg, "", "'the foreign ministry' resolved by context; rebuff of foreign governments, several, target empty"))
U(d, "Britain's offer to holders of British National (Overseas) passports", "\"corresponding measures\".",
  ("China", C, neg, "United Kingdom", "possessive before the speaker: Britain is judged, not speaking; 'the Chinese embassy in London' = China; accusation + threat"))
U(d, "In London, Foreign Secretary Dominic Raab told the House of Commons", "1984 Joint Declaration.",
  ("United Kingdom", C, neg, "China", "accusation of broken promises; London = place, Beijing = metonym"))
U(d, "He said the roughly 350,000 BNO passport holders", "become citizens.",
  ("United Kingdom", S, pos, "", "the offer of residence and citizenship spelled out = offering assistance (unsure: could be neutral, a plan with figures)"))
U(d, "\"We will not look the other way,\" Raab told MPs.", "\"We will not look the other way,\" Raab told MPs.",
  ("United Kingdom", C, neg, "China", "surname only after introduction; resolve to respond (a veiled threatened response); unsure, could be neutral"))
U(d, "\"The people of Hong Kong were given guarantees", "Beijing will not.\"",
  ("United Kingdom", C, neg, "China", "quotation continued after its attribution: accusation that Beijing will not keep its word"))
U(d, "US Secretary of State Mike Pompeo said the Chinese Communist Party", "under US law.",
  ("United States", C, neg, "China", "the Chinese Communist Party = China; accusation + measures"))
U(d, "The House of Representatives on Wednesday unanimously passed a bill", "Hong Kong's autonomy.",
  ("United States", C, neg, "China", "sanctions bill passed = a measure against another side; a legislature speaks for its state"))
U(d, "European Council President Charles Michel said the EU deplored", "the rule of law.",
  ("European Union", C, neg, "China", "'deplored' = judgement"))
U(d, "In Tokyo, Chief Cabinet Secretary Yoshihide Suga said on Tuesday", "other countries.",
  ("Japan", C, neg, "China", "'regretted Beijing's move' = judgement (regret aimed at an act, as 'regrettable'); Tokyo = place"))
U(d, "Australian Foreign Minister Marise Payne said Canberra was deeply troubled", "live in the city.",
  ("Australia", N, neg, "", "concern without an appeal = neutral, negative; Canberra = metonym"))
U(d, "A spokesman for UN human rights chief Michelle Bachelet", "peaceful critics.",
  ("United Nations", N, neg, "", "worry without an appeal or a judgement of an actor = neutral, negative"))
U(d, "At the UN Human Rights Council in Geneva on Tuesday, Cuba", "China's business alone.",
  ("Cuba", S, pos, "China", "joint statement read for 53 countries: only Cuba is named, one row"))
U(d, "Britain, speaking for 27 countries including Japan", "about the legislation.",
  ("United Kingdom", T, neg, "", "joint statement; asking for a rethink with no judgement word = calling_for_talks; two addressees (Beijing and the Hong Kong government) -> target empty"),
  ("Japan", T, neg, "", "named co-signatory of the joint statement (Oxford-comma list)"),
  ("Australia", T, neg, "", "named co-signatory"),
  ("Canada", T, neg, "", "named co-signatory"))
U(d, "In Taipei, the Mainland Affairs Council opened an office", "stood with them.",
  ("Taiwan", S, pos, "", "backing by act (an office to help Hong Kong people) + solidarity; target empty (the people, not an actor); Taipei = place"))
U(d, "President Tsai Ing-wen said she was deeply disappointed", "promise to Hong Kong.",
  ("Taiwan", C, neg, "China", "accusation of a broken promise (disappointment aimed at an actor's act)"))
U(d, "In the city itself, Demosisto, the pro-democracy group", "leading members quit.",
  ("Demosisto", N, neg, "", "the group's own dissolution announced, no judgement stated"))
U(d, "The Civil Human Rights Front, which organised last year's mass marches", "into silence.",
  ("Civil Human Rights Front", C, neg, "Hong Kong government", "judgement of the police ban's purpose; the police = Hong Kong government"))
