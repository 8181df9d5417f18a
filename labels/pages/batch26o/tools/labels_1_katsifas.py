# ------------------------------------------------------------------ Killing of Konstantinos Katsifas in Vouliarates/Bularat (Greek MFA statements page, 28.10-08.11.2018)
d = "page_katsifas_bularat2018_mfastatements.txt"
# Not statements: site header, language bar, breadcrumb, search, menu, filter line, result count, item titles with dates,
# weekday datelines, tags, "Related:", photo caption, print/share, subscribe prompt, most viewed, copyright.
U(d, "Reports reached the Ministry this morning", "officers of the Albanian police.",
  ("Greece", N, neu, "", "the ministry's own announcement: facts of the incident, no evaluation"))
U(d, "The Albanian side has since confirmed to our Embassy in Tirana", "by a special police unit.",
  ("Greece", N, neu, "", "facts relayed by the ministry ('our Embassy'), no evaluation"),
  ("Albania", N, neu, "", "Albania's confirmation of the death reported by Greece = Albania's statement; a fact"))
U(d, "The Ministry extends its heartfelt condolences to his family", "shares their grief.",
  ("Greece", N, neg, "", "condolences to the family of its own citizen (no actor addressed) = neutral, grief"))
U(d, "Nothing we have heard so far explains why an attempt at arrest", "with lethal force.",
  ("Greece", C, neg, "Albania", "judgement without a stock word: the use of lethal force is unexplained/unjustified"))
U(d, "The Ministry has asked Tirana to share every finding", "as soon as it is available.",
  ("Greece", T, neu, "Albania", "request for cooperation in the investigation = appeal (demands for an inquiry are calling_for_talks); Tirana = metonym"))
U(d, "On the instructions of the acting Minister of Foreign Affairs", "the killing of Konstantinos Katsifas.",
  ("Greece", C, neg, "Albania", "ambassador summoned + strong démarche = a diplomatic measure in protest"))
U(d, "The Secretary General told the Ambassador that Athens considered", "every stage of the investigation.",
  ("Greece", C, neg, "Albania", "'excessive' use of force = judgement (rule 1 over the request that follows)"))
U(d, "The Ambassador was informed that the Greek side is requesting", "at the post-mortem examination.",
  ("Greece", N, neu, "", "procedural request about the autopsy (unsure: could be calling_for_talks like the request for findings)"))
U(d, "The Ambassador undertook to transmit the requests", "without delay.",
  ("Albania", N, neu, "", "the ambassador speaks for Albania; a procedural undertaking"))
U(d, "The Ministry also took note with regret of yesterday's statement", "an armed extremist.",
  ("Greece", C, neg, "Albania", "'with regret' aimed at the other ministry's statement = judgement"),
  ("Albania", C, neg, "Greece", "Albanian MFA's accusation of Athens reported inside the Greek sentence = Albania's statement"))
U(d, "The Greek side considers that a statement rushing to pass judgement", "either side of the border.",
  ("Greece", C, neg, "Albania", "judgement of the Albanian statement without stock words"))
U(d, "Foreign Ministry Spokesperson Alexandros Gennimatas said later in the day", "beneath the office he holds\".",
  ("Greece", C, neg, "Albania", "spokesperson judges the Albanian PM's remarks"),
  ("Albania", C, neg, "", "Rama's 'madman' post reported in the sentence = Albania's judgement of the gunman (a private person, target empty)"))
U(d, "\"Greece will not answer provocation with provocation.", "provocation with provocation.",
  ("Greece", C, neg, "Albania", "quote opened here, closed in the next paragraph; calls the Albanian remarks provocation = judgement"))
U(d, "Our aim is the truth about this death", "Gennimatas said.",
  ("Greece", N, neu, "", "speaker carried across the paragraph break; own aims, no evaluation"))
# "Alternate Minister Katrougalos received at the Ministry a delegation ..." = a meeting narrated, no row.
U(d, "\"The investigation must answer every question the family is asking.", "the Alternate Minister said after the meeting.",
  ("Greece", T, neg, "Albania", "demand for a full inquiry + refusal to treat any account as final; no judgement word (unsure: could be neutral)"))
U(d, "He added that he regarded as a positive step", "present at the autopsy.",
  ("Greece", S, pos, "Albania", "welcome of Albania's acceptance of the request"))
U(d, "Katrougalos urged political leaders in Athens and Tirana", "raised voices.",
  ("Greece", T, neu, "", "appeal for restraint in language addressed to both capitals"))
U(d, "Speaking to journalists after the meeting, Stefanos Lakkas", "since Sunday.",
  ("Stefanos Lakkas", N, neg, "", "invented witness (retired teacher); fear and facts, no judgement"))
U(d, "Lakkas said the special police units", "immediate withdrawal.",
  ("Stefanos Lakkas", C, neg, "Albania", "judgement of the police conduct + demand for withdrawal (rule 1)"))
U(d, "The Ministry of Foreign Affairs has been informed by the Albanian authorities", "a Greek police officer.",
  ("Greece", N, neu, "", "information relayed"),
  ("Albania", N, neu, "", "Albanian authorities' notice of the completed autopsy = a fact given by Albania"))
U(d, "The Ministry calls on the Albanian judicial authorities to release the body", "their wishes.",
  ("Greece", T, neu, "Albania", "humanitarian appeal to one side, no judgement word"))
U(d, "Greek consular staff in Gjirokastër remain at the disposal of the family.", "of the family.",
  ("Greece", N, neu, "", "own consular service; no position on another actor"))
U(d, "Asked about the statement of the spokesperson of the European Commission", "Spokesperson Gennimatas replied:",
  ("European Union", T, neu, "", "Commission spokesperson's call for an impartial inquiry and calm, reported by Greece; the Greek lead-in itself carries no position"))
U(d, "\"We welcome the Commission's clear position", "share its call for calm.",
  ("Greece", T, pos, "", "welcome joined to an appeal for calm with no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "We note, however, that calm cannot be built on the premature labelling", "of the victim.",
  ("Greece", C, neg, "Albania", "quote continued from the previous paragraph; judgement of Tirana's labelling of the victim"))
U(d, "Greece has been and remains the strongest supporter of Albania's European course", "the rule of law.\"",
  ("Greece", C, neg, "Albania", "support stated as the ground for a condition on accession = veiled warning (unsure: could be supporting)"))
U(d, "Asked whether Athens would link the case", "in due course.",
  ("Greece", N, neu, "", "procedural answer: no decision taken"))
U(d, "The funeral of Konstantinos Katsifas took place today", "from Greece and Albania.",
  ("Greece", N, neu, "", "the ministry's announcement of facts"))
U(d, "The Ministry notes that the Albanian authorities allowed the funeral", "a step in the right direction.",
  ("Greece", S, pos, "Albania", "approval of Albania's conduct = supporting"))
U(d, "At the same time, the Ministry expresses its displeasure", "to attend.",
  ("Greece", C, neg, "Albania", "displeasure at a measure = judgement"),
  ("Albania", N, neg, "", "Albania's entry ban reported as done: a measure against individuals, not a state; no judgement stated (unsure)"))
U(d, "Such measures against citizens of a neighbouring and allied country", "the two peoples deserve.",
  ("Greece", C, neg, "Albania", "judgement without stock words"))
U(d, "Interviewed by local media after the service, the parish priest of Vouliarates", "mourn in peace.",
  ("Thanas Mitsos", T, pos, "", "invented local voice: thanks to the consulate + hope for peace; the hope decides (rule 2 before rule 3) (unsure: could be supporting Greece)"))
U(d, "The Ministry will continue to follow the investigation closely", "in contact with the family.",
  ("Greece", N, neu, "", "plan, no evaluation"))
