# ------------------------------------------------------------------ Nigeria: the re-arrest of IPOB leader Nnamdi Kanu (Nigeria High Commission, London, news page, items 29 June - 13 July 2021)
d = "page_nigeria_kanu_rearrest2021_highcommission.txt"
# Not statements: site header and address, menu, breadcrumb, page counter, item dates and headings, photo caption, "Older posts", Latest, Share, press e-mail, copyright.
# "The High Commission hosted on Saturday a virtual town hall meeting ..." = narration of the Mission's own event, no row.
U(d, "The High Commission urged members of the community to refrain from any action", "official sources of information.",
  ("Nigeria", T, neu, "", "the site's own mission ('The High Commission') = Nigeria; appeal for restraint, no judgement"))
U(d, "Officials of the Mission told participants that the legal proceedings", "the merits of the case.",
  ("Nigeria", N, neu, "", "'the Mission' = the High Commission; procedural line, no comment on the case"))
U(d, "Chief Emeka Obi, chairman of a Nigerian community association in south London, appealed", "room to work.",
  ("Emeka Obi", T, neu, "", "invented community leader; appeal to keep protests peaceful"))
U(d, "Dr. Ngozi Ibekwe, a lecturer in African politics at a London university", "the separatists claimed to defend.",
  ("Ngozi Ibekwe", C, neg, "IPOB", "invented scholar; judgement of the attacks attributed to IPOB's armed wing (no stock word)"))
U(d, "She added that Abuja, for its part, needed to open a serious conversation", "would not settle them.",
  ("Ngozi Ibekwe", T, neu, "Nigeria", "'She' = Ibekwe, 'Abuja' = Nigeria; appeal for dialogue, no judgement"))
U(d, "The High Commission has noted the request by the Government of the United Kingdom", "also holds British nationality.",
  ("Nigeria", N, neu, "", "procedural acknowledgement"))
U(d, "A spokesperson for the Foreign, Commonwealth and Development Office in London had said on Monday", "back in Nigeria.",
  ("United Kingdom", N, neu, "", "FCDO = United Kingdom; consular request and request for an explanation: procedure, no judgement"))
U(d, "The spokesperson added that the United Kingdom expected Mr. Kanu to be treated fairly", "with the law.",
  ("United Kingdom", T, neu, "Nigeria", "'The spokesperson' carried over; appeal for fair treatment under the law, no judgement (unsure: due-process appeals read as calling_for_talks by analogy with protection appeals)"))
U(d, "The Federal Government will handle the request in line with Nigerian law", "has indicated.",
  ("Nigeria", N, neu, "", "reassurance about own conduct; attribution tail 'the Ministry ... has indicated'"))
U(d, "Amnesty International, in a statement from its Nigeria office, said it was troubled", "guarantee a fair trial.",
  ("Amnesty International", T, neg, "Nigeria", "concern + appeal (access to lawyers, fair trial), no explicit judgement -> calling_for_talks"))
# "The High Commission draws attention to the remarks made in Abuja ..." = pointer to another's remarks, no row.
U(d, "Ambassador Machage told journalists that no Kenyan official, agency or organ", "on its territory.",
  ("Kenya", N, neg, "", "denial of involvement = neutral, negative"))
U(d, "He said Kenya valued its friendship with Nigeria", "to cloud it.",
  ("Kenya", S, pos, "Nigeria", "affirmation of friendship with Nigeria = supporting"))
U(d, "Kenya's Ministry of Foreign Affairs in Nairobi later issued a short note", "High Commissioner's position.",
  ("Kenya", N, neg, "", "repeats the denial = neutral"))
U(d, "The High Commission reiterates that the operation was carried out", "before the court.",
  ("Nigeria", N, neu, "", "own account of the operation + no details: procedural"))
# "The High Commission has seen statements circulated in the United Kingdom by the proscribed ... (IPOB) ..." = narration, no row.
U(d, "In a message sent to journalists, IPOB's spokesman, Emma Powerful, accused", "on his behalf.",
  ("IPOB", C, neg, "", "accusation of kidnapping against Nigeria and Kenya -> two targets, empty; the call on the UK does not outweigh rule 1"))
U(d, "The High Commission rejects these claims in their entirety.", "in their entirety.",
  ("Nigeria", N, neg, "", "denial = neutral, negative"))
U(d, "IPOB and its armed wing, the so-called Eastern Security Network, bear responsibility", "will change that.",
  ("Nigeria", C, neg, "IPOB", "holds IPOB responsible for attacks = condemning"))
U(d, "Ohanaeze Ndigbo, the Igbo socio-cultural organisation, called on young people", "conducted in the open.",
  ("Ohanaeze Ndigbo", T, pos, "", "appeal for calm + hope for an open trial = calling_for_talks"))
U(d, "Members of the diaspora are advised to treat information from the group with caution", "to the UK police.",
  ("Nigeria", N, neu, "", "consular advisory; no explicit judgement in the sentence (unsure: 'treat with caution' implies distrust of IPOB)"))
U(d, "The British High Commission in Abuja, for its part, confirmed to Nigerian media", "had been involved.",
  ("United Kingdom", N, neu, "", "clarification of facts about where the arrest happened; no judgement"))
U(d, "The High Commission informs the general public that Mazi Nnamdi Kanu", "to face trial.",
  ("Nigeria", N, neu, "", "own arrest reported as done; 'proscribed' is a legal status, no judgement in the sentence (unsure: could be read as a measure against IPOB = condemning)"))
U(d, "The Attorney-General of the Federation and Minister of Justice, Abubakar Malami, SAN, announced", "jumped bail in 2017.",
  ("Nigeria", C, neg, "IPOB", "arrest announced + charge that Kanu fled justice = accusation"))
U(d, "In the Attorney-General's account, Kanu had used broadcasts from abroad", "its security agencies.",
  ("Nigeria", C, neg, "IPOB", "second-hand attribution ('In the Attorney-General's account'); accusation of inciting violence; Kanu = IPOB leader"))
U(d, "He gave an assurance that Kanu's rights under the Constitution", "throughout the proceedings.",
  ("Nigeria", N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "The Minister of Foreign Affairs, Geoffrey Onyeama, said Nigeria's international partners", "diplomatic channels.",
  ("Nigeria", N, neu, "", "procedural information"))
U(d, "The Minister of Information and Culture, Alhaji Lai Mohammed, told reporters", "dropping the case.",
  ("Nigeria", C, neg, "", "defiance implying critics are blackmailing: judgement aimed at unnamed critics -> target empty"))
# "The High Commission remains available to members of the public ..." = contact line, no row.
