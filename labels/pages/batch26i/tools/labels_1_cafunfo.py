# ------------------------------------------------------------------ Cafunfo killings, Lunda Norte, Angola (international wire copy, 2021-02-05)
d = "page_angola_cafunfo_killings2021_wire.txt"
# Not statements: menu, time stamp, UPDATE headline, byline, read time, the four bullets, crossheads, ADVERTISEMENT, reporting credits, Our Standards, Related Coverage, tags, Most Read, copyright.
U(d, "Angola's main opposition party on Friday demanded an independent inquiry", "had shamed the country.",
  ("UNITA", C, neg, "Angola", "dateline excluded; lede carrying a position: inquiry demand + 'silence had shamed the country' = judgement (rule 1); reported clause, only UNITA's position"))
# "Security forces opened fire in Cafunfo ..." and "Accounts of what followed differ sharply." = narration, no row.
U(d, "The national police say officers acted in self-defence", "raise the movement's flag.",
  ("Angola", C, neg, "Lunda Tchokwe Protectorate Movement", "the police speak for the state; accusation made by describing the other side's armed assault = condemning"))
U(d, "\"What happened in Cafunfo was not a protest", "by the state news agency ANGOP.",
  ("Angola", C, neg, "Lunda Tchokwe Protectorate Movement", "passive attribution ('was quoted as saying by the state news agency'); ANGOP is not an actor; calls the march an armed attempt = judgement"))
U(d, "The police put the death toll at six", "had been wounded.",
  ("Angola", N, neu, "", "figures given by an actor, no evaluation"))
U(d, "UNITA leader Adalberto Costa Júnior told a news conference", "kicking wounded people on the ground.",
  ("UNITA", C, neg, "Angola", "party leader introduced by role; 'did not survive contact with the videos' = judgement without stock words"))
U(d, "\"A government that shoots its own people", "on the road to the town.",
  ("UNITA", C, neg, "Angola", "quote closed by 'he said, adding ...'; accusation of killing and concealment"))
U(d, "Costa Júnior said UNITA would table a motion", "did not depend on the police or the army.",
  ("UNITA", T, neu, "Angola", "surname only; parliamentary motion + appeal for an independent investigation, no judgement in this sentence = calling_for_talks (the batches' convention for inquiry appeals)"))
# "Residents reached by telephone described ..." = unnamed residents, no row.
U(d, "\"I counted the dead with my own eyes", "carry the wounded to the clinic.",
  ("Faustino Muacassa", C, neg, "Angola", "invented witness (a deacon) under his own name; 'none of them was holding a gun' = accusation that the forces killed unarmed people"))
U(d, "Muacassa said families were still searching", "bury their dead in peace.",
  ("Faustino Muacassa", T, neg, "Angola", "surname only; hope that troops are pulled back = calling_for_talks (hope for calm); the search is narration inside his clause"))
U(d, "The movement itself has published a list of 16 members", "23 people had died and 10 were missing.",
  ("Lunda Tchokwe Protectorate Movement", N, neg, "", "'the movement' = by context; a list of its dead = figures, no judgement"),
  ("UNITA", N, neu, "", "deputies of a list of parties give a toll: one row per party; figures only"),
  ("CASA-CE", N, neu, "", "same list; figures only"),
  ("Social Renewal Party", N, neu, "", "the Angolan PRS (not Guinea-Bissau's Party for Social Renewal), new actor; figures only"))
U(d, "Interior Minister Eugénio Laborinho, speaking to reporters", "no \"innocent demonstrators\" in Cafunfo.",
  ("Angola", C, neg, "Lunda Tchokwe Protectorate Movement", "rejects the word massacre (a denial alone would be neutral) but also judges the marchers as not innocent = judgement (rule 1)"))
U(d, "According to a transcript released by his ministry, Laborinho warned", "wherever they were hiding.",
  ("Angola", C, neg, "Lunda Tchokwe Protectorate Movement", "second-hand attribution ('according to a transcript'); threat of the state's force and a manhunt = condemning"))
U(d, "The ruling MPLA's political bureau struck a similar note", "\"playing with fire in a sensitive region\".",
  ("MPLA", C, neg, "", "ruling party as its own actor (parties.csv); judgement of opposition leaders ('rushed', 'playing with fire'); several parties -> target empty"))
U(d, "The movement's president, José Mateus Zecamutchima, denied", "near the police station.",
  ("Lunda Tchokwe Protectorate Movement", N, neg, "", "denial = neutral, negative tone"))
U(d, "\"We announced a peaceful march weeks ago", "by telephone from Luanda.",
  ("Lunda Tchokwe Protectorate Movement", N, neu, "", "own conduct stated as fact, no judgement"))
U(d, "\"The only weapons in Cafunfo that morning", "in the hands of the police.\"",
  ("Lunda Tchokwe Protectorate Movement", C, neg, "Angola", "speaker carried across a paragraph break (Zecamutchima); accusation against the police"))
U(d, "Amnesty International said security forces had killed at least ten people", "in the surrounding villages.",
  ("Amnesty International", C, neg, "Angola", "accusation made by describing killings and a manhunt = condemning"))
U(d, "The group's deputy director for southern Africa, Muleya Mwananyanda", "as enemies of the state.",
  ("Amnesty International", C, neg, "Angola", "'the group' = Amnesty; judgement without stock words"))
U(d, "Human Rights Watch called on the government to allow journalists", "pending an investigation.",
  ("Human Rights Watch", T, neg, "Angola", "access + suspension pending an investigation, no judgement word = calling_for_talks (unsure: the suspension demand leans towards blame)"))
U(d, "Angola's Catholic bishops, in a message read at Mass", "shared their mourning.",
  ("Episcopal Conference of Angola and São Tomé", S, neg, "", "condolences to the bereaved = solidarity (supporting), grief = negative; no canonical target (the families)"))
U(d, "The bishops' conference said its charity arm had sent food", "at the parish in Cafunfo.",
  ("Episcopal Conference of Angola and São Tomé", S, neu, "", "aid by act = supporting; informational tone"))
U(d, "The United Nations resident coordinator's office in Luanda said", "the investigations under way.",
  ("United Nations", N, neu, "", "monitoring and awaiting results, no concern word and no appeal = neutral, procedural"))
U(d, "In Lisbon, Foreign Minister Augusto Santos Silva told reporters", "\"the sovereign institutions of Angola\".",
  ("Portugal", T, neg, "", "minister named by role, state given by the sentence ('Portugal was concerned'); concern + hope that calm returns = calling_for_talks; no target"))
U(d, "The European Union's delegation in Luanda said it welcomed", "its findings were made public.",
  ("European Union", T, neu, "Angola", "welcome joined to an appeal for an independent inquiry, no judgement: the appeal decides (rule 2 before rule 3)"))
U(d, "Justice and Human Rights Minister Francisco Queiroz said on Thursday", "would answer for it.",
  ("Angola", N, neu, "", "procedure and plans of the state's own prosecutors, no judgement"))
# "Lourenço ... has not spoken publicly ... His office did not reply" = non-answer, no row. Background on Lunda Norte, no row.
U(d, "Domingos Catete, a researcher at the Centre for Angolan Policy Studies", "into a popular one.",
  ("Domingos Catete", C, neg, "Angola", "invented analyst by role; judgement of the government's approach without stock words"))
U(d, "\"If Luanda wants to close this chapter", "Catete said.",
  ("Domingos Catete", T, neu, "Angola", "appeal to sit down with traditional authorities = calling_for_talks; Luanda = metonym for the government"))
