# ------------------------------------------------------------------ Madagascar: the 2018 crisis over the electoral laws and the consensus government (SADC-style readout page, 2018-06-06)
d = "page_madagascar_consensus2018_sadcreadout.txt"
# Not statements: site header, language bar, menu, breadcrumb, MEDIA RELEASE label, headline, place/date line,
# "Posted in", PDF link, [Image] caption, section headings, ADVERTISEMENT, Related releases, tags, share, contact block, copyright.
U(d, "The Southern African Development Community (SADC) welcomes the appointment on 4 June 2018", "High Constitutional Court of 25 May 2018.",
  ("SADC", S, pos, "Madagascar", "welcome of a step (appointment of the consensus PM) = supporting"))
U(d, "SADC considers the appointment an important step towards the restoration", "in Madagascar in 2018.",
  ("SADC", S, pos, "Madagascar", "approval of the step"))
U(d, "The Chairperson of SADC, His Excellency President Cyril Ramaphosa", "without delay.",
  ("SADC", T, neu, "", "chair of SADC speaking in its name = SADC; appeal to all stakeholders to cooperate and form an inclusive government"))
U(d, "Madagascar has experienced political tension since 21 April 2018", "several injuries.",
  ("SADC", N, neg, "", "the readout's own account of the events (no blame assigned) = facts given by an actor (unsure: could be treated as narration)"))
U(d, "SADC deeply regrets the loss of life and extends its condolences", "bereaved families.",
  ("SADC", N, neg, "", "regret aimed at the loss of life, not at an actor = grief, no judgement -> neutral, negative"))
U(d, "Following the events, the SADC Secretariat deployed a mediation team", "the churches and civil society.",
  ("SADC", T, neu, "", "deployment of a mediation team and consultations = mediation"))
U(d, "The mission worked in close coordination with the African Union", "La Francophonie.",
  ("SADC", N, neu, "", "procedure of the mediation; the partners are only mentioned (no position of theirs)"))
U(d, "During the consultations, His Excellency President Hery Rajaonarimampianina reaffirmed his commitment", "set by the Constitution.",
  ("Madagascar", T, pos, "", "position relayed by SADC: commitment to respect the court and hold the vote on time = agreeing to a peaceful, legal course (unsure: could be neutral reassurance)"))
U(d, "The President, however, informed the mission that he regarded the occupation", "pressure from the street.",
  ("Madagascar", C, neg, "MPs for Change", "calls the opposition sit-in an attempt to take power outside the law + refusal to yield = judgement"))
U(d, "The MPs for Change informed the Special Envoy that they held the Government responsible", "until the President stepped down.",
  ("MPs for Change", C, neg, "Madagascar", "holds the government responsible for deaths + demand that the president go"))
U(d, "Former President Marc Ravalomanana told the mission that he would take part", "without violence.",
  ("Marc Ravalomanana", T, neu, "", "canonical person in the name files; commits to consultations + appeal for non-violence"))
U(d, "The MAPAR party of former President Andry Rajoelina stated that it rejected the electoral laws", "called on the Court to annul them.",
  ("Miaraka amin'i Prezida Andry Rajoelina", C, neg, "Madagascar", "rejects the laws as rigged against the opposition = judgement + legal demand"))
U(d, "The Council of Christian Churches in Madagascar (FFKM) offered to host a dialogue", "accompany the mediation.",
  ("Council of Christian Churches in Madagascar", T, pos, "", "offer to host a dialogue"))
U(d, "On 25 May 2018, the High Constitutional Court ruled that the Government should be dissolved", "in the course of 2018.",
  ("Madagascar", N, neu, "", "the court (a state body) decides; a ruling reported as a decision, no evaluation"))
U(d, "SADC commends the Court for providing a legal framework for resolving the crisis", "accepted its ruling.",
  ("SADC", S, pos, "Madagascar", "praise of the court (state body) and of those who accepted the ruling"))
for a in ("SADC", "African Union", "United Nations", "European Union", "International Organisation of La Francophonie"):
    U(d, "In a joint statement issued in Antananarivo on 29 May 2018", "mutual respect.",
      (a, T, neu, "", "joint statement: one row per listed body; noting the ruling + appeal to implement it in consensus = calling_for_talks"))
U(d, "SADC further notes with satisfaction the easing of tension", "handed down.",
  ("SADC", N, pos, "", "satisfaction with a situation, not aimed at an actor = neutral, positive (unsure: could be supporting)"))
U(d, "SADC reiterates that it will not accept any attempt to seize or retain power", "Member States.",
  ("SADC", C, neg, "", "warning of non-acceptance = a threatened response, aimed at no one named -> target empty (unsure: a principle stated to all could be read as an appeal)"))
U(d, "SADC urges all parties to refrain from acts of violence", "framework of the Constitution.",
  ("SADC", T, neu, "", "appeal for restraint and dialogue to all parties"))
U(d, "SADC stands ready to provide technical and financial assistance", "elections in Madagascar.",
  ("SADC", S, pos, "Madagascar", "offer of assistance and observers = supporting"))
U(d, "The Executive Secretary of SADC, Her Excellency Dr Stergomena Lawrence Tax, said the Secretariat would remain seized", "remain seized with the matter.",
  ("SADC", N, neu, "", "procedure: remains seized"))
U(d, "\"The people of Madagascar have shown once again", "Dr Tax said.",
  ("SADC", S, pos, "Madagascar", "praise of the Malagasy choice of negotiation + pledge to accompany them (unsure: the hope for a ballot could make it calling_for_talks)"))
U(d, "The Republic of South Africa, in a separate statement by the Department of International Relations and Cooperation", "with the electoral process.",
  ("South Africa", S, pos, "", "support for SADC's envoy + offer of bilateral help; two objects (SADC and Madagascar) -> target empty"))
U(d, "In his first remarks after his appointment, Prime Minister Ntsay said his government", "accepted by all.",
  ("Madagascar", N, pos, "", "own plans and reassurance = neutral, positive"))
U(d, "The UN Special Adviser on Madagascar, Mr Abdoulaye Bathily, said in Antananarivo", "produced an electoral calendar.",
  ("United Nations", T, neu, "Madagascar", "pressure for a timetable without a judgement = appeal (unsure: could be neutral)"))
