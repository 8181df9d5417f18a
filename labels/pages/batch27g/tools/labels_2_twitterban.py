# ------------------------------------------------------------------ Nigeria: suspension of Twitter and the foreign missions' joint statement (presidency press release, full HTML, 2021-06-08)
d = "page_nigeria_twitter_suspension2021_presidency.html"
# Not statements: nav, breadcrumb, headline (carries the position already in the body), meta line, caption and credit,
# sign-off, share bar, closed comments, More Press Releases, footer.
# "President Muhammadu Buhari on Tuesday in Abuja received the Minister ..." = a meeting in narration, no row.
for a in ("Canada", "European Union", "Ireland", "United Kingdom", "United States"):
    U(d, "The missions had, in a joint statement issued on Saturday", "make the country any safer.",
      (a, C, neg, "Nigeria", "joint statement by a list of missions, reported by the presidency: one row per listed actor; disappointment + doubting the measure makes Nigeria safer = judgement of the suspension"))
U(d, "The United States Mission, in a separate message, went further", "silence their critics.",
  ("United States", C, neg, "Nigeria", "mission speaks for its state; likening Nigeria to governments that silence critics = judgement"))
U(d, "The Minister told the President that he had made clear to the envoys", "negotiation with foreign capitals.",
  ("Nigeria", N, neg, "", "defence of its own decision and rejection of the criticism, no judgement on the envoys = neutral like a denial (unsure: could be condemning as a rebuff)"))
U(d, "According to the Minister, the envoys were reminded", "a threat to public order.",
  ("Nigeria", C, neg, "", "second-hand ('According to the Minister'); charge of double standards against the missions; several -> target empty"))
U(d, "The President said the Federal Government had acted only after the platform", "offices of the electoral commission.",
  ("Nigeria", C, neg, "Twitter", "'the President' = Buhari; accusation that the platform let itself be used for incitement"))
U(d, "\"A company that looks away while its service is used", "the President said.",
  ("Nigeria", C, neg, "Twitter", "judgement without stock words"))
U(d, "The President, however, said the Federal Government's door remained open to Twitter", "resume operations.",
  ("Nigeria", T, neu, "Twitter", "offer to engage = calling_for_talks"))
U(d, "The Presidency wishes to state clearly that the suspension was not a reaction", "as some commentators have alleged.",
  ("Nigeria", N, neg, "", "denial = neutral, negative"))
U(d, "The timing was a coincidence, and any suggestion to the contrary is false.", "is false.",
  ("Nigeria", N, neg, "", "continuation of the presidency's denial"))
U(d, "The Minister of Information and Culture, Alhaji Lai Mohammed, has directed", "operating in the country.",
  ("Nigeria", N, neu, "", "regulatory procedure aimed at no named actor"))
U(d, "The Attorney-General of the Federation and Minister of Justice", "circumventing the suspension.",
  ("Nigeria", C, neg, "", "threat of prosecution = condemning; aimed at users, no canonical target"))
U(d, "The Federal Government takes note that Twitter has described itself", "who use its service.",
  ("Twitter", N, neg, "", "the company's position relayed by the government: concern + plan, no appeal = neutral"),
  ("Nigeria", N, neu, "", "'takes note' = procedural line"))
for a in ("Canada", "European Union", "Ireland", "United Kingdom", "United States"):
    U(d, "The President also welcomed the assurance, conveyed by the envoys", "security and the economy.",
      (a, S, pos, "Nigeria", "'the envoys' = the five missions named above; their assurance of continued cooperation, reported by the presidency = supporting"))
U(d, "The President also welcomed the assurance, conveyed by the envoys", "security and the economy.",
  ("Nigeria", S, pos, "", "welcome of the partners' assurance = supporting; several -> target empty"))
U(d, "\"Nigeria values these partnerships", "he said.",
  ("Nigeria", S, pos, "", "'he' = the President; approval of partnerships"))
# "Earlier on Tuesday, the President received a delegation ..." = meeting in narration, no row.
U(d, "The convener of the alliance, Mrs Ifeoma Nwachukwu-Bello", "built under Nigerian law.",
  ("Ifeoma Nwachukwu-Bello", S, pos, "Nigeria", "invented independent voice (entrepreneurs' convener); backing of the decision + offer"))
U(d, "\"We are not asking for anyone to be silenced.", "she said.",
  ("Ifeoma Nwachukwu-Bello", S, neu, "Nigeria", "two-sentence quote closed by speaker; argues for the rule, no explicit judgement on Twitter (unsure: could be condemning Twitter)"))
U(d, "A member of the delegation, Professor Danjuma Okorafor-Lawal", "on the platform in the South-East.",
  ("Danjuma Okorafor-Lawal", C, neg, "", "invented scholar; reported clause: only his position; criticism of the missions' statement; several -> target empty"))
U(d, "He urged the Federal Government and Twitter to sit down", "through statements.",
  ("Danjuma Okorafor-Lawal", T, neu, "", "appeal to both sides to negotiate"))
U(d, "The President thanked the delegation and directed", "to receive its proposals.",
  ("Nigeria", N, pos, "", "thanks to a domestic delegation + procedure = neutral, positive"))
