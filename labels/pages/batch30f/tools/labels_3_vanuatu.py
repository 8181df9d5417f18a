# ------------------------------------------------------------------ Vanuatu: President Lonsdale revokes the pardons of 14 MPs convicted of bribery (wire copy with capitals' reactions, 2015-10-16)
d = "page_vanuatu_pardon_revoked_2015_wire.txt"
# Not statements: menu, section/time line, UPDATE headline, byline, read time, three bullets, ADVERTISEMENT, crossheads, RELATED COVERAGE, reporting credits, Our Standards, tags.
U(d, "Vanuatu's President Baldwin Lonsdale on Friday revoked the pardons", "while standing in for him.",
  ("Vanuatu", C, neg, "Marcellino Pipite", "dateline excluded; the revocation = a measure against the speaker, with a stated grievance (misuse of powers)"))
# "Speaker Marcellino Pipite, who was acting president ..., signed the pardons a day after ..." = background narration of the earlier act, no row.
U(d, "In an address broadcast on national radio, Lonsdale said the acting president", "the courts had opened\".",
  ("Vanuatu", C, neg, "Marcellino Pipite", "judgement by image ('used my seal to close a door'), no stock word"))
U(d, "\"A man cannot sit as judge in his own cause.", "the president said.",
  ("Vanuatu", C, neg, "Marcellino Pipite", "multi-sentence quote closed by 'the president said'; judgement"))
U(d, "He said the pardon could not stand because the men had not yet been sentenced", "finish their work.",
  ("Vanuatu", T, neu, "", "legal reason + appeal to the people for calm, no judgement in this sentence = calling_for_talks"))
U(d, "Hours later police arrested several of the convicted MPs", "the public prosecutor's office said.",
  ("Vanuatu", N, neu, "", "own arrests reported as done by the prosecutor's office, no judgement = neutral (unsure: a measure against others could be condemning)"))
U(d, "Pipite, through his lawyer, said the revocation was itself unconstitutional", "set it aside.",
  ("Marcellino Pipite", C, neg, "Vanuatu", "convicted speaker speaking for himself through his lawyer (person, not the state: he is one side of the dispute with the head of state, unsure); 'unconstitutional' = judgement"))
U(d, "Prime Minister Sato Kilman, whose coalition depended on several of the convicted lawmakers, said", "in the way of the police.",
  ("Vanuatu", S, pos, "", "approval of the president's act by the head of government; same state -> target empty (unsure: could be neutral reassurance)"))
U(d, "Kilman told reporters he had asked the convicted ministers to step aside", "until the courts had ruled.",
  ("Vanuatu", N, neu, "", "own measure within the government, procedure = neutral"))
U(d, "Opposition MP Ralph Regenvanu said the government had lost any moral authority", "fresh elections.",
  ("Ralph Regenvanu", C, neg, "Vanuatu", "opposition MP (party not named on the page) as a person; judgement + call to resign"))
U(d, "Australian Foreign Minister Julie Bishop said Canberra welcomed the president's action", "Vanuatu's institutions.",
  ("Australia", S, pos, "Vanuatu", "welcome + confidence = supporting"))
U(d, "\"The courts have done their job, and now the head of state has done his.", "Bishop told reporters in Canberra.",
  ("Australia", T, pos, "", "approval joined to a hope for a peaceful process; rule 2 before rule 3 = calling_for_talks"))
U(d, "New Zealand's foreign ministry said it \"strongly supports\" the efforts", "according to a statement issued in Wellington.",
  ("New Zealand", S, pos, "Vanuatu", "passive/second-hand tail 'according to a statement'; backing"))
U(d, "The ministry said New Zealand remained ready to help Vanuatu", "affect that assistance.",
  ("New Zealand", S, pos, "Vanuatu", "'the ministry' = NZ MFAT; continued aid = supporting"))
U(d, "The Melanesian Spearhead Group, whose secretariat sits in Port Vila, said it hoped", "without any unrest.",
  ("Melanesian Spearhead Group", T, pos, "", "hope for a settlement by talks = calling_for_talks"))
U(d, "France, which ran Vanuatu jointly with Britain until independence in 1980, expressed confidence", "through its embassy in Port Vila.",
  ("France", S, pos, "Vanuatu", "confidence in the institutions = backing (unsure: could be neutral)"))
U(d, "A spokesman for the Pacific Islands Forum Secretariat in Suva said the Forum was watching", "constitutional processes.",
  ("Pacific Islands Forum", N, neu, "", "monitoring + 'a matter for Vanuatu', no appeal = neutral"))
U(d, "The European Union delegation in Port Vila said the pardons had risked sending", "escape the law.",
  ("European Union", C, neg, "Marcellino Pipite", "judgement of the pardons without a stock word"))
U(d, "Transparency International Vanuatu praised the president for what it called a brave decision", "act as head of state.",
  ("Transparency International Vanuatu", S, pos, "Vanuatu", "praise joined to an appeal for a constitutional fix (not a peace appeal) = supporting"))
U(d, "The Vanuatu Christian Council called on churches to pray for the nation", "whatever the courts decide.",
  ("Vanuatu Christian Council", T, neu, "", "appeal to all sides to accept the courts, no judgement = calling_for_talks"))
U(d, "Women's group Vanuatu Women Against Crime and Corruption said its march", "in support of the president.",
  ("Vanuatu Women Against Crime and Corruption", S, pos, "Vanuatu", "backing by act (a march in support)"))
U(d, "Harold Tarilongi, a lecturer in constitutional law at the University of the South Pacific's Emalus campus, said", "not beyond challenge.",
  ("Harold Tarilongi", N, neu, "", "invented independent academic; legal assessment without a judgement = neutral"))
U(d, "\"The Constitution is silent on whether a pardon, once gazetted, can be withdrawn.", "Tarilongi said.",
  ("Harold Tarilongi", N, neu, "", "multi-sentence quote; a recommendation to legislate, not an appeal for talks = neutral (unsure)"))
U(d, "Stallholder Leiwia Kalo, who sells vegetables at the Port Vila market, said", "let themselves off.",
  ("Leiwia Kalo", C, neg, "", "invented named witness; shame at the MPs' self-pardon = judgement; MPs not one canonical actor -> target empty"))
U(d, "\"The president has given us back a little bit of pride,\" she said.", "she said.",
  ("Leiwia Kalo", S, pos, "Vanuatu", "praise of the president"))
U(d, "Carcasses has denied wrongdoing, saying the money was given as loans", "colleagues in need.",
  ("Moana Carcasses", N, neg, "", "denial = neutral, negative; convicted deputy PM speaking for himself (person)"))
# "The Supreme Court is scheduled to sentence ..." and "Those convicted include ..." = narration, no row.
