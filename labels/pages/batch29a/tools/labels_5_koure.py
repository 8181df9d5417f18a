# ------------------------------------------------------------------ Kouré: killing of six French aid workers and two Nigeriens in the giraffe reserve, 9 August 2020 ('world reacts' round-up, 2020-08-11)
d = "page_niger_koure_aidworkers2020_roundup.txt"
# Not statements: menu, section label, headline, update line, photo line, section heads (NIGER, FRANCE ...), WHAT WE KNOW background, Read more, sign-up, copyright.
# Intro "Six French aid workers ... Their vehicle was set on fire. No group has claimed the attack." = narration in the outlet's voice.
U(d, "- President Mahamadou Issoufou spoke by telephone with Emmanuel Macron and promised", "according to a statement from the Nigerien presidency.",
  ("Niger", C, neg, "", "promise to find and punish the killers = threatened response; the call itself is narration; France takes no position here"))
U(d, "- An inquiry opened and the giraffe zone closed to visitors", "per government spokesman Abdourahamane Zakaria.",
  ("Niger", N, neu, "", "bullet with no main verb, attribution tail 'per ...'; measures = procedure"))
U(d, "- The Interior Ministry, in a communiqué read on state television", "who will answer for it.",
  ("Niger", C, neg, "", "verbless bullet: 'vile act' + 'will answer for it' = judgement and warning"))
U(d, "- President Emmanuel Macron vowed that France would leave no stone unturned", "come to Niger to serve others.",
  ("France", C, neg, "", "'what he called a senseless ambush' = judgement; pursuit of the perpetrators; praise of the victims"))
U(d, "He was due to chair a defence council on the attack", "on Tuesday.",
  ("France", N, neu, "", "plan/procedure"))
U(d, "- Prime Minister Jean Castex, in a message to the families", "serve the most vulnerable.",
  ("France", S, neg, "", "verbless condolence bullet; 'the nation' in a French section = France; sympathy for the bereaved = supporting, grief tone; own citizens -> target empty"))
U(d, "- The foreign ministry now advises against all travel to Niger outside Niamey", "its travel page showed on Monday.",
  ("France", N, neg, "", "title only ('the foreign ministry') under FRANCE; travel advice = own measure, no judgement of Niger"))
U(d, "- France's national anti-terrorism prosecutor's office has opened", "into the killings.",
  ("France", N, neu, "", "judicial procedure"))
U(d, "- ACTED, the Paris-based humanitarian group that employed most of the victims", "its security arrangements.",
  ("ACTED", N, neg, "", "mourning + suspension of its own movements = neutral (grief tone); new organisation"))
U(d, "- IMPACT Initiatives, its sister organisation, which lost one colleague, thanked", "recovering the bodies.",
  ("IMPACT Initiatives", S, pos, "Niger", "gratitude to the Nigerien authorities = approval (supporting)"))
U(d, "- Médecins Sans Frontières, which runs projects in the Tillabéri and Maradi regions", "no plans to leave the country.",
  ("Médecins Sans Frontières", N, neu, "", "own plans, no judgement"))
U(d, "- Secretary-General António Guterres: condolences to the families of the victims", "through his spokesperson.",
  ("United Nations", S, neg, "", "verbless bullet: condolences = sympathy (supporting); two governments -> target empty"))
U(d, "- The UN humanitarian office in Niamey described the killings as an assault", "paused for 48 hours.",
  ("United Nations", C, neg, "", "'an assault on everyone who brings relief' = judgement without a stock word; pause of convoys = own measure"))
U(d, "- Josep Borrell, the EU's foreign policy chief, said the bloc would keep standing with Niger", "everyone who works for development.",
  ("European Union", C, neg, "", "support for Niger joined to a judgement ('enemies of everyone who works for development'); rule 1"))
U(d, "- ECOWAS Commission: an attack showing that the terrorist groups will stop at nothing", "with Niger and France.",
  ("ECOWAS", C, neg, "", "verbless bullet: judgement of the groups + solidarity; rule 1"))
U(d, "- Moussa Faki Mahamat, chairperson of the African Union Commission, reaffirmed", "secure its territory.",
  ("African Union", S, pos, "Niger", "support for Niger's efforts"))
U(d, "- The G5 Sahel's executive secretary, Maman Sambo Sidikou, offered", "to both governments.",
  ("G5 Sahel", S, neg, "", "condolences to two governments -> target empty"))
U(d, "- Chad: a message of sympathy from President Idriss Déby Itno", "according to Chadian state media.",
  ("Chad", S, neg, "Niger", "verbless bullet; sympathy message = solidarity; state media only carries it"))
U(d, "- United States: condolences to the families and an offer of help to the Nigerien investigators", "from the State Department.",
  ("United States", S, neg, "Niger", "verbless bullet: condolences + offer of help to the inquiry = supporting"))
U(d, "- Germany's Foreign Office said it was shocked by the news", "Paris and Niamey.",
  ("Germany", N, neg, "", "shock with no appeal or judgement = neutral, negative; contacts = procedure"))
U(d, "- Britain's Minister for Africa, James Duddridge, said his thoughts were with the families", "those killed.",
  ("United Kingdom", S, neg, "", "sympathy (condolence) = supporting; no actor targeted"))
U(d, "- Ibrahim Seyni, a guide with the Kouré giraffe guides' association", "visitors would stop coming.",
  ("Ibrahim Seyni", N, neg, "", "invented guide (independent voice); fear for the future, no appeal = neutral, negative"))
U(d, "- \"He was the one who taught the rest of us the names of every giraffe,\" Seyni said", "of his colleague.",
  ("Ibrahim Seyni", N, pos, "", "tribute to a slain colleague (not an actor of the list); no position on any actor = neutral"))
U(d, "- Boubacar Hamani, an analyst at the Niamey-based Centre for Sahel Security Studies", "considered safe.",
  ("Boubacar Hamani", N, neg, "", "invented analyst; reading of the attackers' intent, no judgement word or appeal"))
U(d, "- Hamani urged the governments of Niger and France to open a frank dialogue", "towards the armed groups.",
  ("Boubacar Hamani", T, neu, "", "appeal for dialogue; the clause on military pressure is an implicit criticism without a judgement word (unsure: could be condemning); two governments -> target empty"))
