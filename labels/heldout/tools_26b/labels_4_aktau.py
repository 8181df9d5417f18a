# ------------------------------------------------------------------ Azerbaijan Airlines crash near Aktau and the row with Russia (Azerbaijani state news agency in English, 2024-12-30)
d = "page_aktau_crash_statemedia.txt"
# No rows: agency banner, languages, menu, section, date line, headline, "Photo: AZSNA", capitals crossheads, "Read also:",
# tags, Telegram prompt, MOST READ, copyright. The agency's own framing and background are narration.
U(d, "President of the Republic of Azerbaijan Ilham Aliyev has said that the Azerbaijan Airlines", "pay compensation.",
  ("Azerbaijan", C, neg, "Russia", "dateline 'Baku, December 30, AZSNA.' excluded; accusation + demands for guilt, punishment and compensation"))
# no row: "The head of state made these remarks ..." (setting of the interview)
U(d, "\"The facts now leave no room for doubt:", "the President said.",
  ("Azerbaijan", C, neg, "Russia", "multi-sentence quote closed by 'the President said' = one unit; quote opened after a colon inside it; accusation"))
U(d, "Ilham Aliyev stressed that the incident was not an intentional act of terrorism.", "act of terrorism.",
  ("Azerbaijan", N, neu, "", "clarification that the act was not deliberate, no judgement in this sentence (the judgement is in the surrounding sentences)"))
U(d, "The head of state said Baku had conveyed three demands to Moscow", "families of the dead.",
  ("Azerbaijan", C, neg, "Russia", "'The head of state' by role; apology/guilt/punishment/compensation demands = accountability demands; Baku and Moscow = metonyms"))
U(d, "He noted that the first of these demands had been met.", "had been met.",
  ("Azerbaijan", N, neu, "", "pronoun subject; acknowledgement of the apology as a fact"))
U(d, "The President expressed regret that certain circles in Russia", "hush up the matter.",
  ("Azerbaijan", C, neg, "Russia", "'expressed regret' here introduces an accusation of a cover-up = condemning"))
U(d, "He said Azerbaijan had turned down a proposal that the Interstate Aviation Committee", "take part instead.",
  ("Azerbaijan", C, neg, "", "refusing a format with the grievance stated (its members are Russian officials) = condemning; the committee is not canonical -> target empty (unsure: could be neutral, an objection to a participant)"))
U(d, "Ilham Aliyev recalled that President of the Russian Federation Vladimir Putin had called him", "in Russian airspace.",
  ("Russia", N, neg, "", "Putin's apology reported by Aliyev = Russia's statement; regret 'that it happened in Russian airspace' without admission or judgement = neutral, negative (unsure: could be supporting, a conciliatory gesture); Aliyev only recalls (no Azerbaijan row)"))
U(d, "According to the Kremlin's account of the conversation", "repelling them.",
  ("Russia", N, neg, "", "Russia's account of the circumstances (drone attacks on three cities) (unsure: could be read as an accusation of Ukraine by describing its attacks = condemning)"))
U(d, "The Kremlin said Russia's Investigative Committee had opened a criminal case", "air safety rules.",
  ("Russia", N, neu, "", "state procedure"))
U(d, "Kremlin spokesman Dmitry Peskov had said on 26 December", "was complete.",
  ("Russia", N, neu, "", "declines to assess = neutral"))
U(d, "The head of the Russian Federal Air Transport Agency, Dmitry Yadrov, said", "closed-skies regime.",
  ("Russia", N, neu, "", "state agency head; account of the airspace situation"))
U(d, "The Prosecutor General's Office of Azerbaijan, which has opened its own criminal case", "since 27 December.",
  ("Azerbaijan", N, neu, "", "own procedure"))
U(d, "Minister of Digital Development and Transport Rashad Nabiyev said on 27 December", "technical interference.",
  ("Azerbaijan", N, neu, "", "survivors' account and 'external interference' with no one named = neutral; facts given by an actor take a neutral tone (guide)"))
U(d, "Azerbaijan Airlines CJSC said its preliminary findings", "risks to flight safety.",
  ("Azerbaijan Airlines", N, neu, "", "the state carrier under its own name (like Ethiopian Airlines in the name files); findings + own suspension of flights"))
U(d, "Assistant to the President of the Republic of Azerbaijan, head of the Foreign Policy Affairs Department", "rescuers of Aktau.",
  ("Azerbaijan", S, pos, "Kazakhstan", "thanks for cooperation and help = supporting"))
U(d, "President of Kazakhstan Kassym-Jomart Tokayev, in a telephone conversation with Vladimir Putin", "transparent inquiry.",
  ("Kazakhstan", T, neu, "", "own commission + call for a transparent inquiry (demand for investigation, no judgement = calling_for_talks)"),
  ("Russia", T, neu, "", "'the two leaders stressed' = a position of Putin in the same sentence"))
U(d, "Chairman of the Senate of Kazakhstan Maulen Ashimbayev had earlier said", "without outside pressure.",
  ("Kazakhstan", T, neu, "", "Senate chairman = Kazakhstan (legislator, like Senator Cardin); warning against premature conclusions + appeal to let the experts work (unsure: could be neutral)"))
U(d, "President of the Republic of Türkiye Recep Tayyip Erdogan, in a phone call with Ilham Aliyev", "assist the investigation.",
  ("Turkey", S, pos, "Azerbaijan", "condolences + experts sent = supporting (aid by act)"))
U(d, "Messages of condolence were also sent by President of the Republic of Uzbekistan", "Irakli Kobakhidze.",
  ("Uzbekistan", S, pos, "Azerbaijan", "a list of senders: one row per state"),
  ("Kyrgyzstan", S, pos, "Azerbaijan", "same"),
  ("Georgia", S, pos, "Azerbaijan", "same"))
U(d, "President of Ukraine Volodymyr Zelensky expressed condolences", "civilian airliner.",
  ("Ukraine", C, neg, "Russia", "condolences + accusation in one sentence: the accusation decides (rule 1)"))
U(d, "White House National Security Communications Adviser John Kirby said on 27 December", "struck the aircraft.",
  ("United States", N, neg, "", "tentative assessment with no judgement word = neutral (unsure: could be read as an accusation of Russia)"))
U(d, "By a decree of President Ilham Aliyev, the two pilots", "National Hero of Azerbaijan.",
  ("Azerbaijan", N, pos, "", "own measure (posthumous honours)"))
# no rows: toll (no named source), national mourning (passive narration), the agency's earlier report.
U(d, "Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov, in a telephone conversation", "made public.",
  ("Azerbaijan", T, neu, "", "demand for an objective, transparent investigation with no judgement word = calling_for_talks; Lavrov is the interlocutor, not a speaker"))
# no rows: BACKGROUND section (route, diversion, crash, survivors' accounts without named speakers, airspace closures).
