# ---------------------------------------------------------------- 3. Burkina Faso: UN resident coordinator declared persona non grata (noon briefing)
d = "page_burkinafaso_rcexpulsion2025_noonbriefing.txt"
UN = "United Nations"
BF = "Burkina Faso"
# "Good afternoon. Welcome back ... I will start with Burkina Faso, ..." -> greeting and link, no row
U(d, "We deeply regret the decision announced today by the transitional authorities of Burkina Faso", "persona non grata.",
  (UN, C, neg, BF, "spokesman = United Nations; 'deeply regret' the expulsion decision = judgement (labels/README: regret aimed at an act is condemning)"))
# "Our position on this question is long-standing and it has not changed." -> lead-in to the next sentence, no row
U(d, "Staff of this Organization serve the Secretary-General and the Member States as a whole,", "to do her job.",
  (UN, C, neg, BF, "rejects a government's right to declare a UN official unwelcome = objection to Burkina Faso's act (unsure: could be read as a neutral statement of principle)"))
U(d, "Ms Flore-Smereczniak has our full confidence,", "in very difficult conditions.",
  (UN, N, pos, "", "praise of its own official, not of another actor = neutral, positive"))
U(d, "Until further notice, the UN country team will be led by an officer-in-charge,", "will go on.",
  (UN, N, neu, "", "arrangements = plan"))
U(d, "We remain committed to working with the authorities and, above all, with the people of Burkina Faso,", "violence in the country.",
  (UN, S, pos, BF, "commitment to keep working with and for the country = support"))
U(d, "Our humanitarian colleagues remind us that millions of people in Burkina Faso need assistance this year,", "for months.",
  (UN, N, neg, "", "OCHA ('our humanitarian colleagues') = United Nations; needs and blockaded towns = facts, no appeal; armed groups not named"))
U(d, "The World Food Programme says it is still flying food into several of those towns,", "too dangerous for convoys.",
  ("World Food Programme", S, neu, BF, "aid delivered = supporting; Djibo is a place"))
U(d, "UNICEF tells us that its teams are continuing to provide nutrition treatment", "north and east of the country.",
  ("UNICEF", S, neu, BF, "aid delivered = supporting"))
U(d, "The Government spokesman, Gilbert Ouédraogo, said on national television today", "sacrifices of the Burkinabe army.",
  (BF, C, neg, UN, "reported in a question ('Thank you, Steph.' not part of the unit); government spokesman = Burkina Faso; report 'rested on nothing that could be checked' + the coordinator 'lent her name to accusations that insult' the army = judgement of the UN"))
U(d, "He said Ouagadougou learnt of the report's findings only when everyone else did, in April.", "in April.",
  (BF, C, neg, UN, "reported in a question; 'Ouagadougou' = Burkina Faso; complaint of not being informed before publication = reproach of the UN (unsure: could be a neutral fact with a negative tone)"))
# "What is your response?" -> the journalist's question, no row
U(d, "Well, first of all, the report is the Secretary-General's report,", "the Security Council gave him.",
  (UN, N, neu, "", "'Spokesman:' label not part of the unit; origin and mandate of the report = procedure"))
U(d, "It is not the personal work of the Resident Coordinator.", "of the Resident Coordinator.",
  (UN, N, neg, "", "rejects the charge that the coordinator wrote it = denial, neutral with a negative tone"))
U(d, "The information in it was gathered and verified by the UN monitoring and reporting mechanism,", "where it operates.",
  (UN, N, neu, "", "methodology = procedure"))
# "So you stand by the report?" -> question, no row
U(d, "We stand by the report, yes.", "We stand by the report, yes.",
  (UN, N, neu, "", "maintains its own report = neutral (its own position, no other actor approved)"))
# "A follow-up." -> cue, no row
U(d, "The minister also accused the UN of putting the army and the volunteer auxiliaries", "the terrorist groups.",
  (BF, C, neg, UN, "reported in a question; 'The minister' = the spokesman Ouédraogo (Minister of Communication); accusation of the UN"))
# "Is that a fair reading?" -> question, no row
U(d, "No, I don't think it is.", "No, I don't think it is.",
  (UN, N, neg, "", "rebuttal of the accusation = denial, neutral with a negative tone"))
U(d, "The report verified 2,483 grave violations against 2,255 children", "between July 2022 and June 2024.",
  (UN, N, neu, "", "figures given by an actor = neutral, neutral tone (guide)"))
U(d, "It attributes about 65 per cent of them to armed groups,", "Volunteers for the Defence of the Homeland.",
  (UN, C, neg, "", "attributing grave violations against children to JNIM, the ISSP and the national forces and VDP = accusation by describing attacks on civilians (guide rule 4); several actors -> target empty (unsure: could be read as neutral figures)"))
U(d, "Those are two very different figures, and the report says so.", "the report says so.",
  (UN, N, neu, "", "clarification of its own report"))
U(d, "What we are asking of every party, without exception,", "schools and health centres.",
  (UN, T, neu, "", "appeal to all parties to protect children = calling_for_talks; several addressed -> target empty"))
U(d, "Steph, this is the second Resident Coordinator to be thrown out of Ouagadougou", "in December 2022.",
  (BF, C, neg, UN, "reported in a question: Burkina Faso's expulsions of two UN coordinators = measures taken against the UN (unsure: a journalist's background, could get no row); Ouagadougou = place"))
# "Is there a pattern here, and is the Secretary-General going to call Captain Traoré?" -> question, no row
U(d, "I would not want to draw a line between the two cases.", "between the two cases.",
  (UN, N, neu, "", "declines to compare = neutral"))
U(d, "On contacts, I have nothing to announce at this point.", "at this point.",
  (UN, N, neu, "", "nothing to announce = neutral"))
U(d, "We are, of course, in touch with the authorities through the usual channels,", "keep our work going.",
  (UN, T, pos, BF, "contacts + hope to get past the row = calling_for_talks (guide: hopes); addressed to the Burkinabe authorities"))
U(d, "Human Rights Watch put out a statement this afternoon saying", "reverse the decision.",
  ("Human Rights Watch", C, neg, BF, "reported in a question; expelling the official 'will not make those abuses go away' + call on the Council to have the decision reversed = judgement of Burkina Faso's decision; the Security Council is addressed, not a speaker; Ouagadougou = metonym"))
# "Do you agree with that?" -> question, no row
U(d, "I'm not going to comment on what every organization says.", "what every organization says.",
  (UN, N, neu, "", "declines to comment = neutral"))
# "Human Rights Watch speaks for itself." -> deflection with no position, no row
U(d, "What I can tell you is that the Office of the Special Representative for Children and Armed Conflict", "around the world.",
  (UN, S, pos, BF, "the SRSG office = United Nations; readiness to work with the government on steps to protect children = offer of help (as the offer of support in the Zimbabwe briefing)"))
# "Is the Secretary-General going to brief the Security Council on this?" -> question, no row
U(d, "If Council members wish to discuss it, we will obviously be there to brief them.", "to brief them.",
  (UN, N, neu, "", "procedure"))
# "That's up to the Council." -> no position, no row
# "One more on the Sahel. Does the expulsion affect ...? Aid groups have said they are already struggling to get access." -> question; 'aid groups' unnamed, no row
U(d, "Our humanitarian work continues.", "Our humanitarian work continues.",
  (UN, N, neu, "", "fact"))
U(d, "We are very concerned about access, which has been difficult for a long time,", "who need help most.",
  (UN, N, neg, "", "concern without an appeal in this sentence = neutral, negative; 'any decision that makes it harder' is a veiled remark on the expulsion (unsure: could be condemning Burkina Faso)"))
U(d, "We call on the authorities to give humanitarian workers the space they need", "wherever it is.",
  (UN, T, neu, BF, "appeal for humanitarian access addressed to the authorities"))
