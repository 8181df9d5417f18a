# ------------------------------------------------------------------ Peru (Reuters-style wire, 2022-12-20)
d = "page_peru_protests_wire.txt"
U(d, "Peru's foreign minister said on Tuesday the government had declared", "family of ousted President Pedro Castillo.",
  ("Peru", C, neg, "Mexico", "dateline 'LIMA, Dec 20 (Reuters) - ' excluded; expulsion of an ambassador + accusation of meddling"))
U(d, "Ana Cecilia Gervasi told a news conference in Lima", "run out of patience.",
  ("Peru", C, neg, "Mexico", "name first given after the role (previous paragraph); 'unacceptable'; Lima = place"))
U(d, "\"We respect the right of asylum.", "she said.",
  ("Peru", C, neg, "Mexico", "multi-sentence quote closed by its speaker; 'cannot accept'"))
U(d, "Gervasi added that Peru would grant safe conduct", "travel to Mexico.",
  ("Peru", N, neu, "", "surname only; procedure"))
U(d, "Mexico's foreign minister, Marcelo Ebrard, said on Twitter", "\"a grave mistake.\"",
  ("Mexico", C, neg, "Peru", "'a grave mistake' judges Peru's expulsion"))
U(d, "President Andres Manuel Lopez Obrador has refused to recognise Dina Boluarte", "the country's elites.",
  ("Mexico", C, neg, "Peru", "leader with no state word; refusal to recognise in protest + 'a coup'; Boluarte is only mentioned"))
U(d, "At least 26 people have died in clashes", "Apurimac and Puno.",
  ("Peru", N, neu, "", "'the health ministry' = Peru's (context); toll without blame"))
U(d, "Earlier this month, Mexico, Argentina, Colombia and Bolivia said in a joint statement", "will of the people.",
  ("Mexico", C, neg, "Peru", "joint statement: one row per state; 'anti-democratic harassment' judgement + appeal: rule 1"),
  ("Argentina", C, neg, "Peru", "joint statement: one row per state"),
  ("Colombia", C, neg, "Peru", "joint statement: one row per state"),
  ("Bolivia", C, neg, "Peru", "joint statement: one row per state"))
U(d, "Peru responded by recalling its ambassadors in the four countries", "calling the statement interference.",
  ("Peru", C, neg, "", "recall in protest + 'interference'; four states -> target empty"))
U(d, "Boluarte, a former vice president, has said the protests are being fuelled", "pleaded for calm.",
  ("Peru", C, neg, "", "blame on 'small radical groups' (not a canonical actor) + appeal for calm: rule 1"))
U(d, "In a televised address on Tuesday she asked Congress", "no intention of resigning.",
  ("Peru", N, neu, "", "procedure within her own state (asking Congress to bring elections forward) + refusal to resign, no judgement"))
U(d, "\"I ask the country for a truce.", "Boluarte said.",
  ("Peru", T, neg, "", "multi-sentence quote; appeal for a truce addressed to the country"))
U(d, "\"I will not leave power in the hands of those who want chaos.\"", "who want chaos.\"",
  ("Peru", C, neg, "", "quote continued after the attribution, same speaker; judgement on unnamed opponents -> target empty"))
U(d, "Otarola said soldiers had acted within the law", "killed on Thursday.",
  ("Peru", N, neg, "", "denial: neutral with negative tone; the defence minister introduced by role in the previous sentence"))
U(d, "The ombudsman's office said it had counted 1,200 injured", "last resort.",
  ("Peru", T, neu, "", "ombudsman = a state body -> Peru (unsure: an autonomous institution); figures + appeal for restraint addressed to its own state's forces -> target empty"))
U(d, "The United States' ambassador in Lima, Lisa Kenna, has voiced support", "new administration.",
  ("United States", S, pos, "Peru", "ambassador and an unnamed State Department spokesman (tie to a named government) both speak for the US: one row"))
U(d, "The U.N. human rights office said it was alarmed by the deaths", "independent investigations.",
  ("United Nations", T, neg, "Peru", "alarm + appeal for investigations, no judgement"))
U(d, "\"People have the right to protest peacefully,\" spokeswoman Marta Hurtado", "in Geneva.",
  ("United Nations", T, neu, "", "quote before the speaker; reminder of a right, no judgement; Geneva = place"))
U(d, "The Inter-American Commission on Human Rights, an autonomous arm", "on Wednesday.",
  ("Organization of American States", N, neu, "", "IACHR -> OAS (given by context as its arm); visit plan"))
U(d, "The European Union's foreign policy chief Josep Borrell said the bloc supported", "stood ready to help.",
  ("European Union", S, pos, "Peru", "support + offer of help"))
U(d, "He called on all political actors to seek consensus through dialogue.", "through dialogue.",
  ("European Union", T, neu, "", "'He' = Borrell; appeal to all"))
U(d, "Castillo, who is being held in pre-trial detention", "protecting his family.",
  ("Pedro Castillo", C, neg, "Peru", "ousted president speaking for himself; 'kidnapped' judgement outranks the thanks to Mexico (rule 1)"))
U(d, "He denies any wrongdoing.", "any wrongdoing.",
  ("Pedro Castillo", N, neg, "", "denial"))
U(d, "A farmer, Rosa Huamani, said her nephew had been shot", "in the chest.",
  ("Rosa Huamani", N, neg, "", "named resident under her own name (invented); fact without blame"))
U(d, "\"They treat us as if we were not Peruvians,\" she said.", "she said.",
  ("Rosa Huamani", C, neg, "", "judgement on unnamed 'they' -> target empty"))
U(d, "Congress on Tuesday approved in a first vote", "April 2024.",
  ("Peru", N, neu, "", "Congress = a state organ; act reported, no position on another actor"))
