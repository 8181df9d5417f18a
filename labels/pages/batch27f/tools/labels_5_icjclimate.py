# ------------------------------------------------------------------ GA request for an ICJ climate advisory opinion (UN meetings coverage, 2023-03-29)
d = "page_icj_climate_opinion_unga2023_meetings.txt"
# Not statements: site banner, menu, session line, document symbol, date, headline, subheadline, "Action on Draft"
# crosshead, "* *** *", "not an official record" line, related documents, follow bar, copyright.
# Delegations speak for their states; the Assembly, its President and the Secretary-General speak for the United Nations.
U(d, "The General Assembly today adopted without a vote a resolution", "significant harm to it.",
  ("United Nations", N, neu, "", "the Assembly's decision, told procedurally = neutral"))
U(d, "By the terms of resolution 77/276, the Court will be asked", "future generations.",
  ("United Nations", N, neu, "", "content of the request = procedure"))
U(d, "Opening the meeting, General Assembly President Csaba Kőrösi (Hungary) recalled", "the world's highest court.",
  ("United Nations", N, pos, "", "the PGA speaks for the Assembly; history of the initiative, warm tone, no position on an actor"))
U(d, "He quoted one of them, Talei Vunivalu of Fiji", "drowning their islands.",
  ("Talei Vunivalu", C, neg, "", "invented student, quoted by the PGA (her position, not the PGA's); 'States whose emissions were drowning their islands' = judgement, no single target"))
U(d, "Secretary-General António Guterres said an opinion from the Court", "so badly needed.",
  ("United Nations", S, pos, "", "approval of the step (the opinion as help) = supporting; target empty"))
U(d, "He urged all States to use the months ahead to cut emissions faster", "wait for the judges.",
  ("United Nations", T, neu, "", "appeal addressed to all, no judgement = calling_for_talks (rule 2 reading of an appeal)"))
U(d, "Introducing the draft, the Prime Minister of Vanuatu, Ishmael Kalsakau", "earlier this month.",
  ("Vanuatu", N, neg, "", "introduction + facts of the cyclones; speaking for the core group but only Vanuatu is named"))
U(d, "\"For us, this is not a debate about the future", "he said.",
  ("Vanuatu", N, neg, "", "quote continues the same speaker; testimony, no judgement of an actor"))
U(d, "Following the adoption, he thanked the 132 co-sponsors", "could join it.",
  ("Vanuatu", S, pos, "", "thanks to co-sponsors = approval; many actors -> target empty"))
U(d, "The representative of Samoa, speaking for the Alliance of Small Island States, welcomed", "too few of them.",
  ("Alliance of Small Island States", C, neg, "", "speaking for the group = the group; welcome joined to a judgement of the big emitters: rule 1; no single target"))
U(d, "She said the Alliance would take part fully", "before the Court.",
  ("Alliance of Small Island States", N, neu, "", "'She' = Samoa's representative for AOSIS; procedural plan"))
U(d, "The representative of the United States said her delegation had joined consensus but had serious concerns", "negotiations forward.",
  ("United States", N, neg, "", "reservation about the format while joining consensus: concern with no judgement of an actor and no appeal = neutral"))
U(d, "She said the United States did not accept that the resolution's preambular references", "new legal obligation.",
  ("United States", N, neu, "", "legal reading = procedure"))
U(d, "The representative of China said climate change had to be addressed", "differentiated responsibilities.",
  ("China", N, neu, "", "statement of principle, no appeal to a party, no judgement"))
U(d, "He said any opinion of the Court should not add to the obligations", "developing countries.",
  ("China", N, neu, "", "condition on the outcome, no actor judged"))
U(d, "Speaking jointly, the representatives of Costa Rica and Morocco", "most exposed nations.",
  ("Costa Rica", S, pos, "", "joint statement by a list of states: one row each; approval of the resolution"),
  ("Morocco", S, pos, "", "joint statement by a list of states: one row each; approval of the resolution"))
U(d, "The representative of Saudi Arabia said her delegation had not objected", "the questions put to the Court.",
  ("Saudi Arabia", N, neg, "", "dissociation from paragraphs = procedural objection, no judgement of an actor"))
U(d, "The representative of the Russian Federation warned against any attempt", "through negotiation.",
  ("Russia", N, neg, "", "warning aimed at no actor, no appeal to a party = neutral, negative (unsure: the preference for negotiation could read as calling_for_talks)"))
U(d, "The speaker added that his delegation would study the text carefully", "a written statement.",
  ("Russia", N, neu, "", "'The speaker' = Russia's representative; procedure"))
U(d, "The representative of Germany, a core group member, said her country had co-sponsored", "large emitters included.",
  ("Germany", S, pos, "", "co-sponsorship + approval"))
U(d, "The representative of the European Union, speaking in its capacity as observer, welcomed", "legal expertise.",
  ("European Union", S, pos, "", "welcome + backing by act (sharing expertise)"))
U(d, "The representative of Bangladesh called on developed countries to deliver", "they had pledged.",
  ("Bangladesh", T, neg, "", "appeal to deliver pledged finance with no judgement word = calling_for_talks; several addressees -> target empty"))
U(d, "He said the Court's guidance should help Member States settle their differences", "rather than confrontation.",
  ("Bangladesh", T, pos, "", "hope for differences settled through negotiation"))
U(d, "The representative of the United Kingdom said his delegation had joined consensus", "collective action.",
  ("United Kingdom", N, neu, "", "procedural position with a caveat"))
U(d, "The representative of New Zealand, a core group member, said the adoption was a proud moment", "its leadership.",
  ("New Zealand", S, pos, "Vanuatu", "praise and thanks to Vanuatu"))
U(d, "The representative of Antigua and Barbuda said the small island States had been forced", "left them waiting.",
  ("Antigua and Barbuda", N, neg, "", "complaint about the pace of the talks, no actor judged (unsure: 'forced' implies blame of the big emitters)"))
# "The Assembly will reconvene at a date to be announced." = procedure of the house, no row.
