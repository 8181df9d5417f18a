# ------------------------------------------------------------------ Gambia: Solo Sandeng's death in custody and Darboe's arrest (UN noon briefing, 2016-04-18)
d = "page_gambia_sandeng_death2016_noonbriefing.txt"
# Not statements: UN site furniture, breadcrumb, title, date, transcript note, "Good afternoon ..." opener, ** headings,
# the journalists' own questions, closing lines, "* *** *", "Not an official record", Related/Follow us/footer.
# Transcript units start after the speaker's label ("Question: ", "Spokesman: ").
# "As you will have seen, we issued a statement on the Gambia yesterday afternoon." = announcement of a statement, no row.
U(d, "In it, the Secretary-General said he was dismayed", "in Banjul on Thursday.",
  ("United Nations", N, neg, "", "'In it' = the SG's statement; dismay at the deaths, no judgement and no appeal in this sentence = neutral, negative"))
U(d, "The Secretary-General expressed deep concern at what appears to have been excessive force", "together with other senior members.",
  ("United Nations", C, neg, "Gambia", "concern framing, but 'excessive force' passes a judgement on the security forces' act (unsure: hedged 'appears' could make it neutral concern)"))
U(d, "He called on the Government to carry out a swift, impartial inquiry", "for taking part in the protests.",
  ("United Nations", T, neg, "Gambia", "inquiry + unconditional release, no judgement word = calling_for_talks"))
U(d, "The Secretary-General also reminded the authorities of their duty", "presidential election in December.",
  ("United Nations", T, neu, "Gambia", "appeal to respect freedoms of expression and assembly"))
U(d, "His Special Representative for West Africa and the Sahel, Mohamed Ibn Chambas, is in contact", "with regional partners.",
  ("United Nations", N, neu, "", "UNOWAS head = UN; contacts reported as a fact, no appeal; Banjul = place"))
U(d, "Our colleagues at the Office of the High Commissioner for Human Rights tell us", "a doctor without delay.",
  ("United Nations", T, neg, "Gambia", "OHCHR = UN; allegations received (not asserted) + appeal for access to detainees (unsure: the beatings could be read as an accusation = condemning)"))
U(d, "Turning to Ecuador, a UN Disaster Assessment and Coordination team arrived", "worst-hit coastal provinces.",
  ("United Nations", S, pos, "Ecuador", "aid team deployed = backing by act"))
U(d, "The World Food Programme says it is sending food rations", "over the coming days.",
  ("World Food Programme", S, pos, "Ecuador", "food aid = supporting"))
U(d, "The Secretary-General extends his condolences to the people and Government of Ecuador", "as needs become clearer.",
  ("United Nations", S, pos, "Ecuador", "condolences + readiness to help more = supporting"))
U(d, "The information minister, Sheriff Bojang, told a news agency this morning", "died in custody.",
  ("Gambia", N, neg, "", "journalist's question reporting the minister (README: that actor's statement); non-confirmation / denial = neutral, negative"))
U(d, "He also said the opposition had broken the law by marching without a police permit", "dealt with accordingly.",
  ("Gambia", C, neg, "United Democratic Party (Gambia)", "accuses the opposition of breaking the law and defends the arrests = judgement"))
U(d, "I think the facts need to be established, and that is exactly why", "asked for an inquiry.",
  ("United Nations", T, neu, "Gambia", "repeats the call for an inquiry, no judgement"))
U(d, "Whatever the permit situation, the right to demonstrate peacefully has to be respected", "has to be kept safe.",
  ("United Nations", T, neu, "Gambia", "appeal to respect peaceful protest and protect detainees, no judgement word"))
U(d, "President Jammeh, in a message read on state television, told foreign governments", "the Gambia's internal affairs.",
  ("Gambia", C, neg, "", "rejects foreign criticism as interference = judgement aimed at several foreign actors -> target empty (unsure: could be read as neutral)"))
U(d, "The Gambia is a Member State that has signed up to international human rights treaties", "when people die in detention.",
  ("United Nations", N, neg, "", "rebuts the charge of interference (denial) = neutral, negative; the bare 'No.' before it gets no row of its own"))
U(d, "The United Democratic Party says two women arrested with Mr. Sandeng", "allowed to see them.",
  ("United Democratic Party (Gambia)", C, neg, "Gambia", "figures on the women's condition + complaint that families are kept away = accusation against the authorities (unsure: could be neutral facts)"))
U(d, "I don't have any independent information on their condition.", "on their condition.",
  ("United Nations", N, neu, "", "no information = neutral"))
U(d, "We would certainly urge that everyone in detention has access", "to their relatives.",
  ("United Nations", T, neu, "Gambia", "appeal for detainees' access, no judgement"))
U(d, "Human Rights Watch, Amnesty International and ARTICLE 19 said in a joint statement today", "treats peaceful dissent as a crime.",
  ("Human Rights Watch", C, neg, "Gambia", "joint statement reported in a question: judgement on the government; one row per listed organisation"),
  ("Amnesty International", C, neg, "Gambia", "joint statement, listed organisation"),
  ("ARTICLE 19", C, neg, "Gambia", "joint statement, listed organisation"))
U(d, "They want the African Commission on Human and Peoples' Rights", "to take up the case.",
  ("Human Rights Watch", T, neu, "", "'They' = the three groups; asking a regional human rights body to act, no judgement (like pursuing a resolution); the Commission is not a canonical actor -> target empty"),
  ("Amnesty International", T, neu, "", "same appeal, listed organisation"),
  ("ARTICLE 19", T, neu, "", "same appeal, listed organisation"))
U(d, "I would leave it to the African Commission to speak for itself.", "to speak for itself.",
  ("United Nations", N, neu, "", "declining to comment = neutral"))
U(d, "We have made our own position very clear.", "very clear.",
  ("United Nations", N, neu, "", "refers back to its position, no new content"))
U(d, "He is talking to the Gambian authorities and to ECOWAS and the African Union", "nothing to announce today.",
  ("United Nations", T, neu, "", "envoy's contacts + readiness to travel = offer of good offices (unsure: could be neutral as a fact)"))
U(d, "We very much hope that this year's electoral process", "able to campaign freely.",
  ("United Nations", T, pos, "", "hope for a calm, inclusive election = calling_for_talks; all parties -> target empty"))
U(d, "The State Department said over the weekend that it was deeply troubled", "held since Thursday released.",
  ("United States", T, neg, "Gambia", "journalist reporting the US position: concern + demand for release, no judgement word"))
U(d, "I'm not going to speak for other Member States.", "other Member States.",
  ("United Nations", N, neu, "", "declining to comment"))
U(d, "I think you have seen the US statement, and I think our positions", "speak for themselves.",
  ("United Nations", N, neu, "", "refers to positions already stated, no new content"))
U(d, "My understanding is that the Government has asked for support in specific areas", "to match offers to those needs.",
  ("Ecuador", T, neu, "", "asking for humanitarian help = calling_for_talks (labels/README)"),
  ("United Nations", S, pos, "Ecuador", "the UN team helps match aid offers = backing by act"))
# "It's early days." = filler, no row.
U(d, "We will continue to follow up, and we will share more when we have it.", "when we have it.",
  ("United Nations", N, neu, "", "procedure"))
