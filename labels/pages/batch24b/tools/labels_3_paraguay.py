# ------------------------------------------------------------------ Paraguay: Congress burned and a Liberal youth leader killed over the re-election amendment (scraped Latin American daily, 2017-04-01)
d = "page_paraguay_congress_fire_2017_latamdaily.txt"
# Not statements: masthead, city bar, breadcrumb, section, headline, standfirst, byline, share bar, [Photo n/4] captions,
# ADVERTISEMENT, crossheads in capitals, Related:, tags, newsletter prompt, most read, comments, copyright.
U(d, "President Horacio Cartes dismissed his interior minister, Tadeo Rojas", "fired at close range.",
  ("Paraguay", N, neu, "", "long lead: narration of the raid + the president's dismissal of his own officials = own personnel measure, no judgement stated (unsure: implicit blame of the police)"))
# "The raid followed a night of rioting ..." and "The 1992 constitution ... more than 200 were detained." = narration and figures with no source, no row.
U(d, "In a message posted on his social media accounts, Cartes said the killing", "before the courts.",
  ("Paraguay", C, neg, "", "the president judges the killing by his own police and promises accountability; no foreign target -> empty"))
U(d, "\"I call on all Paraguayans to stay calm", "the president wrote.",
  ("Paraguay", T, neu, "", "appeal for calm and against violence"))
U(d, "The Interior Ministry said in a statement that a police officer had been detained", "was under way.",
  ("Paraguay", N, neu, "", "facts and procedure"))
U(d, "Before handing over his post, Sotelo told reporters", "by the high command.",
  ("Paraguay", N, neg, "", "police commander = state; facts + denial that the raid was ordered = neutral, negative"))
U(d, "Attorney General Javier Díaz Verón said prosecutors had opened", "set fire to the legislature.",
  ("Paraguay", N, neu, "", "prosecutors' investigations = procedure"))
# "PLRA president Efraín Alegre ... blamed the government directly for the killing." = lead-in summary before his quote, no row.
U(d, "\"The police entered our house without a warrant", "at the damaged party offices.",
  ("Authentic Radical Liberal Party", C, neg, "Paraguay", "party leader = PLRA; accusation of the government"))
U(d, "He said the Senate vote was a parliamentary coup", "passed in that way.",
  ("Authentic Radical Liberal Party", C, neg, "", "'parliamentary coup' + refusal to recognise in protest; aimed at the Senate majority (several parties) -> target empty"))
U(d, "Alegre added that the Liberals would keep up peaceful protests", "not to answer provocations.",
  ("Authentic Radical Liberal Party", T, neu, "", "peaceful course + appeal for restraint to own supporters, no judgement in the sentence"))
U(d, "The leftist Frente Guasú, whose leader, former President Fernando Lugo", "the vote was illegal.",
  ("Frente Guasú", N, neg, "", "denial of the accusation = neutral, negative; party declared in new_actors.csv"))
U(d, "Frente Guasú senators said in a joint statement", "in a referendum.",
  ("Frente Guasú", N, neu, "", "defence of procedure + plan (referendum)"))
U(d, "The governing Colorado Party's president, Pedro Alliana, said opposition leaders", "answer for the destruction.",
  ("Colorado Party", C, neg, "", "blames 'opposition leaders' (several, non-specific) -> target empty"))
U(d, "Alliana added that the party stood fully behind", "the police chief.",
  ("Colorado Party", S, pos, "Paraguay", "governing party backs the president's dismissals = supporting"))
U(d, "Chamber of Deputies President Hugo Velázquez said the lower house", "whether to reschedule it.",
  ("Paraguay", N, neu, "", "parliament's presiding officer = state; postponement = procedure"))
U(d, "The secretary general of the Organization of American States, Luis Almagro, said", "impartial investigation.",
  ("Organization of American States", C, neg, "Paraguay", "'unacceptable' killing by police + demand for an inquiry; judgement decides (rule 1)"))
U(d, "Almagro also called on all political forces in Paraguay", "constitutional order.",
  ("Organization of American States", T, neu, "", "appeal for dialogue to all sides"))
U(d, "The U.S. Embassy in Asunción said it was saddened", "respect democratic institutions.",
  ("United States", T, neg, "", "sorrow + appeal to all sides to refrain from violence"))
U(d, "The European Union's delegation in Paraguay said in a statement", "with concern.",
  ("European Union", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Argentina's Foreign Ministry said Buenos Aires trusted", "the family of the victim.",
  ("Argentina", T, pos, "Paraguay", "hope/trust in a peaceful solution (talks) + sympathy; rule 2 before rule 3"))
U(d, "Brazil's Foreign Ministry, Itamaraty, called for calm", "broad political consensus.",
  ("Brazil", T, neu, "", "appeal for calm and consensus"))
U(d, "The South America regional office of the U.N. High Commissioner for Human Rights condemned", "right to peaceful protest.",
  ("United Nations", C, neg, "Paraguay", "OHCHR office = United Nations; condemnation of lethal force by the state's police"))
U(d, "Paraguay's Catholic bishops, in a statement from the Paraguayan Episcopal Conference, appealed", "while tempers cooled.",
  ("Paraguayan Episcopal Conference", T, neu, "", "appeal for a meeting and a pause = calling_for_talks; body declared in new_actors.csv"))
U(d, "The bishops said they were ready to host such a meeting.", "such a meeting.",
  ("Paraguayan Episcopal Conference", T, pos, "", "offer to mediate = calling_for_talks"))
U(d, "Marta Giménez Ocampo, a professor of constitutional law", "abuse of the constitution.",
  ("Marta Giménez Ocampo", C, neg, "Paraguay", "invented professor; 'plain abuse' = judgement of the Senate (a state organ)"))
U(d, "\"Re-election is not a detail that can be slipped in", "she said.",
  ("Marta Giménez Ocampo", C, neg, "Paraguay", "charge that the Senate knowingly bypassed the constitution"))
U(d, "Óscar Benítez Rolón, a political analyst at the Asunción Centre for Political Studies", "finish his term in peace.",
  ("Óscar Benítez Rolón", N, neu, "", "invented analyst; assessment of the president's options"))
U(d, "\"A dead young man in a party office changes the whole equation,\" Benítez Rolón said.", "Benítez Rolón said.",
  ("Óscar Benítez Rolón", N, neg, "", "assessment, no judgement of an actor"))
U(d, "He said he expected the church to broker talks", "without preconditions.",
  ("Óscar Benítez Rolón", T, neu, "", "forecast + appeal to both camps to accept talks"))
