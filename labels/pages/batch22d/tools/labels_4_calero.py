# ------------------------------------------------------------------ Isla Calero / Portillos and the San Juan dredging (international wire, 2010-11-17)
d = "page_calero_wire.txt"
CR, NI, OAS = "Costa Rica", "Nicaragua", "Organization of American States"
# No rows: agency menu, section, headline, byline, read time, published line, photo caption ("Photo 1 of 3", credit),
# ADVERTISEMENT, capitals crossheads, "Related coverage:", reporting credits, Our Standards, topics, newsletter, Most read, copyright.
U(d, "Nicaraguan President Daniel Ortega has vowed to keep his troops", "takes orders from the powerful.",
  (NI, C, neg, OAS, "dateline excluded; long lead: refusal to comply + dismissing the OAS as 'a club that takes orders' = judgement of the body"))
U(d, "\"What happened in Washington on Friday night was a vote arranged in advance", "televised address from Managua.",
  (NI, C, neg, OAS, "two-sentence quote closed by the speaker; 'arranged in advance', 'how little it is worth' + refusal = judgement; Washington and Managua = places"))
U(d, "\"Our soldiers are guarding a dredging job on a Nicaraguan river", "will go on doing.\"",
  (NI, N, neg, "", "quote continued in its own paragraph; justification of own deployment and denial of occupation = neutral (as batch5c: own justification)"))
U(d, "The OAS Permanent Council voted 22-2 late on Friday", "Nicaragua and Venezuela.",
  (OAS, T, neu, "", "resolution urging withdrawal of forces and talks, addressed to both"),
  (NI, N, neg, "", "voting against, no reason stated in the sentence = neutral"),
  ("Venezuela", N, neg, "", "same: objection with no grievance stated here (its reason comes later, own row)"))
U(d, "Insulza, who flew over the island after meeting Costa Rican President Laura Chinchilla", "where the border lay.",
  (OAS, N, neu, "", "secretary-general = OAS; his mandate described, procedure; Chinchilla and Ortega are objects of meetings"))
U(d, "He said he had seen no military base at the mouth of the river", "could raise tensions.",
  (OAS, T, neu, "", "pronoun subject; a finding (no base) + recommendation to keep forces away = appeal for de-escalation"))
U(d, "Costa Rica's foreign ministry hailed the vote as a victory", "without delay.",
  (CR, T, pos, NI, "welcome + demand that Nicaragua withdraw, no judgement word: rule 2 before rule 3 (unsure: 'take its soldiers off Costa Rican land' implies an accusation); Managua = metonym"))
U(d, "Chinchilla said on Tuesday that Ortega's rejection of the vote was an affront", "this week.",
  (CR, C, neg, NI, "surname only; 'an affront' + announced court case against Nicaragua; The Hague = place"))
U(d, "\"Costa Rica has no soldiers to send, and it does not need them.", "presidential house in San Jose.",
  (CR, N, neu, "", "multi-sentence quote closed by the speaker; own means and intent to use the law, no judgement (unsure: could be read as a warning)"))
U(d, "Costa Rica's ambassador to the OAS, Jose Enrique Castillo, had told the council", "pull out its troops.",
  (CR, C, neg, NI, "'an occupation' + a 48-hour ultimatum = condemning"))
U(d, "Prosecutors in the northern canton of Pococi have issued an arrest warrant", "the forestry law.",
  (CR, C, neg, "", "state prosecutors = Costa Rica; a measure against the dredging chief (a person, not a canonical actor -> target empty)"))
U(d, "Pastora, speaking to Nicaraguan radio, laughed off the warrant", "under construction.",
  (NI, N, neu, "", "Pastora runs a government project = Nicaragua; dismissal of the warrant + plan of work, no judgement"))
U(d, "Costa Rica's environment ministry said the work had felled hundreds of trees", "Nicaraguan crews.",
  (CR, C, neg, NI, "damage figures + blame placed on the Nicaraguan crews = accusation"))
U(d, "Nicaraguan Foreign Minister Samuel Santos accused San Jose", "for years.",
  (NI, C, neg, CR, "accusation; San Jose = metonym for Costa Rica"))
U(d, "Santos said Nicaragua was still willing to sit down", "remain on the island.",
  (NI, T, neu, CR, "offer of talks without preconditions"),
  (CR, C, neg, NI, "refusal of talks in protest while troops remain (grievance stated) = condemning; reported in the same sentence"))
U(d, "The Nicaraguan army said it had about 50 soldiers in the area", "on Costa Rican territory.",
  (NI, N, neg, "", "the army speaks for its state; figures + denial = neutral"))
U(d, "Costa Rica, which abolished its army in 1948, has sent around 70 additional police officers", "the island itself.",
  (CR, N, neu, "", "deployment narrated + the minister's orders to stay away = own measures, neutral; one row for the sentence"))
U(d, "The U.S. State Department said Washington supported the OAS resolution", "through dialogue.",
  ("United States", T, neu, "", "backing a resolution + appeal to both for dialogue: rule 2 before rule 3"))
U(d, "Venezuela, Nicaragua's closest ally in the region, said in a foreign ministry statement", "normally seeks.",
  ("Venezuela", C, neg, OAS, "'forced through' = judgement of the body's decision"))
U(d, "A spokesman for U.N. Secretary-General Ban Ki-moon said the United Nations was following", "went on.",
  ("United Nations", N, neu, "", "monitoring with no appeal = neutral"))
# "Analysts said the standoff suited Ortega ..." : unnamed analysts, summary line, no row.
U(d, "\"Every day this lasts, Ortega gains at home.", "public university in San Jose.",
  ("Luis Fernando Arce Monge", N, neg, "", "independent scholar (invented); reading of interests, no judgement"))
U(d, "Arce Monge said a court case could take years", "claim they had won.",
  ("Luis Fernando Arce Monge", N, neu, "", "scenario of what may happen next"))
U(d, "Margaret Ellison, a Central America analyst at the Washington-based Hemispheric Policy Forum", "enforce a resolution.",
  ("Margaret Ellison", N, neu, "", "independent analyst (invented); assessment of the OAS's means, no judgement"))
U(d, "She faulted Managua for treating a lopsided regional vote", "a way out.",
  ("Margaret Ellison", C, neg, NI, "'faulted' = judgement; Managua = metonym as object"))
U(d, "\"Both capitals should take up the binational commission", "Ellison said.",
  ("Margaret Ellison", T, neg, "", "appeal to both governments to talk, with a grim warning"))
# Closing background on the 1858 treaty and the 2009 ruling: narration, no row.
