# ------------------------------------------------------------------ Israeli fire on UNIFIL positions (UN noon-briefing readout, 2024-10-14)
d = "page_unifil_naqoura_unreadout.txt"
UN = "UNIFIL / the Spokesman / the Secretary-General = United Nations; "
Q = "position reported inside a reporter's question = a statement of the actor reported (batch3g); "
U(d, "Our peacekeeping colleagues in the UN Interim Force", "about 45 minutes.",
  ("United Nations", C, neg, "Israel", UN + "accusation made by describing the other side's act ('smashed through the gate'; guide rule 4); unsure: could be read as a plain report (neutral)"))
U(d, "Several rounds were later fired close to the position", "the Mission said.",
  ("United Nations", N, neu, "", UN + "injury figures with no perpetrator named = neutral, neutral tone"))
U(d, "UNIFIL protested through the liaison channel", "for an explanation.",
  ("United Nations", C, neg, "Israel", UN + "protest + 'flagrant violation'; asking for an explanation does not make it talks (rule 1)"))
U(d, "In a statement on Sunday evening, the Mission said its peacekeepers would stay", "asked them to do.",
  ("United Nations", N, neu, "", UN + "own decision to stay, with a procedural reason, no judgement = neutral"))
U(d, "\"Our mandate comes from the Council, not from either party.", "told reporters in Naqoura.",
  ("United Nations", C, neg, "Israel", UN + "multi-sentence quote closed by its speaker = one unit; 'will not be moved by ultimatums' = judgement without a stock word (condemning); target by context (Israel's demand to leave), unsure"))
U(d, "Also on Sunday, we issued a statement in which the Secretary-General said he was deeply shaken", "south Lebanon.",
  ("United Nations", N, neg, "", UN + "alarm with no appeal = neutral, negative tone"))
U(d, "The Secretary-General recalled that peacekeepers and their bases are protected", "war crime.",
  ("United Nations", C, neg, "", UN + "'deliberately striking them could constitute a war crime' = legal judgement of the act; no actor named in the sentence -> target empty (unsure: could be read as a neutral reminder)"))
U(d, "He called on all parties to respect the safety and security", "by the Security Council.",
  ("United Nations", T, neu, "", UN + "appeal to all parties, no judgement (rule 2)"))
U(d, "The Secretary-General thanks the 40 countries contributing troops", "initiated by Poland.",
  ("United Nations", S, pos, "", UN + "thanks to 40 countries = approval; several actors -> target empty"),
  ("Poland", S, pos, "United Nations", "the only contributor named: initiating a joint statement of 'full backing' for the Mission = supporting the UN"))
U(d, "Jean-Pierre Lacroix, the head of peace operations, will brief", "intends to attend.",
  ("United Nations", N, neu, "", UN + "Lacroix (USG for peace operations) by role; meeting plan = neutral"))
U(d, "A UN convoy brought food, mattresses and medical supplies", "Lebanese Red Cross.",
  ("United Nations", S, pos, "Lebanon", UN + "aid delivered = backing by act (supporting); target = the country helped"))
U(d, "Asked about a video in which Prime Minister Benjamin Netanyahu accused the Organization", "had not changed.",
  ("Israel", C, neg, "United Nations", Q + "Netanyahu accuses the UN of leaving troops as a shield for Hezbollah + demand = condemning the UN (not Hezbollah: the accusation is aimed at the Organization)"),
  ("United Nations", N, neu, "", UN + "'position had not changed' = neutral"))
U(d, "\"The peacekeepers are there because the Security Council put them there.", "Mr. Dujarric said.",
  ("United Nations", N, neu, "", UN + "refusing the demand with a procedural reason = neutral (labels/README); unsure: 'not for one of the parties' could be read as a rebuff of Israel"))
U(d, "A journalist noted that the Israeli army had said its tank reversed into the post", "at any point.",
  ("Israel", N, neg, "", Q + "the army speaks for its state; justification + denial of danger = neutral, negative tone"))
U(d, "Mr. Dujarric replied that UNIFIL had shared its own account", "Mission's investigation.",
  ("United Nations", N, neu, "", UN + "surname only; procedure"))
U(d, "Asked about remarks by Italy's Defence Minister, Guido Crosetto", "every troop contributor.",
  ("Italy", C, neg, "Israel", Q + "'intolerable' + summoning Israel's ambassador (a taken response) = condemning"),
  ("United Nations", N, neg, "", UN + "'shared the concern' with no appeal = neutral, negative tone"))
U(d, "Another journalist referred to a joint statement in which the leaders of France, Italy, and Spain", "had to stop.",
  ("France", C, neg, "Israel", Q + "joint statement, Oxford-comma list = one row per state; 'unjustifiable' + demand to stop (rule 1); target Israel by context"),
  ("Italy", C, neg, "Israel", Q + "second signatory of the joint statement (Meloni)"),
  ("Spain", C, neg, "Israel", Q + "third signatory of the joint statement (Sánchez)"))
U(d, "An Indonesian correspondent noted that Foreign Minister Retno Marsudi had condemned", "hurt on Thursday.",
  ("Indonesia", C, neg, "Israel", Q + "FM by role with no state word (Indonesian contingent by context); target Israel by context (the tank fire of Thursday)"))
U(d, "Asked about Lebanon's caretaker Prime Minister, Najib Mikati", "host country.",
  ("Lebanon", C, neg, "Israel", Q + "rejecting the Israeli demand + standing behind UNIFIL: one row per actor, the judgement outranks the backing (rule 1)"),
  ("United Nations", S, pos, "Lebanon", UN + "'welcomed the support' of the host country"))
U(d, "A reporter cited US Defense Secretary Lloyd Austin", "keep the peacekeepers safe.",
  ("United States", T, neg, "Israel", Q + "concern + appeal to Israel with no judgement word = calling_for_talks, negative tone"))
U(d, "Asked whether the Secretary-General would speak to Israeli leaders", "Mission continued.",
  ("Israel", C, neg, "United Nations", "a specific act reported as done: declaring the SG persona non grata (like an expulsion) = condemning"),
  ("United Nations", N, neu, "", UN + "working contacts continue = neutral"))
U(d, "Turning to Haiti, our colleagues from the International Organization for Migration report", "half of them children.",
  ("International Organization for Migration", N, neu, "", "round-up item: displacement figures relayed by the Spokesman = IOM's statement, neutral"))
