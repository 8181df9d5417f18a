# ------------------------------------------------------------------ Nicaragua breaks diplomatic relations with the Netherlands (Reuters-style wire, 2022-10-01)
d = "page_nicaragua_netherlands_wire.txt"
U(d, "Nicaragua has broken off diplomatic relations with the Netherlands", "late on Friday.",
  ("Nicaragua", C, neg, "Netherlands", "dateline excluded; breaking ties + accusation of meddling; the Dutch refusal to fund is narrated here, its own row comes below"))
U(d, "In a statement read on state television, the ministry said", "affront to Nicaraguan families.",
  ("Nicaragua", C, neg, "Netherlands", "'the ministry' = Nicaraguan MFA; 'an affront' = judgement without stock words"))
U(d, "\"Nicaragua is a free nation and takes no instructions", "the statement said.",
  ("Nicaragua", C, neg, "Netherlands", "quote continued in the same paragraph after the attribution sentence; accusation of using health to pressure"))
U(d, "The announcement came hours after President Daniel Ortega lashed out", "would not fund the hospital.",
  ("Nicaragua", C, neg, "Netherlands", "Ortega 'lashed out' at the Dutch envoy"),
  ("Netherlands", N, neu, "", "Dutch position inside a relative clause: the ambassador conveyed that her government would not fund the hospital (decision, no judgement); Moncada only addressed"))
U(d, "Ortega accused the envoy of lecturing Nicaraguans", "to do with The Hague.",
  ("Nicaragua", C, neg, "Netherlands", "accusation + refusal of relations; The Hague = metonym"))
U(d, "It froze the hospital project in the Caribbean port of Bilwi in 2018", "human rights in the country.",
  ("Netherlands", C, neg, "Nicaragua", "'It' = the Netherlands; past measure with a judgement on democracy and rights; the previous sentence (no embassy since 2013) is narrative"))
U(d, "Dutch Foreign Minister Wopke Hoekstra said on Twitter on Saturday", "out of all proportion.",
  ("Netherlands", C, neg, "Nicaragua", "'out of all proportion' = judgement (like 'disproportionate'); Managua = metonym"))
U(d, "He said The Hague would rather keep talking to Managua", "other EU members.",
  ("Netherlands", T, neu, "Nicaragua", "preference for continued dialogue + consultation with partners, no judgement in the sentence (rule 2)"))
U(d, "A foreign ministry spokesperson in The Hague said breaks in diplomatic relations", "in Managua alone.",
  ("Netherlands", N, neg, "", "'foreign ministry spokesperson in The Hague' = Netherlands by context; rarity of the step, the decision placed on Managua without a judgement word (unsure)"))
U(d, "The rupture capped a week in which Ortega's government also expelled", "U.N. General Assembly.",
  ("Nicaragua", C, neg, "European Union", "expelling an ambassador = condemning"),
  ("European Union", C, neg, "Nicaragua", "the EU's earlier criticism of the rights record, reported in a subordinate clause"))
U(d, "EU foreign policy chief Josep Borrell called the expulsion groundless", "would respond.",
  ("European Union", C, neg, "Nicaragua", "'groundless' + promised response (threat)"))
U(d, "Also on Friday, Vice President Rosario Murillo", "confirmed him.",
  ("Nicaragua", C, neg, "United States", "refusal to receive the envoy = rejecting a party in protest"),
  ("United States", N, neu, "", "the Senate's confirmation = a US procedure reported as done"))
U(d, "Managua withdrew its approval of Rodriguez in July", "democratic change.",
  ("Nicaragua", C, neg, "United States", "withdrawal of the placet in protest at his testimony"),
  ("United States", C, neg, "Nicaragua", "nominee's pledge to use economic and diplomatic tools = announced pressure"))
U(d, "The United States, the European Union, Britain and Canada have imposed sanctions", "were killed.",
  ("United States", C, neg, "Nicaragua", "list of four sanctioning actors: one row each"),
  ("European Union", C, neg, "Nicaragua", "same list"),
  ("United Kingdom", C, neg, "Nicaragua", "same list (Britain)"),
  ("Canada", C, neg, "Nicaragua", "same list"))
U(d, "Arturo McFields, who broke with the government in March", "friend of the Nicaraguan people.",
  ("Arturo McFields", S, pos, "European Union", "independent person (former envoy, now in exile); solidarity with the EU's expelled ambassador = supporting the EU"))
U(d, "He said the government now treated every foreign diplomat as an enemy.", "He said the government now treated every foreign diplomat as an enemy.",
  ("Arturo McFields", C, neg, "Nicaragua", "'He' = McFields; judgement of the government"))
U(d, "Earlier this year Managua also expelled the Vatican's envoy", "non-governmental organisations.",
  ("Nicaragua", C, neg, "Holy See", "expulsion of the nuncio = condemning; Managua = metonym"))
