DOC = 'page_afghanistan_ghazni_assault2018_noonbriefing.txt'
UN = 'United Nations'
AF = 'Afghanistan'
PK = 'Pakistan'
TB = 'Taliban'
ROWS = [
# no row: greeting, the half-mast flags for Kofi Annan and "I will come back to arrangements ..." (briefing housekeeping)
("Turning to Afghanistan, the Secretary-General welcomes the announcement by President Ashraf Ghani of a conditional ceasefire with the Taliban, starting today and running until the birthday of the Prophet Muhammad, provided that it is reciprocated.",
 UN, 'calling_for_talks', 'positive', AF, "welcome of a ceasefire with no judgement = calling_for_talks (labels README: rule 2 before rule 3); target = the party welcomed"),
("Turning to Afghanistan, the Secretary-General welcomes the announcement by President Ashraf Ghani of a conditional ceasefire with the Taliban, starting today and running until the birthday of the Prophet Muhammad, provided that it is reciprocated.",
 AF, 'calling_for_talks', 'positive', TB, "Ghani's conditional ceasefire reported by the UN is Afghanistan's statement: offering a ceasefire"),
("He calls on the Taliban to respond positively, and he hopes that the ceasefire, like the one the country saw during Eid al-Fitr in June, will open the way to direct talks on a political settlement.",
 UN, 'calling_for_talks', 'positive', TB, "appeal + hope for talks"),
("As you will recall, in his statement issued last Wednesday evening, the Secretary-General said that the fighting in Ghazni had again shown that the conflict cannot be settled on the battlefield, and he urged all sides to spare civilians and to let humanitarian supplies reach the city without obstruction.",
 UN, 'calling_for_talks', 'negative', '', "protection of civilians and humanitarian access, all sides"),
("The UN Assistance Mission in Afghanistan, UNAMA, says it is still verifying the toll from the Taliban assault on Ghazni city, which began on 10 August, but that preliminary information points to between 110 and 150 civilian casualties, dead and injured.",
 UN, 'neutral', 'neutral', '', "UNAMA = United Nations; casualty figures"),
("The head of the Mission, Tadamichi Yamamoto, said the people of Ghazni had paid a heavy price for a battle fought street by street, and that the fighting risked setting the province's communities against one another just when the country's peace effort depended on them pulling together.",
 UN, 'neutral', 'negative', '', "concern without an appeal and without a judgement on a named actor"),
("Our humanitarian colleagues tell us that the Ghazni provincial hospital, which was overwhelmed with wounded last week, has received fresh surgical supplies, and that teams are now assessing the needs of families who fled the city during the fighting.",
 UN, 'neutral', 'neutral', '', "OCHA = United Nations; humanitarian facts (who supplied the hospital is not said) (unsure: needs assessment could be read as aid, supporting)"),
("The World Health Organization says it has delivered trauma kits to the hospital and is working with the health authorities to restore electricity and water to health facilities in the city.",
 'World Health Organization', 'supporting', 'positive', AF, "aid delivered, reported as done; target = the country helped"),
("The Secretary-General also once again condemns in the strongest terms last Wednesday's suicide attack on an education centre in the Dasht-e-Barchi area of Kabul, which killed dozens of young people preparing for university entrance exams.",
 UN, 'condemning', 'negative', '', "perpetrator not named -> target empty"),
# no row: "There will be no guest at tomorrow's briefing."; "Thank you, Stéphane."
("On Afghanistan, the Afghan Defence Minister, Tariq Shah Bahrami, said last week that foreign fighters, including Pakistanis, had taken part in the attack on Ghazni, and President Ghani has said that wounded Taliban were taken for treatment to hospitals in Pakistan.",
 AF, 'condemning', 'negative', PK, "journalist's question reporting another actor's position = that actor's statement (labels README); accusation against Pakistan"),
# no row: "Does the Secretary-General have a view on those claims?" (question); "I have seen those reports." (no position)
("We are not in a position to verify them, and I would not want to speculate.",
 UN, 'neutral', 'neutral', '', "declines to take a position on the claims"),
("What I can say is that the Secretary-General has always encouraged Afghanistan and Pakistan to work together, and he believes that good relations between the two neighbours are essential for any lasting peace.",
 UN, 'calling_for_talks', 'positive', '', "appeal for cooperation to two parties -> target empty"),
("A follow-up, because the Pakistani Foreign Office on Saturday rejected those reports outright and said it had received nothing from Kabul to back them up.",
 PK, 'neutral', 'negative', '', "journalist reports Pakistan's denial: denial = neutral, negative tone; Kabul = Afghanistan, not the target of a stance here"),
("It described them as a smear campaign aimed at undermining the working relationship between the two countries.",
 PK, 'condemning', 'negative', AF, "'hostile propaganda' = judgement on the Afghan claims"),
("And the Pakistani army chief, General Qamar Javed Bajwa, said on Friday the allegations were false and that Kabul should examine what had gone wrong on its own side.",
 PK, 'condemning', 'negative', AF, "army chief = Pakistan; denial plus counter-blame aimed at Kabul -> condemning (unsure: the denial part alone would be neutral)"),
# no row: "So there is a war of words." "Will the UN mediate?"
("I think the good offices of the Secretary-General are always available if both parties want them.",
 UN, 'calling_for_talks', 'neutral', '', "offer of mediation"),
("But it is for the two Governments to decide on the channels they use, and we would encourage them to use the bilateral mechanisms they already have.",
 UN, 'calling_for_talks', 'neutral', '', "encourages dialogue between the two"),
("On the ceasefire, Secretary of State Mike Pompeo said on Sunday that the United States supports President Ghani's offer and that Washington is ready to take part in talks.",
 'United States', 'calling_for_talks', 'positive', '', "backing a ceasefire offer + readiness for talks, no judgement -> calling_for_talks (rule 2 before rule 3); target empty (talks among several parties) (unsure: could be supporting Afghanistan)"),
# no row: "Has the Secretary-General been in contact ...?" ; "I am not going to go into contacts."
("Obviously, the UN Mission is in contact with a wide range of actors in Afghanistan.",
 UN, 'neutral', 'neutral', '', "fact"),
("The call of the Secretary-General is directed to the Taliban leadership: accept the ceasefire, and come to the table.",
 UN, 'calling_for_talks', 'neutral', TB, "appeal to one party"),
# no row: "Stéphane, the Taliban have not accepted." (narration of non-response); "In fact, this morning they stopped three buses ..." (narrated act of violence, no position); "What does the UN say about that?"; "We have seen those reports, which came in ..." (no position)
("UNAMA is following the situation closely with the local authorities.",
 UN, 'neutral', 'negative', '', "monitoring = concern without appeal (guide)"),
("Obviously, we call for the immediate and unconditional release of all civilians who have been taken, and I would say that holding travellers on the eve of Eid is hardly the signal that the Afghan people were hoping for.",
 UN, 'condemning', 'negative', TB, "release demand + a critical judgement on the hostage-taking (rule 1) (unsure: mild wording, could be calling_for_talks)"),
("And on Ghazni, the Taliban spokesman Zabihullah Mujahid said last week that their fighters had not harmed civilians and that the casualties were caused by American air strikes.",
 TB, 'condemning', 'negative', 'United States', "spokesman = Taliban (in 2018 not yet the government); denial plus blame on US strikes = accusation"),
("UNAMA will publish its findings once it has verified them, as it always does.",
 UN, 'neutral', 'neutral', '', "plan"),
("I would just remind everyone, including the Taliban, that under international humanitarian law, launching attacks in densely populated areas brings responsibilities, and those responsibilities do not disappear because one blames somebody else.",
 UN, 'condemning', 'negative', TB, "pointed rebuke of the Taliban's deflection (unsure: a reminder of IHL could be calling_for_talks)"),
# no row: "Has the ICRC given any numbers?"; "You would have to ask our colleagues at the ICRC."
("I know they delivered medical supplies to the hospital last week, and they have said publicly that the needs remain very large.",
 'ICRC', 'supporting', 'positive', AF, "'they' = the ICRC; aid delivered, reported by the UN spokesman"),
# no row: travel plans question and answer, hand-over to the GA spokesperson
]
