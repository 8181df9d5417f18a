# ------------------------------------------------------------------ ICJ judgment on the waters of the Silala, Chile v. Bolivia (Chilean foreign ministry statements page, full HTML, releases of 2022-11-28 to 2022-12-06)
d = "page_chile_silala_icj2022_minrel.html"
# Not statements: government bar, brand, menu, breadcrumb, page title and intro, release titles and date lines, caption and credit,
# share line, "See also" links, comments notice, footer. 'The Ministry' / 'the Government' = Chile (the page is Chile's ministry).
U(d, "The Ministry of Foreign Affairs has sent a diplomatic note to the Ministry of Foreign Affairs of the Plurinational State of Bolivia", "waters of the Silala.",
  ("Chile", T, neu, "Bolivia", "proposal of a joint commission = calling_for_talks"))
U(d, "The Government considers that the judgment opens a new stage", "first quarter of 2023.",
  ("Chile", T, pos, "Bolivia", "invitation to meet on cooperation"))
# "Foreign Minister Antonia Urrejola spoke by telephone on Monday with her Bolivian counterpart, Rogelio Mayta." = a contact narrated, no row.
U(d, "The two ministers agreed to instruct their teams to examine a joint agenda", "transnational crime.",
  ("Chile", T, neu, "Bolivia", "agreeing to talks; one row per minister's state"),
  ("Bolivia", T, neu, "Chile", "same agreement"))
U(d, "The Ministry values the messages received following the judgment.", "following the judgment.",
  ("Chile", S, pos, "", "appreciation of messages from several senders"))
U(d, "The Ministry of Foreign Affairs of Peru welcomed the peaceful settlement", "path of dialogue.",
  ("Peru", T, pos, "", "welcome + encouragement of dialogue, no judgement: rule 2 before rule 3; two addressees -> empty"))
U(d, "The Secretary General of the Organization of American States, Luis Almagro, congratulated both States", "complying with its decisions.",
  ("Organization of American States", S, pos, "", "congratulations = approval; two States -> empty"))
U(d, "At a seminar held today at the Diplomatic Academy Andrés Bello, Ignacia Sotomayor Rey", "apply in full to the Silala.",
  ("Ignacia Sotomayor Rey", N, neu, "", "invented scholar; legal reading of the judgment"))
U(d, "\"The Court has closed the door to any claim of absolute sovereignty", "Professor Sotomayor said.",
  ("Ignacia Sotomayor Rey", N, neu, "", "analysis of the ruling's effect; no actor judged by name (unsure: implicitly answers Bolivia's claim)"))
U(d, "Martín Quiroga Leyton, a hydrologist at the Catholic University of the North in Antofagasta, told the seminar", "on both sides.",
  ("Martín Quiroga Leyton", T, neg, "", "invented expert; appeal for joint studies + warning, no judgement of an actor"))
U(d, "The Ministry of Foreign Affairs has taken note of statements by Bolivian authorities", "waters of the Silala.",
  ("Chile", N, neu, "", "'has taken note' = procedural"),
  ("Bolivia", N, pos, "", "reported clause: Bolivia's reading of the judgment as a success = self-assessment"))
U(d, "President Luis Arce said on Thursday that the Court had recognised Bolivia's rights", "dismantle them.",
  ("Bolivia", N, pos, "", "claim of rights recognised + a plan to dismantle channels on own territory; no judgement of Chile"))
U(d, "The Government regrets that these interpretations depart from the text of the judgment", "equitable and reasonable use.",
  ("Chile", C, neg, "Bolivia", "'regrets' aimed at Bolivia's statements = judgement (guide: 'regrettable')"))
U(d, "Chile has never opposed the dismantling of the channels", "customary international law.",
  ("Chile", T, neu, "Bolivia", "expectation that Bolivia notify and consult = appeal for a consultative course"),
  ("International Court of Justice", N, neu, "", "the Court's recall of the duty to notify, relayed by the Ministry = a legal finding"))
U(d, "The Ministry reiterates that the judgment is final and binding on both Parties", "comply with it in full.",
  ("Chile", N, neu, "", "assurance of own compliance = neutral"))
U(d, "The Government of Chile welcomes the judgment delivered today", "waters of the Silala.",
  ("Chile", S, pos, "International Court of Justice", "welcome of the Court's judgment"))
U(d, "The Court recorded that both Parties now agree that the Silala is an international watercourse", "filed the case in 2016.",
  ("International Court of Justice", N, neu, "", "the Court's finding; the appended clause on Chile's filing is background"))
U(d, "In its judgment, adopted on most points by fifteen votes to one, the Court found", "course of the proceedings.",
  ("International Court of Justice", N, neu, "", "ruling reported without evaluation"))
U(d, "The Court did not uphold Bolivia's counter-claims", "conditional on an agreement.",
  ("International Court of Justice", N, neu, "", "a court rejecting claims = procedural decision, not a judgement of an actor"))
U(d, "Foreign Minister Antonia Urrejola, who attended the reading of the judgment at the Peace Palace", "legal certainty.",
  ("Chile", S, pos, "International Court of Justice", "approval of the ruling"))
U(d, "\"Chile came to The Hague to have a principle confirmed, and it has been confirmed,\" the Minister said.", "the Minister said.",
  ("Chile", N, pos, "", "'the Minister' = Urrejola; self-assessment of success"))
U(d, "\"We now want to turn the page and work with Bolivia", "she added.",
  ("Chile", T, pos, "Bolivia", "speaker carried across the paragraph break; offer to cooperate"))
U(d, "From Santiago, President Gabriel Boric said the judgment showed", "years of work.",
  ("Chile", S, pos, "", "praise of international law and thanks to own team; no single target"))
U(d, "The Government of Chile reaffirms its commitment to the peaceful settlement of disputes", "mutual trust.",
  ("Chile", T, pos, "Bolivia", "commitment to peaceful settlement and good relations = calling_for_talks"))
U(d, "Foreign Minister Antonia Urrejola will travel to The Hague to attend the public sitting", "local time.",
  ("Chile", N, neu, "", "travel plan"))
U(d, "The Ministry recalls that Chile filed the application in June 2016", "international watercourse.",
  ("Chile", N, neu, "", "procedural background given by the Ministry"))
U(d, "The Government reaffirms its full respect for the Court and its confidence in international law.", "in international law.",
  ("Chile", S, pos, "International Court of Justice", "respect and confidence = approval"))
