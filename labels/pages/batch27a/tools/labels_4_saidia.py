# ------------------------------------------------------------------ Saïdia jet skiers shot by the Algerian coastguard (French MFA daily press briefing, 2023-09-04)
d = "page_algeria_saidia_jetski2023_mfapresser.txt"
# Not statements: site header, breadcrumb, title block, translation note, speaker line, the topic list, topic headings,
# every reporter's question as such (only sentences in which a question reports a named actor's position get a row),
# "Top of page", related links, share bar, address and footer links.
# Every "A:" answer is the spokesperson (Anne-Claire Legendre) = France.
U(d, "I can confirm the death of one of our compatriots", "evening of 29 August.",
  ("France", N, neu, "", "fact confirmed by the spokesperson"))
U(d, "Our thoughts go first to the families", "sincere condolences.",
  ("France", S, neg, "", "condolences = supporting (sympathy), grief tone; addressed to families, no canonical target"))
U(d, "Our consulates in Oran and in Fès are in constant contact", "local authorities.",
  ("France", N, neu, "", "consular procedure"))
U(d, "The Algerian defence ministry said on Sunday that its coastguards opened fire", "tried to escape.",
  ("Algeria", N, neg, "", "position of Algeria reported inside a reporter's question; justification of its own forces' fire = denial of wrongdoing, neutral with a negative tone"))
U(d, "It also told Algerians not to believe what it called fabrications", "about the military.",
  ("Algeria", C, neg, "", "'It' = the Algerian defence ministry; judgement of the reports and their authors (no canonical target)"))
U(d, "We have taken note of the Algerian statement.", "Algerian statement.",
  ("France", N, neu, "", "procedural acknowledgement"))
U(d, "We expect the Algerian authorities to establish precisely", "share what they find with us.",
  ("France", T, neg, "Algeria", "demand for an inquiry, no judgement = calling_for_talks (labels/README: demands for an inquiry)"))
U(d, "Without prejudging anything, I would simply recall", "the very last resort.",
  ("France", T, neg, "Algeria", "a reminder of restraint with no explicit judgement = calling_for_talks (unsure: it reads as a veiled reproach; the opening 'without prejudging' rules out a stated judgement)"))
U(d, "We have asked for consular access, as provided for by the Vienna Convention", "waiting for an answer.",
  ("France", N, neu, "", "procedure"))
# "The families' lawyers say Paris stayed silent for three days." = unnamed speakers, no row.
U(d, "That is not accurate.", "That is not accurate.",
  ("France", N, neg, "", "denial = neutral, negative"))
U(d, "The ministry has been in touch with the families since the first hours", "confirmed the facts.",
  ("France", N, neu, "", "account of its own conduct"))
U(d, "A judicial investigation has also been opened in France", "violent circumstances.",
  ("France", N, neu, "", "procedure"))
U(d, "In Rabat, the government spokesman, Mustapha Baitas, would only say", "handling the case.",
  ("Morocco", N, neu, "", "position reported in a question; deferring to prosecutors = neutral"))
U(d, "Karim Benaissa, who teaches the law of the sea", "proportionate response.",
  ("Karim Benaissa", C, neg, "Algeria", "invented scholar quoted by the reporter; judgement of the coastguard's fire (Algeria's forces)"))
U(d, "I will not comment on legal characterisations", "in France and in Morocco.",
  ("France", N, neu, "", "declines to characterise = neutral"))
U(d, "France talks to both countries, and we hope that this painful episode", "in the region.",
  ("France", T, neg, "", "hope that tension does not grow = calling_for_talks; two countries -> target empty"))
U(d, "Yasmina Ouazzani, a researcher at the Institute for Mediterranean Studies", "no hotline whatsoever.",
  ("Yasmina Ouazzani", N, neu, "", "invented researcher; observation, no position"))
U(d, "She argued that Rabat and Algiers should agree on one", "before the next incident.",
  ("Yasmina Ouazzani", T, neu, "", "appeal for a hotline between the two capitals (metonyms) = calling_for_talks; two addressees -> target empty"))
U(d, "Any step that avoids tragedies of this kind is welcome", "for the two countries to decide.",
  ("France", T, pos, "", "welcome of a de-escalation step, no judgement: rule 2 before rule 3 (unsure: could be supporting)"))
U(d, "Moscow says the Danube ports are being used to ship Western weapons.", "Western weapons.",
  ("Russia", C, neg, "Ukraine", "Russia's justification reported in a question: an accusation against Ukraine's use of its ports"))
U(d, "These strikes are one more attempt by Russia to strangle", "depend on them for their food.",
  ("France", C, neg, "Russia", "judgement without a stock word"))
U(d, "What Moscow says about the ports is a lie", "takes seriously.",
  ("France", C, neg, "Russia", "calling the other side's claim a lie = judgement, not a bare denial"))
U(d, "With our European partners, we will keep helping Ukraine export its grain", "solidarity lanes.",
  ("France", S, pos, "Ukraine", "backing by act"))
U(d, "We are deeply worried by the reports coming out of West Darfur.", "West Darfur.",
  ("France", N, neg, "", "concern with no appeal in the sentence = neutral, negative"))
U(d, "Those responsible for the crimes committed in El Geneina", "answer for them.",
  ("France", C, neg, "", "'crimes' + accountability warning = condemning; perpetrators not named -> target empty"))
U(d, "We again call on the Sudanese Armed Forces and the Rapid Support Forces", "reach those in need safely.",
  ("France", T, neg, "", "appeal for a ceasefire and access, both sides -> target empty"))
U(d, "France has released an additional 5 million euros", "Sudanese refugees in Chad.",
  ("France", S, pos, "", "humanitarian aid = supporting; refugees are not a canonical actor -> target empty"))
U(d, "The President of the Republic will travel to New Delhi", "9 and 10 September.",
  ("France", N, neu, "", "plan; 'the President of the Republic' by title"))
# "I will not anticipate discussions among leaders." = non-answer, no row.
