# ------------------------------------------------------------------ Côte d'Ivoire's post-election standoff: Security Council press statement + reactions (plain text, 2010-12-08)
d = "page_ivorycoast_unsc_statement.txt"
U(d, "The members of the Security Council welcomed the communiqué adopted by the Economic Community", "Independent Electoral Commission.",
  ("United Nations", S, pos, "ECOWAS", "press statement of the Council = United Nations; welcome of the ECOWAS communiqué = supporting (the header line 'issued today by Council President' is not a statement)"))
U(d, "In light of that recognition, they urged all Ivorian parties", "lead to violence.",
  ("United Nations", T, neu, "", "'they' = the Council members; appeal to all parties to accept the outcome and avoid violence, no judgement = calling_for_talks"))
U(d, "The members of the Security Council strongly condemned any effort to overturn", "question by force.",
  ("United Nations", C, neg, "", "condemnation of 'any effort', nobody named (Gbagbo is implied, not named) -> target empty"))
U(d, "They recalled that the Council stood ready to impose targeted sanctions", "abuses of human rights.",
  ("United Nations", C, neg, "", "threat of sanctions = condemning; 'anyone' -> target empty"))
U(d, "The members of the Security Council expressed their full support for the Special Representative", "carrying out its mandate.",
  ("United Nations", S, pos, "", "support for its own envoy and mission: supporting, target empty because the target would equal the actor"))
U(d, "They voiced deep concern at the reports of violence", "television broadcasts.",
  ("United Nations", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "The members of the Security Council will continue to follow the situation closely.", "follow the situation closely.",
  ("United Nations", N, neu, "", "stock closing line: monitoring, no appeal and no judgement = neutral"))
U(d, "Russia's ambassador, Vitaly Churkin, told reporters that Moscow did not think", "the African states.",
  ("Russia", N, neg, "", "objection to the Council's role with a procedural reason, no judgement of an actor = neutral (labels/README: objecting with no judgement stated); the negotiations hold-up in the previous sentence is narration"))
U(d, "In Abidjan, Choi told a news conference on Wednesday", "disputed ones were counted.",
  ("United Nations", N, neu, "", "the SRSG's certification = the result stated as a fact after review, no evaluation of an actor (unsure: could be read as backing Ouattara)"))
U(d, "He said the Constitutional Council's decision to cancel the vote", "no basis in the facts.",
  ("United Nations", C, neg, "Ivory Coast", "'He' = Choi; judgement of the Constitutional Council's decision; the Council is a state body = Ivory Coast (as 'Constitutional Council of Senegal' = Senegal in the name files)"))
U(d, "A senior aide to Gbagbo accused Choi of going far beyond his mandate", "leave the country.",
  ("Ivory Coast", C, neg, "United Nations", "unnamed official of the government in place (Gbagbo holds the state on the date) = Ivory Coast; accusation + threat of expulsion of the UN envoy"))
U(d, "The Constitutional Council, whose president, Paul Yao N'Dré, is a close ally of Gbagbo", "had been intimidated.",
  ("Ivory Coast", N, neu, "", "state body = Ivory Coast; result proclaimed with its figure and its stated reason (intimidation by no named actor) = procedure (unsure: the cancellation could be read as an accusation)"))
U(d, "The Independent Electoral Commission had announced a day earlier", "45.9 percent for Gbagbo.",
  ("Ivory Coast", N, neu, "", "electoral commission = a state body = Ivory Coast (as 'National Electoral Council' = Venezuela in the name files); figures"))
U(d, "At his swearing-in on Saturday, Gbagbo said the sovereignty", "to his rival.",
  ("Ivory Coast", C, neg, "", "incumbent in control of the state = Ivory Coast; accusation against 'foreign envoys' (several, unnamed) -> target empty"))
U(d, "Ouattara, who took his own oath by letter at the Golf Hotel", "taken from him.",
  ("Rally of the Republicans", C, neg, "Ivory Coast", "Ouattara's camp = his party's canonical name (the parallel government has no other usual name; unsure); demand that Gbagbo leave 'an office the voters had taken from him' = judgement; Mbeki only mentioned here"))
U(d, "He said his government, led by Prime Minister Guillaume Soro", "from the hotel.",
  ("Rally of the Republicans", N, neu, "", "'He' = Ouattara; own plan, no evaluation"))
U(d, "UNOCI said it had reinforced the peacekeepers around the Golf Hotel", "as long as necessary.",
  ("United Nations", S, pos, "Rally of the Republicans", "UNOCI = United Nations (name files); protection of Ouattara's camp by troops = backing by act"))
U(d, "Mbeki, who left Abidjan on Monday without a deal", "find a way out by talking.",
  ("African Union", T, neg, "", "the AU's envoy speaks for the AU; restraint + a negotiated way out for both camps = calling_for_talks"))
U(d, "African Union Commission chairperson Jean Ping said the union recognised Ouattara", "respect the result.",
  ("African Union", S, pos, "Rally of the Republicans", "recognition of Ouattara's victory = approval/backing; the call on Gbagbo to respect the result is not a peace appeal, so rule 3 applies"))
U(d, "At their summit in Abuja on Tuesday, West African leaders chaired by Nigeria's President Goodluck Jonathan", "step aside immediately.",
  ("ECOWAS", S, pos, "Rally of the Republicans", "leaders at the ECOWAS summit, chaired by Jonathan, speak for ECOWAS, not Nigeria (guide); recognition = backing + demand on Gbagbo (no judgement word)"))
U(d, "They also suspended Côte d'Ivoire from all of the bloc's decision-making bodies", "takes office.",
  ("ECOWAS", C, neg, "Ivory Coast", "'They' = the ECOWAS leaders; suspension = measure against the state"))
U(d, "Ahoua Don Mello, spokesman for the government Gbagbo named on Tuesday", "ruling was final.",
  ("Ivory Coast", C, neg, "ECOWAS", "spokesman of the government in place = Ivory Coast; rejection of the summit's authority = refusal in protest; 'the Abuja summit' = ECOWAS by context"))
U(d, "French President Nicolas Sarkozy, speaking during a visit to India", "keep the peace.",
  ("France", T, neu, "", "acknowledges Ouattara's victory + appeal to every leader to keep the peace, no judgement: rule 2 before rule 3 (unsure); India = place"))
U(d, "The French foreign ministry's spokesman, Bernard Valero, said Paris was ready", "blocking the transition.",
  ("France", C, neg, "", "sanctions put in prospect = condemning; 'those blocking the transition' are unnamed -> target empty; Paris = metonym"))
U(d, "President Barack Obama congratulated Ouattara and warned", "answer for it.",
  ("United States", C, neg, "", "congratulations + threat in one sentence: the threat decides (condemning); 'anyone' -> target empty"))
U(d, "State Department spokesman Philip Crowley said Washington would give Ouattara's government", "help it needed.",
  ("United States", S, pos, "Rally of the Republicans", "offer of diplomatic help = supporting; Washington = metonym"))
