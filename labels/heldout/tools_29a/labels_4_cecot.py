# ------------------------------------------------------------------ US deportations of Venezuelans to El Salvador's CECOT (Latin American regional site, full HTML, 2025-03-20)
d = "page_cecot_deportations_webpage.html"
# No rows: cookie notice, edition strip, logo, motto, nav, crumbs, kicker, headline, dek, byline/time, share, captions with
# credits and "1 of 3", crossheads, ADVERTISEMENT, Related, credits, topics, newsletter, comments, Most read, footer.
U(d, "Venezuela's government vowed on Wednesday to bring home", "defied no court in sending them.",
  ("Venezuela", C, neg, "United States", "long lead with two actors: Maduro's 'kidnapping' is a judgement (the vow to bring them home sits inside it) -> condemning"),
  ("United States", N, neg, "", "same sentence: the administration's insistence that it defied no court = denial -> neutral, negative"))
# No row: "The men were among 261 people who landed in San Salvador ..." (narration).
U(d, "In a proclamation signed on Friday and published on Saturday", "Alien Enemies Act of 1798.",
  ("United States", C, neg, "", "a measure against another side (the gang, declared an 'invasion') = condemning; Tren de Aragua is not a canonical actor -> target empty"))
U(d, "Hours later, Chief Judge James Boasberg of the federal court", "should be turned around.",
  ("United States", N, neu, "", "a court's order treated as a state procedure (as batch5c's Moscow court) -> neutral; Washington = place (unsure: could be no row)"))
U(d, "Bukele, El Salvador's president, reposted a headline", "had already landed.",
  ("El Salvador", C, neg, "", "name then role; mocking the judge's order = a negative judgement of the ruling; a domestic US court, not the US government he backs -> target empty (unsure)"))
U(d, "In a second post, he said 238 members of the gang", "pay for themselves.",
  ("El Salvador", N, neu, "", "'he' = Bukele; figures, terms and the fee; Washington = metonym as payer (object)"))
# No row: "His office released a three-minute video showing shackled men ..." (what the video shows = scene description).
U(d, "U.S. Secretary of State Marco Rubio, who agreed the arrangement", "friend of the United States.",
  ("United States", S, pos, "El Salvador", "thanks and praise for Bukele; San Salvador = place"))
U(d, "White House press secretary Karoline Leavitt said on Sunday", "no longer on U.S. soil.",
  ("United States", N, neg, "", "denial that a court order was defied = neutral, negative"))
U(d, "Trump went further on Tuesday, demanding on his Truth Social platform", "radical-left \"troublemaker\".",
  ("United States", C, neg, "", "call to impeach a judge + insult = judgement; a domestic judge is not a canonical actor -> target empty"))
U(d, "The Justice Department told the court in a filing", "only his written order counted.",
  ("United States", N, neu, "", "legal argument, no evaluation of another actor"))
U(d, "Lee Gelernt, the American Civil Liberties Union lawyer", "to get around the court.",
  ("American Civil Liberties Union", C, neg, "United States", "named organisation through its lawyer; accusation of evading the court"))
U(d, "He said the administration should be made to retrieve anyone", "in breach of the order.",
  ("American Civil Liberties Union", T, neg, "United States", "'He' = Gelernt; demand addressed to one side to reverse its act, no new judgement word -> calling_for_talks (unsure: could be condemning for 'in breach')"))
# No row: "In Caracas, the reaction was furious." (summary line before the specific statements).
U(d, "Venezuela's foreign minister, Yván Gil, said in a communiqué", "age of wartime internment.",
  ("Venezuela", C, neg, "United States", "role then name; rejection + 'unlawful' = condemning"))
U(d, "Jorge Rodríguez, the president of the National Assembly", "to international courts.",
  ("Venezuela", C, neg, "United States", "assembly president and negotiator speaks for Venezuela (as in blind26a); 'Caracas's' possessive and Washington as object"))
U(d, "Rodríguez said the government would put every available plane", "not to travel there.",
  ("Venezuela", N, neg, "", "surname only (Jorge, not Delcy: she is introduced later); own plan + travel warning = neutral, negative"))
U(d, "Interior Minister Diosdado Cabello appealed to the Community of Latin American", "every country in the region.",
  ("Venezuela", C, neg, "United States", "appeal to CELAC to denounce + 'an assault on Venezuela' = judgement; CELAC is only addressed (no CELAC row)"))
U(d, "Vice President Delcy Rodríguez said all of the government's efforts", "neither terrorists nor criminals.",
  ("Venezuela", N, neg, "", "rescue effort + denial that the migrants are criminals = neutral, negative"))
U(d, "Maduro, addressing supporters in Caracas on Wednesday", "or anywhere else.",
  ("Venezuela", C, neg, "El Salvador", "surname only; 'accomplice to the abduction' aimed at El Salvador's president; Caracas = place"))
U(d, "He said Venezuela would send the Salvadoran government a formal request", "millions of signatures.",
  ("Venezuela", T, neu, "El Salvador", "'He' = Maduro; formal diplomatic request for the men's return = calling_for_talks"))
# No row: the mothers outside the Foreign Ministry and the unnamed woman (not actors).
U(d, "El Salvador's government said in response to questions", "international security standards.",
  ("El Salvador", N, neu, "", "reassurance about own prisons = neutral"))
U(d, "The opposition Unitary Platform said the deportees were entitled", "in the first place.",
  ("Unitary Platform", C, neg, "Venezuela", "opposition coalition under its own name; due-process appeal + blame on Maduro's government: rule 1"))
U(d, "The U.N. human rights office in Geneva said it was seeking information", "were being held.",
  ("United Nations", N, neu, "", "OHCHR = United Nations; request for information, no judgement or appeal; Geneva = place"))
# No rows: the Grenell background paragraph (narration with Venezuela and Grenell as subjects; "officials there" unnamed),
# the unnamed Bogotá-based analyst; the CECOT background line.
