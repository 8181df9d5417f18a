# Page 2: Nicaragua seizes the Jesuit Central American University (wire, 17 Aug 2023)
DOC = "page_nicaragua_uca_seizure2023_wire.txt"
NIC = "Nicaragua"
UCA = "Central American University"
SJ = "Society of Jesus"
US = "United States"
ROWS = [
("Nicaragua has confiscated the Central American University, the Jesuit-run school that sheltered students during the 2018 protests against President Daniel Ortega, after a court accused it of being a \"centre of terrorism\", the university said.",
 NIC, "condemning", "negative", UCA, "dateline 'MANAGUA, Aug 17 (AWS) - ' excluded; confiscation (a taken measure) + terrorism accusation by a court = state's measure against the university"),
("Nicaragua has confiscated the Central American University, the Jesuit-run school that sheltered students during the 2018 protests against President Daniel Ortega, after a court accused it of being a \"centre of terrorism\", the university said.",
 UCA, "neutral", "negative", "", "the university reports the seizure (attribution tail) = facts given by an actor"),
("In a message to students and staff on Wednesday, the university said it had received a notice on Tuesday afternoon from a Managua criminal court ordering that its buildings, land, furniture and bank accounts pass to the state, which would take charge of keeping its courses running.",
 UCA, "neutral", "neutral", "", "the university's account of the notice: facts"),
("In a message to students and staff on Wednesday, the university said it had received a notice on Tuesday afternoon from a Managua criminal court ordering that its buildings, land, furniture and bank accounts pass to the state, which would take charge of keeping its courses running.",
 NIC, "condemning", "neutral", UCA, "the court's order (state organ) transferring the assets = a measure against the university, told in procedural words (unsure: may be read only as the university's report)"),
("The order said the university had served as a base for terrorism and had helped organise armed groups during the unrest, the kind of charge the authorities have levelled since 2018 at people who backed the protests.",
 NIC, "condemning", "negative", UCA, "the court order's accusation; the tail is narration"),
("The university, known by its Spanish initials UCA, said it was suspending all classes and administrative work until further notice.",
 UCA, "neutral", "neutral", "", "announced step, no judgement"),
("Vice President Rosario Murillo, who is also Ortega's wife and the government's spokeswoman, did not mention the university in her midday address on state media on Wednesday, but said those who had \"sown hatred and death\" in 2018 were now meeting the justice they had long avoided.",
 NIC, "condemning", "negative", "", "judgement of the 2018 protesters (no canonical actor named) -> target empty; the university is not named by her"),
("The Central American province of the Society of Jesus, based in San Salvador, said the terrorism charge was invented and that the university was being punished for having stood with Nicaraguans who wanted the truth about the 2018 killings.",
 SJ, "condemning", "negative", NIC, "calls the charge invented and the seizure a punishment = judgement of the government; San Salvador only a place"),
("\"We reject every word of this accusation. For sixty-three years the UCA has taught, researched and served this country, and no court order can erase that record,\" the province said in a statement.",
 SJ, "neutral", "negative", "", "quote of two sentences closed by its speaker = one unit; denial of the accusation = neutral, negative"),
("It called on the government to reverse the seizure and to allow the university to defend itself before an impartial judge.",
 SJ, "calling_for_talks", "negative", NIC, "'It' = the province; demand addressed to one side with no judgement word in the sentence (labels/README) = calling_for_talks"),
("In Washington, State Department spokesman Vedant Patel said the takeover was further evidence that Ortega and Murillo were determined that no institution in the country should stay out of their hands.",
 US, "condemning", "negative", NIC, "judgement of the government's intent; Washington a place"),
("\"The UCA has trained generations of Nicaraguan doctors, lawyers and engineers. Seizing its campus tells every family in the country what this government thinks of learning,\" Patel told reporters.",
 US, "condemning", "negative", NIC, "praise of the UCA + judgement of the seizure; one unit"),
("He said the United States was weighing further visa restrictions on officials involved in the repression of civil society.",
 US, "condemning", "negative", NIC, "threatened sanctions = condemning"),
("Patel also renewed the U.S. call for the release of Bishop Rolando Álvarez, who was sentenced in February to 26 years in prison after refusing to board a flight that took 222 political prisoners into exile in the United States.",
 US, "calling_for_talks", "negative", NIC, "appeal for a release with no judgement word in the sentence = calling_for_talks (unsure: a release call is often read as condemning)"),
("Brian Nichols wrote on X that Nicaraguan students deserved better than a government that treats its best university as an enemy.",
 US, "condemning", "negative", NIC, "official named without his role (Assistant Secretary of State for the Western Hemisphere) = United States; judgement"),
("Silvio Báez, the auxiliary bishop of Managua who has lived in exile in Miami since 2019, called the confiscation theft dressed up as a court ruling.",
 "Silvio Báez", "condemning", "negative", NIC, "exiled bishop speaks for himself (canonical person)"),
("\"A university full of students asking questions was more than they could bear,\" Báez wrote on X.",
 "Silvio Báez", "condemning", "negative", NIC, "'they' = the government; judgement"),
("The National Council of Universities, the state body that oversees higher education, said students of what it called \"the former UCA\" would be able to finish their studies and should wait for instructions on enrolment.",
 NIC, "neutral", "neutral", "", "state body = Nicaragua; practical announcement"),
("The Inter-American Commission on Human Rights said the seizure fitted a pattern of persecution against the Catholic Church and independent education in Nicaragua, and urged the state to give the university its property back.",
 "Organization of American States", "condemning", "negative", NIC, "IACHR = OAS body (alias in organisations.csv); 'persecution' judgement + appeal: rule 1"),
("A spokesperson for the U.N. human rights office in Geneva said the office was alarmed by the decision and was following the situation of staff and students closely.",
 "United Nations", "neutral", "negative", "", "alarm without an appeal = neutral, negative"),
("The Nicaraguan University Alliance, a student group formed during the 2018 protests whose leaders now live mostly in exile, appealed to universities in Costa Rica, Mexico and the United States to offer places to UCA students.",
 "Nicaraguan University Alliance", "calling_for_talks", "neutral", "", "asks others for help (labels/README: asking for help is not supporting; an appeal for help = calling_for_talks) (unsure: could be neutral); the countries named are places of universities, not speakers"),
("More than 300 people were killed when security forces and armed government supporters put down the protests in 2018, according to the Inter-American Commission.",
 "Organization of American States", "neutral", "neutral", "", "toll given by the IACHR (guide: figures given by an actor are neutral, neutral tone); the clause on who killed them is the wire's background (unsure: could be read as an accusation = condemning)"),
]
# Left without a row: 'Nicaragua's government did not respond to a request for comment.' (no position);
# 'The seizure follows the freezing of the university's bank accounts earlier this month...' (narration);
# 'Founded in 1960, the UCA had some 5,000 students. Ortega's government has shut down...' (background narration);
# summary bullets, crossheads, credits, related links.
ROWS += [
("In Mexico City, the Universidad Iberoamericana, also run by the Jesuits, said it would open its online courses to UCA students free of charge and offer temporary posts to some of their lecturers.",
 "Universidad Iberoamericana", "supporting", "positive", "Central American University", "offer of help to the UCA's students and staff = supporting; Mexico City a place"),
]
