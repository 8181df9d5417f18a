# ------------------------------------------------------------------ Rocket strike on Majdal Shams, Golan (live blog, 2024-07-28)
d = "page_majdal_shams_liveblog.txt"
U(d, "Israel's security cabinet authorised Prime Minister", "after the meeting.",
  ("Israel", C, neg, "Hezbollah", "authorising a strike back at Hezbollah = a response announced against another side (unsure: could be read as a neutral procedure)"))
U(d, "Egypt's foreign ministry warned that a new war front in Lebanon", "spreads further.",
  ("Egypt", T, neg, "", "warning + appeal to influential powers, no judgement of an actor = calling_for_talks"))
U(d, "Cairo also repeated its call for an immediate ceasefire in Gaza.", "Cairo also repeated its call for an immediate ceasefire in Gaza.",
  ("Egypt", T, neu, "", "Cairo = metonym for Egypt; ceasefire appeal"))
U(d, "Gallant, visiting the pitch in Majdal Shams", "hard, and soon.",
  ("Israel", C, neg, "Hezbollah", "defence minister by surname (introduced in the 17:40 entry); threat; 'the enemy' = Hezbollah by context"))
U(d, "In Tokyo, US Secretary of State Antony Blinken said everything", "fired by Hezbollah.",
  ("United States", C, neg, "Hezbollah", "attribution of the attack to Hezbollah = blame; Tokyo = place"))
U(d, "He said the United States stood firmly behind Israel's right", "terrorist attacks.",
  ("United States", S, pos, "Israel", "backing of Israel's right to defend itself"))
U(d, "\"But we have no wish to see this conflict escalate", "his Japanese counterpart.",
  ("United States", T, neu, "", "opposes escalation aimed at no one + ceasefire as the road to calm = calling_for_talks"))
U(d, "France's foreign ministry condemned the strike on Majdal Shams", "military spiral.",
  ("France", C, neg, "", "condemnation + appeal for restraint: rule 1; no perpetrator named, target empty"))
U(d, "It repeated its advice to French nationals", "Palestinian territories.",
  ("France", N, neu, "", "travel advice, 'It' = the French foreign ministry"))
U(d, "Iran's foreign ministry spokesman, Nasser Kanaani, cautioned Israel", "no one could foresee.",
  ("Iran", C, neg, "Israel", "warning against an 'adventure' + veiled threat of consequences"))
U(d, "\"Those who have turned Gaza into a graveyard for children", "said in a statement.",
  ("Iran", C, neg, "Israel", "'Those who have turned Gaza into a graveyard' = Israel by context; accusation"))
U(d, "Walid Jumblatt, the former head of Lebanon's Progressive Socialist Party", "against one another.",
  ("Walid Jumblatt", C, neg, "Israel", "former party leader with no office: actor under his own name; accusation of stirring strife"))
U(d, "He said his camp would stand alongside \"the resistance\"", "as it had before.",
  ("Walid Jumblatt", S, pos, "Hezbollah", "'the resistance' = Hezbollah by context; solidarity (unsure: the target is implicit)"))
U(d, "Jumblatt called for the war not to be widened", "end to the shooting.",
  ("Walid Jumblatt", T, neg, "", "appeal to stop firing, addressed to no one"))
U(d, "The UN special coordinator for Lebanon, Jeanine Hennis-Plasschaert", "out of harm's way.",
  ("United Nations", T, neg, "", "UNSCOL + UNIFIL joint statement = United Nations; protection of civilians"))
U(d, "Their message to both sides was direct:", "has to stop.\"",
  ("United Nations", T, neg, "", "quotation opened after a colon, two sentences in one unit; alarm + appeal to both sides to stop firing"))
U(d, "Israel's foreign ministry said Hezbollah had gone beyond every limit", "only Hezbollah holds.",
  ("Israel", C, neg, "Hezbollah", "accusation of deliberately targeting children"))
U(d, "\"Hezbollah did not aim at soldiers; it aimed at a playground", "the ministry said.",
  ("Israel", C, neg, "Hezbollah", "'the ministry' = Israel's foreign ministry; calls Hezbollah terrorists"))
U(d, "Lebanon's caretaker government said in a statement carried by the National News Agency", "without naming Majdal Shams.",
  ("Lebanon", C, neg, "", "condemns all attacks on civilians without naming an attacker: condemning with target empty (unsure: the condemnation is generic); NNA is an agency, not an actor"))
U(d, "The statement called for an immediate halt to hostilities on all fronts", "applied in full.",
  ("Lebanon", T, neu, "", "appeal for a halt to hostilities, to all sides"))
U(d, "The Israeli military said its jets had struck Hezbollah weapons depots", "Kfar Kila.",
  ("Israel", N, neu, "", "own strikes reported as done, no judgement = neutral"))
U(d, "A spokesperson for the White House National Security Council called the strike", "Lebanese Hezbollah.",
  ("United States", C, neg, "Hezbollah", "unnamed spokesperson of a named US body speaks for the US; 'horrific' + attribution to Hezbollah"))
U(d, "The spokesperson said US support for Israel's security", "was unshakeable.",
  ("United States", S, pos, "Israel", "backing of Israel"))
U(d, "Foreign Minister Israel Katz told Channel 12", "Hezbollah and Lebanon.",
  ("Israel", C, neg, "Hezbollah", "threat of all-out confrontation (Lebanon also named; main target Hezbollah)"))
U(d, "Netanyahu, speaking by phone with Sheikh Mowafaq Tarif", "his office said.",
  ("Israel", C, neg, "Hezbollah", "surname only; threat; Tarif is only addressed, no row for him"))
U(d, "Hezbollah's media relations officer, Mohammed Afif", "claims to the contrary.",
  ("Hezbollah", N, neg, "", "denial = neutral, negative tone"))
U(d, "Earlier on Saturday the group had announced several rocket attacks", "northern Israel.",
  ("Hezbollah", N, neu, "", "'the group' = Hezbollah; own attacks on military positions reported, no judgement"))
U(d, "Rear Admiral Daniel Hagari, the army's chief spokesman", "village of Chebaa.",
  ("Israel", C, neg, "Hezbollah", "army = Israel; attributes the attack to Hezbollah"))
U(d, "Magen David Adom, Israel's ambulance service, said its teams", "serious condition.",
  ("Magen David Adom", N, neu, "", "rescue service under its own name (name files); casualty figures"))
