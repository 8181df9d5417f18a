# ------------------------------------------------------------------ South Korea's forced-labour compensation plan (Reuters-style wire on a regional site, full HTML, 2023-03-07)
d = "page_korea_forcedlabour_wire.html"
U(d, "South Korean President Yoon Suk Yeol on Tuesday defended", "stepped up their protests.",
  ("South Korea", N, pos, "", "defence of its own policy, no judgement of another actor = neutral (self-justification); dateline excluded"))
U(d, "\"Cooperation between our two countries serves both peoples", "according to his office.",
  ("South Korea", N, pos, "", "same: justification of the plan, positive tone"))
U(d, "Under the plan unveiled by Foreign Minister Park Jin on Monday", "normalising ties.",
  ("South Korea", N, neu, "", "the plan described (procedure, figures); the Japanese firms only mentioned"))
U(d, "Park said he hoped Japan would respond sincerely", "past apologies.",
  ("South Korea", T, neu, "Japan", "surname only; hope addressed to Japan for a sincere response = appeal for a diplomatic course -> talks"))
U(d, "Shim Kyu-sun, who heads the foundation, said", "seek their consent.",
  ("South Korea", N, neu, "", "head of a state foundation (interior ministry) = South Korea; procedure"))
U(d, "In Tokyo, Prime Minister Fumio Kishida told a parliamentary committee", "sound footing.",
  ("Japan", S, pos, "South Korea", "approval of Seoul's announcement = supporting; Tokyo = place"))
U(d, "Foreign Minister Yoshimasa Hayashi said Japan stood by the positions", "colonial rule.",
  ("Japan", N, neu, "", "its own historical position restated = neutral"))
U(d, "Hayashi added that the plan did not require the Japanese companies", "up to them.",
  ("Japan", N, neu, "", "surname only; facts about the plan = neutral"))
U(d, "Nippon Steel said in a statement that its position was", "1965 agreement.",
  ("Nippon Steel", N, neu, "", "company as actor (new); its legal position, no judgement"))
U(d, "Mitsubishi Heavy Industries declined to comment.", "declined to comment.",
  ("Mitsubishi Heavy Industries", N, neu, "", "declines to comment = neutral (as batch5c's Peskov); company as actor (new)"))
U(d, "Japan's biggest business lobby, Keidanren, said it would discuss", "both countries.",
  ("Keidanren", S, pos, "", "offer to fund a joint scholarship fund = backing by act of the rapprochement (unsure: could be a neutral plan)"))
U(d, "Seoul's trade ministry said it would suspend its complaint", "talks on the dispute.",
  ("South Korea", T, neu, "Japan", "suspending a WTO complaint while talks are held = conciliatory step and talks"))
U(d, "Japan's trade ministry said those talks would start soon.", "would start soon.",
  ("Japan", T, neu, "South Korea", "commits to talks = calling_for_talks"))
U(d, "US President Joe Biden said in a statement that the two leaders", "more prosperous.",
  ("United States", S, pos, "", "praise of both governments = supporting; two actors -> target empty"))
U(d, "Secretary of State Antony Blinken praised both governments", "that remained.",
  ("United States", T, pos, "", "praise + appeal to keep talking, no judgement: rule 2 before rule 3 -> talks; both -> target empty"))
U(d, "Lee Jae-myung, leader of the main opposition Democratic Party", "withdraw it.",
  ("Democratic Party of Korea", C, neg, "South Korea", "opposition party judging its own government's plan; Yoon = South Korea"))
U(d, "\"This is not a solution, it is a surrender", "surviving plaintiffs.",
  ("Democratic Party of Korea", C, neg, "South Korea", "Lee quoted; judgement of the government; Japan only mentioned"))
U(d, "The ruling People Power Party praised the plan", "stalemate.",
  ("People Power Party", S, pos, "South Korea", "ruling party praising the government's plan"))
U(d, "It accused the opposition of stoking anti-Japan sentiment", "political gain.",
  ("People Power Party", C, neg, "", "'It' = PPP; accusation aimed at 'the opposition' -> target empty (README); unsure: the DP is the opposition named on the page"))
U(d, "Yang Geum-deok, who was sent as a teenager", "an apology from Japan.",
  ("Yang Geum-deok", C, neg, "South Korea", "victim as independent person; refusal of the plan in protest + 'an insult' = judgement of the plan (Seoul's)"))
U(d, "Lim Jae-sung, a lawyer for several of the plaintiffs", "Tokyo's bill.",
  ("Lim Jae-sung", C, neg, "South Korea", "lawyer as independent person; judgement of Seoul's plan (Seoul/Tokyo metonyms)"))
