# ------------------------------------------------------------------ Bujumbura: attacks on military camps and killings in Nyakabiga, Musaga and Mutakura, 11-12 December 2015 (UN noon briefing, 2015-12-14)
d = "page_burundi_mutakura_killings2015_noonbriefing.txt"
# Not statements: header lines, title, date, transcript note, "Good afternoon.", topic heads, "I will start with Burundi.",
# the questions themselves, "Follow-up.", sign-off, footer. Journalists' reports of other actors' positions are those actors' statements (README).
U(d, "Over the weekend, we issued a statement in which the Secretary-General condemned", "groups of unidentified gunmen.",
  ("United Nations", C, neg, "", "spokesman reports the SG's condemnation; attackers unidentified -> target empty"))
U(d, "The Secretary-General is also deeply disturbed by reports that dozens of bodies", "shot at close range.",
  ("United Nations", N, neg, "", "alarm with no appeal and no one blamed = neutral, negative"))
U(d, "He asks all those with influence over the armed groups, as well as the Government", "drags the country further down.",
  ("United Nations", T, neg, "", "appeal to all sides to refrain from reprisals, no judgement = calling_for_talks"))
U(d, "The Secretary-General warns that those behind abuses against civilians", "have to account for them.",
  ("United Nations", C, neg, "", "warning of personal accountability = threatened response (unsure: addressed to no one in particular)"))
U(d, "The Office of the High Commissioner for Human Rights says its team in Bujumbura", "access to places of detention.",
  ("United Nations", N, neu, "", "OHCHR = United Nations; verification work reported"))
U(d, "Our colleagues at UNHCR say more than 220,000 Burundians", "picked up since Friday.",
  ("UNHCR", N, neu, "", "refugee figures given by an actor"))
U(d, "Jamal Benomar, the Secretary-General's Special Adviser on Conflict Prevention", "the only way out of this crisis.",
  ("United Nations", T, neu, "", "contacts with all sides + inclusive dialogue as the only way out = calling_for_talks"))
U(d, "Turning to Yemen, the Special Envoy, Ismail Ould Cheikh Ahmed, is in Switzerland", "due to open tomorrow.",
  ("United Nations", N, neu, "", "other topic of the briefing; the envoy's whereabouts and the talks' date = procedure"))
U(d, "He has asked the parties to come prepared to agree on a cessation of hostilities", "as the talks begin.",
  ("United Nations", T, neu, "", "appeal for a ceasefire at the talks"))
U(d, "The army spokesman, Colonel Gaspard Baratuza, says the 79 people killed", "in his words.",
  ("Burundi", N, neg, "", "journalist reports the army's account: toll and who the dead were = facts given by an actor (army speaks for its state)"))
U(d, "What our colleagues on the ground are telling us is that a number of those bodies", "independently and quickly.",
  ("United Nations", T, neg, "", "troubling facts + call for an independent, quick inquiry, no one judged = appeal (unsure: could be neutral)"))
U(d, "The presidential adviser Willy Nyamitwe has written on Twitter that the attackers were trained", "in Rwanda.",
  ("Burundi", C, neg, "Rwanda", "reported in a question: accusation that the attackers were trained in Rwanda"))
U(d, "We're not in a position to confirm them, and I would not want to speculate", "from this podium.",
  ("United Nations", N, neu, "", "declines to confirm = neutral"))
U(d, "And Rwanda's Foreign Minister, Louise Mushikiwabo, says Kigali has nothing to do", "happening in Burundi.",
  ("Rwanda", N, neg, "", "denial reported in a question = neutral, negative"))
U(d, "What I would say to every country in the region is that they have a role to play", "not the other way around.",
  ("United Nations", T, neu, "", "appeal to the region to help calm things, no one blamed"))
# "The African Union's Peace and Security Council is meeting on Burundi later this week ..." = meeting listed, no position.
U(d, "We would welcome any step by the African Union to protect civilians in Burundi", "the different options.",
  ("United Nations", S, pos, "African Union", "welcome of AU protective steps + joint work on options, no appeal = supporting"))
U(d, "The European Union opened formal consultations with Bujumbura last week", "aid being cut.",
  ("European Union", C, neg, "Burundi", "formal consultations that can end in aid cuts = a sanction procedure (condemning); Bujumbura = metonym"))
U(d, "And the State Department on Saturday blamed both the attackers and the security forces", "the Burundian police.",
  ("United States", C, neg, "", "blame of both sides + review of police assistance; two targets -> empty"))
U(d, "There is no change to Burundi's deployments at this stage.", "at this stage.",
  ("United Nations", N, neu, "", "procedure"))
U(d, "Troop-contributing countries are expected to meet the standards we set", "very carefully.",
  ("United Nations", N, neu, "", "procedure, no judgement"))
U(d, "A resident of Nyakabiga, Jean-Paul Ndikumana, told our agency", "found dead the next morning.",
  ("Jean-Paul Ndikumana", C, neg, "Burundi", "invented witness quoted in a question; describing police abductions of civilians = accusation (guide rule 4)"))
U(d, "We do not have a peacekeeping mission in Burundi, as you know.", "as you know.",
  ("United Nations", N, neu, "", "fact"))
U(d, "Our human rights colleagues are there, and they are documenting", "directly with the authorities.",
  ("United Nations", N, neu, "", "own activity reported"))
U(d, "Marie-Laure Dubreuil, who follows the Great Lakes at a Paris think tank", "into an armed conflict.",
  ("Marie-Laure Dubreuil", N, neg, "", "invented analyst quoted in a question; assessment, no appeal or judgement of an actor"))
U(d, "What is clear is that the violence has to stop and that the political dialogue has to start in earnest.", "in earnest.",
  ("United Nations", T, neg, "", "appeal to end violence and start dialogue"))
U(d, "Our understanding is that the facilitator, President Yoweri Museveni of Uganda", "in every way we can.",
  ("Uganda", T, neu, "", "the facilitator's plan to convene the parties, reported by the UN = Uganda's calling_for_talks"),
  ("United Nations", S, pos, "Uganda", "backing of the facilitation (unsure: could be calling_for_talks, as backing talks)"))
