# ------------------------------------------------------------------ Angola's Operation Transparency and the departures of Congolese (radio interview, 2018-10-19)
d = "page_angola_congolese_expulsions2018_radiointerview.txt"
# Not statements: station name, menu, breadcrumb, headline (a returnee's words), broadcast details, transcript note,
# the host's introduction and questions as such, greetings and thanks, [END OF TRANSCRIPT], listen-again line,
# "More from" list, share line, copyright.
# Host intro "In the past three weeks, some two hundred thousand people ..." = narration ('what Luanda calls' names the operation), no row.
# Returnee: "They came to the camp at night in red berets." and "I walked four days with my children." = narration, no row.
U(d, "They took the money I had saved for two years", "would be shot.",
  ("Mbuyi Tshibola-Kanku", C, neg, "Angola", "invented witness; robbery, burning and death threats by the forces the host's intro names (Angolan police) = accusation by describing abuses"))
U(d, "Your government has protested formally to Angola.", "formally to Angola.",
  ("Democratic Republic of the Congo", C, neg, "Angola", "host's line reporting the DRC's act (a formal protest) = the DRC's statement; the question that follows is no one's"))
U(d, "We sent the Angolan government a note of protest", "like animals.",
  ("Democratic Republic of the Congo", C, neg, "Angola", "protest note + judgement ('hunted ... like animals')"))
U(d, "Nobody disputes that a state may deport people", "without papers.",
  ("Democratic Republic of the Congo", N, neu, "", "concession of a state's right to deport; no evaluation"))
U(d, "What it has no right to do is to beat them", "to receive them.",
  ("Democratic Republic of the Congo", C, neg, "Angola", "accusation of beating and robbery = condemning"))
U(d, "We want an investigation into the deaths and the abuses", "to be identified.",
  ("Democratic Republic of the Congo", T, neg, "Angola", "demand for an inquiry, no judgement word = calling_for_talks (labels' convention for inquiries)"))
U(d, "Angola's ambassador in Kinshasa, José João Manuel, insisted on Thursday", "of their own free will.",
  ("Angola", N, neg, "", "host reports the ambassador's denial = Angola's statement; denial = neutral"))
U(d, "With respect to the ambassador, that is not what the people arriving", "are telling us.",
  ("Democratic Republic of the Congo", N, neg, "", "rebuttal of a claim without an explicit judgement = neutral"))
U(d, "When people leave voluntarily, they do not leave their shoes behind.", "their shoes behind.",
  ("Democratic Republic of the Congo", C, neg, "Angola", "ironic judgement without a stock word: the departures were forced (unsure: could be read as part of the rebuttal)"))
U(d, "More than two hundred thousand have crossed into Kasai and Kwango", "expelled by force.",
  ("Democratic Republic of the Congo", N, neu, "", "figures"))
U(d, "Our services have recorded deaths, but I will not give a figure", "it is confirmed.",
  ("Democratic Republic of the Congo", N, neg, "", "facts + procedure"))
U(d, "Angola is a neighbour and a friend, and we intend to keep it that way.", "keep it that way.",
  ("Democratic Republic of the Congo", S, pos, "Angola", "friendship affirmed = approval of a neighbour (unsure: could be calling_for_talks as a will to keep good relations)"))
U(d, "We have proposed that a joint commission of the two governments meet", "should be organised.",
  ("Democratic Republic of the Congo", T, neu, "Angola", "offer of a joint commission = talks"))
U(d, "If Luanda does not answer us, we will take this matter", "and to SADC.",
  ("Democratic Republic of the Congo", C, neg, "Angola", "speaker carried across a paragraph break (second MATEMBO turn); threat of a response = condemning"))
U(d, "Angola's Minister of State Pedro Sebastião, who is in charge of the operation", "of illegal miners.",
  ("Angola", N, neu, "", "host reports a minister's plan = Angola's statement; law enforcement against unnamed miners, no judgement of an actor"))
U(d, "That is their decision to take.", "their decision to take.",
  ("Democratic Republic of the Congo", N, neu, "", "acceptance, no evaluation"))
U(d, "We only ask that it be carried out with the dignity", "countries require.",
  ("Democratic Republic of the Congo", T, neu, "Angola", "appeal, no judgement"))
U(d, "I want to thank the UN refugee agency, the International Organization for Migration and the Church", "before many others.",
  ("Democratic Republic of the Congo", S, pos, "", "gratitude to several bodies -> target empty"))
U(d, "The government has opened reception sites", "Kinshasa and Tshikapa.",
  ("Democratic Republic of the Congo", N, neu, "", "own measures reported"))
U(d, "I saw families sleeping on the roadside outside Kamako", "in the rainy season.",
  ("Nathalie Mwamba-Kisimba", N, neg, "", "invented researcher; eyewitness account of conditions, no judgement"))
U(d, "The numbers are far beyond what the sites can hold.", "the sites can hold.",
  ("Nathalie Mwamba-Kisimba", N, neg, "", "assessment, no appeal"))
U(d, "Luanda says the operation is about diamond smuggling", "as such.",
  ("Angola", N, neu, "", "host reports Angola's justification (Luanda = metonym); denial that Congolese are targeted as such"))
U(d, "The smuggling is real, and the big networks behind it", "as much as Congolese.",
  ("Nathalie Mwamba-Kisimba", N, neu, "", "assessment"))
U(d, "But the operation went after the poorest people in the chain", "can justify.",
  ("Nathalie Mwamba-Kisimba", C, neg, "Angola", "judgement of the operation's violence"))
U(d, "I would also say that Kinshasa was caught sleeping.", "was caught sleeping.",
  ("Nathalie Mwamba-Kisimba", C, neg, "Democratic Republic of the Congo", "judgement of her own government's unpreparedness (second MWAMBA-KISIMBA turn)"))
U(d, "Warnings came from the Lundas for weeks", "this side of the border.",
  ("Nathalie Mwamba-Kisimba", C, neg, "Democratic Republic of the Congo", "continues the criticism: 'nobody prepared anything'"))
U(d, "SADC should bring the two governments to the same table now", "can live with.",
  ("Nathalie Mwamba-Kisimba", T, neu, "SADC", "appeal for mediation addressed to SADC"))
U(d, "Before we go, the UN human rights office in Geneva said on Tuesday", "respected due process.",
  ("United Nations", T, neu, "Angola", "host relays the UN rights office: seeking information + appeal for due process, no judgement"))
U(d, "And the Angolan interior ministry has said it will open an inquiry", "by its officers.",
  ("Angola", N, neu, "", "own procedure announced"))
