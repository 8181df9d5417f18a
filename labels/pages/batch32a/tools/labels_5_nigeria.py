# Hand labels: page_nigeria_endbadgovernance2024_liveblog.html (visible article text; entries newest first)
DOC = 'page_nigeria_endbadgovernance2024_liveblog.html'
NG = 'Nigeria'
ROWS = [
# 9:48 PM
("The Take It Back Movement, one of the groups behind the marches, said the protests would continue on Friday and accused the police of detaining several of its coordinators in Abuja, whose release it demanded.",
 'Take It Back Movement', 'condemning', 'negative', NG, "accuses the police of detaining its coordinators + demands release = condemning; the plan to continue is secondary"),
# 8:55 PM
("The Nigeria Labour Congress, which did not formally join the protests, said workers had every right to demonstrate and urged the security agencies not to use force against peaceful citizens.",
 'Nigeria Labour Congress', 'calling_for_talks', 'neutral', NG, "appeal to the security agencies for restraint, no judgement = calling_for_talks"),
# 7:40 PM
("In Port Harcourt, Rivers State Governor Siminalayi Fubara came out to address protesters at the gate of Government House and told them they were free to march as long as they stayed peaceful.",
 NG, 'calling_for_talks', 'positive', '', "state governor resolves to Nigeria (as the Kaduna governor row elsewhere); appeal to keep it peaceful; protesters not an actor; Port Harcourt = place"),
# 6:30 PM
("The U.S. Mission in Nigeria has issued a demonstration alert advising American citizens to avoid crowds and to follow local media until the protests end on 10 August.",
 'United States', 'neutral', 'neutral', '', "security advice to its own citizens = procedure"),
# 5:45 PM
("The police have denied that any protester was killed by officers, saying reports of deaths circulating on social media were false.",
 NG, 'neutral', 'negative', '', "denial = neutral, negative tone (guide)"),
# "Our correspondent in Suleja ... saw the body of a young man ..." -> the outlet's own reporting, narration: no row
# 5:10 PM
("Amnesty International Nigeria says police fired live ammunition at protesters in at least three northern states, and that it has received reports of several deaths.",
 'Amnesty International', 'condemning', 'negative', NG, "Amnesty International Nigeria = Amnesty International (actors.csv alias); accusation by describing fire on protesters = condemning"),
('"Nobody should die for asking for food. The authorities must rein in their officers now, before the toll rises," said Isa Sanusi, the group\'s director in Nigeria.',
 'Amnesty International', 'calling_for_talks', 'negative', NG, "demand to one side to stop with no judgement word = calling_for_talks, negative (README)"),
# 4:20 PM
("Former vice-president Atiku Abubakar, who lost last year's presidential election to Bola Tinubu, said in a statement that the government had answered hungry young people with tear gas instead of solutions, and called for the release of everyone arrested for taking part.",
 'Atiku Abubakar', 'condemning', 'negative', NG, "former office holder speaking for himself (no office on the date); judgement of the government's response + release demand: rule 1"),
("Presidential spokesman Bayo Onanuga hit back within the hour, saying politicians who had lost at the polls were trying to use the streets to obtain what voters had denied them.",
 NG, 'condemning', 'negative', 'Atiku Abubakar', "spokesman = Nigeria; 'hit back' answers Atiku's statement: accusation of exploiting the protests (unsure on the target: the wording is plural, 'politicians who had lost')"),
# 3:35 PM
("Defence Headquarters said troops were on standby in several states but had not been deployed against protesters, and that the police remained in charge of public order.",
 NG, 'neutral', 'neutral', '', "military = its state; facts about deployment"),
# 2:50 PM
("Kano State Governor Abba Kabir Yusuf has imposed a 24-hour curfew across the state after looters broke into a newly built ICT centre and several shops in the city.",
 NG, 'neutral', 'negative', '', "state governor = Nigeria; a security measure against looters (not an actor) = neutral, negative"),
('"We will not allow criminals to hide behind a protest to destroy what belongs to all of us," the governor said in a broadcast.',
 NG, 'condemning', 'negative', '', "'the governor' = Yusuf; warning against unnamed criminals = threatened response; target empty"),
# 1:55 PM ("... posted this message on X:" is a lead-in, no row)
("I urge our security agencies to treat every protester as a citizen, not as an enemy.",
 'Peter Obi', 'calling_for_talks', 'neutral', NG, "embedded post; appeal for restraint addressed to the security agencies"),
("And to the young people on the streets: keep it peaceful, because your cause is just.",
 'Peter Obi', 'calling_for_talks', 'positive', '', "same post; appeal to protesters to stay peaceful with approval of their cause; protesters not an actor"),
# 1:10 PM ("Police fired tear gas at demonstrators ..." = narration)
("Force spokesman Muyiwa Adejobi said officers had used tear gas only after some of the protesters attacked them with stones and bottles.",
 NG, 'condemning', 'negative', '', "police spokesman = Nigeria; accuses protesters (not an actor) of attacking officers; target empty (unsure: could be neutral self-justification)"),
# 12:15 PM
("Information Minister Mohammed Idris told reporters in Abuja that the government respected the right to protest, but that many of the young people on the streets had been misled by people who wanted to plunge the country into chaos.",
 NG, 'condemning', 'negative', '', "accuses unnamed instigators of seeking chaos = judgement; target empty"),
# 11:20 AM
("Under the Ikeja bridge, Tobi Adeleke, 24, a graduate who sells phone accessories, said the price of a bag of rice had more than doubled since last year.",
 'Tobi Adeleke', 'neutral', 'negative', '', "invented named protester = person; facts about prices, hardship tone"),
('"I studied for four years and I cannot afford to eat. Let them come down from Aso Rock and see how we live," she said.',
 'Tobi Adeleke', 'condemning', 'negative', NG, "Aso Rock = the presidency (metonym); reproach to the government = criticism (unsure: could be neutral complaint)"),
# 10:40 AM -> narration
# 10:05 AM ("... posted:" lead-in, no row; "Day one." no position)
("From Lagos to Kano, Nigerians have shown they are no longer afraid.",
 'Omoyele Sowore', 'supporting', 'positive', '', "embedded post; praise of the marchers (not an actor) -> target empty"),
("Tinubu must reverse the policies that have put food beyond the reach of ordinary families.",
 'Omoyele Sowore', 'condemning', 'negative', NG, "Tinubu = Nigeria; blames his policies for hunger + demand = judgement (rule 1)"),
# 9:25 AM ("led several hundred people out of the stadium" = narration)
('"We are not here to fight anybody. We are hungry, and hunger does not need a police permit," Adeyanju told our reporter.',
 'Deji Adeyanju', 'condemning', 'negative', NG, "activist = person; jab at the police permit demand = criticism of the authorities (unsure: mostly a statement of peaceful intent)"),
("He said the marchers would come back every day until the government brought down the price of petrol and food.",
 'Deji Adeyanju', 'neutral', 'negative', '', "plan / demand with no judgement and no talks = neutral"),
# 8:30 AM ("protesters gathered ... although a court ordered ..." = narration; the court is not an actor)
("Governor Babajide Sanwo-Olu had appealed on Wednesday for young people to use the designated parks and to avoid blocking roads and bridges, saying the state had heard their grievances.",
 NG, 'calling_for_talks', 'neutral', '', "Sanwo-Olu = Nigeria (actors.csv); appeal for orderly, peaceful protest, no judgement"),
# 7:35 AM ("posted this on X" lead-in)
("Officers have been deployed to all protest venues agreed with state commands.",
 NG, 'neutral', 'neutral', '', "embedded police post; fact about deployment"),
("Protesters are advised to keep to the approved routes and times.",
 NG, 'neutral', 'neutral', '', "procedural advice (routes, times), no appeal for restraint or talks = neutral (unsure: could be calling_for_talks like the governor's appeal)"),
# 7:05 AM
("On Wednesday evening the Inspector-General of Police, Kayode Egbetokun, said his officers would protect anyone who marched peacefully, but would not stand by if the protests were taken over by people bent on looting and arson.",
 NG, 'condemning', 'negative', '', "police chief = Nigeria; protection pledge + warning of a response = threat decides (rule 1 order); target empty"),
# 6:30 AM welcome and background -> narration
]
