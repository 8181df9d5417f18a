# ------------------------------------------------------------------ Zámocká Street shooting, Bratislava (parliament press releases, .txt, 13-20 Oct 2022)
d = "page_slovakia_zamocka_shooting2022_parliamentpress.txt"
# Not statements: masthead, language links, breadcrumb, search box, page title, publication line, the disclaimer note,
# dated headers with the issuing body, release headlines, club names as crossheads, tags, print/RSS, address, copyright.
# "The Committee on Human Rights and National Minorities held an extraordinary meeting ..." = narration with the toll, no row.
U(d, "The chair of the committee said the murders had been a targeted act of hatred", "warnings of the community.",
  ("Slovakia", C, neg, "", "committee chair named by title = the parliament -> Slovakia; judgement of the attack and of the state's slowness (self-critical; target cannot be the actor) (unsure)"))
U(d, "The committee asked the government to submit within sixty days", "same-sex couples.",
  ("Slovakia", N, neu, "", "procedure inside the state: request for a report"))
U(d, "Dr Zuzana Hrubá, a sociologist at Comenius University", "Slovak public figures.",
  ("Zuzana Hrubá", C, neg, "", "invented sociologist; partly lays the attack at the door of Slovak public figures (unnamed) = judgement without stock words"))
U(d, "\"A society that laughs at hateful jokes about a minority", "Hrubá said.",
  ("Zuzana Hrubá", C, neg, "", "surname only; reproach of society and figures = judgement"))
U(d, "Peter Novosad, a friend of both victims and a regular guest of the bar, asked the deputies", "election campaigns.",
  ("Peter Novosad", T, neg, "", "invented witness; demand to stop, no judgement word = calling_for_talks, negative"))
U(d, "\"Juraj and Matúš were not a topic.", "not a topic.",
  ("Peter Novosad", N, neg, "", "quote paragraph without attribution, speaker given in the next paragraph; grief"))
U(d, "They were two boys sitting on a bench on a Wednesday evening,\" he told the committee.", "he told the committee.",
  ("Peter Novosad", N, neg, "", "quote carried across the paragraph break; description, grief"))
U(d, "Minister of Interior Roman Mikulec informed the committee", "morning of 13 October.",
  ("Slovakia", N, neu, "", "facts of the investigation"))
U(d, "The minister said the police had found no evidence so far", "contacts abroad.",
  ("Slovakia", N, neu, "", "'the minister' = Mikulec; findings and plans"))
U(d, "Minister Mikulec rejected criticism from opposition deputies", "before 12 October.",
  ("Slovakia", N, neg, "", "denial of police failure = neutral, negative; opposition deputies unnamed -> no row"))
# "At the start of Tuesday's sitting, the Speaker ... asked the deputies to stand in silence" = ceremony, no row.
U(d, "\"No one in this country may be killed for whom they love", "the Speaker said.",
  ("Slovakia", C, neg, "", "'the Speaker' = Kollár (head of parliament -> state); moral judgement of the killing + appeal to weigh words (rule 1) (unsure: could be calling_for_talks)"))
U(d, "Prime Minister Eduard Heger told the plenary that the government condemned the attack", "families alone.",
  ("Slovakia", C, neg, "", "condemnation of the attack and of extremism; no actor targeted"))
U(d, "On Monday the Speaker received the Ambassador of the United States of America, Gautam Rana", "countering violent extremism.",
  ("United States", S, pos, "Slovakia", "condolences + offer of experts = supporting (the Speaker's reception itself is narration)"))
U(d, "The Speaker also took note of a joint statement issued by the embassies", "dehumanises minorities.",
  ("Slovakia", N, neu, "", "'took note' = procedural line"),
  ("Canada", T, neu, "", "joint statement by a list of states: solidarity + appeal to refrain from dehumanising language; appeal before approval (rule 2); one row per listed state"),
  ("Germany", T, neu, "", "same joint statement"),
  ("Netherlands", T, neu, "", "same joint statement"),
  ("United States", T, neu, "", "same joint statement"))
U(d, "The deputies' club of Freedom and Solidarity announced that it would submit an amendment", "to inherit.",
  ("Freedom and Solidarity", S, pos, "", "legislative backing for same-sex couples = backing by act; no actor targeted"))
U(d, "\"After Zámocká Street, staying silent is also a choice", "said in the statement.",
  ("Freedom and Solidarity", N, neu, "", "the club chair's pledge to act; no appeal or judgement of a named actor (unsure: could read as a reproach of the silent)"))
U(d, "The club of OĽaNO expressed its deepest sympathy", "who was injured.",
  ("OĽaNO", S, pos, "", "condolences = supporting; victims not actors"))
U(d, "The club said the attack should lead every politician", "more carefully.",
  ("OĽaNO", T, neu, "", "appeal for restraint in speech, including its own members; no judgement"))
U(d, "The Smer-SD club said it condemned the murders as a cowardly crime", "citizens do not want.",
  ("Smer-SD", C, neg, "", "condemns the murders (rule 1), with a warning aimed at the law's backers (unnamed)"))
U(d, "It rejected as false and shameful the claim of several deputies", "the attack took place.",
  ("Smer-SD", C, neg, "", "denial joined to a judgement of the accusers ('shameful') = condemning by rule 1; deputies unnamed -> target empty (unsure: could be a plain denial)"))
U(d, "The Hlas-SD club appealed for calm", "respect for the victims.",
  ("Hlas", T, pos, "", "appeal for calm = calling_for_talks"))
U(d, "The European Commissioner for Equality, Helena Dalli, wrote to the Speaker", "LGBTIQ people in Slovakia.",
  ("European Union", C, neg, "", "'a hate crime that must be named' = judgement, with solidarity (rule 1); attacker not an actor"))
U(d, "The Commissioner for Human Rights of the Council of Europe, Dunja Mijatović, urged", "hate speech against them.",
  ("Council of Europe", T, neu, "Slovakia", "appeal for protection measures, no judgement word"))
U(d, "Progressive Slovakia, which is not represented in the National Council, said", "climate in the country.",
  ("Progressive Slovakia", C, neg, "Slovakia", "extra-parliamentary party blames the government (Slovakia) for tolerating hate speech"))
