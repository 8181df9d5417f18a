# ------------------------------------------------------------------ Killing of Kem Ley: UN noon briefing transcript (2016-07-12)
d = "page_cambodia_kemley_killing2016_noonbriefing.txt"
# Not statements: site header, menu, breadcrumbs, date, transcript note, section heads (**South Sudan, **Cambodia, **Questions and Answers), the journalists' questions as such, "Yes, Matthew?", closing courtesies, disclaimer, Related, share bar.
U(d, "I will start with South Sudan, where the situation in Juba remains tense", "the UN Mission (UNMISS).",
  ("United Nations", N, neu, "", "situation report relayed from the UN mission; 'Good afternoon.' is its own sentence, no row"))
U(d, "The Mission reports that several thousand civilians are still sheltering", "killed over the weekend.",
  ("United Nations", N, neu, "", "figures given by the UN mission (guide: casualty figures neutral)"))
U(d, "The Secretary-General once again calls on President Salva Kiir", "reach the wounded.",
  ("United Nations", T, neu, "", "appeal to both leaders for restraint, ceasefire, access; two addressees -> target empty"))
U(d, "He reminds both leaders that attacks on civilians and on UN premises", "war crimes.",
  ("United Nations", C, neg, "", "warning that attacks may be war crimes = judgement/threat aimed at both sides (unsure: no side named as having attacked)"))
U(d, "Turning to Cambodia, the Secretary-General was saddened to learn", "civil society figure.",
  ("United Nations", N, neg, "", "sadness with no judgement or appeal = neutral, negative"))
U(d, "He extends his condolences to Mr. Kem Ley's family and colleagues.", "family and colleagues.",
  ("United Nations", S, neg, "", "condolences = sympathy/solidarity with the family (not a canonical actor -> target empty); grief tone (unsure: condolences sometimes labelled neutral)"))
U(d, "The Secretary-General hopes the Cambodian authorities will carry out", "brought to justice.",
  ("United Nations", T, neu, "Cambodia", "hope/appeal for an impartial investigation, no judgement = calling_for_talks"))
U(d, "Our colleagues at the Office of the High Commissioner for Human Rights in Phnom Penh", "rights defenders.",
  ("United Nations", C, neg, "Cambodia", "OHCHR = UN; 'growing pressure on government critics' = judgement on the authorities' conduct, no stock word"))
U(d, "The Office offered its technical expertise to the authorities", "should it be requested.",
  ("United Nations", S, neu, "Cambodia", "offer of assistance = supporting"))
U(d, "And the Special Rapporteur on the situation of human rights in Cambodia, Rhona Smith,", "no political master.",
  ("United Nations", T, neg, "Cambodia", "special rapporteur = UN; condition for a trusted inquiry, an appeal with implied distrust, no explicit judgement (unsure: could be condemning)"))
U(d, "The Prime Minister, Hun Sen, condemned the killing on Facebook on Sunday", "ordered a full investigation.",
  ("Cambodia", C, neg, "", "position reported inside a journalist's question; condemnation of the killing (perpetrator unknown -> target empty) + order of investigation"))
U(d, "His spokesman, Phay Siphan, told reporters yesterday that any suggestion of a political motive", "stir up trouble.",
  ("Cambodia", C, neg, "", "denial joined to a judgement of those making the suggestion ('irresponsible', 'stir up trouble'): rule 1; no canonical target"))
U(d, "Spokesman: I think we've seen the Prime Minister's statement and we take note of it.", "take note of it.",
  ("United Nations", N, neu, "", "procedural line: takes note"))
U(d, "What matters now is that the investigation is credible in the eyes of the Cambodian people", "is looking for.",
  ("United Nations", T, neu, "Cambodia", "appeal for a credible investigation"))
U(d, "I'm not going to grade it before it has even started.", "has even started.",
  ("United Nations", N, neu, "", "declines to judge = neutral"))
U(d, "Question: The opposition Cambodia National Rescue Party sent a letter to the UN", "help with the investigation.",
  ("Cambodia National Rescue Party", T, neu, "United Nations", "a request for UN help, reported in a question = asking for help (README: asking for help is calling_for_talks)"))
U(d, "Spokesman: I have not seen the letter.", "the letter.",
  ("United Nations", N, neu, "", "procedural"))
U(d, "As I said, the Office in Phnom Penh stands ready to provide technical help", "if the authorities ask for it.",
  ("United Nations", S, neu, "Cambodia", "standing offer of assistance = supporting"))
U(d, "The acting CNRP leader, Kem Sokha, is quoted as saying the killing was a warning", "before the 2018 elections.",
  ("Cambodia National Rescue Party", C, neg, "", "passive attribution ('is quoted as saying'); reads the killing as political intimidation = judgement; no named target"))
U(d, "Spokesman: We're not going to speculate on motives.", "on motives.",
  ("United Nations", N, neu, "", "declines to speculate"))
U(d, "What I can tell you is that the Secretary-General has been following with growing unease", "arrested or threatened.",
  ("United Nations", N, neg, "", "concern with no appeal in the sentence = neutral, negative (the appeal follows separately)"))
U(d, "He wants Cambodians to be able to speak, organise and demonstrate without fear.", "without fear.",
  ("United Nations", T, neu, "Cambodia", "appeal for freedoms, no judgement = calling_for_talks"))
U(d, "The Interior Ministry says the man arrested confessed", "3,000 dollars.",
  ("Cambodia", N, neu, "", "the ministry's account of the suspect's confession = facts"))
U(d, "Spokesman: No, I don't have any information beyond what has been reported in the press.", "in the press.",
  ("United Nations", N, neu, "", "no information"))
U(d, "That's exactly why a thorough investigation is needed.", "is needed.",
  ("United Nations", T, neu, "", "appeal for an investigation"))
U(d, "The US State Department said yesterday it was grieved by the killing", "made a similar call.",
  ("United States", T, neg, "Cambodia", "reported in a question: grief + appeal for an even-handed investigation, no judgement"),
  ("European Union", T, neu, "Cambodia", "'made a similar call' = same appeal"))
U(d, "Spokesman: I think it's natural that member states would express their views.", "express their views.",
  ("United Nations", N, neu, "", "procedural"))
# "Our own position is as I stated it." = refers back, no new position, no row.
U(d, "We'll stay in touch with all concerned.", "with all concerned.",
  ("United Nations", N, neu, "", "procedural line"))
U(d, "Question: Steph, a Phnom Penh analyst we spoke to, Sokunthea Vong", "impossible to ignore.",
  ("Sokunthea Vong", C, neg, "Cambodia", "invented analyst quoted in a question; insinuates a link to the Prime Minister's family (judgement by implication) (unsure: could be neutral)"))
U(d, "Spokesman: The investigation should follow every lead, wherever it goes.", "wherever it goes.",
  ("United Nations", T, neu, "", "appeal about the investigation"))
# "That's what impartial means." = gloss, no row.
U(d, "Spokesman: I have not heard of any incidents.", "any incidents.",
  ("United Nations", N, neu, "", "fact"))
U(d, "We would of course encourage everyone to mourn peacefully", "right to gather.",
  ("United Nations", T, neu, "", "appeal for calm and for respect of assembly"))
U(d, "Spokesman: Not today, as far as I know.", "as far as I know.",
  ("United Nations", N, neu, "", "side item (Syria): fact"))
U(d, "We keep asking all the parties for the approvals and the safe passage", "as soon as one moves.",
  ("United Nations", T, neu, "", "appeal for humanitarian access"))
U(d, "A second rights expert, Chak Rithy of the Cambodian Centre for Civic Dialogue,", "foreign forensic experts.",
  ("Chak Rithy", T, neu, "Cambodia", "invented rights expert quoted in a question; appeal to invite foreign experts"))
U(d, "Spokesman: It is for the Cambodian authorities to decide how they organise their investigation.", "their investigation.",
  ("United Nations", N, neu, "", "procedural deference"))
U(d, "If they want our help, it's there.", "it's there.",
  ("United Nations", S, neu, "Cambodia", "offer of help = supporting"))
