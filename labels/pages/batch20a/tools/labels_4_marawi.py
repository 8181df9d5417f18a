# ------------------------------------------------------------------ the siege of Marawi, martial law and foreign offers of help (scraped Philippine daily, 2017-06-10)
d = "page_marawi_siege_phdaily.txt"
# No rows: masthead, menu, section path, headline, byline, share, reading time, captions with credits, ADVERTISEMENT,
# crossheads, "READ:", fact box, related stories, tags, follow prompt, most popular, footer.
U(d, "The military on Saturday confirmed that United States special forces were giving technical support", "began on May 23.",
  ("Philippines", N, neu, "", "dateline 'MARAWI CITY — ' excluded; 'the military' (AFP) = Philippines; long lead carrying a confirmation and the Marines' deaths as narration"))
U(d, "Armed Forces spokesperson Brig. Gen. Restituto Padilla said the assistance", "part in the fighting.",
  ("Philippines", N, neu, "", "facts about the foreign support, no evaluation"))
# "The confirmation came a day after the US Embassy in Manila disclosed ..." : narration of the disclosure, no row (the embassy's statement follows).
U(d, "In an emailed statement on Friday night, US Embassy spokesperson Molly Koscina said", "terrorism among them.",
  ("United States", S, pos, "Philippines", "assistance provided + standing with its ally = supporting"))
U(d, "A US official, who asked not to be named, said the help covered aerial surveillance", "direct part in combat.",
  ("United States", N, neu, "", "unnamed official of a named government = United States; facts and legal limits"))
U(d, "The 13 Marines died in house-to-house fighting", "Capt. Rowena Muyuela, said.",
  ("Philippines", N, neu, "", "own losses given by the Marines' spokesperson (attribution tail); casualty figures without blame = neutral, neutral tone (guide)"))
U(d, "Lt. Col. Jo-Ar Herrera, spokesperson of the Army's 1st Infantry Division, said the remaining gunmen", "every street was cleared.",
  ("Philippines", C, neg, "Maute group", "accusation (human shields, booby traps) + announced continuation of the operation = condemning"))
U(d, "\"We will not stop. Every building we take back costs us", "at the provincial capitol.",
  ("Philippines", C, neg, "Maute group", "multi-sentence quote closed by 'Herrera told reporters'; resolve to retake the city = announced operation (unsure: could be neutral resolve)"))
U(d, "The military's latest tally, released on Saturday afternoon", "killed by the gunmen.",
  ("Philippines", N, neu, "", "casualty figures from the military (the civilians' deaths are attributed to the gunmen, but as a figure)"))
U(d, "Defense Secretary Delfin Lorenzana, who administers martial law in Mindanao, said the target", "in the combat zone.",
  ("Philippines", N, neu, "", "plan and timetable in war vocabulary = neutral"))
U(d, "Speaking at a regional security forum in Singapore last week, Lorenzana said fighters", "foothold in Southeast Asia.",
  ("Philippines", C, neg, "Islamic State", "surname only; accusation that IS is building a foothold; Singapore = place"))
U(d, "President Rodrigo Duterte, who cut short a visit to Moscow to declare martial law", "if the threat spread north.",
  ("Philippines", C, neg, "Maute group", "threat ('crush the gunmen', widening martial law) = condemning; the president speaks for the state in 2017; Moscow = place"))
# "The fighting has drawn offers of help from governments ..." : summary line before the specific offers, no row.
U(d, "Presidential spokesperson Ernesto Abella said on Friday that the government welcomed assistance", "the rule of law.",
  ("Philippines", S, pos, "", "welcome of foreign help with a condition = supporting; no single country named -> target empty (unsure: could be neutral policy)"))
U(d, "Chinese Ambassador Zhao Jianhua said Beijing was ready to supply", "was being prepared.",
  ("China", S, pos, "Philippines", "offer of arms = supporting (backing by act)"))
U(d, "Russian Ambassador Igor Khovaev said Moscow was prepared to provide weapons", "the siege began.",
  ("Russia", S, pos, "Philippines", "offer of weapons and intelligence = supporting; Putin mentioned as a participant, not a new speaker"))
U(d, "Australian Foreign Minister Julie Bishop said Canberra was in close contact with Manila", "Australia included.",
  ("Australia", S, pos, "Philippines", "offer of help + warning about a threat (no actor judged) = supporting; Canberra = metonym, Manila = object"))
U(d, "Across the Sulu Sea, Malaysian Defence Minister Hishammuddin Hussein said patrols", "slipping across.",
  ("Malaysia", N, neu, "", "own border measure = neutral"))
U(d, "The Moro Islamic Liberation Front, which signed a peace agreement with the government in 2014", "relief goods could enter.",
  ("Moro Islamic Liberation Front", T, pos, "", "humanitarian corridor for civilians and aid = calling_for_talks"))
U(d, "MILF chairman Al Haj Murad Ebrahim said the gunmen's actions had nothing to do with Islam", "the Maranao people.",
  ("Moro Islamic Liberation Front", C, neg, "Maute group", "the chairman speaks for the MILF; judgement of the gunmen = condemning"))
U(d, "The Islamic State's Amaq news agency has claimed that the group's fighters control", "without giving evidence.",
  ("Islamic State", N, neu, "", "own claim through its agency (Amaq is not an actor) = neutral"))
# "The Maute group, which pledged allegiance ..., overran parts of Marawi ..." : background narration with actors as subjects, no row.
U(d, "Zia Alonto Adiong, spokesperson of the Lanao del Sur provincial crisis management committee", "asking to be rescued.",
  ("Philippines", N, neu, "", "provincial officials resolve to their state; figures of trapped residents (neutral tone, as figures)"))
# The evacuee "Sittie" at Iligan: resident giving only a first name, describing her fear, no position; no row.
U(d, "The United Nations' humanitarian coordinator in the country, Ola Almgren, said", "those who remained.",
  ("United Nations", T, neg, "", "figure + appeal for access and protection of civilians = calling_for_talks; addressed to all sides"))
U(d, "Seven opposition lawmakers led by Albay Rep. Edcel Lagman asked the Supreme Court", "over the whole island.",
  ("Edcel Lagman", C, neg, "Philippines", "petition arguing the proclamation has no factual basis = judgement on the government's act; the lawmakers are led by and labelled under the named congressman"))
U(d, "Solicitor General Jose Calida said the petition had no merit", "under the Constitution.",
  ("Philippines", N, neg, "", "defence of own act and rejection of the petition = denial (neutral); the petitioners are not a canonical target"))
U(d, "\"Marawi will be retaken, but the harder fight is what comes after", "in Cotabato City.",
  ("Jamal Ampaso", N, neg, "", "independent researcher; scenario of radicalisation, no judgement; multi-sentence quote closed by the speaker"))
U(d, "Ampaso said the government should bring the MILF, the Maranao clans", "winning the battle.",
  ("Jamal Ampaso", T, neu, "Philippines", "appeal for an inclusive rebuilding = calling_for_talks"))
U(d, "Liza Concepcion-Tan, a security analyst at the Pacific Strategic Research Institute", "in soldiers' lives.",
  ("Liza Concepcion-Tan", C, neg, "Philippines", "'badly underestimated', 'intelligence failure' = judgement of the military"))
U(d, "She said the US role, quietly arranged between the two militaries", "about Washington in public.",
  ("Liza Concepcion-Tan", N, neu, "", "'She' = Concepcion-Tan; assessment of the alliance, no judgement"))
