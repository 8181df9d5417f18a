# ------------------------------------------------------------------ Lebanon-Israel maritime demarcation (presidency news page, full HTML, 2022-10-27)
d = "page_lebanon_maritimedeal2022_presidency.html"
# Not statements: head, language bar, menu, breadcrumb, "Latest News", release titles, dates, caption, "The President had received ...
# who handed him the final text." (narration of a meeting), pagination, share bar, sidebar (agenda, speeches, follow), footer.
U(d, "President of the Republic, General Michel Aoun, signed this morning", "Abdallah Bou Habib.",
  ("Lebanon", T, pos, "", "head of state = Lebanon; signing the US-mediated border arrangement = agreeing to a negotiated settlement (like agreeing to a ceasefire); indirect deal -> target empty"))
U(d, "President Aoun told Mr. Hochstein that the agreement", "benefit from their natural wealth.",
  ("Lebanon", N, pos, "", "self-praise of the outcome for Lebanon = neutral, positive"))
U(d, "The President thanked the United States for the mediation", "the Lebanese negotiating team.",
  ("Lebanon", S, pos, "United States", "thanks and praise for the mediation = supporting"))
U(d, "He expressed the hope that drilling would begin", "without any delay.",
  ("Lebanon", N, pos, "", "hope about drilling + expectation of the companies: economic plan, not a call for talks or a judgement (unsure)"))
U(d, "For his part, Mr. Hochstein said after the meeting that Lebanon and its neighbour", "feel the benefit.",
  ("United States", S, pos, "", "US mediator = United States; praise of the settlement reached by both sides -> target empty"))
U(d, "He told reporters that the United States would stay involved", "its offshore sector.",
  ("United States", S, pos, "Lebanon", "'He' = Hochstein; offer of continued help and investment support = supporting"))
U(d, "He thanked the President, Speaker Nabih Berri and Caretaker Prime Minister Najib Mikati", "Washington's mediation.",
  ("United States", S, pos, "Lebanon", "thanks to the Lebanese leaders (all Lebanon) = supporting"))
U(d, "Deputy Speaker Bou Saab, who followed the negotiations on behalf of the President", "with the United Nations.",
  ("Lebanon", N, neu, "", "the President's negotiator speaks for Lebanon; procedure of the hand-over = neutral"))
U(d, "The Press Office of the Presidency of the Republic announced that a delegation", "Ms. Joanna Wronecka.",
  ("Lebanon", N, neu, "", "the hand-over reported by the Press Office = procedure"))
U(d, "The Office stressed that the task of the Lebanese delegation was confined", "at any stage.",
  ("Lebanon", N, neu, "", "no meeting with the Israeli side, no protest stated = neutral (labels/README: objecting to a participant without a judgement)"))
U(d, "The Office said the arrangement was an indirect and technical one", "normalisation or recognition.",
  ("Lebanon", N, neg, "", "denial that the deal means recognition = neutral, negative"))
U(d, "It added that statements by Israeli officials describing the agreement", "in Lebanon's position.",
  ("Lebanon", C, neg, "Israel", "'It' = the Press Office; dismisses Israeli officials' claims as electioneering = judgement of another actor's statements"))
U(d, "Ms. Wronecka, for her part, said the documents would be forwarded", "the Office added.",
  ("United Nations", S, pos, "Lebanon", "UN Special Coordinator = United Nations; procedure + congratulations = supporting (the congratulation carries the position)"))
U(d, "The Press Office of the Presidency said the Syrian side had informed Lebanon", "was not suitable.",
  ("Syria", N, neu, "", "Syria's message reported by Beirut: postponement with no reason or protest stated = neutral"))
U(d, "President Aoun stressed Lebanon's keenness to settle the demarcation of the northern maritime border", "agreed soon.",
  ("Lebanon", T, pos, "Syria", "settlement through dialogue + hope for a new date = calling_for_talks"))
U(d, "President Aoun received a phone call from French President Emmanuel Macron", "steered the file.",
  ("France", S, pos, "Lebanon", "congratulations and praise = supporting; the call itself is not a position, the congratulation is"))
U(d, "President Macron affirmed that France would remain at Lebanon's side", "follow the matter himself.",
  ("France", S, pos, "Lebanon", "solidarity + commitment that TotalEnergies will honour its commitments = supporting"))
U(d, "Macron also stressed the importance of electing a new President", "constitutional deadlines.",
  ("France", T, neu, "Lebanon", "appeal for an orderly, timely presidential election = an appeal without judgement (unsure: could be neutral, not a peace appeal)"))
U(d, "President Aoun thanked his French counterpart for France's constant support", "they have been through.",
  ("Lebanon", S, pos, "France", "gratitude = supporting"))
U(d, "President Aoun received this evening a phone call from US President Joe Biden", "living through.",
  ("United States", S, pos, "Lebanon", "congratulations + hope for Lebanon's recovery = supporting"))
U(d, "President Biden also paid tribute to Speaker of Parliament Nabih Berri", "the basis of the talks.",
  ("United States", S, pos, "Lebanon", "praise of the Lebanese speaker (Lebanon) = supporting"))
U(d, "President Aoun thanked President Biden for his personal engagement", "impose a solution.",
  ("Lebanon", S, pos, "United States", "thanks and praise for the US mediator = supporting"))
U(d, "The President said the region had known far more wars than agreements", "the south of Lebanon.",
  ("Lebanon", T, pos, "", "hope that the arrangement brings lasting stability = calling_for_talks (guide: hoping stability returns)"))
