# ------------------------------------------------------------------ Port Moresby and Lae riots after the pay cut ("Black Wednesday"), UN noon briefing (transcript .txt, 2024-01-11)
d = "page_png_portmoresby_riots2024_noonbriefing.txt"
# Not statements: site header, breadcrumb, title, transcript note, item headings (**...), "Good afternoon.", journalists' questions
# (a question is the journalist's text, even when it reports a position: China's complaint, Australia's offer, the PIF statement, the opposition's demand), "Thank you ...", footer.
U(d, "I will start with Papua New Guinea, where, as you will have seen", "cuts in their pay.",
  ("United Nations", N, neg, "", "the spokesman speaks for the UN; account of the events, no judgement"))
U(d, "The Secretary-General is saddened by the loss of life", "wishes a swift recovery to the injured.",
  ("United Nations", S, neg, "", "condolences = sympathy/solidarity = supporting, grief -> negative; aimed at victims' families -> target empty"))
U(d, "He calls for calm and urges all Papua New Guineans", "full respect for human rights.",
  ("United Nations", T, neu, "", "appeal for calm and restraint = calling_for_talks"))
U(d, "Our Resident Coordinator's office in Port Moresby tells us", "burned or emptied.",
  ("United Nations", N, neg, "", "casualty figures (police figures relayed) = neutral"))
U(d, "The Government of Papua New Guinea informed us this morning", "are on standby.",
  ("Papua New Guinea", N, neu, "", "PNG's own announcement relayed by the UN = PNG's statement; state of emergency declared at home, no side targeted = neutral (procedural)"))
U(d, "Our team on the ground says the situation in Port Moresby", "tense but calm today.",
  ("United Nations", N, neu, "", "situation report = neutral"))
U(d, "The UN country team is assessing with the authorities", "markets that were looted.",
  ("United Nations", S, neu, "Papua New Guinea", "assessing help with the government = offered assistance = supporting"))
U(d, "Our colleagues at the World Food Programme say they are ready", "if they are asked to do so.",
  ("World Food Programme", S, neu, "Papua New Guinea", "offer of food assistance = supporting"))
U(d, "UNICEF is concerned that schools in some suburbs", "back into classrooms safely.",
  ("UNICEF", S, neg, "Papua New Guinea", "concern + working with the education ministry (assistance by act) = supporting (rule 3 before 4)"))
# "The Resident Coordinator's office also shared with us the account of Mary Kila ..." = narration introducing the voice, no row.
U(d, "Ms. Kila told our colleagues that many of the women", "as soon as possible.",
  ("Mary Kila", T, neg, "", "invented market-association chair (person); hardship + appeal to reopen markets under protection (protection of civilians), no judgement = calling_for_talks"))
U(d, "Our colleagues at the Office of the High Commissioner for Human Rights are also following", "following the events closely.",
  ("United Nations", N, neu, "", "OHCHR = United Nations; monitoring, no appeal = neutral"))
U(d, "They remind the authorities that any use of force", "treated in line with the law.",
  ("United Nations", T, neu, "Papua New Guinea", "'They' = OHCHR; reminder of proportionality = appeal for restraint = calling_for_talks"))
# "Spokesman: I have seen those reports." = acknowledgement, no row.
U(d, "We would condemn any violence aimed at any community", "citizens and foreign residents alike.",
  ("United Nations", C, neg, "", "condemns attacks on communities + hope (rule 1); perpetrators unnamed -> target empty"))
U(d, "I am not in a position to give you that analysis from here.", "I am not in a position to give you that analysis from here.",
  ("United Nations", N, neu, "", "declining to assess = procedural, neutral"))
U(d, "The authorities are investigating, and I would leave it to them.", "The authorities are investigating, and I would leave it to them.",
  ("United Nations", N, neu, "", "deference to the national inquiry = neutral"))
U(d, "It is for the Government of Papua New Guinea to decide what help it needs.", "It is for the Government of Papua New Guinea to decide what help it needs.",
  ("United Nations", N, neu, "", "procedural line = neutral"))
U(d, "We welcome the readiness of Papua New Guinea's partners", "close coordination with the national authorities.",
  ("United Nations", S, pos, "", "welcome of partners' readiness to help + an appeal about coordination (not a peace appeal) = supporting; several partners -> target empty"))
# "Spokesman: Not at this point." = non-answer, no row.
U(d, "He is being kept informed by the Resident Coordinator", "Peacebuilding Affairs.",
  ("United Nations", N, neu, "", "procedure = neutral"))
# "If there is a call, we will let you know." = no position, no row.
U(d, "We are in regular contact with the Forum Secretariat", "on this one as well.",
  ("United Nations", N, neu, "", "contacts with the PIF secretariat, procedural = neutral"))
U(d, "I am not going to get into domestic political questions.", "I am not going to get into domestic political questions.",
  ("United Nations", N, neu, "", "declining to comment = neutral"))
U(d, "What we want to see is calm, the restoration of order", "go back to work.",
  ("United Nations", T, neu, "", "wish for calm = calling_for_talks"))
U(d, "All UN personnel are accounted for", "were not damaged.",
  ("United Nations", N, neu, "", "facts about staff = neutral"))
U(d, "We have asked staff to limit movements", "for the time being.",
  ("United Nations", N, neu, "", "own precaution = neutral"))
# "I think what our human rights colleagues said speaks for itself." = deflection, no row.
U(d, "They are reminding the authorities of their obligations; it is not an accusation", "any state of emergency anywhere.",
  ("United Nations", N, neg, "", "denies that the reminder accuses PNG = neutral, negative tone (a denial)"))
U(d, "Turning to the Security Council, this afternoon at 3 p.m.", "the stakeout afterwards.",
  ("United Nations", N, neu, "", "schedule = neutral"))
U(d, "Lastly, we thank our friends in Tallinn", "to five.",
  ("United Nations", S, pos, "Estonia", "thanks for paying dues = approval = supporting; Tallinn = metonym"))
# "It is too early for that." = short answer; the next sentence carries the position.
U(d, "Once the assessment is done with the Government", "how best to fill them.",
  ("United Nations", N, neu, "", "plan for an appeal, procedural = neutral"))
