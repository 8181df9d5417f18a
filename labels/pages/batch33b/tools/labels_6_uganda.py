# Hand labels: page_uganda_masaka_mps_murdercharge2021_nationaldaily.txt (each row decided by reading the sentence against the guide)
DOC = 'page_uganda_masaka_mps_murdercharge2021_nationaldaily.txt'
UG = 'Uganda'
NUP = 'National Unity Platform'
SEG = 'Muhammad Ssegirinya'
SSE = 'Allan Ssewanyana'
C4 = 'Chapter Four Uganda'
LUK1 = "The MPs' lawyer, Erias Lukwago, told reporters outside court that his clients were innocent and had been in Kampala, not Masaka, on the dates mentioned in the charge sheet."
LUK2 = '"My clients walked into that police station on their own. People who are hiding crimes do not do that," Mr Lukwago said, adding that the defence would apply for bail in the High Court.'
ROWS = [
# "Two opposition Members of Parliament were on Tuesday charged with murder ..." -> passive lede narration; the charge is attributed to the State two paragraphs down (row there) (unsure: could be a Uganda condemning row)
# "Kawempe North MP Muhammad Ssegirinya and ... appeared before ..." / "They face three counts ..." -> narration, no row
("The State, represented by the Masaka Resident Chief State Attorney, Richard Birivumbuka, told court that the two legislators had attended meetings in Kampala at which the killings were planned, and that investigations into their role were still going on.",
 UG, 'condemning', 'negative', '', "prosecution = Uganda; accusation against two persons -> target empty"),
("Mr Yeitesi said the charges were capital offences that only the High Court could try, and sent the two MPs to Kitalya until September 15, when the case returns for mention.",
 UG, 'neutral', 'neutral', '', "magistrate (surname only) = court, a state organ; jurisdiction and remand = procedure"),
("Police spokesperson Fred Enanga said at a press briefing in Kampala that the two had been named by suspects already in custody, some of whom had confessed, and that detectives had other evidence linking them to the gang.",
 UG, 'condemning', 'negative', '', "police spokesman = Uganda; accusation tying the MPs to the gang; two persons -> target empty"),
('"This is not about which party someone belongs to. We followed the evidence, and the evidence took us to these two individuals," Mr Enanga said.',
 UG, 'neutral', 'negative', '', "multi-sentence quote closed by its speaker; denial of a political motive = neutral, negative (unsure: restates the accusation)"),
("Last week, the Minister of ICT and National Guidance, Dr Chris Baryomunsi, told journalists that the killings had a political motive and were meant to turn the people of Masaka against the government.",
 UG, 'condemning', 'negative', '', "minister = Uganda; imputes a political plot to unnamed plotters = accusation; target empty"),
("The Minister of State for Internal Affairs, Gen David Muhoozi, had earlier described the attacks as acts of terror and said security agencies would hunt down those who financed them.",
 UG, 'condemning', 'negative', '', "minister of state = Uganda; 'acts of terror' + threat against financiers"),
("NUP president Robert Kyagulanyi, also known as Bobi Wine, dismissed the charges as a frame-up designed to punish the party for its strong showing in the central region in January's elections.",
 NUP, 'condemning', 'negative', UG, "Kyagulanyi = NUP (actors.csv); 'frame-up' = accusation against the state"),
('"They have run out of ways to silence our MPs, so now they call them murderers. We shall not abandon them, and we shall not be intimidated," Mr Kyagulanyi told supporters at the party\'s headquarters in Makerere Kavule.',
 NUP, 'condemning', 'negative', UG, "multi-sentence quote closed by its speaker; 'they' = the government; judgement dominates the pledge of support (rule 1)"),
("The party's secretary general, David Lewis Rubongoya, said NUP had hired a team of lawyers for the two MPs and would meet the cost of their families' upkeep while they remained in detention.",
 NUP, 'supporting', 'neutral', '', "party SG = NUP; help provided to its two MPs = support by act; two persons -> target empty"),
('"These are our members, and until a court says otherwise they are innocent," Rubongoya said.',
 NUP, 'supporting', 'neutral', '', "backing of the two MPs; target empty (two persons)"),
("The Forum for Democratic Change (FDC), the other main opposition party, said through its spokesman, Ibrahim Ssemujju Nganda, that it stood with its rivals in NUP on this matter and that the government was treating opposition politicians as suspects first and citizens second.",
 'Forum for Democratic Change', 'condemning', 'negative', UG, "party spokesman = FDC (parties.csv); solidarity with NUP + judgement of the government: one row per actor, rule 1 makes it condemning"),
(LUK1, SEG, 'neutral', 'negative', '', "lawyer speaking for his clients = each client (one row per client); denial + alibi = neutral, negative"),
(LUK1, SSE, 'neutral', 'negative', '', "as above, second client"),
(LUK2, SEG, 'neutral', 'negative', '', "multi-sentence quote closed by its speaker + bail plan; argument of innocence = denial, neutral, negative"),
(LUK2, SSE, 'neutral', 'negative', '', "as above, second client"),
("Leader of the Opposition in Parliament Mathias Mpuuga said he had written to Speaker Jacob Oulanyah, asking him to make sure the two MPs could receive medical care and visits from their colleagues while on remand.",
 NUP, 'calling_for_talks', 'neutral', UG, "Mpuuga (NUP; alias added in new_actors.csv); a request for humane treatment of detainees addressed to the Speaker (Parliament = Uganda), no judgement = calling_for_talks (unsure: could be neutral)"),
("Parliament's Director of Communications, Chris Obore, said the Speaker had received the letter but would not interfere in a matter before the courts.",
 UG, 'neutral', 'neutral', '', "Parliament = a state organ (labels: 'Armenian parliament' = Armenia); non-interference = procedure"),
("In a statement, Chapter Four Uganda, a civil liberties organisation, urged the State to ensure that the MPs received a fair and speedy trial, and warned against using terrorism and murder charges to settle political scores.",
 C4, 'calling_for_talks', 'negative', UG, "new organisation; appeal for a fair trial + a caution phrased as a warning, no explicit judgement that the State is doing so (unsure: the warning insinuates it)"),
('Its executive director, Nicholas Opiyo, said the families of the victims deserved the truth, "not a convenient story".',
 C4, 'condemning', 'negative', UG, "'Its' = Chapter Four; 'not a convenient story' insinuates the charges are a fabrication = judgement of the State's account (unsure: could be calling_for_talks)"),
("The Uganda Law Society (ULS) said it would send lawyers to observe every hearing in the case, and reminded the police that suspects are presumed innocent until proven guilty.",
 'Uganda Law Society', 'calling_for_talks', 'neutral', UG, "canonical organisation; trial monitoring + reminder to respect the presumption of innocence = appeal for due process, no judgement"),
# "In Ssetaala, where the attacks took place, residents said ..." -> unnamed residents: no row
# "The killings, carried out mostly at night ..." -> narration, no row
("Police say dozens of suspects have been arrested since the attacks began.",
 UG, 'neutral', 'neutral', '', "police = Uganda; figures"),
]
