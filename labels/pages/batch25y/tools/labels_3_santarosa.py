# ------------------------------------------------------------------ Colombia-Peru row over Santa Rosa island (English edition of an Andean outlet, full HTML, 2025-08-08)
d = "page_peru_colombia_santarosa2025_englishedition.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline, time stamp, figcaptions
# ("1 of 3" with credits), ADVERTISEMENT, crossheads, credits line, share bar, tags, Related, reader comments, most read, footer.
U(d, "Colombian President Gustavo Petro said on Thursday that Peru had no title to Santa Rosa", "two countries settle it.",
  ("Colombia", C, neg, "Peru", "rejects Peru's claim to the island = rejection of the other side's act in protest"))
U(d, "Petro moved the national celebration of the Battle of Boyacá", "never given to anyone.",
  ("Colombia", N, neu, "", "long sentence: narration (ceremony moved) + Colombia's historical argument, stated without judgement"))
U(d, "\"Peru has taken land by passing a law in its own Congress.", "Petro said.",
  ("Colombia", C, neg, "Peru", "accusation of taking land + 'not how neighbours settle a border' = judgement without stock words"))
U(d, "He said the question should go to the binational commission", "not on the river.\"",
  ("Colombia", T, neu, "Peru", "commission or court + peaceful means only = calling_for_talks; pronoun subject"))
U(d, "In June Peru's Congress created the district of Santa Rosa de Loreto", "with its own budget.",
  ("Peru", N, neu, "", "act reported as done (the district law); parliament resolves to the state, as the guide's 'Armenian parliament'; background, unsure whether it is a statement"))
# "Peruvian police, navy and customs posts have operated on the island since the 1970s." = background, no row.
U(d, "Peru's foreign ministry handed a note to the Colombian embassy in Lima on Wednesday", "almost a century.",
  ("Peru", C, neg, "Colombia", "protest note + the remarks 'ignored treaties' = condemning"))
U(d, "Foreign Minister Elmer Schialer told reporters that there was", "social media posts.",
  ("Peru", C, neg, "Colombia", "'would not bow to pressure ... least of all through social media posts' = judgement without stock words"))
U(d, "Schialer said he had taken note of Colombia's readiness to talk and welcomed it", "a friendly nation.",
  ("Peru", C, neg, "Colombia", "welcome joined to a judgement ('serious affront'): rule 1 decides"))
U(d, "Prime Minister Eduardo Arana flew to the island on Thursday", "a water plant.",
  ("Peru", N, neu, "", "visit, flag-raising and spending on its own district: acts without a judgement of Colombia; unsure (could be read as defiance)"))
U(d, "Peru has annexed nothing, Arana said", "already has.\"",
  ("Peru", N, neg, "", "denial of the annexation charge: neutral, negative tone"))
U(d, "President Dina Boluarte wrote on X that Peru's borders were settled", "the treaties in hand.",
  ("Peru", C, neg, "Colombia", "calls Colombia's moves provocations and promises an answer = condemning"))
U(d, "Defence Minister Walter Astudillo said two more river patrol boats", "anyone who questioned it.",
  ("Peru", C, neg, "Colombia", "deployment + warning to whoever questions the border = threatened response"))
U(d, "In Lima, the president of Congress, José Jerí, said the chamber had received a motion", "debated next week.",
  ("Peru", N, neu, "", "procedural line: motion received, to be debated; Congress resolves to Peru (guide: parliament = state)"))
U(d, "The mayor of Santa Rosa, Iván Yovera, said families on the island", "home from school this week.",
  ("Peru", N, neg, "", "local official resolves to his state; fear described with no appeal and no named culprit beyond 'talk from Bogotá'; unsure (could be condemning Colombia)"))
U(d, "Colombia's foreign minister, Rosa Villavicencio, said she had proposed to Schialer", "before then.",
  ("Colombia", T, pos, "Peru", "proposal to convene the commission + hope to lower the tone"))
U(d, "Villavicencio said Colombia did not accept that the note from Lima", "in private.",
  ("Colombia", N, neg, "", "disputes the note's account without a judgement; reply planned = neutral, negative tone"))
U(d, "Defence Minister Pedro Sánchez said no Colombian troops had been moved", "whatsoever.\"",
  ("Colombia", N, neu, "", "facts and reassurance about its own conduct"))
U(d, "The mayor's office in Leticia said the city lived from the river", "while the diplomats talked.",
  ("Colombia", T, neu, "", "local authority resolves to its state; appeal to both governments to keep the river open during talks, no judgement"))
U(d, "The opposition Democratic Center accused Petro of inventing a quarrel", "built up with care.",
  ("Democratic Center", C, neg, "Colombia", "opposition party (canonical) judges its own government: target Colombia"))
U(d, "Brazil, whose town of Tabatinga sits next to Leticia", "brief statement on Thursday.",
  ("Brazil", N, neu, "", "'following the matter closely' with no appeal = neutral"))
U(d, "The ministry said Brazil trusted that two friendly neighbours would find an understanding", "if both sides wished.",
  ("Brazil", T, pos, "", "hope for dialogue + offer to facilitate = calling_for_talks"))
U(d, "A spokesperson for the Organization of American States said the organisation had received no request", "on its agenda.",
  ("Organization of American States", N, neu, "", "procedural: no request received, no plan to discuss"))
# "Colombian hydrologists have warned for years ..." = unnamed experts, no row.
U(d, "Andrés Maldonado-Ríos, a professor of international law", "national pride.",
  ("Andrés Maldonado-Ríos", C, neg, "Colombia", "invented professor; judges Petro's handling (weakened the case)"))
U(d, "\"The 1929 allocation does not cover islands that did not exist.", "Maldonado-Ríos said.",
  ("Andrés Maldonado-Ríos", C, neg, "", "appeal to leave it to the commission joined to a judgement of both governments ('performing for their voters'): rule 1; target empty"))
U(d, "On the Leticia waterfront, boat operator Wilson Tananta", "in the middle of the river.",
  ("Wilson Tananta", N, neu, "", "invented witness; describes local feeling, no judgement or appeal"))
U(d, "\"My cousins live on the island, we buy fish from them", "Tananta said.",
  ("Wilson Tananta", T, pos, "", "hope that the presidents settle it = calling_for_talks"))
