# ------------------------------------------------------------------ Moreblessing Ali's killing and the Nyatsime arrests (US Embassy news page, June-July 2022)
d = "page_zimbabwe_nyatsime_sikhala2022_embassynews.txt"
# Not statements: site name, menu, breadcrumb, filters, item headings, date/place/topic lines, ADVERTISEMENT, share bar,
# disclaimer, Related line.
U(d, "The Embassy extends its sincere condolences to the family and friends of Moreblessing Ali", "outside a shopping centre.",
  ("United States", N, neg, "", "'the Embassy' = United States; condolences to a family (not an actor) + facts = neutral, grieving tone"))
U(d, "Violence against any citizen for her political affiliation has no place", "decide how they vote.",
  ("United States", C, neg, "", "judgement on political violence without a stock word + solidarity with citizens: the judgement decides; no canonical target"))
U(d, "The Embassy urges the Zimbabwe Republic Police to pursue every lead", "keep the family informed.",
  ("United States", T, neu, "Zimbabwe", "appeal to the police (-> Zimbabwe) to investigate, no judgement = talks"))
U(d, "The Embassy is following with concern the arrest of two sitting Members of Parliament", "on June 14.",
  ("United States", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "The Embassy notes that Mr. Sikhala had been acting as the legal representative", "of the Ali family.",
  ("United States", N, neu, "", "a fact noted, no evaluation"))
U(d, "Every person charged is entitled to due process and a timely hearing", "on the law alone.",
  ("United States", T, neu, "Zimbabwe", "appeal for due process, no judgement = talks"))
U(d, "The Heads of Mission of Australia, Canada, the European Union, the United Kingdom", "politically motivated violence.",
  ("Australia", C, neg, "", "joint statement by a list: one row per signatory; cost of impunity = judgement without stock words; no single target"),
  ("Canada", C, neg, "", "same joint statement"),
  ("European Union", C, neg, "", "same joint statement"),
  ("United Kingdom", C, neg, "", "same joint statement"),
  ("United States", C, neg, "", "same joint statement"))
U(d, "The signatories called on all party leaders", "as the Constitution provides.",
  ("Australia", T, neu, "", "the signatories = the same five; appeal to parties and the Government, no judgement = talks; several addressees -> empty"),
  ("Canada", T, neu, "", "same joint statement"),
  ("European Union", T, neu, "", "same joint statement"),
  ("United Kingdom", T, neu, "", "same joint statement"),
  ("United States", T, neu, "", "same joint statement"))
U(d, "They said they stood ready to support Zimbabwean institutions", "protect citizens' rights.",
  ("Australia", S, pos, "Zimbabwe", "offer of support to Zimbabwean institutions = supporting"),
  ("Canada", S, pos, "Zimbabwe", "same joint statement"),
  ("European Union", S, pos, "Zimbabwe", "same joint statement"),
  ("United Kingdom", S, pos, "Zimbabwe", "same joint statement"),
  ("United States", S, pos, "Zimbabwe", "same joint statement"))
U(d, "The Embassy has taken note of the Government's public account of the case.", "of the case.",
  ("United States", N, neu, "", "procedural note"))
U(d, "Information Minister Monica Mutsvangwa told reporters after Cabinet", "according to the state-owned Herald.",
  ("Zimbabwe", N, neg, "", "second-hand attribution via state paper; denial of a political motive = neutral, negative tone"))
U(d, "The police, in a statement the following day, said the main suspect", "no political motive.",
  ("Zimbabwe", N, neu, "", "police -> Zimbabwe; arrest + finding reported as facts"))
U(d, "ZANU-PF's spokesperson was quoted in the state media as saying", "nothing to do with the killing.",
  ("ZANU-PF", C, neg, "Citizens Coalition for Change", "'was quoted as saying'; blames the opposition for the clashes = accusation (the denial is joined to it); the opposition = CCC by context (unsure)"))
U(d, "The Embassy welcomes the arrest of a suspect and encourages the authorities", "all Zimbabweans can trust.",
  ("United States", T, pos, "Zimbabwe", "welcome joined to an appeal for a credible inquiry, no judgement: rule 2 before rule 3 = talks"))
U(d, "The Chargé d'Affaires hosted civil society leaders", "2023 harmonized elections.",
  ("United States", T, pos, "", "convening a meeting on reducing violence = the host's talks (README: a host convening = talks)"))
U(d, "The Chargé d'Affaires told participants that the United States was not taking sides", "a vote free of fear.",
  ("United States", N, neu, "", "reassurance about own conduct = neutral"))
U(d, "Dr. Tendai Mapfumo, a governance researcher at a Harare university", "the victims' side.",
  ("Tendai Mapfumo", C, neg, "Zimbabwe", "invented scholar; courts 'used to punish' = judgement"))
U(d, "Rudo Chikore, a Nyatsime resident who attended, said homes on her street", "sleeping with relatives.",
  ("Rudo Chikore", N, neg, "", "invented witness; what she saw = facts"))
U(d, "\"We do not know who will protect us next time,\" she said.", "she said.",
  ("Rudo Chikore", N, neg, "", "fear with no appeal or judgement = neutral, negative"))
U(d, "Zimbabwe Lawyers for Human Rights, represented at the meeting, said", "his immediate release.",
  ("Zimbabwe Lawyers for Human Rights", C, neg, "Zimbabwe", "'no legal basis' = judgement + demand for release"))
U(d, "The Citizens Coalition for Change, in a statement issued the same day, accused", "bullied out of Nyatsime.",
  ("Citizens Coalition for Change", C, neg, "ZANU-PF", "accusation"))
U(d, "The U.S. Embassy announced a grant of $350,000 to local partners", "across Zimbabwe.",
  ("United States", S, pos, "", "aid provided = supporting by act; beneficiaries not a canonical actor -> empty"))
U(d, "\"Survivors must be able to seek justice without fear,\" the Chargé d'Affaires said", "with the Government.",
  ("United States", T, neu, "Zimbabwe", "appeal + continued diplomatic contact, no judgement = talks"))
U(d, "The Embassy also reiterated its call for the charges against detained legislators", "promptly and fairly.",
  ("United States", T, neu, "Zimbabwe", "repeated appeal for a fair hearing = talks"))
