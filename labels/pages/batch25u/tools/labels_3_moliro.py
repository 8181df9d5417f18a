# ------------------------------------------------------------------ Moliro: the DR Congo-Zambia border row on Lake Tanganyika (African news site, full HTML, 2020-05-20)
d = "page_drc_zambia_moliro_border2020_africansite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline, share bar, captions with credits, crossheads, ADVERTISEMENT, tags, newsletter prompt, related list, readers' comments, most read, footer.
U(d, "The Democratic Republic of Congo has accused Zambia of trying to swallow", "on Congolese soil.",
  ("Democratic Republic of the Congo", C, neg, "Zambia", "lead: accusation of trying to swallow territory = condemning"),
  ("Zambia", N, neg, "", "same sentence: Lusaka's flat denial = neutral, negative"))
U(d, "Deputy Prime Minister and Interior Minister Gilbert Kankonde told a cabinet meeting", "read out on state television.",
  ("Democratic Republic of the Congo", C, neg, "Zambia", "judgement without a stock word ('behaving like an occupying army')"))
U(d, "Kankonde said the soldiers had pulled up border markers", "now lived in Zambia.",
  ("Democratic Republic of the Congo", C, neg, "Zambia", "accusation made by describing the other side's acts = condemning"))
U(d, "The government spokesman, Communications Minister David-Jolino Diwampovesa Makelele, said the cabinet had decided", "of the national territory.",
  ("Democratic Republic of the Congo", C, neg, "Zambia", "announced troop reinforcement with orders to hold the ground = a measure against the other side -> condemning"))
U(d, "\"The Congo does not pick fights with its neighbours", "Makelele said.",
  ("Democratic Republic of the Congo", C, neg, "Zambia", "defiance/warning ('will not hand over a single village ... by force or by stealth') aimed at Zambia in context -> condemning"))
# "The trouble began in mid-March ..." (accounts from both sides), "Zambian soldiers then crossed ...", "Since then, local officials say ..." = narration and unnamed officials, no row.
U(d, "Zambia's Foreign Minister, Joseph Malanji, rejected the Congolese account", "on Tuesday.",
  ("Zambia", N, neg, "", "denial of the charge = neutral, negative"))
U(d, "\"Our soldiers are on our side of the line", "Malanji said.",
  ("Zambia", N, neg, "", "denial in a quote = neutral, negative"))
U(d, "He accused Congolese soldiers of raiding Zambian fishing villages", "to stop such incursions.",
  ("Zambia", C, neg, "Democratic Republic of the Congo", "counter-accusation of raids and theft = condemning"))
U(d, "\"Kinshasa should look at what its own men did", "he added.",
  ("Zambia", C, neg, "Democratic Republic of the Congo", "rebuke without a stock word ('before it lectures us') = condemning; Kinshasa = metonym"))
U(d, "Defence Minister Davies Chama said the army was patrolling", "had ever been given.",
  ("Zambia", N, neg, "", "denial that troops were ordered across = neutral, negative"))
U(d, "President Edgar Lungu, speaking at State House on Monday", "without outsiders.",
  ("Zambia", T, pos, "Democratic Republic of the Congo", "hope that the row is settled bilaterally = calling_for_talks; 'without outsiders' is a preference, no protest stated"))
# "Kinshasa has chosen the diplomatic route for now." = summary line, no row.
U(d, "Foreign Minister Marie Tumba Nzeza said she had written to", "agreed to a meeting.",
  ("Democratic Republic of the Congo", T, neu, "", "request for regional mediation + offer to meet = calling_for_talks"))
U(d, "\"We welcome the readiness of our brothers in SADC to help", "she said.",
  ("Democratic Republic of the Congo", T, neu, "Zambia", "welcome joined to an appeal to pull back, no judgement: rule 2 before rule 3 -> calling_for_talks"))
U(d, "The SADC secretariat in Gaborone confirmed that it had received the Congolese letter", "chaired by Zimbabwe.",
  ("SADC", N, neu, "", "procedural: letter received and passed on = neutral"))
U(d, "Zimbabwean President Emmerson Mnangagwa, as chair of the Organ", "in the meantime.",
  ("SADC", T, neu, "", "a head of state speaking as chair of the bloc's Organ speaks for the bloc (guide); offer of a fact-finding mission + appeal for restraint = calling_for_talks"))
U(d, "The UN's humanitarian office, OCHA, said in its latest update", "staying with host families.",
  ("United Nations", N, neu, "", "displacement figures = neutral"))
U(d, "The UN refugee agency, UNHCR, said it had trucked plastic sheeting", "road from Kalemie dried out.",
  ("UNHCR", S, neu, "", "backing by act: relief supplies for the displaced = supporting; no actor as target"))
# "In Kinshasa, the mood among lawmakers from Tanganyika is less patient." = summary line, no row.
U(d, "Christian Mwando, a national deputy from Moba, said Zambia", "had been a disgrace.",
  ("Democratic Republic of the Congo", C, neg, "", "a national deputy speaks for his state (guide: Senator Cardin); judgement of Zambia AND of his own government's silence -> target empty"))
U(d, "He nonetheless said he did not want a war with Zambia", "observers to the lake.",
  ("Democratic Republic of the Congo", T, neu, "", "no war + request for AU observers = calling_for_talks"))
U(d, "The provincial governor of Tanganyika, Zoé Kabila, said his administration", "sending food to Moliro.",
  ("Democratic Republic of the Congo", N, neu, "", "provincial official = his state; own relief measures for own citizens = neutral"))
# "Lusaka has also faced pressure at home." = summary line, no row.
U(d, "Zambia's main opposition party, the United Party for National Development (UPND), said", "brought before Parliament.",
  ("United Party for National Development", C, neg, "Zambia", "criticism of the government's handling ('careless talk') + call for a parliamentary debate; rule 1 -> condemning"))
# "Residents of Moliro described a tense calm." = summary line, no row.
U(d, "\"The soldiers from the other side come to the market", "with his family in April.",
  ("Kasongo Mwamba", N, neg, "", "named resident (invented); fear described, no judgement"))
U(d, "Chanda Mulenga, a lecturer in international relations", "ahead of the facts.",
  ("Chanda Mulenga", C, neg, "", "invented scholar; judgement on both governments -> target empty"))
U(d, "\"There is a treaty, there are maps and there are beacons", "has not met since last October.",
  ("Chanda Mulenga", T, neu, "", "quote + attribution with an appeal to revive the joint commission = calling_for_talks"))
U(d, "Patience Ilunga, a researcher at the Lubumbashi-based Centre for Border Studies", "what villagers had seen.",
  ("Patience Ilunga", C, neg, "Zambia", "invented researcher; casts doubt on Lusaka's denials = judgement -> condemning"))
U(d, "\"When a country says its soldiers have not crossed", "she said.",
  ("Patience Ilunga", C, neg, "Zambia", "'it is an occupation' = judgement"))
