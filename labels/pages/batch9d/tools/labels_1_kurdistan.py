# ------------------------------------------------------------------ Iraqi Kurdistan referendum: Ankara, Baghdad, Tehran respond (Anadolu-style state media, 2017-09-29)
d = "page_kurdistan_referendum_anadolu.txt"
K = "Kurdistan Regional Government"
U(d, "Turkish President Recep Tayyip Erdogan said on Friday that Turkey would take every measure", "came into force.",
  ("Turkey", C, neg, K, "lead: 'every measure' against the KRG = threatened response; Baghdad and Tehran are only partners named"),
  ("Iraq", C, neg, K, "same sentence: the Iraqi flight ban reported as in force = a sanction taken (measure by act)"))
U(d, "Domestic flights, as well as humanitarian, military and diplomatic flights", "Transport Ministry said.",
  ("Iraq", N, neu, "", "exemptions and start time of the ban = procedure; the ministry = Iraq"))
U(d, "\"No one will be allowed to draw new borders", "event in Ankara.",
  ("Turkey", C, neg, K, "Erdogan by surname; warning against the KRG's vote (judgement + threat), Ankara = place"))
U(d, "\"From now on, our interlocutor on the border gates", "he added.",
  ("Turkey", C, neg, K, "quote closed by its speaker; Baghdad as the only interlocutor on crossings and oil = measure cutting out the KRG"))
U(d, "\"The administration in Erbil chose isolation with its own hands.\"", "with its own hands.\"",
  ("Turkey", C, neg, K, "quote continued after the attribution = its own unit, same speaker (Erdogan); judgement of the KRG ('the administration in Erbil')"))
U(d, "He also lashed out at Israel", "for its own ends.",
  ("Turkey", C, neg, "Israel", "pronoun 'He' = Erdogan; accusation of Israel"))
U(d, "Israeli Prime Minister Benjamin Netanyahu voiced support", "state of their own.",
  ("Israel", S, pos, K, "backing of the Kurdish bid reported as a past position; the Kurds' bid = the KRG's referendum"))
U(d, "The KRG administration's insistence on holding the vote", "in Istanbul on Thursday.",
  ("Turkey", C, neg, K, "possessive before the speaker: the KRG is only mentioned; Yildirim (PM) judges it"))
U(d, "Yildirim said Turkish and Iraqi troops would press on", "applied in stages.",
  ("Turkey", N, neu, "", "own exercises and timetable of measures = plans, no new judgement"))
U(d, "Deputy Prime Minister and government spokesman Bekir Bozdag said", "no step would be taken alone.",
  ("Turkey", N, neu, "", "coordination with Baghdad and Tehran reported as procedure (could be read as backing Iraq)"))
U(d, "The foreign ministers of Turkey, Iran, and Iraq had said in a joint statement", "if the vote went ahead.",
  ("Turkey", C, neg, K, "joint statement of three (Oxford comma): one row each; countermeasures = threat"),
  ("Iran", C, neg, K, "same joint statement"),
  ("Iraq", C, neg, K, "same joint statement"))
U(d, "On Monday, the Turkish Foreign Ministry said Ankara regarded the vote as illegitimate", "accept its results.",
  ("Turkey", C, neg, K, "'illegitimate' + refusal to accept the results = judgement"))
U(d, "The ministry also told Turks living in Erbil", "was essential.",
  ("Turkey", N, neg, "", "'The ministry' by context; travel advice to own citizens = own measure, no judgement"))
U(d, "In Baghdad, Iraqi Prime Minister Haider al-Abadi said in a televised address", "breach of the constitution.",
  ("Iraq", C, neg, K, "refusal to negotiate on the vote's basis + 'in breach of the constitution' (judgement) = refusing talks in protest; Baghdad = place and metonym"))
U(d, "The Iraqi parliament on Wednesday asked the government to send troops", "oil fields there.",
  ("Iraq", C, neg, K, "parliament = Iraq; troop deployment and seizure of oil fields = announced measures against the KRG"))
U(d, "Iraqi army chief of staff Othman al-Ghanmi said the drills", "shared border.",
  ("Iraq", N, neu, "", "the army speaks for its state; own drills described"))
U(d, "KRG head Masoud Barzani, who said on Tuesday that a majority had voted yes", "declaration of independence.",
  ("Kurdistan Regional Government", T, neu, "Iraq", "appeal to negotiate addressed to Baghdad (metonym) + reassurance; the relative clause is his own result"))
U(d, "Erbil's Department of Foreign Relations said the flight ban", "outcome of the vote.",
  ("Kurdistan Regional Government", C, neg, "Iraq", "body named only by context (Erbil's department = KRG); 'collective punishment' = judgement of Baghdad's ban"))
U(d, "Iran closed its airspace to flights to and from the region on Sunday", "said at the time.",
  ("Iran", C, neg, K, "SNSC spokesman; airspace closure = measure against the KRG (at Baghdad's request, Baghdad not a speaker)"))
U(d, "Tehran recognizes only a united Iraq", "IRNA news agency.",
  ("Iran", C, neg, K, "Tehran = metonym inside the reported speech; 'answerable for its consequences' = holds responsible; IRNA only reports"))
U(d, "The U.S. does not recognize the outcome of Monday's vote", "Washington on Friday.",
  ("United States", C, neg, K, "non-recognition of the vote = rejection (judgement); attribution tail"))
U(d, "He said Washington wanted Erbil and Baghdad to lower the temperature", "resort to force.",
  ("United States", T, neu, "", "appeals to Erbil and Baghdad to talk and to all parties against force: no judgement, several addressees -> target empty"))
U(d, "Kremlin spokesman Dmitry Peskov said Moscow stood for a united Iraq", "across the region.",
  ("Russia", S, neu, "Iraq", "backing of Iraq's integrity (Moscow = metonym)"))
U(d, "UN Secretary-General Antonio Guterres said through his spokesman", "negotiating table.",
  ("United Nations", T, neg, "", "concern + appeal for negotiation between Baghdad and Erbil (both sides)"))
U(d, "At home, Devlet Bahceli, the leader of the opposition Nationalist Movement Party", "Turkmen population.",
  ("Nationalist Movement Party", C, neg, K, "opposition party under its own name; conditional threat of force"))
U(d, "It said Turkey stood by the Iraqi government in every step", "the country's unity.",
  ("Turkey", S, pos, "Iraq", "'It' = the ministry (subject of the previous sentence); backing of Baghdad's measures"))
