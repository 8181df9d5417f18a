# ------------------------------------------------------------------ The killing of U Ko Ni at Yangon airport (UN noon briefing transcript, 2017-01-30)
d = "page_myanmar_koni_killing2017_noonbriefing.txt"
# Not statements: site header, breadcrumb, title, date, transcript note, ** headings, "Spokesman: Yes, Matthew?", the journalists'
# own questions ("Does the UN have any information of its own on the motive?", "Is the UN country team in touch with them?" ...),
# "Okay. Evelyn, and then we'll go to our guest.", the guest notice, "For information media", Related:, footer.
# "The Secretary-General is in Addis Ababa, where he addressed the opening ..." = where he is and what he did, no row.
U(d, "In his remarks, he said the United Nations would stand with Africa", "largest refugee populations in the world.",
  ("United Nations", S, pos, "", "solidarity and tribute = supporting; 'Africa' is not a canonical actor -> target empty"))
U(d, "Turning to Myanmar, the Secretary-General deplores the killing", "who tried to stop the gunman.",
  ("United Nations", C, neg, "", "'deplores the killing' = judgement; gunman's sponsors unknown -> target empty"))
U(d, "He extends his condolences to the families of both men", "people of Myanmar.",
  ("United Nations", S, neg, "Myanmar", "condolences = sympathy (supporting), grief -> negative tone"))
U(d, "The Secretary-General trusts that the authorities will conduct a swift", "brought to justice.",
  ("United Nations", T, neu, "Myanmar", "appeal for an impartial inquiry, no judgement of the authorities = calling_for_talks (as demands for an inquiry in labels/README)"))
# "The Special Rapporteur ... Yanghee Lee, who met U Ko Ni ..., also issued a statement today." = announces a statement, no position, no row.
U(d, "She said the killing had robbed Myanmar of one of the few people", "serve all of them.",
  ("United Nations", N, neg, "", "Special Rapporteur = UN; grief over the loss, no judgement of an actor and no appeal"))
U(d, "Ms. Lee called on the Government to make sure that the investigation is seen to be independent", "continue their work.",
  ("United Nations", T, neg, "Myanmar", "surname; appeal for an independent inquiry and protection of defenders = calling_for_talks"))
U(d, "On the humanitarian front, our colleagues at the Office for the Coordination", "suspended since October.",
  ("United Nations", N, neg, "", "OCHA = UN; access figures/facts"))
U(d, "The President's Office spokesman, Zaw Htay, said last night that the suspect was in custody", "stood behind him.",
  ("Myanmar", N, neu, "", "journalist's question reporting another actor's statement = that actor's (labels/README); facts of the arrest and inquiry"))
# "No, I don't have any information beyond what the authorities have announced." = a non-answer, no row.
U(d, "It's a matter for the national authorities to investigate, and we would hope", "transparent manner.",
  ("United Nations", T, neu, "Myanmar", "hope for a transparent inquiry = calling_for_talks"))
U(d, "The NLD has gone further: a party spokesman, Nyan Win, said the party saw the killing", "amend the constitution.",
  ("National League for Democracy", C, neg, "", "reported in a question; 'a deliberate blow' against the party = judgement of the attackers (unknown -> target empty)"))
U(d, "I'm not going to get into characterizations before the facts are established.", "before the facts are established.",
  ("United Nations", N, neu, "", "declines to characterise = procedural line"))
U(d, "What I can tell you is that we are obviously very worried about any act of violence", "between communities in Myanmar.",
  ("United Nations", N, neg, "", "worry with no appeal in the unit = neutral, negative (the appeal follows in the next sentence)"))
U(d, "We would encourage all political and religious leaders to speak with one voice", "keep the situation calm.",
  ("United Nations", T, neu, "", "appeal for calm addressed to all leaders = calling_for_talks"))
# "Human rights groups are pointing out that Ko Ni was one of very few prominent Muslims in public life." = unnamed groups, no row.
U(d, "Amnesty International said this morning that the authorities had allowed a climate", "held to account.",
  ("Amnesty International", C, neg, "Myanmar", "reported clause: the authorities let threats go unpunished = judgement"))
U(d, "We've also been very clear on our concerns for the Rohingya population in Rakhine.", "population in Rakhine.",
  ("United Nations", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "On Rakhine: the State Counsellor's Office said last week that the Special Rapporteur's end-of-mission statement", "able to verify.",
  ("Myanmar", N, neg, "", "rebuttal of the Rapporteur's allegations as unverified = a denial, neutral with a negative tone (unsure: could be read as condemning the UN)"))
U(d, "They report to the Human Rights Council, and I'm not going to speak for them.", "speak for them.",
  ("United Nations", N, neu, "", "procedural line"))
U(d, "Obviously, we continue to press for full humanitarian access", "investigations of the allegations.",
  ("United Nations", T, neu, "Myanmar", "appeal for access and independent investigations = calling_for_talks"))
# "Stéphane, diplomats in Yangon have been reacting as well." = unnamed diplomats, lead-in, no row.
U(d, "The U.S. Embassy said it was saddened by the killing and urged the authorities", "transparent investigation.",
  ("United States", T, neg, "Myanmar", "sorrow + appeal for an inquiry, no judgement = calling_for_talks"))
U(d, "The European Union delegation offered its condolences and said it was ready to support", "work of the police.",
  ("European Union", S, pos, "Myanmar", "condolences + offered support to the police = supporting"))
U(d, "The Resident Coordinator is in regular contact with the diplomatic community", "as you would expect.",
  ("United Nations", N, neu, "", "procedural fact"))
U(d, "A Yangon lawyer who worked with Ko Ni for twenty years, Daw Thin Thin Aye, told our reporter", "never came.",
  ("Thin Thin Aye", C, neg, "Myanmar", "invented colleague (independent voice), reported in a question; protection asked for and never given = blame of the authorities without stock words (unsure: could be neutral facts)"))
U(d, "Again, that's something that the investigation should look at.", "should look at.",
  ("United Nations", N, neu, "", "refers the claim to the inquiry = procedural"))
U(d, "And a political analyst in Yangon, Kyaw Zin Htet, argues that the killing is a warning", "the 2008 constitution.",
  ("Kyaw Zin Htet", N, neg, "", "invented analyst; reading of the motive, no appeal, no judgement of a named actor"))
U(d, "The Secretary-General has always supported an inclusive reform process", "in a peaceful atmosphere.",
  ("United Nations", T, pos, "", "support for a process + hope it continues peacefully: rule 2 before rule 3 = calling_for_talks"))
U(d, "UNHCR and IOM said they hoped the United States would continue its long tradition", "Administration on it.",
  ("UNHCR", T, pos, "United States", "hope addressed to the US + readiness to work with it, no judgement = calling_for_talks (a second topic of the briefing)"),
  ("International Organization for Migration", T, pos, "United States", "same joint statement, second body"))
