# ------------------------------------------------------------------ The Taliban's ban on women's medical training (UN noon-briefing transcript, 2024-12-04)
d = "page_afghanistan_medicaltraining_ban2024_noonbriefing.txt"
# Not statements: header lines, date, transcript note, section heads (**Afghanistan, **Press Conferences, **Questions and Answers),
# the press-conference announcement, the journalists' own questions, the closing pleasantries and the footer.
U(d, "Good afternoon. I will start with Afghanistan", "to stop teaching women and girls.",
  ("United Nations", N, neg, "", "UNAMA via the spokesperson; 'deeply troubled' with no appeal -> neutral, negative"))
U(d, "Were it enforced, women would lose one of the very few routes", "would find even fewer.",
  ("United Nations", N, neg, "", "consequences of the directive, no appeal and no explicit judgement of an actor (like 'any escalation would be dangerous')"))
U(d, "The Mission wants the de facto authorities to drop the measure", "before it takes hold.",
  ("United Nations", T, neg, "Afghanistan", "appeal to drop the measure, no judgement word -> calling_for_talks; the de facto authorities = Afghanistan"))
U(d, "The Special Representative, Roza Otunbayeva, raised the matter today", "continue to do so.",
  ("United Nations", N, neu, "", "raising the matter with officials, reported as an act with no appeal stated -> neutral"))
U(d, "Our colleagues at the UN Population Fund (UNFPA) point out", "pregnancy and childbirth.",
  ("UNFPA", N, neu, "", "figures given by an actor"))
U(d, "UNFPA says that without a new generation of female midwives", "sit their exams.",
  ("UNFPA", T, neg, "Afghanistan", "appeal to let enrolled women finish, no judgement"))
U(d, "The World Health Organization, for its part, says it will keep funding", "depend on female staff.",
  ("World Health Organization", S, pos, "", "continued funding and supplies = aid (backing by act)"))
U(d, "The Taliban's Ministry of Public Health has told some news agencies", "no written order.",
  ("Afghanistan", N, neg, "", "the journalist's question reports the ministry's position (labels/README); denial-like -> neutral"))
U(d, "We have not seen anything in writing.", "We have not seen anything in writing.",
  ("United Nations", N, neu, "", "spokesman's answer: fact, no position on the ban"))
U(d, "The Mission is seeking clarity through its own channels", "rather not get ahead of that.",
  ("United Nations", N, neu, "", "procedure, declines to pre-judge"))
U(d, "The US State Department yesterday called the decision indefensible.", "The US State Department yesterday called the decision indefensible.",
  ("United States", C, neg, "Afghanistan", "reported in a question; 'indefensible' = judgement"))
U(d, "It also said Washington would weigh it in any future dealings", "with the Taliban.",
  ("United States", C, neg, "Afghanistan", "'It' = the State Department; veiled consequence = threatened response (unsure: could be neutral)"))
U(d, "The Secretary-General's position on the rights of Afghan women", "consistent from day one.",
  ("United Nations", N, neu, "", "statement about own consistency, no position in this sentence"))
U(d, "He has said again and again that these restrictions", "must be lifted.",
  ("United Nations", C, neg, "Afghanistan", "'no place in today's world' = judgement + demand -> condemning (rule 1)"))
U(d, "Member States will speak for themselves.", "Member States will speak for themselves.",
  ("United Nations", N, neu, "", "procedural line"))
U(d, "On the regional reaction, Pakistan's Foreign Office spokesperson", "doctors and nurses.",
  ("Pakistan", T, neu, "Afghanistan", "reported in a question; hope that Kabul reconsiders = calling_for_talks"))
U(d, "And Qatar's foreign ministry said it had taken the matter up", "remained committed to dialogue.",
  ("Qatar", T, pos, "Afghanistan", "engagement + commitment to dialogue"))
U(d, "The Doha process exists precisely so that issues like this one", "around the table.",
  ("United Nations", T, pos, "", "the Doha format as the place to discuss = calling_for_talks"))
U(d, "Rosemary DiCarlo's office is in touch with the special envoys", "on the agenda.",
  ("United Nations", T, neu, "", "contacts + wish to put the issue on the agenda of talks"))
U(d, "The Organisation of Islamic Cooperation said in Jeddah", "hurt Muslim families.",
  ("Organisation of Islamic Cooperation", C, neg, "Afghanistan", "reported in a question; 'ran against the teachings of Islam' = judgement"))
U(d, "And the British chargé d'affaires for Afghanistan, Robert Chatterton Dickson, wrote", "mothers and babies.",
  ("United Kingdom", C, neg, "Afghanistan", "'cruel' = judgement; the chargé speaks for the UK"))
U(d, "I think the OIC statement speaks for itself", "mothers and newborns.",
  ("United Nations", N, neu, "", "declines to endorse or add = neutral"))
U(d, "Stéphane, we spoke this morning to a midwifery student in Mazar-i-Sharif", "before their final exams.",
  ("Marzia Hakimi", N, neg, "", "invented witness reported in a question; facts of her expulsion from class"))
U(d, "She told us the Taliban had shut the last door", "in this country.",
  ("Marzia Hakimi", C, neg, "Afghanistan", "grievance aimed at the Taliban authorities = judgement without a stock word"))
U(d, "Ahmad Zia Rahimi, who runs a private nursing institute in Herat", "no letter from the ministry.",
  ("Ahmad Zia Rahimi", N, neu, "", "invented witness; facts only"))
U(d, "Our colleagues at UNFPA and UNICEF are looking at what support", "in the provinces.",
  ("United Nations", S, pos, "", "offer of support under study = aid offered (unsure: could be neutral as a plan)"))
U(d, "Clara Vetterli, an analyst at a Geneva research institute, has argued", "anything in return.",
  ("Clara Vetterli", C, neg, "United Nations", "invented analyst reported in a question; judgement of the UN's engagement"))
U(d, "I would disagree with that.", "I would disagree with that.",
  ("United Nations", N, neg, "", "rejecting a criticism = denial -> neutral, negative"))
U(d, "Engagement is not recognition, and it is not a reward.", "Engagement is not recognition, and it is not a reward.",
  ("United Nations", N, neu, "", "defence of its own approach"))
# "It is how we keep clinics open ..." = continuation of the same defence; left without a row (would duplicate the previous one).
# "Not that I am aware of." = no position.
