# ------------------------------------------------------------------ Ecuador fuel-subsidy protests, 7-13 Oct 2019 (full HTML, Latin American English-language site, 2019-10-13)
d = "page_ecuador_fuel_protests_webpage.html"
U(d, "Arnaud Peral, the UN resident coordinator in Ecuador, read out the terms", "mobilisations will end.",
  ("United Nations", N, neu, "", "the mediator reads out the agreed terms (colon, not a quotation) = facts of the agreement, no evaluation; UN resident coordinator = United Nations"))
U(d, "\"Today the people have won.", "as he left the meeting.",
  ("CONAIE", N, pos, "", "multi-sentence quotation closed by its speaker = one unit; CONAIE's president speaks for it; claim of victory + roads reopening + vigilance = neutral, positive (self-praise, no judgement of another actor)"))
U(d, "On 7 October Moreno, flanked by the vice president", "port city of Guayaquil.",
  ("Ecuador", N, neu, "", "well-known leader by surname only; own measure (moving the seat of government) reported = neutral; first sentence of the paragraph is narrative"))
U(d, "In the same address he accused his predecessor, Rafael Correa, and Venezuelan President Nicolas Maduro", "paid outsiders.",
  ("Ecuador", C, neg, "", "'he' = Moreno; accusation of plotting a coup aimed at two actors (Correa's movement and Venezuela) -> target empty"))
U(d, "Correa, who lives in Belgium and leads the Citizen Revolution movement from abroad", "single protest leader.",
  ("Citizen Revolution", N, neg, "", "former president speaking as leader of his movement = the party (name files: Citizen Revolution; unsure: could be the independent person Rafael Correa); bare denial = neutral, negative; Belgium = place"))
U(d, "In Caracas, Foreign Minister Jorge Arreaza rejected the charge as baseless.", "rejected the charge as baseless.",
  ("Venezuela", N, neg, "", "bare denial = neutral, negative (guide); Caracas = place"))
U(d, "Maduro went further, saying Moreno had betrayed the Ecuadorian people", "he had caused.",
  ("Venezuela", C, neg, "Ecuador", "counter-accusation ('betrayed', 'blaming Venezuela') = condemning, in contrast with Arreaza's bare denial"))
U(d, "Brazil, Colombia and Peru were among seven governments in the region", "restore order.",
  ("Brazil", S, pos, "Ecuador", "joint statement, three states named: one row each; the four unnamed signatories get no row"),
  ("Colombia", S, pos, "Ecuador", "same list"),
  ("Peru", S, pos, "Ecuador", "same list"))
U(d, "Luis Almagro, secretary general of the Organization of American States, said calls by Correa's allies", "sit down together.",
  ("Organization of American States", C, neg, "Citizen Revolution", "'an attempt to cut short a democratic mandate, which the OAS would not accept' = judgement aimed at Correa's camp; + appeal to talk: rule 1"))
U(d, "US Secretary of State Mike Pompeo said on Friday that Washington supported the economic reforms", "stirred the unrest.",
  ("United States", S, pos, "Ecuador", "backing of the government's reforms; 'looking into claims that foreign actors had stirred the unrest' is monitoring, no judgement stated"))
U(d, "Interior Minister Maria Paula Romo said on Friday that more than a thousand people", "had been injured.",
  ("Ecuador", N, neu, "", "figures given by an actor = neutral, neutral tone"))
U(d, "She denied that the police had used lethal weapons against demonstrators", "tear gas and batons.",
  ("Ecuador", N, neg, "", "'She' = Romo; denial = neutral, negative"))
U(d, "CONAIE accused the security forces of killing protesters", "the government disputed.",
  ("CONAIE", C, neg, "Ecuador", "accusation; the security forces = Ecuador"),
  ("Ecuador", N, neg, "", "'a toll the government disputed' = denial inside the same sentence (neutral, negative), as batch5c's Gaza lead"))
U(d, "The UN human rights office in Geneva said it was alarmed", "mass arrests in Ecuador.",
  ("United Nations", N, neg, "", "alarm with no appeal = neutral, negative (guide); OHCHR = United Nations; Geneva = place"))
U(d, "Vargas had for days refused any talks until Decree 883 was withdrawn", "shooting at its people.",
  ("CONAIE", C, neg, "Ecuador", "refusing talks in protest with the grievance stated ('shooting at its people') = condemning (labels/README refusals)"))
U(d, "CONAIE also distanced itself from Correa's followers", "return to power.",
  ("CONAIE", C, neg, "Citizen Revolution", "accusation of trying to hijack the struggle; Correa's followers = his movement"))
U(d, "On 9 October the United Nations system in Ecuador and the Ecuadorian Episcopal Conference offered", "dialogue over violence.",
  ("United Nations", T, neu, "", "joint offer of mediation + appeal for dialogue = calling_for_talks; one row per actor"),
  ("Ecuadorian Episcopal Conference", T, neu, "", "the Catholic bishops' conference under its own name (as the name files' Episcopal Conference of Nicaragua)"))
U(d, "On Saturday, after a day in which the comptroller's office was set on fire and looted, Moreno imposed a curfew", "military control.",
  ("Ecuador", N, neg, "", "own measures (curfew, military control) aimed at no named actor = neutral; the arson is narrative"))
U(d, "Hours later CONAIE said it would accept direct talks with the president", "item on the agenda.",
  ("CONAIE", T, neu, "Ecuador", "agreeing to talks, even with a condition = calling_for_talks (labels/README)"))
U(d, "Moreno welcomed the decision on Twitter and thanked the indigenous leaders", "gesture of patriotism.",
  ("Ecuador", S, pos, "CONAIE", "welcome + thanks for a step, no appeal in the sentence = supporting (rule 3)"))
U(d, "Michael Kozak, the State Department's senior official for the Western Hemisphere", "all Ecuadorians.",
  ("United States", T, pos, "", "welcome of the talks + hope for a settlement: rule 2 before rule 3 (calling_for_talks)"))
