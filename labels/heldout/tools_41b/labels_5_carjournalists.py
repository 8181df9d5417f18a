# ------------------------------------------------------------------ CAR: the killing of three Russian journalists near Sibut ('world reacts' round-up, 2018-08-02)
d = "page_car_russian_journalists2018_worldreacts.txt"
# Not statements: menu, breadcrumb, headline, staff byline and time stamps, [Image n/2] captions, the section labels
# (RUSSIA, UNESCO, ...), RELATED, TAGS, share line, most read, copyright.
# The four opening paragraphs (the killing, the crew, the driver and bodies, the Russian media reports) are narration
# with no named source taking a position, no row. "Here is how governments ... have reacted so far." = lead-in, no row.
U(d, "The Russian foreign ministry confirmed that the dead men carried", "embassy in Bangui.",
  ("Russia", N, neg, "", "confirmation, sympathy to its own citizens' relatives, repatriation = facts and plans"))
U(d, "The ministry added that the three had entered the Central African Republic on tourist visas", "registered with the embassy.",
  ("Russia", N, neu, "", "facts about the trip"))
U(d, "Foreign ministry spokeswoman Maria Zakharova said the state would give the relatives", "without security or accreditation.",
  ("Russia", C, neg, "", "help to the families + blame of those who sent the crew; the judgement decides; the organisers are not named -> target empty"))
U(d, "\"Someone planned this trip, paid for it and then left three people alone", "Zakharova told reporters.",
  ("Russia", C, neg, "", "multi-sentence quote; holds the unnamed organisers answerable (implied Khodorkovsky's outlet, not named -> target empty)"))
U(d, "Russia's Investigative Committee has opened a murder case.", "Russia's Investigative Committee has opened a murder case.",
  ("Russia", N, neu, "", "a state agency's procedure"))
U(d, "Government spokesman Ange-Maxime Kazagui said the crew had never applied", "only after the attack.",
  ("Central African Republic", N, neu, "", "facts about accreditation, no judgement"))
U(d, "He said the government condemned a cowardly killing", "find those responsible.",
  ("Central African Republic", C, neg, "", "condemnation of unknown killers -> target empty; gendarmerie ordered to act"))
U(d, "A local official in Sibut said the attackers had numbered around ten", "unsafe at night.",
  ("Central African Republic", N, neu, "", "local official speaks for his state (labels README: provincial officials); account of the attack"))
U(d, "Vladimir Monteiro, spokesman for the U.N. peacekeeping mission MINUSCA, said a patrol", "on Tuesday morning.",
  ("United Nations", N, neu, "", "UN mission = United Nations; facts"))
U(d, "The mission said it would put its investigators and forensic staff", "Central African authorities.",
  ("United Nations", S, pos, "Central African Republic", "offer of assistance to the national inquiry = supporting"))
U(d, "UNESCO Director-General Audrey Azoulay denounced the killings", "before a court.",
  ("UNESCO", C, neg, "", "'denounced' + appeal; unknown killers -> target empty (rule 1)"))
U(d, "Harlem Désir, the OSCE Representative on Freedom of the Media, wrote on Twitter", "families and friends.",
  ("OSCE", N, neg, "", "grief and condolences, no judgement on an actor and no appeal = neutral, negative"))
U(d, "A spokesperson for the EU's foreign service said the bloc condemned the killings", "transparent investigation.",
  ("European Union", C, neg, "", "condemnation + expectation of an inquiry (rule 1); killers unknown -> target empty"))
U(d, "The French foreign ministry said it condemned the attack and stood ready to help", "what had happened.",
  ("France", C, neg, "", "condemnation + offer of help; the judgement decides (rule 1); attackers unknown -> target empty"))
U(d, "Reporters Without Borders condemned the murders without reservation", "a thorough inquiry.",
  ("Reporters Without Borders", C, neg, "", "condemnation + demand of an inquiry from two states -> target empty"))
U(d, "The Committee to Protect Journalists asked Bangui and Moscow to work together", "the journalists' reporting.",
  ("Committee to Protect Journalists", T, neu, "", "appeal for a joint inquiry, no judgement = calling_for_talks; two addressees -> target empty"))
U(d, "Philippe Leruth, president of the International Federation of Journalists, said the Central African government now had a duty", "findings of its inquiry public.",
  ("International Federation of Journalists", T, neg, "Central African Republic", "'a duty to show that killing a journalist ... carried a price' + appeal to publish the inquiry; an appeal, no judgement word"))
U(d, "The Russian Union of Journalists called the killings a blow to the whole profession", "follow the investigation.",
  ("Russian Union of Journalists", N, neg, "", "grief ('a blow') without blaming an actor + own plan = neutral, negative (unsure)"))
U(d, "Andrei Konyakhin, the outlet's editor-in-chief, said the crew had been in regular contact", "the trip north.",
  ("Investigation Control Center", N, neu, "", "the outlet's editor gives a fact"))
U(d, "Khodorkovsky said he could not rule out that the killings were linked", "Moscow and Bangui.",
  ("Mikhail Khodorkovsky", T, neg, "", "suspicion voiced without a judgement + demand for an international inquiry = calling_for_talks (unsure: implied suspicion of Moscow)"))
U(d, "Nathalie Kossi, a researcher on the Central African Republic at the Great Lakes Policy Centre", "a simple robbery.",
  ("Nathalie Kossi", N, neu, "", "invented researcher; assessment"))
U(d, "\"There are armed groups everywhere in this country", "Kossi said.",
  ("Nathalie Kossi", T, neg, "", "'every lead has to be followed' = appeal for a full inquiry (unsure: could be neutral analysis)"))
U(d, "Kremlin spokesman Dmitry Peskov said the Kremlin knew nothing", "establish the facts.",
  ("Russia", N, neu, "", "no knowledge + leaves it to investigators = neutral"))
U(d, "Mikhail Fedotov, who chairs the presidential council on human rights, said", "before they left Moscow.",
  ("Russia", T, neu, "", "a state council (presidential) speaks for Russia; asks for a line of inquiry = calling_for_talks (unsure: could be neutral procedure)"))
U(d, "President Faustin-Archange Touadéra sent a message of condolence", "in difficult times.",
  ("Central African Republic", S, pos, "Russia", "condolences + praise of Russia as a friend = supporting"))
