# ------------------------------------------------------------------ Lithuania closes its border with Belarus over smuggling balloons (full HTML, Baltic English-language site, 2025-10-28)
d = "page_lithuania_belarus_border_webpage.html"
U(d, "Belarusian leader Alexander Lukashenko on Tuesday derided", "as long as it takes.",
  ("Belarus", C, neg, "Lithuania", "lead with two actors' positions: Lukashenko derides the planned closure as a senseless gamble = judgement"),
  ("Lithuania", C, neg, "Belarus", "second position in the lead: the government in Vilnius (metonym) 'said it was ready to close the crossings for as long as it takes' = a measure announced against Belarus (as the closure below)"))
U(d, "Speaking at a security conference in Minsk, Lukashenko said", "to please Brussels.",
  ("Belarus", C, neg, "Lithuania", "surname only; belittles the smuggling (a denial part) + accuses Lithuania of staging a drama = the accusation decides; Minsk = place, Vilnius/Brussels = metonyms"))
U(d, "\"They close the border, they open it", "state news agency BelTA.",
  ("Belarus", C, neg, "Lithuania", "multi-sentence quote closed by its speaker = one unit; mockery of Lithuania's policy = judgement; BelTA is an agency, not an actor"))
U(d, "Prime Minister Inga Ruginienė said on Monday", "on its airspace.",
  ("Lithuania", C, neg, "Belarus", "border closure announced as a response to 'hybrid attacks' by Minsk (metonym) = a measure against another side + accusation; the next sentence (decision due Wednesday) has no speaker = narrative"))
U(d, "\"We are not going to wait for the next balloon", "Ruginienė told reporters.",
  ("Lithuania", N, neg, "", "own resolve about balloons; no actor judged in this sentence"))
U(d, "\"The army now has the right to bring them down.\"", "\"The army now has the right to bring them down.\"",
  ("Lithuania", N, neu, "", "quote continued after the attribution = own unit, same speaker; own military measure against balloons (smugglers are not an actor) = neutral plan"))
U(d, "She said Lithuania might request consultations under Article 4", "sanctions against Belarus.",
  ("Lithuania", C, neg, "Belarus", "pressing for sanctions = condemning (guide: sanctions); the Article 4 request is part of the same response"))
U(d, "Diplomats, Lithuanian and other EU citizens", "she said.",
  ("Lithuania", N, neu, "", "exemptions = procedure"))
U(d, "President Gitanas Nausėda said the authorities in Minsk", "against Lithuania.",
  ("Lithuania", C, neg, "Belarus", "accuses the regime of using criminal gangs as a weapon = judgement"))
U(d, "Foreign Minister Kęstutis Budrys said his ministry had handed", "Lithuanian airspace.",
  ("Lithuania", C, neg, "Belarus", "notes of protest handed over = a protest by act + 'deliberate violations'"))
U(d, "Lithuania's State Border Guard Service said", "since Friday.",
  ("Lithuania", N, neu, "", "state agency gives figures = neutral"))
U(d, "On Monday evening the Belarusian foreign ministry summoned", "claims to champion.",
  ("Belarus", C, neg, "Lithuania", "counter-note of protest + 'trampled on the freedom of movement' = judgement; the EU is only mentioned (the possessive/relative clause is not a speaker)"))
U(d, "Lithuania's unilateral move would hurt its own citizens", "the ministry said.",
  ("Belarus", C, neg, "Lithuania", "possessive before the speaker: Lithuania is only the object ('Lithuania's unilateral move'), the speaker is 'the ministry' = Belarus's foreign ministry by context; judgement"))
U(d, "It added that Minsk remained open to dialogue", "border services.",
  ("Belarus", T, neu, "Lithuania", "'It' = the Belarusian foreign ministry; offer of dialogue and cooperation, no judgement in this sentence"))
U(d, "Belarus's State Customs Committee described the steps", "close eye on them.",
  ("Belarus", C, neg, "Lithuania", "'unfriendly' = judgement aimed at Vilnius (metonym)"))
U(d, "European Commission President Ursula von der Leyen wrote on X", "fully behind Lithuania.",
  ("European Union", S, pos, "Lithuania", "solidarity = supporting"))
U(d, "\"Balloons from Belarus are not a weather phenomenon.", "she wrote.",
  ("European Union", C, neg, "Belarus", "multi-sentence quote closed by its speaker: accusation of a deliberate test + 'will be answered' = threat"))
U(d, "European Council President António Costa said", "full support.",
  ("European Union", S, pos, "Lithuania", "'the bloc' = EU; support assured to Lithuania's president"))
U(d, "A joint statement on behalf of all 27 member states", "not been substantiated.",
  ("Hungary", N, neg, "", "Budapest (metonym) objects to the wording and calls the charge unsubstantiated: objecting to a text with no judgement of an actor = neutral (unsure); Politico only reports it (not an actor); the EU takes no position in this sentence"))
U(d, "In Warsaw, Foreign Minister Radosław Sikorski said", "eastern border.",
  ("Poland", S, pos, "Lithuania", "Warsaw = place; solidarity + readiness to coordinate = supporting"))
U(d, "Latvia's foreign ministry voiced solidarity with Vilnius", "Belarus closely.",
  ("Latvia", S, pos, "Lithuania", "solidarity with Vilnius (metonym) = supporting; watching its own border adds no judgement"))
U(d, "Interior Minister Vladislavas Kondratovičius said", "mostly with fines.",
  ("Lithuania", N, neu, "", "domestic penal measure against smugglers (not an actor) = neutral plan"))
U(d, "Linava, the Lithuanian road carriers' association", "could get home.",
  ("Linava", T, neg, "Lithuania", "an association under its own name; stranded lorries (fact) + urges its own government to agree a corridor with Minsk = appeal for talks addressed to Lithuania"))
