# ------------------------------------------------------------------ Belarus: Human Rights Council dialogue with Special Rapporteur Anaïs Marin (UN Geneva meeting summary, 2019-07-02)
d = "page_belarus_hrc41_marin_dialogue2019_unmeetings.txt"
# Not statements: the UN header, session line, headline, date, crossheads, the document symbol, the "not an official
# record" line, Related line, copyright.
# "The Human Rights Council this afternoon held an interactive dialogue ..." = narration of the meeting, no row.
U(d, "Presenting her report, Ms. Marin said she had found no meaningful improvement", "or to let her visit.",
  ("United Nations", C, neg, "Belarus", "the Special Rapporteur is a UN mandate holder -> United Nations; 'regretted' the refusal = judgement"))
U(d, "She said the death penalty remained in use", "room for lawful protest.",
  ("United Nations", C, neg, "Belarus", "an accusation made by describing violations ('left almost no room') = condemning"))
U(d, "The Special Rapporteur urged the Government to declare a moratorium", "international obligations.",
  ("United Nations", T, neu, "Belarus", "appeal with no judgement word = calling_for_talks"))
U(d, "She stressed that she remained ready to work with the authorities in Minsk", "to open a dialogue.",
  ("United Nations", T, pos, "Belarus", "offer of dialogue = calling_for_talks"))
U(d, "Speaking as the country concerned, Yury Ambrazevich", "did not recognize.",
  ("Belarus", C, neg, "", "refuses the format in protest, reason given ('politically driven resolution') = condemning; aimed at the Council's majority -> empty"))
U(d, "Belarus was open to exchanges with any State on a bilateral footing", "he said.",
  ("Belarus", T, neu, "", "offer of another format (bilateral, UPR) = calling_for_talks"))
U(d, "The speaker added that the report relied on sources hostile to Belarus", "in the past two years.",
  ("Belarus", C, neg, "United Nations", "'the speaker' = Ambrazevich; judgement of the Rapporteur's report"))
U(d, "In the discussion, the representative of the European Union said the Union supported the mandate", "grant her access.",
  ("European Union", T, neu, "Belarus", "backing of the mandate + appeal to cooperate: the appeal decides (rule 2 before rule 3)"))
U(d, "The European Union remained concerned about restrictions", "he said.",
  ("European Union", N, neg, "", "concern with no appeal = neutral"))
L = "Speaking on behalf of Denmark, Estonia, Finland, Iceland, Latvia, Norway, Sweden and her own country"
U(d, L, "news websites in Belarus.",
  *[(s, C, neg, "Belarus", "joint statement read by Lithuania for the Nordic-Baltic group, one row per listed state; 'deplored' = judgement")
    for s in ("Lithuania", "Denmark", "Estonia", "Finland", "Iceland", "Latvia", "Norway", "Sweden")])
U(d, "The representative of the Czech Republic urged the authorities to amend the law", "unauthorized gatherings.",
  ("Czech Republic", T, neu, "Belarus", "a demand to stop, with no judgement word = calling_for_talks (labels/README)"))
U(d, "Switzerland said it regretted that a further execution had been carried out", "appeals from the Council.",
  ("Switzerland", C, neg, "Belarus", "'regretted' an act of Belarus = judgement"))
U(d, "The representative of the United Kingdom welcomed the continuation", "changed little on the ground.",
  ("United Kingdom", C, neg, "Belarus", "welcome joined to a judgement: rule 1 decides"))
U(d, "Poland said it stood by Belarusian civil society", "Belarusian universities.",
  ("Poland", S, pos, "", "backing by act (funding media and scholarships); civil society is not an actor -> empty"))
U(d, "The representative of the Russian Federation said country-specific mandates", "sovereign Governments.",
  ("Russia", C, neg, "", "judgement of the mandate (pressure on sovereign states), aimed at its sponsors, none named -> empty"))
U(d, "He said Belarus had shown its openness", "rather than censure.",
  ("Russia", S, pos, "Belarus", "'He' = the Russian representative; praise of Belarus = supporting"))
U(d, "The representative of China said Belarus had made steady progress", "it had chosen.",
  ("China", S, pos, "Belarus", "praise + respect for Belarus's path = supporting"))
U(d, "Venezuela expressed its solidarity with the Government of Belarus", "politically motivated.",
  ("Venezuela", C, neg, "", "solidarity joined to a judgement of the mandate: rule 1; the mandate's sponsors unnamed -> empty"))
# "Non-governmental organizations also took the floor." = narration, no row.
U(d, "Amnesty International said Belarus had executed people", "treaty obligations.",
  ("Amnesty International", C, neg, "Belarus", "accusation ('open defiance')"))
U(d, "Human Rights Watch called on the authorities to release all activists", "country's prisons.",
  ("Human Rights Watch", T, neu, "Belarus", "appeal for release and access, no judgement word = calling_for_talks"))
U(d, "The Human Rights House Foundation said it welcomed the Special Rapporteur's report", "renewal of her mandate.",
  ("Human Rights House Foundation", S, pos, "United Nations", "welcome + backing of the mandate = supporting"))
U(d, "Alesia Kavalionak, a defence lawyer from Minsk", "losing their licences.",
  ("Alesia Kavalionak", N, neg, "", "invented lawyer, independent voice; a fact about risks, no judgement"))
U(d, "\"We are not asking the Council for miracles;", "Ms. Kavalionak said.",
  ("Alesia Kavalionak", T, neg, "United Nations", "appeal to the Council to keep watching = calling_for_talks"))
U(d, "Pavel Zhuk, a journalist from Hrodna", "for a foreign broadcaster.",
  ("Pavel Zhuk", N, neg, "", "invented journalist; his own case given as facts"))
U(d, "In her concluding remarks, Ms. Marin thanked delegations", "to Minsk at any time.",
  ("United Nations", T, pos, "Belarus", "thanks + open door to Minsk: the offer of dialogue decides (rule 2 before rule 3)"))
U(d, "Speaking in a right of reply, Belarus said the statement of the European Union", "at their borders.",
  ("Belarus", C, neg, "European Union", "counter-accusation against the EU's member states"))
