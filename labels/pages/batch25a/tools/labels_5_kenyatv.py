# ------------------------------------------------------------------ Kenya: TV blackout after Odinga's symbolic oath (live blog, 2018-02-01)
d = "page_kenya_tvblackout_2018_liveblog.txt"
# Not statements: site menu, headline, updated line, "Key events" bullets, refresh/share line, time stamps, the blog's own
# sign-off and welcome entries, ADVERTISEMENT, Related line, tags, most read, copyright.
# "Citizen TV, NTV and KTN were still off ... their managers said." = unnamed station managers, not actors; no row.
# "The US State Department has put out a long statement on Kenya, and it is not gentle with either side." = summary line, no row.
U(d, "It said Washington did not recognise Raila Odinga's oath", "re-election in October.",
  ("United States", C, neg, "Orange Democratic Movement", "refuses to recognise the oath as lawful = judgement of Odinga's act (Odinga = ODM in the name files)"))
U(d, "The statement went on to say that the US was alarmed to see broadcasters taken off air", "put the stations back on.",
  ("United States", T, neg, "Kenya", "speaker carried across a paragraph break ('The statement went on'); alarm + appeal, no judgement word = calling_for_talks"))
U(d, "In the same statement, spokeswoman Heather Nauert praised the police", "keep doing so.",
  ("United States", T, pos, "Kenya", "praise joined to an appeal for restraint = calling_for_talks (rule 2 before rule 3)"))
# "A reader asks whether any other government has spoken." = the blog's own framing, no row.
U(d, "Earlier this evening the embassies of Canada, Denmark, Germany, the Netherlands, Norway and Sweden said in a joint statement", "the election had exposed.",
  ("Canada", T, neu, "", "joint statement by a list of states: one row each; appeal for dialogue"),
  ("Denmark", T, neu, "", "same joint statement"),
  ("Germany", T, neu, "", "same joint statement"),
  ("Netherlands", T, neu, "", "same joint statement"),
  ("Norway", T, neu, "", "same joint statement"),
  ("Sweden", T, neu, "", "same joint statement"))
# "Interior Cabinet Secretary Fred Matiang'i has just spoken to reporters ..., and he was in no mood to back down." = lead-in, no row.
U(d, "\"Those who stood at Uhuru Park and took part in that so-called oath", "Matiang'i said.",
  ("Kenya", C, neg, "National Super Alliance", "accusation of attempted overthrow + threat of prosecution"))
U(d, "He said the stations would stay off air until investigators established", "subvert the state.\"",
  ("Kenya", C, neg, "", "a measure kept in place with an accusation; stations and opposition -> target empty"))
# "Matiang'i was asked about the High Court order." = narration, no row.
U(d, "He said the government would study it.", "would study it.",
  ("Kenya", N, neu, "", "non-committal reply, no position"))
U(d, "Quick recap: the gazette notice published late on Tuesday declared the National Resistance Movement", "Prevention of Organised Crimes Act.",
  ("Kenya", C, neg, "", "the interior ministry's notice proscribing an opposition group = a measure = condemning; the group is not declared as an actor (its name clashes with Uganda's ruling party) -> target empty"))
U(d, "NASA's James Orengo, speaking outside Parliament Buildings, accused the government", "gathering peacefully.",
  ("National Super Alliance", C, neg, "Kenya", "the coalition's senator speaks for NASA; accusation"))
U(d, "\"They have not only switched off televisions.", "the Siaya senator said.",
  ("National Super Alliance", C, neg, "Kenya", "multi-sentence quote closed by a role ('the Siaya senator'); judgement"))
U(d, "Orengo said the opposition would not be intimidated by the gazette notice", "People's Assembly.",
  ("National Super Alliance", C, neg, "Kenya", "defiance that calls the notice intimidation (unsure: could be read as a plan, neutral)"))
U(d, "Government spokesman Eric Kiraithe denied that police had been sent", "any of them.",
  ("Kenya", N, neg, "", "denial = neutral, negative"))
# "Our reporter at Nation Centre says ..." = the outlet, no row.
U(d, "The Law Society of Kenya says it has sent a team of advocates", "tries to arrest them.",
  ("Law Society of Kenya", S, pos, "", "backing by act: free legal representation for the journalists (not actors) -> target empty"))
U(d, "LSK president Isaac Okero said the order from Justice Chacha Mwita was binding", "its own house.\"",
  ("Law Society of Kenya", C, neg, "Kenya", "judgement of a government ignoring a court order"))
# "The African Union has weighed in." = lead-in, no row.
U(d, "AU Commission chairperson Moussa Faki Mahamat said in a statement that he regretted", "dialogue and unity.",
  ("African Union", C, neg, "", "regret aimed at both sides' acts = judgement (rule 1, over the hope that follows); two sides -> target empty (unsure: could be calling_for_talks)"))
U(d, "From Brussels, a spokesperson for the European Union's foreign policy chief said", "a great deal of concern.\"",
  ("European Union", N, neg, "", "concern without an appeal"))
# "BREAKING: Justice Chacha Mwita has suspended ..." = a court ruling narrated, no row (judicial procedure, like a charge).
U(d, "The Media Council of Kenya has repeated its call for the stations to be restored", "multi-party politics.",
  ("Media Council of Kenya", C, neg, "Kenya", "demand + judgement of the damage done"))
U(d, "The council said it would write to the Communications Authority", "legal basis for the order.",
  ("Media Council of Kenya", N, neu, "", "'the council'; procedural step"))
U(d, "The Kenya Editors Guild has released its account of a meeting at State House", "lose its licence.",
  ("Kenya Editors Guild", C, neg, "Kenya", "the guild's account accuses the President of threatening broadcasters"),
  ("Kenya", C, neg, "", "the President's threat, reported by the guild, is Kenya's position too (a position of X reported by Y); media owners are not actors -> target empty"))
# "State House has not commented on the guild's account." = non-answer, no row.
U(d, "Amnesty International's Kenya office said the shutdown was a flagrant attack", "without conditions.",
  ("Amnesty International", C, neg, "Kenya", "judgement + demand (rule 1)"))
U(d, "Political analyst Wanjiru Kimathi, who teaches governance", "handed the opposition a gift.",
  ("Wanjiru Kimathi", C, neg, "Kenya", "invented analyst; judgement without a stock word (a self-defeating move)"))
U(d, "\"On Tuesday Raila had a crowd and a Bible.", "Kimathi said.",
  ("Wanjiru Kimathi", C, neg, "Kenya", "the state 'gave him martyrs' = judgement of the shutdown"))
U(d, "She said both camps should accept mediation by religious leaders", "hardened further.",
  ("Wanjiru Kimathi", T, neu, "", "appeal for mediation"))
U(d, "A matatu driver in Kibera, Otieno Owuor, told our reporter", "had gone blank.",
  ("Otieno Owuor", N, neu, "", "invented witness; what he did"))
U(d, "\"They can switch off the TV", "Owuor said.",
  ("Otieno Owuor", C, neg, "Kenya", "defiance aimed at the shutdown = judgement (unsure: mild)"))
U(d, "Kalonzo Musyoka, who was due to take the oath as Odinga's deputy", "at the right time.\"",
  ("Wiper Democratic Movement", S, pos, "National Super Alliance", "the Wiper leader declares he still stands with the coalition = supporting"))
U(d, "Odinga himself broke his silence this morning", "keep their protests peaceful.",
  ("Orange Democratic Movement", T, neu, "", "appeal for peaceful protest; 'electoral justice' frames his cause without an explicit judgement"))
