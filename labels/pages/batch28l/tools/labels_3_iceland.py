# ------------------------------------------------------------------ Iceland suspends its Moscow embassy (Government of Iceland press releases, full HTML, June-Aug 2023)
d = "page_iceland_moscowembassy2023_govreleases.html"
# Not statements: cookie bar, brand, language bar, nav, breadcrumb, page title, filter line, release headings, date lines,
# figcaptions with credits, contact lines, most read, share bar, footer.
U(d, "The Minister for Foreign Affairs, Þórdís Kolbrún Reykfjörð Gylfadóttir, has decided", "as of 1 August 2023.",
  ("Iceland", C, neg, "Russia", "suspending the embassy in protest at the war = a measure against Russia (reason given in the next sentence)"))
U(d, "Relations between Iceland and the Russian Federation in trade, culture and politics", "limited diplomatic resources.",
  ("Iceland", C, neg, "Russia", "the reason ties Russia's invasion to the collapse = judgement (unsure: could be neutral)"))
U(d, "\"Our history with the Russian people is a long one", "the Minister said.",
  ("Iceland", N, neg, "", "multi-sentence quote closed by 'the Minister'; regret and resource argument, no judgement"))
U(d, "Gylfadóttir said the road back to normal relations ran through the Kremlin", "respect international law.",
  ("Iceland", C, neg, "Russia", "surname only; the war and law-breaking laid on Russia"))
U(d, "Diplomatic relations between the two states are not being broken off", "make this possible.",
  ("Iceland", N, neu, "", "procedural clarification"))
# "The Ambassador ... Mikhail Noskov, was called to the Ministry ..." = narration of a summons (the decision is the row above), no row.
U(d, "Citing Article 11 of the Vienna Convention on Diplomatic Relations, the Ministry asked", "of lower rank.",
  ("Iceland", C, neg, "Russia", "demand that Russia shrink its mission = measure against Russia"))
U(d, "The Ministry said the number of accredited Russian diplomats in Reykjavík", "between the two countries.",
  ("Iceland", C, neg, "Russia", "judgement without stock words ('out of all proportion')"))
# "The Minister ... briefed her Nordic and Baltic counterparts ..." = meeting narration, no row.
U(d, "The foreign ministers of Denmark, Finland, Norway and Sweden expressed their understanding", "where needed.",
  ("Denmark", S, pos, "Iceland", "list of states: one row each; understanding + offer of consular help"),
  ("Finland", S, pos, "Iceland", "list of states: one row each"),
  ("Norway", S, pos, "Iceland", "list of states: one row each"),
  ("Sweden", S, pos, "Iceland", "list of states: one row each"))
U(d, "Norway's Minister of Foreign Affairs, Anniken Huitfeldt, said Oslo had recently gone through", "reached in Reykjavík.",
  ("Norway", S, pos, "Iceland", "backing of the judgement"))
U(d, "The Baltic ministers underlined that Russia alone bore responsibility", "neighbours in Europe.",
  ("Estonia", C, neg, "Russia", "'the Baltic ministers' = Estonia, Latvia, Lithuania; one row each; holds Russia responsible"),
  ("Latvia", C, neg, "Russia", "same"),
  ("Lithuania", C, neg, "Russia", "same"))
U(d, "The ministers agreed to keep coordinating on consular matters concerning Russia.", "concerning Russia.",
  ("Iceland", N, neu, "", "procedural agreement; the host state only (the others' rows are above)"))
U(d, "On 10 June the Ministry of Foreign Affairs of the Russian Federation stated", "relations in the future.",
  ("Russia", C, neg, "Iceland", "reported by Iceland: judgement + veiled threat"))
U(d, "The Russian Embassy in Reykjavík further claimed, in remarks to Icelandic media", "other capitals.",
  ("Russia", C, neg, "Iceland", "accusation of acting on instructions"))
U(d, "The Ministry rejects this claim entirely", "its own priorities.",
  ("Iceland", N, neg, "", "denial = neutral, negative"))
U(d, "The Ministry will respond to any measures taken against Icelandic interests", "diplomatic channels.",
  ("Iceland", N, neu, "", "procedural: conditional response through channels, no threat of measures (unsure)"))
U(d, "The Embassy of Iceland in Moscow suspended its operations today, as announced in June.", "as announced in June.",
  ("Iceland", N, neu, "", "own measure reported as done, no judgement in the sentence"))
U(d, "At the same time, the Minister for Foreign Affairs signed a memorandum of understanding with Lithuania", "Embassy in Kyiv.",
  ("Iceland", N, neu, "", "agreement signed (what it did); Lithuania's consent is an act of help, see below"),
  ("Lithuania", S, pos, "Iceland", "giving office space = backing by act"))
U(d, "\"We want to be present where the future of European security is being decided", "Gylfadóttir said.",
  ("Iceland", S, pos, "Lithuania", "gratitude to Lithuania"))
U(d, "She added that Iceland would continue to support Ukraine politically", "as long as it takes.",
  ("Iceland", S, pos, "Ukraine", "support and aid"))
U(d, "The Ukrainian Ministry of Foreign Affairs welcomed the step", "with Moscow was over.",
  ("Ukraine", S, pos, "Iceland", "welcome"))
U(d, "At a public seminar on Iceland's security policy held at the University of Iceland", "information from Russia.",
  ("Baldur Eiríksson", N, neu, "", "invented researcher; approval of a reasonable decision + a risk, mild (unsure: could be supporting Iceland)"))
U(d, "Sigrún Hafsteinsdóttir, a former ambassador who chaired the seminar", "for decades.",
  ("Sigrún Hafsteinsdóttir", T, pos, "", "invented former ambassador; hope that talks continue"))
