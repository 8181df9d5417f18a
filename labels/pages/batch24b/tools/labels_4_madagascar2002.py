# ------------------------------------------------------------------ Madagascar 2002: US recognition of Ravalomanana, Ratsiraka's rival administration, the OAU's refusal (Indian Ocean news site, full HTML, 2002-06-28)
d = "page_madagascar_dualpresidency_2002_iosite.html"
# Not statements: logo/date bar, nav, crumbs, headline, intro, byline, figcaptions, ADVERTISEMENT, crossheads, share, see also, comments, most read, footer.
# Ravalomanana's government (Ravalomanana, Prime Minister Sylla, Defence Minister Mamizara) = Madagascar: the court-declared president
# speaking as head of state (as the template treats Morales for Bolivia). Ratsiraka and his spokesman = "Didier Ratsiraka" (rival administration, declared).
U(d, "ANTANANARIVO - The United States on Wednesday became the first major power to recognise", "two capitals.",
  ("United States", S, pos, "Madagascar", "dateline excluded; recognition = backing by act; long sentence with narration"))
U(d, "U.S. Ambassador Wanda Nesbitt handed Ravalomanana a letter", "through Ravalomanana's ministers.",
  ("United States", S, pos, "Madagascar", "ambassador and spokesman = US; formal recognition"))
U(d, "Boucher said Washington would also begin releasing Malagasy central bank reserves", "since the crisis began.",
  ("United States", S, pos, "Madagascar", "unfreezing reserves = backing by act"))
# "Ravalomanana, a yoghurt magnate ..." and "His predecessor, Didier Ratsiraka, rejected the ruling and has run a rival administration ..." = background narration, no row.
U(d, "\"This is a victory for the Malagasy people", "told a crowd outside the palace.",
  ("Madagascar", S, pos, "United States", "welcome of the recognition (unsure: could be neutral self-praise)"))
U(d, "He thanked the American people for their friendship", "destroyed by the blockade.",
  ("Madagascar", S, pos, "United States", "gratitude + plan for the funds"))
U(d, "Ravalomanana also said he was ready to meet Ratsiraka's representatives", "came down first.",
  ("Madagascar", T, neu, "Didier Ratsiraka", "conditional offer of talks = calling_for_talks (labels/README)"))
U(d, "Ratsiraka, who flew to France with his family earlier this month, has said", "legitimate head of state.",
  ("Didier Ratsiraka", N, neg, "", "restates his claim to office, no judgement in the sentence"))
U(d, "His spokesman in Toamasina said the U.S. decision was interference", "votes were counted.",
  ("Didier Ratsiraka", C, neg, "United States", "'interference' + charge of a predetermined choice"))
U(d, "\"The admiral does not accept a president made in Washington", "the spokesman said.",
  ("Didier Ratsiraka", C, neg, "United States", "rejection in protest + veiled threat from the provinces"))
U(d, "Prime Minister Jacques Sylla said troops loyal to the government", "treated fairly.",
  ("Madagascar", C, neg, "Didier Ratsiraka", "announced military advance against the rival camp = condemning; the leniency offer does not cancel it"))
U(d, "Defence Minister Jules Mamizara said the army had retaken", "within 60 km of Toamasina.",
  ("Madagascar", N, neu, "", "own operation reported as done, no judgement = neutral"))
# "The Organisation of African Unity has so far refused to recognise either man." = summary line before Essy's statements, no row.
U(d, "OAU Secretary-General Amara Essy said in Addis Ababa", "before any new vote.",
  ("Organisation of African Unity", T, neu, "", "appeal to both camps to return to the Dakar agreements = calling_for_talks; OAU declared in new_actors.csv"))
U(d, "Essy warned that recognition by outside powers would not change", "last week.",
  ("Organisation of African Unity", N, neg, "", "restates the refusal with no judgement of the recognising states (unsure: could be condemning the US)"))
U(d, "Senegalese President Abdoulaye Wade, who brought the two rivals together", "open to both men.",
  ("Senegal", T, pos, "", "unnamed aide of a named leader; mediator's offer = calling_for_talks"))
U(d, "In Paris, French Foreign Ministry spokesman François Rivasseau said France was consulting", "take its decision soon.",
  ("France", N, neu, "", "procedure: consultations before deciding"))
U(d, "Rivasseau said France hoped the Malagasy people", "in peace and unity.",
  ("France", T, pos, "", "hope for a peaceful end = calling_for_talks"))
U(d, "Norway and Switzerland have already said they would deal with", "within days.",
  ("Norway", S, pos, "Madagascar", "states as a list: one row each; recognition = backing; 'diplomats expect' is unnamed and gets no row"),
  ("Switzerland", S, pos, "Madagascar", "second state of the list; recognition"))
U(d, "The European Commission said it would resume development projects", "supply routes to the capital.",
  ("European Union", S, pos, "Madagascar", "resumed aid and emergency funds = supporting"))
U(d, "Mauritius's Foreign Ministry said Port Louis respected the OAU's approach", "for so long.",
  ("Mauritius", C, neg, "Didier Ratsiraka", "'regretted' the blockade imposed by Ratsiraka's camp = judgement (rule 1 over the nod to the OAU); Mauritius declared as a state"))
U(d, "A spokesman for U.N. Secretary-General Kofi Annan said Annan continued to back", "further bloodshed.",
  ("United Nations", T, neu, "", "backing the OAU mediation + appeal to both sides: rule 2 before rule 3"))
U(d, "The United Nations World Food Programme said it was sending food", "months of shortages.",
  ("United Nations", S, pos, "", "WFP = United Nations; food aid = supporting; aimed at the population -> target empty"))
U(d, "Lalao Rabearivelo, a researcher at the Port Louis-based Institute for Indian Ocean Studies", "decided the contest.",
  ("Lalao Rabearivelo", N, neu, "", "invented researcher; assessment"))
U(d, "\"The OAU is defending a principle against recognising leaders", "she said.",
  ("Lalao Rabearivelo", C, neg, "", "judgement on the OAU's stance and on Ratsiraka ('blew up the bridges'); two targets -> empty"))
U(d, "She said the continental body should now help Antananarivo", "rather than isolate it.",
  ("Lalao Rabearivelo", T, neu, "Organisation of African Unity", "appeal for a political course (elections) addressed to the OAU"))
U(d, "In the capital's Analakely market, Jean-Baptiste Razafindrakoto, a rice trader, said", "came in from Mahajanga.",
  ("Jean-Baptiste Razafindrakoto", N, neu, "", "invented named trader (person); prices = facts"))
U(d, "\"The people who cut the roads punished the poor, not the politicians,\" he said.", "he said.",
  ("Jean-Baptiste Razafindrakoto", C, neg, "Didier Ratsiraka", "judgement of the blockade's authors (Ratsiraka's supporters)"))
