# ------------------------------------------------------------------ Haniyeh killed in Tehran (international wire copy, 2024-07-31)
d = "page_haniyeh_tehran_wire.txt"
# No rows: agency menu, section, headline, byline, published/updated, read time, photo captions with credits and
# "1 of 4", ADVERTISEMENT, capitals crossheads, "Related:", reporting credits, Trust Principles, topics, newsletter,
# most read, copyright. Dateline "DUBAI/JERUSALEM, July 31 (TWP) - " excluded from the first unit.
U(d, "Hamas political leader Ismail Haniyeh was killed in an attack on his residence", "neither claimed nor denied responsibility.",
  ("Hamas", C, neg, "Israel", "long lead: the killing narrated, then the blame; 'the Palestinian group' = Hamas"),
  ("Iran", C, neg, "Israel", "'Iranian officials' of a named state = Iran; same blame (Israel 'neither claimed nor denied' = no position, no Israel row)"))
U(d, "Iran's Revolutionary Guards said in a statement that the building", "investigation was under way.",
  ("Iran", N, neg, "", "IRGC = Iran (name files); facts of the attack + investigation, no judgement"))
U(d, "Supreme Leader Ayatollah Ali Khamenei said Israel had brought a heavy punishment on itself", "killed on its territory.",
  ("Iran", C, neg, "Israel", "threat of a response"))
U(d, "President Masoud Pezeshkian, sworn in on Tuesday with Haniyeh in the audience, wrote on X", "would come to regret it.",
  ("Iran", C, neg, "", "'cowardly' + threat aimed at 'those behind' it: perpetrator not named in the sentence -> target empty; Haniyeh an object"))
U(d, "Foreign ministry spokesman Nasser Kanaani said the killing would only bind Tehran", "Palestinian cause.",
  ("Iran", S, pos, "", "support for the Palestinian cause (no canonical actor named as such -> target empty); Tehran = metonym inside the speaker's own sentence"))
U(d, "He said the relevant authorities were looking into how the attack had been carried out.", "had been carried out.",
  ("Iran", N, neu, "", "'He' = Kanaani; investigation under way = neutral"))
# No row: "The killing, coming less than a day after an Israeli strike in Beirut that Israel said killed ..." (background
# narration; Israel's own claim about another strike is reported only as background).
U(d, "In a statement, Hamas said its leader had been killed in a \"treacherous Zionist raid\"", "mourned him as a martyr.",
  ("Hamas", C, neg, "Israel", "'treacherous Zionist raid' = accusation of Israel"))
U(d, "Senior Hamas official Mousa Abu Marzouk said the assassination was a cowardly act", "would not go unpunished.",
  ("Hamas", C, neg, "", "judgement + threat; no perpetrator named in the sentence -> target empty"))
U(d, "Another official, Sami Abu Zuhri, told a pro-Hamas website", "would survive this one.",
  ("Hamas", N, neu, "", "'Another official' = of Hamas; resilience about its own movement, no judgement = neutral; the website is not an actor"))
U(d, "Israel's military declined to comment on the reports from Tehran", "referred questions back to the army.",
  ("Israel", N, neu, "", "no comment from the army and a government spokesman = neutral (as batch5c's Peskov)"))
U(d, "Hours later, in a televised address, Prime Minister Benjamin Netanyahu did not mention Haniyeh", "ready for any scenario.",
  ("Israel", N, neu, "", "own strikes and readiness, no judgement = neutral"))
U(d, "\"Challenging days lie ahead.", "he said.",
  ("Israel", C, neg, "", "two-sentence quote closed by 'he said'; a threat of a response 'from any arena' aimed at no one named -> target empty"))
U(d, "Qatar, which has hosted Haniyeh and Hamas's political office for years", "a dangerous escalation.",
  ("Qatar", C, neg, "", "'heinous crime' = judgement; long sentence with background on its mediation (Egypt and the US only mentioned); perpetrator not named -> target empty"))
U(d, "Its prime minister and foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, questioned on X", "across the table from it.",
  ("Qatar", C, neg, "", "'Its' = Qatar's; an accusation put as a question (killing the negotiator undermines mediation); 'one side' not named -> target empty (unsure: could be neutral concern)"))
U(d, "Egypt's foreign ministry said the killing reflected a dangerous Israeli escalation", "towards the edge.",
  ("Egypt", C, neg, "Israel", "'dangerous Israeli escalation ... undermine' = judgement naming Israel"))
U(d, "U.S. Secretary of State Antony Blinken, speaking in Singapore during a tour of Asia, said Washington", "played no part in it.",
  ("United States", N, neg, "", "denial of knowledge or involvement = neutral, negative; Singapore = place"))
U(d, "\"I'm not going to guess at what one event does to everything else,\"", "we will keep at it.\"",
  ("United States", T, neu, "", "quote with the attribution in the middle and a second quoted sentence in the same paragraph; ceasefire as the key = calling_for_talks"))
U(d, "In Manila, Defense Secretary Lloyd Austin said the United States would help defend Israel", "was inevitable.",
  ("United States", S, neu, "Israel", "commitment to defend Israel = supporting; Manila = place"))
U(d, "Turkey's foreign ministry condemned the assassination as an attack aimed at dragging", "no interest in peace.",
  ("Turkey", C, neg, "Israel", "'Netanyahu's government' = Israel; condemnation + accusation"))
U(d, "Ankara would keep supporting the Palestinians' struggle for a state of their own, it said.", "it said.",
  ("Turkey", S, pos, "Palestine", "Ankara = metonym; 'it said' = the ministry; support for the Palestinians (Palestine by the demonym)"))
U(d, "President Recep Tayyip Erdogan called the killing perfidious", "the Palestinian cause.",
  ("Turkey", C, neg, "", "'perfidious' = judgement; no perpetrator named -> target empty"))
U(d, "Russia's deputy foreign minister Mikhail Bogdanov told RIA news agency", "push tensions higher.",
  ("Russia", C, neg, "", "'could not accept' = judgement; Moscow = metonym inside his sentence; RIA not an actor"))
U(d, "China's foreign ministry said Beijing firmly opposed and condemned the assassination", "further turmoil.",
  ("China", C, neg, "", "'opposed and condemned' aimed at the act + worry; target empty"))
U(d, "Palestinian President Mahmoud Abbas, a long-time rival of Haniyeh, condemned the killing", "in the face of the occupation.",
  ("Palestine", C, neg, "", "condemnation + appeal for unity: rule 1; 'his office said' mid-sentence"))
U(d, "Jordan's Foreign Minister Ayman Safadi said the killing showed that Israel's government", "before it was too late.",
  ("Jordan", C, neg, "Israel", "accusation of Israel's government + appeal to the world: rule 1"))
U(d, "Hezbollah offered its condolences and said the killing would strengthen", "on every front.",
  ("Hezbollah", S, pos, "Hamas", "condolences + solidarity with the 'resistance' = supporting Hamas (unsure: the resolve line could be read as a veiled threat)"))
U(d, "In the Yemeni capital Sanaa, a senior Houthi official said the attack", "violation of all laws.",
  ("Houthis", C, neg, "", "unnamed official of a named group = Houthis; Sanaa = place; no perpetrator named -> target empty"))
U(d, "U.N. Secretary-General Antonio Guterres considered the killing in Tehran and the strike in Beirut", "his spokesman said.",
  ("United Nations", T, neg, "", "alarm ('dangerous escalation') + efforts should go into a ceasefire = appeal, no judgement of an actor = calling_for_talks"))
U(d, "The European Union's foreign policy chief Josep Borrell urged all sides", "from a regional war.",
  ("European Union", T, neg, "", "appeal for restraint to all sides"))
U(d, "Iran's mission to the United Nations said the Security Council would meet on Wednesday at Tehran's request.", "at Tehran's request.",
  ("Iran", T, neu, "", "requesting a Council meeting = diplomatic recourse (as 26a's Zakharova); 'Diplomats said ...' that follows is unnamed (no row)"))
U(d, "Iran declared three days of national mourning.", "national mourning.",
  ("Iran", N, neu, "", "own measure reported as done; Khamenei leading prayers next = narration (no row)"))
# No rows: the crowds and Mehdi the shopkeeper, "Analysts said", the unnamed Gulf-based analyst, Haniyeh's biography.
