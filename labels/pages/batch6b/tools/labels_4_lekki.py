# ------------------------------------------------------------------ Lekki toll gate shooting, #EndSARS, Nigeria (scraped Lagos news page, 2020-10-22)
d = "page_lekki_endsars_scraped.txt"
U(d, "Lagos State Governor Babajide Sanwo-Olu said on Wednesday that 30 people", "whether he was a protester.",
  ("Nigeria", N, neu, "", "a state governor resolves to his state (README: provincial officials); casualty figures without blame"))
U(d, "The governor, who visited the wounded at several hospitals, said the troops", "state government.",
  ("Nigeria", N, neg, "", "'The governor' = Sanwo-Olu; disowns responsibility for the troops = denial (neutral, negative)"))
U(d, "\"I do not command soldiers, and nobody in this government", "on Wednesday evening.",
  ("Nigeria", N, neg, "", "denial that the state government sent the soldiers"))
U(d, "He said he had taken the matter up with the army high command", "under what rules.",
  ("Nigeria", T, neu, "", "asks for the deployment to be looked into, no judgement word = calling_for_talks (README: demands for an inquiry); the army and the President are the same state, so target empty (unsure)"))
U(d, "The Nigerian Army, in a series of posts on its official Twitter account", "shot at protesters.",
  ("Nigeria", N, neg, "", "the army speaks for its state; labelling reports 'fake news' = denial (neutral, negative)"))
U(d, "In a statement issued by his spokesman Femi Adesina, President Buhari urged", "time to work.",
  ("Nigeria", T, neu, "", "appeal for calm addressed to the public, no judgement; target empty (protesters are not a canonical actor)"))
U(d, "Vice President Yemi Osinbajo wrote on Twitter", "got justice.",
  ("Nigeria", N, neg, "", "sympathy with victims + promise of justice = reassurance about its own conduct (neutral); grief gives negative tone"))
U(d, "The presidency said on Thursday that Buhari would address the nation", "7 p.m.",
  ("Nigeria", N, neu, "", "announced broadcast time = plan"))
U(d, "Amnesty International said on Wednesday that evidence it had gathered", "on Tuesday evening.",
  ("Amnesty International", C, neg, "Nigeria", "accusation made by describing killings of civilians = condemning (guide rule 4); the army and police = Nigeria"))
U(d, "\"Soldiers came and opened fire without warning", "country director in Nigeria.",
  ("Amnesty International", C, neg, "Nigeria", "two-sentence quote closed by its speaker = one unit; accusation + demand for prosecution"))
U(d, "The group said at least 56 people had died", "on Tuesday alone.",
  ("Amnesty International", N, neu, "", "'The group' = Amnesty; nationwide figures, no blame in the sentence"))
U(d, "UN Secretary-General Antonio Guterres denounced the bloodshed in Lagos", "his spokesman said.",
  ("United Nations", C, neg, "", "'denounced' + restraint appeal: rule 1; no perpetrator named -> target empty (as batch5c's Guterres)"))
U(d, "He called on the Nigerian authorities to investigate the killings", "calming the situation.",
  ("United Nations", T, neu, "Nigeria", "appeals for investigation, accountability and de-escalation, no judgement word in the sentence"))
U(d, "The U.N. human rights chief, Michelle Bachelet, said reports", "had been planned.",
  ("United Nations", C, neg, "Nigeria", "UN human rights chief = UN; insinuation that the shooting was premeditated = accusation (condemning)"))
U(d, "African Union Commission Chairperson Moussa Faki Mahamat strongly condemned", "in Lagos on Tuesday.",
  ("African Union", C, neg, "", "condemns 'the violence', no perpetrator named -> target empty"))
U(d, "He urged all sides to choose dialogue to lower tensions", "a step in the right direction.",
  ("African Union", T, pos, "", "welcome + appeal with no judgement: rule 2 before rule 3 = calling_for_talks; all sides -> target empty"))
U(d, "The AU would keep standing by the government and people of Nigeria", "he said.",
  ("African Union", S, pos, "Nigeria", "continued backing of Nigeria = supporting"))
U(d, "EU foreign policy chief Josep Borrell said reports of protesters killed", "must face justice.",
  ("European Union", C, neg, "", "'those behind the abuses must face justice' = judgement on unnamed perpetrators; target empty (as batch5c's 'those responsible')"))
U(d, "He said the bloc now expected the government to carry out", "it had promised.",
  ("European Union", T, neu, "Nigeria", "'the bloc' = EU; expectation addressed to the government, no judgement = appeal (unsure: reforms are not talks; could be neutral)"))
U(d, "British Foreign Secretary Dominic Raab said he was troubled", "civilians killed.",
  ("United Kingdom", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "He said Abuja should look quickly into allegations of brutality", "answered for it.",
  ("United Kingdom", T, neg, "Nigeria", "demand for an inquiry into 'allegations', no judgement word = calling_for_talks; Abuja = metonym"))
U(d, "On Thursday, U.S. Secretary of State Mike Pompeo said the United States condemned", "left dead and wounded.",
  ("United States", C, neg, "Nigeria", "condemns the soldiers' firing on unarmed people; the soldiers = Nigeria"))
U(d, "He said Washington would welcome a prompt inquiry", "avoid further violence.",
  ("United States", T, neu, "", "welcome of an inquiry + appeal to both sides, no judgement: rule 2 = calling_for_talks; both sides -> target empty"))
