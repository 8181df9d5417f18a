# ------------------------------------------------------------------ North Korea blows up the inter-Korean road and rail links, Oct 2024 (state news agency, KCNA register, 2024-10-17)
d = "page_nkorea_roads_blasted2024_kcna.txt"
NK, SK = "North Korea", "South Korea"
# Not statements: site header, Juche date, menu, section label, headline, photo captions "[KCNA Photo 1/3]", Related list, Print | Top, copyright.
U(d, "The Korean People's Army on October 15 blew apart", "Workers' Party of Korea.",
  (NK, C, neg, SK, "dateline excluded; state agency reporting its army's act = the state; cutting every link with a 'hostile' neighbour = a measure taken against it (unsure: own act reported as done could be neutral)"))
U(d, "The General Staff of the KPA said the work was the first visible stage", "that of the ROK.",
  (NK, N, neu, "", "the army's description of the plan, no judgement"))
U(d, "A spokesman for the Ministry of National Defence of the DPRK told KCNA that 60-metre sections", "Kaesong City.",
  (NK, N, neu, "", "facts of the blasting (lengths, places); 'told KCNA' - the agency is not an actor"))
U(d, "The spokesman said the measure flowed from the Constitution", "close to open war.",
  (NK, C, neg, SK, "'the spokesman' carried over; justification that brands the ROK hostile and blames 'the enemies' provocations' = judgement"))
U(d, "He added that the work of fortifying the closed southern border", "prompt and overwhelming force.",
  (NK, C, neg, SK, "plan + warning of force against any further intrusion = threat; the enemy is the ROK by context"))
U(d, "A spokesman for the Ministry of Land and Environment Protection said", "made fully safe.",
  (NK, N, neu, "", "own-conduct reassurance, facts"))
U(d, "Respected Comrade Kim Jong Un, general secretary of the WPK", "in remarks carried by KCNA on Tuesday.",
  (NK, C, neg, SK, "leader named with his long titles; ordering immediate military action in answer to the 'enemy's drone infiltration' = announced operation (condemning); 'in remarks carried by' attribution"))
U(d, "The meeting reviewed the plan of the KPA General Staff", "sovereignty of the country.",
  (NK, C, neg, "", "vow to use every means = warning of a response; no side named -> target empty (unsure: could be neutral resolve)"))
U(d, "On October 13 the General Staff ordered eight artillery brigades", "whatever followed.",
  (NK, C, neg, SK, "artillery put on readiness to fire + holding the ROK wholly responsible = threat"))
U(d, "Kim Yo Jong, vice department director", "to the military of the ROK.",
  (NK, C, neg, SK, "accusation without a stock word; official named by her long title"))
U(d, "\"The puppets who sent leaflets over the capital", "she said.",
  (NK, C, neg, "", "threat against the ROK and a jibe at Washington; two actors -> target empty"))
U(d, "She said the silence of the ROK authorities", "the whole story.",
  (NK, C, neg, SK, "speaker carried across a paragraph; silence read as guilt = accusation"))
U(d, "The puppet military, frightened out of its wits, fired off shots", "north-south agreements.",
  (SK, C, neg, NK, "the ROK's warning shots (an act in response) + its unification ministry calling the blasting a breach of agreements, reported in the agency's derisive register; the outlet's sneers are not a statement"))
U(d, "The Joint Chiefs of Staff of the ROK, for its part, claimed", "with the U.S. forces.",
  (SK, N, neu, "", "readiness and surveillance posture, no judgement ('claimed' is the outlet's verb)"))
U(d, "Kim Yong Hyun, the puppet defence minister, was again heard blustering", "if it were challenged.",
  (SK, C, neg, NK, "the ROK defence minister's threat to end the North's system = condemning"))
# "The ROK's agreements with the north had become dead letters ..., observers note." = the agency's own voice / unnamed observers, no row.
U(d, "A spokesman for the U.S. State Department, at his regular briefing, was quoted", "\"return to diplomacy\".",
  ("United States", C, neg, NK, "'was quoted by foreign media as' (second-hand); 'provocative' = judgement + appeal: rule 1"))
U(d, "The Foreign Ministry of the DPRK, in a press statement, said the U.S. was the backstage manipulator", "its own frontier.",
  (NK, C, neg, "United States", "accusation + rejection of US comment"))
U(d, "Maria Zakharova, spokeswoman for the Russian Foreign Ministry, told a briefing", "sovereignty of the DPRK.",
  ("Russia", C, neg, "", "drone flights called a gross infringement of sovereignty; who flew them is not named in the sentence -> target empty"))
U(d, "She said Russia understood the measures taken by the DPRK", "friend and neighbour.",
  ("Russia", S, pos, NK, "understanding + standing by the DPRK = supporting"))
U(d, "The Chinese side, answering a question", "peace and stability on the peninsula.",
  ("China", T, neu, "", "'the Chinese side' (state-media phrase); hope for peace and stability = calling_for_talks"))
U(d, "Vadim Kostrov, a Moscow-based expert on Korean affairs", "with the approval of Washington.",
  ("Vadim Kostrov", C, neg, "", "invented analyst; accusation against Seoul and Washington; two actors -> target empty"))
U(d, "\"Pyongyang has drawn a line on the map and stood behind it.", "he said.",
  ("Vadim Kostrov", S, pos, NK, "approval of the DPRK's step = supporting"))
U(d, "The Central Committee of the Socialist Patriotic Youth League said more than 1.4 million", "join or rejoin the KPA.",
  (NK, N, neu, "", "a state youth organisation's figure = the state; figures given by an actor are neutral"))
U(d, "Pak Song Il, a farmer at a cooperative farm", "decision of the KPA.",
  ("Pak Song Il", S, pos, NK, "invented named resident (kind person); support for the army's decision"))
U(d, "\"We used to hear the trucks on that road.", "he said.",
  ("Pak Song Il", S, pos, NK, "approval of the closure (feels safer) = supporting"))
