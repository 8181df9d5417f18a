# ------------------------------------------------------------------ Port Moresby riots and state of emergency (live blog, 2024-01-11)
d = "page_portmoresby_blackwednesday2024_liveblog.txt"
# Not statements: masthead, menu, LIVE label, headline, update line, blog editor credit, key events bullets, refresh/share
# line, time stamps and post titles, the sign-off post, the photo caption with credit, ADVERTISEMENT, Related, tags,
# most viewed, copyright.
U(d, "At the United Nations in New York, the spokesman for the Secretary-General", "further violence.",
  ("United Nations", T, neg, "", "sadness + appeal for calm = calling_for_talks"))
U(d, "\"The payroll blunder lit the match", "Pacific Governance Observatory.",
  ("Joanne Poka", C, neg, "Papua New Guinea", "invented researcher; judgement of the government ('left the fuel lying around')"))
U(d, "Poka urged the Marape government to sit down with police", "keep the peace.",
  ("Joanne Poka", T, neu, "Papua New Guinea", "appeal for dialogue with the unions"))
U(d, "She said she expected the political fallout", "state of emergency.",
  ("Joanne Poka", N, neu, "", "forecast"))
U(d, "New Zealand's Foreign Minister Winston Peters said Wellington was deeply concerned", "Port Moresby and Lae.",
  ("New Zealand", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "New Zealand officials have told citizens in the country to stay indoors", "high commission.",
  ("New Zealand", N, neu, "", "'New Zealand officials'; consular advice"))
U(d, "\"The police were outside parliament arguing about their pay", "Wednesday afternoon.",
  ("Ben Wai", C, neg, "Papua New Guinea", "invented witness (shop owner); blames the police, an organ of the state"))
U(d, "Wai said he would reopen", "been through.",
  ("Ben Wai", N, neu, "", "plan"))
U(d, "Prime Minister Anthony Albanese has urged people in Papua New Guinea to remain calm", "restore order.",
  ("Australia", T, neu, "", "appeal for calm"))
U(d, "Albanese said Australia had received no request for assistance", "Port Moresby asked.",
  ("Australia", S, pos, "Papua New Guinea", "offer of help = supporting; Port Moresby = metonym"))
# "Foreign Minister Penny Wong spoke with her PNG counterpart on Thursday afternoon, her office said." = a call listed as narration, no row.
U(d, "Australian officials are advising Australians in Port Moresby", "avoid crowds.",
  ("Australia", N, neu, "", "'Australian officials'; consular advice"))
U(d, "The Chinese embassy in Port Moresby said it had made a formal complaint", "looted and burned.",
  ("China", C, neg, "Papua New Guinea", "a formal complaint lodged with the government = condemning"))
U(d, "At a regular briefing in Beijing, foreign ministry spokeswoman Mao Ning said two Chinese nationals", "had been killed.",
  ("China", N, neu, "", "casualty figures given by an actor"))
U(d, "Beijing wanted the Papua New Guinean authorities to keep Chinese residents", "the spokeswoman said.",
  ("China", T, neg, "Papua New Guinea", "'the spokeswoman' = Mao; demand to keep people safe and bring looters to court, no judgement of PNG = calling_for_talks (unsure)"))
U(d, "Ambassador Zeng Fanhua visited damaged shops in Port Moresby", "posted by the embassy.",
  ("China", S, pos, "", "'according to photos and a statement posted by'; solidarity with its nationals, no canonical target (unsure: could be neutral)"))
U(d, "The embassy has told Chinese citizens to avoid going out", "crowded places.",
  ("China", N, neu, "", "consular advice"))
U(d, "The acting police commissioner, Donald Yamasombi, warned", "to find them.",
  ("Papua New Guinea", C, neg, "", "threat against looters (not an actor) -> target empty"))
# "Deputy Commissioner Yamasombi takes charge ..." and "Six MPs have left the governing coalition ..." = narration, no row.
U(d, "The US embassy in Port Moresby said most of the city had quietened", "a low profile.",
  ("United States", N, neg, "", "security alert: lingering risk + advice to its own citizens, no appeal to a party"))
U(d, "National Capital District Governor Powes Parkop said in a live video", "hold the line.",
  ("Papua New Guinea", N, neu, "", "provincial official = his state; conditional plan to seek help (unsure: could be read as calling_for_talks)"))
U(d, "Prime Minister James Marape has declared a 14-day state of emergency", "wherever they are needed.",
  ("Papua New Guinea", N, neg, "", "domestic emergency aimed at no actor and with no judgement = neutral (unsure: a measure could be condemning)"))
U(d, "Marape said the police commissioner and the heads", "the pay error.",
  ("Papua New Guinea", N, neu, "", "suspensions pending an inquiry = procedure"))
U(d, "\"Our police left the streets empty on Wednesday", "media conference at his office.",
  ("Papua New Guinea", C, neg, "", "blame on the police force (own organ) -> target empty"))
U(d, "\"I am asking every citizen to go home", "in the coming days.\"",
  ("Papua New Guinea", T, neg, "", "quote carried into a new paragraph, same speaker (Marape); appeal for calm + plan"))
U(d, "Marape also suggested that some people in political circles", "without naming anyone.",
  ("Papua New Guinea", C, neg, "", "accusation of unnamed political figures -> target empty"))
U(d, "He said the missing pay would be restored", "pay run.",
  ("Papua New Guinea", N, neu, "", "plan"))
U(d, "Police said 15 people had been killed", "taken to hospital.",
  ("Papua New Guinea", N, neu, "", "police = the state; casualty figures"))
# "Police, soldiers and prison officers walked off the job ..." = narration, no row.
U(d, "Before he was suspended, Commissioner Manning said", "paid back in full.",
  ("Papua New Guinea", N, neu, "", "the police commissioner's explanation of the error"))
