# ------------------------------------------------------------------ Conakry prison raid frees Dadis Camara (wire copy, 2023-11-05)
d = "page_conakry_jailbreak2023_wire.txt"
# Not statements: menu, section, headline, byline, read time, time stamp, four bullets, photo caption, ADVERTISEMENT,
# crossheads, Related, reporting credits, Our Standards, tags, most read, copyright.
U(d, "Guinea's military government said on Sunday that its forces were closing in", "stormed the capital's central prison.",
  ("Guinea", N, neu, "", "lead: the government's account of the manhunt; a fact/plan, no judgement"))
# "Former junta leader Moussa Dadis Camara, who was taken ..." = narration, no row.
U(d, "At least nine people were killed in the gunfight", "late on Saturday.",
  ("Guinea", N, neu, "", "toll given by the government statement = figures by an actor"))
U(d, "\"The people behind this operation wanted to drag our country", "until Pivi was found.",
  ("Guinea", C, neg, "", "judgement on the (unidentified) attackers + border closure; target empty (no canonical culprit)"))
U(d, "Justice Minister Alphonse Charles Wright said prosecutors had opened", "weapons of war.",
  ("Guinea", N, neu, "", "procedure: an investigation opened, no judgement word"))
U(d, "\"No one who opened a door, lent a vehicle", "outside his ministry.",
  ("Guinea", C, neg, "", "threat of prosecution against accomplices = threatened response; target empty"))
U(d, "The army general staff said in a separate communique", "seized power in September 2021.",
  ("Guinea", C, neg, "", "the army speaks for its state; accusation against 'enemies of the transition' (no canonical target)"))
U(d, "Authorities later said three unit commanders", "pending the inquiry.",
  ("Guinea", N, neu, "", "internal measure reported by the authorities, not aimed at another side"))
U(d, "Camara's lawyer, Jocamey Haba, said his client had not tried to flee", "by force.",
  ("Jocamey Haba", N, neg, "", "defence lawyer (independent person): denial that his client fled"))
U(d, "\"Captain Dadis Camara has sat through every hearing", "Haba said.",
  ("Jocamey Haba", N, neu, "", "argument supporting the denial, no judgement of an actor"))
U(d, "Another defence lawyer, Pepe Antoine Lamah, said the former leader", "as soon as he could.",
  ("Pepe Antoine Lamah", N, neu, "", "facts given by a lawyer"))
# "The trial, which opened in September 2022 ..." and "At least 156 people were killed ..." = background, no source, no row.
U(d, "The Economic Community of West African States (ECOWAS) condemned", "continuation of the trial.",
  ("ECOWAS", C, neg, "", "condemnation + appeal: rule 1; target = the unidentified attackers, empty"))
U(d, "The bloc, which suspended Guinea after the 2021 coup, said its mediator", "with the authorities.",
  ("ECOWAS", T, neu, "Guinea", "'the bloc'; mediator sent to discuss = mediation/meeting"))
U(d, "African Union Commission Chairperson Moussa Faki Mahamat said he had learned", "with the Guinean people.",
  ("African Union", S, pos, "Guinea", "dismay + solidarity with the victims and the Guinean people"))
U(d, "Faki urged all Guinean actors to show restraint", "run its course.",
  ("African Union", T, neu, "", "surname only; appeal for restraint addressed to all Guinean actors; praise of the trial is secondary"))
U(d, "In New York, U.N. Secretary-General Antonio Guterres \"strongly condemns\"", "said in a statement.",
  ("United Nations", C, neg, "", "condemnation via the spokesman, attribution tail"))
U(d, "Dujarric said the world body stood ready to keep supporting", "since it opened.",
  ("United Nations", S, pos, "Guinea", "offer of continued support to Guinea's justice system"))
U(d, "U.N. human rights chief Volker Turk said in Geneva", "men with guns.\"",
  ("United Nations", C, neg, "", "judgement on the attackers ('men with guns'); target empty"))
U(d, "The U.S. Embassy in Conakry said it condemned the violence", "resume without delay.",
  ("United States", C, neg, "", "condemnation + appeal to the authorities: rule 1"))
U(d, "France, the former colonial power, said it was following the situation", "for the victims and for Guinea.",
  ("France", S, pos, "Guinea", "watching (neutral) + reiterated support for the trial = supporting"))
U(d, "The European Union delegation in Guinea said in a statement that any attempt", "was unacceptable.",
  ("European Union", C, neg, "", "'unacceptable' aimed at the obstruction; no named culprit"))
U(d, "Sierra Leone's information ministry said its security forces were on alert", "find the fugitive.",
  ("Sierra Leone", S, neu, "Guinea", "cooperation offered to Guinea = backing by act"))
U(d, "Asmaou Diallo, president of the victims' association AVIPA, said survivors", "for good.",
  ("AVIPA", N, neg, "", "victims' association: fear, no judgement, no appeal"))
U(d, "\"We demand that the court sit again on Monday as planned", "she said.",
  ("AVIPA", T, neg, "Guinea", "demand addressed to the authorities, no judgement word (unsure: not a peace appeal as such)"))
U(d, "Human Rights Watch said the escape exposed grave failings", "reached the cells.",
  ("Human Rights Watch", C, neg, "Guinea", "'grave failings' = judgement on the authorities + appeal: rule 1"))
U(d, "The International Criminal Court's prosecutor, Karim Khan,", "secure the proceedings.",
  ("International Criminal Court", N, neu, "", "contact and monitoring, no evaluation, no appeal"))
U(d, "The opposition coalition Forces Vives de Guinée accused the junta", "inside the army.",
  ("Forces Vives de Guinée", C, neg, "Guinea", "accusation of negligence and insinuated complicity; the junta = Guinea"))
# "Doumbouya did not speak publicly on Saturday." = non-answer, no row.
U(d, "On Sunday, Prime Minister Bernard Goumou told state broadcaster RTG", "go about their business calmly.",
  ("Guinea", T, neu, "", "grief + procedure + appeal for calm; the appeal decides (rule 2)"))
# "Pivi, nicknamed ..." = background; "His son is suspected ..., a judicial source said." = unnamed source, no row.
# The Kaloum shopkeeper is not an actor (unnamed), no row.
