# Hand labels: page_tanzania_dewji_release2018_liveblog.html (visible article text; each row decided by reading the sentence against the guide)
# Entries run newest first. Timestamps, entry headings, Key events, captions, lead-ins ("posted this on Twitter:") and tweet signatures are furniture.
# In embedded tweets each sentence is its own unit.
DOC = 'page_tanzania_dewji_release2018_liveblog.html'
TZ = 'Tanzania'
LHRC = 'Legal and Human Rights Centre'
MO = 'Mohammed Dewji'
ROWS = [
# 17:05 "That is all from us for today." / "Thank you for following." -> blog furniture
("Police say they will give a further update on the investigation on Monday.",
 TZ, 'neutral', 'neutral', '', "police = Tanzania; a plan"),
# 16:05
("The Legal and Human Rights Centre (LHRC) said it shared the relief of the Dewji family, but urged the government to set up an independent commission to look into every abduction and disappearance reported in the country since 2016, and to publish its findings.",
 LHRC, 'calling_for_talks', 'neutral', TZ, "canonical NGO; relief + appeal for an independent inquiry, no judgement word = calling_for_talks"),
("LHRC executive director Anna Henga told us the centre did not want Saturday's good news to be the end of the story.",
 LHRC, 'neutral', 'neutral', '', "Henga = LHRC (actors.csv); a stated intention to keep the issue alive, no appeal or judgement in the sentence (unsure: could be calling_for_talks)"),
('"Mo has come home, and we thank God for that. But there are families in this country who are still waiting, and they deserve the same effort," she said.',
 LHRC, 'calling_for_talks', 'negative', TZ, "multi-sentence quote closed by its speaker; appeal for the same effort for other missing people"),
# 14:50
("Simba Sports Club, which Dewji backs as its main investor, said in a statement that the club's players and supporters were overjoyed and wished him a quick recovery.",
 'Simba SC', 'supporting', 'positive', MO, "football club (new organisation); joy and good wishes for Dewji = supporting"),
# 13:40
("The main opposition party Chadema welcomed Dewji's return, but said it would not stop asking who had taken him and why.",
 'Chadema', 'calling_for_talks', 'neutral', TZ, "welcome of an outcome + insistence on answers from the authorities, no judgement word = calling_for_talks (welcome with an appeal, rule 2 before 3)"),
("Godbless Lema, the party's shadow minister for home affairs, said the government's refusal earlier this week to bring in foreign investigators had left Tanzanians with more questions than answers.",
 'Chadema', 'condemning', 'negative', TZ, "party's shadow minister = Chadema; criticism of the government's refusal = judgement"),
('"Tanzania is not safe while people can be snatched in the middle of Oysterbay and nobody is ever charged. We lost Ben Saanane, we lost Azory Gwanda, and no one has explained anything to their families," Lema told a news conference in Dar es Salaam.',
 'Chadema', 'condemning', 'negative', TZ, "multi-sentence quote closed by its speaker (surname only); accusation of impunity aimed at the authorities"),
("He repeated the party's call for an international investigation into Dewji's abduction and into the other disappearances.",
 'Chadema', 'calling_for_talks', 'neutral', TZ, "'He' = Lema; appeal for an investigation, no judgement in this sentence"),
("On Tuesday, Deputy Home Affairs Minister Hamad Masauni had ruled out inviting investigators from abroad, saying the country's own security organs were equal to the task.",
 TZ, 'neutral', 'neutral', '', "deputy minister = Tanzania; refusing outside investigators with no protest or judgement stated = neutral (labels/README: refusals with no grievance)"),
# 12:15 lead-in "Opposition ACT-Wazalendo leader Zitto Kabwe posted this on Twitter:" -> no row
("Relieved beyond words that Mo is back with his family.",
 'ACT-Wazalendo', 'neutral', 'positive', '', "Zitto Kabwe = ACT-Wazalendo (actors.csv); relief, no actor addressed"),
("Now the police must tell us who did this.",
 'ACT-Wazalendo', 'calling_for_talks', 'neutral', TZ, "demand addressed to the police (= Tanzania) without a judgement word (labels/README convention)"),
("Every abduction in this country must be investigated to the end, not only the ones that make headlines.",
 'ACT-Wazalendo', 'calling_for_talks', 'negative', TZ, "appeal for investigations (unsure: 'not only the ones that make headlines' hints at a criticism of selectivity)"),
# 11:20
("Dar es Salaam Regional Commissioner Paul Makonda warned people spreading claims on social media that state agents had been behind the kidnapping that they would be tracked down and prosecuted.",
 TZ, 'condemning', 'negative', '', "regional commissioner (government appointee) = Tanzania; threat of prosecution against unnamed people = threatened response; target empty"),
('"The police found Mo, and now some people want to tell another story. Whoever spreads lies to divide Tanzanians will answer for it," Makonda said.',
 TZ, 'condemning', 'negative', '', "multi-sentence quote closed by its speaker; 'lies' + threat, no actor named"),
# 10:10 "Inspector General of Police Simon Sirro has been briefing reporters ..." -> narration of the briefing, no position: no row
("Sirro said the kidnappers left Dewji on the grounds at about 2am and fled, abandoning their vehicle, in which officers found an AK-47 rifle, three pistols and 35 rounds of ammunition.",
 TZ, 'neutral', 'neutral', '', "police chief = Tanzania; facts"),
("He said the abductors had tried to set the car on fire before they ran.",
 TZ, 'neutral', 'neutral', '', "facts"),
("According to the IGP, Dewji told officers that his captors had asked for money but had seemed reluctant to call his father, and that they had talked among themselves mostly in English.",
 TZ, 'neutral', 'neutral', '', "the IGP relays the victim's account = facts"),
("According to the IGP, Dewji told officers that his captors had asked for money but had seemed reluctant to call his father, and that they had talked among themselves mostly in English.",
 MO, 'neutral', 'neutral', '', "second actor: Dewji's own account reported by the IGP (guide: a position of X reported by Y is X's); facts"),
("Sirro said investigators remained convinced the gang had come from outside Tanzania, and that the police were working with Interpol to trace them, but he declined to name the neighbouring country from which the vehicle had entered Tanzania on 1 September.",
 TZ, 'neutral', 'neutral', '', "findings and procedure; no country blamed (declined to name it)"),
("He rejected criticism that the police had moved too slowly in the first days of the search, saying the pressure of the manhunt was what had forced the kidnappers to let Dewji go.",
 TZ, 'neutral', 'negative', '', "'He' = Sirro; denial of criticism = neutral, negative"),
# 07:50 lead-in "January Makamba, the Minister of State in the Vice-President's Office, says he has spoken to Dewji:" -> no row
("Spoke to my brother Mo this morning.",
 TZ, 'neutral', 'neutral', '', "minister of state = Tanzania (a state official); a fact (unsure: he writes in a personal tone, could be his own name)"),
("Tired, with marks on his wrists and ankles from being tied for days, but strong and in good spirits.",
 TZ, 'neutral', 'neutral', '', "subjectless continuation of the minister's post; facts about the victim's state"),
("Thank you to all who never lost hope.",
 TZ, 'supporting', 'positive', '', "gratitude to the public = supporting, no actor target"),
# 06:15
("Dewji's father, Gullam Dewji, told reporters outside the family home that his son was exhausted and would not speak to the media today as planned.",
 'Gullam Dewji', 'neutral', 'neutral', '', "named family member = independent person (new); facts and a cancelled plan"),
("He thanked the government and the police force for their work during the past nine days, and asked the public to give the family some privacy.",
 'Gullam Dewji', 'supporting', 'positive', TZ, "thanks to the government and police = supporting Tanzania"),
# 04:05 lead-in "Mohammed Dewji has just posted his first message ..." -> no row
("I am home, tired but safe.",
 MO, 'neutral', 'positive', '', "the victim (new person); a fact with relief"),
("To everyone who prayed for me and my family these past days, I will never forget it.",
 MO, 'supporting', 'positive', '', "gratitude to the public = supporting, no actor target"),
# "Asante sana." -> a bare thanks word, no row
# 03:20 entry: narration; "His family had offered a reward ..." -> the family as a collective is not an actor: no row
]
