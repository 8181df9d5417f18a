# ------------------------------------------------------------------ Ayotzinapa / Iguala disappearances: UN human rights office briefing note and reactions (.txt, 2014-10-24)
d = "page_ayotzinapa_ohchrnote2014_un.txt"
# Not statements: site banner, menu, breadcrumb, headline, time stamps, the note's header lines (spokesperson, location, subject),
# "Questions from journalists", audio/PDF links, rules, REACTIONS heading, Related notes, tags, follow prompt, disclaimer/copyright.
U(d, "We are deeply concerned that 43 students", "on the night of 26 September.",
  ("United Nations", N, neg, "", "OHCHR note (spokesperson = United Nations); concern with no appeal in the sentence = neutral, negative"))
U(d, "According to the information we have received, the shootings that night", "and at least 17 wounded.",
  ("United Nations", N, neu, "", "casualty figures from an actor, no blame = neutral"))
U(d, "We recognise the steps taken since the case was moved", "dozens of municipal police officers.",
  ("United Nations", S, pos, "Mexico", "recognition/approval of the federal steps = supporting (welcome)"))
U(d, "However, the fate and whereabouts of the students remain unknown", "keep the families informed at every stage.",
  ("United Nations", T, neg, "Mexico", "appeal to intensify the search (protection of persons), no judgement word"))
U(d, "The discovery of a series of clandestine graves around Iguala", "must also be investigated.",
  ("United Nations", T, neg, "Mexico", "demand for an investigation (labels/README: demands for inquiry = calling_for_talks)"))
U(d, "Enforced disappearance is among the gravest of human rights violations", "must answer for them before the courts.",
  ("United Nations", C, neg, "", "'crimes' + accountability of perpetrators and those who covered up = judgement; perpetrators not one canonical actor -> target empty"))
U(d, "The High Commissioner, Zeid Ra'ad Al Hussein, has offered the support", "to the investigation.",
  ("United Nations", S, pos, "Mexico", "offer of expert assistance = supporting"))
U(d, "Our Office in Mexico has been in contact with the families", "follow the case closely.",
  ("United Nations", N, neu, "", "own activity, monitoring, no appeal"))
U(d, "Asked whether the Office regarded the case as a crime of the State", "for what had happened.",
  ("United Nations", C, neg, "Mexico", "declines to pre-empt the inquiry but holds the State accountable = condemning (unsure: could be read as a legal statement only)"))
U(d, "Mexico's Foreign Ministry said in a statement that the government valued", "every step of the investigation.",
  ("Mexico", S, pos, "United Nations", "values the UN office's engagement = approval/welcome of the UN's action"))
U(d, "President Enrique Peña Nieto, who earlier this month called the Iguala attacks", "whatever their position.",
  ("Mexico", C, neg, "", "'affront' + punishment for all involved = judgement on perpetrators (not one canonical actor) -> target empty"))
U(d, "Attorney General Jesús Murillo Karam said his office had obtained arrest warrants", "ordered the police to stop the students.",
  ("Mexico", C, neg, "", "warrants + accusation against the former mayor and others (persons, not canonical actors) -> target empty"))
U(d, "Murillo Karam said the search would continue at every site", "at the families' request.",
  ("Mexico", N, neu, "", "procedure of the search, no judgement"))
U(d, "Interior Secretary Miguel Ángel Osorio Chong said he had met the students' parents", "open with them.",
  ("Mexico", T, pos, "", "commitment to a permanent dialogue with the families = calling_for_talks (target: families, not an actor)"))
U(d, "Guerrero Governor Ángel Aguirre stepped aside on Thursday", "stand in the way of the search.",
  ("Mexico", N, neu, "", "state governor resolves to Mexico; leaving office with a stated non-protest reason = neutral"))
U(d, "The Party of the Democratic Revolution, to which both Aguirre and Abarca belong", "as its candidate.",
  ("Party of the Democratic Revolution", N, neg, "", "party (new actor) apologises for its own choice = neutral, tone of regret"))
U(d, "The Inter-American Commission on Human Rights, which granted the students precautionary measures", "to find them.",
  ("Organization of American States", T, neu, "Mexico", "IACHR is listed under the OAS in the name files; request for a report on the search = appeal"))
U(d, "In Washington, State Department spokeswoman Jen Psaki said", "if Mexico asked.",
  ("United States", T, neg, "Mexico", "concern + appeal for an investigation + offer of help: appeal decides (rule 2 before rule 3)"))
U(d, "The European Union's delegation in Mexico called the killings", "identified and tried.",
  ("European Union", C, neg, "", "'a grave crime' = judgement; perpetrators unspecified -> target empty"))
U(d, "Amnesty International's Americas director, Erika Guevara Rosas, said", "preferred not to see.",
  ("Amnesty International", C, neg, "Mexico", "charge of collusion and of federal blindness"))
U(d, "Human Rights Watch said Mexican authorities had for years failed", "\"the bill for that neglect.\"",
  ("Human Rights Watch", C, neg, "Mexico", "judgement on years of failure"))
U(d, "Mexico's National Human Rights Commission said it had opened its own inquiry", "accompany the families.",
  ("National Human Rights Commission (Mexico)", N, neu, "", "national human-rights institution (own actor, new); own procedure"))
U(d, "The Tlachinollan human rights centre, which represents several of the families", "in the first days after the attack.",
  ("Tlachinollan Human Rights Centre", C, neg, "Mexico", "NGO (new actor) accuses state prosecutors; state prosecutors resolve to Mexico"))
U(d, "Sofía Landeros, a security researcher at the Centre for Citizen Security Studies", "long before September.",
  ("Sofía Landeros", N, neg, "", "invented researcher; assessment of facts, no judgement on an actor"))
U(d, "\"Iguala is not an accident; it is what happens when the federal government", "Landeros said.",
  ("Sofía Landeros", C, neg, "Mexico", "blames the federal government"))
U(d, "Arturo Benítez, a former federal prosecutor, said the government should let international experts", "as the families have asked.",
  ("Arturo Benítez", T, neu, "Mexico", "invented former prosecutor (speaks for no body); appeal for international experts = calling_for_talks"))
