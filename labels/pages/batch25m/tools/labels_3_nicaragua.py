# ------------------------------------------------------------------ Nicaragua: arrests of presidential hopefuls, Mexico and Argentina recall ambassadors (Spanish outlet's English edition, full HTML, 2021-06-22)
d = "page_nicaragua_candidatearrests2021_ibero.html"
# Not statements: edition bar, brand, nav, kicker, headline, standfirst, byline, time line, figcaptions with credits, ADVERTISEMENT,
# crossheads (incl. the quoted crosshead "Agents paid from abroad"), tags, share bar, related list, readers' comments, most read, footer.
U(d, "Mexico and Argentina recalled their ambassadors from Managua for consultations on Monday", "censure of President Daniel Ortega.",
  ("Mexico", C, neg, "Nicaragua", "lede carrying a position; recall of an envoy 'a protest' = measure in protest (expulsions/recalls are condemning)"),
  ("Argentina", C, neg, "Nicaragua", "same sentence, second state of the pair"))
U(d, "In a joint statement, the two foreign ministries said the wave of detentions", "presidency in November.",
  ("Mexico", C, neg, "Nicaragua", "joint statement of two states: 'endangered the physical safety and liberty' = judgement of the detentions"),
  ("Argentina", C, neg, "Nicaragua", "same joint statement"))
U(d, "Both governments said they would keep watching events closely", "a country's internal affairs.",
  ("Mexico", N, neu, "", "monitoring + restating an abstention on non-intervention grounds: no judgement, no appeal"),
  ("Argentina", N, neu, "", "same sentence"))
# "The recall came a day after police detained the journalist Miguel Mora ..." and the list of detainees = background narration, no row.
U(d, "Vice President Rosario Murillo, who is also the government's spokeswoman", "for political reasons.",
  ("Nicaragua", N, neg, "", "denial = neutral, negative tone"))
U(d, "She went on to describe the detainees as people who had taken money", "the word candidate.",
  ("Nicaragua", C, neg, "", "speaker carried from the previous sentence ('She'); accusation against the detainees and, implicitly, foreign governments (several) -> target empty"))
U(d, "A communique from the Nicaraguan foreign ministry, read on state television", "failed in 2018.",
  ("Nicaragua", C, neg, "United States", "'according to a communique' form; charge of choosing Nicaragua's rulers aimed at Washington (and unnamed allies)"))
U(d, "The national police said the detainees were being investigated under Law 1055", "sanctions against the country.",
  ("Nicaragua", N, neu, "", "procedure and legal basis, no evaluation"))
U(d, "At the June 15 session of the OAS Permanent Council, Nicaragua's representative", "worth nothing to his government.",
  ("Nicaragua", C, neg, "", "unnamed representative of a named government = Nicaragua; dismisses the OAS resolution as drafted in Washington: aimed at both the OAS and the US -> target empty"))
U(d, "The US State Department spokesman, Ned Price, said the charges", "choose freely in November.",
  ("United States", C, neg, "Nicaragua", "spokesperson named by role first; 'invented' charges = judgement"))
U(d, "Price added that the United States would use every diplomatic and economic tool", "demand for a fair vote.",
  ("United States", C, neg, "Nicaragua", "later by surname only; threat of economic and diplomatic measures"))
U(d, "On June 9 the US Treasury froze any US assets", "Leonardo Ovidio Reyes.",
  ("United States", C, neg, "Nicaragua", "sanctions reported as done = condemning"))
U(d, "The resolution adopted by 26 members of the OAS Permanent Council", "free them at once.",
  ("Organization of American States", C, neg, "Nicaragua", "condemnation + call to free: rule 1"))
U(d, "OAS Secretary General Luis Almagro said after the vote", "list of prisoners.",
  ("Organization of American States", C, neg, "Nicaragua", "judgement without a stock word"))
U(d, "In Brussels, the spokesperson for the EU's foreign service, Peter Stano, said the bloc wanted", "measures against them lifted.",
  ("European Union", T, neg, "Nicaragua", "demand to release with no judgement word in the sentence = calling_for_talks (labels/README: a demand to one side to stop)"))
U(d, "Stano said no one could call a November vote credible", "behind police lines.",
  ("European Union", C, neg, "Nicaragua", "surname only; judgement of the electoral process"))
U(d, "According to diplomats in Brussels, the spokesperson's office confirmed", "responsible for the crackdown.",
  ("European Union", C, neg, "Nicaragua", "passive/second-hand attribution; sanctions being weighed = threatened measure ('the spokesperson' = the EU)"))
U(d, "In Geneva, UN High Commissioner for Human Rights Michelle Bachelet told the Human Rights Council", "before the election.",
  ("United Nations", T, neg, "Nicaragua", "concern + appeal to free detainees and reopen dialogue, no judgement word = calling_for_talks"))
U(d, "Spanish Foreign Minister Arancha González Laya was quoted", "guarantees for all.",
  ("Spain", T, pos, "Nicaragua", "'was quoted as saying'; hope for a return to negotiation = calling_for_talks"))
U(d, "The Costa Rican government, whose country has taken in tens of thousands", "processing asylum requests.",
  ("Costa Rica", S, pos, "", "backing by act: open border and asylum for those fleeing; beneficiaries are not an actor -> target empty"))
U(d, "Venezuela, which left the OAS in 2019, sent the opposite message", "in every forum.",
  ("Venezuela", S, pos, "Nicaragua", "solidarity with Managua = supporting"))
U(d, "He called the OAS resolution a lynching organised from Washington.", "organised from Washington.",
  ("Venezuela", C, neg, "United States", "'He' = Arreaza, carried from the previous sentence; judgement aimed at Washington"))
U(d, "Citizens for Liberty, the party under whose banner", "every name it feared.",
  ("Citizens for Liberty", C, neg, "Nicaragua", "opposition party (new actor); judgement of the government"))
U(d, "\"There is no opposition candidate left who could win, and that was the point,\"", "in San José since 2018.",
  ("Elena Ruiz Castillo", C, neg, "Nicaragua", "invented independent voice introduced by role after the quote; imputes intent to the government = judgement"))
U(d, "Ruiz Castillo said the recall by Mexico and Argentina mattered more in Managua", "as friends.",
  ("Elena Ruiz Castillo", N, neu, "", "assessment of impact, no judgement or appeal"))
U(d, "Tomás Gallardo, a researcher at the Ibero-American Institute for Democratic Studies", "doctrine of non-intervention.",
  ("Tomás Gallardo", N, neu, "", "invented analyst; reading of two governments' motives, no evaluation"))
U(d, "Gallardo said Latin American governments should now press jointly for a negotiated release", "closes in August.",
  ("Tomás Gallardo", T, neu, "", "appeal for negotiated release with a mediator = calling_for_talks"))
