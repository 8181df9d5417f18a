# ------------------------------------------------------------------ The storming of Suriname's National Assembly in Paramaribo (Guyanese Sunday daily, scraped, 2023-02-19)
d = "page_suriname_paramaribo_assembly_riot2023_regionaldaily.txt"
# Not statements: masthead, date/weather bar, menu, breadcrumb, headline, byline with share count, ADVERTISEMENT, crossheads,
# [Photo n/3] captions with credits, "Also read:", tags, comment count, reply prompt, copyright.
U(d, "Suriname's government said yesterday that it had set up a special police task force", "Chandrikapersad Santokhi.",
  ("Suriname", C, neg, "", "announced operation to hunt down the intruders (not an actor) = condemning, target empty; the 'lined up behind' clause is the lede's summary of the reactions below (no rows for those governments here)"))
U(d, "Police said 119 people had been arrested", "in the capital.",
  ("Suriname", N, neu, "", "figures given by the police (a state agency); the rest of the paragraph is narration"))
# "The protesters were angry at sharp increases ..." = background, no row.
U(d, "In a statement issued on Friday night, the Government of Suriname said it respected the right to demonstrate", "democratic order.",
  ("Suriname", C, neg, "", "'an assault on the country's democratic order' = judgement of the attack (perpetrators not an actor)"))
U(d, "The statement said investigators would want to hear from those who had led the march", "would be prosecuted.",
  ("Suriname", C, neg, "", "threat of prosecution against the organisers and attackers"))
U(d, "\"Those who believe they can take power by breaking down the doors of parliament", "televised address.",
  ("Suriname", C, neg, "", "warning = threatened response; target not an actor"))
U(d, "The President said the army had been deployed alongside the police", "more violence.",
  ("Suriname", T, neu, "", "'the President'; own deployment + appeal to citizens to avoid violence: the appeal decides, no judgement"))
U(d, "Santokhi also told the nation that his government would intensify its talks", "coming week.",
  ("Suriname", T, pos, "", "commitment to dialogue with social partners = calling_for_talks"))
U(d, "The opposition National Democratic Party (NDP), the party of former President Desi Bouterse, denied", "the march.",
  ("National Democratic Party (Suriname)", N, neg, "", "new party actor; denial = neutral, negative"))
U(d, "A spokesman for the NDP said the party rejected violence", "own failures.",
  ("National Democratic Party (Suriname)", C, neg, "Suriname", "rejection of violence + blame of the government's policies: the judgement decides"))
U(d, "Speaking for the governing Progressive Reform Party (VHP), its parliamentary leader said", "Surinamese voter.",
  ("Progressive Reform Party", C, neg, "", "party (name files); judgement of the attack, attackers not an actor"))
U(d, "He said the coalition would not be intimidated", "economy needed.",
  ("Progressive Reform Party", N, neu, "", "resolve about its own policy, no appeal and no named actor judged"))
U(d, "The Heads of Government of the Caribbean Community, who were meeting in Nassau", "in a democracy.",
  ("CARICOM", C, neg, "", "judgement without a stock word ('no place in a democracy'); Nassau is a place"))
U(d, "The Heads said Santokhi's administration had their full backing.", "full backing.",
  ("CARICOM", S, pos, "Suriname", "backing"))
U(d, "The Community's leaders said Surinamese were free to take their anger to the streets", "through dialogue.",
  ("CARICOM", T, neu, "", "appeal for peaceful protest and dialogue, no judgement"))
U(d, "Guyana's Ministry of Foreign Affairs and International Cooperation said Georgetown was following events", "with concern.",
  ("Guyana", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "In a statement, the ministry expressed Guyana's solidarity", "to its neighbour.",
  ("Guyana", T, pos, "Suriname", "solidarity + hope that calm returns: the hope is an appeal for calm (rule 2 before rule 3) (unsure: solidarity could make it supporting)"))
U(d, "Prime Minister Mark Phillips told reporters at a ceremony in Berbice", "asked for.",
  ("Guyana", S, pos, "Suriname", "offer of assistance = supporting; the prime minister (of Guyana, by context)"))
# "In The Hague, Dutch Foreign Minister Wopke Hoekstra said he had spoken with his Surinamese counterpart, Albert Ramdin." = a contact reported, no position: no row.
U(d, "Hoekstra said violence against a parliament could never be a means", "democratic institutions.",
  ("Netherlands", C, neg, "", "judgement of the attack + support for Suriname's institutions: rule 1; the attackers are not an actor -> target empty"))
U(d, "The Dutch foreign ministry, which updated its travel advice for Paramaribo, said", "among the injured.",
  ("Netherlands", N, neu, "", "ministry by its state's adjective; consular facts"))
U(d, "The U.S. Embassy in Paramaribo said it condemned the violence", "exercise restraint.",
  ("United States", C, neg, "", "condemnation + appeal for restraint: rule 1"))
U(d, "The embassy also advised American citizens to avoid the city centre.", "city centre.",
  ("United States", N, neu, "", "consular advice"))
U(d, "The General Secretariat of the Organization of American States said the storming", "in Suriname.",
  ("Organization of American States", C, neg, "", "'unacceptable' aimed at the storming + support for the constitutional order: rule 1"))
U(d, "Shaundell Morris, a Guyanese political analyst who lectures on Caribbean politics", "IMF-backed austerity.",
  ("Shaundell Morris", N, neg, "", "invented analyst; reading of the riot as a warning, no actor judged"))
U(d, "\"When people cannot put gas in the car", "Morris said.",
  ("Shaundell Morris", N, neg, "", "explanation of the anger; 'no one in power explains' is general, no named actor"))
U(d, "She said the government in Paramaribo had been slow to cushion", "assault on parliament.",
  ("Shaundell Morris", C, neg, "Suriname", "judgement of the government's slowness (and of the attack): the named actor judged is Suriname"))
U(d, "Paramaribo-based economist Ravi Ramautar said the government's programme had stabilised", "ordinary people.",
  ("Ravi Ramautar", N, neu, "", "invented economist; mixed assessment"))
U(d, "He urged the government and the unions to agree on a package", "price rises.",
  ("Ravi Ramautar", T, neu, "", "appeal for an agreement between the government and the unions"))
U(d, "\"A curfew can clear the streets for a night.", "Ramautar said.",
  ("Ravi Ramautar", C, neg, "Suriname", "jab at the government's security-only answer = judgement without a stock word (unsure: could be read as neutral analysis)"))
U(d, "By Saturday afternoon the city centre was calm, police said", "6 a.m.",
  ("Suriname", N, neu, "", "facts given by the police"))
