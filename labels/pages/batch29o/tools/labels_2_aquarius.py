# ------------------------------------------------------------------ Aquarius standoff, Spain offers Valencia (live blog, 2018-06-11)
d = "page_aquarius_valencia2018_liveblog.html"
# Not statements: nav, breadcrumbs, headline, standfirst, byline, dateline, share bar, captions with credits and "1 of 4",
# time stamps, entry labels ("Valletta again.", "Rome claims victory.", "Madrid steps in.", "Brussels.", "The UN refugee agency.",
# "MSF's medical team aboard.", "Malta holds its line.", "Geneva."), the sign-off entry, ADVERTISEMENT, Related, comments, newsletter, tags, copyright.
U(d, "Giulia Bertolini, a professor of maritime law", "pass them back and forth.",
  ("Giulia Bertolini", C, neg, "", "invented professor; the law leaves 'no room' for passing people back and forth = judgement on both governments (two actors -> target empty)"))
U(d, "\"What we have watched for two days", "Bertolini said.",
  ("Giulia Bertolini", C, neg, "", "surname only; 'used as a bargaining chip' = judgement without a stock word, aimed at both"))
U(d, "Prime Minister Joseph Muscat thanked his Spanish counterpart", "to the Aquarius.",
  ("Malta", S, pos, "Spain", "thanks + supplies sent = supporting (backing by act)"))
U(d, "In a second post, the prime minister said Rome had ignored the rules", "left waiting again.",
  ("Malta", C, neg, "Italy", "'the prime minister' = Muscat (title only); blames Rome; the appeal for an EU arrangement does not outweigh the judgement (rule 1)"))
U(d, "\"Told you so.", "doormat any more.\"",
  ("Italy", N, pos, "", "blockquote without a verb of saying, speaker = Salvini from the lead-in; triumph/self-praise, no explicit judgement of a named actor"))
U(d, "He added at a press conference that Spain's gesture could not be the rule", "shared out the burden.",
  ("Italy", C, neg, "European Union", "ports kept shut until the EU shares the burden = ultimatum/measure"))
U(d, "Spanish Prime Minister Pedro Sánchez has ordered that the Aquarius be allowed to dock", "his office said in a statement.",
  ("Spain", S, pos, "", "backing by act: a port offered to the rescued people (no canonical target)"))
U(d, "\"Spain will not stand by while hundreds of people drift at sea", "the statement quoted him as saying.",
  ("Spain", S, pos, "", "'quoted him as saying'; offer of a safe port = help provided"))
U(d, "Deputy Prime Minister Carmen Calvo said the offer was not a one-off gesture", "do their share.",
  ("Spain", T, neu, "", "appeal to other governments to take part in the humanitarian response; no judgement (asking for help is not supporting)"))
U(d, "Valencia's mayor, Joan Ribó, said the city was ready", "offering beds.",
  ("Spain", S, pos, "", "city official resolves to his state (labels/README: provincial officials); readiness to receive = help offered"))
U(d, "The European Commission spokesperson, Margaritis Schinas, said the Commission was in contact", "settle their differences afterwards.",
  ("European Union", T, neu, "", "contacts + appeal to both to land people first; no judgement"))
U(d, "The spokesperson said the question of who was responsible was secondary", "ashore quickly.",
  ("European Union", T, neu, "", "'The spokesperson' = Schinas; humanitarian appeal"))
U(d, "UNHCR called on both governments to let the passengers land without delay", "settled later.",
  ("UNHCR", T, neu, "", "appeal to both, no judgement"))
U(d, "Prime Minister Giuseppe Conte, speaking in Rome, said other EU states had looked on", "go on doing so.",
  ("Italy", C, neg, "", "reproach to other EU states (several, not one canonical actor -> target empty) + refusal to continue"))
U(d, "Conte said he had spoken with Muscat by phone.", "by phone.",
  ("Italy", N, neu, "", "contact reported as a fact; no position"))
U(d, "Palermo's mayor, Leoluca Orlando, said his port would open", "whatever the interior ministry decided.",
  ("Italy", S, pos, "", "city official resolves to his state (labels/README rule) although he defies the government (unsure: the rule makes Italy hold two opposite positions on the page)"))
U(d, "The International Organization for Migration said hundreds of people", "to answer distress calls.",
  ("International Organization for Migration", N, neg, "", "figures + warning without an appeal = neutral, negative"))
U(d, "\"Several people pulled from the water on Saturday night are still weak", "seven pregnant women on board.\"",
  ("Médecins Sans Frontières", N, neg, "", "quotation with no verb, speaker given by the label 'MSF's medical team aboard.'; facts from an actor"))
U(d, "Médecins Sans Frontières said the ship had enough food", "assigned immediately.",
  ("Médecins Sans Frontières", T, neg, "", "request for a port = humanitarian appeal"))
U(d, "SOS Méditerranée, which runs the Aquarius with MSF, said its crew had received no instruction", "since Sunday evening.",
  ("SOS Méditerranée", N, neg, "", "fact reported by the charity, no explicit judgement"))
U(d, "The charity's operations director, Sophie Beau, said the crew were being kept waiting", "lives were at stake.",
  ("SOS Méditerranée", C, neg, "", "'kept waiting for political reasons while lives were at stake' = judgement of the governments (both -> target empty)"))
U(d, "A government spokesman said the rescue had happened in waters where Libya leads", "did not lie with Valletta.",
  ("Malta", N, neu, "", "refusal on procedural grounds (competence), no judgement of Italy = neutral"))
U(d, "The spokesman said Malta had always honoured its obligations.", "its obligations.",
  ("Malta", N, pos, "", "reassurance about own conduct = neutral"))
U(d, "Catching up on Sunday night: Salvini and Transport Minister Danilo Toninelli said in a joint statement", "take in the Aquarius.",
  ("Italy", C, neg, "Malta", "two ministers of one state, joint statement = one row; 'dodged its duties' = accusation"))
U(d, "Salvini also wrote that from now on Italy would say no to the trade in human beings.", "trade in human beings.",
  ("Italy", C, neg, "", "announced refusal aimed at smuggling (no canonical target)"))
# "Good morning and welcome ..." and "The Aquarius is holding position ..." = narration, no row.
U(d, "Anna Mattsson, a migration analyst at the Nordic Migration Policy Centre", "fend for themselves.",
  ("Anna Mattsson", C, neg, "European Union", "invented analyst; judgement of the EU's Dublin rules"))
