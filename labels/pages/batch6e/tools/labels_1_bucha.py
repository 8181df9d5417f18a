# ------------------------------------------------------------------ Bucha killings discovered (full HTML, Baltic English daily, 2022-04-04)
d = "page_bucha_killings_webpage.html"
U(d, "Germany and France ordered dozens of Russian diplomats", "response to the war.",
  ("Germany", C, neg, "Russia", "lead with three actors: expulsion of diplomats = a measure taken (condemning); the reason (Bucha) is in the same sentence"),
  ("France", C, neg, "Russia", "same lead: expulsions"),
  ("Lithuania", C, neg, "Russia", "same lead: ambassador sent home"))
U(d, "Ukraine's prosecutor general, Iryna Venediktova,", "examining them.",
  ("Ukraine", N, neu, "", "figures from the prosecutor general, no blame in the sentence"))
U(d, "Anatoliy Fedoruk, the town's mayor,", "cemeteries off.",
  ("Ukraine", N, neu, "", "local official resolves to his state (README: provincial officials); figures. The sentence before it ('Reporters who reached Bucha') is narration: no row"))
U(d, "Walking through Bucha in a flak jacket", "would be identified.",
  ("Ukraine", C, neg, "Russia", "accusation (destroying Ukrainians as a people) + promise to trace those responsible"))
U(d, "He nevertheless told reporters that Kyiv's negotiators", "more lives.",
  ("Ukraine", T, neg, "", "'He' = Zelensky; commitment to stay in talks, no judgement in this sentence (rule 2)"))
U(d, "Foreign Minister Dmytro Kuleba asked the Group of Seven", "carry on.",
  ("Ukraine", C, neg, "Russia", "call for an embargo (a call for sanctions = condemning); the G7 is only addressed"))
U(d, "Russia's defence ministry said no resident of Bucha", "March 30.",
  ("Russia", N, neg, "", "denial = neutral, negative tone"))
U(d, "The ministry said the photographs and videos", "one more provocation.",
  ("Russia", C, neg, "Ukraine", "'The ministry' by context; accuses the Kyiv authorities of staging = judgement"))
U(d, "Foreign Minister Sergei Lavrov told reporters in Moscow", "turned the request down.",
  ("Russia", C, neg, "", "request for a Council meeting carried with 'fake attack' and a complaint about Britain: rule 1 (judgement decides); aimed at Ukraine and the UK -> target empty"))
U(d, "Britain's mission to the UN said the council", "already been scheduled.",
  ("United Kingdom", N, neu, "", "procedural answer about the Council's schedule (UK held the April presidency); no judgement"))
U(d, "Kremlin spokesman Dmitry Peskov rejected the allegations outright", "passed judgement.",
  ("Russia", N, neg, "", "denial + asks to be heard before judgement: not an appeal for peace or talks -> neutral, negative"))
U(d, "Maria Zakharova, the foreign ministry spokeswoman, said Moscow would respond", "unanswered.",
  ("Russia", C, neg, "", "threat of retaliation; aimed at Lithuania and 'other capitals' (several) -> target empty"))
U(d, "In Berlin, Foreign Minister Annalena Baerbock said 40", "in Ukraine.",
  ("Germany", C, neg, "Russia", "expulsion + judgement ('cruelty'); Berlin = place"))
U(d, "Chancellor Olaf Scholz asked that international organisations", "independent eyes.",
  ("Germany", T, neu, "", "demand for access of international organisations, no judgement word = calling_for_talks (humanitarian access/investigation, README)"))
U(d, "France said it would expel 35 Russian diplomats", "European partners.",
  ("France", C, neg, "Russia", "expulsion with a security grievance"))
U(d, "President Emmanuel Macron said on France Inter radio", "EU sanctions.",
  ("France", C, neg, "Russia", "judgement ('war crimes') + push for sanctions"))
U(d, "Lithuania's foreign minister, Gabrielius Landsbergis,", "Klaipeda.",
  ("Lithuania", C, neg, "Russia", "downgrading relations, recalling its envoy, closing a consulate = measures taken (Vilnius = metonym)"))
U(d, "“Each town the Russian army leaves", "he said.",
  ("Lithuania", C, neg, "Russia", "quotation closed by its speaker; justification of the expulsion with an implied accusation"))
U(d, "In Washington, President Joe Biden told reporters that Putin", "coming.",
  ("United States", C, neg, "Russia", "war-crimes trial + sanctions; Washington = place"))
U(d, "Linda Thomas-Greenfield, the US ambassador", "forfeited.",
  ("United States", C, neg, "Russia", "a measure sought against Russia (suspension from the HRC) + judgement"))
U(d, "The European Union is ready to send a joint investigation team", "speaking to Zelensky.",
  ("European Union", S, pos, "Ukraine", "offer of assistance to Ukrainian prosecutors = supporting; attribution tail (von der Leyen)"))
U(d, "Josep Borrell, the bloc's foreign policy chief,", "within days.",
  ("European Union", C, neg, "Russia", "sanctions package in preparation; 'the bloc' = EU"))
U(d, "NATO members would keep supplying Ukraine", "this week.",
  ("NATO", S, pos, "Ukraine", "backing by act (arms supplies), attribution tail"))
U(d, "UN Secretary-General Antonio Guterres said he had been deeply shaken", "whoever was responsible.",
  ("United Nations", T, neg, "", "alarm + call for an independent inquiry, no judgement word and nobody named (README: demand for an investigation = talks). Unsure: accountability could be read as condemning"))
U(d, "Michelle Bachelet, the UN High Commissioner for Human Rights,", "under Russian control.",
  ("United Nations", N, neg, "", "horror without an appeal + her office's work = neutral, negative (guide: concern without appeal)"))
U(d, "Turkey's foreign ministry called the images from Bucha and Irpin horrifying", "should not be abandoned.",
  ("Turkey", T, neg, "", "'horrifying' qualifies the images, not an actor; appeal for an inquiry + keep the Istanbul talks = calling_for_talks"))
U(d, "Human Rights Watch said its researchers had documented", "summary execution.",
  ("Human Rights Watch", C, neg, "Russia", "accusation made by describing killings of civilians (guide rule 4)"))
