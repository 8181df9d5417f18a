# ------------------------------------------------------------------ Algeria breaks off relations with Morocco (Xinhua-style state media roundup, 2021-08-25)
d = "page_algeria_morocco_statemedia.txt"
U(d, "Algerian Foreign Minister Ramtane Lamamra announced at a press conference", "hostile acts by Rabat.",
  ("Algeria", C, neg, "Morocco", "severing diplomatic relations in protest of 'hostile acts' = a measure taken against another side + accusation; Rabat = metonym"))
U(d, "Lamamra accused the Moroccan authorities of backing two movements", "swept the country's north this month.",
  ("Algeria", C, neg, "Morocco", "accusation of backing 'terrorist' movements; MAK and Rachad are only mentioned (no rows); Algiers = metonym inside the same position"))
U(d, "He also charged that Morocco had used the Israeli-made Pegasus spyware", "the question of Western Sahara.",
  ("Algeria", C, neg, "Morocco", "'He' = Lamamra; two accusations (spying, broken commitments)"))
U(d, "The minister further objected to remarks about Algeria made by Israeli Foreign Minister Yair Lapid", "stood by in silence.",
  ("Algeria", C, neg, "", "objection in protest to Lapid's remarks + reproach to his Moroccan host = judgement aimed at two actors (Israel, Morocco) -> target empty; Lapid's remarks have no content on the page (no Israel row); Rabat = place"))
U(d, "\"Our patience has limits, and it has been tested for many years.", "Lamamra said.",
  ("Algeria", C, neg, "Morocco", "two-sentence quote closed by its speaker = one unit; blames 'those who govern in Rabat' = Morocco (metonym)"))
U(d, "He stressed that Algerian and Moroccan consulates would stay open", "affected by the decision.",
  ("Algeria", N, pos, "", "reassurance about its own conduct (consulates, nationals) = neutral, positive tone"))
U(d, "The move followed a meeting last Wednesday of Algeria's High Security Council", "hostile acts by its neighbor.",
  ("Algeria", C, neg, "Morocco", "a state body's decision (review relations, tighten the border) justified by an accusation = measure against another side; Tebboune only chairs it"))
U(d, "Algeria had already recalled its ambassador from Rabat for consultations in July.", "Algeria had already recalled its ambassador from Rabat for consultations in July.",
  ("Algeria", C, neg, "Morocco", "recalling an envoy = a specific measure against another side reported as done (guide: expulsions, recalls) (unsure: background)"))
U(d, "In a statement issued late Tuesday, the Moroccan Ministry of Foreign Affairs", "did not stand up to scrutiny.",
  ("Morocco", C, neg, "Algeria", "'nothing could justify' = unjustified (judgement) + rejection of the grounds; Algiers = metonym"))
U(d, "Algeria's rhetoric over the past weeks had made the break all but predictable", "the ministry added.",
  ("Morocco", C, neg, "Algeria", "possessive before the speaker: Algeria is mentioned, the Moroccan ministry speaks; blames Algeria's escalation"))
U(d, "Rabat, it said, would keep its hand extended to the Algerian people", "building a united Maghreb.",
  ("Morocco", T, pos, "", "'it' = the ministry; Rabat = Morocco; an extended hand = offer of dialogue/cooperation, no judgement (rule 2); the Algerian people is not a state actor -> target empty"))
U(d, "Moroccan King Mohammed VI, in a speech at the end of July, invited Tebboune", "closed since 1994.",
  ("Morocco", T, pos, "Algeria", "invitation to work together and reopen the border = offer of talks addressed to Algeria's president"))
U(d, "Saudi Arabia's Foreign Ministry said on Wednesday that the kingdom was saddened by the rift", "diplomatic channels.",
  ("Saudi Arabia", T, neg, "", "sadness over the rift (aimed at no actor's act) + appeal for talks addressed to both = calling_for_talks (rule 2)"))
U(d, "Riyadh wanted to see ambassadors back in Algiers and Rabat soon", "wider Arab world.",
  ("Saudi Arabia", T, pos, "", "wish that relations (ambassadors) are restored = calling_for_talks (guide: hoping ... stability returns); Riyadh = metonym, Algiers and Rabat = places"))
U(d, "The United Arab Emirates, Bahrain and Kuwait also expressed regret", "between the two neighbors.",
  ("United Arab Emirates", N, neg, "", "list of three states (one row each): regret at the deterioration, aimed at no one's act, no appeal = neutral, negative (contrast with the Saudi appeal)"),
  ("Bahrain", N, neg, "", "same list"),
  ("Kuwait", N, neg, "", "same list"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit called on Algeria and Morocco", "released by the league in Cairo.",
  ("Arab League", T, neu, "", "appeal for calm and restraint to both = calling_for_talks; 'the league' = Arab League; Cairo = place"))
U(d, "The General Secretariat of the Jeddah-based Organization of Islamic Cooperation appealed", "between neighbors by talking.",
  ("Organisation of Islamic Cooperation", T, neu, "", "appeal for open channels and talks to both member states; Jeddah = place"))
