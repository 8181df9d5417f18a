# ------------------------------------------------------------------ Failed coup attempt in Kinshasa led by Christian Malanga and the reactions (full HTML, Central African site, 2024-05-21)
d = "page_kinshasa_coup_centralafricansite.html"
# No row: headline, summary, section label, byline, captions ("1 of 2", credits), crossheads, "ALSO READ", tags, share,
# comments, most read, footer, BREAKING ticker.
U(d, "Congolese military investigators on Tuesday were questioning about 50 people", "continent and beyond.",
  ("Democratic Republic of the Congo", N, neu, "", "figures with an attribution tail ('the army said': a junta or army speaks for its state); the condemnation clause is a summary line with no named actor"))
# No row: "Gunmen in military fatigues attacked the Gombe residence ..." and "There, a group of them filmed themselves ..." (narration)
U(d, "In the video, Christian Malanga, a self-exiled opposition figure", "to get out.",
  ("United Congolese Party", C, neg, "Democratic Republic of the Congo", "the coup leader speaking in the livestream = his party (founded 2010, see the profile); declaring the president's rule over = hostile act against the state"))
U(d, "Brigadier General Sylvain Ekenge, the spokesman for the armed forces (FARDC)", "could go anywhere.",
  ("Democratic Republic of the Congo", N, neu, "", "FARDC = DRC (name files); own operation reported as done, no judgement in the sentence"))
U(d, '"Order has been restored in the capital,', "had taken part.",
  ("Democratic Republic of the Congo", N, pos, "", "reassurance to residents = neutral, positive; the telling of who took part is a fact"))
U(d, "In an evening broadcast, Ekenge said Malanga, whom he described as a naturalised American", "among those arrested.",
  ("Democratic Republic of the Congo", N, neu, "", "figures and facts given by an actor"))
U(d, "He said a British national had served as the group's second in command.", "He said a British national had served as the group's second in command.",
  ("Democratic Republic of the Congo", N, neu, "", "'He' = Ekenge; fact"))
U(d, "Michel Moto Muhima, a spokesman for Kamerhe, wrote on X", "at the residence.",
  ("Democratic Republic of the Congo", N, neu, "", "spokesman of a government minister = DRC (unsure: Kamerhe speaks as the attacked politician); casualty figures"))
U(d, "The commando had also planned to strike the homes of Prime Minister Judith Suminwa", "on condition of anonymity.",
  ("Democratic Republic of the Congo", N, neu, "", "unnamed officer of a named body (the Republican Guard) speaks for the state; facts; Suminwa and Bemba are objects"))
# No row: "The Palais de la Nation is used mainly for official ceremonies ..." (background)
U(d, "In a statement issued on Monday by Patrick Muyaya's Ministry of Communication and Media", "would be tracked down.",
  ("Democratic Republic of the Congo", C, neg, "United Congolese Party", "the ministry = DRC; judgement ('armed adventurers') + vow to pursue = condemning; Muyaya is a possessive, not the speaker"))
U(d, "The statement said four assailants, Malanga among them, had been killed", "Kamerhe's residence.",
  ("Democratic Republic of the Congo", N, neu, "", "casualty figures given by an actor"))
U(d, "It paid tribute to the Republican Guard and the police", "remain vigilant.",
  ("Democratic Republic of the Congo", N, pos, "", "'It' = the statement; praise of its own forces = self-praise, neutral with positive tone"))
U(d, "Deputy Prime Minister and Interior Minister Peter Kazadi had sought on Sunday", "stay calm.",
  ("Democratic Republic of the Congo", N, pos, "", "reassurance + call for calm addressed to its own population, not a party to a conflict = neutral"))
U(d, "U.S. Ambassador Lucy Tamlyn said in a post on X on Sunday", "shock to the embassy.",
  ("United States", N, neg, "", "shock without appeal or judgement = neutral, negative"))
U(d, "She said the embassy would give Congolese investigators whatever help they needed", "from their government.",
  ("United States", S, pos, "Democratic Republic of the Congo", "'She' = Tamlyn; offer of assistance to the investigation = supporting"))
U(d, "In Washington, State Department spokesman Matthew Miller said on Monday", "saying more.",
  ("United States", N, neu, "", "facts + procedural reason for not saying more; Washington = place here"))
U(d, "Britain's Foreign Office said it was in contact with the Congolese authorities", "had been detained.",
  ("United Kingdom", N, neu, "", "consular fact, no judgement"))
U(d, "The chairperson of the African Union Commission, Moussa Faki Mahamat, said", "had been harmed.",
  ("African Union", C, neg, "United Congolese Party", "AU Commission chair = African Union; condemnation of the coup attempt (its authors = Malanga's party)"))
U(d, "He used the occasion to restate the pan-African body's rejection", "on the continent.",
  ("African Union", C, neg, "", "general rejection of unconstitutional seizures of power, aimed at no named actor (unsure: by the guide's 'opposes any escalation' rule a stance aimed at no one could be read as an appeal)"))
U(d, "Leaders of the Southern African Development Community, meeting by video link", "democratic institutions.",
  ("SADC", C, neg, "United Congolese Party", "summit communique = SADC (name files); 'a group of terrorists' = judgement"))
U(d, "Angolan President João Lourenço, the bloc's current chairman, said", "in the east.",
  ("SADC", S, pos, "Democratic Republic of the Congo", "a head of state speaking as chair of a regional body = the body (guide); solidarity"))
U(d, "The head of the U.N. peacekeeping mission in Congo (MONUSCO), Bintou Keita, strongly condemned", "the mission said on X.",
  ("United Nations", C, neg, "United Congolese Party", "MONUSCO = United Nations (name files); condemnation with an attribution tail"))
U(d, "The mission said it stood ready to give the Congolese authorities", "they required.",
  ("United Nations", S, pos, "Democratic Republic of the Congo", "offer of support = supporting"))
U(d, "Across the Congo River, authorities in the Republic of Congo said a shell", "taken to hospital.",
  ("Republic of the Congo", N, neg, "", "Republic of Congo = Republic of the Congo; casualty facts given by an actor, no blame"))
# No row: "Brazzaville did not say whether it would raise the matter with Kinshasa." (non-answer; both capitals as metonyms)
# No row: "Malanga, 41, founded the United Congolese Party in 2010 ..." / "He had lived for years in the United States ..." (background)
# No row: the Gombe street vendor, the unnamed Kinshasa analyst, the outlet's own verification line
