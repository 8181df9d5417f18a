# ------------------------------------------------------------------ Plane crash that killed Yevgeny Prigozhin (live blog, full HTML, 2023-08-24)
d = "page_prigozhin_crash_liveblog.html"
U(d, "Fidèle Gouandjika, a senior adviser to President Faustin-Archange Touadéra", "exactly as before.",
  ("Central African Republic", S, neu, "Russia", "presidential adviser speaks for the CAR; the partnership with Russia continues = backing; grief + commitment -> tone mixed (neutral)"))
U(d, "He credited Wagner's instructors", "armed rebels.",
  ("Central African Republic", S, pos, "Wagner Group", "praise of Wagner's role; Bangui = place"))
U(d, "Brigadier General Pat Ryder, the Pentagon press secretary,", "among the dead.",
  ("United States", N, neu, "", "assessment of a fact"))
U(d, "He said the Pentagon had no information pointing", "to be wrong.",
  ("United States", N, neu, "", "dismisses press reports; no actor judged"))
U(d, "German Foreign Minister Annalena Baerbock said Wagner's fighters", "running them.",
  ("Germany", C, neg, "Wagner Group", "'grave crimes' = judgement of Wagner; Moscow's future use of the networks is a prediction in the same sentence (target Wagner Group, unsure: Russia also implicated)"))
U(d, "French government spokesman Olivier Véran said it was too early", "to be suspicious.",
  ("France", N, neg, "", "suspicion without naming or judging anyone = neutral, negative (unsure)"))
U(d, "He described Prigozhin as the man through whom the Kremlin", "Africa and Ukraine.",
  ("France", C, neg, "Russia", "'abuses' spread by the Kremlin = judgement; Kremlin = Russia"))
U(d, "Opening a meeting in the Kremlin with Denis Pushilin,", "in the crash.",
  ("Russia", S, pos, "", "condolences = sympathy (as batch5c's condolence messages); the families are no canonical actor -> target empty (unsure: could be neutral). Pushilin is only mentioned"))
U(d, "Speaking of Prigozhin in the past tense,", "contributed in Ukraine.",
  ("Russia", S, pos, "Wagner Group", "praise of Wagner's fighters' contribution; the 'misjudgements' remark is mixed but no judgement of an actor"))
U(d, "Putin said investigators would establish the cause", "take time.",
  ("Russia", N, neu, "", "procedure and plans"))
U(d, "At a news conference in Kyiv marking Independence Day", "no part in the crash.",
  ("Ukraine", N, neg, "", "denial"))
U(d, "He added, with a half-smile,", "rather than in Kyiv.",
  ("Ukraine", C, neg, "Russia", "insinuation that the Kremlin was behind the crash = accusation (unsure: no explicit judgement word)"))
U(d, "Mykhailo Podolyak, an adviser to the head of Ukraine's presidential office,", "disloyalty costs.",
  ("Ukraine", C, neg, "Russia", "accusation ('public execution ordered by the Kremlin')"))
U(d, "A spokesman for Prime Minister Rishi Sunak said", "cause of the crash.",
  ("United Kingdom", N, neu, "", "monitoring, declines to speculate: no appeal, no judgement"))
U(d, "Russia's Investigative Committee said it had opened a criminal case", "Tver region.",
  ("Russia", N, neu, "", "procedure reported as done. The next sentence (Telegram channels close to Wagner) has unnamed speakers: no row"))
U(d, "The Federal Air Transport Agency, Rosaviatsia,", "to St Petersburg.",
  ("Russia", N, neu, "", "state aviation agency (not a news agency) giving facts = Russia, neutral"))
U(d, "The Emergencies Ministry said all ten people on board", "had been killed.",
  ("Russia", N, neu, "", "toll from a ministry"))
U(d, "US President Joe Biden, asked by reporters at Lake Tahoe", "nothing to do with it.",
  ("United States", C, neg, "Russia", "insinuation of Kremlin involvement while saying he does not know = accusation (unsure)"))
U(d, "National Security Council spokeswoman Adrienne Watson said the president", "on the reports.",
  ("United States", N, neu, "", "fact about the president's briefing. 'The Kremlin has not responded to requests for comment' (welcome entry) takes no position: no row"))
