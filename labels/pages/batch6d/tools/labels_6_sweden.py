# ------------------------------------------------------------------ Quran burning in Stockholm and Turkey's response to Sweden's NATO bid (full HTML, Nordic English-language site, 2023-01-24)
d = "page_sweden_quran_nato_webpage.html"
U(d, "Turkish President Recep Tayyip Erdogan said on Monday that Sweden", "embassy in Stockholm.",
  ("Turkey", C, neg, "Sweden", "withholding support for the NATO bid in protest = a refusal with the grievance stated; Ankara = metonym in the sentence"))
U(d, "“You let our holy book be set alight in front of our embassy", "cabinet meeting in Ankara.",
  ("Turkey", C, neg, "Sweden", "multi-sentence quotation closed by its speaker = one unit; reproach + refusal"))
U(d, "He also accused Stockholm of giving free rein to Kurdish militants", "security guarantees.",
  ("Turkey", C, neg, "Sweden", "accusation; Stockholm = metonym; the PKK is only mentioned"))
U(d, "Ankara had summoned Sweden's ambassador, Staffan Herrstrom", "be stopped.",
  ("Turkey", C, neg, "Sweden", "summoning an ambassador with a demand = a diplomatic protest measure"))
U(d, "The foreign ministry said on Saturday that no appeal to free speech", "those responsible.",
  ("Turkey", C, neg, "", "'the foreign ministry' resolved by context (Turkey's); 'vile attack' + 'no appeal to free speech could excuse' aimed at both the burner and the permit -> target empty; appeal to act (rule 1)"))
U(d, "Defence Minister Hulusi Akar called off a planned visit", "for the demonstration.",
  ("Turkey", C, neg, "Sweden", "cancelling a visit in protest, grievance stated = condemning"))
U(d, "Ibrahim Kalin, Erdogan's spokesman, wrote on Twitter", "hatred of Islam.",
  ("Turkey", C, neg, "Sweden", "accusation of encouraging hatred"))
U(d, "Paludan said his demonstration was meant to show the Turkish president", "allowed to say.",
  ("Stram Kurs", C, neg, "Turkey", "party leader = his party (unsure: could be the person); rejects Erdogan's interference = judgement"))
U(d, "Stockholm police said they had issued the permit", "grounds to refuse it.",
  ("Sweden", N, neu, "", "police = Sweden; procedure explained, no judgement"))
U(d, "Prime Minister Ulf Kristersson called the burning contemptible", "offensive protests.",
  ("Sweden", C, neg, "Stram Kurs", "judgement of the burning ('contemptible'); sympathy to Muslims and the legal note do not change rule 1"))
U(d, "Foreign Minister Tobias Billstrom declined on Monday to respond directly", "last June.",
  ("Sweden", T, neu, "", "declines to hit back + commits to the agreed three-way memorandum = keeps to the diplomatic course (unsure: could be neutral)"))
U(d, "Finnish Foreign Minister Pekka Haavisto said on Tuesday", "tempers had cooled.",
  ("Finland", T, neu, "", "a pause then a return to the table once calm = calling_for_talks (a pause alone would be neutral)"))
U(d, "He told public broadcaster Yle that Finland might have to weigh", "for a long time.",
  ("Finland", N, neu, "", "an option considered, no judgement or appeal"))
U(d, "In Washington, State Department spokesman Ned Price said the organiser", "called the act hateful.",
  ("United States", C, neg, "Stram Kurs", "accusation of deliberate provocation + 'hateful'; the organiser = Paludan, leader of Stram Kurs"))
U(d, "White House press secretary Karine Jean-Pierre said Washington still fully backed", "alliance soon.",
  ("United States", S, pos, "", "backing of the Swedish and Finnish bids; two actors -> target empty"))
U(d, "NATO Secretary-General Jens Stoltenberg said the protest was inappropriate", "illegal in Sweden.",
  ("NATO", C, neg, "Stram Kurs", "judgement without stock words ('inappropriate')"))
U(d, "He said he was in close touch with Stockholm, Helsinki and Ankara", "move forward.",
  ("NATO", T, pos, "", "contacts with all three + hope the process moves = calling_for_talks; capitals = metonyms of three actors -> target empty"))
U(d, "Saudi Arabia's foreign ministry condemned the burning", "in all its forms.",
  ("Saudi Arabia", C, neg, "Stram Kurs", "condemnation of the burning; target = the burner's party"))
U(d, "Jordan, Kuwait, Pakistan, and the Organisation of Islamic Cooperation", "denounced the act.",
  ("Jordan", C, neg, "Stram Kurs", "list with Oxford comma: one row per actor"),
  ("Kuwait", C, neg, "Stram Kurs", "same list"),
  ("Pakistan", C, neg, "Stram Kurs", "same list"),
  ("Organisation of Islamic Cooperation", C, neg, "Stram Kurs", "same list"))
U(d, "Qatar's foreign ministry went further, faulting the Swedish authorities", "Muslims everywhere.",
  ("Qatar", C, neg, "Sweden", "blames the permit = judgement of Sweden"))
U(d, "Iran's foreign ministry spokesman Nasser Kanaani accused some European governments", "human-rights slogans.",
  ("Iran", C, neg, "", "accusation aimed at unnamed European governments -> target empty"))
