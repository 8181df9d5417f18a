# ------------------------------------------------------------------ Haiti's PetroCaribe protests and Moïse's refusal to resign (live blog, 2019-02-15)
d = "page_haiti_petrocaribe_protests2019_liveblog.txt"
# Not statements: site menu, LIVE label, headline, last updated, byline, key events bullets, time stamps, sign-off and the
# closing summary ("Haiti's president has refused ..." = summary line), "Advertisement", Related, topics, sign-up prompt, copyright.
U(d, "Prime Minister Jean-Henry Céant's office says he will address the nation on Saturday.", "on Saturday.",
  ("Haiti", N, neu, "", "announcement of an address = neutral"))
U(d, "A spokesman for the prime minister told local radio that Céant would announce", "to the opposition.",
  ("Haiti", T, pos, "", "spokesman named by role; an opening to the opposition = offer of talks (the opposition is not canonical -> target empty)"))
U(d, "The Dominican Republic has sent extra troops to its border with Haiti, its defence ministry says.", "ministry says.",
  ("Dominican Republic", N, neu, "", "own precautionary deployment, no judgement of anyone = neutral"))
U(d, "A ministry statement said the deployment was a precaution", "open for trade.",
  ("Dominican Republic", N, neu, "", "'a ministry statement' = the DR's defence ministry; reassurance"))
U(d, "The US State Department has ordered all non-emergency US government staff", "\"Do not travel\".",
  ("United States", N, neg, "", "withdrawal of own staff and a travel advisory: a measure aimed at no actor = neutral, negative tone"))
U(d, "In a statement, the department said protests in the capital could turn dangerous", "shelter in place.",
  ("United States", N, neg, "", "warning to its citizens with no appeal to the parties = neutral"))
U(d, "A State Department spokesperson added later that Washington supported", "through talks.",
  ("United States", T, neu, "", "support for the right to protest peacefully + appeal to all sides for talks: rule 2 before rule 3"))
# "Canada's embassy in Port-au-Prince remains closed for a third day." = state of affairs, no row.
U(d, "Global Affairs Canada says it is working with tour operators", "Côte des Arcadins.",
  ("Canada", N, neu, "", "Global Affairs Canada = Canada; consular plan"))
# "The UN secretary general's spokesman, Stéphane Dujarric, has just spoken ..." = lead-in, no row.
U(d, "Dujarric said António Guterres was following events in Haiti closely", "loss of life.",
  ("United Nations", N, neg, "", "monitoring + sorrow with no appeal in the sentence = neutral, negative"))
U(d, "The secretary general, he said, called on all Haitian actors", "in line with the law.",
  ("United Nations", T, neu, "", "attribution in the middle; appeal for inclusive dialogue and lawful policing, no judgement"))
U(d, "The spokesman also said the UN justice support mission, MINUJUSTH, had reduced", "in the capital.",
  ("United Nations", N, neu, "", "'the spokesman'; the mission's own measure"))
U(d, "A report by Haiti's Superior Court of Auditors released in January said", "among the beneficiaries.",
  ("Haiti", N, neg, "", "a state audit body's findings = facts given by Haiti; the company named is not an actor (unsure: explainer register)"))
U(d, "Moïse denies wrongdoing.", "wrongdoing.",
  ("Haiti", N, neg, "", "the president's denial = neutral, negative"))
# "Luis Almagro ... met Haiti's foreign minister, Bocchit Edmond, in Washington on Thursday, the OAS says." = meeting in narrative, no row.
U(d, "According to an OAS readout, Almagro told Edmond that the organisation backed", "national dialogue.",
  ("Organization of American States", T, pos, "Haiti", "backing the constitutional government + offer to help a national dialogue: rule 2 before rule 3 (unsure: the backing could make it supporting)"))
U(d, "The readout said the secretary general also asked all political actors to shun violence.", "shun violence.",
  ("Organization of American States", T, neu, "", "appeal against violence to all"))
U(d, "Opposition leader Jean-Charles Moïse (no relation to the president) has told reporters", "leaves office.",
  ("Pitit Dessalines", C, neg, "Haiti", "party leader (new actor); protests until the president leaves = rejection of the government"))
U(d, "\"Jovenel has lied to the country.", "in the capital.",
  ("Pitit Dessalines", C, neg, "Haiti", "multi-sentence quote closed by 'he said, speaking ...'; accusation"))
U(d, "Moïse, who leads the Pitit Dessalines party, said the opposition would not sit down", "no longer recognised.",
  ("Pitit Dessalines", C, neg, "Haiti", "refusing talks in protest, reason stated (no longer recognises the president) = condemning"))
U(d, "He called on the police to stand with the protesters.", "with the protesters.",
  ("Pitit Dessalines", N, neg, "", "an appeal to the police to side with protesters: neither a peace appeal nor a judgement (unsure)"))
U(d, "The National Human Rights Defense Network (RNDDH), a Haitian rights group, says at least seven people", "7 February.",
  ("National Human Rights Defense Network", N, neu, "", "new organisation; casualty figures given by an actor = neutral, neutral tone"))
U(d, "The group accused police of firing live rounds", "the capital.",
  ("National Human Rights Defense Network", C, neg, "Haiti", "'the group'; accusation of the Haitian police"))
# "The Core Group, which brings together the ambassadors of ..., has issued a statement." = lead-in (the list describes the group), no row.
U(d, "The diplomats say they deplore the loss of life", "without preconditions.",
  ("Core Group", T, neg, "", "new organisation (donor group); 'deplore the loss of life' aims at no actor -> not a judgement; appeal for dialogue to both sides"))
U(d, "They also say they remain committed to supporting the Haitian people.", "Haitian people.",
  ("Core Group", S, pos, "Haiti", "support"))
# "Here's more from the president's address ..." = lead-in, no row.
U(d, "Jovenel Moïse said he would not hand the country over", "for five years.",
  ("Haiti", C, neg, "", "refusal to resign + judgement of rioters (not an actor) -> target empty"))
U(d, "\"I hear your anger.", "speaking in Creole.",
  ("Haiti", C, neg, "", "insinuation that unnamed people exploit the anger = accusation (unsure: could be neutral)"))
U(d, "The president said he was ready to talk with all sectors of the opposition", "cost of living.",
  ("Haiti", T, pos, "", "offer of talks + plan: rule 2"))
# "From our correspondent in Pétion-Ville ..." = lead-in, no row.
U(d, "Nadège Étienne, who sells rice and beans from a stall near the market, said", "for a week.",
  ("Nadège Étienne", N, neg, "", "named resident (invented) = independent person; fact about her own situation"))
U(d, "\"We want the fighting to stop.", "she said.",
  ("Nadège Étienne", T, neg, "", "appeal for the violence to end and for talks"))
U(d, "Rosemond Jean-Baptiste, a political scientist at the State University of Haiti, says", "calm the streets.",
  ("Rosemond Jean-Baptiste", N, neg, "", "invented scholar; forecast"))
U(d, "\"He talked about his mandate and not about the money.", "Jean-Baptiste said.",
  ("Rosemond Jean-Baptiste", C, neg, "Haiti", "judgement of the president's speech without a stock word"))
U(d, "He added that the opposition was also making a mistake", "to mediate.",
  ("Rosemond Jean-Baptiste", C, neg, "", "'making a mistake' = judgement + appeal for mediation: rule 1; 'the opposition' is not one canonical actor -> target empty"))
U(d, "France's embassy in Port-au-Prince has told French citizens to limit their movements.", "their movements.",
  ("France", N, neu, "", "consular advice"))
U(d, "The French foreign ministry said in a statement it was concerned by the violence", "show restraint.",
  ("France", T, neg, "", "concern + appeal for restraint = calling_for_talks"))
