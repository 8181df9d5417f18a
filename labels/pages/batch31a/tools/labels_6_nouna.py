# ------------------------------------------------------------------ Burkina Faso: the Nouna killings of 30-31 December 2022 (regional daily scraped as text, 2023-01-04)
d = "page_burkina_nouna_killings2023_regionaldaily.txt"
# Not statements: masthead, tagline, menu, date, TRENDING line, breadcrumb, headline, standfirst, byline, share prompts,
# photo caption, ADVERTISEMENT, crossheads, READ ALSO, tags, comments line, MOST READ, footer.
U(d, "Burkina Faso's military-led government says 28 people were killed", "war against jihadist groups.",
  ("Burkina Faso", N, neg, "", "dateline excluded; death toll given by the government = neutral; the 'reopened questions' clause is the paper's narration"))
U(d, "Government spokesman Jean Emmanuel Ouédraogo said in a statement on Monday", "children among them.",
  ("Burkina Faso", N, neg, "", "government spokesman = the state; toll = figures"))
U(d, "The statement described the killings as a blow to the national unity", "condemned them without reservation.",
  ("Burkina Faso", C, neg, "", "'condemned them without reservation' = explicit judgement of the killings; perpetrators unknown -> target empty"))
U(d, "It urged people in Nouna and the surrounding villages to remain calm", "into their own hands.",
  ("Burkina Faso", T, neu, "", "'It' = the statement; appeal for calm and against reprisals, no judgement"))
U(d, "The prosecutor of the high court in Nouna, Armel Sama, said post-mortem findings", "every one of the dead was male.",
  ("Burkina Faso", N, neg, "", "a state prosecutor = the state; forensic facts"))
U(d, "His office has opened an investigation.", "opened an investigation.",
  ("Burkina Faso", N, neu, "", "'His office' = the prosecutor's; procedure"))
U(d, "The transitional President, Captain Ibrahim Traoré, sent a government delegation to Nouna", "the presidency said.",
  ("Burkina Faso", N, pos, "", "head of state's help to his own citizens = own conduct, no other actor targeted (unsure: could be read as supporting with no target)"))
U(d, "The Collective against Impunity and Stigmatisation of Communities (CISC), a rights group", "Volunteers for the Defence of the Homeland (VDP).",
  ("Collective against Impunity and Stigmatisation of Communities", C, neg, "Burkina Faso", "accusation pointing at the VDP, the army's civilian auxiliaries (= the state); the relative clause is narration (unsure: 'presenting themselves as' hedges who the killers were)"))
U(d, "\"For weeks we have been receiving complaints of theft, beatings and threats", "Daouda Diallo, said.",
  ("Collective against Impunity and Stigmatisation of Communities", C, neg, "Burkina Faso", "multi-sentence quote closed by its speaker; accusation of abuses in the VDP's name"))
U(d, "The collective called on the transitional President, Captain Ibrahim Traoré, to place the volunteers", "outside the law.",
  ("Collective against Impunity and Stigmatisation of Communities", T, neu, "Burkina Faso", "demand addressed to one side to rein in its auxiliaries, no judgement word = calling_for_talks (protection of civilians)"))
# "Residents reached by telephone said ..." = unnamed speakers, no row.
U(d, "Issouf Dembélé, a shopkeeper in the Sector 4 district, said armed men", "led men away.",
  ("Issouf Dembélé", C, neg, "Burkina Faso", "invented named resident (person); accusation by describing abductions of civilians by men claiming to be volunteers (unsure: target could be left empty, the men's identity is their own claim)"))
U(d, "\"We found some of them at the edge of town the next morning.", "he said.",
  ("Issouf Dembélé", N, neg, "", "multi-sentence quote; grim facts of the burial; 'nobody came' is a complaint too vague for a judgement of an actor (unsure)"))
U(d, "Dramane Konaté, a customary chief in Nouna, appealed to the town's communities", "to the courts.",
  ("Dramane Konaté", T, neu, "", "invented local chief (person); appeal against reprisals between communities"))
U(d, "A commander of the volunteers in the Boucle du Mouhoun region, who asked not to be named", "defending their own families.",
  ("Burkina Faso", N, neg, "", "unnamed official of a named body (the VDP, army auxiliaries) speaks for the state; denial of an ordered operation + rebuttal of blame = neutral, negative"))
U(d, "Speaking on the state broadcaster RTB on Tuesday evening, Ouédraogo said", "to defend the country.",
  ("Burkina Faso", C, neg, "", "refuses to let unnamed critics 'tarnish' the volunteers = judgement on those critics; unnamed -> target empty (unsure: could be neutral, a defence of own forces)"))
U(d, "\"The investigation will go to the end.", "the minister said.",
  ("Burkina Faso", N, neu, "", "multi-sentence quote; promise that any culprit will face a court = reassurance about own conduct (as Buhari's 'would answer for it' in other pages), neutral"))
U(d, "The Burkinabè Movement for Human and Peoples' Rights (MBDHP) condemned", "independent of the security forces.",
  ("Burkinabè Movement for Human and Peoples' Rights", C, neg, "", "'condemned ... a massacre of unarmed civilians' + demand for an independent inquiry: rule 1; killers not named -> target empty"))
U(d, "The ECOWAS Commission, which suspended Burkina Faso after the coup of January 2022", "to bring those responsible to book.",
  ("ECOWAS", T, neg, "Burkina Faso", "shock + condolences + appeal for accountability, no judgement word on an actor = calling_for_talks; the suspension is a background clause"))
U(d, "A spokesperson for the United Nations human rights office in Geneva asked the authorities", "publish their findings.",
  ("United Nations", T, neu, "Burkina Faso", "OHCHR = UN; appeal for independent investigators' access, no judgement"))
U(d, "Ilaria Allegrozzi, senior Sahel researcher at Human Rights Watch, said the killings fitted a pattern", "created in 2020.",
  ("Human Rights Watch", C, neg, "Burkina Faso", "pattern of abuses by pro-government militias the authorities did little to stop = judgement"))
U(d, "The United States embassy in Ouagadougou said it was appalled", "reports from Nouna.",
  ("United States", N, neg, "", "alarm without an appeal or judgement of an actor = neutral, negative"))
# Last paragraph ("Burkina Faso has been fighting armed groups ...") = background narration, no row.
U(d, "The Burkinabè Red Cross Society said its volunteers had helped families in Nouna", "relatives of the dead.",
  ("Burkinabè Red Cross Society", S, pos, "Burkina Faso", "national Red Cross society (its own actor, as other batches name national societies); help to the victims' families = aid provided; the country helped as target"))
