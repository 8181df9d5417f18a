# ------------------------------------------------------------------ Venezuela protests, Lopez's arrest and the diplomatic expulsions (international wire copy, 2014-02-26)
d = "page_venezuela_protests_wire.txt"
U(d, "The United States ordered three Venezuelan diplomats to leave", "have been killed.",
  ("United States", C, neg, "Venezuela", "dateline excluded; long lead: an expulsion of diplomats = condemning (a measure against another side)"),
  ("Venezuela", C, neg, "United States", "'Caracas's expulsion of three American consular officers' = a specific act reported inside the lead (Caracas = metonym); its own account follows below"))
U(d, "The three, all second secretaries at Venezuela's embassy", "by the Venezuelan government.",
  ("United States", C, neg, "Venezuela", "attribution tail (Psaki); the expulsion framed as forced on Washington by Caracas = measure + blame"))
U(d, "She said the charge that American diplomats had been organising", "no basis in fact.",
  ("United States", N, neg, "", "'She' = Psaki; denial of the accusation = neutral, negative"))
U(d, "President Nicolas Maduro ordered the three U.S. officials out", "meet student activists.",
  ("Venezuela", C, neg, "United States", "expulsion + accusation of the US officials"))
U(d, "Maduro said at the time that a senior State Department official had warned", "could accept.",
  ("Venezuela", C, neg, "United States", "judgement without stock words ('an impertinence no sovereign country could accept')"),
  ("United States", C, neg, "Venezuela", "the US warning reported by Maduro = a US position (a threat of consequences) (unsure: relayed by the other side, not confirmed by Washington)"))
U(d, "Speaking in Toluca, Mexico, last week, President Barack Obama said", "plots by American diplomats.",
  ("United States", C, neg, "Venezuela", "judgement ('dream up plots') with an appeal to listen to grievances: rule 1; Toluca = place"))
U(d, "Foreign Minister Elias Jaua said on Wednesday that the U.S. expulsions", "lectures us about democracy.\"",
  ("Venezuela", C, neg, "United States", "'arrogance' + accusation of financing the unrest"))
U(d, "\"Venezuela has been insulted, threatened and spied on", "state broadcaster VTV.",
  ("Venezuela", C, neg, "United States", "multi-sentence quote closed by the speaker; 'will not start bowing' = defiance aimed at Washington; VTV is not an actor"))
U(d, "At the Miraflores presidential palace on Wednesday, Maduro opened", "and the economy.",
  ("Venezuela", T, pos, "", "convening a national dialogue = talks"))
U(d, "He accused a \"fascist\" wing of the opposition, backed from Washington", "Hugo Chavez.",
  ("Venezuela", C, neg, "", "accusation of the opposition and Washington (two targets, the opposition not canonical) -> target empty"))
U(d, "The opposition Democratic Unity coalition stayed away", "on motorcycles.",
  ("Democratic Unity Roundtable", C, neg, "Venezuela", "refusing the conference in protest, grievances stated = condemning"))
U(d, "Its executive secretary, Ramon Guillermo Aveledo, said the coalition would sit down", "chair the talks.",
  ("Democratic Unity Roundtable", T, neu, "Venezuela", "conditional offer of talks = talks (labels README)"))
# no row: "Lopez, 42, a Harvard-educated former mayor ... has been held at the Ramo Verde military prison ..." (narration)
U(d, "Before surrendering, he told thousands of supporters in white shirts", "wanted change.",
  ("Popular Will", C, neg, "Venezuela", "'he' = Lopez, leader of Popular Will (party under its usual name); courts taking orders from the government = judgement"))
U(d, "Attorney General Luisa Ortega Diaz said on Monday that 13 people", "central Caracas.",
  ("Venezuela", N, neu, "", "figures and detentions of the state's own agents, no judgement (figures: neutral tone, per the guide)"))
U(d, "Interior Minister Miguel Rodriguez Torres said troops and police", "face prosecution.",
  ("Venezuela", C, neg, "", "threat of operations against the barricades and their backers (no canonical target)"))
U(d, "The Union of South American Nations stood behind Venezuela's elected government", "families of the dead.",
  ("Union of South American Nations", S, pos, "Venezuela", "backing + condolences; Suriname holds the rotating presidency (speaks for the bloc, no Suriname row)"))
U(d, "Cuba, Bolivia and Nicaragua also offered Maduro their backing", "legitimate government.",
  ("Cuba", C, neg, "", "list of three states: Cuba's backing comes with a judgement ('a campaign to unseat a legitimate government', Havana = metonym): rule 1, target empty (unsure)"),
  ("Bolivia", S, pos, "Venezuela", "list: backing for Maduro (= Venezuela)"),
  ("Nicaragua", S, pos, "Venezuela", "list: backing for Maduro (= Venezuela)"))
U(d, "Panama's President Ricardo Martinelli said on Wednesday", "young people were dying.",
  ("Panama", T, neg, "", "diplomatic recourse to the OAS + alarm, no judgement word = talks"))
U(d, "Jaua said Caracas would regard any such step as a hostile act", "would suffer.",
  ("Venezuela", C, neg, "Panama", "judgement + threat to relations; Caracas = metonym"))
U(d, "Colombian President Juan Manuel Santos said he hoped Venezuelans", "if both sides asked.",
  ("Colombia", T, pos, "", "hope for dialogue + offer of good offices"))
U(d, "U.N. High Commissioner for Human Rights Navi Pillay said she was troubled", "investigate every death.",
  ("United Nations", T, neg, "Venezuela", "concern about reports + a demand for investigations, no judgement word = talks"))
U(d, "European Union foreign policy chief Catherine Ashton said the bloc", "with great concern.",
  ("European Union", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Jose Miguel Vivanco, Americas director at Human Rights Watch", "demanded his release.",
  ("Human Rights Watch", C, neg, "Venezuela", "judgement of the prosecution + demand: rule 1"))
U(d, "\"What you have is a protest movement that is strongest", "consultancy Analitica Politica.",
  ("Humberto Salazar", N, neg, "", "independent analyst; multi-sentence quote closed by the speaker; scenario, no judgement"))
U(d, "He said the bigger danger for Maduro lay inside his own camp", "calculation quickly.",
  ("Humberto Salazar", N, neg, "", "'He' = Salazar; risks and scenarios"))
U(d, "\"Jailing Lopez was a serious mistake by the government.", "Salazar said.",
  ("Humberto Salazar", C, neg, "Venezuela", "judgement ('a serious mistake')"))
U(d, "Rebecca Thorne, a Venezuela researcher at the London-based", "to climb down.",
  ("Rebecca Thorne", N, neg, "", "leverage and escalation risk, no judgement"))
U(d, "Both governments, she said, should put ambassadors back", "Maduro and the opposition.",
  ("Rebecca Thorne", T, neu, "", "mid-sentence attribution; appeal to restore ambassadors and use mediators (Brazil, the Vatican as objects)"))
# no row: the Altamira student (unnamed resident); captions, crossheads, related links, credits, topics, newsletter, most read
