# ------------------------------------------------------------------ Ethiopia-Sudan clashes over al-Fashaga (scraped regional news page with furniture, 2020-12-23)
d = "page_fashaga_border_scraped.txt"
U(d, "Sudan and Ethiopia concluded two days of talks in Khartoum", "a deadly clash there.",
  ("Sudan", T, neu, "", "dateline 'KHARTOUM —' excluded; the host reporting the talks it held = calling_for_talks (README: the host convening a meeting); Ethiopia gets no row for a meeting listed in narrative; the troop advance is narration"))
U(d, "Ethiopia's deputy prime minister and foreign minister, Demeke Mekonnen, who led", "at the table.",
  ("Ethiopia", T, pos, "", "commitment to settle the dispute by talks; introduced by role"))
U(d, "\"There is no question between Sudan and Ethiopia that dialogue cannot answer.", "at the airport.",
  ("Ethiopia", T, pos, "", "two-sentence quote closed by its speaker (surname only) = one unit; dialogue + refusal to trade accusations = talks"))
U(d, "Omer Manis, the minister of cabinet affairs who headed the Sudanese side", "on the ground.",
  ("Sudan", T, neu, "", "goal for the negotiation (demarcation timetable) = calling_for_talks; Khartoum = Sudan"))
U(d, "A Sudanese official who attended the sessions said", "drawn in 1902.",
  ("Sudan", N, neu, "", "an unnamed official of a named government speaks for it (guide); negotiating position stated without judgement = neutral"))
U(d, "The Sudanese army said last Wednesday that a patrol heading back", "on Sudanese soil.",
  ("Sudan", C, neg, "Ethiopia", "the army speaks for its state; accusation of an ambush inside Sudanese territory"))
U(d, "Four soldiers, including an officer, were killed", "the army said.",
  ("Sudan", N, neu, "", "own losses = neutral"))
U(d, "Lieutenant General Abdel Fattah al-Burhan, head of the Sovereign Council, visited troops", "had seized.",
  ("Sudan", C, neg, "Ethiopia", "announced military operation against another side (retake the land) = condemning; Ethiopian farmers and militias -> Ethiopia (unsure: militias are not the state)"))
U(d, "Information Minister Faisal Mohamed Saleh, the government's spokesman", "with its neighbour.",
  ("Sudan", N, neu, "", "facts on the ground + reassurance (no war sought) = neutral"))
U(d, "Ethiopian Prime Minister Abiy Ahmed played down the clash", "between the two nations.",
  ("Ethiopia", N, pos, "", "downplaying the clash + reassurance about relations, no appeal = neutral, positive"))
U(d, "Anyone hoping to set the two neighbours against each other", "he added.",
  ("Ethiopia", C, neg, "", "judgement of unnamed troublemakers (no stock words); 'he' = Abiy; target empty"))
U(d, "In the neighbouring Amhara region, whose farmers have tilled land", "belonging to Ethiopians.",
  ("Ethiopia", C, neg, "Sudan", "regional government spokesman = provincial official -> his state (README); accusation by describing attacks on farmers"))
U(d, "Egypt's foreign ministry said Cairo stood squarely behind Khartoum", "defend its territory.",
  ("Egypt", S, pos, "Sudan", "solidarity with Sudan and its right to defend its land; Cairo and Khartoum as metonyms"))
U(d, "The ministry called the attack on Sudanese soldiers unwarranted", "worried Cairo deeply.",
  ("Egypt", C, neg, "Ethiopia", "'The ministry' = Egypt's foreign ministry by context; 'unwarranted' = judgement (guide; the worry in the same sentence does not lower it); target = the side Sudan blamed for the attack (unsure: Ethiopia is not named in the sentence)"))
U(d, "Hamdok and Abiy met on Sunday on the sidelines of an extraordinary summit", "according to Hamdok's office.",
  ("Sudan", T, pos, "", "agreement to revive the border committee, reported by Hamdok's office"),
  ("Ethiopia", T, pos, "", "Abiy's agreement reported by Sudan: a position of X reported by Y is X's statement (guide); IGAD is only the venue (no row)"))
U(d, "The UN refugee agency said more than 50,000 Ethiopians", "on Nov. 4.",
  ("UNHCR", N, neu, "", "refugee figures = neutral"))
U(d, "Adam Haroun, a Sudanese farmer from the village of Barakat Norein", "without paying Ethiopian gunmen.",
  ("Adam Haroun", S, pos, "Sudan", "named resident = independent person under his own name; hoping the army stays = approval of Sudan's deployment (supporting), not a peace hope (unsure)"))
