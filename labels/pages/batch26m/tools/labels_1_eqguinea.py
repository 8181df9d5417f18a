# ------------------------------------------------------------------ Equatorial Guinea: the attempted coup of December 2017 (Kye-Ossi), MFA communiqués page, 2018-01-12
d = "page_eqguinea_kyeossi_plot2018_mfastatements.txt"
# Not statements: site header, menu, breadcrumb, page title, "Last updated", item dates and headings, print links, photo caption, Related, Share, Subscribe, footer.
U(d, "The Ministry of Foreign Affairs and Cooperation informs the diplomatic corps", "has been defeated.",
  ("Equatorial Guinea", N, neu, "", "the site's own ministry ('The Ministry') informs of facts; no judgement, no appeal"))
U(d, "In a statement broadcast on national radio, the Minister of National Security", "with the Head of State as its objective.",
  ("Equatorial Guinea", C, neg, "", "the security minister's account of an armed attack on the head of state = accusation by describing the attack (rule 4); attackers not a canonical actor -> target empty"))
U(d, "The Government considers that the fighters were hired", "wherever they may be.",
  ("Equatorial Guinea", C, neg, "", "'The Government' = the site's state; accusation of opposition figures and foreign backers + vow to pursue them (threat); no canonical target"))
U(d, "On 27 December the security forces of the Republic of Cameroon intercepted", "passed their findings to our services.",
  ("Cameroon", S, neu, "Equatorial Guinea", "backing by act: Cameroon's forces stopped the armed group and shared findings with Malabo (specific act reported as done)"))
U(d, "The Ministry conveys the deep gratitude of the Government and people", "Cameroonian defence and security forces.",
  ("Equatorial Guinea", S, pos, "Cameroon", "thanks = supporting"))
U(d, "All diplomatic missions of the Republic have been instructed", "to which they are accredited.",
  ("Equatorial Guinea", N, neu, "", "procedural line: missions told to brief host governments"))
# "The President of the Republic, H.E. Obiang Nguema Mbasogo, received at Koete Mongomo ..." = narration of an audience, no row.
U(d, "In that message, the Chadian Head of State condemned the attempt", "stood with Malabo.",
  ("Chad", C, neg, "", "Chadian Head of State = Chad; condemnation + solidarity, rule 1; the plotters are no canonical actor -> target empty"))
U(d, "Speaking to the press after the audience, Minister Zene Cherif called the plot", "at risk.",
  ("Chad", C, neg, "", "judgement of the plot ('criminal venture') without the stock verb"))
U(d, "He said the so-called general being held in Cameroon", "whatever his birthplace.",
  ("Chad", N, neg, "", "'He' = Zene Cherif; denial that the alleged ringleader belongs to Chad's army = neutral, negative"))
U(d, "Chadian investigators will travel to Malabo and Yaoundé", "the Chadian minister added.",
  ("Chad", S, neu, "Equatorial Guinea", "offer of assistance (investigators) = supporting; attribution tail"))
U(d, "The Ministry welcomes this gesture, which confirms once more", "between our two peoples.",
  ("Equatorial Guinea", S, pos, "Chad", "welcome of Chad's gesture = supporting"))
U(d, "The Ministry takes note with satisfaction of the statement issued today", "H.E. Simeón Oyono Esono Angue.",
  ("Equatorial Guinea", S, pos, "African Union", "approval of the AU statement ('with satisfaction') = supporting"))
U(d, "In it, the Chairperson said the Union would never accept power won by arms", "on democracy and governance.",
  ("African Union", C, neg, "", "'the Chairperson' = Faki (AU); the attempt judged contrary to the AU charter; no canonical target"))
U(d, "On Monday the Minister of the Interior of the Gabonese Republic", "Gabon's border police.",
  ("Gabon", S, pos, "Equatorial Guinea", "message of support + offer of border police help = supporting"))
U(d, "The President of the Central African Republic, H.E. Faustin-Archange Touadéra, arrived in Malabo", "the sympathy of his people.",
  ("Central African Republic", S, pos, "Equatorial Guinea", "visit to express sympathy = backing by act, supporting"))
U(d, "President Touadéra told his host that Bangui would check", "would share what it found.",
  ("Central African Republic", N, neu, "", "plan to verify passports and share findings: procedure, no evaluation (unsure: sharing could read as cooperation = supporting)"))
U(d, "At a press conference at the Ministry on Wednesday, the Minister of Foreign Affairs and Cooperation", "along the Cameroonian border.",
  ("Equatorial Guinea", N, neu, "", "figures given by the minister = neutral"))
U(d, "The plotters had prepared the operation while living in France", "the Minister said.",
  ("Equatorial Guinea", C, neg, "", "accusation of the plotters and an exile; France named only as a place -> target empty"))
U(d, "He was at pains to add that no blame attached to the French authorities", "as the investigation allowed.",
  ("Equatorial Guinea", N, neu, "", "clearing France + cooperation when possible: no judgement, no appeal"))
U(d, "In view of the events, the Government has suspended the application on its territory", "at our embassies.",
  ("Equatorial Guinea", N, neu, "", "own security measure (visa requirement) aimed at no actor = neutral"))
U(d, "Asked about claims by the opposition party Citizens for Innovation", "would see a judge.",
  ("Equatorial Guinea", N, neg, "", "denial of political detentions = neutral, negative"))
U(d, "In a statement issued in Bata the previous evening, CI had accused", "after the November elections.",
  ("Citizens for Innovation", C, neg, "Equatorial Guinea", "opposition party accuses the authorities (pretext to crush the party)"))
U(d, "Questioned by a foreign correspondent, a spokesperson for the French foreign ministry", "Malabo chose to share.",
  ("France", N, neg, "", "denial of involvement + readiness to look at information = neutral (denial)"))
# "Students and diplomats attended a round table ..." = narration, no row.
U(d, "Professor Clemente Esono Mangue, who teaches international relations", "not only against the Head of State.",
  ("Clemente Esono Mangue", C, neg, "", "invented scholar; judgement on those who hire armed men ('guilty of a crime'); no canonical target"))
U(d, "Mr. Esono also argued that the response should not be a hunt for enemies at home", "before the next legislature sits.",
  ("Clemente Esono Mangue", T, neu, "Equatorial Guinea", "appeal to the government for dialogue with the opposition, no judgement = calling_for_talks"))
U(d, "Dr. Aurélie Kamga, a security analyst at the Centre for Central African Security Studies", "might try again.",
  ("Aurélie Kamga", N, neg, "", "invented analyst; risk assessment, concern without appeal = neutral, negative"))
U(d, "\"Nobody in this sub-region can afford to treat this as somebody else's problem,\" Dr. Kamga said.", "Dr. Kamga said.",
  ("Aurélie Kamga", N, neg, "", "warning with no appeal for talks or judgement on an actor (unsure: could be read as an appeal for regional cooperation, which is not a diplomatic course either)"))
# "The Minister received on Friday the Special Representative ... sent to Malabo by Secretary-General António Guterres." = narration of a meeting, no row.
U(d, "Mr. Fall condemned any use of force against the country's legitimate institutions", "as it worked to keep the peace.",
  ("United Nations", C, neg, "", "UN envoy: condemnation + support, rule 1 -> condemning; aimed at no canonical actor"))
U(d, "He encouraged the Government to keep channels of dialogue open", "so that calm could hold.",
  ("United Nations", T, neu, "Equatorial Guinea", "appeal for dialogue with all political actors = calling_for_talks"))
U(d, "The Minister assured the envoy that the Republic would go on cooperating", "international commitments.",
  ("Equatorial Guinea", N, pos, "", "reassurance about own conduct = neutral, positive"))
# "Mr. Fall was due to travel on to N'Djamena and Yaoundé." = itinerary narration, no row.
