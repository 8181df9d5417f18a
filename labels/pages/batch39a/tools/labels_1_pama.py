# page 1: Burkina Faso, ambush near Pama (26 April 2021), international wire copy dated 28 April 2021
d = "page_burkina_pama_journalists2021_wire.txt"
# not statements: headline, bullets, byline, dateline (excluded from the first unit), crossheads, narration
# ("The three, reporter David Beriain...", "No group had claimed...", "Fighters linked to both..."), credits, links, most read.
U(d, "Spain and Ireland said on Wednesday they would press", "who were doing their jobs.",
  ("Spain", C, neg, "", "dateline excluded; 'an attack Madrid described as the murder' = explicit judgement; gunmen unidentified -> target empty"),
  ("Ireland", T, neg, "Burkina Faso", "joint subject: Ireland's part is the demand that Burkina find and punish the gunmen, with no judgement word of its own ('murder' is Madrid's) = demand for accountability (unsure: could be condemning)"))
U(d, "\"They were taken alive and executed afterwards.", "not authorised to brief the media.",
  ("Burkina Faso", N, neg, "", "unnamed official of a named government speaks for it; account of what happened, no evaluation beyond the facts; two-sentence quote closed by its speaker"))
U(d, "Government spokesman Ousseni Tamboura said one Burkinabe soldier", "two of them seriously.",
  ("Burkina Faso", N, neu, "", "figures given by the government spokesman"))
U(d, "He said the army and the forestry service had begun a sweep", "a quantity of weapons.",
  ("Burkina Faso", C, neg, "", "'He' = Tamboura; announced operation to track down the attackers = condemning (guide); attackers unidentified -> target empty"))
U(d, "\"This was a cowardly act against people", "Tamboura said.",
  ("Burkina Faso", C, neg, "", "'cowardly act' + threat ('will not escape us'); surname only"))
U(d, "Defence Minister Cheriff Sy visited the wounded", "his ministry said.",
  ("Burkina Faso", N, neu, "", "defence minister's visit reported by his ministry = own act, no evaluation"))
U(d, "In Madrid, Prime Minister Pedro Sanchez confirmed the deaths", "what happens there\".",
  ("Spain", S, pos, "", "confirmation + tribute to reporters (praise); the reporters are not an actor -> target empty (unsure: neutral, positive)"))
U(d, "Foreign Minister Arancha Gonzalez Laya told reporters the government had been in contact", "so quickly.",
  ("Spain", S, pos, "Burkina Faso", "thanks to the Burkinabe authorities = approval of their act"))
U(d, "\"We want to know what happened, hour by hour,", "to bring the bodies home.",
  ("Spain", T, neg, "", "demand for a full account and accountability, no judgement word in the sentence; plane = plan (unsure: 'answer for it' could be read as condemning)"))
U(d, "Irish Foreign Minister Simon Coveney said nothing could justify", "in Ireland and abroad.",
  ("Ireland", C, neg, "", "'nothing could justify the killing' = judgement of the act; perpetrators unidentified -> target empty"))
U(d, "Taoiseach Micheal Martin said Dublin would work with Madrid and Ouagadougou", "had been overrun.",
  ("Ireland", N, neu, "", "Dublin = Ireland; plan to establish the facts jointly with two states, no evaluation (unsure: cooperation could be read as supporting)"))
U(d, "Chengeta Wildlife said Young had trained ranger units", "the teams he had built.",
  ("Chengeta Wildlife", S, pos, "Burkina Faso", "commitment to keep backing the Burkinabe ranger units = supporting by act (unsure: target could be left empty)"))
U(d, "Movistar Plus+, the Spanish pay-TV channel", "what to do with the footage.",
  ("Movistar Plus+", N, neg, "", "company: grief + a procedural plan, no judgement or appeal"))
U(d, "The European Union's foreign policy chief, Josep Borrell, said the bloc stood with", "the region's wildlife.",
  ("European Union", S, pos, "", "solidarity with three states + backing = supporting; several addressees -> target empty"))
U(d, "Reporters Without Borders said the killings confirmed", "make their findings public.",
  ("Reporters Without Borders", T, neg, "Burkina Faso", "assessment of the danger + appeal to investigate and publish, no judgement of an actor = calling_for_talks (labels: calls for investigation)"))
U(d, "The International Federation of Journalists condemned what it called a slaughter", "far more seriously.",
  ("International Federation of Journalists", C, neg, "", "condemnation ('slaughter'); the attackers are unidentified -> target empty"))
U(d, "Burkina's President Roch Marc Christian Kabore sent messages of condolence", "the grief of both nations.",
  ("Burkina Faso", S, neg, "", "condolences to two governments = solidarity (supporting); two addressees -> target empty"))
U(d, "Rasmata Ilboudo-Sanou, who studies armed groups", "gold panners and hunters alike.",
  ("Rasmata Ilboudo-Sanou", N, neg, "", "invented analyst; description of the militants' hold on the east, no judgement of an actor or appeal"))
U(d, "\"Sending a ranger unit and a few dozen soldiers", "she said.",
  ("Rasmata Ilboudo-Sanou", C, neg, "Burkina Faso", "blame for sending an under-protected patrol = judgement without stock words; the patrol was the Burkinabe state's"))
U(d, "\"The army has known for two years", "control those reserves.\"",
  ("Rasmata Ilboudo-Sanou", C, neg, "Burkina Faso", "continuation of her quote after 'she said'; the army knew and did nothing = judgement; army = Burkina Faso"))
