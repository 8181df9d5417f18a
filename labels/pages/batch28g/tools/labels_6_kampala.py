# ------------------------------------------------------------------ Kampala: twin suicide bombings near the Central Police Station and Parliament (16 Nov 2021), 'world reacts' round-up of a regional news site, 2021-11-17
d = "page_kampala_bombings2021_worldreacts.txt"
# Not statements: masthead, menu, section line, headline, standfirst, byline, time stamps, "Image 1 of 4" captions, ADVERTISEMENT, the lead-in "Here is how governments ... responded:", Related, tags, share bar, newsletter prompt, most read, copyright.
# "KAMPALA - Two explosions minutes apart struck ..." = narration (dateline + scene), no row.
U(d, "Police spokesperson Fred Enanga said three suicide bombers", "taken to hospital.",
  ("Uganda", N, neu, "", "casualty figures given by an actor = neutral, neutral tone"))
U(d, "Enanga said the attacks bore the marks of a local cell", "in the east of the country.",
  ("Uganda", C, neg, "Allied Democratic Forces", "surname only; blame laid on an ADF-linked cell (holding responsible); own raid reported in the same sentence"))
U(d, "The Islamic State group, through its Amaq news outlet, said", "carried out the attacks.",
  ("Islamic State", N, neu, "", "claim of its own attack with no judgement = neutral; Amaq is an outlet, not the actor"))
U(d, "President Yoweri Museveni, in an address carried by the national broadcaster", "every member of the network.",
  ("Uganda", C, neg, "Allied Democratic Forces", "judgement + threat to root out the network (the ADF-linked cell named just before)"))
U(d, "He appealed to Ugandans to stay calm and watchful", "security checks at public places.",
  ("Uganda", T, neu, "", "'He' = Museveni; appeal for calm to the public = calling_for_talks (unsure: the vigilance part is security advice)"))
U(d, "Secretary-General António Guterres, in a statement released by his spokesman", "try those responsible.",
  ("United Nations", C, neg, "", "bullet without the state name in the sentence (given by the bullet label); condemnation; perpetrators unnamed -> target empty"))
U(d, "\"The whole of Africa grieves with Uganda today,\" wrote Commission Chairperson", "to the Ugandan people.",
  ("African Union", C, neg, "", "quote before the speaker; grief + denunciation + solidarity: judgement decides (rule 1)"))
U(d, "President Uhuru Kenyatta said Kenyans stood shoulder to shoulder", "State House said.",
  ("Kenya", S, pos, "Uganda", "solidarity + own border measure; attribution tail"))
U(d, "Condolences from President Samia Suluhu Hassan", "quick recovery to the injured.",
  ("Tanzania", S, neg, "Uganda", "bullet with no verb: condolences = supporting, grief tone"))
U(d, "The Ministry of Foreign Affairs said the attacks were a reminder", "with the Ugandan authorities.",
  ("Rwanda", S, pos, "Uganda", "ministry given by the bullet's state; general remark on terrorism + pledge of cooperation = supporting"))
U(d, "President Félix Tshisekedi offered condolences and said his government was ready", "east of his country.",
  ("Democratic Republic of the Congo", S, pos, "Uganda", "condolences + offer of joint action = backing"))
U(d, "The US Embassy in Kampala condemned the attacks", "keep standing with Ugandans.",
  ("United States", C, neg, "", "condemnation + condolences + support: judgement decides (rule 1); target empty"))
U(d, "The embassy also advised US citizens to stay away from large gatherings", "until further notice.",
  ("United States", N, neu, "", "security advice to own citizens = procedural"))
U(d, "Minister for Africa Vicky Ford said she was appalled", "daily lives.",
  ("United Kingdom", C, neg, "", "'senseless attacks' = judgement; target empty"))
U(d, "A spokesperson for the bloc's foreign policy chief, Josep Borrell, said the EU stood by Uganda", "to justice.",
  ("European Union", S, pos, "Uganda", "'the bloc' = the EU; solidarity + support for Uganda's efforts"))
U(d, "Full solidarity with Uganda, according to the foreign ministry", "as cowardly.",
  ("France", C, neg, "", "bullet with no main verb; solidarity + 'cowardly' judgement: judgement decides (rule 1)"))
U(d, "Secretary General Peter Mathuki called on partner states to pool intelligence", "cross-border militant networks.",
  ("East African Community", N, neu, "", "appeal for security cooperation: neither a peace appeal nor aid to a named party = neutral (unsure: could be supporting)"))
U(d, "The foreign ministry expressed Egypt's condemnation", "families of the victims.",
  ("Egypt", C, neg, "", "condemnation + sympathy (rule 1)"))
U(d, "The government said it shared Uganda's grief and condemned", "innocent people.",
  ("Burundi", C, neg, "", "grief + condemnation (rule 1)"))
U(d, "Solidarity message from President Salva Kiir", "Ugandan security services.",
  ("South Sudan", S, pos, "Uganda", "bullet opening without a verb; solidarity + offer of information = supporting"))
U(d, "Strong condemnation from the foreign ministry, which restated", "attacks on civilians.",
  ("Qatar", C, neg, "", "bullet with no main verb; condemnation"))
# "Somalia: No statement from Mogadishu by Wednesday afternoon." = non-answer, no row.
U(d, "At home, opposition leader Robert Kyagulanyi", "round up its critics.",
  ("National Unity Platform", C, neg, "", "party leader speaks for the party; condemnation of the bombings + warning to the government (two targets) -> empty"))
U(d, "Security analyst Dr. Moses Okello-Ayita", "rather than at crowds.",
  ("Moses Okello-Ayita", N, neu, "", "invented analyst; assessment, no judgement"))
U(d, "\"These are attacks designed for the cameras,\" Okello-Ayita said", "take the fight across the border.",
  ("Moses Okello-Ayita", N, neu, "", "analysis and forecast, no appeal"))
U(d, "Brenda Nakato, who was riding a motorcycle taxi", "moments before the blast.",
  ("Brenda Nakato", N, neg, "", "invented witness; account of what she saw"))
U(d, "\"I hope this ends here and that our leaders do not let it drag", "from her hospital bed.",
  ("Brenda Nakato", T, pos, "", "hope that no new war follows = calling_for_talks"))
# "Kampala's streets were largely empty on Wednesday ..." = scene narration, no row.
