# ------------------------------------------------------------------ Bulgaria: Malinov espionage charge, Reshetnikov entry ban, expulsion of a Russian diplomat (Russian Embassy news page, Sept-Oct 2019)
d = "page_bulgaria_malinov_reshetnikov2019_embassynews.txt"
# Not statements: embassy header, language bar, menu, breadcrumb, archive title, page counters, dates, item headlines,
# the photo line with credit, pager, subscribe/follow prompts, copyright. "The Embassy" and "our country" = Russia.
U(d, "The Embassy has taken note of the statements made today", "N. Malinov.",
  ("Russia", N, neu, "", "the Embassy speaks for its state without naming it; 'taken note' = no position"))
U(d, "We regard the espionage allegations against a public figure", "groundless and politically coloured.",
  ("Russia", C, neg, "Bulgaria", "rejects the charges as politically coloured = judgement of Bulgaria's prosecutors (more than a denial)"))
U(d, "The Embassy considers that the ten-year ban on entry", "between our peoples.",
  ("Russia", C, neg, "Bulgaria", "judgement of the entry ban ('harms the atmosphere')"))
U(d, "The Embassy expects the Bulgarian side to provide explanations", "diplomatic channels.",
  ("Russia", T, neu, "Bulgaria", "'the Bulgarian side'; request for explanations through diplomatic channels = calling_for_talks"))
U(d, "At a briefing in Moscow on 11 September, the official representative", "between the two nations.",
  ("Russia", C, neg, "Bulgaria", "long title; the charges as part of a campaign = judgement"))
U(d, "She noted that no official information on the substance of the case", "received from Sofia.",
  ("Russia", N, neg, "", "a fact (no information received), no evaluation stated"))
U(d, "Ms. Zakharova recalled that the Bulgarian Prime Minister, B. Borissov, had spoken", "in the energy sphere.",
  ("Russia", N, neu, "", "reported clause: Zakharova only recalls; her own position is not stated in the sentence"),
  ("Bulgaria", S, pos, "Russia", "Borissov's position reported by Zakharova: favouring cooperation with Russia = supporting"))
# "On 12 September the Ambassador ... was received by ... E. Zaharieva, at her request." = a meeting in narration, no row.
U(d, "The Bulgarian side informed the Ambassador of the measures", "between the two countries.",
  ("Bulgaria", N, neu, "", "'the Bulgarian side'; information + reassurance that the measures are not aimed at Russia = neutral"))
U(d, "The Ambassador expressed regret that the case had been given wide publicity", "internal affairs of Bulgaria.",
  ("Russia", C, neg, "Bulgaria", "'regret' at Bulgaria's handling = judgement; joined to a denial of interference (rule 1)"))
U(d, "The two sides confirmed their interest in continuing dialogue", "bilateral issues.",
  ("Russia", T, pos, "Bulgaria", "'the two sides': one row each; commitment to dialogue = calling_for_talks"),
  ("Bulgaria", T, pos, "Russia", "'the two sides': the Bulgarian row"))
U(d, "The Embassy notes with regret a campaign in a number of Bulgarian media outlets", "intelligence work.",
  ("Russia", C, neg, "", "judgement of media (not actors) -> target empty"))
U(d, "Such publications do nothing to strengthen trust", "majority of Bulgarians.",
  ("Russia", C, neg, "", "continued judgement of the publications, target empty"))
U(d, "The Embassy draws attention to the view of Professor Dimitar Grozdanov", "than a legal proceeding\".",
  ("Dimitar Grozdanov", C, neg, "Bulgaria", "invented historian, quoted by the Embassy; judges the case as a political signal"),
  ("Russia", N, neu, "", "the Embassy only relays a view; (unsure: relaying it endorses it, which could be read as condemning)"))
U(d, "The political scientist Radoslav Kirilov remarked in a television interview", "domestic political battles.",
  ("Radoslav Kirilov", T, neu, "", "invented political scientist; appeal to keep relations out of domestic battles = calling_for_talks"))
U(d, "On 28 October the Ministry of Foreign Affairs of the Republic of Bulgaria informed the Embassy", "within 24 hours.",
  ("Bulgaria", C, neg, "Russia", "expulsion of a diplomat = condemning (a measure), reported by the other side"))
U(d, "The Embassy considers this step unfriendly and unjustified", "about the diplomat's work.",
  ("Russia", C, neg, "Bulgaria", "judgement ('unfriendly and unjustified') + denial"))
U(d, "An appropriate reply will follow, in line with established diplomatic practice.", "diplomatic practice.",
  ("Russia", C, neg, "Bulgaria", "threatened reciprocal measure = condemning"))
U(d, "The diplomat concerned has left the territory of Bulgaria.", "territory of Bulgaria.",
  ("Russia", N, neu, "", "a fact given by the Embassy"))
U(d, "The Embassy has read with surprise the statements of the Embassies of the United States and the United Kingdom", "a Russian diplomat.",
  ("Russia", C, neg, "", "disapproval of two states' statements ('with surprise'); two targets -> empty"),
  ("United States", S, pos, "Bulgaria", "reported clause: the US embassy approved Bulgaria's expulsion = supporting Bulgaria"),
  ("United Kingdom", S, pos, "Bulgaria", "reported clause: the British embassy approved the expulsion"))
U(d, "It is regrettable when third countries comment on bilateral Bulgarian-Russian matters", "two fraternal peoples.",
  ("Russia", C, neg, "", "'regrettable' + motive imputed to third countries (the US and UK, two) -> target empty"))
U(d, "The Embassy remains committed to constructive work with its Bulgarian partners", "between our countries.",
  ("Russia", T, pos, "Bulgaria", "commitment to continued cooperation = calling_for_talks"))
