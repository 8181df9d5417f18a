# ------------------------------------------------------------------ Guinea coup after Conte's death (international wire, 2008-12-30)
d = "page_guinea_coup_wire.txt"
# No rows: agency menu, section, headline, byline, published/updated line, captions "1 of 3" with credits, ADVERTISEMENT,
# capitals crossheads, reporting/editing credits, "Our Standards", topics, newsletter prompt, MOST READ, copyright.
U(d, "The African Union suspended Guinea from its activities on Monday", "stripping more than 20 generals of their commands.",
  ("African Union", C, neg, "Guinea", "dateline excluded; long lead: suspension = a measure against another side; the junta's demotions are narration here (own unit below)"))
U(d, "The AU's Peace and Security Council, meeting in Addis Ababa, said the takeover was an outright breach", "unconstitutional changes of government.",
  ("African Union", C, neg, "Guinea", "PSC = AU; 'outright breach' = judgement; Addis Ababa = place"))
U(d, "AU Commission chairman Jean Ping told reporters the continent could not accept", "as soon as possible.",
  ("African Union", C, neg, "Guinea", "Ping speaks as AU Commission chair (not declared as an alias: later his own actor); refusal + offer to help towards elections: rule 1"))
U(d, "The junta, which calls itself the National Council for Democracy and Development (CNDD), announced the demotions", "Nouhou Thiam.",
  ("Guinea", N, neu, "", "the junta speaks for its state; own measures (demotions) reported as done = neutral"))
U(d, "Camara, a 44-year-old captain who headed the army's fuel supply unit", "will not be a candidate.",
  ("Guinea", N, pos, "", "junta leader = Guinea; own election plan and pledge not to stand = neutral"))
U(d, "\"We did not take power to keep it.", "to the highest bidder.",
  ("Guinea", C, neg, "", "quote + 'accusing Conte's last governments' of emptying the treasury = accusation; the former government is of the same state -> target empty"))
U(d, "He also warned soldiers who might be tempted to challenge the council:", "he said.",
  ("Guinea", C, neg, "", "quote opened after a colon, two sentences, closed by 'he said' = one unit; threat against would-be challengers in the army (no actor) -> target empty"))
U(d, "Prime Minister Ahmed Tidiane Souare had insisted on the day of the takeover", "a minority of soldiers.",
  ("Guinea", N, neg, "", "the constitutional government's prime minister on 23 Dec = Guinea; denial that the government was dissolved; 'an attempt at a coup' read as description (unsure: could be condemning; a state cannot target itself)"))
U(d, "Two days later he and some 30 ministers went to the camp", "disposal of the new authorities.",
  ("Guinea", N, neu, "", "submission of the old government to the junta = an act within the same state, neutral (unsure: could be supporting with no target)"))
U(d, "On Tuesday the council named Kabine Komara", "read on state television.",
  ("Guinea", N, neu, "", "appointment by decree = procedure; state television is no actor"))
# "Conakry was calm. Shops and markets reopened ..." and the residents : narration, unnamed residents -> no rows
# "West African governments have been less united than the AU." : summary line -> no row
U(d, "The Economic Community of West African States (ECOWAS) condemned the seizure of power", "takes office by force.",
  ("ECOWAS", C, neg, "Guinea", "condemnation + refusal to recognise"))
U(d, "Its Commission President Mohamed Ibn Chambas said on Monday that a two-year transition was far too long", "junta's calendar.",
  ("ECOWAS", C, neg, "Guinea", "'far too long', 'could not live with' = rejection of the junta's calendar without stock words"))
U(d, "But Chambas said the coup leaders had promised during talks with an ECOWAS delegation", "organise early elections.",
  ("ECOWAS", T, pos, "Guinea", "offer to help organise early elections after talks = engagement towards a peaceful transition (rule 2 before 3; unsure: could be supporting)"),
  ("Guinea", T, pos, "", "the coup leaders' promise to work with ECOWAS on a peaceful transition, reported inside Chambas's sentence = agreeing to talks"))
# "ECOWAS foreign ministers are due to discuss Guinea in Abuja ..." : a meeting scheduled in narrative -> no row
# "Senegalese President Abdoulaye Wade went further than any other leader in the region." : summary line -> no row
U(d, "He told reporters in Dakar that the council deserved the support of Africa", "a dangerous void.",
  ("Senegal", S, pos, "Guinea", "pronoun subject = Wade; backing the junta = supporting; Dakar = place"))
U(d, "Wade said he had spoken to Camara by telephone and urged other governments", "rushing to punish him.",
  ("Senegal", S, pos, "Guinea", "appeal to others to give the junta a chance (an appeal for backing, not for peace) = supporting; France as object"))
# "France, the former colonial power, took a harder line." : summary line before the specific statement -> no row
U(d, "The French foreign ministry said Paris condemned the seizure of power", "not years.",
  ("France", C, neg, "Guinea", "Paris = metonym; condemnation + expectation of early elections: rule 1"))
# "France is Guinea's biggest bilateral donor." : background -> no row
U(d, "Speaking for the European Union, whose rotating presidency France holds until Wednesday", "free and transparent elections.",
  ("European Union", C, neg, "Guinea", "the French presidency speaking for the EU = European Union, not France; regret of the 'unconstitutional' takeover + appeal: rule 1"))
U(d, "EU Development Commissioner Louis Michel said aid from Brussels would be reviewed", "timetable for elections.",
  ("European Union", C, neg, "Guinea", "conditional threat to review aid = a measure threatened; Brussels = metonym for the EU"))
U(d, "In Washington, State Department deputy spokesman Gordon Duguid said the United States rejected", "without delay.",
  ("United States", C, neg, "Guinea", "'rejected the military's move' = judgement + demand: rule 1; Washington = place"))
U(d, "\"We are looking at all our assistance programmes in the light of these events,\" Duguid said.", "Duguid said.",
  ("United States", C, neg, "Guinea", "aid review announced = a threatened measure (unsure: could be neutral procedure)"))
U(d, "The United Nations Secretary-General Ban Ki-moon said through his spokeswoman", "Montas said.",
  ("United Nations", T, neu, "", "monitoring + appeal for restraint and a peaceful handover = calling_for_talks; attribution tail"))
# "Ban's special representative for West Africa, Said Djinnit, travelled to Conakry ... and met Camara." : a meeting narrated -> no row
U(d, "The Union of Democratic Forces of Guinea, the Rally of the Guinean People and the Union of Republican Forces said", "within twelve months.",
  ("Union of Democratic Forces of Guinea", T, neu, "Guinea", "joint statement of three parties = one row each; readiness to take part + appeal for elections within a year = calling_for_talks"),
  ("Rally of the Guinean People", T, neu, "Guinea", "same joint statement"),
  ("Union of Republican Forces", T, neu, "Guinea", "same joint statement"))
# "The country's main trade union federations ... have not yet taken a public position." : no position -> no row
# "Analysts said the junta enjoyed genuine popularity ..." : unnamed analysts -> no row
U(d, "\"Guinea's army is not one army;", "West Africa Governance Observatory.",
  ("Aminata Sow", N, neu, "", "named analyst (invented) = own actor; analysis of the army"))
U(d, "\"By demoting the generals in one stroke", "keep them in barracks.\"",
  ("Aminata Sow", N, neg, "", "quote continued after its attribution = own unit; risks and what may happen next"))
U(d, "Sow said the bauxite and iron ore contracts signed under Conte", "will not last long.\"",
  ("Aminata Sow", N, neg, "", "surname only; quote opened after a colon; interests and a conditional scenario, no judgement of a done act"))
U(d, "Pierre-Yves Martel, a former French diplomat who now works for the Paris consultancy Sahel Conseil, said", "weaken any pressure on the junta.",
  ("Pierre-Yves Martel", N, neg, "", "former diplomat (invented) = own actor; assessment"))
U(d, "\"When Dakar says one thing and Abuja another", "every week.\"",
  ("Pierre-Yves Martel", T, neu, "", "quote with 'he said' mid-unit, then a 'sensible course' appeal to agree a timetable and keep talking = calling_for_talks; Dakar and Abuja are metonyms in an analyst's mouth (no rows)"))
U(d, "Martel said the risk of a counter-coup was real:", "has an armoury.\"",
  ("Pierre-Yves Martel", N, neg, "", "surname only; quote opened after a colon; risk"))
