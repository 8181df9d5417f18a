# Mexico: the Zambada letter and the Sinaloa governor (international wire copy, 2024-08-11)
d = "page_mexico_zambada_abduction2024_wire.txt"
U(d, "Mexican President Andres Manuel Lopez Obrador on Sunday stood by", "proved nothing.",
  ("Mexico", S, pos, "", "head of state backs the Sinaloa governor (a state official, who resolves to Mexico: no target); the dismissal of the letter is secondary; dateline excluded"))
U(d, "\"Governor Ruben Rocha Moya has my confidence.", "war between cartel factions.",
  ("Mexico", S, pos, "", "two-sentence quote closed by the speaker = one unit; backing of the governor (own state: target empty); 'the word of a criminal' aimed at Zambada, who is not the target of the backing"))
U(d, "In a two-page statement released on Saturday by his lawyer", "former rector of the state university.",
  ("Ismael Zambada García", N, neu, "", "lawyer releases the client's statement = the client speaks; account of how the meeting was arranged"))
U(d, "\"I went to that meeting in good faith", "I gave myself up to no one.\"",
  ("Ismael Zambada García", C, neg, "", "quote continued after 'Zambada wrote' = one unit; accuses his hosts of seizing him (Joaquin Guzman Lopez, not an actor of the name files: target empty) + denial of surrender"))
U(d, "He wrote that Cuen, whose death that night", "who have not been seen since.",
  ("Ismael Zambada García", T, neg, "", "counter-claim about Cuen's death + request that both governments disclose what they know = demand for transparency without a judgement word (calling_for_talks, as investigation requests in labels/pages); two governments: target empty"),
  ("Mexico", N, neu, "", "embedded position of the Sinaloa state prosecutors (a state body -> Mexico): their account of the death (carjacking) = facts"))
U(d, "Zambada also urged people in Sinaloa to keep the peace", "families in the state.",
  ("Ismael Zambada García", T, neg, "", "appeal for calm with no judgement = calling_for_talks; addressed to the population, not to one party"))
U(d, "U.S. Ambassador Ken Salazar said on Friday that Guzman Lopez had handed himself over", "as Mexican officials first said.",
  ("United States", N, neu, "", "ambassador = United States; account of the facts of the handover and the flight"))
U(d, "He said the flight had not been organised by any U.S. agency", "near El Paso.",
  ("United States", N, neu, "", "'He' = Salazar; own role described; not a reply to an accusation made on the page, so neutral tone (unsure: could be read as a denial, negative tone)"))
U(d, "\"This was not our operation to plan", "Salazar said in a statement.",
  ("United States", C, neg, "Sinaloa Cartel", "'an organisation that has poisoned American families' = judgement of the cartel"))
U(d, "U.S. Attorney General Merrick Garland said on July 25", "the fentanyl crisis.",
  ("United States", C, neg, "Sinaloa Cartel", "charges to be answered in court + blame for the fentanyl crisis = judgement of the cartel (a measure against it)"))
U(d, "Lopez Obrador said on Sunday that the U.S. account still left Mexico without an answer", "share everything it knew.",
  ("Mexico", T, neg, "United States", "demand that Washington share what it knows, no judgement word in the sentence = calling_for_talks with a negative tone (unsure: the grievance could make it condemning)"))
U(d, "\"They tell us they did not take part, fine,", "he said.",
  ("Mexico", C, neg, "United States", "reproach: 'cooperation cannot run in one direction only' = negative judgement of the US conduct"))
U(d, "Security Minister Rosa Icela Rodriguez said last month", "when the U.S. embassy called.",
  ("Mexico", N, neu, "", "minister with no state word before the name; facts about Mexico's non-participation"))
U(d, "Foreign Minister Alicia Barcena said the ministry had formally asked the embassy", "on the flight.",
  ("Mexico", T, neu, "United States", "formal request for information to the US embassy = diplomatic request for transparency, no judgement (unsure: could be neutral procedure)"))
U(d, "Mexico's consulate in El Paso has visited both men", "detained abroad.",
  ("Mexico", N, neu, "", "'the ministry said' inside the sentence; consular routine = facts"))
U(d, "Rocha, a member of Lopez Obrador's Morena party, has said", "on July 25.",
  ("Mexico", N, neu, "", "the governor speaks for the state (provincial officials resolve to their state), not for his party; his alibi given as fact"))
U(d, "Speaking at a public event in Culiacan on Saturday, he called", "with criminal groups.",
  ("Mexico", N, neg, "", "denial of the letter's account ('pure invention') = neutral with a negative tone; the barb is aimed at Zambada's claim"))
U(d, "\"I have nothing to hide, and I will answer every question", "Rocha said.",
  ("Mexico", N, pos, "", "reassurance about own conduct = neutral, positive tone"))
U(d, "The federal Attorney General's Office said it had taken over the investigation", "in the state's account.",
  ("Mexico", N, neu, "", "federal prosecutors = Mexico; own procedure (taking over the case); the inconsistencies are those of a body of the same state, so no target"))
U(d, "President-elect Claudia Sheinbaum, who takes office on October 1, said", "wherever it led.",
  ("Morena", T, neu, "", "president-elect not yet in office speaks for her party (labels/pages convention); call for a full investigation without judgement = calling_for_talks"))
U(d, "\"No one is above an investigation, whatever post they hold,\"", "whether Rocha should step aside.",
  ("Morena", T, neu, "", "same speaker; principle of an investigation without exception, declines to judge the governor = appeal without judgement"))
U(d, "The opposition National Action Party (PAN) said Rocha should take leave", "looked into the claims.",
  ("National Action Party", C, neg, "Mexico", "demand that the governor step aside = a judgement on the state government (target Mexico, as the governor resolves to it)"))
U(d, "\"A governor who appears in a cartel boss's account of a kidnapping", "PAN leader Marko Cortes wrote on X.",
  ("National Action Party", C, neg, "Mexico", "party leader = party; judgement of the governor's conduct"))
U(d, "\"The letter is less about the past than about what comes next", "based in Culiacan.",
  ("Teresa Alcocer", N, neg, "", "invented independent researcher = own actor; analysis, no judgement"))
U(d, "\"If the authorities do not clear this up quickly", "she said.",
  ("Teresa Alcocer", N, neg, "", "conditional warning of violence with no explicit appeal = neutral, negative (unsure: 'if the authorities do not clear this up' could be read as an appeal for an investigation)"))
# no row: "Zambada, 76, a co-founder ..." (narration); "Security analysts have warned ..." (unnamed speakers);
# "The U.S. Justice Department declined to comment ..." (no position); headline, summary bullets, caption, credits.
