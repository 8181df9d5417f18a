# ------------------------------------------------------------------ Yirgou killings, Burkina Faso (international wire copy, 2019-01-04)
d = "page_burkina_yirgou_massacre2019_wire.txt"
# Not statements: masthead, menu, headline, byline, time stamps, the four bullets, crossheads, ADVERTISEMENT, credits, Related, tags, most read.
U(d, "Burkina Faso's government said on Friday that 46 people", "members of the Fulani community.",
  ("Burkina Faso", N, neu, "", "dateline excluded; revised death toll given by the government = figures, neutral; the rest of the lede is narration"))
U(d, "Government spokesman Remis Fulgance Dandjinou said in a statement", "among them the village chief and his son.",
  ("Burkina Faso", N, neu, "", "spokesman introduced by role; account of the first raid and its dead = facts"))
U(d, "\"Those who set off after the attackers did not stop", "Dandjinou said.",
  ("Burkina Faso", C, neg, "", "multi-sentence quote closed by the surname; judgement of the reprisal killers, who are not named -> target empty"))
U(d, "He said prosecutors had opened a judicial investigation", "whichever group they belonged to.",
  ("Burkina Faso", C, neg, "", "'He' = Dandjinou; announced arrests and trials of the killers = a threatened response (guide) -> condemning; no named actor -> target empty (unsure: could be neutral as procedure)"))
U(d, "Troops and gendarmes had been sent to the area", "the spokesman added.",
  ("Burkina Faso", N, neu, "", "own deployment and calm restored = facts"))
# "Residents and Fulani community members told Westline ..." = unnamed speakers, no row.
U(d, "A Koglweogo leader in Sanmatenga province, reached by telephone", "because of his ethnic group.",
  ("Koglweogo", N, neg, "", "unnamed official of a named body speaks for it (guide); denial = neutral, negative"))
U(d, "Tabital Pulaaku, the main Fulani cultural association, said", "for months without consequence.",
  ("Tabital Pulaaku", C, neg, "Burkina Faso", "own toll above the official one + accusation that the state let vigilantes act: judgement decides"))
U(d, "\"For years we have told the authorities that these groups", "the association said in a statement.",
  ("Tabital Pulaaku", C, neg, "Burkina Faso", "multi-sentence quote closed by 'the association'; blame on the authorities' silence"))
U(d, "It asked the government to post soldiers in the herders' camps", "safe enough to come back.",
  ("Tabital Pulaaku", T, neu, "Burkina Faso", "'It' = the association; appeal to protect civilians, no judgement = calling_for_talks"))
U(d, "Hamadoun Sidibe, a herder who said two of his brothers were killed", "which of the men were Fulani.",
  ("Hamadoun Sidibe", C, neg, "", "invented named witness (person); accusation by describing how the killers picked out Fulani men; killers not named -> target empty"))
U(d, "\"We do not know where to go.", "he said.",
  ("Hamadoun Sidibe", N, neg, "", "fear and the killers' impunity described, no actor judged by name (unsure: could be condemning)"))
U(d, "President Roch Marc Christian Kabore, who declared a state of emergency", "set neighbours against one another.",
  ("Burkina Faso", T, neu, "", "head of state; appeal against communal violence; the relative clause (state of emergency, ambush) is narration"))
U(d, "\"This is exactly what the terrorists are waiting for", "crimes of a few of its members.",
  ("Burkina Faso", T, neg, "", "quote + reported speech closed by 'Kabore wrote'; appeal not to turn on each other and not to blame a community; 'terrorists' is the framing of the appeal, not a judgement on a named actor"))
U(d, "Opposition leader Zephirin Diabre, head of the Union for Progress and Change, said", "with their own guns.",
  ("Union for Progress and Change", C, neg, "Burkina Faso", "party leader speaks for his party; blames the government for the spread of insecurity"))
U(d, "He asked for a day of national mourning", "to be disarmed.",
  ("Union for Progress and Change", T, neu, "Burkina Faso", "'He' = Diabre; appeal for mourning and disarming the vigilantes, addressed to the government; no judgement in the sentence"))
U(d, "The ruling People's Movement for Progress urged its officials", "to calm tempers in the villages.",
  ("People's Movement for Progress", T, neu, "", "appeal for calm, no judgement"))
U(d, "The Burkinabe Movement for Human and Peoples' Rights (MBDHP) called the killings", "go unpunished.",
  ("Burkinabè Movement for Human and Peoples' Rights", C, neg, "", "spelling without the grave accent declared as an alias; judgement of the killings; killers not named -> target empty"))
U(d, "The group said the justice ministry should make public the names", "follow the case.",
  ("Burkinabè Movement for Human and Peoples' Rights", T, neu, "Burkina Faso", "'The group' = MBDHP; procedural demand on the ministry, no judgement (unsure: could be neutral)"))
U(d, "The U.N. human rights office in Geneva said it was alarmed", "prompt and impartial investigation.",
  ("United Nations", T, neg, "Burkina Faso", "OHCHR = UN; alarm + call for an inquiry, no explicit judgement = calling_for_talks (as inquiry calls in earlier batches)"))
U(d, "France, which has troops in the region under its Barkhane operation, said", "families of the victims.",
  ("France", S, pos, "Burkina Faso", "backing of the authorities + condolences = supporting; the relative clause is narration"))
U(d, "The U.S. Embassy in Ouagadougou urged all Burkinabe", "those responsible.",
  ("United States", T, neu, "", "embassy = its state; appeal to refuse violence, addressed to everyone; Ouagadougou is a place here"))
# "No group has claimed ... Militant groups ... have killed hundreds" = background narration, no row.
U(d, "Salif Nikiema, who studies rural security at the University of Ouagadougou, said", "filled a gap left by the police.",
  ("Salif Nikiema", N, neu, "", "invented scholar (person); explanation of why the groups were tolerated, no evaluation stated"))
U(d, "\"The state let these groups grow without giving them any rules", "Nikiema said.",
  ("Salif Nikiema", C, neg, "Burkina Faso", "judgement of the state's conduct without a stock word"))
U(d, "He said the government had to show quickly that the law reached the vigilantes", "toward the armed groups.",
  ("Salif Nikiema", T, neg, "Burkina Faso", "'He' = Nikiema; 'had to' appeal to apply the law equally + a risk; no judgement in the sentence"))
