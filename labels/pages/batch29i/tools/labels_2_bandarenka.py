# ------------------------------------------------------------------ Belarus: death of protester Raman Bandarenka after detention (live blog, full HTML, 2020-11-13)
d = "page_belarus_bandarenka_death2020_liveblog.html"
# Not statements: nav, breadcrumb, headline, standfirst, byline, LIVE badge, time stamps, entry labels (h3), the three
# key-event bullets, figcaptions with "1 of 6", share bar, ADVERTISEMENT, tags, newsletter prompt, comments, most read, footer.
# "The queue to lay flowers ..." and "Riot police vans are parked ..." = scene description, no row.
U(d, "Dmitry Peskov, the Kremlin spokesman, told reporters", "to establish what happened.",
  ("Russia", S, neu, "Belarus", "'internal affair' + confidence in the Belarusian authorities = backing of Minsk (unsure: could be neutral non-interference)"))
U(d, "“A young man went down to protect a ribbon", "will one day answer for it.”",
  ("Lithuania", C, neg, "Belarus", "entry label gives the speaker, quote with no verb of saying; holding the security chiefs to account = judgement without stock words"))
U(d, "Belarus's interior ministry repeated its version", "merely called an ambulance.",
  ("Belarus", N, neg, "", "the ministry's account, denying a police role = denial, neutral"))
U(d, "The ministry's spokeswoman, Olga Chemodanova, said claims", "spread by Telegram channels.",
  ("Belarus", C, neg, "", "denial that carries an accusation of 'provocation' against the channels (not actors) -> target empty (unsure: could be a denial only)"))
U(d, "The Investigative Committee said it had opened a criminal case", "Bandarenka had been drinking.",
  ("Belarus", N, neg, "", "a state body's procedure and findings, no judgement of an actor"))
# "Doctors' records published by the news site Tut.by showed ..." = an outlet reporting a fact, no row.
U(d, "“Raman was killed for a white-red-white ribbon;", "giving them no excuse.”",
  ("Sviatlana Tsikhanouskaya", C, neg, "Belarus", "label + quotation; 'killed for a ribbon' blames the authorities + appeal for a peaceful march: rule 1"))
# "The EU's foreign affairs spokesman, Peter Stano, has put out a statement ..." = announcement of a statement, no position; no row.
U(d, "Stano said the death was the direct result of a climate of impunity", "already under its sanctions.",
  ("European Union", C, neg, "Belarus", "surname only; blame + threat of wider sanctions"))
U(d, "The bloc also sent its condolences to Bandarenka's family and friends.", "family and friends.",
  ("European Union", N, neg, "", "'the bloc' = EU; condolences to a family (not an actor) = neutral, grief (negative tone)"))
U(d, "“One more life taken by the regime's violence.”", "regime's violence.”",
  ("Poland", C, neg, "Belarus", "label + quotation, no verb; judgement of the regime"))
U(d, "“Poland's door stays open to every Belarusian", "shelter or treatment.”",
  ("Poland", S, pos, "", "offer of shelter and treatment = backing by act; aimed at people, not an actor -> target empty"))
U(d, "The US embassy in Minsk said in a post that it mourned Bandarenka", "would be made public.",
  ("United States", T, neg, "Belarus", "mourning + demand for a credible investigation, no judgement = calling_for_talks"))
U(d, "A spokesperson for the UN human rights office in Geneva told Eastward", "authorities in Minsk.",
  ("United Nations", N, neg, "", "concern with no appeal ('deeply disturbed', seeking information) = neutral"))
U(d, "A neighbour who gave her name as Alena Karpovich said", "into a minibus.",
  ("Alena Karpovich", N, neg, "", "invented witness; an account of what she saw"))
U(d, "“Nobody was brawling by then", "she said.",
  ("Alena Karpovich", N, neg, "", "contradicts the ministry's account by a fact, without a judgement"))
U(d, "Ukraine's foreign ministry said it was following events in Belarus", "would stop.",
  ("Ukraine", T, neg, "", "concern + hope that violence stops = calling_for_talks"))
U(d, "“The UK will not look away;", "brutality in Belarus.”",
  ("United Kingdom", C, neg, "Belarus", "label + quotation; further measures against 'those responsible for the brutality' = threat + judgement"))
U(d, "Tomas Jankauskas, a researcher at the Vilnius Institute for Eastern Europe, said", "as the weather turned cold.",
  ("Tomas Jankauskas", N, neu, "", "invented analyst; a forecast"))
U(d, "“For many people this is the moment the regime stopped pretending", "he said.",
  ("Tomas Jankauskas", C, neg, "Belarus", "judgement of the regime without stock words"))
U(d, "The Viasna human rights centre said at least 60 people had been detained", "overnight.",
  ("Viasna", N, neg, "", "figures given by a rights group = neutral"))
U(d, "German Foreign Minister Heiko Maas said the EU's next sanctions package", "security apparatus afloat.",
  ("Germany", C, neg, "Belarus", "call for sanctions = condemning"))
U(d, "Czech Foreign Minister Tomáš Petříček said Prague would back tougher EU measures", "injured in the crackdown.",
  ("Czech Republic", C, neg, "Belarus", "support for tougher measures (a measure against Minsk) + offer of treatment; the measure decides (rule 1)"))
U(d, "“Our condolences to Raman's family;", "paid to protect them.”",
  ("Latvia", C, neg, "Belarus", "condolences + a judgement of the security forces without stock words; rule 1"))
U(d, "Anatoly Glaz, spokesman for the Belarusian foreign ministry, said Western statements", "for political ends.",
  ("Belarus", C, neg, "", "accuses Western governments of exploiting the death; several -> target empty"))
U(d, "He added that the investigation would be completed without outside help.", "without outside help.",
  ("Belarus", N, neu, "", "'He' = Glaz; procedure, a refusal of outside help with no judgement stated = neutral"))
# "Good morning and welcome to our live coverage ..." = the outlet's own narration, no row.
U(d, "Canadian Foreign Minister François-Philippe Champagne said Ottawa stood with the Belarusian people", "with London.",
  ("Canada", C, neg, "Belarus", "solidarity with the people + coordination of further sanctions: the announced measure decides"))
