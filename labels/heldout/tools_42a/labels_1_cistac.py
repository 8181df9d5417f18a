# ------------------------------------------------------------------ Killing of Gilles Cistac, Maputo (South African national daily, full HTML, 2015-03-05)
d = "page_maputo_cistac2015_dailyweb.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline, captions "1 of 3", ADVERTISEMENT,
# crossheads, reporting credit, tags, share bar, Related, comments, most read, newsletter prompt, footer.
U(d, "The Mozambican government on Wednesday condemned the killing", "laid the blame at the door of hardliners in the ruling party.",
  ("Mozambique", C, neg, "", "dateline excluded; condemnation of the killing, killers unknown -> target empty"),
  ("Renamo", C, neg, "Frelimo", "second position in the lead: the opposition blames ruling-party hardliners"))
# "Cistac, 53, a French-born law professor ..." = narration, no row.
U(d, "\u201cWhoever fired those shots was aiming at the freedom", "presidential spokesman António Gaspar told reporters.",
  ("Mozambique", C, neg, "", "spokesman for the presidency; judgement of the attack without a stock word; culprit unnamed"))
U(d, "Gaspar said President Filipe Nyusi had halted a cabinet meeting", "put its best investigators on the case.",
  ("Mozambique", N, neu, "", "order to investigate = procedure, no judgement"))
U(d, "Interior Minister Jaime Monteiro said a special team", "was being traced.",
  ("Mozambique", N, neu, "", "facts of the investigation"))
# "According to witnesses, four men ..." = unnamed witnesses, no actor, no row.
U(d, "The attorney-general's office said Cistac had lodged a complaint", "part of the murder inquiry.",
  ("Mozambique", N, neu, "", "state prosecution gives facts and procedure"))
# "Cistac had angered the ruling Frelimo party ..." = background narration, no row.
U(d, "Dhlakama, speaking on television late on Tuesday, said the killing bore", "in the courts of public opinion.",
  ("Renamo", C, neg, "Frelimo", "accusation of people inside Frelimo"))
U(d, "\u201cThey have silenced a teacher because they had no answer", "the Renamo leader said.",
  ("Renamo", C, neg, "Frelimo", "quote continued, same speaker; judgement + defiance ('They' = the Frelimo people of the previous sentence)"))
U(d, "He told supporters to mourn peacefully", "take to the streets in anger.",
  ("Renamo", T, neu, "", "appeal for calm addressed to his own supporters, no judgement"))
U(d, "Renamo spokesman António Muchanga said Cistac had never advised", "on Renamo's payroll.",
  ("Renamo", N, neg, "", "denial of a link = neutral, negative"))
# "Frelimo rejected the accusations outright." = summary line before the specific statement, no row.
U(d, "Party spokesman Damião José said Frelimo had no link", "without a shred of evidence.",
  ("Frelimo", N, neg, "", "denial; 'without a shred of evidence' rebuts rather than judges (unsure: could be condemning Renamo)"))
U(d, "\u201cIt is shameful that some politicians are dancing", "José said.",
  ("Frelimo", C, neg, "", "judgement ('shameful') aimed at 'some politicians' (implicitly Renamo, not named) -> target empty"))
U(d, "Daviz Simango, leader of the Democratic Movement of Mozambique", "rather than to the police.",
  ("Democratic Movement of Mozambique", T, neu, "", "demand for an independent inquiry, no judgement = calling_for_talks (as demands for inquiries in earlier batches)"))
# "France, where Cistac was born, reacted within hours." = summary line, no row.
U(d, "\u201cFrance condemns this murder with the greatest firmness", "Romain Nadal said in Paris.",
  ("France", C, neg, "", "condemnation + demand for justice (rule 1); killers unknown -> target empty"))
U(d, "The French embassy in Maputo said it had offered", "in daily contact with the family.",
  ("France", S, pos, "Mozambique", "offer of forensic help = backing by act"))
U(d, "The United States embassy said it was appalled", "transparent investigation.",
  ("United States", C, neg, "", "judgement ('brazen killing') + appeal: rule 1; culprit unknown"))
U(d, "The European Union delegation said it was deeply troubled", "that had preceded it.",
  ("European Union", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "In Lisbon, Portuguese Foreign Minister Rui Machete said he hoped", "best guarantee of peace.",
  ("Portugal", T, pos, "", "hope that dialogue continues = calling_for_talks"))
U(d, "The United Nations resident coordinator, Jennifer Topping, appealed", "do their work.",
  ("United Nations", T, neu, "", "appeal for restraint to all leaders"))
U(d, "In Pretoria, the Department of International Relations and Cooperation said", "Maputo asked for.",
  ("South Africa", S, pos, "Mozambique", "solidarity + offer of assistance"))
U(d, "Renamo welcomed the foreign statements but said", "that had targeted Cistac.",
  ("Renamo", C, neg, "Frelimo", "welcome + judgement of the Frelimo government: the judgement decides"))
# "Eduardo Mondlane University ... suspended classes at its law faculty." = act of mourning, narration, no row.
U(d, "Rector Orlando Quilambo said in a message to staff", "without fear.",
  ("Eduardo Mondlane University", C, neg, "", "the rector speaks for the university; the killing judged as a blow to academic freedom, culprit unknown"))
U(d, "The Mozambican Bar Association said its members would wear black armbands", "on Saturday.",
  ("Mozambican Bar Association", N, neg, "", "mourning acts and a call to march; no judgement, no diplomatic appeal (unsure: a protest march could be read as condemning)"))
U(d, "The media rights group MISA Mozambique said the murder sent", "those in power.",
  ("MISA Mozambique", C, neg, "", "judgement: the murder as intimidation of critics; no named culprit"))
# "The parliament is due to debate ..." = background narration, no row.
U(d, "Helena Mabunda, a political scientist at the Centre for Governance Studies", "reached parliament.",
  ("Helena Mabunda", N, neg, "", "invented analyst; forecast, no position"))
U(d, "\u201cIf the police do not produce suspects quickly", "Mabunda said.",
  ("Helena Mabunda", N, neg, "", "risk scenario, no appeal"))
U(d, "She said Nyusi and Dhlakama should meet again", "inside parliament.",
  ("Helena Mabunda", T, neu, "", "'She' = the analyst; appeal for a meeting of the two leaders"))
