# ------------------------------------------------------------------ Amaglobeli detention: OSCE Permanent Council readout (OSCE press readout, 2025-02-13)
d = "page_amaglobeli_batumi_osce_readout.txt"
# Not statements: site header, breadcrumb, language bar, 'Press readout', headline, dateline line, issuer line, crossheads
# ('Representative on Freedom of the Media', 'Statements by participating States', 'Response of Georgia', ...), contact line,
# tags, Related, share bar, copyright.
# "The case of Mzia Amaglobeli ... was raised by a large number of delegations ..." = narration, unnamed delegations, no row.
# "Ms. Amaglobeli was detained in Batumi ..." and "A Batumi court ordered her held ..." = background of the case, no row.
U(d, "Opening the discussion, the Chair of the Permanent Council", "between the Georgian authorities and the media community.",
  ("OSCE", T, neu, "", "the Chair speaks for the organisation; readiness to support dialogue between two sides = calling_for_talks, target empty"))
U(d, "Presenting an update to the Council, the OSCE Representative on Freedom of the Media, Jan Braathu, said", "on the safety of journalists.",
  ("OSCE", C, neg, "Georgia", "'could not be reconciled with the commitments' = judgement without stock words"))
U(d, "\"I ask the authorities to let Ms. Amaglobeli go home", "Braathu said.",
  ("OSCE", C, neg, "Georgia", "multi-sentence quote closed by surname: appeal + judgement that detention is unjustified (rule 1)"))
U(d, "The Representative added that he had written to the Georgian foreign minister", "at the earliest possible date.",
  ("OSCE", T, neu, "Georgia", "speaker named by role only; letters and an offered visit = offer of talks"))
U(d, "He said that 11 journalists had reported physical attacks", "being charged in connection with them.",
  ("OSCE", N, neg, "", "figures given by the actor; impunity implied but not judged in words (unsure: could be condemning)"))
U(d, "Speaking on behalf of the European Union, the Head of the EU Delegation said", "expected her immediate release.",
  ("European Union", C, neg, "Georgia", "'wider pattern of pressure', 'further step away' = judgement + demand (rule 1)"))
U(d, "Ukraine, the Republic of Moldova and Iceland aligned themselves with the EU statement.", "Ukraine, the Republic of Moldova and Iceland aligned themselves with the EU statement.",
  ("Ukraine", C, neg, "Georgia", "aligning with a statement = adopting its position; list of states, one row each"),
  ("Moldova", C, neg, "Georgia", "same"),
  ("Iceland", C, neg, "Georgia", "same"))
U(d, "The EU also recalled the joint statement by High Representative Kaja Kallas", "those who report on them.",
  ("European Union", C, neg, "Georgia", "second-hand: the EU recalling its own leaders' accusation"))
U(d, "The United Kingdom said it was deeply worried about Ms. Amaglobeli's health", "unrestricted access to her.",
  ("United Kingdom", T, neg, "Georgia", "concern + appeal for medical access, no judgement = calling_for_talks"))
U(d, "In a joint intervention, Canada, Norway and Switzerland said", "review it without delay.",
  ("Canada", C, neg, "Georgia", "joint statement by a list: 'disproportionate' = judgement + appeal (rule 1)"),
  ("Norway", C, neg, "Georgia", "same"),
  ("Switzerland", C, neg, "Georgia", "same"))
U(d, "The delegation of Canada added that its embassy in Tbilisi had attended every court hearing", "continue to do so.",
  ("Canada", S, neu, "Mzia Amaglobeli", "backing by act: attending the hearings as a show of support"))
U(d, "Lithuania, speaking in its national capacity, recalled that it had barred entry", "add names to the list.",
  ("Lithuania", C, neg, "Georgia", "entry bans (sanctions) + readiness to extend them = measure/threat"))
U(d, "Exercising the right of reply, the delegation of Georgia said the case concerned a physical assault", "nothing to do with the defendant's profession.",
  ("Georgia", N, neg, "", "denial of a political motive = neutral, negative"))
U(d, "\"No journalist in Georgia is prosecuted for journalism,\" the delegation said", "would not comment on an ongoing trial.",
  ("Georgia", N, neg, "", "quote + 'the delegation said, adding': denial and no comment"))
U(d, "It said the penitentiary service had offered Ms. Amaglobeli medical supervision", "assessed as stable.",
  ("Georgia", N, neu, "", "'It' = the delegation; facts/reassurance about own conduct"))
U(d, "The delegation described several of the statements made in the Council as politically motivated pressure", "committed by protesters against the police.",
  ("Georgia", C, neg, "", "'politically motivated pressure', 'lectures' = judgement of several delegations -> target empty"))
U(d, "The Russian Federation said it was struck by the speed", "in the Baltic states and Moldova.",
  ("Russia", C, neg, "", "charge of double standards against Western delegations, the Baltic states and Moldova -> target empty"))
U(d, "According to the Russian delegation, the discussion was another attempt", "after the October elections.",
  ("Russia", C, neg, "", "'according to': accusation of interference aimed at Western delegations -> target empty"))
U(d, "The Director of the OSCE Office for Democratic Institutions and Human Rights, Maria Telalian", "once a date was set.",
  ("OSCE", N, neu, "", "ODIHR = OSCE institution; plan to monitor the trial = procedure"))
U(d, "The Council of Europe Commissioner for Human Rights, Michael O'Flaherty", "asked for her release.",
  ("Council of Europe", C, neg, "Georgia", "remarks circulated in writing; 'no valid ground' for custody = judgement + appeal (rule 1)"))
# "On the margins of the Council, a side event ..." = narration, no row.
U(d, "Tamar Gelashvili, editor of a regional news website in Kutaisi", "a night in a police cell.",
  ("Tamar Gelashvili", N, neg, "", "invented independent voice (editor); testimony of fear, no judgement in words"))
U(d, "\"What was done to Mzia in Batumi was meant as a warning", "Gelashvili said.",
  ("Tamar Gelashvili", C, neg, "Georgia", "surname only; the arrest judged a deliberate warning to journalists = accusation without stock words"))
U(d, "Professor Jonas Reinholt of the Nordic Institute for Media Law in Oslo said", "a new round of statements.",
  ("Jonas Reinholt", T, neu, "OSCE", "invented academic; appeal to the OSCE for a legal-procedural course"))
U(d, "\"Declarations are cheap; a judge reviewing a detention order in 48 hours is not,\" Reinholt said", "to do this already.",
  ("Jonas Reinholt", N, neu, "", "commentary on means; the jab at declarations names no actor (unsure: could be calling_for_talks as a continued appeal)"))
U(d, "The Permanent Council will next meet on 20 February 2025.", "The Permanent Council will next meet on 20 February 2025.",
  ("OSCE", N, neu, "", "meeting date announced = neutral"))
U(d, "The Chairpersonship will continue consultations with the Georgian authorities", "Representative on Freedom of the Media.",
  ("OSCE", T, neu, "Georgia", "continued consultations on a visit = committing to talks"))
