# ------------------------------------------------------------------ Tanzania: detention and charging of journalist Erick Kabendera (US embassy news page, several items, 2019-08-09)
d = "page_tanzania_kabendera2019_embassynews.txt"
# Not statements: site header, language bar, menu, breadcrumb, filter bar, item counters, item titles, dates and share links,
# separators, the reception-postponed item (logistics, unrelated), Older items, social bar, disclaimer.
# The embassy speaks for the United States; the joint statement speaks for both listed states (one row each).
for a in ("United States", "United Kingdom"):
    U(d, "The Embassies of the United States and the United Kingdom in Dar es Salaam are troubled", "at the moment they matter most.",
      (a, C, neg, "Tanzania", "joint statement by two embassies; 'troubled' joined to a charge that legal safeguards are set aside = judgement"))
    U(d, "The handling of the case of investigative journalist Erick Kabendera", "in a single week.",
      (a, C, neg, "Tanzania", "accusation made by describing the authorities' conduct"))
    U(d, "Our two governments note that the charges now brought against him", "tested in court.",
      (a, N, neg, "", "concern about the bail rule, no appeal and no explicit judgement = neutral, negative"))
    U(d, "We call on the Government of Tanzania to ensure", "to counsel and to family.",
      (a, T, neu, "Tanzania", "appeal for due process with no judgement word = calling_for_talks"))
    U(d, "The United States and the United Kingdom remain committed partners", "their free press and their courts.",
      (a, S, pos, "Tanzania", "pledge of continued support"))
U(d, "The United States, through the U.S. Agency for International Development, today handed over", "Ebola virus disease.",
  ("United States", S, neu, "Tanzania", "aid delivered = backing by act"))
U(d, "\"The people of the United States stand with Tanzania", "handover ceremony in Dar es Salaam.",
  ("United States", S, pos, "Tanzania", "solidarity; the charge d'affaires speaks for the US"))
U(d, "Deputy Minister Dr. Faustine Ndugulile thanked the United States", "timely and practical help.",
  ("Tanzania", S, pos, "United States", "gratitude and praise for the aid"))
# "Charge d'Affaires Patterson hosted editors, reporters and media lawyers ..." = event narration, no row.
U(d, "Dr. Neema Mwakasege, a lecturer in media law", "punishment without trial.",
  ("Neema Mwakasege", C, neg, "Tanzania", "invented scholar; reported clause; judgement on the use of charges without stock words"))
U(d, "\"When the charge sheet is written to keep someone inside", "Mwakasege said.",
  ("Neema Mwakasege", C, neg, "Tanzania", "surname only; same judgement"))
U(d, "Joseph Kitururu, managing editor of a Dar es Salaam weekly", "rather than caution.",
  ("Joseph Kitururu", N, neg, "", "invented editor; describes self-censorship, no explicit judgement on an actor"))
U(d, "He said he hoped that the authorities and the media could agree", "instead of by arrests.",
  ("Joseph Kitururu", T, pos, "", "hope for a dialogue forum = calling_for_talks"))
U(d, "The Chargé d'Affaires thanked the participants and said the Embassy would continue", "Tanzanian journalists.",
  ("United States", S, pos, "", "office holder by title only; pledge of training support; journalists not an actor -> target empty"))
U(d, "The Embassy notes that Erick Kabendera was brought before", "tax evasion and money laundering.",
  ("United States", N, neu, "", "procedural line: notes the charges"))
U(d, "The Embassy has also noted the remarks of Government Chief Spokesperson", "Mr. Kabendera's reporting.",
  ("Tanzania", N, neg, "", "government spokesperson's denial that the case is about journalism = neutral, negative"),
  ("United States", N, neu, "", "'has noted' = procedural"))
U(d, "The Embassy remains concerned that Mr. Kabendera was questioned", "without a lawyer present.",
  ("United States", N, neg, "", "concern with no appeal in the sentence = neutral (the appeal follows in the next sentence)"))
U(d, "We urge the authorities to allow his lawyers and family regular access", "without undue delay.",
  ("United States", T, neu, "Tanzania", "appeal with no judgement"))
U(d, "The Embassy is following with concern reports that journalist Erick Kabendera", "did not at first identify themselves.",
  ("United States", N, neg, "", "monitoring with concern, no appeal"))
U(d, "The Embassy welcomes the confirmation by the Dar es Salaam Regional Police Commander", "without delay.",
  ("United States", T, neu, "Tanzania", "welcome joined to an appeal, no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "According to police, he is being questioned about his citizenship status.", "citizenship status.",
  ("Tanzania", N, neu, "", "police account (state agency) = Tanzania; fact"))
