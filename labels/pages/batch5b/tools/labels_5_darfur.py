# ------------------------------------------------------------------ Killing of West Darfur governor Khamis Abakar (UN noon-briefing highlights + AU and IGAD statements, 2023-06-15)
d = "page_darfur_geneina_unreadout.txt"
RSF = "Rapid Support Forces"
U(d, "The Secretary-General strongly condemns the killing yesterday", "attacks on civilians in the city.",
  ("United Nations", C, neg, "", "condemnation of the act with no perpetrator named -> target empty"))
U(d, "The Secretary-General calls on the Sudanese Armed Forces and the Rapid Support Forces", "wherever they are.",
  ("United Nations", T, neg, "", "appeal to both sides to stop and protect civilians -> target empty"))
U(d, "In a statement, the UN Integrated Transition Assistance Mission in Sudan (UNITAMS) said", "it was not involved.",
  ("United Nations", C, neg, RSF, "UN mission = United Nations; attributing the killing to the RSF and militias = accusation"),
  (RSF, N, neg, "", "the RSF's denial, reported by the mission (a position of X reported by Y)"))
U(d, "The Mission wants whoever carried out the killing held to account", "along ethnic lines.",
  ("United Nations", T, neu, "", "accountability + appeal against revenge, no actor judged; body by context ('The Mission')"))
U(d, "\"Mr. Abakar was a signatory of the Juba Peace Agreement", "the Mission said.",
  ("United Nations", N, neg, "", "two-sentence quote closed by its speaker; tribute and grief, no position on an actor"))
U(d, "The UN human rights office says it has received reports", "leave the city on foot.",
  ("United Nations", N, neg, "", "reported killings with no perpetrator named = facts, negative tone"))
U(d, "The UN High Commissioner for Refugees, Filippo Grandi, said he was horrified", "arriving from El Geneina.",
  ("UNHCR", N, neg, "", "alarm without an appeal and without blame = neutral, negative"))
U(d, "UNHCR says more than 6,000 people have crossed", "many with gunshot wounds.",
  ("UNHCR", N, neu, "", "figures"))
U(d, "The agency and its partners are moving new arrivals", "medical supplies.",
  ("UNHCR", S, pos, "", "aid by act; body by context ('The agency')"))
U(d, "In Chad, the World Food Programme has started distributing", "refugees at Adré.",
  ("World Food Programme", S, pos, "", "aid by act"))
U(d, "According to the Office for the Coordination of Humanitarian Affairs (OCHA)", "fled to neighbouring countries.",
  ("United Nations", N, neu, "", "OCHA = United Nations; figures"))
U(d, "The United Nations, together with Egypt, Germany, Qatar, Saudi Arabia and the European Union, will co-host", "on Monday, 19 June.",
  ("United Nations", N, neu, "", "date of a pledging event announced by the UN = plan; the co-hosts in the list get no row (an event listed in the UN's announcement, unsure: could be supporting for all hosts)"))
U(d, "Asked about the Sovereignty Council's statement holding the RSF responsible", "a credible investigation was needed.",
  ("Sudan", C, neg, RSF, "position reported inside a question (Sovereignty Council = Sudan): holds the RSF responsible"),
  ("United Nations", T, neu, "", "cannot verify + call for a credible investigation (unsure: could be neutral)"))
U(d, "Asked about the RSF's statement blaming the killing on \"outlaws\"", "taken note of the denial.",
  (RSF, N, neg, "", "denial ('outlaws') with a call for an inquiry: the denial decides (unsure: could be calling_for_talks)"),
  ("United Nations", N, neu, "", "'taken note' = neutral"))
U(d, "Asked about the Sudanese foreign ministry's rejection of Kenya as chair", "make-up of the mechanism.",
  ("Sudan", C, neg, "Kenya", "refusing a mediator in protest with the grievance stated (bias, shelter to the RSF); Nairobi = metonym"),
  ("United Nations", S, pos, "", "backing of IGAD and AU efforts (two actors -> target empty); declines comment on the rest"))
U(d, "Asked whether Volker Perthes, whom the Government declared persona non grata", "did not apply to United Nations officials.",
  ("Sudan", C, neg, "United Nations", "expulsion of the UN envoy (persona non grata), a specific act reported in a relative clause"),
  ("United Nations", N, neu, "", "procedural answer"))
U(d, "The Humanitarian Coordinator for Ukraine, Denise Brown, said a convoy", "the Kakhovka dam.",
  ("United Nations", S, pos, "", "round-up item: aid delivered (Humanitarian Coordinator = UN); the dam's destruction is narrative"))
U(d, "The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, strongly condemns", "brought to justice.",
  ("African Union", C, neg, "", "condemnation + demand for justice (rule 1); no perpetrator named"))
U(d, "The Chairperson is gravely alarmed by the ethnic turn", "Darfur's history.",
  ("African Union", N, neg, "", "alarm WITHOUT an appeal = neutral, negative"))
U(d, "He reiterates that the conflict has no military solution", "humanitarian assistance.",
  ("African Union", T, neg, "", "ceasefire + humanitarian corridors addressed to both sides"))
U(d, "The Chairperson reaffirms the full support of the African Union for the IGAD Quartet", "coordinated process.",
  ("African Union", S, pos, "IGAD", "backing of another body's mediation"))
U(d, "In a message on Twitter, IGAD Executive Secretary Workneh Gebeyehu said", "civilians in West Darfur.",
  ("IGAD", N, neg, "", "shock and sadness without an appeal = neutral, negative"))
U(d, "The quartet will seek to meet General Abdel Fattah al-Burhan", "the IGAD secretariat said.",
  ("IGAD", T, pos, "", "the mediator convening the two generals for a humanitarian corridor; attribution tail"))
U(d, "Kenya's principal secretary for foreign affairs, Korir Sing'Oei, said Nairobi", "reversed by the summit.",
  ("Kenya", N, neu, "", "procedural rebuttal of Sudan's objection, no judgement"))
U(d, "He said Kenya would keep working with all parties", "back to Sudan.",
  ("Kenya", T, pos, "", "commitment to mediate"))
