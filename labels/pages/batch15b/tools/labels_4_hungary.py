# ------------------------------------------------------------------ Hungary blocks the EU's EUR 50bn Ukraine package at the December summit (full HTML, Brussels news site, 2023-12-15)
d = "page_hungary_ukraine_aid_webpage.html"
U(d, "Hungarian Prime Minister Viktor Orbán blocked a €50 billion EU support package", "outside the meeting room.",
  ("Hungary", N, neg, "", "the veto as an act with no reason or judgement in this sentence = neutral (unsure: a veto could be read as refusing in protest; the reasons come later and are labelled there)"),
  ("European Union", S, pos, "", "long lead: narration + the 26 leaders' decision to open accession talks = backing of the candidates; Kyiv and Chisinau = two actors -> target empty"))
U(d, "Orbán announced the veto on X in the small hours", "properly prepared.",
  ("Hungary", N, neu, "", "veto + a plan to return to the issue, no judgement"))
U(d, "In a video recorded after the accession vote, he said that opening negotiations", "no part in it.",
  ("Hungary", C, neg, "European Union", "'a grave mistake' = judgement of the EU decision; 'he' = Orban"))
U(d, "Speaking to Hungarian reporters in Brussels on Friday morning, Orbán was unrepentant: \"Hungary will not bow to blackmail.", "Speaking to Hungarian reporters in Brussels on Friday morning, Orbán was unrepentant: \"Hungary will not bow to blackmail.",
  ("Hungary", C, neg, "European Union", "quotation opened after a colon; 'will not bow to blackmail' = accusation of Brussels (judgement without stock words)"))
U(d, "If Brussels wants our agreement, it should first give back", "outside the common budget.\"",
  ("Hungary", C, neg, "European Union", "the quote continues: a condition/ultimatum to Brussels (metonym) = condemning"))
U(d, "Zoltán Kovács, the government's international spokesman, rejected accusations", "interests of its taxpayers.",
  ("Hungary", N, neg, "", "denial ('rejected accusations') + self-justification = neutral, negative tone"))
U(d, "On Wednesday the European Commission released €10.2 billion", "it had asked for.",
  ("European Union", S, neu, "Hungary", "funds released because Budapest 'delivered' = approval by act (unsure: could be a neutral procedure); the MEPs in the next sentence are unnamed members speaking for no body (no row)"))
U(d, "European Council President Charles Michel told reporters after the talks ended", "in the new year.",
  ("European Union", S, pos, "Ukraine", "26 leaders backed the package + promise to Ukraine = support"))
U(d, "\"The message to Kyiv tonight is simple.", "Michel said.",
  ("European Union", S, pos, "Ukraine", "multi-sentence quote closed by its speaker; Kyiv = metonym"))
U(d, "Commission President Ursula von der Leyen said the decision to open accession talks", "shared its values.",
  ("European Union", N, pos, "", "the EU's account of its own decision ('kept its word') = self-praise (neutral, positive), not support of another actor"))
U(d, "In Kyiv, President Volodymyr Zelensky thanked the EU's leaders", "understood in Brussels.",
  ("Ukraine", S, pos, "European Union", "thanks = approval; Kyiv = place, Brussels = place"))
U(d, "Foreign Minister Dmytro Kuleba said he hoped the remaining obstacle", "at the next summit.",
  ("Ukraine", T, pos, "", "hope that the deadlock is cleared = calling_for_talks; the obstacle (Hungary) is not named"))
U(d, "German Chancellor Olaf Scholz, who according to several diplomats", "in line with EU rules.",
  ("Germany", N, neu, "", "procedural account; the relative clause is sourced to unnamed diplomats (no row)"))
U(d, "Estonian Prime Minister Kaja Kallas said it was deeply frustrating", "if they had to.",
  ("Estonia", C, neg, "Hungary", "'deeply frustrating' + warning that the 26 would act without Budapest (metonym) = judgement + threatened response"))
U(d, "Dutch Prime Minister Mark Rutte played down the setback", "the new year.",
  ("Netherlands", N, neu, "", "facts about financing, no judgement"))
U(d, "Irish Taoiseach Leo Varadkar said he hoped Hungary could still be brought on board", "return to the issue.",
  ("Ireland", T, pos, "Hungary", "hope for agreement, addressed to one party"))
U(d, "Donald Tusk, at his first summit as Polish prime minister", "it was not Budapest.",
  ("Poland", C, neg, "Hungary", "insinuation that Orban serves another capital = judgement without stock words"))
U(d, "Moldovan President Maia Sandu, whose country was also invited to open talks", "had been given.",
  ("Moldova", S, pos, "European Union", "thanks to the EU leaders = approval"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov dismissed the accession decision", "the bloc's standards.",
  ("Russia", C, neg, "European Union", "'a show of support staged partly to needle Moscow' + doubt about the candidates = judgement; Moscow = place, then metonym"))
U(d, "Peskov also said Russia admired the way Budapest defended its national interests.", "Peskov also said Russia admired the way Budapest defended its national interests.",
  ("Russia", S, pos, "Hungary", "admiration for another actor = praise (supporting); Budapest = metonym"))
U(d, "He mocked the way the vote was held", "to run a union.",
  ("Russia", C, neg, "European Union", "mockery of the procedure = judgement"))
U(d, "In Washington, White House national security spokesman John Kirby welcomed", "from US stocks.",
  ("United States", S, pos, "Ukraine", "welcome + pushing for funding + weapons announced = backing by act"))
