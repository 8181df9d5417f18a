# Hand labels: page_gabon_mbanieicj2025_presidency.html (visible article text only)
DOC = 'page_gabon_mbanieicj2025_presidency.html'
EGQ = 'Equatorial Guinea'
EGMSG = "The Presidency has also taken note of the statement issued in Malabo by the Government of Equatorial Guinea, which welcomed the judgment and declared itself ready to work with Gabon on its implementation in a spirit of good neighbourliness."
ROWS = [
# 28 May release. The first paragraph (the ceremony of remittance) is narration of an act with no position: no row.
("Presenting the report, Professor Guy Rossatanga-Rignault, who pleaded for Gabon in The Hague, said that the maritime boundary between the two countries remained open and that Gabon's rights at sea would now be the subject of negotiations in which the country had solid arguments to put forward.",
 'Gabon', 'neutral', 'positive', '', "counsel of the state presenting the state's report = Gabon; assessment of the judgment and of the talks ahead, confident tone, no appeal"),
("Mrs Marie-Madeleine Mborantsuo, who led the Gabonese delegation before the Court, said the team had defended the national position with every means that the law allowed, and that history would do justice to the work carried out by Gabon's jurists over nearly twenty years.",
 'Gabon', 'neutral', 'positive', '', "head of the state's delegation = Gabon; self-praise = neutral, positive (README)"),
("Taking the floor, the Head of State thanked the members of the delegation for their commitment and reaffirmed that Gabon would abide by the decision of the Court, in keeping with the Special Agreement it signed in 2016.",
 'Gabon', 'supporting', 'positive', 'International Court of Justice', "commitment to abide by the Court's decision = backing the ruling (unsure: could be neutral procedure); thanks to its own delegation are not a stance on an actor"),
("He announced that he would travel to Malabo in the coming weeks to meet his counterpart, His Excellency Teodoro Obiang Nguema Mbasogo, in order to agree on the arrangements for implementing the judgment and on a framework for negotiating the maritime boundary.",
 'Gabon', 'calling_for_talks', 'positive', EGQ, "announced visit to negotiate = commits to talks; Malabo = place; Obiang is the object, not a speaker"),
("The President of the Republic also asked the Government to set up a national commission responsible for following the implementation of the judgment, bringing together jurists, diplomats, the defence forces and representatives of the provinces bordering Equatorial Guinea.",
 'Gabon', 'neutral', 'neutral', '', "domestic procedure"),
# "The Head of State then received several senior figures of the Nation, among them Mr Jean Ping..." -> narration of an audience, no row
("Speaking to the press after the audience, Mr Jean Ping said that on a question touching the territory of the Nation, Gabonese of every political sensibility owed it to themselves to stand together behind the institutions of the Republic.",
 'Jean Ping', 'supporting', 'positive', 'Gabon', "former AU Commission chair, out of office: a person under his own name (actors.csv); backing the state's institutions = supporting"),
# 23 May release. "Several messages have reached the President..." -> lead-in, no row
("The Secretary-General of the United Nations, Mr António Guterres, through his Spokesperson, commended the Gabonese Republic and the Republic of Equatorial Guinea for having chosen the path of law to settle their dispute, and encouraged them to continue cooperating in the implementation of the judgment.",
 'United Nations', 'calling_for_talks', 'positive', '', "praise of both + encouragement to cooperate: welcome with a peace appeal = calling_for_talks (README, rule 2 before 3); both sides -> target empty"),
("The Chairperson of the African Union Commission, His Excellency Mr Mahmoud Ali Youssouf, praised the maturity of the two brotherly countries, which in his words offer the continent an example of the peaceful settlement of border disputes.",
 'African Union', 'supporting', 'positive', '', "praise with no appeal = supporting; two countries -> target empty"),
("The Commission of the Economic Community of Central African States (ECCAS) assured the two Member States that it was available to accompany their bilateral negotiations on the maritime boundary.",
 'ECCAS', 'calling_for_talks', 'positive', '', "offer to accompany negotiations = offer of mediation/talks (calling_for_talks); two states -> target empty (unsure: could be supporting as an offer of help)"),
("The President of the Republic thanked the authors of these messages and assured them that Gabon would remain a factor of peace and stability in the Gulf of Guinea.",
 'Gabon', 'supporting', 'positive', '', "gratitude to the UN, AU and ECCAS = supporting; several addressees -> target empty; the assurance is self-description"),
# 21 May release
("In a message published on Wednesday evening, the President of the Republic, Head of State, Head of Government, Brice Clotaire Oligui Nguema, asked Gabonese women and men to receive the decision of the Court with calm and dignity, and not to let anger dictate their words.",
 'Gabon', 'calling_for_talks', 'neutral', '', "appeal for calm to the public, no judgement"),
('"I understand the disappointment that many of you feel. But a nation shows what it is made of in difficult hours. We will study every line of this judgment before drawing any conclusion, and Parliament and the Government will be informed of everything," declared the Head of State.',
 'Gabon', 'neutral', 'negative', '', "multi-sentence quote closed by its speaker (by title); disappointment + procedure, no judgement of the Court = neutral, negative"),
("The President of the Republic stated that Gabon would defend its interests in the negotiations to come with the same determination it had shown before the Court, while preserving the brotherly ties that bind it to the Republic of Equatorial Guinea.",
 'Gabon', 'calling_for_talks', 'positive', EGQ, "commits to negotiations and good ties with Equatorial Guinea = calling_for_talks"),
("He warned that no one would be allowed to use the decision of the Court to stir up hostility against the Equatorial Guinean nationals who live and work in Gabon.",
 'Gabon', 'condemning', 'negative', '', "warning of a response against unnamed agitators = threat (condemning); Equatorial Guinean nationals are the protected, not the target -> target empty (unsure)"),
# 19 May communiqué
("The Presidency of the Republic has taken note of the judgment delivered this Monday, 19 May 2025, in The Hague by the International Court of Justice in the case concerning Land and Maritime Delimitation and Sovereignty over Islands between the Gabonese Republic and the Republic of Equatorial Guinea.",
 'Gabon', 'neutral', 'neutral', '', "'taken note' with no evaluation = neutral; The Hague = place"),
("The Court found that the Special Convention signed in Paris on 27 June 1900 between France and Spain is the legal title applicable to the land boundary, that the document presented as the Bata Convention of 12 September 1974 does not have the force of law between the Parties, and that sovereignty over the islands of Mbanié, Cocotiers and Conga belongs to the Republic of Equatorial Guinea as successor to the title held by Spain.",
 'International Court of Justice', 'neutral', 'neutral', '', "the Court's findings relayed by the Presidency = the ICJ's decision, stated as law without evaluation (unsure: a ruling for one side could be read as supporting Equatorial Guinea); France and Spain are objects"),
("The Gabonese Republic, which freely chose in Marrakech on 15 November 2016 to entrust this dispute to the principal judicial organ of the United Nations, reaffirms its attachment to the peaceful settlement of disputes and to international law.",
 'Gabon', 'calling_for_talks', 'positive', '', "peaceful settlement reaffirmed = appeal for a peaceful course, no judgement; Marrakech = place"),
("The Presidency notes that the Court did not fix the maritime boundary between the two States, which will have to be settled by negotiation, and indicates that a detailed analysis of the judgment will be carried out by the national experts who have followed the case.",
 'Gabon', 'calling_for_talks', 'neutral', EGQ, "the boundary 'will have to be settled by negotiation' = call for talks with the other party"),
(EGMSG, EGQ, 'calling_for_talks', 'positive', 'Gabon', "Equatorial Guinea's position relayed by Gabon's Presidency: welcome of the judgment + readiness to work with Gabon = welcome with a peace appeal (README: calling_for_talks)"),
(EGMSG, 'Gabon', 'neutral', 'neutral', '', "Gabon's own part: 'taken note' with no evaluation"),
("The Presidency calls on all national actors and on the media to refrain from remarks that could harm the fraternal relations between the Gabonese and Equatorial Guinean peoples.",
 'Gabon', 'calling_for_talks', 'neutral', '', "appeal for restraint, no judgement; media and national actors are not actors"),
# signature, share bar, tags, sidebar, footer -> furniture
]
