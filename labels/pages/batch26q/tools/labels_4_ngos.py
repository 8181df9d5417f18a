# ------------------------------------------------------------------ Israel's terrorist designation of six Palestinian NGOs (world-reacts roundup, 2021-10-26)
d = "page_palestinian_ngos_designation2021_worldreacts.txt"
# Not statements: masthead, city bar, menu, section, headline and standfirst (they carry positions but are headlines), byline,
# time stamps, reading time, [Photo n/3] captions with credits, ADVERTISEMENT, region crossheads (ISRAEL, EUROPE, ...),
# ANALYSIS crosshead, Related, newsletter prompt, tags, most read, copyright.
# In this roundup the bullets ARE the body (one government per bullet, some without a verb), so each bullet is a unit
# (unlike a summary bullet list above a story, which duplicates the body).
# Lead "Israel's decision to designate ... has drawn criticism from ... while Israeli officials have promised ..." = summary
# of the reactions listed below (each gets its own row there): no row.
U(d, "Defence Minister Benny Gantz signed the order on Friday", "Union of Palestinian Women's Committees.",
  ("Israel", C, neg, "", "the designation signed = a measure against the six groups; six targets -> empty"))
U(d, "The Defence Ministry said the groups formed a network", "with the armed faction.",
  ("Israel", C, neg, "", "accusation (PFLP network, diverted donor money); several targets -> empty"))
# "The designation allows Israeli authorities ..." and "Several of the organizations receive money ..." = background, no row.
# "Here is how governments and organizations have responded." = lead-in, no row.
U(d, "Defence Minister Gantz, in remarks carried by his office on Sunday:", "pay for violence.",
  ("Israel", C, neg, "", "bullet with a colon instead of a verb; 'remarks carried by his office' = second-hand; accusation + resolve against the groups"))
U(d, "An Israeli official told the Ledger that a delegation would travel", "Biden administration.",
  ("Israel", N, neu, "", "an unnamed official of a named government speaks for it; a plan (delegation, briefing); 'told the Ledger' = the outlet, not an actor"))
U(d, "Palestinian Prime Minister Mohammad Shtayyeh called the listing", "cut their funding.",
  ("Palestine", C, neg, "Israel", "judgement ('deliberate attempt to strip Palestinians ...') + request to donors: rule 1"))
U(d, "The Palestinian foreign ministry said it would take the file", "Human Rights Council.",
  ("Palestine", C, neg, "Israel", "legal steps announced against Israel = a measure (condemning)"))
U(d, "The six organizations, in a joint statement on Saturday:", "go on with their work.",
  ("Addameer", N, neg, "", "joint statement of six groups, one row each; denial of the accusation = neutral, negative"),
  ("Al-Haq", N, neg, "", "as Addameer"),
  ("Defense for Children International-Palestine", N, neg, "", "as Addameer"),
  ("Union of Agricultural Work Committees", N, neg, "", "as Addameer"),
  ("Bisan Center for Research and Development", N, neg, "", "as Addameer"),
  ("Union of Palestinian Women's Committees", N, neg, "", "as Addameer"))
U(d, "The Popular Front for the Liberation of Palestine denied any organizational ties", "on its website.",
  ("Popular Front for the Liberation of Palestine", N, neg, "", "'according to a statement carried on its website'; denial = neutral"))
U(d, "The UN human rights office in the occupied Palestinian territory said", "thin and imprecise.",
  ("United Nations", C, neg, "Israel", "alarm alone would be neutral, but 'grounds ... thin and imprecise' is a judgement of Israel's decision"))
U(d, "UN High Commissioner for Human Rights Michelle Bachelet on Tuesday called", "withdraw them.",
  ("United Nations", C, neg, "Israel", "'unjustified blow' = judgement + demand to withdraw (rule 1)"))
U(d, "A group of UN independent experts said on Monday", "only weapon was documentation.",
  ("United Nations", C, neg, "Israel", "UN special rapporteurs resolved to the United Nations; judgement of the misuse of counter-terrorism law"))
U(d, "State Department spokesman Ned Price said Washington had not been given advance notice", "the listing rested on.",
  ("United States", N, neu, "", "spokesman by role and name; no notice + will ask for the basis = procedure, no judgement"))
U(d, "Price added that Washington saw independent rights groups", "disagreed with the listing.",
  ("United States", N, neu, "", "surname only; a principle stated while declining to judge the listing = neutral (the outlet's 'without saying whether' makes the non-judgement explicit)"))
U(d, "European Union: past claims that EU money had been misused", "ask Israel for clarification.",
  ("European Union", N, neg, "", "'the bloc's foreign service'; says earlier misuse claims were unproven (defence of its own funding, a denial) + will ask for clarification (unsure: could be read as condemning Israel's claims)"))
U(d, "Ireland: Foreign Minister Simon Coveney, seriously concerned", "Irish-funded groups.",
  ("Ireland", N, neg, "", "bullet with no verb; concern + seeking details, no appeal, no judgement = neutral, negative"))
U(d, "Germany: the foreign office in Berlin said it was examining", "with everyone involved.",
  ("Germany", T, pos, "", "examining + contact (procedure) + hope for a settlement through dialogue = calling_for_talks (hopes); several addressees -> target empty"))
# "Norway: no comment yet." = a non-answer, no row.
U(d, "The United Kingdom's Foreign Office said it was aware of the designations", "looking at them closely.",
  ("United Kingdom", N, neu, "", "procedural line"))
U(d, "Qatar's foreign ministry denounced the decision", "in the occupied territories.",
  ("Qatar", C, neg, "Israel", "denounced + campaign to silence = condemning"))
U(d, "Jordan: a stark escalation that undermines any chance of restoring trust", "its foreign ministry said.",
  ("Jordan", C, neg, "Israel", "bullet opening with the country and the judgement, attribution at the end; judgement without a stock word"))
U(d, "The Arab League's assistant secretary-general for Palestine affairs said", "stand by them.",
  ("Arab League", S, pos, "", "an official by title speaks for the League; backing of the six groups + a call to stand by them = supporting; six groups -> target empty"))
U(d, "Turkey's Ministry of Foreign Affairs said it rejected the listing", "Palestinian civil society.",
  ("Turkey", C, neg, "Israel", "'rejected the listing' = judgement; support for civil society follows (rule 1)"))
U(d, "Amnesty International and Human Rights Watch, in a joint statement, said", "defend the groups.",
  ("Amnesty International", C, neg, "Israel", "joint statement of two groups, one row each; 'shameful attempt to criminalize' = judgement (rule 1 over the appeal)"),
  ("Human Rights Watch", C, neg, "Israel", "as Amnesty International"))
U(d, "\"The real audience for this decision is in Brussels and Dublin, not in Ramallah,\" said Noura Tabbaa", "Centre for Mediterranean Policy.",
  ("Noura Tabbaa", N, neu, "", "invented analyst; a reading of the decision's aim, no judgement"))
U(d, "\"If European governments accept the listing without seeing proof", "whom they fund.\"",
  ("Noura Tabbaa", N, neg, "", "quote carried to the next paragraph = same speaker; a conditional risk line, no actor judged"))
U(d, "Tabbaa said she expected most donors to wait", "making any change.",
  ("Noura Tabbaa", N, neu, "", "forecast"))
U(d, "Eyal Sharabi, a lecturer in security studies", "show its allies the evidence.",
  ("Eyal Sharabi", C, neg, "Israel", "invented scholar; grants a legitimate interest but judges the means ('the bluntest tool'): the judgement decides"))
U(d, "Sharabi added that a quiet briefing of European intelligence services", "on a Friday afternoon.",
  ("Eyal Sharabi", N, neg, "", "tactical advice on how Israel should have acted, no judgement of legitimacy (unsure: could be condemning)"))
