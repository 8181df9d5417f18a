# ------------------------------------------------------------------ Ecuador: presidential candidate Fernando Villavicencio assassinated (full HTML, Andean English-language site, 2023-08-10)
d = "page_villavicencio_ecuador_webpage.html"
U(d, "Ecuadorean President Guillermo Lasso declared a 60-day state of emergency", "campaign rally in Quito.",
  ("Ecuador", N, neu, "", "lead: own measures (state of emergency, vote to go ahead) aimed at no named side = neutral; the killing is narration"))
U(d, "Lasso said in a televised address that the murder was a political act of terror", "derail the vote.",
  ("Ecuador", C, neg, "", "surname only; judgement of the killing ('act of terror'); perpetrators unknown -> target empty"))
U(d, "\"Whoever ordered this will find out that the state is not afraid of them.", "he said.",
  ("Ecuador", C, neg, "", "multi-sentence quote closed by its speaker = one unit; threat against the unknown masterminds -> target empty"))
U(d, "Lasso said he had asked the U.S. Federal Bureau of Investigation for help", "send a team.",
  ("Ecuador", N, neu, "", "asking for help is not supporting (labels/README) = neutral"),
  ("United States", S, neu, "Ecuador", "a position of the FBI reported by Lasso is the US's (guide): agreeing to send investigators = assistance"))
U(d, "Interior Minister Juan Zapata told a news conference that police had arrested six suspects", "raids in Quito.",
  ("Ecuador", N, neu, "", "introduced by role; arrests and seizures + the police's identification of the suspects = facts (Colombia is only mentioned)"))
U(d, "The attorney general's office said one suspect had died", "had been injured.",
  ("Ecuador", N, neu, "", "state body giving facts and figures"))
U(d, "In a video shared on social media, a group of masked, armed men who said they belonged to the Los Lobos gang", "would be next.",
  ("Los Lobos", C, neg, "", "speakers present themselves as the gang (name files: Los Lobos); claim + threat against a candidate (a person, not canonical) -> target empty (unsure: the video's authenticity was disputed)"))
U(d, "Hours later, a second video showed men who presented themselves as members of the same gang", "in the killing.",
  ("Los Lobos", N, neg, "", "denial = neutral, negative (guide); same group by its own presentation (unsure, as above)"))
U(d, "Patricio Zuquilanda, an adviser to the campaign, said the candidate had been threatened", "about every threat.",
  ("Construye", N, neg, "", "campaign adviser speaks for the candidate's movement; facts about threats and reports, no one blamed = neutral, negative"))
U(d, "Last week, Villavicencio said he had been threatened by associates", "Los Choneros gang.",
  ("Construye", C, neg, "Los Choneros", "the late candidate's own earlier accusation, speaking as Construye's candidate (unsure: could be his own name as an independent person); accusation of threats"))
U(d, "Construye, the movement that nominated him, said on Thursday that the state had failed", "be found.",
  ("Construye", C, neg, "Ecuador", "party judging the state's failure to protect him + demand for justice: rule 1"))
U(d, "Former president Rafael Correa, the leader of the Citizen Revolution movement", "had collapsed.",
  ("Citizen Revolution", C, neg, "Ecuador", "introduced as the movement's leader -> the party; 'the state had collapsed' = judgement of the state/government (target Ecuador)"))
U(d, "He said Ecuadoreans should not turn the crime into a weapon against one another.", "He said Ecuadoreans should not turn the crime into a weapon against one another.",
  ("Citizen Revolution", T, neu, "", "'He' = Correa; appeal for calm among Ecuadoreans, no actor judged (unsure: could be read as neutral)"))
U(d, "Luisa González, the movement's presidential candidate, who leads the polls", "Villavicencio's family.",
  ("Citizen Revolution", N, neg, "", "'the movement' = Citizen Revolution by context; shock + condolences, no judgement or appeal = neutral, negative"))
U(d, "U.S. Secretary of State Antony Blinken condemned the assassination", "Ecuador's democracy.",
  ("United States", C, neg, "", "condemnation; perpetrators unknown -> target empty"))
U(d, "He said the United States would help Ecuador bring those responsible to justice.", "He said the United States would help Ecuador bring those responsible to justice.",
  ("United States", S, pos, "Ecuador", "'He' = Blinken; offer of assistance = supporting"))
U(d, "EU foreign policy chief Josep Borrell said the bloc was appalled by the killing", "to stand trial.",
  ("European Union", C, neg, "", "'an assault on Ecuador's institutions' = judgement + demand for trial; 'the bloc' = EU; no perpetrator named -> target empty"))
U(d, "Borrell said every candidate still in the race needed to be properly guarded", "until the vote.",
  ("European Union", T, neu, "Ecuador", "appeal for protection of candidates, no judgement = calling_for_talks (protection of civilians); addressed implicitly to the Ecuadorean authorities"))
U(d, "Luis Almagro, secretary general of the Organization of American States, told a session", "region's democracies.",
  ("Organization of American States", C, neg, "", "introduced by role; judgement of organized crime (not a canonical actor) -> target empty; Washington = place"))
U(d, "A spokesperson for UN Secretary-General Antonio Guterres said he condemned the killing", "held accountable.",
  ("United Nations", C, neg, "", "condemnation + accountability, no perpetrator named -> target empty"))
U(d, "UN human rights chief Volker Türk said violence against people standing for office", "taking part in the campaign.",
  ("United Nations", T, neg, "Ecuador", "concern + appeal for investigation and protection, no judgement of an actor = calling_for_talks; addressed to the authorities (Ecuador)"))
U(d, "The foreign ministries of Colombia, Peru, Chile, and Argentina issued statements", "condemning the killing.",
  ("Colombia", C, neg, "", "list of four (Oxford comma), one row each; perpetrators unknown -> target empty"),
  ("Peru", C, neg, "", "same list"),
  ("Chile", C, neg, "", "same list"),
  ("Argentina", C, neg, "", "same list"))
U(d, "In Mexico City, President Andrés Manuel López Obrador said it was too early", "strength of conjecture.",
  ("Mexico", N, neg, "", "declines to attribute + rejects speculation about Mexican cartels = denial-like, neutral, negative; Mexico City = place; the analysts that follow are unnamed (no row)"))
