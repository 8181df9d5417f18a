DOC = 'page_thailand_yquynhbdap_extradition2024_dailyscrape.txt'
TH = 'Thailand'
VN = 'Vietnam'
UN = 'United Nations'
YB = 'Y Quynh Bdap'
MS = 'Montagnards Stand for Justice'
ROWS = [
# no row: menu, headline, standfirst, byline, photo caption
("Vietnam has renewed its demand that Thailand send back Y Quynh Bdap, the ethnic Ede activist whose extradition a Bangkok court approved last month, even as United Nations human rights experts warned the government that returning him would breach international law.",
 VN, 'condemning', 'negative', YB, "pursuing a person's extradition to serve a terrorism sentence = a measure against him (new actor, person)"),
("Vietnam has renewed its demand that Thailand send back Y Quynh Bdap, the ethnic Ede activist whose extradition a Bangkok court approved last month, even as United Nations human rights experts warned the government that returning him would breach international law.",
 UN, 'calling_for_talks', 'negative', TH, "UN experts = United Nations; a warning not to return him, addressed to Thailand, without a judgement on a done act (unsure: could be neutral concern)"),
("Speaking at a regular news conference in Hanoi on Thursday, foreign ministry spokeswoman Pham Thu Hang said the extradition request was fully justified and that Hanoi expected the cooperation between the two countries' law-enforcement bodies on the matter to continue.",
 VN, 'neutral', 'neutral', '', "spokeswoman = Vietnam; justification of its own request + expectation of continued procedure (the measure itself is carried by the lead row) (unsure)"),
("She also thanked the Thai authorities for what she called their serious handling of the case so far.",
 VN, 'supporting', 'positive', TH, "gratitude = approval"),
("Hang said Bdap had played a direct role in the attacks on two commune offices in Dak Lak province in June last year, in which nine people, four of them police officers, were killed.",
 VN, 'condemning', 'negative', YB, "accusation; the death toll is part of it"),
('"This is a criminal case, not a question of human rights, and those responsible must face justice wherever they are," she said.',
 VN, 'condemning', 'negative', YB, "rejects the rights framing and demands punishment of the accused"),
# no row: "Bdap, 32, co-founded ..." and "He has lived in Thailand since 2018 ..." (narration)
("A Vietnamese court convicted him in absentia in January and sentenced him to 10 years in prison on terrorism charges, in a mass trial of 100 defendants.",
 VN, 'condemning', 'negative', YB, "a conviction = a taken measure by the state's court (unsure: background narration)"),
("Hanoi designated his group a terrorist organisation in March.",
 VN, 'condemning', 'negative', MS, "terrorist designation = a measure against the group (new actor)"),
("Thai police arrested him in Bangkok on June 11 at Vietnam's request.",
 TH, 'neutral', 'neutral', '', "arrest executing a foreign warrant, Thailand passes no judgement of its own (unsure: an arrest could count as a measure, condemning)"),
("On Sept 30, the Criminal Court ruled there were sufficient grounds for his extradition, leaving the final decision to the government.",
 TH, 'neutral', 'neutral', '', "court = Thailand; legal finding that leaves the decision open"),
("On Wednesday, a group of independent experts appointed by the UN Human Rights Council said the ruling alarmed them and asked the Thai government to look at the case again.",
 UN, 'calling_for_talks', 'negative', TH, "alarm + appeal to reconsider, no judgement word"),
("The experts pointed out that, with no extradition treaty between the two countries, nothing obliges Bangkok to grant the request, and said Bdap could be tortured or disappear if he were returned.",
 UN, 'neutral', 'negative', '', "legal facts + concern about the risks, no appeal in the sentence; Bangkok = Thailand, not a target here"),
("They also said the trial in Vietnam had fallen far short of international fair-trial standards.",
 UN, 'condemning', 'negative', VN, "judgement on Vietnam's trial"),
("The UN refugee agency said it had raised the case with Thai officials and reminded them that no refugee should be returned to a country where his life or freedom would be in danger.",
 'UNHCR', 'calling_for_talks', 'neutral', TH, "non-refoulement reminder addressed to Thailand = appeal with no judgement"),
("Thailand's National Human Rights Commission has also urged the government not to send Bdap back, citing the Prevention and Suppression of Torture and Enforced Disappearance Act that came into force last year.",
 'National Human Rights Commission (Thailand)', 'calling_for_talks', 'neutral', TH, "independent national body speaks under its own name (new actor, named like the Nepal and Mexico commissions); appeal to its own government"),
("Foreign ministry spokesman Nikorndej Balankura said on Thursday that Thailand would weigh every aspect of the case, including its obligations under international human rights law, before any decision was taken.",
 TH, 'neutral', 'neutral', '', "procedure"),
('"The court has ruled on the legal question. What happens next is a matter for the government, and it will not be rushed," he told reporters at the ministry.',
 TH, 'neutral', 'neutral', '', "two-sentence quote closed by its speaker = one unit; procedure"),
("Justice Minister Tawee Sodsong said no order to carry out the extradition had been signed and that the file had yet to reach the cabinet.",
 TH, 'neutral', 'neutral', '', "justice minister = Thailand; facts"),
("Bdap's lawyers said they would lodge an appeal against the ruling before the 30-day deadline expires at the end of the month.",
 YB, 'neutral', 'neutral', '', "lawyers speak for their client; a legal step against a court ruling, no judgement"),
("Speaking to visitors at the Bangkok Remand Prison earlier this week, Bdap said he had never taken part in violence and had only ever used words to defend his people, according to a member of his legal team.",
 YB, 'neutral', 'negative', '', "denial of the accusation -> neutral, negative"),
('"If I am sent back, I do not expect to see my family again," he was quoted as saying.',
 YB, 'neutral', 'negative', '', "fear, no appeal, no named actor blamed"),
("Montagnards Stand for Justice said in a statement that it was a peaceful organisation and that the terrorism label was an attempt to silence Montagnards who document abuses by the authorities.",
 MS, 'condemning', 'negative', VN, "denial + counter-accusation ('attempt to silence', 'abuses by the authorities') -> condemning Vietnam"),
# no row: "Rights groups say the case will test ..." (unnamed speakers)
('"It would be hard to imagine a worse way to begin a term on the council than by delivering a recognised refugee to a government that has already sentenced him in a show trial," said Sunai Phasuk, senior Thailand researcher at Human Rights Watch.',
 'Human Rights Watch', 'condemning', 'negative', '', "judgement of Vietnam's trial ('show trial') and of Thailand's possible extradition: two actors -> empty target"),
("Amnesty International urged Prime Minister Paetongtarn Shinawatra to stop the extradition and to allow Bdap to travel to a third country that has offered to resettle him.",
 'Amnesty International', 'calling_for_talks', 'neutral', TH, "appeal to one side, no judgement; the prime minister is addressed, not a speaker"),
# no row: "Thailand has faced criticism in recent years ..." (narration); "The Vietnamese embassy in Bangkok did not respond ..." (no position)
]
