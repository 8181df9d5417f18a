# ------------------------------------------------------------------ Nasheed's resignation and coup claim, Maldives (South Asian English-language daily, full HTML, 2012-02-13)
d = "page_maldives_nasheed_sadaily.html"
U(d, "The Commonwealth will send a team of foreign ministers to the Maldives", "driven from office at gunpoint.",
  ("Commonwealth", N, neu, "", "long lead: a fact-finding mission announced = own procedure/plan (unsure: could be read as talks, an inquiry); Waheed as object"),
  ("Mohamed Nasheed", C, neg, "Maldives", "the predecessor's claim reported inside the lead ('insists he was driven from office at gunpoint'); own actor in the name files; the forces = Maldives"))
U(d, "The Commonwealth Ministerial Action Group, meeting by teleconference", "separation of powers.",
  ("Commonwealth", T, neu, "", "CMAG = Commonwealth (name files); the Trinidad and Tobago minister chairs it (no Trinidad row); a reminder of principles to all members, no judgement = appeal (unsure: could be neutral)"))
U(d, "\"We are going to listen to everyone and to establish the facts", "said in London.",
  ("Commonwealth", N, neu, "", "Secretary-General = Commonwealth; own procedure, explicitly no judgement; London = place"))
U(d, "The group's statement said the mission would travel", "brief it on arrival.",
  ("Commonwealth", N, neu, "", "'The group' = CMAG; plan and procedure"))
U(d, "Nasheed, speaking to reporters outside his family home", "or face bloodshed.",
  ("Mohamed Nasheed", C, neg, "", "accuses mutinous police, soldiers and Gayoom's supporters (several targets) -> target empty; Gayoom as object"))
U(d, "\"Call it whatever you like, a transfer, a handover, a resignation.", "he said.",
  ("Mohamed Nasheed", C, neg, "Maldives", "multi-sentence quote closed by the speaker; 'that is a coup' aimed at the armed forces (= Maldives) (unsure target)"))
U(d, "He said he would submit to arrest calmly", "end the crisis.",
  ("Mohamed Nasheed", T, neu, "", "'He' = Nasheed; call for early elections = a peaceful course"))
U(d, "His Maldivian Democratic Party said police had beaten", "against the handover.",
  ("Maldivian Democratic Party", C, neg, "Maldives", "possessive introduction ('His ... Party'); accusation of the police (= Maldives)"))
# no row: "A criminal court issued a warrant on Thursday ..." (court act as background; police inaction narrated)
U(d, "President Waheed, who was sworn in hours after", "no part in any plot.",
  ("Maldives", N, neg, "", "denial of the coup charge = neutral, negative"))
U(d, "He said on Sunday that he would form a national unity government", "in 2013.",
  ("Maldives", T, neu, "", "offer of an inclusive government (talks) while ruling out early polls"))
U(d, "Home Minister Mohamed Jameel Ahmed said the burning of police stations", "brought before a court.",
  ("Maldives", C, neg, "", "judgement ('nothing short of terror') + prosecution threat against the rioters (no canonical target)"))
U(d, "Defence Minister Mohamed Nazim said additional troops", "southern atolls.",
  ("Maldives", N, neu, "", "own deployments in war/crisis vocabulary, no judgement"))
U(d, "Gayoom, whose Progressive Party of Maldives now holds seats", "one-man rule under Nasheed.",
  ("Maumoon Abdul Gayoom", C, neg, "Mohamed Nasheed", "own actor in the name files; welcome of Waheed's presidency + judgement of Nasheed ('one-man rule'): rule 1"))
# no row: "New Delhi, which has long seen the archipelago ..., has so far chosen its words with care." (summary line)
U(d, "Prime Minister Manmohan Singh telephoned Waheed on Wednesday", "development and security.",
  ("India", S, pos, "Maldives", "backing by act: wishing the new president success and assuring cooperation = recognition"))
U(d, "The Ministry of External Affairs has described the change", "within the Maldivian constitution.",
  ("India", N, neu, "", "assessment that it is an internal matter and appeared constitutional (unsure: could be supporting as an endorsement)"))
U(d, "External Affairs Minister S.M. Krishna told reporters", "ready to help if asked.",
  ("India", T, pos, "", "hope for a peaceful settlement + offer of help"))
U(d, "Indian officials said two navy ships had been kept on standby", "needed to be evacuated.",
  ("India", N, neu, "", "officials of a named government speak for it; precautionary deployment = plan, no threat"))
U(d, "Sri Lanka's presidential spokesman Bandula Jayasekara confirmed", "in Colombo on Thursday.",
  ("Sri Lanka", N, neu, "", "a fact given by an actor; Colombo = place"))
U(d, "State Department spokeswoman Victoria Nuland said on Friday", "avoid violence.",
  ("United States", T, neg, "", "demand for an independent inquiry + appeal to avoid violence, no judgement"))
U(d, "She said Washington welcomed Waheed's offer of a unity government", "take part in it.",
  ("United States", T, pos, "", "welcome + appeal to join, no judgement: rule 2 before rule 3"))
U(d, "UN Assistant Secretary-General for Political Affairs Oscar Fernandez-Taranco", "through dialogue.",
  ("United Nations", T, neu, "", "appeal to both leaders for restraint and dialogue"))
# no row: "For New Delhi, analysts said, the crisis is less about ..." (unnamed analysts, summary)
U(d, "\"India's interest is a stable Maldives that does not look for other patrons.", "Indian Ocean Policy Centre.",
  ("Vikram Sathe", N, neg, "", "independent analyst (retired officer speaking for himself); multi-sentence quote closed by the speaker; interests and risks"))
U(d, "Sathe said the most likely outcome was a long stand-off", "the first casualty.",
  ("Vikram Sathe", N, neg, "", "scenario, no judgement"))
U(d, "Aishath Rasheed, a constitutional lawyer in Male", "credible inquiry can settle.",
  ("Aishath Rasheed", N, neu, "", "legal analysis, no judgement"))
U(d, "\"What is not in doubt is that the police stopped obeying", "she said.",
  ("Aishath Rasheed", C, neg, "Maldives", "judgement of the police and of Waheed (= Maldives)"))
U(d, "She said the Commonwealth ministers had to leave Male", "change nothing.",
  ("Aishath Rasheed", T, neu, "Commonwealth", "appeal addressed to the Commonwealth mission: an agreed election date"))
# no row: the waiter (unnamed resident); captions, ticker, also-read links, crossheads, tags, comments, most read
