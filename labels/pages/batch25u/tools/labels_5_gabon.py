# ------------------------------------------------------------------ Libreville: the failed putsch of Lt Kelly Ondo Obiang (live blog, 2019-01-07)
d = "page_gabon_ondoobiang_putsch2019_liveblog.txt"
# Not statements: menu, headline, date, "Last updated", refresh note, KEY POINTS bullets, share bar, time stamps, entry headings, the closing and opening housekeeping entries, most read, copyright.
P = "Patriotic Movement of the Defence and Security Forces of Gabon"
U(d, "Serge Mba Allogo, a researcher at the Centre for Governance Studies", "go away with their arrest.",
  ("Serge Mba Allogo", N, neg, "", "invented researcher; assessment of the attempt and of the lasting grievance, no judgement"))
U(d, "\"You can lock up a lieutenant", "he said.",
  ("Serge Mba Allogo", N, neg, "", "raises the question of who governs; no explicit judgement of an actor (unsure: could read as criticism of the government)"))
U(d, "Mba Allogo said the government should now give Gabonese a full account", "in his absence.",
  ("Serge Mba Allogo", T, neu, "Gabon", "appeal for transparency and a dialogue with the opposition = calling_for_talks"))
U(d, "A spokesman for opposition leader Jean Ping", "like everyone else.",
  ("Jean Ping", N, neg, "", "unnamed spokesman of a named leader speaks for him; denial of any link = neutral, negative"))
# "The soldiers had played a song ..." = narration; "some on social media" are not actors.
U(d, "The African Union's Peace and Security Council will discuss", "an AU official told us.",
  ("African Union", N, neu, "", "procedural: the council will discuss = neutral"))
U(d, "Morocco's foreign ministry said the kingdom stood", "a brotherly country.",
  ("Morocco", C, neg, P, "backing of Bongo and the institutions joined to a judgement of the soldiers ('a reckless gamble'): rule 1 -> condemning"))
# "Mr Bongo has been convalescing in Rabat ..." = background narration, no row.
U(d, "A US State Department spokesperson said Washington was following events", "gunfire in the capital.",
  ("United States", N, neg, "", "monitoring + being troubled, no appeal in this sentence = neutral, negative"))
U(d, "The spokesperson urged all Gabonese to settle their differences", "framework of the constitution.",
  ("United States", T, neu, "", "appeal for a peaceful, constitutional course = calling_for_talks"))
# "About 80 US troops were sent to Gabon last week ..." = background narration, no row.
U(d, "The European Union's spokesperson said the bloc was glad", "Gabon's international commitments.",
  ("European Union", T, neu, "Gabon", "welcome of the calm joined to an appeal to treat detainees lawfully, no judgement: rule 2 before rule 3 -> calling_for_talks"))
U(d, "Chad's presidency said President Idriss Déby Itno had telephoned", "whatever help Libreville might need.",
  ("Chad", S, pos, "Gabon", "solidarity + offer of help = supporting"))
U(d, "The Economic Community of Central African States (ECCAS), whose secretariat", "who had remained loyal.",
  ("ECCAS", C, neg, P, "condemnation joined to praise of the loyal forces: rule 1 -> condemning"))
U(d, "ECCAS Secretary General Ahmad Allam-Mi said the region could not afford", "slide into disorder.",
  ("ECCAS", N, neg, "", "alarm about regional instability, no appeal and no actor judged = neutral, negative"))
U(d, "UN Secretary-General António Guterres denounced the soldiers' bid", "his spokesman said in New York.",
  ("United Nations", C, neg, P, "denunciation of the bid + backing of the institutions: rule 1 -> condemning"))
U(d, "François Louncény Fall, the head of the UN regional office for Central Africa", "put lives at risk.",
  ("United Nations", T, pos, "", "hope that calm holds + appeal to avoid risky steps = calling_for_talks"))
U(d, "The presidency said in a statement that two of the plotters had been killed", "had been arrested.",
  ("Gabon", N, neu, "", "own operation reported as done, deaths and arrest, no judgement = neutral"))
U(d, "France's foreign ministry said Paris rejected any seizure of power by soldiers", "question about the presidency.",
  ("France", C, neg, P, "'rejected any seizure of power by soldiers' = judgement of the attempt -> condemning"))
U(d, "The ministry told French citizens in Gabon", "until further notice.",
  ("France", N, neu, "", "travel advice to own citizens = neutral"))
# "France has about 350 troops stationed in Gabon." = background, no row.
U(d, "A spokesman for the French armed forces said they had stayed in their barracks", "no part in events.",
  ("France", N, neu, "", "own conduct stated, implicit denial of involvement = neutral"))
U(d, "The defence ministry said in a statement read on state television that soldiers who fled", "face the same fate.",
  ("Gabon", C, neg, P, "threat of pursuit and punishment, also to anyone sheltering the fugitives = condemning"))
U(d, "African Union Commission chairperson Moussa Faki Mahamat said on Twitter", "governments born of the gun.",
  ("African Union", C, neg, P, "'deplored the attempt' + 'closed the door on governments born of the gun' = condemning"))
U(d, "In a later statement, Faki said the AU stood firmly with Gabon's institutions", "\"saved the republic\".",
  ("African Union", S, pos, "Gabon", "backing of the institutions + tribute to the loyal forces = supporting"))
U(d, "Mireille Nzé, a trader in the Nkembo district", "along the Triomphal boulevard.",
  ("Mireille Nzé", N, neg, "", "named witness (invented); what she heard and saw = neutral"))
# "Internet access in Libreville remains cut ..." = narration, no row.
U(d, "Government spokesman Guy-Bertrand Mapangou dismissed the soldiers", "working normally.",
  ("Gabon", C, neg, P, "'a handful of adventurers with no following' = belittling judgement -> condemning"))
U(d, "\"These men thought a microphone and three rifles", "Mapangou said.",
  ("Gabon", C, neg, P, "mockery of the plotters = judgement"))
U(d, "Mapangou told French radio that order had been restored", "one was being sought.",
  ("Gabon", N, neu, "", "facts of the government's response = neutral"))
U(d, "He said the president would come home", "fully functioning.",
  ("Gabon", N, pos, "", "reassurance about the president and the state = neutral, positive"))
U(d, "In a message read on state radio at about 04:30 GMT", "had taken control.",
  (P, C, neg, "Gabon", "the group's announced seizure of power = an operation against the government -> condemning (new group actor)"))
U(d, "He said President Bongo's New Year's Eve video from Rabat", "clinging to power.",
  (P, C, neg, "Gabon", "the president declared unfit + his entourage accused of hiding the truth = condemning"))
U(d, "The soldiers announced a \"National Restoration Council\"", "airports and the streets.",
  (P, C, neg, "Gabon", "call for an uprising against the government = condemning, not an appeal for talks"))
