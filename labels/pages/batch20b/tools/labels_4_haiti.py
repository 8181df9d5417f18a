# ------------------------------------------------------------------ Haiti earthquake, day eight: aid effort, UN reinforcements, row over the US role (live blog, scraped, 2010-01-20)
d = "page_haiti_quake_liveblog.txt"
# No row: masthead and menu, LIVE badge, headline, standfirst, editors, last updated, share line, key events, photo caption
# with credit and "1 of 6", timestamps and entry headings, the "What we know so far" bullets and the closing note,
# "We asked two specialists what happens now." (the outlet), ADVERTISEMENT, "Related:", "Show earlier updates", topics,
# comments line, most viewed, footer.
U(d, "\"The airport argument makes headlines", "a former logistics chief for several relief agencies.",
  ("Robert Hallam", N, neg, "", "independent specialist (invented) under his own name; multi-sentence quote closed by 'said Robert Hallam'; risk scenario, no judgement"))
U(d, "Hallam said governments that had spent the week complaining on the radio", "through the Dominican Republic.",
  ("Robert Hallam", C, neg, "", "judgement of unnamed governments (reproach without stock words); target empty"))
U(d, "\"The deeper risk comes after the emergency.", "Université des Basses-Terres in Quebec.",
  ("Claudine Mérisier", N, neg, "", "independent scholar (invented); multi-sentence quote closed by the speaker; risk of donor rule, no actor judged"))
U(d, "She said the reconstruction conference being planned for Montreal", "over the money.",
  ("Claudine Mérisier", N, neu, "", "what may happen next; no appeal"))
U(d, "On his weekly television programme, Venezuela's president, Hugo Chávez, repeated his charge", "needed doctors.",
  ("Venezuela", C, neg, "United States", "accusation of a military occupation; Washington = metonym"))
U(d, "Chávez said Venezuela had already flown in planes", "on their way.",
  ("Venezuela", S, pos, "Haiti", "aid sent and on its way = backing by act"))
U(d, "\"Our troops went in at the request of the Haitian government", "rejecting the occupation charge.",
  ("United States", N, neg, "", "denial closed by an attribution tail ('rejecting the occupation charge') = neutral, negative; Crowley not declared as alias (left office)"))
U(d, "Lieutenant General Ken Keen, who commands the US joint task force in Haiti", "a few neighbourhoods.",
  ("United States", N, neu, "", "troop numbers and the security picture given by a commander: war vocabulary as topics = neutral"))
U(d, "In a statement issued after President Nicolas Sarkozy's phone call with Barack Obama", "side by side.",
  ("France", S, pos, "United States", "Elysée = France (name files); praise of the US effort = supporting; Obama is an object"))
U(d, "The statement appears designed to close a spat that began when France's cooperation minister", "turned away from the airport.",
  ("France", C, neg, "United States", "the outlet's reading ('appears designed') is no row; Joyandet's complaint reported inside it = protest at the US-run airport (target US, unsure: the airport managers are not named)"))
U(d, "On Monday, speaking on French radio, Joyandet asked the UN to set out", "on the ground.",
  ("France", T, neu, "United Nations", "demand for clarification, no judgement word = calling_for_talks (as batch5c for demands for an explanation; unsure)"))
U(d, "Joyandet had said the airport was being run for the benefit of the US military", "under the rubble.",
  ("France", C, neg, "United States", "'unacceptable' aimed at the US military's handling = judgement"))
U(d, "Brazil, which commands the UN force's military component", "to join the mission.",
  ("Brazil", S, pos, "Haiti", "troops pledged to the UN mission in Haiti = backing by act; its own losses are background"))
U(d, "Foreign Minister Celso Amorim welcomed the council's decision", "the Haitian government.",
  ("Brazil", S, pos, "United Nations", "welcome + appeal for UN coordination (not a peace appeal) = supporting (rule 3); Amorim is an alias of Brazil"))
U(d, "The UN Security Council unanimously adopted a resolution late on Tuesday", "1,500 police officers.",
  ("United Nations", S, neu, "Haiti", "Council decision reported as done: reinforcements for Haiti = backing by act"))
U(d, "Secretary General Ban Ki-moon, who visited the ruins of the mission's headquarters on Sunday, said he hoped", "who had been waiting.",
  ("United Nations", T, pos, "", "hope that calm holds = calling_for_talks (guide: hoping stability returns)"))
U(d, "Edmond Mulet, the acting head of the mission, told reporters in Port-au-Prince", "hundreds still missing.",
  ("United Nations", N, neu, "", "figures of the UN's own dead, no blame = neutral; Port-au-Prince = place"))
U(d, "\"The mass graves outside the city are filling faster than anyone can keep records,\" he said.", "\"The mass graves outside the city are filling faster than anyone can keep records,\" he said.",
  ("United Nations", N, neg, "", "quote closed by 'he said' = Mulet; grim description, no appeal"))
U(d, "John Holmes, the UN's emergency relief coordinator, said the $562m flash appeal", "into cash.",
  ("United Nations", T, neg, "", "appeal to donors for humanitarian help = calling_for_talks (labels README: asking for humanitarian help)"))
U(d, "The World Food Programme said it had handed out ready-to-eat rations", "within two weeks.",
  ("World Food Programme", S, neu, "Haiti", "food aid delivered and planned = supporting; figures"))
U(d, "Médecins Sans Frontières said one of its cargo planes", "could not wait.",
  ("Médecins Sans Frontières", C, neg, "United States", "accusation against the airport's (US military) air traffic managers; target US by context (unsure); Santo Domingo = place"))
U(d, "Haiti's communication minister said more than 70,000 bodies", "far higher.",
  ("Haiti", N, neu, "", "death toll given by a minister = neutral (guide: figures given by an actor)"))
U(d, "Prime Minister Jean-Max Bellerive said the government planned to move", "in the coming weeks.",
  ("Haiti", N, neu, "", "plan"))
U(d, "President René Préval, who has been working from a police station", "help keep order.",
  ("Haiti", S, pos, "", "thanks to the rescuing countries + 'had asked for the American troops' (answers the occupation charge) = supporting; several countries -> target empty"))
U(d, "The Dominican Republic has offered 800 soldiers", "President Leonel Fernández's office said.",
  ("Dominican Republic", S, pos, "Haiti", "troops offered + border kept open for aid = backing by act; attribution tail"))
U(d, "Cuba, whose medical brigade of around 400 doctors", "Cuban officials confirmed.",
  ("Cuba", S, pos, "Haiti", "officials of a named government; opening its airspace to US medevac flights for injured Haitians + its doctors = support to Haiti (the US is a beneficiary, not the target)"))
U(d, "In Ottawa, Foreign Minister Lawrence Cannon said Canada would host a meeting", "with the Haitian government.",
  ("Canada", T, neu, "", "host convening a meeting (labels README: the host convening is calling_for_talks); Ottawa = place"))
U(d, "European Union ministers meeting in Brussels on Monday pledged", "longer-term aid.",
  ("European Union", S, pos, "Haiti", "aid pledged = supporting; Brussels = place"))
U(d, "The US Geological Survey put the aftershock at magnitude 5.9", "about six miles.",
  ("United States", N, neu, "", "state agency giving measurements = neutral (unsure: could be treated as a scientific source with no row)"))
# No row: the witnesses and the nurse (unnamed, not actors); "There were no immediate reports of further deaths." (no source).
