# ------------------------------------------------------------------ Armed incursion into Russia's Belgorod region (scraped Ukrainian regional page, 2023-05-24)
d = "page_belgorod_incursion_scraped.txt"
U(d, "The Freedom of Russia Legion and the Russian Volunteer Corps said in statements", "Putin's rule.",
  ("Freedom of Russia Legion", C, neg, "Russia", "two armed groups in one sentence (two rows); an operation against another side announced = condemning. The lead before it ('Two armed units ...') is narration: no row"),
  ("Russian Volunteer Corps", C, neg, "Russia", "same sentence"))
U(d, "Ilya Ponomarev, a former Russian lawmaker", "had taken part.",
  ("Freedom of Russia Legion", N, neg, "", "Ponomarev speaks for the Legion; denial of Ukrainian participation = neutral, negative tone (guide)"))
U(d, "Denis Kapustin, the commander of the Russian Volunteer Corps,", "would follow.",
  ("Russian Volunteer Corps", C, neg, "Russia", "threat of further raids"))
U(d, "Belgorod region governor Vyacheslav Gladkov announced a counter-terrorist operation regime", "entered the district.",
  ("Russia", C, neg, "Ukraine", "governor resolves to Russia; counter-terrorist regime announced against a 'Ukrainian sabotage group' = operation against another side + blame"))
U(d, "On Tuesday he said one resident had been killed", "not to return yet.",
  ("Russia", N, neg, "", "casualties + advice to residents (not an appeal for peace)"))
U(d, "Russia's Defence Ministry said on Tuesday that its forces had surrounded", "back into Ukraine.",
  ("Russia", N, neg, "", "own operation reported as done (guide: neutral); the pejorative label 'nationalist formations' is not a judgement of a canonical actor (unsure)"))
U(d, "Russia's Investigative Committee said it had opened a terrorism case", "over the attack.",
  ("Russia", N, neu, "", "procedure"))
U(d, "Kremlin spokesman Dmitry Peskov said the raid was a worrying sign", "special military operation.",
  ("Russia", C, neg, "Ukraine", "blames Ukrainian fighters and justifies continuing the war = judgement + response"))
U(d, "Peskov dismissed the idea that the attackers were Russian dissidents", "whatever language they speak.",
  ("Russia", N, neg, "", "rebuttal of the Legion's account (denial); the attribution to Ukraine is carried by the previous and next sentences (unsure)"))
U(d, "He also said the raid had been timed", "have captured.",
  ("Russia", C, neg, "Ukraine", "judgement of motive ('timed to draw attention away')"))
U(d, "Maria Zakharova, the Russian foreign ministry spokeswoman, told her weekly briefing", "Russian regions.",
  ("Russia", C, neg, "", "threat + accusation of Western officials (no canonical actor) -> target empty"))
U(d, "Mykhailo Podolyak, an adviser to President Volodymyr Zelensky,", "Russian citizens.",
  ("Ukraine", N, neg, "", "denial of involvement = neutral, negative tone (guide), though calmly put"))
U(d, "Andriy Yusov, a spokesman for Ukraine's military intelligence agency,", "Russian citizens.",
  ("Ukraine", N, neu, "", "HUR = Ukraine; account of who carried out the raid"))
U(d, "Hanna Maliar, Ukraine's deputy defence minister, described the fighters", "regime in Moscow.",
  ("Ukraine", S, pos, "", "praise ('patriots') of the two units (several) -> target empty"))
U(d, "Oleh Syniehubov, the governor of Kharkiv region,", "for the raid.",
  ("Ukraine", C, neg, "Russia", "regional governor = Ukraine; accusation of revenge shelling on civilians"))
U(d, "In Washington, State Department spokesman Matthew Miller said the United States had told Kyiv", "fight the war.",
  ("United States", N, neu, "", "statement of policy (no encouragement of strikes in Russia, Ukraine decides), no judgement or appeal"))
U(d, "He said the department doubted reports", "used in the raid.",
  ("United States", N, neg, "", "doubts reports implicating US vehicles = a denial (neutral, negative tone)"))
U(d, "Miller added that it was Russia that had started the war", "across Ukraine.",
  ("United States", C, neg, "Russia", "accusation by describing attacks on civilians (guide rule 4)"))
U(d, "Britain's defence ministry said in an intelligence update", "almost certainly stretched.",
  ("United Kingdom", N, neu, "", "intelligence assessment"))
U(d, "At the United Nations, spokesman Stéphane Dujarric said", "spread the fighting further.",
  ("United Nations", T, neg, "", "cannot confirm + appeal to all sides not to widen the war"))
