# Hand labels: page_botswana_elephants_germany2024_presidency.html (visible article text; each row decided by reading the sentence against the guide)
DOC = 'page_botswana_elephants_germany2024_presidency.html'
BW = 'Botswana'
DE = 'Germany'
THANKS = "He thanked the Governments of Namibia, Zambia and Zimbabwe, partners in the Kavango-Zambezi Transfrontier Conservation Area (KAZA), for standing with Botswana on the matter."
ROWS = [
# --- release of 8 April 2024 (headline, meta, caption, dateline "GABORONE, 8th April 2024" = furniture)
("The Minister of Environment and Tourism, Honourable Dumezweni Mthimkhulu, today briefed Heads of Mission accredited to Botswana on the Government's elephant management policy, following his working visit to Berlin last month.",
 BW, 'neutral', 'neutral', '', "minister = Botswana; a briefing held = procedure; Berlin = place"),
("Honourable Mthimkhulu informed the diplomatic corps that elephants continue to kill and injure people and to destroy crops, water points and homes across the northern districts, and that claims for compensation have risen sharply in recent years.",
 BW, 'neutral', 'negative', '', "facts given by an actor about damage, no one blamed"),
("He said remarks attributed to a spokesperson of the German Federal Ministry for the Environment, according to which Botswana had not raised its concerns through official channels, did not reflect the many engagements that had taken place, including his own meetings in Berlin.",
 BW, 'neutral', 'negative', '', "'He' = Mthimkhulu; rebuttal of the German remark = denial, neutral, negative (unsure: a mild rebuke of Germany)"),
("He said remarks attributed to a spokesperson of the German Federal Ministry for the Environment, according to which Botswana had not raised its concerns through official channels, did not reflect the many engagements that had taken place, including his own meetings in Berlin.",
 DE, 'neutral', 'neutral', '', "second actor: the German ministry's reported remark (Botswana had not raised concerns officially) = a fact stated, no judgement"),
("The German ministry has since indicated that it is not preparing a national ban, and that the question of stricter import permits is being discussed among the member states of the European Union.",
 DE, 'neutral', 'neutral', '', "German ministry = Germany; plans and procedure; the EU is only the forum (no EU row)"),
("Botswana welcomes this clarification, the Minister said.",
 BW, 'supporting', 'positive', DE, "welcome of Germany's clarification = supporting"),
("The Minister said Botswana would nonetheless continue to oppose, in every international forum, any restriction that takes away from rural communities the income that gives them a stake in conservation.",
 BW, 'condemning', 'negative', '', "opposition to the trophy restrictions proposed by Germany and in the EU = 'opposes X's measure' (guide), aimed at two actors -> target empty (unsure: phrased as 'any restriction', could be read as neutral policy)"),
("Honourable Mthimkhulu recalled that in March he had proposed sending 10,000 elephants to London's Hyde Park after the House of Commons backed a bill to ban the import of hunting trophies into the United Kingdom, and said that offer also remained on the table.",
 BW, 'condemning', 'negative', 'United Kingdom', "a mocking 'offer' in protest at the UK bill, renewed = protest/threat against the UK (unsure: ironic, no explicit judgement word); the House of Commons vote is background (no UK row)"),
(THANKS, BW, 'supporting', 'positive', '', "thanks to three partner states = supporting; several -> target empty"),
(THANKS, 'Namibia', 'supporting', 'positive', BW, "position of Namibia reported by Botswana ('standing with Botswana') = Namibia's support (one row per listed state) (unsure: reported only through the thanks)"),
(THANKS, 'Zambia', 'supporting', 'positive', BW, "listed state, as Namibia"),
(THANKS, 'Zimbabwe', 'supporting', 'positive', BW, "listed state, as Namibia"),
# "The Heads of Mission of the European Union and of the Federal Republic of Germany attended the briefing." -> attendance in narration, no position: no row
("The Minister expressed the hope that the dialogue now under way would lead to an outcome that respects the sovereign right of range states to manage their wildlife sustainably.",
 BW, 'calling_for_talks', 'positive', '', "hope for an outcome of dialogue = calling_for_talks"),
# --- release of 4 April 2024
("The Government of the Republic of Botswana has noted with concern the proposals under discussion in the Federal Republic of Germany and at the level of the European Union to further restrict the import of hunting trophies from Southern Africa.",
 BW, 'neutral', 'negative', '', "concern without appeal or judgement word = neutral, negative"),
("Botswana is home to about 130,000 elephants, the largest population on the continent, a number that has grown steadily because of the conservation policies the country has followed for decades.",
 BW, 'neutral', 'positive', '', "facts + self-praise = neutral, positive"),
("Regulated, quota-based hunting is one of the tools through which the Government manages this population, and the revenue it generates goes to the communities who live alongside the animals and bear the cost of their presence.",
 BW, 'neutral', 'neutral', '', "statement of policy = neutral"),
("The Government considers it unfortunate that decisions affecting the livelihoods of rural Batswana are being debated in Berlin and Brussels without meaningful consultation with the range states most concerned.",
 BW, 'condemning', 'negative', '', "'unfortunate' + 'without meaningful consultation' aimed at Berlin and Brussels (Germany and the EU as metonyms) = judgement; two actors -> target empty"),
("Measures of this kind would reward poachers rather than deter them, by taking value away from the animals for the very people whose cooperation is needed to protect them.",
 BW, 'condemning', 'negative', '', "subjectless continuation of the Government's statement; judgement of the proposed measures (Germany/EU) -> target empty"),
("The Government appeals to all partners to base their decisions on science and on the voices of affected communities, and not on campaigns conducted far from Africa.",
 BW, 'calling_for_talks', 'negative', '', "appeal to all partners; the jab at 'campaigns' names no actor (unsure: could be read as a judgement)"),
("Botswana remains open to dialogue with the Federal Government and with the European Union, and invites German policymakers to visit the Chobe, Ngamiland and Central districts to see for themselves the reality of human-wildlife conflict.",
 BW, 'calling_for_talks', 'positive', '', "offer of dialogue and an invitation; addressed to Germany and the EU -> target empty"),
# --- release of 3 April 2024
("His Excellency the President of the Republic of Botswana, Dr Mokgweetsi Eric Keabetswe Masisi, has said that Botswana is prepared to offer 20,000 elephants to the Federal Republic of Germany, so that German citizens may experience at first hand the coexistence with wildlife which some in Germany wish to prescribe for Batswana.",
 BW, 'condemning', 'negative', DE, "head of state = Botswana; the pointed 'offer' in protest at German proposals ('wish to prescribe') = a protest measure/threat (unsure: ironic wording, no judgement word)"),
("In an interview with a German newspaper, the President said the offer was made in earnest, and that Botswana had already offered 8,000 elephants to Angola and 500 to Mozambique to relieve the pressure on its rangelands.",
 BW, 'neutral', 'neutral', '', "facts about offers already made; no judgement (unsure: the earlier offers could be supporting Angola and Mozambique)"),
('"Our farmers can lose a season\'s harvest in a single night, and our children walk to school past animals that can kill them. Those who want to take away our means of managing this should first come and live it," the President said.',
 BW, 'condemning', 'negative', DE, "multi-sentence quote closed by its speaker; rebuke of those behind the restrictions (German ministry in context)"),
("His Excellency said Batswana had carried the burden of conserving a third of Africa's elephants largely at their own expense, and called on the countries that benefit from this conservation effort to share its costs rather than add to them.",
 BW, 'calling_for_talks', 'negative', '', "appeal to beneficiary countries for burden-sharing, no named actor judged (unsure: asking for help is not supporting; the appeal could be neutral)"),
]
