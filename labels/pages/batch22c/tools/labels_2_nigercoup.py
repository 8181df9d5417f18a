# ------------------------------------------------------------------ Niger coup against Tandja (international wire, .txt, 2010-02-23)
d = "page_nigercoup2010_wire.txt"
# No row: agency menu, section, time line, headline, byline, read time, bullet summary, "(Adds ...)", photo captions + "1 of 4",
# crossheads, ADVERTISEMENT, reporting credits, Related, Trust Principles, topics, most read, newsletter, copyright.
U(d, "Niger's military rulers named a former information minister as prime minister", "during a cabinet meeting.",
  ("Niger", N, neu, "", "dateline excluded; long lead: the junta's appointment and promise (plans) with the coup as narration = neutral; 'military rulers' = Niger (a junta speaks for its state)"))
# "Mahamadou Danda, ... was appointed by decree ..." and "The council's leader ... was sworn in" = narration of the same step, no row.
U(d, "\"The CSRD will hand the country over to a government chosen by the people", "the statement said.",
  ("Niger", N, pos, "", "the CSRD statement = Niger; pledge about its own conduct = neutral, positive; the continued quote ('Until then, no member ...') gets no separate row"))
# "The junta said Tandja, 71, was being held in a villa ..." = same account as Hima's quote; left without a row.
U(d, "\"The former head of state lacks for nothing", "outside the capital.",
  ("Niger", N, neg, "", "role then name (Colonel Djibrilla Hamidou Hima); reassurance + dismissal of reports = denial, neutral, negative"))
# "Hima said several former ministers ... remained under guard" = left without a row (same account).
U(d, "The council has suspended the constitution Tandja pushed through", "secretaries general.",
  ("Niger", N, neu, "", "'The council' = the junta = Niger; own measures reported as done = neutral"))
U(d, "It also warned on Friday that any group or individual who tried to stir up unrest", "military law\".",
  ("Niger", C, neg, "", "pronoun 'It' = the council; threat against Tandja loyalists (not a canonical party) -> target empty"))
U(d, "Envoys from the West African bloc ECOWAS, the African Union and the United Nations met", "swift return to civilian rule.",
  ("ECOWAS", N, pos, "", "joint account by three bodies = one row each; the promise reported = neutral, positive"),
  ("African Union", N, pos, "", "same joint account"),
  ("United Nations", N, pos, "", "same joint account"))
U(d, "Mohamed Ibn Chambas, president of the ECOWAS Commission, said the officers had agreed", "planning the transition.",
  ("ECOWAS", N, pos, "", "ECOWAS Commission = ECOWAS; reports the junta's commitment"),
  ("Niger", T, pos, "", "the junta's own position reported by Chambas: agreeing to an inclusive dialogue on the constitution = calling_for_talks"))
U(d, "\"We came to listen and to remind them of our principles", "reporters at the airport.",
  ("ECOWAS", S, pos, "Niger", "'encouraging' = approval of the junta's commitments = supporting (welcome; the appeal follows in its own unit)"))
U(d, "\"The road back to constitutional order must be short", "not by soldiers alone.\"",
  ("ECOWAS", T, neu, "Niger", "quote continued after its attribution = own unit, same speaker; appeal for a short, inclusive transition, no judgement = calling_for_talks"))
U(d, "ECOWAS, which had already suspended Niger from its decision-making bodies", "took office.",
  ("ECOWAS", C, neg, "Niger", "suspension kept in place = a sanction"))
U(d, "The African Union's Peace and Security Council suspended Niger on Friday", "unconstitutional change of government.",
  ("African Union", C, neg, "Niger", "PSC = African Union; suspension = a measure against another side"))
U(d, "AU Commission chairman Jean Ping called the seizure of power a step backwards", "barrel of a gun.",
  ("African Union", C, neg, "Niger", "judgement without stock words + refusal to accept the junta"))
U(d, "Ramtane Lamamra, the AU's peace and security commissioner, who travelled with Chambas", "published a timetable.",
  ("African Union", S, pos, "Niger", "offer of electoral assistance = supporting; Chambas is an object here"))
# "Said Djinnit ... had raised the conditions of the detained leaders" = left without a row (procedure, same envoys).
U(d, "U.N. Secretary-General Ban Ki-moon condemned the coup in a statement on Thursday night", "democratic means.",
  ("United Nations", C, neg, "Niger", "condemnation + appeal for a return to constitutional order: rule 1"))
# "France, the former colonial power, ... condemned the use of force ..." = summary line before Kouchner's quote, left without a row.
U(d, "\"We reject any seizure of power by force, and we call on those who now hold power", "reporters in Paris.",
  ("France", C, neg, "Niger", "'reject any seizure' aimed at the junta's act + appeal for elections: rule 1; Paris = place"))
U(d, "\"It is also true that President Tandja made grave mistakes", "stay on.\"",
  ("France", C, neg, "", "continued quote: judgement on the ousted president (a person, not a canonical actor) -> target empty"))
# "A foreign ministry spokesman said French citizens ... were safe" = left without a row (facts, to keep the page in range).
U(d, "In Washington, the State Department said the United States did not condone", "old constitution.",
  ("United States", C, neg, "", "judgement of both the takeover and Tandja's conduct -> target empty; Washington = place"))
U(d, "\"We have said clearly that the way forward is elections, and we hope", "told a briefing.",
  ("United States", T, pos, "Niger", "hope that a date is set = calling_for_talks"))
U(d, "He said the restrictions Washington imposed last year", "stay in force until then.",
  ("United States", C, neu, "Niger", "pronoun = Crowley; sanctions kept in force = a measure against another side; Washington = metonym"))
# "Thousands of people gathered ... at the call of the CFDR" = narration, no row.
U(d, "The coalition said in a statement that the army had \"put an end to an illegal regime\"", "prepare the transition.",
  ("Coordination of Democratic Forces for the Republic", C, neg, "", "'The coalition' = CFDR; welcome of the coup + judgement of Tandja's regime ('illegal'): rule 1 (the offer to the junta sits in the same sentence); target = the ousted regime, empty"))
U(d, "Mahamadou Issoufou, who leads the PNDS-Tarayya", "prevented from doing.",
  ("PNDS-Tarayya", S, pos, "Niger", "party leader speaks for his party; approval of what the soldiers did = supporting the junta"))
U(d, "\"Tandja had locked every door. The army opened one", "rally in the capital.",
  ("PNDS-Tarayya", C, neg, "", "two-sentence quote closed by 'he told' = one unit; judgement of Tandja + warning to the army: rule 1; target empty (the ousted president)"))
U(d, "\"We ask the council to give us a short transition", "everyone can see.\"",
  ("PNDS-Tarayya", T, neu, "Niger", "continued quote; demand for a short transition and a calendar, no judgement = calling_for_talks"))
U(d, "Tandja's own party, the National Movement for the Development of Society (MNSD-Nassara), condemned", "his ministers.",
  ("MNSD-Nassara", C, neg, "Niger", "'betrayal by the army' + demand for release: rule 1"))
U(d, "\"Our leader is held without charge", "feared arrest.",
  ("MNSD-Nassara", C, neg, "Niger", "unnamed official of a named party speaks for it; accusation"))
# Residents, the grain trader, aid agencies and "Analysts said ..." = not actors, no rows.
U(d, "\"The soldiers have a window of perhaps six months", "teaches in Niamey.",
  ("Hamadou Saley Garba", N, neu, "", "independent scholar under his own name; scenario, no judgement"))
# The rest of his continued quote ("After that, they will be judged ..." / "Niger has seen three coups ...") left without rows.
U(d, "Saley Garba said the greatest risk lay inside the army itself", "loyal to Tandja.",
  ("Hamadou Saley Garba", N, neg, "", "surname alone; risk assessment"))
# Ledoux's introduction ("said the coup put Western governments in an awkward position") left without a row (neutral analysis).
U(d, "\"That would be a mistake: it tells every officer in the region", "unpopular enough.",
  ("Claire Ledoux", C, neg, "", "judgement of a possible Western line ('a mistake'), no one named -> target empty"))
U(d, "The bloc and the AU should hold the soldiers to a firm calendar", "if it slips.\"",
  ("Claire Ledoux", C, neu, "Niger", "'the bloc' = ECOWAS (object); call for sanctions if the calendar slips = condemning"))
# "There is a real temptation in Paris and Washington ..." and her uranium/China sentence: left without rows (neutral analysis).
# The Niamey-based Western diplomat (unnamed) and the closing background paragraph: no rows.
