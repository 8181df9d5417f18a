# ------------------------------------------------------------------ Pondeca: Renamo negotiator shot dead in Maputo (international wire copy, 2016-10-11)
d = "page_mozambique_pondeca2016_wire.txt"
# Not statements: menu, headline, byline, read time, the four bullets, crossheads, ADVERTISEMENT, credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "The European Union's chief mediator in Mozambique has put off", "wanted the talks to collapse.",
  ("European Union", N, neu, "", "dateline excluded; lede: postponement of a session = procedure, no judgement"),
  ("Renamo", C, neg, "", "same lede: Renamo blames the killing on people who want the talks to fail = accusation; culprits unnamed -> target empty"))
U(d, "Jeremias Pondeca, 55, a former member of parliament", "police said.",
  ("Mozambique", N, neu, "", "police give the facts of the killing (attribution tail); the police speak for the state"))
# "He sat on the joint commission preparing ..." = background narration naming Nyusi and Dhlakama, no row.
U(d, "Maputo city police spokesman Orlando Mudumane told reporters", "found on the sand.",
  ("Mozambique", N, neu, "", "spokesman named by role; facts of the shooting, no judgement"))
U(d, "Mudumane said investigators did not yet know the motive", "had the case in hand.",
  ("Mozambique", N, neu, "", "surname only; state of the inquiry"))
# "Fishermen found the body ..." = narration, no row.
U(d, "\"I was pulling in my net when I heard the shots", "where Pondeca fell.",
  ("Ricardo Tembe", N, neg, "", "invented witness under his own name; what he heard, no judgement"))
U(d, "\"The car went past me very fast towards the city", "Tembe said.",
  ("Ricardo Tembe", N, neg, "", "witness continues; description (that nobody stopped the car is an observation, no actor blamed)"))
U(d, "Renamo spokesman António Muchanga told a news conference on Monday", "away from the negotiating table.",
  ("Renamo", C, neg, "", "reported clause: the killers' aim, as Renamo judges it = accusation; unnamed culprits -> target empty"))
U(d, "\"We will be in our seats when the commission sits again.", "Muchanga said.",
  ("Renamo", T, neu, "", "multi-sentence quote closed by its speaker; commits to attend the talks = calling_for_talks"))
U(d, "Asked who he held responsible, the spokesman pointed to", "offered no evidence.",
  ("Renamo", C, neg, "Mozambique", "'the spokesman' = Muchanga; blames death squads protected by the state"))
U(d, "Dhlakama, speaking by telephone from his base", "change the movement's course.",
  ("Renamo", N, neg, "", "second-hand ('was quoted by ... Lusa as saying'); grief and resolve, no judgement or appeal; Lusa is not an actor"))
U(d, "In a statement issued by his office on Sunday evening, Nyusi called", "track down those responsible.",
  ("Mozambique", C, neg, "", "'cowardly deed' = judgement of the killers (unknown) -> target empty; the order to the police does not change rule 1"))
U(d, "The statement also carried the president's condolences", "remained ready to keep talking.",
  ("Mozambique", T, pos, "Renamo", "condolences + readiness to keep talking = offer of talks (calling_for_talks), aimed at Renamo"))
U(d, "The ruling Frelimo party said it rejected any suggestion", "part in the killing.",
  ("Frelimo", N, neg, "", "denial = neutral, negative"))
# "Pondeca had been due to sit across from government negotiators led by ... Veloso ..." = narration naming actors, no row.
U(d, "Mario Raffaelli, the Italian who coordinates the international mediators", "according to a statement from the EU delegation.",
  ("European Union", N, neu, "", "the mediators' coordinator, speaking through the EU delegation ('according to a statement from'); asking for a later date = procedure"))
U(d, "The mediators wanted the pause used to look at ways", "the delegation said.",
  ("European Union", T, neu, "", "'the delegation said' = EU; the process must go on despite the murder = appeal to keep talking, no judgement"))
U(d, "A spokesperson for EU foreign policy chief Federica Mogherini said", "the negotiations themselves.",
  ("European Union", C, neg, "", "reported clause; 'an attack on the negotiations' = judgement without a stock word; culprit unknown -> target empty"))
U(d, "The bloc urged both sides to go back to the table", "make a settlement last.",
  ("European Union", T, neu, "", "'the bloc' = EU; appeal to both sides to talk and stop shooting"))
U(d, "The U.S. Embassy in Maputo described the killing as a cold-blooded act", "put themselves forward for peace.",
  ("United States", C, neg, "", "'cold-blooded act' = judgement; unknown gunmen -> target empty"))
U(d, "It said Washington expected the Mozambican authorities to find", "in the centre of the country.",
  ("United States", T, neu, "", "'It' = the embassy; demand for prosecution + appeal for a halt to fighting, no judgement = calling_for_talks; two addressees -> target empty"))
U(d, "France's foreign ministry said Paris had learned of the murder with dismay", "following the situation closely.",
  ("France", N, neg, "", "dismay + monitoring, no appeal = neutral, negative"))
U(d, "Portuguese Foreign Minister Augusto Santos Silva told reporters in Lisbon he trusted", "months of patient work.",
  ("Portugal", T, pos, "", "state given by adjective; hope that the talks survive = calling_for_talks"))
U(d, "In a joint note, the embassies of Norway and Switzerland", "go on funding the mediation.",
  ("Norway", S, pos, "", "joint note by a list of states, one row each; continued funding of the mediation = backing by act"),
  ("Switzerland", S, pos, "", "joint note by a list of states; backing by act"))
U(d, "Human Rights Watch said the killing was the latest in a run of political murders", "as closed files.",
  ("Human Rights Watch", C, neg, "Mozambique", "accuses the authorities of neglecting earlier killings = judgement"))
# "Analysts in Maputo say the killing lands at the most delicate point ..." = unnamed analysts, no row.
U(d, "\"Whoever chose that beach and that hour knew the police", "Institute for Governance and Society.",
  ("Joana Macuácua", N, neg, "", "invented researcher; reading of the killers' calculation; the police's record is stated as fact, the judgement comes next"))
U(d, "\"That tells you how much confidence the killers have in the system", "she said.",
  ("Joana Macuácua", C, neg, "Mozambique", "'an indictment of the people who run it' = judgement of the state"))
U(d, "Macuácua said Nyusi and Dhlakama should meet in person", "another opening.",
  ("Joana Macuácua", T, neu, "", "reported clause: only Macuácua's position; appeal for a leaders' meeting; two addressees -> target empty"))
# "A second analyst, Edson Bila ..., was more cautious." = lead-in line, no row.
U(d, "\"Nobody knows who did this, and the danger is that each side", "Bila said.",
  ("Edson Bila", N, neg, "", "invented scholar; warning without judgement or appeal = neutral, negative"))
U(d, "He added that he expected the talks to resume on the new date.", "He added that he expected the talks to resume on the new date.",
  ("Edson Bila", N, neu, "", "forecast, no appeal"))
