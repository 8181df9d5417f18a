# Hand-written rows for page 1 (DRC, Kalonda arrest, wire). Each row: sentence, actor, stance, sentiment, target, note
DOC = "page_drc_kalondaarrest2023_wire.txt"
DRC = "Democratic Republic of the Congo"
ENS = "Together for the Republic"
KAL = "Salomon Kalonda"
ROWS = [
("Congolese military intelligence on Monday accused a close aide of opposition presidential candidate Moise Katumbi of conspiring with M23 rebels and Rwandan officials to overthrow the government, six days after he was pulled from a car on the tarmac of Kinshasa's N'djili airport.",
 DRC, "condemning", "negative", KAL, "dateline not part of the unit; military intelligence speaks for the state (an army speaks for its state); accusation of a coup plot aimed at the aide"),
("Salomon Idi Kalonda, Katumbi's special adviser, was detained on May 30 as he prepared to fly to Lubumbashi with the former Katanga governor and has since been held at the headquarters of military intelligence in the capital, his party said.",
 ENS, "neutral", "neutral", "", "attribution tail 'his party said' = Ensemble pour la République (Together for the Republic); facts of the detention, no evaluation; Lubumbashi and the capital are places"),
("Lieutenant-Colonel Patrick Kangoli, legal adviser to the military intelligence staff, told reporters that Kalonda would be prosecuted for undermining state security, illegally holding firearms and inciting soldiers to breach military discipline.",
 DRC, "condemning", "negative", KAL, "an officer of military intelligence = the state; charges brought against the aide = a measure taken against him (as the prosecution's charges in other batches)"),
("\"Nobody has been arrested for his opinions. This man came armed to the opposition march of May 20, and he kept up contacts with leaders of the M23 and with officials of a neighbouring country who wanted to change the regime by force,\" Kangoli said.",
 DRC, "condemning", "negative", KAL, "quote of two sentences closed by its speaker = one unit; surname only = Kangoli (DRC); denial of a political motive + accusation: the accusation decides (rule 1); the 'neighbouring country' is left unnamed, target the aide"),
("Kangoli added that investigators had established that statements issued by Katumbi's Ensemble pour la Republique party were sent to contacts in Kigali for approval before they were made public.",
 DRC, "condemning", "negative", ENS, "accusation aimed at the party itself; Kigali here = contacts in Rwanda's capital, a place (no Rwanda row)"),
("Ensemble dismissed the claim as a story invented in a barracks to smear a party that intended to win the election fairly.",
 ENS, "neutral", "negative", "", "denial of the accusation = neutral with a negative tone (guide); the barb 'invented in a barracks to smear' could make it condemning the army (unsure)"),
("Katumbi, a wealthy businessman who has said he will stand against President Felix Tshisekedi in the December election, condemned the arrest within hours of it happening.",
 ENS, "condemning", "negative", DRC, "Katumbi = Together for the Republic (alias); explicit 'condemned' the arrest by the state; kept as a statement although the quote follows (it adds the timing)"),
("\"Salomon was dragged away in front of me like a common criminal. If the state has something against him, let it bring him before a judge instead of hiding him in a cell,\" he wrote on Twitter on May 30.",
 ENS, "condemning", "negative", DRC, "'he' = Katumbi; two-sentence quote closed by 'he wrote'; 'hiding him in a cell' = judgement of the state's conduct, with a demand"),
("Francis Kalombo, Katumbi's deputy spokesman, said the images of Kalonda being bundled into a white pickup by armed men in civilian clothes showed that the government had turned the security services against its opponents.",
 ENS, "condemning", "negative", DRC, "a party spokesman speaks for the party; accusation against the government"),
("Kalonda's defence team said on Monday it had still not been allowed to see him.",
 KAL, "neutral", "negative", "", "lawyers speaking for their client = the client (as 42a did with Kakwenza's lawyer); a complaint stated as a fact, no judgement word"),
("\"Our client has now been held for six days without appearing before any magistrate, which Congolese law forbids. We ask that he be handed over to a civilian court or released without delay,\" the lawyers said in a statement.",
 KAL, "condemning", "negative", DRC, "detention called unlawful ('which Congolese law forbids') + demand for release: the judgement decides (rule 1)"),
]
LIST = "Three other opposition leaders, Martin Fayulu, Delly Sessanga and Augustin Matata Ponyo, who marched with Katumbi's supporters on May 20 against the cost of living and the way the election is being organised, said in a joint statement that the arrest belonged to a campaign to clear the field for Tshisekedi."
CALL = "They called on the African Union and the Southern African Development Community to press Kinshasa to respect the rights of opposition candidates."
for party, who in (("Engagement for Citizenship and Development", "Fayulu"), ("Envol", "Sessanga"), ("Leadership and Governance for Development", "Matata Ponyo")):
    ROWS.append((LIST, party, "condemning", "negative", DRC,
                 f"joint statement of three leaders, one row per actor: {who} speaks for his party; 'a campaign to clear the field for Tshisekedi' = accusation against the government"))
for party, who in (("Engagement for Citizenship and Development", "Fayulu"), ("Envol", "Sessanga"), ("Leadership and Governance for Development", "Matata Ponyo")):
    ROWS.append((CALL, party, "calling_for_talks", "negative", DRC,
                 f"'They' = the three leaders ({who} -> his party); appeal to the AU and SADC to press Kinshasa (= DRC, metonym) on candidates' rights, no judgement word = calling_for_talks; AU and SADC are addressed, not speakers"))
ROWS += [
("The M23 rebel group has seized large areas of North Kivu province since late 2021, and Kinshasa accuses Rwanda of arming and commanding it.",
 DRC, "condemning", "negative", "Rwanda", "first clause narration (no row for the M23); 'Kinshasa accuses Rwanda' = DRC's standing accusation, Kinshasa = metonym"),
("Rwanda has repeatedly denied backing the rebels.",
 "Rwanda", "neutral", "negative", "", "denial = neutral with a negative tone; the next sentence (spokesperson did not respond) is no statement"),
("The M23 said in a statement posted on Twitter that it had no links with any Congolese political party and that the government was trying to blame its own failures on others.",
 "M23", "condemning", "negative", DRC, "denial of links + 'blame its own failures on others' = judgement of the government: rule 1"),
("Tshisekedi's Union for Democracy and Social Progress (UDPS) said the courts should be left to do their work and that no one, however rich, stood above the law.",
 "Union for Democracy and Social Progress", "supporting", "neutral", DRC, "the ruling party backs the judicial process against the aide; 'however rich' is a jab at Katumbi (unsure: could be condemning Together for the Republic)"),
("\"The UDPS will not accept that an investigation into state security be turned into a political show,\" the party's secretary-general, Augustin Kabuya, told supporters in Kinshasa on Sunday.",
 "Union for Democracy and Social Progress", "condemning", "negative", ENS, "party secretary-general speaks for the party; accuses the opposition of turning the case into a show; target = Katumbi's party by context (unsure: named by no one)"),
("The citizens' movement LUCHA, which has often clashed with the government, said that anyone suspected of a crime should face an ordinary judge, and that using military intelligence against civilians was a practice the country had hoped to leave behind.",
 "LUCHA", "condemning", "negative", DRC, "demand + judgement of the use of military intelligence against civilians: rule 1"),
("Josue Mbala Ngoy, a political analyst in Lubumbashi, said the case was likely to deepen mistrust between the camps in the run-up to the vote.",
 "Josue Mbala Ngoy", "neutral", "negative", "", "independent analyst under his own name (invented person, new actor); forecast without judgement"),
("\"When the main challenger's closest aide is accused of treason six months before an election, everyone will read it as a message. The government will need to show real evidence in an open court, or it will pay a price in credibility,\" he said.",
 "Josue Mbala Ngoy", "calling_for_talks", "negative", DRC, "demand that the government show evidence in open court, with a warning but no explicit judgement word = calling_for_talks (unsure: 'read it as a message' hints at intimidation, could be condemning)"),
]
