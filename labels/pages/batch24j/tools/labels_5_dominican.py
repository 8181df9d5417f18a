# ------------------------------------------------------------------ The suspension of the Dominican Republic's municipal elections (Caribbean news site live blog, 2020-02-17)
d = "page_dominican_municipal_vote_suspended2020_liveblog.txt"
# Not statements: site name, menu, LIVE label, headline, time stamp, byline, key points (bullets), Refresh/Newest first,
# entry time stamps, day header, "Share this post", ADVERTISEMENT, "Related:", tags, newsletter prompt, most read, copyright.
# The Central Electoral Board (JCE), Castaños Guzmán and the National Police are state bodies = Dominican Republic.
# "Crowds are still growing at Plaza de la Bandera ..." = scene description, no row.
U(d, "\"I came because they stole my vote before I could even cast it,\" said Yaritza Mejía", "Los Alcarrizos.",
  ("Yaritza Mejía", C, neg, "", "invented protester (witness); 'they stole my vote' = judgement of an unnamed 'they' -> target empty"))
U(d, "\"We are not leaving until someone tells us the truth.\"", "tells us the truth.\"",
  ("Yaritza Mejía", N, neg, "", "quote continued after the attribution; resolve to stay, no judgement or appeal to an actor"))
U(d, "President Danilo Medina, in a televised address, urged Dominicans to keep the peace", "what had failed.",
  ("Dominican Republic", T, neg, "", "appeal for calm + request for an account from the board, no judgement"))
U(d, "\"The Republic has been through worse than this", "Medina said.",
  ("Dominican Republic", T, pos, "", "encouragement to stay calm = appeal (hope for calm)"))
U(d, "He said the government would provide the board with whatever resources", "legal time limit.",
  ("Dominican Republic", N, pos, "", "plan; support for its own state body is not support for another actor"))
U(d, "The ruling Dominican Liberation Party (PLD) rejected the opposition's claims", "victims of the suspension.",
  ("Dominican Liberation Party", N, neg, "", "denial = neutral, negative tone"))
U(d, "The Organization of American States electoral observation mission said it shared the frustration", "refrain from violence.",
  ("Organization of American States", T, neg, "", "concern + appeal to use institutions and avoid violence: concern with an appeal = calling_for_talks"))
U(d, "The OAS mission said its technical experts were ready to assist", "if the board requested it.",
  ("Organization of American States", S, pos, "Dominican Republic", "offer of technical assistance = supporting"))
U(d, "Luis Abinader, the presidential candidate of the opposition Modern Revolutionary Party (PRM), said suspending the vote", "since the October primaries.",
  ("Modern Revolutionary Party", C, neg, "Dominican Republic", "approval of the suspension joined to a judgement of the board (ignored every warning): rule 1; the board = state body"))
U(d, "\"This was not an accident; it was a failure that was announced months in advance", "outside the PRM headquarters.",
  ("Modern Revolutionary Party", C, neg, "Dominican Republic", "judgement + 'someone has to pay'"))
U(d, "The PRM said it would join the protests called for Monday night", "by international experts.",
  ("Modern Revolutionary Party", C, neg, "Dominican Republic", "joining protests against the board + demand for an audit (unsure: the demand alone would be calling_for_talks)"))
U(d, "Former President Leonel Fernández, whose new party, the People's Force", "unless they step aside.",
  ("People's Force", C, neg, "Dominican Republic", "refusal to take part unless the board resigns = ultimatum/refusal in protest; party declared in new_actors.csv"))
U(d, "Fernández called the failure an act of sabotage", "the ruling party's candidate.",
  ("People's Force", C, neg, "", "'sabotage' = accusation; the author is not named -> target empty"))
U(d, "The United States Embassy in Santo Domingo said it was closely following the situation", "of all parties.",
  ("United States", T, neu, "Dominican Republic", "monitoring + encouragement of a transparent inquiry and an agreed date = appeal, no judgement"))
U(d, "The embassy also issued a demonstration alert to U.S. citizens", "government buildings.",
  ("United States", N, neu, "", "consular procedure"))
U(d, "The European Union delegation said it hoped that the rescheduled municipal elections", "general elections in May.",
  ("European Union", T, pos, "", "hope = calling_for_talks"))
U(d, "Central Electoral Board president Julio César Castaños Guzmán said the board's plenary", "in every polling station.",
  ("Dominican Republic", N, neu, "", "new date and procedure"))
U(d, "He apologised again to voters and said the board would publish", "within days.",
  ("Dominican Republic", N, neu, "", "apology + plan; no position on another actor"))
U(d, "Participación Ciudadana, the Dominican chapter of Transparency International", "before the vote.",
  ("Participación Ciudadana", C, neg, "Dominican Republic", "accusation of the board; new actor (organisation)"))
U(d, "\"The board owes the country much more than an apology,\" the group's coordinator said.", "coordinator said.",
  ("Participación Ciudadana", C, neg, "Dominican Republic", "unnamed official of a named body speaks for it; judgement without a stock word"))
U(d, "The National Police said two people had been killed", "linked to the elections.",
  ("Dominican Republic", N, neu, "", "casualty figures given by the police"))
U(d, "Spain's foreign ministry said it was watching the situation with concern", "followed Sunday's events closely.",
  ("Spain", N, neg, "", "concern without an appeal = neutral"))
U(d, "Rosa Elena Guerrero, a political scientist", "building with voters.",
  ("Rosa Elena Guerrero", N, neg, "", "invented scholar; assessment of damage to trust"))
U(d, "\"Whoever is to blame, the board cannot organise the next vote alone", "Guerrero said.",
  ("Rosa Elena Guerrero", T, neu, "", "appeal for an inclusive process"))
U(d, "She said protesters at Plaza de la Bandera were mostly young people", "any party to control.",
  ("Rosa Elena Guerrero", N, neu, "", "analysis"))
U(d, "Castaños Guzmán announced at a news conference that the board was suspending", "electronic polling stations.",
  ("Dominican Republic", N, neu, "", "decision reported with a technical reason: procedure"))
U(d, "Castaños Guzmán apologised to voters and said the board would find out", "failed to load.",
  ("Dominican Republic", N, neu, "", "apology + plan"))
