# ------------------------------------------------------------------ Venezuela's Constituent Assembly vote and the reactions (Reuters-style wire round-up, 2017-08-01)
d = "page_venezuela_constituent_wire.txt"
U(d, "The United States froze any assets President Nicolas Maduro holds", "refused to recognize.",
  ("United States", C, neg, "Venezuela", "dateline excluded; long lead carrying narration and the position: sanctions (a measure) + 'dictator' judgement; Maduro = Venezuela"))
U(d, "\"Sunday's sham vote removes any doubt", "Mnuchin told a White House briefing.",
  ("United States", C, neg, "Venezuela", "multi-sentence quote closed by its speaker (surname only) = one unit; judgement + threat of sanctions on assembly members"))
U(d, "Mnuchin declined to say whether Washington would move against", "remained under review.",
  ("United States", N, neu, "", "declines to comment on future measures; 'every option under review' is procedural, not a stated threat (unsure: could be read as a veiled threat)"))
U(d, "\"Go ahead, Mr. Trump, impose whatever you like.", "lost its head over Venezuela.",
  ("Venezuela", C, neg, "United States", "multi-sentence defiant quote closed by its speaker + judgement of Washington (metonym) in the tail = one unit; 'no empire' = the US by context"))
U(d, "The head of the National Electoral Council, Tibisay Lucena, said 8,089,320 people", "independent estimates.",
  ("Venezuela", N, neu, "", "CNE = Venezuela (name files); turnout figure; the outlet's doubt is not hers"))
U(d, "The opposition Democratic Unity coalition said the real turnout", "fig leaf of legitimacy.",
  ("Democratic Unity Roundtable", C, neg, "Venezuela", "counter-figure + accusation of fraud against the electoral authorities (= Venezuela)"))
U(d, "National Assembly President Julio Borges, whose opposition-controlled legislature", "streets this week.",
  ("National Assembly of Venezuela", N, neu, "", "own plans (sessions go on, protests called); the sidelining is narration in a relative clause, no judgement stated (unsure: could be condemning as defiance)"))
U(d, "Colombia and Panama both said on Monday that they would not recognize the assembly", "considered legitimate.",
  ("Colombia", C, neg, "Venezuela", "non-recognition = refusal in protest + Santos's judgement; two states in one sentence = two rows"),
  ("Panama", C, neg, "Venezuela", "same sentence, non-recognition"))
U(d, "Peru's Foreign Minister Ricardo Luna said he had invited his counterparts", "democratic order in Venezuela.",
  ("Peru", T, neu, "Venezuela", "host convening a regional meeting = calling_for_talks (labels/README); Lima = place"))
U(d, "Brazil's government urged Caracas to hold off on installing the assembly", "the foreign ministry said in a statement.",
  ("Brazil", T, neg, "Venezuela", "appeal to suspend + restore dialogue, no judgement word; attribution tail; Caracas = metonym"))
U(d, "Mexico's foreign ministry said Mexico City would not recognize the result", "again with the opposition.",
  ("Mexico", C, neg, "Venezuela", "non-recognition (refusal in protest) + appeal for talks: rule 1, the refusal decides; Mexico City = metonym"))
U(d, "At their July 21 summit in Mendoza, Mercosur's leaders had already asked Venezuela", "Caracas ignored.",
  ("Mercosur", T, neu, "Venezuela", "past act reported as done: a summit appeal to call off the vote and negotiate; Caracas's non-response is narration"))
U(d, "Further afield, Spanish Prime Minister Mariano Rajoy said Madrid would never accept", "Venezuelan constitution.",
  ("Spain", C, neg, "Venezuela", "refusal + judgement ('a mockery'); Madrid = metonym; Rajoy's real words ('illegal, anti-democratic, a botched job') avoided"))
U(d, "Spain's foreign ministry said the government should instead sit down in good faith", "before it was too late.",
  ("Spain", T, neg, "Venezuela", "appeal for negotiation addressed to Maduro, no judgement word; 'too late' gives the negative tone"))
U(d, "Luis Almagro, secretary-general of the Organization of American States, said the vote", "held to account.",
  ("Organization of American States", C, neg, "Venezuela", "judgement + call for accountability (rule 1)"))
U(d, "An EU spokeswoman said the bloc was deeply worried", "would not recognize the result.",
  ("European Union", N, neg, "", "unnamed spokeswoman of a named body; concern without an appeal = neutral, negative; member states' non-recognition only reported as background (unsure)"))
U(d, "Russia's foreign ministry said Venezuelans had made a sovereign choice", "Moscow respected it.",
  ("Russia", S, pos, "Venezuela", "approval of the vote = supporting; Moscow = metonym"))
U(d, "In the same statement, Moscow asked the countries threatening Caracas", "forum for reconciliation.",
  ("Russia", T, neu, "", "appeal for restraint addressed to several unnamed states, no judgement word (the 'destructive' wording of real coverage was avoided); target empty"))
U(d, "Cuba's foreign ministry congratulated the Venezuelan people", "resounding turnout.",
  ("Cuba", S, pos, "Venezuela", "congratulations = supporting"))
U(d, "\"Washington's sanctions are a gross act of interference", "the Cuban statement said.",
  ("Cuba", C, neg, "United States", "quote closed by 'the Cuban statement said'; judgement ('gross act of interference', 'violation of international law')"))
U(d, "Bolivian President Evo Morales sent his congratulations", "their dignity.",
  ("Bolivia", S, pos, "Venezuela", "head of state = Bolivia (Morales is not declared as an alias: the name files tie him to the Movement for Socialism)"))
U(d, "Nicaragua's government also sent Caracas a message of fraternal congratulations", "its own future.",
  ("Nicaragua", S, pos, "Venezuela", "congratulations; Caracas = metonym"))
U(d, "Maduro thanked Moscow, Havana and La Paz on Monday night", "\"brotherly\" support.",
  ("Venezuela", S, pos, "", "thanks to three states (capitals as metonyms) = supporting; several targets -> target empty"))
U(d, "The Supreme Court said in a statement that both men had broken the terms", "flee the country.",
  ("Venezuela", C, neg, "", "Supreme Court = Venezuela (a state body); accusation against the two opposition leaders justifying their re-arrest; targets are persons, not canonical -> empty (unsure: could be neutral, a court procedure)"))
U(d, "\"They took Leopoldo away in the middle of the night like a criminal.", "Tintori said.",
  ("Lilian Tintori", C, neg, "Venezuela", "independent person under her own name (the video post before it is narration); multi-sentence quote closed by her surname = one unit; 'the person responsible is Nicolas Maduro'"))
U(d, "The U.N. human rights office in Geneva urged the Venezuelan authorities", "protest peacefully.",
  ("United Nations", T, neg, "Venezuela", "demand to release + respect protest, no judgement word = calling_for_talks, negative (labels/README); Geneva = place"))
U(d, "U.N. Secretary-General Antonio Guterres is following the events closely", "told reporters.",
  ("United Nations", T, neg, "", "appeal to all Venezuelans to de-escalate and negotiate; spokesman's attribution tail"))
U(d, "State Department spokeswoman Heather Nauert said on Twitter", "overnight arrests.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative (contrast with Trump's judgement below)"))
U(d, "Late on Tuesday, President Donald Trump said in a statement", "if any harm came to them.",
  ("United States", C, neg, "Venezuela", "'a dictatorship' punishing opinions + warning of consequences = judgement and threat (real wording avoided)"))
