# ------------------------------------------------------------------ Mali expels the MINUSMA spokesman Olivier Salgado (international wire copy, 2022-07-20)
d = "page_mali_salgado_expulsion2022_wire.txt"
# Not statements: menu, headline, byline, read time, crossheads (UNDER REVIEW, REGIONAL MEDIATION), ADVERTISEMENT, reporting credits, Related Coverage, tags, standards line, copyright.
U(d, "Mali's military-led government on Wednesday gave the spokesman", "already frozen troop rotations for the 13,000-strong force.",
  ("Mali", C, neg, "United Nations", "dateline excluded; expulsion of a UN official + accusation of false claims = condemning (expulsion); long lede with narration"))
U(d, "In a statement read on state television, the foreign ministry said Olivier Salgado", "told in advance that the Ivorian troops were coming.",
  ("Mali", C, neg, "United Nations", "reported clause: only the ministry's position is a statement (Salgado's claim is what it accuses); accusation of posting without evidence"))
U(d, "\"These messages were designed to mislead", "the statement said.",
  ("Mali", C, neg, "United Nations", "quote closed by 'the statement said'; accusation of deception"))
U(d, "\"The Government cannot tolerate such conduct from a guest on its soil.\"", "\"The Government cannot tolerate such conduct from a guest on its soil.\"",
  ("Mali", C, neg, "United Nations", "quote continued after the attribution, same speaker; 'cannot tolerate' = judgement"))
U(d, "The ministry said it had informed the mission's deputy head", "in person on Wednesday morning.",
  ("Mali", N, neu, "", "procedure (notification), no judgement"))
U(d, "Salgado wrote on July 11 that the soldiers had been in Mali", "a line the United Nations in New York later qualified.",
  ("United Nations", N, neu, "", "the mission spokesman speaks for the UN; a fact given (and later qualified), no evaluation"))
U(d, "Mali's transitional authorities have called the 49 men mercenaries", "undermine state security.",
  ("Mali", C, neg, "Ivory Coast", "calling another state's soldiers mercenaries sent to topple it = accusation; prosecution as a measure"))
U(d, "Colonel Abdoulaye Maïga, the government spokesman, told reporters", "operations against the Malian people\".",
  ("Mali", C, neg, "United Nations", "spokesman named by role; accusation that the mission is used as a screen (judgement without a stock word), despite the reassurance"))
U(d, "He said the government would review the rules under which foreign contingents", "before any new flights were cleared.",
  ("Mali", N, neu, "", "'He' = Maïga; procedure, no judgement stated"))
U(d, "Ivory Coast has insisted from the start that the soldiers were deployed", "has demanded their release.",
  ("Ivory Coast", T, neg, "Mali", "denial + demand for release addressed to one side with no judgement word = calling_for_talks (labels/README)"))
U(d, "\"Our soldiers are not mercenaries, they never were", "by telephone from Abidjan.",
  ("Ivory Coast", N, neg, "", "denial = neutral, negative (guide); official of the National Security Council speaks for Ivory Coast"))
U(d, "Sarassoro said the government of President Alassane Ouattara was counting on", "ready to sit down with Bamako at any level.",
  ("Ivory Coast", T, pos, "Mali", "surname only; hope for a release + offer of talks at any level"))
U(d, "At U.N. headquarters, deputy spokesman Farhan Haq said the world body", "and deplored it.",
  ("United Nations", C, neg, "Mali", "'deplored' the order = judgement on an act (guide: 'regrettable' and the like)"))
U(d, "\"Expelling the voice of a peacekeeping mission is the wrong answer", "the Security Council had given it.",
  ("United Nations", C, neg, "Mali", "judgement without a stock word ('the wrong answer'); the tail on the mandate is the same speaker"))
U(d, "Asked whether the mission would challenge the order, Haq said", "the coordination meeting Bamako itself had proposed.",
  ("United Nations", T, neu, "Mali", "contacts + hope of settling through a meeting = calling_for_talks"),
  ("Mali", T, neu, "", "a position of X reported by Y (guide): Bamako's own proposal of a coordination meeting (unsure: a relative clause)"))
U(d, "The mission said in a short note that Salgado would leave on Saturday", "from New York in the meantime.",
  ("United Nations", N, neu, "", "MINUSMA = UN; plans and procedure"))
# "El-Ghassim Wane, the head of MINUSMA, has held several meetings ..., diplomats in Bamako said." = meetings listed in narration, unnamed diplomats: no row.
U(d, "Germany, whose contingent at the airport base", "following the case with unease.",
  ("Germany", N, neg, "", "unease without an appeal = neutral, negative"))
U(d, "\"We are watching developments around our soldiers' mission in Mali with growing concern,\"", "a parliamentary vote on the mandate.",
  ("Germany", N, neg, "", "concern with no appeal = neutral; declining to comment on the vote"))
U(d, "The defence ministry in Berlin said separately that it had approved an extra 5 million euros", "keeps them in Mali\".",
  ("Germany", S, pos, "United Nations", "backing by act: money for the UN mission = supporting"))
# "France's foreign ministry was blunter." = summary line before the quote, no row.
U(d, "A spokeswoman, Anne-Claire Legendre, said the decision showed", "in remarks carried by French public radio.",
  ("France", C, neg, "Mali", "judgement on the junta without a stock word; 'in remarks carried by' = second-hand attribution"))
U(d, "In Washington, State Department spokesman Ned Price said the United States was \"troubled\"", "in full and without obstruction\".",
  ("United States", T, neg, "Mali", "concern + appeal to let the mission work, no explicit judgement = calling_for_talks (rule 2)"))
U(d, "Togo, which has kept close ties with Bamako since the 2020 coup, offered", "on the soldiers' fate.",
  ("Togo", T, pos, "", "offer to host talks between two sides; the relative clause is narration"))
U(d, "Togolese Foreign Minister Robert Dussey said President Faure Gnassingbé", "spares everyone's dignity\".",
  ("Togo", T, pos, "", "ministry given by the state's adjective; mediation and a hoped-for way out"))
U(d, "The ECOWAS Commission in Abuja said it hoped the two member states", "from its communication directorate.",
  ("ECOWAS", T, pos, "", "hope for a quiet settlement = calling_for_talks; 'according to a statement from' tail"))
U(d, "A spokesman for Russia's embassy in Bamako was quoted by Malian media as saying", "who works on its territory\".",
  ("Russia", S, pos, "Mali", "'was quoted as saying' = second-hand; backing Mali's sovereign right = supporting"))
# "Analysts said the expulsion fitted a pattern ..." = unnamed analysts, no row.
U(d, "\"Every fight with Paris, with ECOWAS and now with the U.N. has played well", "a researcher at the Sahel Policy Lab in Dakar.",
  ("Ibrahima Ndao", N, neg, "", "invented analyst; reading of the junta's incentives, no explicit judgement"))
U(d, "Ndao said the real risk lay in the frozen rotations", "exhausted by late summer.",
  ("Ibrahima Ndao", N, neg, "", "risk assessment, no appeal"))
U(d, "\"If Bamako wants the mission gone, it should say so openly", "he said.",
  ("Ibrahima Ndao", C, neg, "Mali", "'strangling it flight by flight' = judgement on Bamako's conduct"))
U(d, "Kadiatou Tangara, a law professor at the University of Bamako, said the government", "without a public hearing of the evidence.",
  ("Kadiatou Tangara", C, neg, "Mali", "invented scholar; concedes the right but judges the manner ('damaged its own case')"))
U(d, "\"Both sides owe the public a clear account of what those soldiers were doing,\"", "she said.",
  ("Kadiatou Tangara", T, neu, "", "appeal to both sides for disclosure, no judgement"))
U(d, "\"Until that happens, the suspicion will only grow.\"", "\"Until that happens, the suspicion will only grow.\"",
  ("Kadiatou Tangara", N, neg, "", "quote continued after the attribution; forecast, no appeal"))
# "MINUSMA has lost more than 170 peacekeepers ..." = background figure from no named source, no row.
