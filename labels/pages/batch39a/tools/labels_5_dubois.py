# page 5: Niger, release of Olivier Dubois and Jeffery Woodke (Niamey, 20 March 2023), live blog, full HTML
d = "page_niger_dubois_woodke_release2023_liveblog.html"
# not statements: menus, kicker, headline, standfirst, byline, caption, key events, entry times and headings, the lead-ins
# "... has posted this message:" / "... has reacted on Twitter:", the embed signatures, "Mali's transitional authorities ... had not
# commented" (no position), reader comments, related links, newsletter, share bar, footer.
U(d, "Aichatou Manzo-Diallo, a researcher at the Sahel Policy Institute", "in the central Sahel.",
  ("Aichatou Manzo-Diallo", N, neu, "", "invented analyst; reading of Niger's place among Western partners, no judgement or appeal"))
U(d, "\"Everybody is celebrating today, and so am I.", "she said.",
  ("Aichatou Manzo-Diallo", C, neg, "", "multi-sentence quote closed by its speaker; criticism of secret deals by governments in general -> target empty (unsure: could be neutral, a warning)"))
U(d, "Libération, one of the publications Dubois wrote for,", "worked for his release.",
  ("Libération", S, pos, "", "media outlet taking a position (thanks to French and Nigerien officials) = supporting; two states -> target empty"))
U(d, "Els Woodke, who campaigned for years", "he was safe.",
  ("Els Woodke", N, pos, "", "the hostage's wife; news of his condition, no judgement"))
U(d, "She thanked the governments of Niger and the United States", "welcome him home.",
  ("Els Woodke", S, pos, "", "thanks to two governments = supporting; two addressees -> target empty"))
U(d, "After 711 days in the hands of his kidnappers", "Olivier Dubois is free.",
  ("Reporters Without Borders", N, pos, "", "embedded post, sentence by sentence; a fact with a glad tone"))
U(d, "Our thanks go to everyone who kept his name alive", "and in Niamey.",
  ("Reporters Without Borders", S, pos, "", "gratitude to campaigners in three capitals = supporting; no single actor -> target empty"))
U(d, "Journalists must never again be used as bargaining chips.", "bargaining chips.",
  ("Reporters Without Borders", C, neg, "JNIM", "judgement of hostage-taking of journalists; the captors named on the page are JNIM (unsure: target could be empty)"))
U(d, "Asked whether a ransom had been paid, the French foreign ministry's spokeswoman", "hostages are freed.",
  ("France", N, neu, "", "declines to discuss the terms = neutral"))
U(d, "She said France called on the groups still holding hostages", "without delay.",
  ("France", T, neg, "", "'She' = Legendre; demand that the captors free the other hostages, no judgement word = calling_for_talks (labels/README: a demand to one side with no judgement); several groups -> target empty"))
U(d, "Secretary of State Antony Blinken, who met President Mohamed Bazoum", "when it counts.",
  ("United States", S, pos, "Niger", "praise of Niger as a partner"))
U(d, "In a written statement, President Joe Biden said he had spoken", "bring the aid worker home.",
  ("United States", S, pos, "Niger", "praise of the Nigerien government's work"))
U(d, "Biden said the United States would keep pressing for the return", "wrongfully detained abroad.",
  ("United States", N, neu, "", "statement of its own policy, no addressee or judgement (unsure: could be read as an appeal for the release of hostages)"))
U(d, "Tonight the Woodke family can finally begin to heal.", "begin to heal.",
  ("United States", N, pos, "", "embedded post by the national security adviser = United States; glad tone, no position on another actor"))
U(d, "Our deep appreciation goes to President Bazoum", "Niger's security services.",
  ("United States", S, pos, "Niger", "thanks to Niger's president and services"))
U(d, "Olivier Dubois is free, and I have just heard his voice.", "heard his voice.",
  ("France", N, pos, "", "embedded post by Macron = France; news, glad tone"))
U(d, "Thank you to Niger for its precious help.", "precious help.",
  ("France", S, pos, "Niger", "thanks = approval of Niger's act"))
U(d, "France does not forget its own.", "forget its own.",
  ("France", N, pos, "", "self-assurance about its own conduct = neutral, positive (labels/README)"))
U(d, "The Elysee said the journalist would land", "on Tuesday.",
  ("France", N, neu, "", "Elysee = the French presidency; a plan"))
U(d, "Sylvain Itte, France's ambassador in Niamey,", "Niger's services.",
  ("France", S, pos, "Niger", "the ambassador speaks for France; credit to Niger's services"))
U(d, "Dubois, thinner and bearded, told reporters", "for bringing him out.",
  ("Olivier Dubois", S, pos, "", "the freed journalist speaks for himself; thanks to Niger and France -> two addressees, target empty"))
U(d, "\"There are other people still held out there", "Dubois said.",
  ("Olivier Dubois", N, pos, "", "thoughts for other hostages, no appeal addressed to anyone (unsure: a hope for their release could be read as calling_for_talks)"))
U(d, "Woodke, 61, leaning on a walking stick,", "for his freedom.",
  ("Jeffery Woodke", S, pos, "", "thanks to three governments -> target empty"))
U(d, "President Bazoum wrote on Twitter that the outcome was the work", "when given time.",
  ("Niger", N, pos, "", "praise of its own forces = self-praise, neutral, positive (labels/README)"))
U(d, "Niger's Interior Minister, Hamadou Adamou Souley,", "how it had been obtained.",
  ("Niger", N, pos, "", "interior minister = Niger; credit to its own services, no details = self-praise"))
U(d, "Souley said the two had been held by JNIM", "trades in human lives.",
  ("Niger", C, neg, "JNIM", "'criminal organisation that trades in human lives' = judgement of JNIM"))
