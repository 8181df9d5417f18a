# ------------------------------------------------------------------ the raid on the San Isidro Movement in Havana and the row over the US chargé d'affaires (explainer / Q&A, 2020-11-30)
d = "page_cuba_sanisidro_raid2020_explainer.txt"
# Not statements: masthead, menu, breadcrumb, headline, standfirst, byline, date, read time, image line with credit,
# the Q&A questions (crossheads), "[Related: ...]", Read more, newsletter prompt, tags, copyright.
# "It is a loose collective ...", "Its best-known member ...", "About a dozen members had gathered ..." = background, no row.
U(d, "On the night of 26 November, police and officers in medical coats entered the house", "coronavirus travel rules.",
  ("Cuba", C, neg, "San Isidro Movement", "a raid and detentions reported as done = a measure against the group; the police's stated reason inside the sentence"))
# "The next day, in a rare scene for Cuba, some 300 people ..." = unnamed protesters, no row.
U(d, "Late that night, Vice-Minister Fernando Rojas met a group of them", "agreed to further talks.",
  ("Cuba", T, pos, "San Isidro Movement", "agreeing to talks, reported second-hand ('according to participants')"))
U(d, "It says the hunger strike was a show staged and paid for from abroad.", "from abroad.",
  ("Cuba", C, neg, "", "'It' = the Cuban government (the question above); accusation aimed at the group and unnamed foreign backers -> target empty"))
U(d, "President Miguel Díaz-Canel wrote on Twitter that the \"farce\" had been written in Miami and Washington", "use culture against it.",
  ("Cuba", C, neg, "United States", "accusation of Washington + 'mercenaries'"))
U(d, "Foreign Minister Bruno Rodríguez accused the United States of directing the protest", "paid for its transport.",
  ("Cuba", C, neg, "United States", "accusation"))
U(d, "In a statement published by the Foreign Ministry on Saturday night", "a diplomat's conduct.",
  ("Cuba", C, neg, "United States", "summons of the US chargé + warning = condemning (diplomatic measure)"))
U(d, "Cuba, the statement said, would not tolerate such behaviour", "any other mission.",
  ("Cuba", C, neg, "United States", "warning; attribution in the middle of the sentence"))
U(d, "Fernández de Cossío added that the government had always been open to dialogue", "respected the law.",
  ("Cuba", T, neu, "", "offer of dialogue (with a condition) = calling_for_talks; the artists are not one canonical party"))
U(d, "Zúñiga-Brown visited the neighbourhood several times during the hunger strike", "one of its members.",
  ("Cuba", N, neg, "", "a factual claim attributed to the Cuban government, no judgement word in it (unsure: it is part of the interference charge)"))
U(d, "The US embassy in Havana said the chargé had gone to check on the welfare", "organised anything.",
  ("United States", N, neg, "", "explanation + denial = neutral, negative tone"))
U(d, "The State Department's top official for Latin America, Michael Kozak, called the raid", "harassing the artists.",
  ("United States", C, neg, "Cuba", "'an assault on free expression' + demands: rule 1"))
U(d, "Secretary of State Mike Pompeo said on Twitter that the United States stood with the people of San Isidro", "treated them.",
  ("United States", C, neg, "Cuba", "support for the group + a warning to 'the regime': the warning and the word 'regime' decide (rule 1); unsure: could be supporting the San Isidro Movement"))
U(d, "Senator Marco Rubio called for new sanctions on the officials responsible.", "officials responsible.",
  ("United States", C, neg, "Cuba", "call for sanctions = condemning (README); a senator = the US"))
U(d, "The European Union's foreign affairs spokesperson said the bloc was following the situation closely", "peaceful assembly.",
  ("European Union", T, neu, "Cuba", "monitoring + appeal for dialogue addressed to Havana, no judgement word"))
U(d, "Amnesty International declared Solís a prisoner of conscience", "speaking out.",
  ("Amnesty International", C, neg, "Cuba", "jailed 'only for speaking out' = judgement of the jailing"))
U(d, "The Secretary General of the Organization of American States, Luis Almagro, called the raid", "everyone detained.",
  ("Organization of American States", C, neg, "Cuba", "'an act of repression' + demand"))
U(d, "Mexican President Andrés Manuel López Obrador, asked about Cuba at his morning news conference", "would not comment.",
  ("Mexico", N, neu, "", "declines to comment on principle: neutral"))
U(d, "Otero Alcántara, speaking by telephone from his home", "did not already promise.",
  ("San Isidro Movement", N, neu, "", "the group's best-known member speaking for it; its aims, no judgement"))
U(d, "\"We want to make art without asking permission.", "he said.",
  ("San Isidro Movement", T, neu, "Cuba", "conditional offer of talks (release first) = calling_for_talks"))
U(d, "The movement has also said it will not accept any meeting with officials", "allowed to attend.",
  ("San Isidro Movement", T, neu, "Cuba", "conditions on a meeting's format with a counter-offer, no grievance stated = calling_for_talks (README refusals)"))
U(d, "Marta Echeverría, who studies Cuban civil society at a research centre in Madrid", "no history of dissent.",
  ("Marta Echeverría", N, neu, "", "invented scholar introduced by role; analysis"))
U(d, "\"These are not the usual opposition figures.", "Echeverría said.",
  ("Marta Echeverría", N, neu, "", "description, surname only"))
U(d, "She said the government had made a mistake by treating a cultural protest", "security threat.",
  ("Marta Echeverría", C, neg, "Cuba", "'a mistake' = judgement without stock words"))
U(d, "Samuel Ortiz, a Latin America analyst at a Washington research institute", "their own ends.",
  ("Samuel Ortiz", C, neg, "", "invented analyst; judgement of both governments -> target empty"))
U(d, "\"Havana gets an enemy to point at", "Ortiz said.",
  ("Samuel Ortiz", C, neg, "", "same judgement of both sides"))
U(d, "He said the incoming Biden administration should reopen channels with Havana", "public pressure.",
  ("Samuel Ortiz", T, neu, "United States", "appeal for diplomacy addressed to the US"))
# "A second meeting between artists and the Culture Ministry has been announced but not scheduled." and "Solís remains in
# prison in Havana." = narration with no source, no row.
