# ------------------------------------------------------------------ Liberia: the Supreme Court's halt of the 2017 runoff and the Liberty Party's fraud complaint (scraped regional daily, 2017-11-11)
d = "page_liberia_runoff_halt2017_regionaldaily.txt"
# Not statements: masthead, edition line, menu, breadcrumb, headline and standfirst (carry positions), byline, views/comments,
# share bar, ADVERTISEMENT, crossheads, photo caption, tags, related stories, reader comments, most read, newsletter, copyright.
U(d, "ECOWAS, the African Union and the United Nations have warned Liberia's parties", "frozen the runoff.",
  ("ECOWAS", N, neg, "", "dateline excluded; lede carrying a joint position of three bodies: one row each; warning of a risk without an appeal = neutral, negative"),
  ("African Union", N, neg, "", "listed body; same warning"),
  ("United Nations", N, neg, "", "listed body (UNMIL); same warning"))
U(d, "In a joint statement issued in Monrovia on Friday, the three said", "on the airwaves.",
  ("ECOWAS", T, neu, "", "'the three' = the joint statement; lawful and quick settlement + appeal to every camp for restraint"),
  ("African Union", T, neu, "", "same joint statement"),
  ("United Nations", T, neu, "", "same joint statement"))
U(d, "The Supreme Court on Monday barred the National Elections Commission", "filed by the opposition Liberty Party.",
  ("Liberia", N, neu, "", "a court order is a decision of a state body, reported without evaluation (unsure: could be read as narration only)"))
# "Weah took 38.4 percent of the first-round vote ..." = results, narration; no row.
U(d, "Liberty Party chairman Benjamin Sanvee said the ruling showed", "opened hours late.",
  ("Liberty Party", C, neg, "Liberia", "accuses the electoral commission (a state body) of fraud and irregularities"))
U(d, "Brumskine told supporters on Wednesday that he was not trying", "Liberians could believe in.",
  ("Liberty Party", N, neu, "", "the candidate speaks for his party; denies obstruction and states his aim, no judgement"))
U(d, "Two other parties, the All Liberian Party and the Alternative National Congress", "behind the complaint.",
  ("All Liberian Party", S, pos, "Liberty Party", "list of parties: one row each; backing of the complaint"),
  ("Alternative National Congress", S, pos, "Liberty Party", "listed party; backing of the complaint"))
U(d, "The NEC's chairman, Jerome Korkoya, has said the commission ran a credible election", "change the result.",
  ("Liberia", N, neg, "", "denial of a tainted vote = neutral, negative"))
U(d, "Korkoya said the hearings would be open to the public", "finally decided.",
  ("Liberia", N, neu, "", "surname only; procedure"))
U(d, "The ruling Unity Party, whose candidate is Boakai", "before the vote.",
  ("Unity Party", C, neg, "Liberia", "accuses the president (its own leader) of interference; 'went further' summary inside the sentence"))
U(d, "Sirleaf's office rejected the accusation", "any election official.",
  ("Liberia", N, neg, "", "denial = neutral, negative"))
U(d, "In remarks carried by the state broadcaster ELBC, Sirleaf appealed", "their own ambitions.",
  ("Liberia", T, neu, "", "'in remarks carried by' state media; appeal for peace, no judgement"))
U(d, "Weah's Coalition for Democratic Change (CDC) accused the two parties", "at the ballot box.",
  ("Coalition for Democratic Change", C, neg, "", "accusation aimed at two parties -> target empty"))
U(d, "CDC chairman Nathaniel McGill said the coalition would nonetheless obey the court", "stay off the streets.",
  ("Coalition for Democratic Change", T, neu, "", "compliance + appeal to supporters for calm"))
U(d, "Weah himself wrote on Facebook that every day of delay", "ordinary Liberians dearly.",
  ("Coalition for Democratic Change", N, neg, "", "Weah speaks for his coalition; cost of delay stated, no named culprit and no appeal"))
U(d, "The chairmen of ECOWAS and the African Union, Togo's President Faure Gnassingbé", "behind closed doors.",
  ("ECOWAS", T, neu, "", "chair acting for the bloc (not Togo); convening the candidates = calling_for_talks (labels/README: the host convening)"),
  ("African Union", T, neu, "", "Condé as AU chair (not Guinea); co-convener of the talks"))
U(d, "Gnassingbé told reporters after the talks that the two organisations had no favourite", "for the court to rule.",
  ("ECOWAS", T, neu, "", "ECOWAS chair; neutrality + appeal to wait calmly for the court"))
U(d, "John Dramani Mahama, the former Ghanaian president who led the ECOWAS observer mission", "in some counties.",
  ("ECOWAS", S, pos, "Liberia", "observer mission head speaks for ECOWAS, not Ghana; approval of the vote with reservations (unsure: could be neutral assessment)"))
U(d, "The head of the U.N. mission in Liberia, Farid Zarif, said", "not in the street.",
  ("United Nations", T, pos, "", "hope that the dispute is settled by judges = calling_for_talks"))
U(d, "The U.S. embassy in Monrovia said in a statement that it backed the legal process", "whatever it turned out to be.",
  ("United States", T, neu, "", "backing of due process joined to an appeal to accept the outcome: rule 2 before rule 3"))
U(d, "The European Union's observation mission, led by Belgian lawmaker Maria Arena", "in the open.",
  ("European Union", T, neu, "", "finding of no systematic fraud + appeal to the commission, no judgement"))
U(d, "Dr. Musu Gbanyan-Tarpeh, who heads the Centre for Policy and Electoral Studies", "answered the complaints.",
  ("Musu Gbanyan-Tarpeh", C, neg, "Liberia", "invented analyst; blames the commission (state body) without a stock word"))
U(d, "\"If the hearings look like a whitewash", "she said.",
  ("Musu Gbanyan-Tarpeh", N, neg, "", "risk scenario, no appeal"))
U(d, "In Paynesville, taxi driver Alfred Zuannah Flomo said", "go home in peace.",
  ("Alfred Zuannah Flomo", T, neu, "", "invented voter; hope for a peaceful vote = calling_for_talks"))
# "The handover, which would be Liberia's first ... is set for January 22." = background, no row.
