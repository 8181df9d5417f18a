# ------------------------------------------------------------------ Kosovo's 100% tariff on Serbian and Bosnian goods (scraped Balkan English-language news site, 2018-11-28)
d = "page_kosovo_tariff_balkansite.txt"
# Not statements: masthead, tagline, menu, section path, date line, headline, standfirst, byline, share bar, image
# captions with credits and "1 of 3", ADVERTISEMENT, crossheads (one of them a made-up quote), "Related:", tags,
# newsletter prompt, MOST READ, follow prompt, copyright. Dateline "PRISTINA/BELGRADE - " excluded.
U(d, "Four Serb mayors in northern Kosovo resigned on Tuesday and Belgrade vowed", "failed bid to join Interpol.",
  ("Srpska Lista", C, neg, "Kosovo", "long lead: the four mayors are Srpska Lista's (next paragraph) and resign in protest against Pristina's measure (a party acting, not Kosovo's local state)"),
  ("Serbia", C, neg, "Kosovo", "Belgrade = metonym; keeping the dialogue frozen in protest = refusing talks with the grievance stated. Kosovo's tariff is only recalled in a time clause here (its row is on the 21 November sentence below)"))
U(d, "Goran Rakić, the mayor of North Mitrovica and leader of the Belgrade-backed Srpska Lista party", "out of Kosovo.",
  ("Srpska Lista", C, neg, "Kosovo", "party leader; refusal of Pristina's authority + accusation ('squeeze Serbs out'); Pristina = metonym"))
U(d, "Srpska Lista's deputies in the Kosovo assembly said they would also stay away", "until the tariff was lifted.",
  ("Srpska Lista", C, neg, "Kosovo", "boycott of the assembly in protest, condition stated"))
U(d, "The government of Prime Minister Ramush Haradinaj raised the duty from 10 to 100 per cent on 21 November", "Kosovo's independence.",
  ("Kosovo", C, neg, "Serbia", "a trade measure against another side with a political condition = sanctions/ultimatum; Dubai = place; Serbia is addressed by the condition"))
U(d, "\"Belgrade has spent this year knocking on every door to shut us out", "news conference in Pristina.",
  ("Kosovo", C, neg, "Serbia", "two-sentence quote closed by its speaker = one unit; accusation + 'That is over'; Pristina = place"))
U(d, "His deputy, Enver Hoxhaj, said further measures against Serbia could follow", "kept up its campaign.",
  ("Kosovo", C, neg, "Serbia", "role then name ('His deputy'); conditional threat of more measures"))
U(d, "Kosovo Customs said on Wednesday that close to 200 lorries", "new rate took effect.",
  ("Kosovo", N, neu, "", "state agency's figures"))
U(d, "Trade Minister Endrit Shala, whose ministry drafted the decision", "room to grow.",
  ("Kosovo", N, neu, "", "own economic rationale for the measure, no judgement of another side"))
# No rows: "Kosovo had first imposed a 10 per cent duty ... in early November." and "Kosovo won 68 votes in Dubai ..." (background narration).
U(d, "Serbian President Aleksandar Vučić, speaking after a session of Serbia's National Security Council", "remained in force.",
  ("Serbia", C, neg, "Kosovo", "'a trade embargo in all but name' + refusal to return to the dialogue in protest"))
U(d, "He said Serbia would not answer with measures of its own, however", "scrapping the duty.",
  ("Serbia", T, neg, "Kosovo", "'He' = Vučić; no retaliation + appeal for pressure on Pristina to scrap the duty, no judgement word in this sentence (unsure: pressure on one side could be read as condemning)"))
U(d, "Prime Minister Ana Brnabić was blunter on Twitter:", "now at stake.\"",
  ("Serbia", C, neg, "Kosovo", "social media; quote opened after a colon, inside the unit; 'wants confrontation rather than agreement' = judgement without stock words; the EU is mentioned, not judged"))
U(d, "Marko Đurić, who heads the Serbian government's Office for Kosovo and Metohija", "basic foodstuffs.",
  ("Serbia", N, neg, "", "shortages described with no actor named = facts, negative in tone"))
U(d, "Trade Minister Rasim Ljajić said Serbian exports to Kosovo", "all but stopped.",
  ("Serbia", N, neu, "", "trade figures"))
U(d, "Foreign Minister Ivica Dačić, who led Serbia's lobbying against the Interpol bid", "victories in years.",
  ("Serbia", N, pos, "", "self-praise about its own diplomacy = neutral, positive"))
U(d, "EU foreign policy chief Federica Mogherini said the levy could not be squared", "demanded that it be lifted.",
  ("European Union", C, neg, "Kosovo", "breach of commitments (judgement without stock words) + demand: rule 1"))
U(d, "Enlargement Commissioner Johannes Hahn, who is due in Belgrade and Pristina next week", "moving again.",
  ("European Union", T, neu, "", "appeal to both sides to resume the dialogue; Belgrade and Pristina = places here"))
U(d, "In Washington, Secretary of State Mike Pompeo urged Kosovo to drop the tariffs", "a State Department readout of the meeting said.",
  ("United States", T, neu, "Kosovo", "demand + de-escalation appeal to one side, no judgement word; attribution tail; Thaçi is the interlocutor, not a speaker here"))
U(d, "The same readout said Washington's backing for Kosovo's statehood was unchanged.", "was unchanged.",
  ("United States", S, pos, "Kosovo", "reaffirmed backing"))
U(d, "Thaçi, for his part, said after the meeting that his talks with Pompeo", "did not mention the tariff.",
  ("Kosovo", T, neu, "", "surname only; commitment to reach an agreement with Serbia = calling_for_talks"))
U(d, "Kosovo's Foreign Minister Behgjet Pacolli rejected claims from Belgrade", "other sources.",
  ("Kosovo", N, neg, "", "denial = neutral, negative"),
  ("Serbia", C, neg, "Kosovo", "Belgrade's claim that Serbs are deprived of food and medicine, reported inside Pacolli's sentence = an accusation by describing harm to civilians"))
U(d, "NATO's peacekeeping force in Kosovo, KFOR, said it was following developments", "raise tensions.",
  ("NATO", T, neu, "", "KFOR = NATO (name files); monitoring + appeal to all sides"))
U(d, "In Bosnia and Herzegovina, Foreign Trade Minister Mirko Šarović said no single step", "joint committee.",
  ("Bosnia and Herzegovina", C, neg, "Kosovo", "judgement of the damage done + request for a CEFTA session: rule 1"))
U(d, "Bosnia's Foreign Minister, Igor Crnadak, said the decision was plainly revenge", "Interpol vote.",
  ("Bosnia and Herzegovina", C, neg, "Kosovo", "'revenge' = judgement of Kosovo's act"))
U(d, "Albania's prime minister said on Monday that Tirana stood with Pristina", "reached for the tariff.",
  ("Albania", S, pos, "Kosovo", "role only; Tirana and Pristina = metonyms; backing"))
U(d, "In Moscow, Russian Foreign Ministry spokeswoman Maria Zakharova said the tariff showed", "interest in a settlement.",
  ("Russia", C, neg, "Kosovo", "judgement; 'its Western patrons' not canonical; Moscow = place"))
# No rows: store owners and the unnamed shopkeeper (not actors); "The tariff does not apply to international brands ..."
# (narration); "Analysts in Pristina said ..." (not actors); the paragraphs on the 2008 declaration, recognitions and the
# 2013 Brussels Agreement (background narration).
