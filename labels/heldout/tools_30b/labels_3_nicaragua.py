# ------------------------------------------------------------------ Nicaragua breaks with Taiwan for Beijing (Taiwanese English-language news site, 2021-12-10)
d = "page_nicaragua_taiwan_taipeisite.txt"
U(d, "Taiwan on Friday broke off diplomatic relations with Nicaragua", "leaving Taipei with 14 formal allies.",
  ("Taiwan", C, neg, "Nicaragua", "dateline excluded; breaking ties and recalling staff in response = a measure against the other side (like expelling diplomats); Managua = place"),
  ("Nicaragua", S, neu, "China", "second position in the lead: recognising only the People's Republic = backing Beijing's claim; two actors = two rows"))
# No row: "The break came on the first day of a US-hosted Summit for Democracy ..." (background narration).
U(d, "Nicaraguan Foreign Minister Denis Moncada, reading a brief statement", "which takes in Taiwan.",
  ("Nicaragua", S, neu, "China", "foreign minister = Nicaragua; one-China recognition = supporting China; Managua = place"))
U(d, "From that day on, he said, Nicaragua would deal with Taipei", "whatsoever.",
  ("Nicaragua", N, neu, "", "ending official dealings with no protest or judgement stated = neutral (unsure: could be read as a measure against Taiwan); Taipei = metonym"))
# No row: "The announcement landed in Taipei shortly after 5 a.m. on Friday." (narration; Taipei = place)
U(d, "In a statement issued a few hours later, the Ministry of Foreign Affairs (MOFA) said", "the peoples of the two countries.",
  ("Taiwan", C, neg, "Nicaragua", "MOFA = Taiwan; regret + 'thrown away years of friendship' = judgement"))
U(d, "The ministry said it was closing the embassy and the technical mission", "walked away from it.",
  ("Taiwan", C, neg, "Nicaragua", "'the ministry' = MOFA by context; measures in response + 'walked away' (rule 1)"))
U(d, "It also condemned Beijing for luring a long-standing partner away", "on the international stage.",
  ("Taiwan", C, neg, "China", "pronoun 'It' = the ministry; Beijing = metonym for China"))
U(d, "\"Taiwan will not bow to this kind of pressure,\" the statement said.", "\"Taiwan will not bow to this kind of pressure,\" the statement said.",
  ("Taiwan", N, neg, "", "quote closed by 'the statement said'; defiance about own conduct, the pressure's author is only implied (unsure: could be condemning China)"))
U(d, "\"We will keep working with like-minded partners", "our place in the world.\"",
  ("Taiwan", N, pos, "", "quote continued after the attribution = own unit, same speaker; own resolve"))
U(d, "Speaking at the Legislative Yuan, Premier Su Tseng-chang accused China", "drew closer to Taipei.",
  ("Taiwan", C, neg, "China", "premier = Taiwan; accusation of China; the Legislative Yuan = place, Taipei = metonym"))
U(d, "President Tsai Ing-wen said on Facebook that losing an ally", "the road Taiwan had chosen.",
  ("Taiwan", N, neu, "", "leader on social media; own course, no evaluation"))
U(d, "\"The harder they push, the more firmly we will stand", "she wrote.",
  ("Taiwan", N, pos, "", "quote opened in the next paragraph, closed by 'she wrote' = Tsai; 'they' (China) only implied; resolve + solidarity with unnamed friends"))
U(d, "The Mainland Affairs Council, Taipei's top body for China policy, said", "against the Chinese Communist Party.",
  ("Taiwan", C, neg, "China", "MAC = Taiwan (name files); Beijing 'pried away' allies = judgement; the CCP = China"))
U(d, "The main opposition Kuomintang (KMT) said the loss exposed", "hiding behind press releases.",
  ("Kuomintang", C, neg, "Taiwan", "opposition party under its own name judging its own government (Taiwan) and the ministry"))
U(d, "Foreign Minister Joseph Wu did not appear in public on Friday", "returned to Taipei.",
  ("Taiwan", N, neu, "", "Wu's absence is narration; 'a ministry official' = an unnamed official of a named body = Taiwan; a plan"))
U(d, "Hours after Moncada's announcement, officials of the two governments signed a joint communique", "for Nicaragua.",
  ("China", S, pos, "Nicaragua", "signing the communique restoring relations = an agreement, a positive act toward the other; Ma Zhaoxu = China"),
  ("Nicaragua", S, pos, "China", "same act for the other signatory; the president's son signing as investment adviser = Nicaragua"))
U(d, "China's foreign ministry praised Managua's decision", "on the right side of history.",
  ("China", S, pos, "Nicaragua", "Managua = metonym for Nicaragua; praise"))
U(d, "Foreign Minister Wang Yi, after a video call with Moncada, told Chinese media", "arm-twisting by Washington.",
  ("China", C, neg, "", "judgement of Taipei's 'chequebook diplomacy' and of Washington's arm-twisting: two targets -> empty; Moncada only as an object"))
U(d, "In Managua, Vice President Rosario Murillo, who is also the government's spokeswoman", "anti-imperialist tradition.",
  ("Nicaragua", N, pos, "", "'In Managua' = place; self-praise of own decision, no one named = neutral, positive"))
U(d, "The US State Department said a government that had not won a free election", "for Nicaraguans on the matter.",
  ("United States", C, neg, "Nicaragua", "judgement of the Ortega government's legitimacy"))
U(d, "Spokesman Ned Price said ordinary Nicaraguans were the losers", "their schools and their economy.",
  ("United States", C, neg, "Nicaragua", "role then name; the government's move cost Nicaraguans a friend = judgement of the Ortega government (unsure: softer than an explicit condemnation)"))
U(d, "He said countries that cared about free institutions should be doing more with Taiwan", "not less.",
  ("United States", S, pos, "Taiwan", "pronoun subject = Price; urging others to do more with Taiwan = backing Taiwan, not an appeal for talks"))
U(d, "The switch came on the same day that Washington sanctioned", "enriched members of the government.",
  ("United States", C, neg, "Nicaragua", "Washington = metonym; sanctions on an Ortega adviser = a measure against the government (a specific act reported as done)"))
U(d, "The embassy in Managua said in a message to Nicaraguans", "the decision of their government.",
  ("Taiwan", S, pos, "", "Taiwan's embassy = Taiwan; gratitude to the Nicaraguan people, not the government (not a canonical actor -> target empty)"))
U(d, "The International Cooperation and Development Fund, the ministry's aid arm, said", "within weeks.",
  ("Taiwan", N, neu, "", "state aid agency = Taiwan; winding up projects = own procedure"))
# No rows: the list of the eight lost allies (narration); the unnamed political scientist and her two-sentence quote (not an actor).
U(d, "A Taiwanese diplomat, speaking on condition of anonymity, said", "the break so soon.",
  ("Taiwan", N, neu, "", "unnamed official of a named government = Taiwan (guide); own assessment, no evaluation"))
# No rows: "Related:" links, credits, tags, newsletter prompt, most read, copyright.
