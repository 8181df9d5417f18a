# ------------------------------------------------------------------ Attack on Hristiyan Pendikov in Ohrid (Bulgarian MFA statements page, .txt, 19 Jan - 9 Feb 2023)
d = "page_bulgaria_pendikov_ohrid2023_mfastatements.txt"
# Not statements: masthead, language bar, menu, breadcrumb, page title, intro line, print/share bar, dated headings, related statements, tags, footer.
# "Deputy Prime Minister and Minister of Interior Ivan Demerdzhiev met Hristiyan Pendikov ..." = meeting narration, no row.
U(d, "The Deputy Prime Minister told Mr Pendikov that police officers", "until the danger had passed.",
  ("Bulgaria", S, pos, "", "protection given to the victim = backing by act; the victim is not an actor -> target empty; speaker by title"))
U(d, "He said that during his talks in Skopje he had pressed", "since he reached Sofia.",
  ("Bulgaria", N, neu, "", "pronoun = Demerdzhiev; police cooperation and information passed on = procedure, no judgement"))
U(d, "The Ministry notes that the prosecution office in Ohrid has charged", "national and ethnic hatred.",
  ("Bulgaria", N, neu, "", "'notes' a fact of the case = neutral"))
U(d, "In the Ministry's assessment, the charge confirms", "for declaring who he is.",
  ("Bulgaria", C, neg, "", "judgement without stock words: an attack for identity, not a bar fight; aimed at the attackers (not actors)"))
# "The President of the Republic, Rumen Radev, received Mr Pendikov at the Presidency ..." = meeting narration, no row.
U(d, "According to a statement from the presidential press service, the head of state said", "door of the European Union.",
  ("Bulgaria", C, neg, "North Macedonia", "second-hand attribution; 'the head of state' = Radev; crimes poison ties and push Skopje from the EU = judgement/warning to Skopje"))
U(d, "The President added that Bulgaria has briefed its partners", "every forum open to it.",
  ("Bulgaria", C, neg, "North Macedonia", "'campaign of hostility' = accusation; raising it in every forum = threatened response"))
# "Minister of Foreign Affairs Nikolay Milkov and the Minister of Foreign Affairs ... visited Mr Pendikov ..." = narration of a visit, no row.
U(d, "\"The Bulgarians of Ohrid will believe they are safe when they see a verdict", "after the visit.",
  ("Bulgaria", T, neg, "North Macedonia", "demand for a court verdict = call for justice, no judgement word (unsure: the jab at 'a press release' could be read as condemning)"))
U(d, "Minister Osmani, for his part, called the beating a disgrace", "Macedonian news agency MIA.",
  ("North Macedonia", C, neg, "", "'a disgrace' = judgement of the attack; agency quoting an official -> the official's state; attackers not actors"))
U(d, "The two ministers agreed to keep a direct line open", "members of the Bulgarian clubs.",
  ("Bulgaria", T, neu, "North Macedonia", "agreeing a channel between the ministries = talks"),
  ("North Macedonia", T, neu, "Bulgaria", "same agreement, the other party"))
U(d, "Minister Milkov said he hoped the case would become a turning point", "new source of tension.",
  ("Bulgaria", T, pos, "", "hope for calm between neighbours = calling_for_talks"))
U(d, "\"Bulgaria has never wanted its relations with Skopje to be measured in broken jaws.", "broken jaws.",
  ("Bulgaria", N, neg, "", "quote paragraph without a verb, speaker (Milkov) carried from the previous paragraph; own stance, no appeal or judgement of an actor"))
U(d, "We want them measured in schools, in museums and in open borders,\" he said.", "he said.",
  ("Bulgaria", T, pos, "North Macedonia", "quote continued across the paragraph break; wish for cooperative ties = diplomatic course"))
U(d, "The Ministry welcomes the clear words of the European Commission", "brought to justice.",
  ("Bulgaria", S, pos, "European Union", "welcome of the Commission's words = supporting"),
  ("European Union", C, neg, "", "reported clause: Várhelyi called the attack unacceptable = judgement; attackers not actors"))
U(d, "The Commission's spokesperson for foreign affairs, Peter Stano, said in Brussels", "swift and transparent investigation.",
  ("European Union", C, neg, "", "'no place in a country that aspires to join' = judgement of the violence, with a demand (rule 1); aimed at no actor"))
U(d, "The Ministry regrets, however, that some officials in Skopje", "incident between young people.",
  ("Bulgaria", C, neg, "North Macedonia", "'regrets' aimed at Skopje officials' description = judgement"))
U(d, "Such attempts to play down the motive insult the victim", "declare a Bulgarian identity.",
  ("Bulgaria", C, neg, "North Macedonia", "subject-less continuation of the Ministry; judgement of the authorities"))
U(d, "The Ministry also takes note of statements by the United States Embassy in Skopje", "complete their work.",
  ("Bulgaria", N, neu, "", "'takes note' = procedural line"),
  ("United States", T, neu, "", "reported clause: urged all sides to avoid inflammatory language = appeal for restraint"),
  ("OSCE", T, neu, "", "same appeal, the OSCE Mission speaks for the OSCE"))
U(d, "Bulgaria shares the wish that tensions not rise further, and calls on the authorities in Skopje", "night of 19 January.",
  ("Bulgaria", C, neg, "North Macedonia", "hope for calm joined to an appeal that says Skopje's public life carries 'the language of hatred' = judgement decides (rule 1) (unsure)"))
# "Prime Minister Galab Donev held a telephone conversation today ..." = narration of a call, no row.
U(d, "The Prime Minister told his counterpart that the beating of Mr Pendikov was a crime of hatred", "in which it happened.",
  ("Bulgaria", C, neg, "North Macedonia", "'the Prime Minister' = Donev (title only); holds Skopje answerable = condemning"))
U(d, "Prime Minister Donev asked Skopje to give the members of the Bulgarian clubs police protection", "where they request it.",
  ("Bulgaria", T, neu, "North Macedonia", "demand for protection of a community, no judgement word = calling_for_talks"))
U(d, "Prime Minister Kovachevski said the police had already identified the attackers", "government press service said.",
  ("North Macedonia", N, neu, "", "facts and plans, reported by the Bulgarian government press service -> Kovachevski's state"))
U(d, "On the instructions of the Prime Minister, a government aircraft flew Mr Pendikov to Sofia", "admitted to the Military Medical Academy for surgery.",
  ("Bulgaria", S, pos, "", "medical evacuation by a government plane = backing by act; victim not an actor"))
U(d, "The Ministry of Foreign Affairs strongly condemns the brutal attack", "against Hristiyan Pendikov.",
  ("Bulgaria", C, neg, "", "condemnation of the attack; attackers not actors -> target empty"))
U(d, "The ambassador of the Republic of North Macedonia in Sofia was called to the Ministry", "delivered a protest note.",
  ("Bulgaria", C, neg, "North Macedonia", "summons + protest note = diplomatic measure against a state"))
U(d, "Bulgaria expects the authorities of North Macedonia to identify all those involved", "at every stage.",
  ("Bulgaria", T, neu, "North Macedonia", "demands for an investigation, no judgement word"))
U(d, "The Ministry's consular staff in Skopje and Bitola are in contact", "the hospital in Ohrid.",
  ("Bulgaria", N, neu, "", "consular contact = fact of own activity"))
U(d, "Speaking on Bulgarian National Radio, Vladimir Kotev", "\"a question of when, not of if\".",
  ("Vladimir Kotev", N, neg, "", "invented historian; assessment that the attack was foreseeable, no actor judged"))
U(d, "Kotev said the state in Skopje had for years treated people", "fists in the street\".",
  ("Vladimir Kotev", C, neg, "North Macedonia", "surname only; accuses the state of years of hostility"))
U(d, "Elena Ristovska, a lawyer in Ohrid who has represented members of the club", "neither complaint had been answered.",
  ("Elena Ristovska", C, neg, "North Macedonia", "invented lawyer; charge of police inaction made by facts (unsure: could be neutral facts)"))
