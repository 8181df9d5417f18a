# ------------------------------------------------------------------ Niger coup (live blog, HTML, 27-28 July 2023)
d = "page_niger_coup_liveblog.html"
NJ = "the junta and army speak for the state (guide: the Niger junta = Niger)"
U(d, "Yevgeny Prigozhin, the head of the Wagner mercenary group, praised", "new authorities.",
  ("Wagner Group", S, pos, "Niger", "praise + offer of fighters = supporting the junta; " + NJ))
U(d, "Speaking in Port Moresby during a Pacific tour, French President Emmanuel Macron said", "the whole region at risk.",
  ("France", C, neg, "Niger", "'no legitimacy whatsoever' = judgement without stock words; Port Moresby a place"))
U(d, "He called for Bazoum to be restored to office.", "restored to office.",
  ("France", T, neg, "Niger", "'He' = Macron; demand with no judgement word (labels/README: demand to one side = calling_for_talks)"))
U(d, "In his first televised address, General Abdourahamane Tchiani", "attacks by armed groups.",
  ("Niger", C, neg, "Mohamed Bazoum", "justification of the coup by blaming the ousted government = judgement; " + NJ))
U(d, "Washington's economic and security partnership with Niger depends", "were at stake.",
  ("United States", C, neg, "Niger", "conditional threat to cut aid, object before the speaker; target = the junta's Niger"))
U(d, "Italy's Foreign Minister Antonio Tajani said the roughly 500 Italians", "contact with the embassy.",
  ("Italy", N, neu, "", "facts about own nationals, no position"))
U(d, "A Chinese foreign ministry spokesperson said China was following", "its people in mind.",
  ("China", T, pos, "", "unnamed spokesperson of a named government = China; hope for peaceful settlement through dialogue"))
U(d, "European Council President Charles Michel said the bloc stood firmly with Bazoum", "elected head of state.",
  ("European Union", S, pos, "Mohamed Bazoum", "solidarity with the deposed president = supporting"))
U(d, "Any breakdown of constitutional order will have consequences", "in a separate statement.",
  ("European Union", C, neg, "Niger", "threat of consequences = condemning; attribution tail"))
U(d, "The Russian foreign ministry said it was concerned", "peaceful dialogue.",
  ("Russia", T, neg, "", "concern + appeal to all sides, no judgement = calling_for_talks"))
U(d, "Algeria, which shares a long desert border with Niger, called for restraint", "deep concern.",
  ("Algeria", T, neg, "", "appeal for restraint + concern, no judgement"))
U(d, "The German foreign office said Berlin was watching", "embassy in Niamey.",
  ("Germany", N, neg, "", "concern without an appeal = neutral, negative tone; Berlin = Germany, Niamey a place"))
U(d, "African Union Commission chairperson Moussa Faki Mahamat called", "without delay.",
  ("African Union", C, neg, "Niger", "'betrayal of their duty' + demand: rule 1"))
U(d, "Senegal's foreign ministry condemned what it called", "Nigerien people.",
  ("Senegal", C, neg, "Niger", "condemnation + solidarity with the people: rule 1"))
U(d, "\"The United Kingdom condemns efforts to undermine democracy", "wrote on X.",
  ("United Kingdom", C, neg, "Niger", "quote closed by its speaker"))
U(d, "The army command said it had decided to endorse the declaration", "a bloodbath.",
  ("Niger", S, neu, "", "the army endorsing the junta's declaration = approval of the takeover; both are Niger, so target empty; unsure (could be neutral: reason given is avoiding bloodshed)"))
U(d, "Hours earlier, Bazoum wrote on X that the country's democratic gains", "see to it.",
  ("Mohamed Bazoum", C, neg, "Niger", "the detained president as his own actor (like Castillo in batch3g); defiance of the takeover read as rejection of the junta; unsure (no explicit judgement word)"))
U(d, "Secretary-General António Guterres strongly condemned", "his spokesman said.",
  ("United Nations", C, neg, "Niger", "condemnation + restraint appeal: rule 1"))
U(d, "The regional bloc will not accept any act that obstructs", "as ECOWAS chairman.",
  ("ECOWAS", C, neg, "Niger", "chair speaking in the bloc's name = ECOWAS (guide); 'will not accept' = judgement; object before the speaker"))
U(d, "ECOWAS said its heads of state would hold an emergency summit", "next steps.",
  ("ECOWAS", N, neu, "", "summit of its own members announced, with no appeal = neutral (plan)"))
U(d, "Benin's President Patrice Talon, who flew to Niamey at Tinubu's request, said", "done peacefully.",
  ("Benin", C, neg, "Niger", "'every means needed' = veiled threat of force, rule 1 over the hope for peace; Talon not ECOWAS chair so Benin; unsure (could be calling_for_talks)"))
U(d, "Speaking at a news conference in Wellington, New Zealand, Secretary of State Antony Blinken said", "elected president.",
  ("United States", S, pos, "Mohamed Bazoum", "backing of the deposed president; Wellington a place"))
U(d, "\"We want him freed, and freed now,\" Blinken said.", "Blinken said.",
  ("United States", T, neg, "Niger", "quote continued after the previous sentence; demand with no judgement word"))
U(d, "Late on Wednesday, Colonel-Major Amadou Abdramane appeared", "social management.",
  ("Niger", C, neg, "Mohamed Bazoum", "ending 'the regime' with blame for insecurity and mismanagement = judgement of Bazoum's government; " + NJ))
U(d, "The soldiers said the country's borders were closed", "until further notice.",
  ("Niger", N, neu, "", "measures announced, no judgement; 'the soldiers' = the junta"))
