# ------------------------------------------------------------------ Fiji: George Speight's coup, day three (Pacific broadcaster, 2000-05-21)
d = "page_fiji_speight_coup2000_pacificradio.txt"
# Not statements: menu, breadcrumb, "Listen" bar, headline, time stamp, reporting credit, PHOTO captions, ADVERTISEMENT,
# crossheads, Related line, closing promo, tags, most listened, share, copyright.
U(d, "Fiji's President, Ratu Sir Kamisese Mara, has declared a state of emergency", "entered its third day.",
  ("Fiji", C, neg, "George Speight", "lead: the head of state declares an emergency and orders the gunmen to disarm = ultimatum/measure -> condemning"))
# "The gunmen, led by failed businessman George Speight ..." = background narration, no row.
U(d, "In a national broadcast on Saturday night, Ratu Mara said", "in his name.",
  ("Fiji", C, neg, "George Speight", "refuses to let the gunmen rule: judgement of the seizure without a stock word"))
U(d, "\"I remain your President, and the constitution", "the President said.",
  ("Fiji", T, neu, "", "multi-sentence quote closed by its speaker: reassurance, curfew instruction and hope that the hostages walk out unharmed (hope = calling_for_talks)"))
# "A dusk-to-dawn curfew was in force ..." = narration with no source, no row.
U(d, "Speaking to reporters at the gates of the complex on Sunday afternoon, Speight said", "had been set aside.",
  ("George Speight", N, neu, "", "coup leader announces his self-proclaimed government; no judgement in the sentence"))
U(d, "He said the prime minister and his ministers would remain inside", "met with gunfire.",
  ("George Speight", C, neg, "Fiji", "'He' = Speight; holding the hostages until the President goes + threat of gunfire against the army = threat"))
U(d, "\"For thirteen years our people have watched", "Speight said.",
  ("George Speight", C, neg, "Fiji Labour Party", "judgement of the Labour-led Chaudhry government ('never ours'); target = its leading party"))
U(d, "He told foreign governments that the affair was no business of theirs", "move him one step.",
  ("George Speight", C, neg, "", "rebuff of foreign capitals and their sanctions talk (refusal in protest); several addressees -> target empty (unsure: could be neutral)"))
U(d, "A spokesman for the group denied that its supporters", "in the city centre.",
  ("George Speight", N, neg, "", "unnamed spokesman of a named group; denial = neutral, negative"))
U(d, "The commander of the Republic of Fiji Military Forces, Commodore Frank Bainimarama, said", "was intact.",
  ("Fiji", N, pos, "", "the army speaks for its state; backing its own head of state = reassurance about own conduct"))
U(d, "\"Nobody will rush that building while innocent people are inside it.", "at Queen Elizabeth Barracks.",
  ("Fiji", T, neu, "", "army spokesman: no assault while hostages are inside, 'we will talk' = commits to a negotiated course"))
U(d, "But Tarakinikini said the men inside should understand", "taken at gunpoint.",
  ("Fiji", C, neg, "George Speight", "surname only; refusal to accept rule from a seized parliament = judgement/warning"))
U(d, "Police Commissioner Isikia Savua said more than 60 people", "outskirts of Suva.",
  ("Fiji", N, neu, "", "police figures and deployment, no evaluation"))
U(d, "The chairman of the Great Council of Chiefs, former prime minister Sitiveni Rabuka, said", "early next week.",
  ("Great Council of Chiefs", T, neu, "", "its chairman agrees to carry messages between the two sides = mediation"))
U(d, "A Fiji Labour Party spokesman in Lautoka said", "his colleagues at once.",
  ("Fiji Labour Party", C, neg, "George Speight", "unnamed spokesman of a named party; 'a crime against every voter' + demand (rule 1)"))
# "Related: ..." = link titles, no row.
U(d, "In Canberra, Prime Minister John Howard said Australia would never deal", "thrown aside.",
  ("Australia", C, neg, "George Speight", "refusal to deal with an administration imposed at gunpoint + threatened review of aid and defence cooperation"))
U(d, "Foreign Minister Alexander Downer said Australian officials in Suva", "got worse.",
  ("Australia", N, neu, "", "contingency plans for its own nationals, no evaluation"))
U(d, "Downer added that Australia was in constant contact", "Suva asked for.",
  ("Australia", S, pos, "Fiji", "offer of help to the President's government = supporting"))
U(d, "New Zealand's Prime Minister, Helen Clark, called the raid", "indigenous Fijians.",
  ("New Zealand", C, neg, "George Speight", "'act of thuggery' = judgement"))
U(d, "Her Foreign Minister, Phil Goff, welcomed the President's firm stand", "was harmed.",
  ("New Zealand", T, neu, "", "welcome + appeal to both the military and the gunmen, no judgement: rule 2 before rule 3 (labels/README) -> calling_for_talks; two addressees -> target empty"))
U(d, "In New York, the spokesman for United Nations Secretary-General Kofi Annan said", "without conditions.",
  ("United Nations", C, neg, "George Speight", "'deplored' + demand for release: the judgement decides (rule 1)"))
U(d, "The Commonwealth Secretary-General, Don McKinnon, said", "got their way.",
  ("Commonwealth", C, neg, "", "conditional threat of suspending Fiji if the coup succeeds = threatened measure; it would hit Fiji for the gunmen's act -> target empty (unsure)"))
U(d, "In Washington, State Department spokesman Richard Boucher said the United States stood with", "constitutional rule.",
  ("United States", S, pos, "Fiji", "backing of the President's efforts = supporting"))
U(d, "Boucher also called for the prime minister and all those held with him", "without delay.",
  ("United States", T, neg, "George Speight", "demand for release addressed to the captors, no judgement word = calling_for_talks"))
U(d, "The European Union, through its Portuguese presidency, said", "within the constitution.",
  ("European Union", C, neg, "George Speight", "the presidency speaks for the EU; 'intolerable' + threatened aid review"))
U(d, "India's External Affairs Ministry said New Delhi was deeply anxious", "of the population.",
  ("India", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The Secretary-General of the Pacific Islands Forum, Noel Levi, said", "without bloodshed.",
  ("Pacific Islands Forum", T, neu, "", "offer of help + appeal for a bloodless settlement"))
U(d, "Dr Sainimili Raqona, a political scientist at the Pacific Centre for Governance Studies in Suva, said", "at the ballot box.",
  ("Sainimili Raqona", C, neg, "George Speight", "invented independent analyst; grievances real but used 'as a shield' = judgement"))
U(d, "\"What we are watching is not a Fijian cause.", "she said.",
  ("Sainimili Raqona", C, neg, "George Speight", "'a hostage-taking dressed up as' a cause = judgement"))
U(d, "Raqona said the next few days would depend", "constitutional change.",
  ("Sainimili Raqona", T, neu, "Great Council of Chiefs", "scenario + appeal to the chiefs to put the hostages' release first"))
U(d, "Ravindra Prasad, whose hardware shop on Cumming Street", "stretched thin.",
  ("Ravindra Prasad", N, neg, "", "invented named shopkeeper (witness); account of the looting, the rioters are no actor, no explicit judgement (unsure: could be condemning)"))
U(d, "\"All we want now is for the army to protect our families.", "Prasad said.",
  ("Ravindra Prasad", T, neg, "Fiji", "asks the army (= Fiji) to protect civilians = calling_for_talks"))
