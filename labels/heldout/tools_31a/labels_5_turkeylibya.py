# ------------------------------------------------------------------ Turkey's parliament authorises a troop deployment to Libya; reactions (Greek English-language site, scraped .txt, 2020-01-05)
d = "page_turkey_libya_greeksite.txt"
# No row: brand, language switch, menu, date line, section, headline, standfirst, byline/time, share line, photo captions
# with credits, "READ ALSO:", crossheads, ADVERTISEMENT, tags, Google News / newsletter prompts, MOST READ, comments, footer.
U(d, "Greece, Cyprus and Israel have jointly condemned the Turkish parliament's decision", "in the Eastern Mediterranean.",
  ("Greece", C, neg, "Turkey", "joint statement = one row per signatory; condemnation"),
  ("Cyprus", C, neg, "Turkey", "joint statement, listed state"),
  ("Israel", C, neg, "Turkey", "joint statement, listed state"))
# No row: "The joint statement was released late on Thursday by government spokesman Stelios Petsas ..." (release narrated; the content is labelled in the lead and the quote)
U(d, '"By approving this motion, Turkey is pouring fuel on a conflict', "the three leaders said.",
  ("Greece", C, neg, "Turkey", "quote of the joint statement closed by its speakers; accusation + embargo defiance"),
  ("Cyprus", C, neg, "Turkey", "same quote, second signatory"),
  ("Israel", C, neg, "Turkey", "same quote, third signatory"))
# No row: "The EastMed pipeline would carry natural gas ..." / "Its backers hope ..." (background)
U(d, "Turkey's Grand National Assembly voted 325 to 184 on Thursday", "Mustafa Sentop announced.",
  ("Turkey", S, pos, "Government of National Accord", "parliament's mandate to send troops for the GNA = backing by act (military support); Sentop's announcement is the attribution tail"))
U(d, "The motion, sent to parliament by Erdogan's office last week, says the deployment is needed", '"illegal armed groups".',
  ("Turkey", C, neg, "", "the motion's text (the presidency's) brands unnamed forces 'illegal armed groups' = judgement; LNA implied but not named -> target empty"))
U(d, "The GNA had formally requested Turkish military support in late December", "signed in November.",
  ("Government of National Accord", N, neu, "", "asking for military aid is not supporting (labels/README); a specific act reported as done"))
# No row: "The GNA, led by Fayez al-Sarraj, has been under attack since April ..." (background with actors as subjects)
# No row: "Haftar's self-styled Libyan National Army (LNA) controls ... has killed well over a thousand people ..." (narration, unattributed toll)
U(d, "Opposition parties voted against the motion, and the main opposition Republican People's Party (CHP) warned", "civil war.",
  ("Republican People's Party", C, neg, "Turkey", "opposition party warning against its own government's motion = judgement; 'Opposition parties' as a group is not a named actor"))
U(d, "Vice President Fuat Oktay said the mandate was above all a deterrent", "assault on Tripoli.",
  ("Turkey", C, neg, "Libyan National Army", "conditional threat aimed at Haftar's forces (unsure: the wish never to use it could be read as an appeal to stop the offensive)"))
U(d, "President Tayyip Erdogan said in a television interview on Sunday evening", "rather than combat.",
  ("Turkey", N, neu, "", "own deployment reported as under way, no judgement = neutral (guide: one's own operation reported)"))
U(d, "He said Turkey would not leave the legitimate government in Tripoli at the mercy", "foreign mercenaries.",
  ("Turkey", C, neg, "Libyan National Army", "'He' = Erdogan; 'putschist general' = judgement of Haftar; backing of the GNA in the same sentence -> rule 1"))
# No row: "Cairo was first to react." (summary line before the specific statement)
U(d, "Egypt's foreign ministry called the vote a blatant breach of Libya's sovereignty", "across the Mediterranean.",
  ("Egypt", C, neg, "Turkey", "judgement + demand on the world; Ankara = metonym"))
U(d, "President Abdel Fattah el-Sisi then chaired a meeting of Egypt's National Security Council", "intervention in Libya.",
  ("Egypt", C, neg, "", "presidential spokesman = Egypt; measures against a threat = a threatened response (unsure: could be a neutral plan); Turkey not named in the sentence -> target empty"))
# No row: "Egypt, which shares a long desert border with eastern Libya, is Haftar's most important regional ally." (background)
U(d, 'In a televised speech on Friday, Haftar declared "jihad"', "a Turkish invasion.",
  ("Libyan National Army", C, neg, "Turkey", "LNA commander = LNA; mobilisation against 'a Turkish invasion' = announced operation + judgement"))
U(d, "He said his forces now saw themselves facing Ankara directly", "Ottoman rule over Libya.",
  ("Libyan National Army", C, neg, "Turkey", "'He' = Haftar; accusation of Erdogan (Turkey)"))
U(d, "On Saturday night, an air strike on a military academy in Tripoli killed at least 28 cadets", "health ministry.",
  ("Government of National Accord", N, neg, "", "casualty figure given by the GNA's health ministry, no blame in the sentence"))
U(d, "The Tripoli government blamed Haftar's forces and called the attack a war crime.", "The Tripoli government blamed Haftar's forces and called the attack a war crime.",
  ("Government of National Accord", C, neg, "Libyan National Army", "'The Tripoli government' = GNA; blame + 'war crime'"))
U(d, "LNA spokesman Ahmed al-Mismari denied that Haftar's aircraft had carried out the strike.", "LNA spokesman Ahmed al-Mismari denied that Haftar's aircraft had carried out the strike.",
  ("Libyan National Army", N, neg, "", "denial = neutral, negative"))
U(d, "Officials of the GNA welcomed the Turkish vote", "for help.",
  ("Government of National Accord", S, pos, "Turkey", "unnamed officials of a named body = GNA; welcome of the vote"))
U(d, "The eastern-based House of Representatives, which backs Haftar, voted at a session in Benghazi", "in November.",
  ("Libyan House of Representatives", C, neg, "", "rejecting the accords = a measure against the GNA and Turkey (two actors -> target empty)"))
U(d, "In Washington, the White House said Trump had told Erdogan in a phone call", "harder to end.",
  ("United States", N, neg, "", "concern about unnamed 'outside meddling', no named target and no appeal = neutral, negative (unsure: could be read as a veiled judgement of Turkey)"))
U(d, "The Turkish presidency said both presidents had agreed", "military answers.",
  ("Turkey", T, neu, "", "own position in the readout: diplomacy over force"),
  ("United States", T, neu, "", "Trump's position reported by the Turkish presidency = a US statement (guide: X's position reported by Y)"))
U(d, "African Union Commission chairperson Moussa Faki Mahamat said he was deeply worried", "in Libya.",
  ("African Union", N, neg, "", "worry without an appeal = neutral, negative"))
U(d, "An EU spokesperson said the bloc still saw no military solution", "U.N. arms embargo.",
  ("European Union", T, neu, "", "no military solution + appeal to respect the embargo, no judgement"))
U(d, "Government officials said Mitsotakis would raise Turkey's conduct in Libya", "on Tuesday.",
  ("Greece", N, neu, "", "unnamed officials of a named government = Greece; a planned meeting agenda, no judgement"))
U(d, "Foreign Minister Nikos Dendias, who visited Benghazi to meet Haftar last month", "in the region.",
  ("Greece", C, neg, "Turkey", "'destabilising force' = judgement; Ankara = metonym; the Benghazi visit is background in a relative clause"))
# No row: "Greek officials have spent weeks lobbying European partners ..." (vague background, guide: 'for months officials tried to pressure')
# No row: "The memorandum on maritime zones ... draws a boundary ... close to Crete." (background)
# No row: "An international conference on Libya is being prepared in Berlin ..." (narration, no named host)
# No row: "Analysts in Athens said ..." and the Athens researcher's quote (unnamed speakers)
