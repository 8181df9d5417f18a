# ------------------------------------------------------------------ North Macedonia's president says "Macedonia" in her oath; Greece protests (live blog, 2024-05-12/13)
d = "page_skopje_oath_name_2024_liveblog.txt"
# Not statements: masthead, menu, LIVE title, update line, Key events bullets, time stamps, entry titles (several carry positions; the entries repeat them),
# closing and welcome notes, Related, Topics, newsletter prompt, copyright.
U(d, "Biljana Stojkoska, a professor of constitutional law", "changed nothing in law.",
  ("Biljana Stojkoska", N, neu, "", "invented professor (person); legal reading, no judgement"))
U(d, "\"Both governments should take the temperature down", "she told us.",
  ("Biljana Stojkoska", T, neu, "", "appeal to both governments to de-escalate = calling_for_talks"))
U(d, "Nikos Papadakis, a Thessaloniki-based analyst", "than to use it.",
  ("Nikos Papadakis", N, neu, "", "invented analyst (person); forecast"))
U(d, "He said the row \"rewards everyone who wants votes on 9 June\"", "over one word.",
  ("Nikos Papadakis", C, neg, "", "judgement on politicians of both sides (several) -> target empty"))
U(d, "In a written statement, the office of President Gordana Siljanovska-Davkova said", "nor the Prespa Agreement.",
  ("North Macedonia", N, neg, "", "head of state's office = the state; denial of a breach = neutral, negative"))
U(d, "The office said the use of \"Macedonia\" in her public remarks", "personal self-identification.",
  ("North Macedonia", N, neu, "", "'the office' by context; own justification, no evaluation of another actor"))
U(d, "A spokesperson for the German Foreign Office told the government press conference", "letter and spirit.",
  ("Germany", T, neu, "North Macedonia", "legal position + expectation that the deal be respected, no judgement word"))
U(d, "In Washington, a State Department spokesperson answering a Greek correspondent", "stick to it.",
  ("United States", T, neu, "North Macedonia", "backing of an agreement (not an actor) + appeal to Skopje's next government = calling_for_talks"))
U(d, "A NATO official, asked by our Brussels correspondent", "it had signed.",
  ("NATO", T, neu, "", "unnamed official of a named body; general appeal to honour agreements, no named addressee"))
U(d, "EU foreign affairs spokesperson Peter Stano told the midday briefing", "personal taste\".",
  ("European Union", C, neg, "North Macedonia", "spokesperson named by role first; judgement without a stock word"))
U(d, "Stano said the bloc would discuss the matter", "was in place.",
  ("European Union", N, neu, "", "surname only, 'the bloc'; plan"))
U(d, "Greek Prime Minister Kyriakos Mitsotakis said on social media", "\"without tricks\".",
  ("Greece", C, neg, "North Macedonia", "judgement without a stock word + demand"))
U(d, "Government spokesman Pavlos Marinakis told reporters", "in any forum\".",
  ("Greece", C, neg, "North Macedonia", "refusal stated in protest = condemning"))
U(d, "Syriza, whose government signed the deal in 2018", "asked Skopje to respect.",
  ("Syriza", C, neg, "", "party; judgement of the oath and of the Greek government -> two targets, empty"))
U(d, "Hristijan Mickoski, the VMRO-DPMNE leader expected to become prime minister", "in official dealings.",
  ("VMRO-DPMNE", N, neu, "", "party leader before taking office = the party; own position + reassurance"))
U(d, "He accused Athens of \"overreacting to a single word", "festive day\".",
  ("VMRO-DPMNE", C, neg, "Greece", "'He' = Mickoski; accusation; Athens = Greece"))
U(d, "The outgoing Social Democrats (SDSM) said in a statement", "round of applause\".",
  ("Social Democratic Union of Macedonia", C, neg, "North Macedonia", "party judges the president (the state's head) -> target North Macedonia"))
U(d, "Outgoing Foreign Minister Bujar Osmani said the country's obligations", "by a comma\".",
  ("North Macedonia", N, neu, "", "reassurance about own obligations = neutral"))
U(d, "European Commission President Ursula von der Leyen said on X", "to move forward.",
  ("European Union", T, neg, "North Macedonia", "demand addressed to one side with a condition, no judgement word = calling_for_talks, negative"))
U(d, "A few hours later she congratulated Siljanovska-Davkova", "working with her.",
  ("European Union", S, pos, "North Macedonia", "congratulations to the new head of state = supporting"))
U(d, "Serbian President Aleksandar Vucic also sent his congratulations", "with Skopje.",
  ("Serbia", S, pos, "North Macedonia", "congratulations + wish for friendship"))
U(d, "The Greek foreign ministry said in a statement that the oath was a plain breach", "accession process.",
  ("Greece", C, neg, "North Macedonia", "state adjective; judgement + veiled threat in the accession process"))
U(d, "Foreign Minister Giorgos Gerapetritis told Greek television that the ambassador", "is set aside\".",
  ("Greece", C, neg, "North Macedonia", "walkout ordered in protest, grievance stated = condemning"))
U(d, "Gerapetritis added that he would raise the matter", "Foreign Affairs Council.",
  ("Greece", N, neu, "", "plan, no judgement"))
U(d, "Greece's ambassador to Skopje, Sophia Philippidou, got up and left", "as the oath ended.",
  ("Greece", C, neg, "North Macedonia", "walkout = protest by act (the reason is given in the entries); ambassador = state"))
# "Outgoing parliament speaker Jovan Mitreski read out the text ..." = narration of the ceremony, no row.
# "Gordana Siljanovska-Davkova, a 68-year-old law professor ... took the oath" = narration (what someone did), no row.
U(d, "In her address she told lawmakers she would be a president for all citizens", "without humiliation\".",
  ("North Macedonia", N, pos, "", "own plans and aims; 'without humiliation' is aimed at no one named (unsure: could be read as a jab at Greece/Bulgaria)"))
