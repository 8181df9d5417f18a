# ------------------------------------------------------------------ Attacks on Maccabi Tel Aviv fans in Amsterdam (Dutch English-language site, full HTML, 2024-11-09)
d = "page_amsterdam_maccabi_dutchsite.html"
U(d, "Prime Minister Dick Schoof promised on Friday that everyone", "to The Hague instead.",
  ("Netherlands", C, neg, "", "long lead: vow to prosecute the attackers = response against them (attackers not an actor -> target empty); Israel's planes/minister narrated in the same sentence, labelled below where its own statements come (no Israel row here); The Hague = place"))
U(d, "Five people were treated in hospital and between 20 and 30", "police said.",
  ("Netherlands", N, neu, "", "police figures with an attribution tail"))
# no row: "Officers made 62 arrests overnight, ..." (narration of police action, no source)
U(d, "\"I am appalled. Jews and Israelis were chased down", "early on Friday.",
  ("Netherlands", C, neg, "", "PM on social media; two-sentence quote closed by the speaker = one unit; 'disgrace ... not unpunished' = judgement + threat"))
U(d, "He said later that he had spoken twice with Israeli Prime Minister", "would be prosecuted.",
  ("Netherlands", N, neu, "", "pronoun subject = Schoof; account of a call and a reassurance about own conduct = neutral (Netanyahu is an object)"))
# no row: crosshead
U(d, "Mayor Femke Halsema, appearing alongside police chief Peter Holla", "before police could reach them.",
  ("Netherlands", C, neg, "", "mayor = Netherlands (local official resolves to the state); accusation by describing attacks on civilians"))
U(d, "\"This was an explosion of antisemitism, and I am ashamed", "Halsema said.",
  ("Netherlands", C, neg, "", "quote closed by its speaker"))
U(d, "\"People were kicked on the ground.", "war in the Middle East.\"",
  ("Netherlands", C, neg, "", "quote continued after its attribution (two sentences, its own unit); 'must never be accepted' = judgement"))
# no row: "She did not leave out the night before the match." (summary line)
U(d, "Maccabi supporters had pulled a Palestinian flag", "on their way to the stadium.",
  ("Netherlands", C, neg, "", "'she said' inside the sentence; judgement by describing the fans' acts (supporters, not the club -> target empty)"))
U(d, "Nothing, she added, justified what followed.", "justified what followed.",
  ("Netherlands", C, neg, "", "short judgement of the attacks, attribution mid-sentence"))
U(d, "The city issued an emergency ordinance banning all demonstrations", "without suspicion.",
  ("Netherlands", N, neu, "", "'the city' = municipal authority = Netherlands; own measure"))
U(d, "The public prosecution service said it had set up a special team", "on the night of the match.",
  ("Netherlands", N, neu, "", "own procedure"))
# no rows: Related link; crosshead "The Hague"; "The cabinet met for nearly three hours on Friday afternoon." (narration)
U(d, "Justice Minister David van Weel told reporters afterwards", "on Monday.",
  ("Netherlands", N, neu, "", "plans, no evaluation"))
U(d, "Geert Wilders, whose Party for Freedom is the largest", "deported.",
  ("Party for Freedom", C, neg, "", "party leader = his party; 'pogrom' + demand for deportations"))
# no row: "Coalition partners said that was not on the table." (unnamed parties)
U(d, "King Willem-Alexander, who spoke by telephone with Israeli President Isaac Herzog", "anniversary of Kristallnacht.",
  ("Netherlands", N, neg, "", "head of state's self-criticism of his own country: no other actor judged (target cannot be itself) -> neutral, negative (unsure); Herzog is an object"))
# no row: crosshead
U(d, "Netanyahu's office said on Friday morning that he had ordered two aircraft", "who wanted to leave.",
  ("Israel", N, neu, "", "own measure for its citizens"))
# no row: "The planes never took off."
U(d, "His office said later that the flights were no longer needed", "the situation in hand.",
  ("Israel", N, neu, "", "possessive 'His office' = Netanyahu's = Israel; plan cancelled with a reason, no judgement"))
U(d, "Netanyahu, in a statement, called the violence a planned antisemitic attack", "the Jewish community.",
  ("Israel", C, neg, "", "judgement of the attack + demand to the Dutch government: rule 1; attackers not an actor -> target empty"))
U(d, "Israel's foreign ministry put the number of Israeli citizens injured at ten", "had been found.",
  ("Israel", N, neu, "", "figures"))
U(d, "Foreign Minister Gideon Saar, sworn in only that week, landed in the Netherlands", "Caspar Veldkamp.",
  ("Israel", T, neu, "Netherlands", "travelling for talks = commits to a meeting"))
U(d, "\"We came here to say plainly that Israelis must be able to walk", "Saar told reporters at Schiphol.",
  ("Israel", T, neg, "Netherlands", "demand that its citizens be protected, no judgement word = calling_for_talks (appeal to protect civilians)"))
U(d, "\"We expect our friends in the Netherlands to make that true.\"", "to make that true.\"",
  ("Israel", T, neu, "Netherlands", "quote continued after its attribution; expectation addressed to the Dutch"))
U(d, "Herzog said on X that the images from Amsterdam had shocked him", "for his clear words.",
  ("Israel", S, pos, "Netherlands", "shock without judgement + thanks to the king = approval (supporting); president speaks for Israel"))
U(d, "Israel's National Security Council, for its part, advised Israelis abroad", "for the coming week.",
  ("Israel", N, neu, "", "travel advice = own measure"))
# no row: "The reaction from other capitals was quick and, for the most part, unanimous." (summary line, capitals as metonyms)
U(d, "US President Joe Biden said in a post that the attacks were despicable", "Dutch governments.",
  ("United States", C, neg, "", "judgement without stock words; no actor named as perpetrator"))
U(d, "European Commission President Ursula von der Leyen said she condemned", "called the scenes appalling.",
  ("European Union", C, neg, "", "condemnation"),
  ("United Kingdom", C, neg, "", "second actor in the same sentence; 'appalling' = judgement"))
U(d, "The United Nations Secretary-General, through his spokesman", "fed on itself.",
  ("United Nations", T, neg, "", "rejection of antisemitism aimed at no actor + appeal to lower the temperature = calling_for_talks (unsure: 'rejected antisemitism' could be read as condemning)"))
U(d, "UEFA said it condemned the violence and was in contact", "the Dutch authorities.",
  ("UEFA", C, neg, "", "sports body under its own name"))
U(d, "Maccabi Tel Aviv thanked the Dutch police for protecting its supporters", "their flights home.",
  ("Maccabi Tel Aviv", S, pos, "Netherlands", "club under its own name; thanks = approval; the request to its own fans is not a position on another actor"))
# no rows: crosshead "Counter-claims"; "Some pro-Palestinian groups in the city said ..." (unnamed groups, not actors); the taxi driver
U(d, "Halsema, asked about those complaints on Saturday, said both the fans' vandalism", "on the same level.",
  ("Netherlands", N, neu, "", "surname only; investigations announced, with a comparison not aimed at an actor (unsure)"))
# no rows: the football-violence researcher (not an actor), captions, topics, newsletter, comments, most read, footer
