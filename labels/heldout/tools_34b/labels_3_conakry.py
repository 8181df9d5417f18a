# ------------------------------------------------------------------ Conakry stadium massacre, one month on (West African news site, scraped .txt, 2009-10-30)
d = "page_conakry_stadium_westafricasite.txt"
# No rows: masthead, tagline, date line, menu, BREAKING ticker, section, headline, standfirst, byline, published line,
# share bar, captions with credits and "1 of 4", ADVERTISEMENT, crossheads in capitals, Related:, tags, WhatsApp prompt,
# comments, TRENDING, footer.
U(d, "The African Union's Peace and Security Council, meeting at heads-of-state level", "main stadium.",
  ("African Union", C, neg, "Guinea", "long lead: sanctions decided (measure = condemning) with the massacre as narration; the junta = Guinea; dateline excluded"))
U(d, "Ramtane Lamamra, the AU's commissioner for peace and security", "act together.",
  ("African Union", C, neg, "Guinea", "sanctions kept until the soldiers yield = measure; Lamamra speaks for the AU here (in the name files he is a later UN envoy, so the page's role decides); the UN and EU are objects"))
U(d, "Jean Ping, who chairs the AU Commission, said", "open to the junta.",
  ("African Union", T, neu, "Guinea", "Ping as AU Commission chair = AU (not the Gabonese opposition actor 'Jean Ping' of the name files); door to talks open = calling_for_talks"))
U(d, "In Conakry, the junta's communication minister, Idrissa Chérif", "finished its work.",
  ("Guinea", C, neg, "African Union", "junta minister = Guinea; 'regrettable' aimed at the AU's act = judgement (guide); Conakry = place"))
U(d, "He insisted that Guinea would hold the presidential election on 31 January as planned.", "He insisted that Guinea would hold the presidential election on 31 January as planned.",
  ("Guinea", N, neu, "", "'He' = Chérif; own plan = neutral"))
# No row: the 28 September narration ("Tens of thousands ...", "Witnesses say ..." = unnamed witnesses)
U(d, "The junta has put the death toll at 57", "crowd stampeded.",
  ("Guinea", N, neg, "", "'The junta' = Guinea; figures + an account that shifts the blame away from the troops (denial-like, negative tone)"))
U(d, "The Guinean Organisation for the Defence of Human Rights (OGDH) counted", "sexually assaulted in public.",
  ("Guinean Organisation for the Defence of Human Rights", N, neu, "", "named rights group as its own actor; figures + the assaults reported as facts (neutral, neutral tone per the guide; no perpetrator named in the sentence)"))
U(d, "Camara has repeatedly said that he was not at the stadium", "any order he had given.",
  ("Guinea", N, neg, "", "junta leader = Guinea; denial of responsibility = neutral, negative"))
U(d, "He has also blamed opposition leaders for going ahead with a gathering", "putting the crowd in danger.",
  ("Guinea", C, neg, "Forum des Forces Vives", "'He' = Camara; blame of the rally's organisers (the Forces Vives, named below)"))
U(d, "Earlier this month he installed a 31-member national commission of inquiry", "government of national unity.",
  ("Guinea", T, pos, "", "offer of a unity government to the parties = offering talks (calling_for_talks) + own inquiry; several parties -> target empty"))
U(d, "The Forum des Forces Vives, the alliance of parties, unions and civic groups", "ruling council be dissolved.",
  ("Forum des Forces Vives", C, neg, "Guinea", "refuses talks with the junta in protest, grievance stated = condemning (labels README)"))
U(d, "Cellou Dalein Diallo, the former prime minister who leads the UFDG", "by telephone from Dakar.",
  ("Union of Democratic Forces of Guinea", S, pos, "African Union", "party leader = UFDG (name files); welcome of the AU decision = supporting; Dakar = place"))
U(d, "\"Sanctions are good, but they will mean nothing", "Diallo said.",
  ("Union of Democratic Forces of Guinea", C, neg, "Guinea", "multi-sentence quote closed by the speaker; 'the men who gave the orders' + 'appointed by the accused' = judgement of the junta"))
# No row: "The AU decision completes a month in which Guinea's neighbours ... to measures." (summary line)
U(d, "Meeting in Abuja on 17 October, leaders of the Economic Community of West African States", "arms embargo on Guinea.",
  ("ECOWAS", C, neg, "Guinea", "judgement ('grave crimes') + arms embargo; Abuja = place (not Nigeria)"))
U(d, "Nigeria's President Umaru Yar'Adua, speaking as chairman of the bloc", "make the embargo bite.",
  ("ECOWAS", C, neg, "Guinea", "a head of state speaking as chair of the body = ECOWAS, not Nigeria (guide); enforcing the embargo = measure"))
U(d, "The summit also warned that further sanctions would follow", "January election.",
  ("ECOWAS", C, neg, "Guinea", "'The summit' = ECOWAS; conditional threat of sanctions"))
U(d, "Blaise Compaoré of Burkina Faso, named by ECOWAS on 2 October to mediate", "before the end of November.",
  ("ECOWAS", T, pos, "", "the ECOWAS mediator speaks for the body (not Burkina Faso, unsure); hope to bring both camps to talks; both sides -> target empty"))
U(d, "European Union foreign ministers on Tuesday approved an arms embargo", "responsible for the violence.",
  ("European Union", C, neg, "Guinea", "sanctions approved = measure"))
U(d, "Karel De Gucht, the EU's development commissioner, had said earlier", "crimes against humanity.",
  ("European Union", C, neg, "Guinea", "commissioner = EU; demand that the junta leader face trial for crimes against humanity = judgement"))
U(d, "France, the former colonial power, suspended its military cooperation with Conakry", "the day after the killings.",
  ("France", C, neg, "Guinea", "measure taken against another side; Conakry = metonym for the Guinean government"))
U(d, "Bernard Kouchner, the French foreign minister, said a few days later", "protect Guinea's civilians.",
  ("France", C, neg, "Guinea", "refusing to work with the junta leader + call for an international force (rule 1: the refusal in protest decides); Paris = metonym"))
U(d, "On 16 October the French foreign ministry advised its roughly 2,500 nationals", "leave the country temporarily.",
  ("France", N, neg, "", "own precautionary measure for its citizens, no judgement = neutral"))
U(d, "Camara retorted on state television that Guinea had not been a French colony", "choose its leaders.",
  ("Guinea", C, neg, "France", "rebuke of France; Paris = metonym inside his sentence; state television is a channel, not an actor"))
U(d, "The US State Department said last week that it had barred some junta members", "travelling to the United States.",
  ("United States", C, neg, "Guinea", "visa ban = sanction (measure)"))
U(d, "Johnnie Carson, the assistant secretary of state for African affairs", "civilian transition.",
  ("United States", T, neg, "Guinea", "demand addressed to one side with no judgement word = calling_for_talks, negative (labels README); Washington = metonym"))
U(d, "UN Secretary-General Ban Ki-moon announced on Friday the members", "who was responsible.",
  ("United Nations", N, neu, "", "setting up an inquiry = procedure reported as done (neutral; unsure: could be read as calling_for_talks like a demand for an investigation)"))
U(d, "The day after the killings, Ban condemned the way troops had turned their weapons", "maximum restraint.",
  ("United Nations", C, neg, "Guinea", "condemnation + restraint appeal (rule 1)"))
U(d, "The office of the prosecutor of the International Criminal Court said on 14 October", "events in Conakry.",
  ("International Criminal Court", N, neu, "", "procedure (preliminary examination) = neutral"))
U(d, "Human Rights Watch, whose researchers have interviewed dozens of survivors", "soldiers losing control.",
  ("Human Rights Watch", C, neg, "Guinea", "'a planned operation' = accusation against the security forces (Guinea)"))
U(d, "The International Committee of the Red Cross said it had delivered surgical kits", "trace missing relatives.",
  ("ICRC", S, neu, "", "aid delivered = supporting; no party targeted -> target empty"))
U(d, "In the middle of the storm, Guinea's mines minister, Mahmoud Thiam, announced", "ride out sanctions.",
  ("Guinea", N, pos, "", "announced investment deal = facts/plans; the opponents' criticism inside the sentence is unnamed (no row)"))
U(d, "The minister dismissed the criticism as politics.", "The minister dismissed the criticism as politics.",
  ("Guinea", N, neg, "", "'The minister' = Thiam; rebuttal = denial (neutral, negative)"))
# No row: the unnamed student from Ratoma and the Dakar-based analyst (not actors); comments.
