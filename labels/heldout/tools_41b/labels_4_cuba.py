# ------------------------------------------------------------------ Cuba: the US expulsion of 15 Cuban diplomats (government press-release page, five releases, 2017-10-03 to 10-09)
d = "page_cuba_diplomats_expelled2017_pressreleases.txt"
# Not statements: header, language bar, menu, breadcrumb, section title, counters, release titles and datelines,
# Print | Share lines, the photo caption, Older releases, subscribe prompt, related links, address and copyright.
U(d, "On Tuesday, October 3, the U.S. Department of State informed the Cuban ambassador", "within seven days.",
  ("United States", C, neg, "Cuba", "expulsion of diplomats reported = a taken measure against Cuba"))
U(d, "Washington has sought to justify this step by alleging that Cuba failed to protect", "as the Vienna Convention requires.",
  ("United States", C, neg, "Cuba", "US accusation reported by MINREX = a US statement (the 'sought to justify' framing is Cuba's, labelled in the next units)"))
U(d, "The Ministry of Foreign Affairs rejects in the most resolute terms a measure", "a political decision.",
  ("Cuba", C, neg, "United States", "rejection of the measure as baseless and political = judgement"))
U(d, "The Cuban authorities have had no part in any harm suffered", "safest postings in the hemisphere.",
  ("Cuba", N, neg, "", "denial = neutral, negative"))
U(d, "Since February, when the U.S. side first reported the alleged incidents", "experts in several fields.",
  ("Cuba", N, neu, "", "account of its own investigation and protection measures"))
U(d, "Cuban investigators have not been allowed to speak to a single one", "test any hypothesis.",
  ("Cuba", C, neg, "United States", "complaint that the US withheld access and evidence = accusation"))
U(d, "Cuba remains ready to work with the competent U.S. agencies", "rather than of politicians.",
  ("Cuba", T, neu, "United States", "offer of cooperation + appeal not to politicise, no judgement word = calling_for_talks"))
U(d, "The Ministry holds the U.S. government responsible for the harm", "travellers of both countries.",
  ("Cuba", C, neg, "United States", "'holds responsible' = condemning"))
U(d, "At a press conference at the Ministry, Foreign Minister Bruno Rodríguez Parrilla said the expulsion", "reached any conclusion.",
  ("Cuba", C, neg, "United States", "judgement by description: expulsion ordered before any finding"))
U(d, "\"Our doors have been open to the FBI.", "the Minister said.",
  ("Cuba", C, neg, "United States", "multi-sentence quote; implies Washington stopped cooperating = accusation (unsure: much of it is Cuba's own record)"))
U(d, "He charged that the travel warning issued by the Department of State", "damage Cuban tourism.",
  ("Cuba", C, neg, "United States", "'charged' = accusation of intent"))
U(d, "The Minister said Cuba remained ready for respectful dialogue with the United States", "sovereignty of both countries.",
  ("Cuba", T, neu, "United States", "offer of dialogue = calling_for_talks"))
U(d, "In his own statement, Secretary of State Rex Tillerson said the United States was not breaking off relations", "help with the inquiry.",
  ("United States", N, neu, "Cuba", "keeps relations, expects Cuban help with the inquiry; no judgement in the sentence (unsure: could be calling_for_talks)"))
# "The Ministry of Foreign Affairs has received numerous messages of support ..." = summary line, no row.
U(d, "The Minister of People's Power for Foreign Affairs of the Bolivarian Republic of Venezuela, Jorge Arreaza, described", "and its Revolution.",
  ("Venezuela", C, neg, "United States", "position of Venezuela reported by Cuba; 'act of hostility' = judgement"))
U(d, "Bolivia's Foreign Minister, Fernando Huanacuni Mamani, conveyed the solidarity", "people of Cuba.",
  ("Bolivia", S, pos, "Cuba", "solidarity = supporting"))
U(d, "The Government of Reconciliation and National Unity of the Republic of Nicaragua called the measure unjust", "fraternal support for Cuba.",
  ("Nicaragua", C, neg, "United States", "'unjust' + support for Cuba; judgement decides (rule 1)"))
U(d, "Maria Zakharova, spokeswoman of the Ministry of Foreign Affairs of the Russian Federation, said Moscow regretted", "would not be squandered.",
  ("Russia", C, neg, "United States", "'regretted' Washington's choice of pressure = judgement; hope alongside (rule 1)"))
U(d, "The Executive Secretariat of the Bolivarian Alliance for the Peoples of Our America", "respect for Cuba's sovereignty.",
  ("Bolivarian Alliance for the Peoples of Our America", C, neg, "United States", "rejected the decision (in protest) + call for respect of sovereignty"))
U(d, "The Ministry values the attitude of the Government of Canada", "rather than to accuse them.",
  ("Cuba", S, pos, "Canada", "praise of Canada's attitude = supporting"))
U(d, "Ottawa has said its embassy in Havana will remain fully staffed", "look into the cases.",
  ("Canada", N, neu, "", "Ottawa = metonym; own plan, no judgement"))
U(d, "The Ministry thanks the governments, political parties and friendship associations", "expressed their support.",
  ("Cuba", S, pos, "", "gratitude to several supporters = supporting, target empty (unsure: could be neutral)"))
U(d, "Josefina Vidal Ferreiro said the reduction of both embassies would hurt ordinary Cubans and Americans", "visit one another.",
  ("Cuba", C, neg, "United States", "blames the US steps for harm to families (visa halt)"))
U(d, "She said that in meetings between the two governments the U.S. side had itself acknowledged", "behind the incidents.",
  ("Cuba", N, neg, "", "rebuttal resting on the other side's admission = denial, neutral, negative"),
  ("United States", N, neu, "", "US position reported by Cuba: no evidence found, a fact without judgement"))
U(d, "The Director General said Cuba had proposed to hold the next round", "keep to that commitment.",
  ("Cuba", T, pos, "United States", "proposal of a meeting + hope = calling_for_talks"))
U(d, "She confirmed that the fifteen officials named by the Department of State", "reduced service.",
  ("Cuba", N, neu, "", "compliance and consular plans"))
U(d, "\"We will not let this decision undo what the peoples of both countries have built.", "Vidal said.",
  ("Cuba", T, pos, "", "commitment to keep channels open = calling_for_talks"))
U(d, "The Embassy informs Cuban citizens resident in the United States", "from 16 October.",
  ("Cuba", N, neu, "", "consular notice, procedure"))
