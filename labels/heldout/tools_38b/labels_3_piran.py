# ------------------------------------------------------------------ Piran Bay: the arbitration award on the Slovenia-Croatia border (European news site, full HTML, 2017-06-29)
d = "page_piranbay_arbitration_2017_eurosite.html"
# Not statements: cookie bar, masthead, language bar, nav, ticker, breadcrumb, kicker, headline, standfirst, byline, time stamps,
# share bar, captions with credits and "(1 of 3)", crossheads, ADVERTISEMENT, Related, tags, newsletter prompt, comments,
# most read, footer.
U(d, "An international arbitration tribunal on Thursday awarded Slovenia", "since 1991.",
  ("Permanent Court of Arbitration", N, neu, "", "the tribunal sitting at the PCA decides = a legal ruling, no judgement of an actor"))
U(d, "The five-member panel, sitting at the Permanent Court of Arbitration", "within six months.",
  ("Permanent Court of Arbitration", N, neu, "", "procedure: award final, six months to implement"))
U(d, "The tribunal also ruled that Croatia's withdrawal", "completing its work.",
  ("Permanent Court of Arbitration", N, neu, "", "ruling on jurisdiction; 'serious' breach is a legal finding (unsure: could be read as condemning)"))
# "Croatia pulled out two years ago ..." = background of 2015, no row.
U(d, "In Ljubljana, Prime Minister Miro Cerar told a news conference", "to do the same.",
  ("Slovenia", T, neu, "Croatia", "commitment to implement + call on Croatia to comply, no judgement"))
U(d, "\"This is not the line we would have drawn ourselves", "Cerar said.",
  ("Slovenia", S, neu, "Permanent Court of Arbitration", "acceptance of the award as law = approval of the ruling"))
U(d, "\"Slovenia keeps its word.", "keep its own.\"",
  ("Slovenia", T, neg, "Croatia", "quote continued after the attribution; demand addressed to one side, reproach only implied"))
U(d, "He said he would propose a meeting with his Croatian counterpart", "and at sea.",
  ("Slovenia", T, pos, "Croatia", "offer of a meeting"))
U(d, "Foreign Minister Karl Erjavec said Slovenia would ask the European Commission", "path to EU membership.",
  ("Slovenia", N, neu, "", "plan to take the matter to the Commission = procedure, no judgement, sanction or peace appeal (unsure: could be read as pressure on Croatia)"))
U(d, "President Borut Pahor urged Croatia to read the award calmly", "for good.",
  ("Slovenia", T, pos, "Croatia", "appeal, positive framing"))
# "The reply from Zagreb came within minutes." = summary line, no row.
U(d, "Prime Minister Andrej Plenković said the award was not binding on Croatia", "would not act on it.",
  ("Croatia", C, neg, "", "rejects the award in protest (the reason follows); aimed at the award, target empty"))
U(d, "\"Croatia left this process because it was compromised by the other side", "after a cabinet session.",
  ("Croatia", C, neg, "Slovenia", "blames Slovenia for compromising the process"))
U(d, "\"For us this document simply does not exist.\"", "does not exist.\"",
  ("Croatia", C, neg, "", "quote continued; refusal of the award"))
U(d, "He added that Croatia remained open to settling the border with Slovenia directly", "acceptable to both.",
  ("Croatia", T, pos, "Slovenia", "offer of bilateral talks"))
U(d, "Foreign Minister Marija Pejčinović Burić said Croatian police and fishermen", "by the Croatian side.",
  ("Croatia", N, neu, "", "own conduct and a reassurance, no appeal"))
U(d, "President Kolinda Grabar-Kitarović said in a statement", "obeyed by the other.",
  ("Croatia", C, neg, "", "judgement ('caught colluding') on the tribunal and, by implication, Slovenia: two targets, empty"))
U(d, "The main opposition Social Democrats backed the government.", "backed the government.",
  ("Social Democratic Party of Croatia", S, pos, "Croatia", "backing of the government's line"))
U(d, "SDP leader Davor Bernardić said all Croatian parties stood together", "credibility in 2015.",
  ("Social Democratic Party of Croatia", C, neg, "", "rule 1: unity + judgement of the tribunal ('forfeited its credibility')"))
U(d, "In Slovenia, the opposition Slovenian Democratic Party", "gave away too much.",
  ("Slovenian Democratic Party", C, neg, "", "negative judgement of the award's outcome"))
U(d, "Janša said Cerar's government had celebrated a result", "failure of Slovenian diplomacy.",
  ("Slovenian Democratic Party", C, neg, "Slovenia", "party leader criticises his own government"))
U(d, "The European Commission said it had taken note of the award", "study it closely.",
  ("European Union", N, neu, "", "procedure"))
U(d, "\"We have backed this procedure from the start.", "told the daily briefing.",
  ("European Union", T, pos, "", "support for arbitration + appeal to both states to apply it as neighbours = welcome with a peace appeal (rule 2)"))
U(d, "Asked whether the Commission would press Croatia to comply", "two member states.",
  ("European Union", N, neu, "", "declines a role, no judgement"))
U(d, "A German foreign ministry spokesman in Berlin said Germany expected both sides", "order in Europe.",
  ("Germany", T, neu, "", "appeal to both sides to respect the award"))
# "Diplomats noted ..." = unnamed speakers, no row. "On the water, little changed ... Slovenian fishermen said ..." = narrative
# and unnamed speakers, no row.
U(d, "\"We have waited 26 years for this", "a fisherman in Piran.",
  ("Danilo Kralj", N, neg, "", "invented named resident = person; disappointment, no judgement word"))
U(d, "\"We want to fish without having to call a lawyer.\"", "call a lawyer.\"",
  ("Danilo Kralj", N, neu, "", "a wish about his own work"))
U(d, "Across the bay in Savudrija, Croatian fisherman Marin Babić said", "nothing for him.",
  ("Marin Babić", N, neu, "", "invented named resident; own expectation"))
U(d, "\"I will fish where my father fished,\" he said.", "he said.",
  ("Marin Babić", N, neu, "", "own intention"))
U(d, "Ana Horvat, an international law specialist", "to ignore the ruling.",
  ("Ana Horvat", N, neu, "", "invented analyst; legal assessment"))
U(d, "\"An award does not lose its force because one party walks out.", "she said.",
  ("Ana Horvat", N, neg, "", "assessment that Zagreb's position weakens; no explicit condemnation"))
U(d, "Horvat said the two prime ministers should use the six months", "starting with fishing rights.",
  ("Ana Horvat", T, neu, "", "appeal to both prime ministers"))
U(d, "\"There has to be a channel between the two capitals", "she said.",
  ("Ana Horvat", T, neg, "", "appeal for a channel, with a warning"))
