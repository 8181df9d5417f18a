# ------------------------------------------------------------------ Crimean (Kerch) bridge blast and Russia's strikes on Ukrainian cities (TASS-style state media, 2022-10-10)
d = "page_kerch_strikes_statemedia.txt"
U(d, "Russian President Vladimir Putin said on Monday that the country's armed forces", "against the Crimean bridge.",
  ("Russia", C, neg, "Ukraine", "lead after the TASS dateline (dateline excluded); own strike reported as done + 'terrorist attack organized by the Kiev regime' = explicit judgement, rule 1 decides; Kiev regime = Ukraine"))
U(d, "\"The General Staff prepared it", "Russia's Security Council.",
  ("Russia", N, neu, "", "own strike reported as done, procedure only (who proposed it, whose plan) = neutral; 'Russia's Security Council' is Russia's body, not the UN's"))
U(d, "\"There can no longer be any doubt about who planned", "Putin said.",
  ("Russia", C, neg, "Ukraine", "multi-sentence quote closed by its speaker = one unit; accusation of Kiev's special services + 'handlers' insinuation"))
U(d, "Should such attempts continue, he warned", "on Monday morning.",
  ("Russia", C, neg, "Ukraine", "conditional threat; speaker only as 'he' (Putin) after his quote"))
U(d, "Chairman of the Russian Investigative Committee Alexander Bastrykin reported", "foreign countries.",
  ("Russia", C, neg, "Ukraine", "Investigative Committee = Russia; blames Ukraine's special services for the blast"))
U(d, "According to Bastrykin, the lorry", "Krasnodar Region.",
  ("Russia", N, neu, "", "investigation facts; Bulgaria, Georgia, Armenia are places on a route, not speakers (no rows)"))
U(d, "Three people were killed in the blast", "said earlier.",
  ("Russia", N, neu, "", "casualty figure from a Russian state body (National Anti-Terrorism Committee) = neutral"))
U(d, "Head of the Republic of Crimea Sergei Aksyonov told reporters", "full capacity.",
  ("Russia", N, pos, "", "Moscow-installed Crimean head = Russia (name files); reassurance about supplies = neutral, positive tone"))
U(d, "The ministry said later that all designated targets", "had been achieved.",
  ("Russia", N, neu, "", "'The ministry' = Defence Ministry by context; own strike results = neutral. The sentence before it (Shoigu briefed the council) is narration of a meeting, no row"))
U(d, "Kremlin Spokesman Dmitry Peskov declined to say", "by the president himself.",
  ("Russia", N, neu, "", "declining to comment on further strikes = neutral"))
U(d, "Belarusian President Alexander Lukashenko said on Monday that troops", "on his orders.",
  ("Belarus", N, neu, "", "own deployment described as a procedure (troops gathering) with no adversary named in this sentence = neutral (unsure: could be read as a measure against Ukraine)"))
U(d, "Kiev, he said, was plotting sabotage", "unofficial channels.",
  ("Belarus", C, neg, "Ukraine", "accusation; Kiev = Ukraine (metonym), Minsk = Belarus; 'he' = Lukashenko"))
U(d, "Head of the Chechen Republic Ramzan Kadyrov wrote", "urging for months.",
  ("Russia", N, pos, "", "a regional head of Russia approving Russia's own strikes = self-praise of one's own side, neutral with a positive tone (README); Kadyrov = Russia in the name files (unsure: could be read as supporting)"))
U(d, "Ukrainian leader Vladimir Zelensky claimed in a video address", "without electricity.",
  ("Ukraine", C, neg, "Russia", "accusation: strikes timed to kill people = accusation made by describing attacks on civilians (guide rule 4)"))
U(d, "Ukraine's commander-in-chief Valery Zaluzhny claimed", "shot down.",
  ("Ukraine", N, neu, "", "figures; 'claimed' is the outlet's framing, not a judgement by the speaker"))
U(d, "In a statement released by the White House, US President Joe Biden said", "arming its forces.",
  ("United States", S, pos, "Ukraine", "air defence + arms = backing by act (offer/supply); the White House is the channel"))
U(d, "Biden also accused Moscow of deliberately aiming", "across Ukraine.",
  ("United States", C, neg, "Russia", "accusation; Moscow = Russia (metonym)"))
U(d, "UK Foreign Secretary James Cleverly wrote on Twitter", "Russian leadership.",
  ("United Kingdom", C, neg, "Russia", "judgement without stock words ('showed weakness rather than strength')"))
U(d, "UN Secretary-General Antonio Guterres was appalled", "Stephane Dujarric said.",
  ("United Nations", N, neg, "", "alarm without an appeal and without naming a perpetrator in the sentence = neutral, negative (guide)"))
U(d, "Foreign Ministry Spokeswoman Maria Zakharova said those in Western capitals", "double standards.",
  ("Russia", C, neg, "", "accuses Western capitals of double standards; 'the West' is not a canonical actor -> target empty"))
U(d, "At a briefing in Beijing, Chinese Foreign Ministry Spokeswoman Mao Ning said", "subside quickly.",
  ("China", T, neu, "", "hope that tensions subside = calling_for_talks (guide); Beijing is the place of the briefing"))
U(d, "Hungarian Foreign Minister Peter Szijjarto wrote on Facebook", "loss of life in Ukraine.",
  ("Hungary", T, neg, "", "appeal for ceasefire and talks, no judgement; addressed to no one side"))
