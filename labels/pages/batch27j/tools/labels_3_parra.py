# ------------------------------------------------------------------ Venezuela's National Assembly board vote (Luis Parra vs Guaidó) (UN noon-briefing transcript, 2020-01-06)
d = "page_venezuela_parra_assembly2020_noonbriefing.txt"
# Not statements: site bar, menu, title, date, the transcript note, **crossheads, greetings, "Yes, Edie?", speaker labels,
# the correspondents' own questions (only positions of third parties reported inside them get a row), the closing lines, footer.
# "Good afternoon and happy new year ... I will start with Venezuela." = greeting, no row.
U(d, "The Secretary-General is following closely the events surrounding the vote", "the Federal Legislative Palace.",
  ("United Nations", N, neg, "", "monitoring + reports of blocked deputies, no appeal and no judgement = neutral, negative tone"))
U(d, "He calls on all political actors in Venezuela to lower tensions", "the Venezuelan people first.",
  ("United Nations", T, neu, "", "appeal for de-escalation and a negotiated way out, addressed to all"))
U(d, "The Secretary-General also stresses the importance of the National Assembly", "the immunities of its members.",
  ("United Nations", T, neu, "", "appeal to respect the Assembly's functions and immunities, no judgement word"))
U(d, "From Geneva, our colleagues at the Office of the High Commissioner for Human Rights said they were troubled", "to the legislative building.",
  ("United Nations", N, neg, "", "OHCHR = United Nations; 'troubled by accounts' = concern with no appeal"))
U(d, "The Office's spokesperson, Rupert Colville, told reporters", "the authorities in Caracas.",
  ("United Nations", C, neg, "Venezuela", "spokesperson named by role first; judgement of the security forces' conduct without stock words + a protest raised with the authorities"))
U(d, "On the humanitarian side, the Office for the Coordination of Humanitarian Affairs (OCHA) tells us", "target of 2.6 million.",
  ("United Nations", N, neu, "", "figures given by an actor = neutral"))
U(d, "OCHA adds that the 2020 response plan will be presented", "remains uneven.",
  ("United Nations", N, neu, "", "plan + access situation, no appeal"))
U(d, "Meanwhile, the refugee agency (UNHCR) and the International Organization for Migration (IOM) say the number", "Chile and Brazil.",
  ("UNHCR", N, neu, "", "figures; two agencies as a pair (one row each)"),
  ("International Organization for Migration", N, neu, "", "same sentence, second agency"))
U(d, "The two agencies praised host Governments in the region", "remained badly underfunded.",
  ("UNHCR", S, pos, "", "praise of several host governments -> target empty; the funding gap is a fact"),
  ("International Organization for Migration", S, pos, "", "same sentence, second agency"))
U(d, "It is not for the Secretary-General to decide who presides", "a national parliament.",
  ("United Nations", N, neu, "", "procedural line (not the UN's role)"))
# "That is for the Venezuelan institutions, and recognition questions are for Member States." = the same procedural point, no second row.
U(d, "What we are saying is that the Assembly must be allowed to do its work", "vote freely.",
  ("United Nations", T, neu, "", "'must be allowed' appeal, no judgement word"))
U(d, "But the Lima Group has already said it will not recognize yesterday's vote", "called it a sham.",
  ("Lima Group", C, neg, "Venezuela", "position reported inside a correspondent's question (the question itself is no statement); refusal to recognise the vote in protest"),
  ("United States", C, neg, "Venezuela", "same sentence; 'Washington' = the US government; 'a sham' = judgement"))
# "I would not say that." = answer to the question, no position.
U(d, "Each Government speaks for itself, and we have been consistent on the need for dialogue.", "the need for dialogue.",
  ("United Nations", T, neu, "", "restates the call for dialogue"))
U(d, "Mr. Guaidó's team describes what happened as a parliamentary coup.", "a parliamentary coup.",
  ("National Assembly of Venezuela", C, neg, "Venezuela", "Guaidó = National Assembly of Venezuela (name files); reported in a question; 'coup' = judgement"))
U(d, "The Venezuelan Foreign Minister says the opposition simply lost its majority.", "lost its majority.",
  ("Venezuela", N, neg, "", "office holder by title only, state by adjective; rebuttal of the coup charge = denial (neutral, negative tone)"))
# "The Secretary-General has not spoken to either of them today." = a non-answer, no row.
U(d, "Our colleagues on the ground remain in contact with all relevant actors", "should both parties ask for them.",
  ("United Nations", T, neu, "", "good offices offered = calling_for_talks"))
U(d, "On the same subject, the Russian Foreign Ministry said today", "from abroad.",
  ("Russia", C, neg, "United States", "backing of the new board joined to an accusation of the US: rule 1, the judgement decides"))
# "I have no comment on statements by Member States." = a non-answer, no row.
U(d, "Steph, the European Union's foreign policy chief, Josep Borrell, said", "those responsible.",
  ("European Union", C, neg, "Venezuela", "announced consideration of further targeted measures = threatened sanctions (condemning); reported in a question"))
U(d, "Sanctions are a matter for the Member States concerned.", "the Member States concerned.",
  ("United Nations", N, neu, "", "procedural line"))
U(d, "Our focus is on the humanitarian needs", "ordinary Venezuelans.",
  ("United Nations", T, neu, "", "appeal that measures spare civilians (protection of civilians), no judgement"))
U(d, "Our colleagues will follow it closely, as they followed yesterday's.", "they followed yesterday's.",
  ("United Nations", N, neu, "", "plan to monitor, procedural"))
# "I do not have details on monitoring arrangements to share with you." = a non-answer, no row.
U(d, "Mr. Guaidó's team said in September that the Norwegian-facilitated talks were exhausted.", "were exhausted.",
  ("National Assembly of Venezuela", N, neg, "", "leaving a talks format with no protest stated in the sentence = neutral (reported in a question)"))
U(d, "We hope that the Venezuelan parties will find their way back to the table", "suits them.",
  ("United Nations", T, pos, "", "hope for a return to talks"))
U(d, "The Secretary-General has supported the efforts of Norway and will continue to do so.", "continue to do so.",
  ("United Nations", S, pos, "Norway", "backing of the facilitator"))
U(d, "The UN Verification Mission says it is concerned by further killings", "the areas concerned.",
  ("United Nations", T, neg, "Colombia", "another item of the briefing (Colombia); concern + an appeal to the authorities = calling_for_talks"))
