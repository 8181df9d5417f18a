# ------------------------------------------------------------------ Tajikistan: the Nazarzoda attacks and the IRPT arrests (UN/OSCE-style readout, 2015-09-18)
d = "page_tajikistan_nazarzoda_2015_readout.txt"
# Not statements: site bar, breadcrumb, title, dateline line, the Summary standfirst, the Background section (narration:
# attacks, dismissal, Justice Ministry notice, detentions), section heads and country lead-ins ("Tajikistan.",
# "United States."), Next steps, Related readouts, contact line, copyright.
U(d, "The Chairperson-in-Office, Serbian First Deputy Prime Minister", "families of the dead.",
  ("OSCE", C, neg, "", "Chairperson-in-Office speaks for the OSCE; condemnation of the killings, attackers not a canonical actor -> target empty"))
U(d, "Dacic said that the fight against terrorism and violent extremism", "met those standards.",
  ("OSCE", T, neu, "Tajikistan", "appeal for rule of law and rights in the investigation, no judgement = calling_for_talks; one addressee"))
U(d, "Secretary General Lamberto Zannier said the OSCE Programme Office", "policing and border management.",
  ("OSCE", S, pos, "Tajikistan", "offer of expertise = supporting"))
U(d, "ODIHR Director Michael Georg Link said he was following with attention", "leading members of the IRPT.",
  ("OSCE", N, neg, "", "ODIHR is an OSCE institution; attention/concern without an appeal = neutral"))
U(d, "\"Holding a whole political party answerable", "Link said.",
  ("OSCE", C, neg, "Tajikistan", "judgement without a stock word: 'not compatible with the commitments'"))
U(d, "ODIHR said it had offered to send observers", "those detained.",
  ("OSCE", N, neu, "", "procedural offer of trial monitoring (unsure: could be calling_for_talks)"))
U(d, "The delegation of Tajikistan said the attacks had been carried out by a terrorist group", "backed the plan.",
  ("Tajikistan", C, neg, "Islamic Renaissance Party of Tajikistan", "'Tajikistan.' lead-in excluded; accusation: the party leadership backed the attacks"))
U(d, "The delegation said the operation had ended on 16 September", "over a hundred people detained.",
  ("Tajikistan", N, neu, "", "figures and facts given by an actor"))
U(d, "It rejected suggestions that the arrests of party members were politically motivated", "tested in court.",
  ("Tajikistan", N, neg, "", "denial = neutral, negative; reassurance about procedure"))
U(d, "Ambassador Alexander Lukashevich said Moscow fully supported the measures", "any assistance needed.",
  ("Russia", S, pos, "Tajikistan", "'Russian Federation.' lead-in excluded; support + offer of assistance (Putin's call reported by Russia's envoy)"))
U(d, "Lukashevich added that some delegations had been quick to lecture a partner", "did nothing to help.",
  ("Russia", C, neg, "", "judgement on other delegations (unnamed, several) -> target empty"))
U(d, "Ambassador Daniel Baer said the United States condemned the violence", "lost their lives.",
  ("United States", C, neg, "", "condemnation of the attacks, attackers not canonical -> target empty"))
U(d, "Baer urged the government to ensure that the investigation was transparent", "remained possible.",
  ("United States", T, neu, "Tajikistan", "appeal without a judgement = calling_for_talks"))
U(d, "He noted that the U.S. Embassy in Dushanbe", "resumed normal operations.",
  ("United States", N, neu, "", "fact about own embassy"))
U(d, "The European Union condemned the attacks on law enforcement officers", "people of Tajikistan.",
  ("European Union", C, neg, "", "condemnation of the attacks; sympathy to Tajikistan in the same sentence; the judgement decides"))
U(d, "The EU said it regretted the decision to end the legal activity of the IRPT", "1997 peace agreement.",
  ("European Union", C, neg, "Tajikistan", "'regretted' aimed at the government's decision = judgement (guide: 'regrettable')"))
U(d, "It encouraged the government to keep up a dialogue with all political forces", "spirit of that agreement.",
  ("European Union", T, pos, "Tajikistan", "'It' = the EU; appeal for dialogue"))
U(d, "The delegation of Kazakhstan expressed its solidarity", "existing security channels.",
  ("Kazakhstan", S, pos, "Tajikistan", "solidarity + information sharing = supporting"))
U(d, "The delegation of Kyrgyzstan said its border service had increased patrols", "as a precaution.",
  ("Kyrgyzstan", N, neu, "", "own precautionary measure, no judgement"))
U(d, "The head of the UN Regional Centre for Preventive Diplomacy for Central Asia", "peace and stability.",
  ("United Nations", S, pos, "Tajikistan", "UN regional centre; readiness to support the government's efforts = supporting"))
U(d, "Draganov recalled that the peace of 1997 had been built on inclusion and dialogue", "the current situation.",
  ("United Nations", T, neu, "Tajikistan", "encouragement of an inclusive, dialogue-based approach = calling_for_talks"))
U(d, "In Geneva, a spokesperson for the UN human rights office said", "refused access to them.",
  ("United Nations", N, neg, "", "OHCHR = United Nations; concern without an appeal = neutral, negative"))
U(d, "CSTO Secretary General Nikolai Bordyuzha said the organization's member states would help", "asked for it.",
  ("CSTO", S, pos, "Tajikistan", "conditional offer of help = supporting"))
U(d, "In a statement posted online, party chairman Muhiddin Kabiri", "never supported violence.",
  ("Islamic Renaissance Party of Tajikistan", N, neg, "", "party chairman speaks for the party; denial = neutral, negative"))
U(d, "Kabiri accused the authorities of using the attacks as a pretext", "legal opposition in the country.",
  ("Islamic Renaissance Party of Tajikistan", C, neg, "Tajikistan", "accusation against the government"))
U(d, "Human Rights Watch said the arrests of party leaders had all the marks of a political purge", "peaceful political activity.",
  ("Human Rights Watch", C, neg, "Tajikistan", "judgement + call for release; rule 1"))
U(d, "At a side event organized by civil society groups in Vienna on 17 September, Sherali Nurmatov", "left over from the civil war.",
  ("Sherali Nurmatov", N, neg, "", "invented researcher; analysis of the security forces, no judgement on an actor"))
U(d, "\"The government has lost a deputy minister, two police stations", "Nurmatov said.",
  ("Sherali Nurmatov", N, neg, "", "assessment of losses, no explicit judgement (unsure: could read as a judgement on the government)"))
U(d, "Professor Anna Lindqvist of the Nordic Institute for Eurasian Studies said the OSCE should press Dushanbe", "harder to manage.",
  ("Anna Lindqvist", T, neu, "", "invented scholar; appeal for dialogue with the opposition; addressed to the OSCE and Dushanbe -> target empty"))
# "A participant from a Tajik human rights group said ..." = unnamed speaker, no row.
