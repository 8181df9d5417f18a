# ------------------------------------------------------------------ Hefazat-e-Islam strike over Modi's visit (wire copy, 2021-03-28)
d = "page_bangladesh_hefazat_modivisit2021_wire.txt"
# Not statements: masthead, menu, section label, headline, byline, read time, time stamp, photo caption and credit, ADVERTISEMENT,
# crossheads (GOVERNMENT WARNS, "TOOK HOURS"), reporting credits, standards line, Related: links, share bar, copyright.
# Lead "DHAKA, March 28 (APW) - Police in eastern Bangladesh shot dead ..." = narration of the day's events, no named source: no row.
# "Crowds in Brahmanbaria district set fire ... witnesses and local journalists said." = unnamed sources: no row.
U(d, "Brahmanbaria's police superintendent told APW by telephone", "since Saturday.",
  ("Bangladesh", N, neu, "", "district police chief (unnamed but tied to the state's police) = Bangladesh; account of the firing + injury figures = facts"))
U(d, "\"Nobody wanted a single death today", "he said.",
  ("Bangladesh", C, neg, "", "justifies the firing by blaming the mob's arson = negative judgement of the attackers; 'a mob' is not named -> target empty (unsure: could be read as neutral self-justification)"))
U(d, "Hefazat, whose headquarters is a large seminary", "after Friday prayers.",
  ("Hefazat-e-Islam", C, neg, "Bangladesh", "calling a nationwide strike in protest at the police killings = protest act against the government"))
# "Five more people died on Saturday ... doctors at the district hospital said" = unnamed doctors, figures: no row.
U(d, "\"This government answered a peaceful march with live bullets", "funeral prayers on Sunday.",
  ("Hefazat-e-Islam", C, neg, "Bangladesh", "spokesman; accusation + threat of accountability ('will be made to answer')"))
U(d, "He said the group's anger had been aimed at Modi", "tried for murder.",
  ("Hefazat-e-Islam", C, neg, "", "'He' = Foyezi; demand that the officers be tried for murder = holding responsible; the anger is also aimed at Modi -> two actors, target empty"))
U(d, "Foyezi denied that Hefazat members had attacked temples", "a bad name.",
  ("Hefazat-e-Islam", C, neg, "", "surname only; denial + blame on unnamed 'outsiders' = accusation (rule 1), outsiders not an actor -> target empty (unsure: the denial alone would be neutral)"))
U(d, "Hefazat and several smaller Islamist and left-wing groups had demanded", "riots in 2002.",
  ("Hefazat-e-Islam", C, neg, "India", "demand to withdraw the invitation + accusation against Modi (India's head of government); the smaller groups are unnamed: no row"))
# "Modi, who flew home on Saturday evening ... did not refer to the protests" = narration, no position: no row.
U(d, "A spokesman for India's Ministry of External Affairs said", "had hoped for.",
  ("India", N, neu, "", "declines to comment (an internal matter for Bangladesh) + says the visit met its aims; no judgement or appeal"))
U(d, "In Dhaka, Home Minister Asaduzzaman Khan Kamal said", "to ransom.",
  ("Bangladesh", C, neg, "Hefazat-e-Islam", "warning that the group will not be allowed to 'hold the country to ransom' = threat + judgement; Dhaka = place"))
U(d, "\"If they go on burning public property", "and the paramilitary border force.",
  ("Bangladesh", C, neg, "Hefazat-e-Islam", "multi-sentence quote closed by 'Khan told reporters' = one unit; threatened response"))
U(d, "Information Minister Hasan Mahmud went further", "an elected government.",
  ("Bangladesh", C, neg, "Hefazat-e-Islam", "accuses the group of using the visit as a pretext for communal violence"))
U(d, "Police said they had filed cases against several thousand unnamed Hefazat supporters", "civil administration.",
  ("Bangladesh", C, neu, "Hefazat-e-Islam", "police and Border Guard Bangladesh both = Bangladesh, one row; criminal cases against the group's supporters = measure taken (condemning), the deployment alone would be neutral"))
U(d, "Obaidul Quader, general secretary of the ruling Awami League", "to the police.",
  ("Awami League", T, neu, "", "party leader (not in a government role here) = the party; appeal for calm and restraint, no judgement"))
U(d, "Mirza Fakhrul Islam Alamgir, secretary general", "into every death.",
  ("Bangladesh Nationalist Party", C, neg, "Bangladesh", "accusation of lethal force + call for an inquiry: the judgement decides (rule 1)"))
U(d, "Hefazat's joint secretary general, Mamunul Haque", "not to damage property.",
  ("Hefazat-e-Islam", C, neg, "Bangladesh", "threat of new protests unless the government apologises = ultimatum; the appeal to its own supporters does not outweigh it (rule 1)"))
U(d, "Rana Dasgupta, general secretary of the Bangladesh Hindu Buddhist Christian Unity Council", "the strike was over.",
  ("Bangladesh Hindu Buddhist Christian Unity Council", T, neg, "Bangladesh", "attacks reported + request to the government to protect minority neighbourhoods = appeal for protection of civilians, no judgement"))
U(d, "\"The people who broke these idols", "Dasgupta said.",
  ("Bangladesh Hindu Buddhist Christian Unity Council", C, neg, "", "judgement of the attackers + criticism of the slow police response: two actors -> target empty"))
U(d, "Amnesty International urged the authorities", "promptly and impartially.",
  ("Amnesty International", T, neg, "Bangladesh", "appeal to stop live fire + call for an investigation, no explicit judgement = calling_for_talks"))
U(d, "The United Nations resident coordinator in Bangladesh, Mia Seppo", "refrain from violence.",
  ("United Nations", T, neg, "", "sorrow + appeal to all sides to refrain from violence"))
U(d, "Tanvir Hossain Prodhan, who teaches politics", "instead of confronting it.",
  ("Tanvir Hossain Prodhan", C, neg, "Bangladesh", "invented academic; judgement of the government's decade of bargaining with the group"))
U(d, "\"Each time the group shows it can shut down the highways", "he said.",
  ("Tanvir Hossain Prodhan", N, neg, "", "analysis of a pattern, no explicit judgement or appeal in this unit (unsure: 'offers it something to go home' leans critical of the government)"))
