# ------------------------------------------------------------------ Al-Shabaab's siege of the Hayat hotel in Mogadishu (scraped regional page carrying a Reuters-style wire, plain text, 2022-08-21)
d = "page_hayat_hotel_siege_scraped.txt"
U(d, "Somali security forces have ended a siege of a Mogadishu hotel", "had been killed.",
  ("Somalia", N, neu, "", "dateline excluded; health minister's account: operation over + death toll = facts"))
U(d, "Health Minister Ali Haji Adan told state broadcaster SNTV", "hospital records.",
  ("Somalia", N, neu, "", "introduced by role; figures; SNTV is only the channel"))
U(d, "Police Commissioner Abdi Hassan Mohamed Hijar told reporters", "around midnight.",
  ("Somalia", N, neu, "", "police chief speaks for the state; rescue figures and own operation"))
U(d, "\"Our units went in floor by floor", "Hijar said.",
  ("Somalia", N, pos, "", "surname only; quote closed by its speaker; own operation and its result = neutral, positive (self-praise)"))
U(d, "\"They hid behind the guests they had seized", "took so long.\"",
  ("Somalia", C, neg, "Al-Shabaab", "quote continued after the attribution (same speaker); accusation of using hostages as cover"))
U(d, "Al Shabaab, which is allied to al Qaeda, claimed responsibility", "government officials.",
  ("Al-Shabaab", N, neu, "", "own attack claimed, no judgement = neutral (as batch5c's JNIM); the website is not an actor"))
U(d, "The group later said its fighters had killed dozens", "independently verified.",
  ("Al-Shabaab", N, neg, "", "'The group' = al Shabaab by context; own figures; the verification clause is the agency's narration"))
U(d, "U.N. Secretary-General Antonio Guterres strongly condemned the attack", "Somali government and people.",
  ("United Nations", C, neg, "Al-Shabaab", "condemnation + condolences in one sentence (condemnation decides); the attack is al Shabaab's by its own claim"))
U(d, "The United Nations would remain at Somalia's side", "the statement said.",
  ("United Nations", S, pos, "Somalia", "solidarity with Somalia against terrorism = supporting; attribution tail"))
U(d, "The African Union Transition Mission in Somalia (ATMIS) denounced", "alongside Somali forces.",
  ("African Union", C, neg, "Al-Shabaab", "ATMIS = African Union (name files); denunciation + commitment to fight on: condemnation decides"))
U(d, "The U.S. State Department, in a statement from spokesperson Ned Price", "for their response.",
  ("United States", C, neg, "Al-Shabaab", "condemnation + praise of Somali forces in one sentence: condemnation decides"))
U(d, "Washington would go on helping Somalia and the African Union", "it said.",
  ("United States", S, pos, "", "'it' = the State Department; backing aimed at two actors (Somalia and the AU) -> target empty"))
U(d, "Britain's embassy in Mogadishu called the attack abhorrent", "to the bereaved.",
  ("United Kingdom", C, neg, "Al-Shabaab", "embassy speaks for its state; 'abhorrent' = judgement (condolences in the same sentence: condemnation decides); Mogadishu = place"))
U(d, "Italy's foreign ministry said the people behind the attack had to answer", "before a court.",
  ("Italy", C, neg, "Al-Shabaab", "demand that the perpetrators be punished = holds them responsible (condemning); 'those responsible' = the claimant by the page (unsure: could be left empty)"))
U(d, "Turkey, Qatar, and Egypt also condemned the assault", "Somali government.",
  ("Turkey", C, neg, "Al-Shabaab", "list of three (Oxford comma); Turkey's added pledge of support (Ankara = metonym) sits in the same sentence: condemnation decides"),
  ("Qatar", C, neg, "Al-Shabaab", "same list"),
  ("Egypt", C, neg, "Al-Shabaab", "same list"))
U(d, "Workneh Gebeyehu, executive secretary of the regional bloc IGAD", "innocent civilians.",
  ("IGAD", C, neg, "Al-Shabaab", "introduced by role; 'cowardly act' = judgement"))
U(d, "The bloc said it would keep supporting Somalia's efforts", "security institutions.",
  ("IGAD", S, pos, "Somalia", "'The bloc' = IGAD by context; support"))
U(d, "Norway's foreign ministry said it was seeking to confirm reports", "among the dead.",
  ("Norway", N, neg, "", "consular fact-finding, no judgement; the analysts and the survivor are unnamed (no rows)"))
