DOC = 'page_india_lakhimpurkheri_violence2021_liveblog.html'
IN = 'India'
SKM = 'Samyukt Kisan Morcha'
BKU = 'Bharatiya Kisan Union'
INC = 'Indian National Congress'
SP = 'Samajwadi Party'
BSP = 'Bahujan Samaj Party'
BJP = 'Bharatiya Janata Party'
AM = 'Ashish Mishra'
BSPHA = "Senior BSP leader Satish Chandra Mishra was placed under house arrest in Lucknow, the party said."
PGV = "Congress general secretary Priyanka Gandhi Vadra was detained by police at Hargaon in Sitapur district in the early hours as she tried to reach Lakhimpur Kheri, and was taken to a PAC guest house, the party said."
AKY = "Police detained Samajwadi Party chief Akhilesh Yadav after he sat on the road outside his residence in Lucknow when he was prevented from leaving for Lakhimpur Kheri."
ROWS = [
# headline, key events, entry headings, time stamps, caption: no rows. Entries appear newest first, as on the page.
# 21:40
("The Samyukt Kisan Morcha said in a late-evening statement that the agreement reached in Lakhimpur covered only the families' immediate needs and that its demands on the minister and his son stood.",
 SKM, 'condemning', 'negative', IN, "new actor (the farmers' front); the standing demands are the minister's dismissal and his son's arrest = punitive demands (like calls for sanctions); the Union minister = India"),
('"Compensation does not bring anyone back. As long as Ajay Mishra sits in the Home Ministry, no investigation into his own son can be trusted," the farmers\' front said, adding that its members would keep up their protests until both demands were met.',
 SKM, 'condemning', 'negative', IN, "a two-sentence quote closed by its speaker = one unit; distrust of an inquiry under the minister + continued protest = judgement; 'the farmers' front' = SKM"),
# 19:55
("The BJP's Uttar Pradesh unit accused the Congress and the Samajwadi Party of rushing to Lakhimpur for photographs rather than for the bereaved families, and said the state government had acted within hours.",
 BJP, 'condemning', 'negative', '', "accusation aimed at two parties -> empty target; the praise of the state government is secondary"),
("The party also said it stood with the families of its workers who were beaten to death on Sunday and demanded that those responsible for their killing face the law as well.",
 BJP, 'condemning', 'negative', '', "accusation by describing the killing of its workers by unnamed attackers (guide: condemning); solidarity with its own families is internal (unsure: could be calling_for_talks as a demand for justice)"),
# 18:20
("Ashish Mishra told a TV channel that he had been at a wrestling event in his family's village of Banbirpur throughout the afternoon and could produce witnesses and video to prove it.",
 AM, 'neutral', 'negative', '', "new actor (person); an alibi = denial -> neutral, negative; the TV channel is only the outlet"),
('"I was not in that car. Our workers were attacked and killed, and now the people who did it want to make me the accused," he said.',
 AM, 'condemning', 'negative', '', "quote closed by its speaker = one unit; denial + counter-accusation against unnamed attackers -> condemning (rule 1), empty target"),
# 16:45
(AKY, IN, 'condemning', 'negative', SP, "police detention of the party chief = a measure against the party (the police = India; provincial authorities resolve to the state)"),
(AKY, SP, 'condemning', 'negative', IN, "his sit-in on the road = a protest by act against being stopped (unsure: reported in a subordinate clause)"),
("Yadav said the government was treating opposition leaders like criminals while the people accused of running over farmers walked free, and called for the Chief Minister's resignation.",
 SP, 'condemning', 'negative', IN, "surname-only mention = Akhilesh Yadav (SP chief); judgement + resignation demand"),
# no row: "A police vehicle was set on fire near his house during the protest, and party workers blocked the road for more than an hour." (narration of the unrest, no speaker)
# 15:30 embedded post (the '— Rahul Gandhi (@RahulGandhi) October 4, 2021' line is furniture)
("Priyanka, they locked you up because you went to stand with the families of farmers.",
 INC, 'condemning', 'negative', IN, "Rahul Gandhi = Congress (actors.csv); the detention presented as punishment = accusation against the authorities"),
("You will not be silenced, and neither will the farmers of this country.",
 INC, 'supporting', 'positive', '', "solidarity with the farmers (not one actor) and his sister -> empty target (unsure: could be neutral defiance)"),
# 13:40
("Families of the four farmers killed on Sunday will each receive Rs 45 lakh from the Uttar Pradesh government and one member will be offered a government job, while the injured will get Rs 10 lakh each, Additional Director General (Law and Order) Prashant Kumar told a joint press conference with Bharatiya Kisan Union leader Rakesh Tikait.",
 IN, 'supporting', 'positive', '', "compensation to victims' families = aid; the families are not an actor -> empty target; the state government and police officer = India"),
("Kumar said the inquiry would be entrusted to a former judge of the high court, that the farmers' complaint would be the basis of a fresh FIR, and that the culprits would be arrested soon.",
 IN, 'neutral', 'neutral', '', "plans and procedure; the warning is general"),
("He said the ban on visits by politicians would stay while prohibitory orders were in force, although representatives of farmer unions could come.",
 IN, 'neutral', 'neutral', '', "procedural restriction with a legal reason, aimed at leaders of several parties (unsure: could be condemning as a measure against the opposition)"),
("Tikait said the farmers had agreed to allow the post-mortem examinations and the last rites to go ahead, and that the administration had promised arrests within eight days.",
 BKU, 'calling_for_talks', 'positive', IN, "Rakesh Tikait = BKU (alias added); agreeing to a settlement with the administration = like agreeing to a ceasefire"),
('"We have chosen the path of talks so that there is no more bloodshed here, but if the accused are still free when that time is up, the farmers will decide their next step," the BKU leader said.',
 BKU, 'condemning', 'negative', IN, "the talks are conditional on an ultimatum: an ultimatum = condemning (guide) (unsure: the talks part could make it calling_for_talks)"),
# 12:10
("Union Minister of State for Home Ajay Mishra said his son had been elsewhere at the time and that the vehicle had been attacked with sticks and stones by people in the crowd, causing the driver to lose control.",
 IN, 'condemning', 'negative', '', "a Union minister resolves to the state (guide: ministers and ministries); denial + accusation by describing the crowd's attack -> condemning, empty target (the crowd is no actor) (unsure: he speaks as a father)"),
("Mishra, the MP from Kheri, said three BJP workers and the driver had been killed by the mob and that he would welcome an inquiry by any agency the government chose.",
 IN, 'condemning', 'negative', '', "surname-only mention = Ajay Mishra; blame on 'the mob' (accusation by describing killings); the offer to accept an inquiry is secondary"),
# 10:25
("BSP chief Mayawati said the killings exposed the arrogance of those in power in Uttar Pradesh and asked that a sitting judge of the Supreme Court oversee the investigation.",
 BSP, 'condemning', 'negative', IN, "new actor (party); 'arrogance of those in power' = judgement; + demand for a judicial probe"),
(BSPHA, IN, 'condemning', 'negative', BSP, "house arrest of a party leader = a measure (passive, the authorities are the agent)"),
(BSPHA, BSP, 'neutral', 'negative', '', "'the party said' = the BSP gives the fact"),
# 09:15
("Police at Tikunia have registered a case of murder and rioting against Ashish Mishra and 15 to 20 unnamed people on the complaint of a farmer, a senior officer in Lakhimpur Kheri said.",
 IN, 'condemning', 'negative', AM, "a murder case registered against him = a legal measure (like charges in other batches); an officer of the district police speaks for the state"),
# 08:05 embedded post
("Farmers were crushed under a minister's convoy in Lakhimpur Kheri.",
 SKM, 'condemning', 'negative', IN, "accusation by describing the killing; 'a minister's convoy' is a possessive (the minister = India)"),
("SKM calls on all its constituents to protest outside district headquarters across the country today from 10 am to 1 pm.",
 SKM, 'condemning', 'negative', IN, "a call to protest against the government = protest action, not an appeal for talks (like a boycott in protest)"),
("Sack Ajay Mishra, arrest his son.",
 SKM, 'condemning', 'negative', IN, "punitive demands"),
# 07:20
(PGV, IN, 'condemning', 'negative', INC, "detention of the Congress general secretary = a measure against the party"),
(PGV, INC, 'neutral', 'negative', '', "'the party said' = Congress gives the facts; Priyanka Gandhi Vadra added as an alias of the party"),
("UP Congress chief Ajay Kumar Lallu called the detention illegal and said she had been held without any written order.",
 INC, 'condemning', 'negative', IN, "'illegal' = judgement; the state party chief speaks for the party (alias added)"),
# 06:45
# no row: "Farmers protesting against the Centre's three farm laws had gathered in Tikunia ... drove into them." / "Four farmers were killed, and four more people ... died in the violence that followed." (narration)
("Chief Minister Yogi Adityanath said on Sunday night that he was saddened by the incident, that the state would find out exactly what had happened and that the culprits would face severe punishment.",
 IN, 'condemning', 'negative', '', "the chief minister of a state resolves to India; 'the culprits would face severe punishment' = threatened response against unnamed perpetrators (unsure: the sadness alone would be neutral)"),
("He appealed to people in the district to keep the peace and not to be misled by rumours.",
 IN, 'calling_for_talks', 'neutral', '', "appeal for calm, no judgement"),
]
