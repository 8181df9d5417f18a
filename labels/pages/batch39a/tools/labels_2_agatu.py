# page 2: Nigeria, Agatu killings (Benue, late February 2016), state news agency dispatch dated 29 February 2016
d = "page_nigeria_agatu_killings2016_stateagency.txt"
# not statements: menu, headline, dateline line, "The News Agency of Nigeria (NAN) reports that the attacks ..." (narration; the
# death toll is given by unnamed community leaders), the closing "NAN reports that Agatu ..." background, editor codes, share/related/comments.
U(d, "President Muhammadu Buhari has directed the Inspector-General of Police", "to prevent a recurrence.",
  ("Nigeria", C, neg, "", "order to identify and arrest the attackers = a measure taken against them (guide: operations, threatened responses); attackers unidentified -> target empty"))
U(d, "The President gave the directive in a statement issued in Abuja on Sunday", "in the affected communities.",
  ("Nigeria", N, neg, "", "presidential aide's statement; sorrow over the losses, no judgement or appeal in this sentence"))
U(d, "\"Whatever the quarrel over grazing land or farmland,", "the President was quoted as saying.",
  ("Nigeria", C, neg, "", "two-sentence quote closed by 'was quoted as saying'; 'nothing entitles anyone to wipe out a village' + 'will answer before the law' = judgement and threatened response"))
U(d, "The President commiserated with the bereaved families", "rebuild the destroyed communities.",
  ("Nigeria", S, pos, "", "sympathy + pledge of resettlement = supporting; Benue is part of Nigeria, so the target would equal the actor -> empty"))
U(d, "Shehu told newsmen that the President had also asked the National Security Adviser", "remote and immediate causes.",
  ("Nigeria", N, neu, "", "surname only (Garba Shehu); a plan for a review, no evaluation"))
U(d, "Meanwhile, the Force Public Relations Officer said in a statement", "a team of the Counter-Terrorism Unit to Agatu.",
  ("Nigeria", N, neu, "", "unnamed spokesman of the Nigeria Police Force speaks for the state; deployment to restore order, no target named = neutral (unsure: could be read as an operation against the attackers)"))
U(d, "The police appealed to residents of Agatu", "into their own hands.",
  ("Nigeria", T, neu, "", "appeal for calm and restraint, no judgement"))
U(d, "The Defence Headquarters, for its part, said troops had been deployed", "along the river bank.",
  ("Nigeria", C, neg, "", "announced operation to hunt down the armed men = condemning (guide); attackers unidentified -> target empty"))
U(d, "The Governor of Benue, Mr Samuel Ortom,", "driven from their ancestral land.",
  ("Nigeria", C, neg, "", "state governor resolves to his state (labels/README: provincial officials); 'calculated assault on defenceless farming communities' = judgement; attackers unnamed -> target empty"))
U(d, "Ortom called on the Federal Government to station a permanent military formation", "had entered the state.",
  ("Nigeria", T, neg, "", "surname only; appeal for protection of the communities addressed to the federal government (same actor -> target empty); no judgement word (unsure: an internal request could be neutral)"))
U(d, "He said the state government had sent relief materials", "in Apa Local Government Area.",
  ("Nigeria", S, pos, "", "'He' = Ortom; relief provided to displaced people = aid (supporting); own citizens -> target empty (unsure: other batches label aid to one's own citizens neutral, positive)"))
U(d, "In Abuja, the House of Representatives had on Thursday passed a resolution", "moved by members from Benue.",
  ("Nigeria", C, neg, "", "parliament speaks for the state; resolution condemning + request for more troops: the judgement decides (rule 1)"))
U(d, "The Senate President, Dr Bukola Saraki, said in a statement", "without being stopped.",
  ("Nigeria", N, neg, "", "Senate = Nigeria; an inquiry into its own security agencies' failure = criticism within the same state + plan -> neutral, negative (as in other batches)"))
U(d, "The former Senate President, Senator David Mark,", "did their work.",
  ("Nigeria", C, neg, "", "a serving senator speaks for the state (guide: 'Senator Ben Cardin' = United States); 'deliberate campaign to drive his people off their land' = judgement; appeal for calm second (rule 1)"))
U(d, "However, the Miyetti Allah Cattle Breeders Association of Nigeria (MACBAN) said", "in recent months.",
  ("Miyetti Allah Cattle Breeders Association of Nigeria", C, neg, "", "accusation made by describing the other side's attacks on its members (guide, rule 4); 'armed youths' not an actor -> target empty"))
U(d, "The association denied that herders under its umbrella", "in the North Central zone.",
  ("Miyetti Allah Cattle Breeders Association of Nigeria", N, neg, "", "denial of the accusation + complaint of being blamed = neutral, negative (guide: denials)"))
U(d, "It called on the Federal Government to set up a reconciliation committee", "any act of retaliation.",
  ("Miyetti Allah Cattle Breeders Association of Nigeria", T, neu, "Nigeria", "'It' = MACBAN; reconciliation committee + restraint = calling_for_talks; addressed to the federal government"))
U(d, "The Peoples Democratic Party (PDP), in a statement by its National Publicity Secretary,", "several days too late.",
  ("Peoples Democratic Party", C, neg, "Nigeria", "opposition party accuses the federal government (= Nigeria) of levity and delay"))
U(d, "Reacting, the APC said in a statement", "restoring peace to Benue.",
  ("All Progressives Congress", C, neg, "Peoples Democratic Party", "'playing politics with the deaths' = judgement of the opposition party"))
U(d, "The Benue chapter of the Christian Association of Nigeria (CAN) condemned", "across the state.",
  ("Christian Association of Nigeria", C, neg, "", "a chapter speaks for the association; condemnation + demand to disarm herders (not an actor) -> target empty"))
U(d, "Also, the Minister of Agriculture and Rural Development, Chief Audu Ogbeh,", "between farmers and herders.",
  ("Nigeria", N, neu, "", "a policy plan (grazing reserves), no evaluation of an actor"))
U(d, "Amnesty International said in a statement that the authorities had ignored", "investigation into the killings.",
  ("Amnesty International", C, neg, "Nigeria", "'had ignored repeated warnings' = blame; appeal for an investigation second (rule 1)"))
