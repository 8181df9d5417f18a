# ------------------------------------------------------------------ Killing of Ma'an deputy police chief Abdul Razzaq Al-Dalabeh during fuel-price protests (state news agency, 2022-12-16)
d = "page_jordan_maan_dalabeh2022_stateagency.txt"
# Not statements: agency name, language bar, menu, section, headline, time stamp, print bar, dateline "Amman, Dec. 16 (Petra) -- ",
# the closing background paragraph on the strike (narration) and its sign-off, Related News, Most Read, tags, copyright.
U(d, "His Majesty King Abdullah II affirmed on Friday that whoever turns a weapon", "not open to bargaining.",
  ("Jordan", C, neg, "", "dateline excluded; the King = Jordan; warning of the full force of the law against attackers (unknown gunmen, not an actor) = threatened response -> target empty"))
U(d, "His Majesty's remarks came as he offered condolences", "in Al-Husseiniya district.",
  ("Jordan", S, neg, "", "condolences to the officer's family = sympathy (the family is not an actor -> target empty); the rest is narration (unsure: condolences to one's own officer could be neutral)"))
U(d, "His Majesty said that the martyr Al-Dalabeh had given his life", "members of its security services.",
  ("Jordan", N, pos, "", "praise of its own officer and services = self-praise, neutral, positive"))
U(d, "His Majesty said he was aware of the hardship that rising prices", "a cover for violence.",
  ("Jordan", T, neu, "", "acknowledges hardship + protest must stay peaceful = an appeal for non-violence without a judgement of an actor"))
U(d, "In a press conference held at the Prime Ministry, Minister of Interior Mazen Al-Farrayeh said", "acts of sabotage.",
  ("Jordan", C, neg, "", "interior minister = Jordan; prosecution vowed + more riot units against 'acts of sabotage' = threatened response; no actor named -> target empty"))
U(d, "Al-Farrayeh said the Public Security Directorate had protected peaceful gatherings", "had been injured.",
  ("Jordan", C, neg, "", "surname only; accuses some of exploiting the strike to attack public facilities (rioters, not an actor) -> target empty"))
U(d, "Minister of State for Media Affairs and Government Spokesperson Faisal Al-Shboul said", "what the Treasury could bear.",
  ("Jordan", T, pos, "", "dialogue continuing + proposals tabled = offering talks; truckers are not an actor -> target empty"))
U(d, "Al-Shboul noted that the Government had spent hundreds of millions of dinars", "on citizens.",
  ("Jordan", N, neu, "", "figures about its own spending = neutral"))
U(d, "He called on the striking drivers to return to work", "to escalate.",
  ("Jordan", T, neu, "", "'He' = Al-Shboul; appeal to end the strike and not to escalate = calling_for_talks (calm), no judgement"))
U(d, "For its part, the Public Security Directorate (PSD) said in a statement that armed men among the rioters", "a non-commissioned officer.",
  ("Jordan", C, neg, "", "the police directorate = Jordan; accusation against armed rioters (not an actor) -> target empty"))
U(d, "The Directorate said it would continue to protect those who demonstrate peacefully", "whoever they may be.",
  ("Jordan", C, neg, "", "warning that it will pursue armed protesters = threatened response, target empty"))
U(d, "The PSD's Cybercrime Unit said it had temporarily suspended the TikTok application", "against the security services.",
  ("Jordan", C, neg, "", "a measure taken because of incitement spread on the platform; the judgement is on the inciting content, not on the company -> target empty (unsure: could be TikTok)"))
U(d, "Speaker of the House of Representatives Ahmad Al-Safadi condemned the attack", "Jordanian society.",
  ("Jordan", C, neg, "", "the parliament speaker resolves to the state (like the Armenian parliament in the guide); 'crime' = judgement, perpetrators unknown -> target empty"))
U(d, "In a statement, the Islamic Action Front party condemned the killing of Colonel Al-Dalabeh.", "In a statement, the Islamic Action Front party condemned the killing of Colonel Al-Dalabeh.",
  ("Islamic Action Front", C, neg, "", "opposition party; condemns the killing, killers unknown -> target empty"))
U(d, "The party called on the Government to open a serious dialogue", "defuse the tension.",
  ("Islamic Action Front", T, neu, "Jordan", "'The party' = IAF; appeal to the government for dialogue and de-escalation, no judgement word"))
U(d, "Meanwhile, the Kingdom of Saudi Arabia, the State of Kuwait and the Kingdom of Bahrain expressed", "the killing of Colonel Al-Dalabeh.",
  ("Saudi Arabia", C, neg, "", "states acting as a list: one row per state; condemnation of the killing, killers unknown -> target empty"),
  ("Kuwait", C, neg, "", "listed state; condemnation of the killing"),
  ("Bahrain", C, neg, "", "listed state; condemnation of the killing"))
U(d, "The three countries affirmed their full solidarity with the Hashemite Kingdom of Jordan", "security and stability.",
  ("Saudi Arabia", S, pos, "Jordan", "'The three countries' = the list above; solidarity and support for Jordan's measures"),
  ("Kuwait", S, pos, "Jordan", "listed state; solidarity with Jordan"),
  ("Bahrain", S, pos, "Jordan", "listed state; solidarity with Jordan"))
U(d, "Secretary-General of the League of Arab States Ahmed Aboul Gheit expressed", "the current circumstances.",
  ("Arab League", S, pos, "Jordan", "the Secretary-General speaks for the League; condolences + confidence in Jordan = supporting"))
