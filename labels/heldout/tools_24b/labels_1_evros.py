# ------------------------------------------------------------------ Evros/Kastanies standoff (European English-language news page, full HTML, 2020-03-04)
d = "page_evros_border_europeannews.html"
# No rows: headline, standfirst, kicker, byline, LATEST ticker, captions, crossheads, Read also, share bars, tags,
# newsletter, related links, comments, most read, footer.
U(d, "The heads of the European Union's three main institutions", "towards the border.",
  ("European Union", S, pos, "Greece", "dateline excluded; long lead mixing narration and the EU's pledge (aid = supporting); Mitsotakis only stands beside them; Athens = metonym for the target"))
U(d, "Within hours Turkish officials let it be known", "leave for Europe.",
  ("Turkey", N, neu, "", "'Turkish officials' = unnamed officials of a named government; own announced measure, no judgement in the sentence (unsure: could be read as a threat to the EU)"))
# no row: "By Friday morning buses and taxis ..." (narration)
U(d, "“We opened the doors.", "in Istanbul on Saturday.",
  ("Turkey", C, neg, "European Union", "Erdogan named without his role; multi-sentence quote closed by its speaker = one unit; refusal to close the doors + accusation that Europe broke its promises = threat/accusation"))
U(d, "On Monday he said the numbers leaving would soon be counted in millions", "looked the other way.",
  ("Turkey", C, neg, "", "'he' = Erdogan; threat of millions + accusation of 'European governments' (several actors, target empty)"))
U(d, "Fahrettin Altun, the president's communications director", "bear the cost by itself.",
  ("Turkey", N, neg, "", "figures + grievance without a judgement of a named actor or an appeal = neutral, negative"))
# no row: "Athens answered within a day." (summary line; the specific statement follows)
U(d, "Government spokesman Stelios Petsas called the pressure", "as a bargaining chip.",
  ("Greece", C, neg, "Turkey", "judgement without the usual words ('organised and deliberate threat', 'bargaining chip'); Ankara = metonym"))
U(d, "Petsas said Greek forces had stopped close to 10,000 attempts", "most of them Afghan men.",
  ("Greece", N, neu, "", "surname only; figures"))
U(d, "On Sunday evening, after a meeting of the government's national security council", "emergency article of the EU treaty.",
  ("Greece", N, neg, "", "own measure (asylum suspension, returns), a state procedure announced, no judgement of another actor = neutral (tone negative: a restrictive measure)"))
U(d, "The UN refugee agency UNHCR said neither the 1951 Refugee Convention", "asylum claims.",
  ("UNHCR", C, neg, "Greece", "judgement without the usual words: no legal basis for Greece's measure"))
U(d, "The agency also called on both countries to refrain", "at the frontier.",
  ("UNHCR", T, neg, "", "'The agency' = UNHCR; appeal to both sides, no judgement"))
U(d, "The International Organization for Migration said its teams had counted", "by Saturday night.",
  ("International Organization for Migration", N, neu, "", "figures"))
U(d, "Interior Minister Süleyman Soylu put the number", "dismissed as invented.",
  ("Turkey", N, neu, "", "figure given by an actor"),
  ("Greece", N, neg, "", "'Greek officials' = unnamed officials of a named government; dismissing a figure = denial, neutral negative"))
U(d, "Turkey's foreign ministry accused Greek security forces", "shame the whole of Europe.",
  ("Turkey", C, neg, "Greece", "ministry and its spokesman in one sentence = one row"))
U(d, "Foreign Minister Mevlut Cavusoglu said on Monday that a migrant had been shot dead", "near the river.",
  ("Turkey", C, neg, "Greece", "accusation by describing a killing"))
U(d, "Athens flatly rejected the claim as fake news", "live ammunition.",
  ("Greece", N, neg, "", "Athens = metonym; denial = neutral, negative"))
# no rows: the buffer-zone scene and the unnamed man from Herat (not an actor); "The European visitors flew along the river ..." (narration)
U(d, "“What Greece is facing on this frontier, the whole Union is facing.", "told reporters there.",
  ("European Union", S, pos, "Greece", "quote opened before the speaker, closed by her; solidarity"))
U(d, "She said the Commission would make up to 700 million euros", "about 100 extra guards.",
  ("European Union", S, pos, "Greece", "money and Frontex deployment announced = aid; Frontex only carries the Commission's announcement (no separate actor)"))
U(d, "Von der Leyen said Turkey was not the Union's adversary", "levers of pressure.",
  ("European Union", C, neg, "Turkey", "judgement without the usual words (refugees used as levers), softened by 'not an adversary' (unsure)"))
U(d, "European Council President Charles Michel said he would travel to Ankara", "arrangement on migration.",
  ("European Union", T, pos, "Turkey", "trip to talk + dialogue as the way out; Ankara = place"))
U(d, "David Sassoli, the president of the European Parliament", "the right to seek asylum.",
  ("European Union", T, neu, "", "European Parliament = EU; solidarity + warning to protect the right of asylum: the appeal decides over the support (rule 2 before 3, unsure)"))
U(d, "Croatian Prime Minister Andrej Plenkovic, whose country holds the rotating presidency", "later in the week.",
  ("European Union", N, neu, "", "speaks as holder of the Council presidency = the body (guide: chair of a regional body), not Croatia; meeting dates = plan"))
U(d, "In Berlin, government spokesman Steffen Seibert said Ankara's complaints", "towards a closed border.",
  ("Germany", C, neg, "Turkey", "Berlin = place; Ankara and Brussels metonyms (Brussels is an object); judgement without the usual words"))
U(d, "Chancellor Angela Merkel said on Monday that Germany was willing to talk", "agreement was respected.",
  ("Germany", T, neu, "Turkey", "conditional offer of talks on money = calling_for_talks"))
U(d, "Austrian Chancellor Sebastian Kurz said his country would send police officers", "a repeat of 2015.",
  ("Austria", S, pos, "Greece", "police and equipment for Greece = backing by act; Vienna = metonym"))
U(d, "Bulgarian Prime Minister Boyko Borissov, who flew to Ankara", "arranged within days.",
  ("Bulgaria", T, neu, "", "asked for the flow to stop (no judgement) + hope for a meeting = calling_for_talks; addressed to both Turkey and the EU -> target empty"))
U(d, "Amnesty International said the tear gas and the suspension of asylum", "deeply troubling.",
  ("Amnesty International", C, neg, "", "judgement of Greece's measures and of the EU's praise: two actors -> target empty"))
# no rows: razor wire and loudspeakers near Feres (narration); Erdogan's trip to Moscow (narrated plan, no position)
