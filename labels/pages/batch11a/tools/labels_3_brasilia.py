# ------------------------------------------------------------------ Brasília riots of 8 January and the reactions (full HTML, English-language Brazilian site, 2023-01-09)
d = "page_brasilia_riots_webpage.html"
U(d, "Governments from Washington to Beijing condemned on Monday", "would face justice.",
  ("Brazil", C, neg, "", "lead with a vague 'governments from Washington to Beijing' (no row: no actor named) + Lula's promise of punishment = threatened response; rioters/financiers non-canonical -> target empty"))
U(d, "Lula, who was visiting flood-hit Araraquara", "until Jan. 31.",
  ("Brazil", N, neu, "", "own administrative measure (federal control of the capital's security), no side judged = neutral"))
U(d, "\"Every one of those who did this will be identified", "letting the crowd through.",
  ("Brazil", C, neg, "", "threat of prosecution + accusation against the capital's police (Brazilian, non-canonical) -> target empty"))
U(d, "He also blamed Bolsonaro, saying the former president", "October election result.",
  ("Brazil", C, neg, "Jair Bolsonaro", "'He' = Lula; blame on the former president"))
U(d, "Bolsonaro, who flew to Florida two days before", "left-wing demonstrations of past years.",
  ("Jair Bolsonaro", C, neg, "", "former president = independent person; 'went beyond the bounds of lawful protest' judges the looting (mild; unsure, could be neutral), rioters non-canonical"))
U(d, "In a later post he dismissed Lula's charge", "without any proof.",
  ("Jair Bolsonaro", N, neg, "", "denial of incitement = neutral, negative"))
U(d, "In a ruling issued in the early hours of Monday, Supreme Court Justice Alexandre de Moraes", "on social media.",
  ("Brazil", C, neg, "", "court = Brazilian state; suspension with a finding of failure = judgement of the Federal District government (non-canonical -> target empty; unsure: could be a neutral procedure)"))
U(d, "Justice Minister Flávio Dino said about 1,500 people had been detained", "on Monday morning.",
  ("Brazil", N, neu, "", "figures"))
U(d, "\"We are going after those who financed this", "Dino told reporters.",
  ("Brazil", C, neg, "", "threat against the financiers (non-canonical)"))
U(d, "After a meeting at the Planalto, Lula, Chamber of Deputies speaker Arthur Lira", "coup-mongering acts.",
  ("Brazil", C, neg, "", "heads of the three branches = one actor (Brazil), one row; 'terrorist and coup-mongering' = judgement"))
U(d, "The four asked the public to remain calm", "peace and democracy.",
  ("Brazil", T, neu, "", "appeal for calm = calling_for_talks"))
U(d, "Meeting in Mexico City for a North American leaders' summit", "pledging to work with Lula.",
  ("United States", C, neg, "", "joint statement of three leaders: one row each; denunciation + pledge to work with Lula (rule 1); rioters -> target empty"),
  ("Mexico", C, neg, "", "same joint statement"),
  ("Canada", C, neg, "", "same joint statement"))
U(d, "Biden, speaking to reporters in El Paso, Texas, on Sunday", "called the scenes outrageous.",
  ("United States", C, neg, "", "'outrageous' = judgement without a named target"))
U(d, "He phoned Lula on Monday to offer his full support", "the White House said.",
  ("United States", S, pos, "Brazil", "call with support and an invitation = supporting; attribution tail to the White House"))
U(d, "Chinese foreign ministry spokesman Wang Wenbin said Beijing had followed events closely", "federal institutions.",
  ("China", C, neg, "", "'firmly rejected the violent assault' = judgement (guide: 'rejects' aimed at an act)"))
U(d, "Beijing stood behind Lula's government as it worked to restore order", "strategic partner.",
  ("China", S, pos, "Brazil", "reported speech with the attribution in the middle ('Wang told'); backing of the government's measures"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov said the instigators", "under control.",
  ("Russia", C, neg, "", "'deserved the harshest censure' + support for Lula in one sentence: rule 1; Moscow = place"))
U(d, "Portuguese Prime Minister António Costa said Lisbon stood with", "the Brazilian people.",
  ("Portugal", S, pos, "Brazil", "Lisbon = metonym; solidarity"))
U(d, "President Marcelo Rebelo de Sousa said he hoped calm would quickly return", "history and family ties.",
  ("Portugal", T, pos, "", "president of Portugal by context; hope that calm returns = calling_for_talks (guide)"))
U(d, "European Council President Charles Michel offered the bloc's full backing", "millions of Brazilians.",
  ("European Union", S, pos, "Brazil", "'the bloc' = EU; backing of Lula"))
U(d, "In the region, Colombian President Gustavo Petro called the rioters fascists", "to meet urgently.",
  ("Colombia", C, neg, "", "'fascists' = judgement + request for an OAS meeting (rule 1); the OAS is only addressed (no row)"))
U(d, "The OAS secretary general, Luis Almagro, said there could be no justification", "three branches of government.",
  ("Organization of American States", C, neg, "", "'no justification' = judgement, nobody named"))
U(d, "Argentina's Alberto Fernández, speaking as pro tempore president", "behind Lula and his government.",
  ("CELAC", S, pos, "Brazil", "head of state speaking as chair of a regional body in its name = the body (guide); 'the bloc' = CELAC"))
U(d, "UN Secretary-General António Guterres wrote that he deplored the violence", "to prevail.",
  ("United Nations", C, neg, "", "'deplored' = judgement + confidence in the institutions (rule 1); nobody named"))
