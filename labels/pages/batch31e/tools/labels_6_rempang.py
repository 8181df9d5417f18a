# ------------------------------------------------------------------ Rempang Eco City standoff (national daily scraped as text, 2023-09-13)
d = "page_indonesia_rempang_ecocity2023_dailyweb.txt"
# Not statements: masthead, tagline, menu, breadcrumb, headline, standfirst, bylines and date line, share prompts,
# [Photo] captions, ADVERTISEMENT, "Read also:", crosshead, Topics, Most read, Related, copyright line.
U(d, "President Joko \"Jokowi\" Widodo has said the conflict", "turned into a riot.",
  ("Indonesia", N, neu, "", "Jokowi = Indonesia; explanation ('residents not properly told') + police questioning = own conduct, no judgement of another actor"))
U(d, "Speaking to reporters in Jakarta on Tuesday, the President said the residents", "reached the streets.",
  ("Indonesia", N, neg, "", "compensation offered + reproach of its own local officials (not another actor) = neutral, negative tone (unsure)"))
U(d, "\"People must be approached properly, sat down with and listened to, not confronted,\"", "handled calmly.",
  ("Indonesia", T, neu, "", "appeal for dialogue and calm handling, addressed to its own officials = calling_for_talks; Listyo Sigit is addressed, not a speaker"))
U(d, "Police said 43 people had been arrested", "injuring several officers.",
  ("Indonesia", C, neg, "", "arrests + account of protesters' violence = accusation; the protesters are not an actor -> target empty"))
U(d, "Riau Islands Police spokesperson Sr. Comr. Zahwani Pandra Arsyad said", "\"provocation\".",
  ("Indonesia", C, neg, "", "prosecution of detainees + 'provocation' charge against protesters = judgement; own officers defended"))
# Background on the project, "Xinyi Group did not respond ...", and the Sept. 7 narration (tear gas fired) = no row.
U(d, "Coordinating Political, Legal and Security Affairs Minister Mahfud MD said last week", "not an eviction.",
  ("Indonesia", N, neu, "", "justification of the clearing as lawful = defence of own conduct (unsure: implicitly rejects the residents' claims)"))
U(d, "He nonetheless said officers must treat residents humanely", "without compensation.",
  ("Indonesia", T, neu, "", "'He' = Mahfud; appeal for humane treatment (protection of civilians) addressed to its own officers"))
U(d, "BP Batam head Muhammad Rudi, who is also the mayor of Batam, said residents", "while the homes were being built.",
  ("Indonesia", N, pos, "", "state authority's offer of houses and allowances = own plan"))
U(d, "He said the authority wanted the first families relocated by Sept. 28", "had not yet signed up.",
  ("Indonesia", T, neu, "", "deadline joined to an offer to keep talking = offering talks (labels/README) (unsure: the deadline alone could read as an ultimatum)"))
U(d, "Riau Islands Governor Ansar Ahmad said he had asked BP Batam to give residents more time", "boundary markers were installed.",
  ("Indonesia", T, neu, "", "provincial governor resolves to the state; asks for more time and village visits = appeal for dialogue"))
# "Residents remain unconvinced." = narration, no row.
U(d, "\"Our grandparents were buried here before there was a Republic of Indonesia.", "from Pasir Panjang village.",
  ("Azwar Syamsuddin", C, neg, "Indonesia", "named resident (invented); 'nobody in Jakarta asked us' = reproach of the government; Jakarta = metonym"))
U(d, "A spokesman for the Kekerabatan Masyarakat Adat Tempatan (Keramat)", "stay where they are.",
  ("Kekerabatan Masyarakat Adat Tempatan", T, neg, "Indonesia", "spokesman = the group; refusal to leave + demand to redraw the project, no judgement word = calling_for_talks, negative"))
U(d, "The National Commission on Human Rights (Komnas HAM) said it had sent a team", "police and BP Batam.",
  ("Indonesian National Commission on Human Rights", N, neu, "", "own fact-finding = procedure"))
U(d, "Commissioner Uli Parulian Sihombing said the commission had told the police", "rather than in court.",
  ("Indonesian National Commission on Human Rights", T, neu, "Indonesia", "forced relocation ruled out + request for restorative justice, no judgement = calling_for_talks"))
U(d, "Amnesty International Indonesia executive director Usman Hamid said the police response", "in their classrooms.",
  ("Amnesty International", C, neg, "Indonesia", "national section = Amnesty International; 'out of all proportion' = judgement"))
U(d, "\"A national strategic project does not give anyone the right to trample", "Usman said.",
  ("Amnesty International", C, neg, "Indonesia", "'Usman' = Usman Hamid (Indonesian naming); judgement"))
U(d, "The Indonesian Legal Aid Foundation (YLBHI) demanded the immediate release", "private security.",
  ("Indonesian Legal Aid Foundation", C, neg, "Indonesia", "demand + 'accused the authorities' = rule 1"))
U(d, "Dewi Kartikasari, an agrarian law researcher", "consulted last.",
  ("Dewi Kartikasari", C, neg, "Indonesia", "invented scholar; 'repeated a pattern' of signing deals first and consulting last = judgement (unsure: could be analysis)"))
U(d, "\"If Jakarta wants this project to survive, it has to stop the deadline", "she said.",
  ("Dewi Kartikasari", T, neu, "Indonesia", "appeal to pause, pull police back and restart dialogue = calling_for_talks"))
U(d, "Investment Minister Bahlil Lahadalia, whose ministry is overseeing the Xinyi deal", "to the Riau Islands.",
  ("Indonesia", N, pos, "", "own plan, positive tone"))
U(d, "Police said on Tuesday that the situation on Rempang was under control", "for the time being.",
  ("Indonesia", N, neu, "", "situation report and deployment = neutral"))
U(d, "Seven residents arrested during the Sept. 7 clash have been named suspects", "according to the police.",
  ("Indonesia", C, neu, "", "charges against residents (measure) reported by the police; several unnamed people -> target empty"))
U(d, "The foundation said its Batam office had sent lawyers", "those in custody.",
  ("Indonesian Legal Aid Foundation", S, neu, "", "'The foundation' = YLBHI; legal aid provided to detainees = backing by act (supporting); detainees are not an actor -> target empty"))
