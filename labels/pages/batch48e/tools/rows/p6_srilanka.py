DOC = 'page_srilanka_ratwatte_prisons2021_dailyscrape.txt'
LK = 'Sri Lanka'
TNA = 'Tamil National Alliance'
TNPF = "Tamil National People's Front"
HRC = 'Human Rights Commission of Sri Lanka'
GUARDS = "HRCSL Commissioner Dr. Nimal Karunasiri said the detainees had described the incident to the Commission, while the officers on duty said they had been busy with the minister's security arrangements and had seen nothing of the kind."
ROWS = [
# masthead, menu, breadcrumb, headline, standfirst, byline, share bar, photo caption: no rows
("State Minister Lohan Ratwatte resigned yesterday as State Minister of Prison Management and Prisoners' Rehabilitation, three days after he allegedly forced Tamil detainees at the Anuradhapura Prison to kneel before him and threatened to shoot them, but he remains in the Government as State Minister of Gem and Jewellery-related Industries.",
 LK, 'neutral', 'negative', '', "a state minister's resignation = a decision within the government (Sri Lanka), no position on another actor; the alleged threat is conduct reported 'allegedly', not a statement"),
("The President's Media Division (PMD) said in a brief statement that Ratwatte had taken responsibility for what happened at the two prisons, and that President Gotabaya Rajapaksa had been told of his decision.",
 LK, 'neutral', 'negative', '', "the presidency's media office = Sri Lanka; facts of the resignation"),
("President's Spokesman Kingsley Ratnayake confirmed that the President had accepted the resignation.",
 LK, 'neutral', 'neutral', '', "procedure"),
("In his letter, Ratwatte said he had taken the decision of his own accord, and made no reference to the allegations themselves.",
 LK, 'neutral', 'neutral', '', "his account of his decision; no position on the allegations"),
# no row: "Ratwatte is accused of turning up at the Anuradhapura Prison ..." (the accusers are not named in the unit: narration of the allegation)
# no row: "Earlier the same day he is said to have entered the Welikada Prison ..." (narration)
("Tamil National People's Front (TNPF) Leader Gajendrakumar Ponnambalam, who first made the incident public, said his party had confirmed the details with the families of the detainees and that the men were still living in fear.",
 TNPF, 'condemning', 'negative', LK, "new actor (party); confirming the account of the minister's threats = an accusation by describing his conduct toward detainees (changed from neutral on the re-read; unsure)"),
('"These are prisoners in the custody of the State. A minister who walks into their cells with a pistol has committed a crime, and he should be treated as a criminal," Ponnambalam said.',
 TNPF, 'condemning', 'negative', LK, "a two-sentence quote closed by its speaker = one unit; 'committed a crime' = judgement; the minister = Sri Lanka"),
("He said the party would brief foreign diplomats in Colombo on the incident.",
 TNPF, 'neutral', 'neutral', '', "a plan; Colombo is a place"),
("Tamil National Alliance (TNA) Spokesman M.A. Sumanthiran said that giving up one portfolio while keeping another was a half step that changed nothing, and that the TNA wanted to see Ratwatte in the dock, not merely moved to another desk.",
 TNA, 'condemning', 'negative', LK, "Sumanthiran = TNA (actors.csv); judgement on the half measure + wanting him 'in the dock' (prosecution)"),
("The TNA had already demanded on Monday that the President dismiss Ratwatte.",
 TNA, 'condemning', 'negative', LK, "demand for his dismissal = a punitive demand (unsure: could be calling_for_talks as a demand with no judgement word)"),
("Opposition Leader Sajith Premadasa said in a statement that the Government could not ask the world to trust its human rights record while one of its ministers threatened prisoners at gunpoint, and called on the President to remove Ratwatte from all his ministerial posts.",
 'Samagi Jana Balawegaya', 'condemning', 'negative', LK, "Premadasa = SJB (actors.csv); judgement + removal demand; 'its human rights record' is a possessive"),
("Former Human Rights Commission member Ambika Satkunanathan said allowing Ratwatte to keep a ministry sent a message that there was one law for the powerful and another for detainees.",
 'Ambika Satkunanathan', 'condemning', 'negative', LK, "new actor (independent person, former commissioner); judgement on the government's choice"),
("A team from the Human Rights Commission of Sri Lanka (HRCSL) visited the Anuradhapura Prison yesterday and recorded statements from the detainees and from prison officers.",
 HRC, 'neutral', 'neutral', '', "new actor (national human rights institution, named like the Pakistan and Malaysia commissions); an inquiry step"),
(GUARDS, HRC, 'neutral', 'neutral', '', "the commissioner reports both accounts, no judgement"),
(GUARDS, LK, 'neutral', 'negative', '', "the officers on duty (staff of the state prisons department: unnamed officials of a named body) say they saw nothing: denial -> neutral, negative (unsure: could get no row)"),
("He said Ratwatte would also be asked for his version before the Commission reached a view, after which its report would go to the authorities responsible for any prosecution.",
 HRC, 'neutral', 'neutral', '', "procedure"),
("The TNA welcomed the Commission's prompt visit and said it would share with the Commissioners the information it had received from the families.",
 TNA, 'supporting', 'positive', HRC, "welcome of the commission's act + offer of cooperation"),
("Justice Minister Ali Sabry, whose ministry oversees the prisons, told reporters that no one was above the law and that the Government would not obstruct any inquiry.",
 LK, 'neutral', 'positive', '', "reassurance about own conduct = neutral (labels README)"),
("Commissioner General of Prisons Thushara Upuldeniya said the Department had begun its own inquiry and that the CCTV footage from both prisons had been secured.",
 LK, 'neutral', 'neutral', '', "the prisons department = Sri Lanka; procedure"),
("The Bar Association of Sri Lanka (BASL) urged the Inspector General of Police to open a criminal investigation without waiting for the Commission's report and to ensure that the detainees were protected from any reprisal.",
 'Bar Association of Sri Lanka', 'calling_for_talks', 'neutral', LK, "appeal for an inquiry and for protection of the detainees, no judgement word; the IGP = Sri Lanka"),
("Amnesty International's Asia-Pacific Regional Director, Yamini Mishra, said the minister should be investigated like any other suspect and that the detainees must be kept safe from retaliation.",
 'Amnesty International', 'calling_for_talks', 'negative', LK, "demand with no judgement word (labels README: a demand to one side is calling_for_talks); Yamini Mishra added as an alias"),
("The incident comes as Sri Lanka faces scrutiny at the 48th session of the UN Human Rights Council in Geneva, where Foreign Minister Prof. G.L. Peiris told the Council on Tuesday (14) that the country's domestic institutions were dealing with the concerns raised by member states and that there was no need for any external mechanism.",
 LK, 'neutral', 'negative', '', "foreign minister = Sri Lanka; refusing an external mechanism with a procedural reason (domestic institutions) and no judgement -> neutral (labels README: refusing a format with a procedural reason); Geneva is a place"),
("The European Parliament in June adopted a resolution urging the European Commission to consider temporarily withdrawing Sri Lanka's GSP+ trade concessions unless the PTA is repealed.",
 'European Union', 'condemning', 'negative', LK, "European Parliament = European Union (organisations.csv); a call for a trade measure = like a call for sanctions (background act, but a specific act reported as done)"),
# no row: "Ratwatte, a Kandy District MP of the Sri Lanka Podujana Peramuna (SLPP), could not be reached for comment yesterday." (no position)
]
