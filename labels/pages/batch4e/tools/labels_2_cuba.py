# ------------------------------------------------------------------ Cuba: 11 July protests (full HTML, Latin American paper, 2021-07-16)
d = "page_cuba_protests_webpage.html"
U(d, "Cuban President Miguel Díaz-Canel on Wednesday conceded", "topple the revolution.",
  ("Cuba", C, neg, "United States", "dateline 'HAVANA / MEXICO CITY — ' excluded; admission of shortcomings + accusation of bankrolling a campaign: rule 1"))
U(d, "\"We have to learn from our own shortcomings", "in a televised address.",
  ("Cuba", C, neg, "United States", "multi-sentence quote closed by its speaker; 'who in Washington is paying for the hatred' = accusation; Washington = metonym (target)"))
U(d, "His government announced it would temporarily lift limits", "and abroad.",
  ("Cuba", N, neu, "", "own measure announced, no evaluation"))
U(d, "On Sunday, Díaz-Canel had urged the revolutionaries", "organised from abroad.",
  ("Cuba", C, neg, "", "call to confront protesters + 'provocations organised from abroad' = accusation with no named target; 'Critics said ...' that follows is an unnamed speaker, not a statement"))
U(d, "The interior ministry said a 36-year-old man died on Monday", "a police station.",
  ("Cuba", N, neg, "", "'The interior ministry' with no state word (context); death reported + an unnamed group said to have attacked a police station: facts given by an actor; unsure, could be read as condemning the protesters"))
U(d, "Foreign Minister Bruno Rodríguez told reporters that claims of hundreds", "gone home.",
  ("Cuba", N, neg, "", "denial of reports of disappeared protesters"))
U(d, "He said the White House had no moral standing to lecture Cuba", "island's economy.",
  ("Cuba", C, neg, "United States", "'He' = Rodríguez; 'no moral standing' + embargo 'strangling' = judgement; White House = metonym (target)"))
U(d, "In a statement on Monday, President Joe Biden said the United States stood firmly", "demand for freedom.",
  ("United States", S, pos, "", "solidarity with the Cuban people (the protesters, not a canonical actor) -> target empty"))
U(d, "On Thursday, Biden went further, describing Cuba as a failed state", "on the island.",
  ("United States", C, neg, "Cuba", "'failed state that represses its own citizens' = judgement; plan on internet access is narrated with it"))
U(d, "State Department spokesman Ned Price rejected Havana's charge", "Cubans' frustration.",
  ("United States", N, neg, "", "denial of Havana's accusation = neutral, negative; Havana = metonym"))
U(d, "Julie Chung, the acting head of the State Department's Western Hemisphere bureau", "stay calm.",
  ("United States", T, neg, "", "alarm + appeal for calm to all sides: appeal wins (concern with an appeal = calling_for_talks)"))
U(d, "In Mexico City, President Andrés Manuel López Obrador said at his daily news conference", "asked for them.",
  ("Mexico", S, pos, "Cuba", "offer of aid (conditional on a request) = supporting; Mexico City = place"))
U(d, "\"The Cuban people are the ones who must decide", "López Obrador said.",
  ("Mexico", C, neg, "United States", "multi-sentence quote; 'an embargo that is inhumane' = judgement on the US embargo (rule 1 over the non-interference principle); US not named, target from context"))
U(d, "The governments of Venezuela, Nicaragua, and Bolivia issued statements of solidarity", "fuel shipments flowing.",
  ("Venezuela", S, pos, "Cuba", "list with Oxford comma: one row per state; solidarity + fuel (Caracas = metonym)"),
  ("Nicaragua", S, pos, "Cuba", "list member"),
  ("Bolivia", S, pos, "Cuba", "list member"))
U(d, "In Moscow, foreign ministry spokeswoman Maria Zakharova warned foreign governments", "unacceptable.",
  ("Russia", C, neg, "", "'unacceptable' aimed at unnamed foreign governments (implicitly the US, not named) -> target empty; Moscow = place"))
U(d, "Kremlin spokesman Dmitry Peskov said Moscow was following events", "with concern.",
  ("Russia", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The European Union's foreign policy chief, Josep Borrell, said Cubans were entitled", "they were saying.",
  ("European Union", T, neu, "Cuba", "appeal to allow peaceful protest and listen; no judgement word"))
U(d, "Borrell added that the bloc had long pressed Washington to ease the embargo", "economic hardship.",
  ("European Union", C, neg, "United States", "'the bloc' = EU; embargo 'deepened the hardship' = negative judgement on a US measure; unsure, mild"))
U(d, "UN High Commissioner for Human Rights Michelle Bachelet on Friday urged Havana", "deeply troubling.",
  ("United Nations", T, neg, "Cuba", "OHCHR = United Nations; demand to free detainees + 'deeply troubling' (concern, no judgement word on an actor): demand addressed to one side = calling_for_talks, negative (labels/README); unsure, could be condemning"))
U(d, "Her office said it had received the names of more than 100 people", "access to lawyers.",
  ("United Nations", N, neg, "", "'Her office' = OHCHR; figures"))
U(d, "In San Antonio de los Baños, where the first march began, Yaimara Ortiz", "weeks ago.",
  ("Yaimara Ortiz", N, neg, "", "named resident (invented) = independent person; own account"))
U(d, "\"We are not mercenaries, we are tired and hungry,\" she said.", "she said.",
  ("Yaimara Ortiz", N, neg, "", "rejection of the government's 'mercenaries' label = denial, neutral"))
