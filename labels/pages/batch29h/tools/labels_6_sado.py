# ------------------------------------------------------------------ Sado Island Gold Mines memorial row (party press-release page, full HTML, releases of 23-27 Nov 2024)
d = "page_sado_mine_memorial2024_partyreleases.html"
# Not statements: logo, language bar, menu, breadcrumb, page title, filter line, release headlines and meta lines, caption, membership slot, pager, share bar, tags, most viewed, footer.
U(d, "The Democratic Party will ask the National Assembly's Foreign Affairs and Unification Committee", "negotiations with Japan.",
  ("Democratic Party of Korea", C, neg, "South Korea", "summoning the foreign minister to account = a measure against the government (opposition scrutiny); unsure: could be neutral (procedure)"))
U(d, "Spokesperson Han Min-soo said the government had given its consent", "never written down.",
  ("Democratic Party of Korea", C, neg, "South Korea", "spokesperson by role and name; judgement of the government's deal"))
U(d, "\"The people deserve to know what was promised", "at the National Assembly.",
  ("Democratic Party of Korea", C, neg, "South Korea", "surname only in the tail; demand for accountability with an implied charge of concealment"))
U(d, "The party also called on UNESCO and its World Heritage Committee", "full history of the site.",
  ("Democratic Party of Korea", T, neu, "UNESCO", "appeal to a body to review compliance, no judgement word = calling_for_talks (inquiry demand)"))
U(d, "Speaking at the Supreme Council meeting on Tuesday, the party leader, Lee Jae-myung, said", "received nothing.",
  ("Democratic Party of Korea", C, neg, "South Korea", "leader by title then name speaks for the party; judgement without stock words"))
U(d, "\"The Japanese government sent an official who had paid her respects at Yasukuni", "the leader said.",
  ("Democratic Party of Korea", C, neg, "Japan", "multi-sentence quote closed by 'the leader said'; 'an insult' = judgement"))
U(d, "He said the Yoon Suk Yeol government had to stop treating historical questions", "sake of a summit.",
  ("Democratic Party of Korea", C, neg, "South Korea", "demand + implied charge against the government's conduct = judgement (unsure: could be calling_for_talks)"))
U(d, "The leader added that the Democratic Party supported close cooperation with Japan", "honest account of the past.",
  ("Democratic Party of Korea", S, pos, "Japan", "'the leader'; support for cooperation with Japan on a condition, no judgement in the sentence"))
U(d, "Floor leader Park Chan-dae said the party would table a resolution", "conscripted workers.",
  ("Democratic Party of Korea", C, neg, "Japan", "a parliamentary resolution demanding an apology = measure against Japan (a demand for apology implies wrong)"))
U(d, "The Democratic Party pays its respects to the Korean workers", "on Monday.",
  ("Democratic Party of Korea", S, neg, "", "condolences and solidarity with the families (not a canonical actor) = supporting, target empty"))
U(d, "The ceremony, led by Ambassador to Japan Park Cheol-hee, was held near the site", "were housed.",
  ("South Korea", N, neu, "", "the government's own memorial held = act, no judgement in the sentence (unsure: could be narration only)"))
U(d, "The party notes that the Japanese Chief Cabinet Secretary, Yoshimasa Hayashi, described", "as regrettable on Monday.",
  ("Japan", C, neg, "South Korea", "reported clause: Hayashi's 'regrettable' aimed at Seoul's decision = judgement; the party only 'notes' (no party row)"))
U(d, "It is the Japanese side, not the families, that owes an explanation", "the party said.",
  ("Democratic Party of Korea", C, neg, "Japan", "blame placed on Japan"))
U(d, "At a forum held by the party's history committee on the same day, Professor Yoon Mi-kyung", "between 1940 and 1945.",
  ("Yoon Mi-kyung", N, neu, "", "invented historian; figures from records"))
U(d, "\"These are not our numbers, they are theirs, and the memorial should have started from them,\" Professor Yoon said.", "Professor Yoon said.",
  ("Yoon Mi-kyung", C, neg, "Japan", "criticism that Japan's memorial ignored its own records = judgement without stock words"))
U(d, "Kim Soon-ja, 79, whose father was conscripted to Sado in 1943, told the forum", "acknowledgement.",
  ("Kim Soon-ja", N, neg, "", "invented relative of a worker; personal account"))
U(d, "\"I went to Sado to bow to my father", "she said.",
  ("Kim Soon-ja", C, neg, "Japan", "rebuke of the Japanese memorial speech = judgement"))
U(d, "The Democratic Party regards the government's decision to stay away", "has failed.",
  ("Democratic Party of Korea", C, neg, "South Korea", "judgement of the government's policy"))
U(d, "The Foreign Ministry said on Saturday that there had not been enough time", "would attend.",
  ("South Korea", N, neu, "", "withdrawal from a ceremony with a procedural reason, no protest stated = neutral (README)"))
U(d, "According to the ministry, Foreign Minister Cho Tae-yul also said on a television programme", "on the issue.",
  ("South Korea", T, neu, "Japan", "second-hand attribution; commitment to keep talking = calling_for_talks"))
U(d, "The party said it had warned in July that consent to the listing", "kind of humiliation.",
  ("Democratic Party of Korea", C, neg, "South Korea", "'humiliation' foretold = judgement on the government's consent"))
U(d, "The Rebuilding Korea Party, in a statement of its own, said", "Korean suffering.",
  ("Rebuilding Korea Party", C, neg, "South Korea", "judgement on the government; Japan also implied (main target the government)"))
U(d, "The ruling People Power Party said on Sunday that the boycott showed", "domestic quarrel.",
  ("People Power Party", S, pos, "South Korea", "defence of the government's boycott + appeal to the opposition; backing the government = supporting"))
U(d, "The Democratic Party strongly protests the Japanese government's choice", "Sado memorial.",
  ("Democratic Party of Korea", C, neg, "Japan", "'strongly protests' = condemning"))
U(d, "The party demands that the Japanese government rewrite the memorial address", "as the families have asked.",
  ("Democratic Party of Korea", T, neg, "Japan", "demand addressed to one side with no judgement word (README: demand to one side = calling_for_talks, negative); unsure"))
U(d, "The Japanese government said on Friday that Ikuina's attendance was appropriate", "in consultation with Seoul.",
  ("Japan", N, neu, "", "defence of own choice / rebuttal = neutral"))
U(d, "The party expects the Japanese side to show the same sincerity", "in July.",
  ("Democratic Party of Korea", T, neu, "Japan", "expectation that Japan keep its promise = appeal; 'same sincerity' slight irony (unsure: could be condemning)"))
