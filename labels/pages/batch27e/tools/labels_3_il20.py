# ------------------------------------------------------------------ Syria: the downing of the Russian Il-20 off Latakia (Russian state news agency, .txt, 2018-09-18)
d = "page_syria_il20_downing2018_statemedia.txt"
# Not statements: agency header and menu, language bar, rubric, time stamps, headline, standfirst, photo caption with credit,
# crossheads (THE HEAD OF STATE, VERSIONS, ALLIES, EXPERT OPINION), ADVERTISEMENT, Read also, tags, copyright line.
U(d, "The Russian Defence Ministry places full responsibility for the loss", "told journalists on Tuesday.",
  ("Russia", C, neg, "Israel", "dateline excluded; the ministry's spokesman with his full state-media title; holding Israel responsible"))
U(d, "According to the general, the four Israeli jets approached Latakia", "Syrian air defence radars.",
  ("Russia", C, neg, "Israel", "'the general' = Konashenkov; accusation of deliberately using the aircraft as cover, no stock word"))
U(d, "The Israeli side informed the Russian command of the coming operation", "out of the danger zone.",
  ("Russia", C, neg, "Israel", "attribution in the middle; the late warning as a charge (judgement without stock words)"))
U(d, "\"The Il-20 was on its landing approach", "he said.",
  ("Russia", C, neg, "Israel", "the plane was visible to the Israeli command = part of the charge that it was seen and ignored"))
U(d, "\"Either the Israeli command did not care", "exactly what happened.\"",
  ("Russia", C, neg, "Israel", "quote continued after the attribution; negligence or intent = judgement"))
U(d, "The ministry said the Russian side would draw its own conclusions", "taken into account in Syria.",
  ("Russia", C, neg, "Israel", "'the Russian side' (state-media register); reserving a response = threat + reproach"))
U(d, "Minister of Defence of the Russian Federation Army General Sergei Shoigu", "the ministry's press service reported.",
  ("Russia", C, neg, "Israel", "long official title; all responsibility on the Israeli military (an army speaks for its state)"))
U(d, "Ships of the Black Sea Fleet located fragments of the aircraft", "according to Konashenkov.",
  ("Russia", N, neu, "", "search facts given by the ministry"))
# "The search operation is continuing." = narration, no row.
U(d, "President of the Russian Federation Vladimir Putin, speaking to journalists", "a series of tragic coincidences.",
  ("Russia", N, neg, "", "the leader calls it a chain of coincidences: no judgement of Israel in this sentence"))
U(d, "The head of state drew a clear line between the incident", "had not fired at the Russian plane.",
  ("Russia", N, neu, "", "'the head of state' = Putin; distinguishes the case from 2015, expressly does not accuse Israel"))
U(d, "Russia's response measures, the President said", "facilities in Syria.",
  ("Russia", N, neu, "", "protective measures for own forces, aimed at no one (unsure: 'response measures' could read as a threat)"))
U(d, "Presidential Press Secretary Dmitry Peskov told reporters later", "any further assessments.",
  ("Russia", N, neu, "", "procedural: waiting for conclusions"))
# "In the evening, Vladimir Putin held a telephone conversation with ... Netanyahu at the Israeli side's initiative" = a call as narration, no row.
U(d, "The Israeli prime minister expressed his condolences", "detailed data on the operation.",
  ("Israel", T, neu, "Russia", "condolences + offer to send the air force chief with data = offer of talks (rule 2 before rule 3)"))
U(d, "The Russian leader stressed that operations of this kind must not put", "according to the Kremlin readout.",
  ("Russia", T, neg, "Israel", "'the Russian leader'; demand to one side to keep to the deconfliction arrangements, no judgement word = calling_for_talks"))
U(d, "The Israel Defence Forces, for their part, voiced sorrow", "returned to Israeli airspace.",
  ("Israel", C, neg, "", "sorrow + blame on Syria, Iran and Hezbollah (rule 1); three actors -> target empty"))
U(d, "A source in the Russian military department told ROSINFORM", "Russian airspace monitoring.",
  ("Russia", C, neg, "Israel", "unnamed official of a named government; calls the Israeli account blame-shifting"))
U(d, "On Monday night Russian radars also registered missile launches", "the ministry had reported earlier.",
  ("Russia", N, neu, "", "fact reported by the ministry, no judgement stated"))
U(d, "The French side denied any involvement in the strikes", "quoted by news agencies as saying.",
  ("France", N, neg, "", "'was quoted as saying'; denial = neutral, negative"))
# "Damascus also holds Tel Aviv responsible." = summary line before the specific statement, no row.
U(d, "A source in the Syrian Foreign Ministry, quoted by the SANA agency", "on Monday.",
  ("Syria", C, neg, "Israel", "unnamed official of a named government via SANA; 'aggression' + accusation of sabotaging the Idlib deal"))
U(d, "Syrian air defences intercepted a number of hostile missiles", "citing a military source.",
  ("Syria", N, neu, "", "the army's own account of its action, no judgement"))
U(d, "Ambassador of the Syrian Arab Republic to Russia Riad Haddad told ROSINFORM", "fight against terrorism\".",
  ("Syria", S, neg, "Russia", "condolences and shared grief = solidarity with an ally"))
U(d, "Iranian Foreign Ministry spokesman Bahram Qassemi described the Israeli raid", "the IRNA agency reported.",
  ("Iran", C, neg, "Israel", "violation of sovereignty + call not to leave it unanswered"))
U(d, "Chairman of the Federation Council Committee on Defence and Security Viktor Bondarev", "friendly aircraft from an enemy one.",
  ("Russia", S, neu, "Syria", "a senator speaks for his state; proposal to supply air defence systems to an ally = offering equipment (unsure: 'raised the question' is tentative)"))
U(d, "Military expert, reserve Colonel Alexei Volkov", "into a formality.",
  ("Alexei Volkov", C, neg, "Israel", "invented expert; judgement of the one-minute warning"))
U(d, "\"Notifying a partner at the moment the bombs are already falling", "Volkov said.",
  ("Alexei Volkov", C, neg, "Israel", "judgement without stock words ('an alibi')"))
U(d, "He said, however, that the two militaries would sooner or later have to sit down", "a repeat of Monday night.",
  ("Alexei Volkov", T, neu, "", "appeal for the two militaries to renegotiate the rules; both sides -> target empty"))
U(d, "Yelena Sorokina, senior researcher at the Centre for Middle East Studies", "far more carefully.",
  ("Yelena Sorokina", N, neu, "", "invented scholar; forecast, no judgement or appeal"))
# "The Il-20 aircraft disappeared from radar screens ... Russian forces have been operating in Syria since September 2015" = background, no row.
