# ------------------------------------------------------------------ Venezuela suspends the UN human rights office and expels its staff (UN noon briefing transcript, 2024-02-16)
d = "page_venezuela_ohchr_unbriefing.txt"
U(d, "As you will have seen, the Venezuelan authorities announced yesterday evening", "leave the country.",
  ("Venezuela", C, neg, "United Nations", "Venezuela's position reported by the UN spokesman: suspension of the OHCHR office + 72-hour expulsion of its staff = expulsion (condemning); the spokesman himself only reports"))
U(d, "The Secretary-General regrets this decision.", "The Secretary-General regrets this decision.",
  ("United Nations", C, neg, "Venezuela", "'regrets' aimed at an actor's decision = judgement (guide: regrettable)"))
U(d, "He has full confidence in the High Commissioner, Volker Türk", "agreed with the Government itself.",
  ("United Nations", S, pos, "", "backing of the High Commissioner and his staff; they are part of the UN, so target empty (target may not equal actor)"))
U(d, "That presence has allowed the Office to visit places of detention", "people of Venezuela.",
  ("United Nations", N, pos, "", "the UN's account of its own work, self-praise = neutral, positive"))
U(d, "We hope the Government will reconsider", "resume its work on the ground.",
  ("United Nations", T, pos, "Venezuela", "hope + dialogue addressed to the Government"))
U(d, "Our colleagues in Geneva tell us that they are assessing the next steps", "contact with the authorities.",
  ("United Nations", N, neu, "", "OHCHR (= UN) procedure, no evaluation"))
U(d, "I would also note that the Secretary-General remains concerned about the detention", "also held.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "As the High Commissioner's Office said earlier this week, she should be released", "a lawyer of her choosing.",
  ("United Nations", T, neg, "Venezuela", "demand for release and access to a lawyer with no judgement word = calling_for_talks, negative (README: demand to one side without judgement)"))
U(d, "Foreign Minister Yván Gil said last night that the Office had turned itself into a mouthpiece", "colonial attitude.",
  ("Venezuela", C, neg, "United Nations", "position reported inside a journalist's question: accusation + condition for return"))
U(d, "He also said Caracas would keep working with the High Commissioner's headquarters in Geneva.", "He also said Caracas would keep working with the High Commissioner's headquarters in Geneva.",
  ("Venezuela", T, neu, "United Nations", "'He' = Gil; commitment to continued cooperation = agreeing to engage (calling_for_talks); Caracas = metonym"))
U(d, "I think the Office's record speaks for itself.", "I think the Office's record speaks for itself.",
  ("United Nations", N, pos, "", "self-praise, no judgement of another actor"))
U(d, "It has carried out its mandate in Venezuela openly", "simply not true.",
  ("United Nations", N, neg, "", "denial of Venezuela's accusation ('simply not true') = neutral, negative tone"))
U(d, "My understanding is that 13 staff members, international and national", "worked in the office.",
  ("United Nations", N, neu, "", "figures"))
U(d, "They are making arrangements to leave within the time frame", "ensure their safety.",
  ("United Nations", N, neu, "", "own arrangements, no evaluation"))
U(d, "There have been contacts at different levels", "in touch with the authorities.",
  ("United Nations", N, neu, "", "fact of contacts; a procedural account"))
U(d, "The United States said today it was alarmed by what it called a retaliatory decision by Caracas.", "The United States said today it was alarmed by what it called a retaliatory decision by Caracas.",
  ("United States", C, neg, "Venezuela", "position reported in a question: 'retaliatory' = judgement without stock words; Caracas = metonym"))
U(d, "Argentina, Costa Rica, Ecuador, Paraguay and Uruguay also issued a joint statement", "freed at once.",
  ("Argentina", C, neg, "Venezuela", "joint statement of five states (list, no Oxford comma): 'arbitrary' = judgement + demand -> rule 1; one row per state"),
  ("Costa Rica", C, neg, "Venezuela", "same joint statement"),
  ("Ecuador", C, neg, "Venezuela", "same joint statement"),
  ("Paraguay", C, neg, "Venezuela", "same joint statement"),
  ("Uruguay", C, neg, "Venezuela", "same joint statement"))
U(d, "What I can tell you is that our humanitarian colleagues are continuing to deliver", "yesterday's decision.",
  ("United Nations", S, neu, "Venezuela", "aid delivered to people in Venezuela = backing by act (supporting); target by the country (as batch5c's Gaza airdrops)"))
U(d, "The Attorney General, Tarek William Saab, has accused the activist", "President Maduro.",
  ("Venezuela", C, neg, "", "accusation by the Attorney General reported in a question; the accused is a private person -> target empty"))
U(d, "What we are asking for is that due process be fully respected", "right to a defence.",
  ("United Nations", T, neg, "Venezuela", "demand for due process, no judgement word"))
U(d, "The Foreign Ministry says it will review the terms of its cooperation", "next 30 days.",
  ("Venezuela", N, neu, "", "a plan (30-day review) reported in a question, no judgement in the sentence"))
U(d, "We would certainly welcome any step that allows the Office to return", "in good faith.",
  ("United Nations", T, pos, "Venezuela", "welcome of a hoped-for step + readiness to take part in the review = calling_for_talks (welcome with a peace/dialogue appeal, rule 2 before 3)"))
U(d, "We are following developments in the run-up to the election very closely.", "We are following developments in the run-up to the election very closely.",
  ("United Nations", N, neu, "", "monitoring, no appeal = neutral; about an election, not alarm -> neutral tone"))
