# ------------------------------------------------------------------ South Africa: xenophobic violence and the row with Nigeria (live blog, 2019-09-05)
d = "page_southafrica_xenophobia2019_liveblog.txt"
# Not statements: masthead, menu, LIVE, headline, date line, byline, Key events bullets, refresh line, time stamps, the 18:47 sign-off, ADVERTISEMENT, share line, Related, newsletter prompt, Most read, copyright.
U(d, "Police Minister Bheki Cele has told parliament's police committee", "arrested across Gauteng.",
  ("South Africa", N, neu, "", "death toll and arrests given by an actor, no blame"))
U(d, "Cele said officers had been ordered to stay deployed", "through the weekend.",
  ("South Africa", N, neu, "", "own security measure"))
# "A Zimbabwean hairdresser in Malvern, Tendai Moyo, has described watching her salon burn ..." = lead-in, no row.
U(d, "\"They took the dryers first,", "Moyo told our reporter.",
  ("Tendai Moyo", N, neg, "", "invented witness; account of the looting (implies police inaction, but no explicit charge)"))
U(d, "She said the police had come only after the crowd had moved on,", "what she lost.",
  ("Tendai Moyo", C, neg, "South Africa", "complaint about the police = judgement of the state's response (unsure: could be neutral testimony)"))
U(d, "The African Union Commission chairperson, Moussa Faki Mahamat, has condemned the attacks", "in strong terms.",
  ("African Union", C, neg, "", "condemnation of the attacks; perpetrators not an actor -> target empty"))
U(d, "Faki said he had noted the arrests made so far, but wanted Pretoria to go further", "on South African streets.",
  ("African Union", T, neg, "South Africa", "noting arrests + demand for more protection, no judgement = calling_for_talks (protection of civilians)"))
U(d, "Nigeria's Foreign Minister Geoffrey Onyeama has confirmed that Vice President Yemi Osinbajo will not travel", "opened on Wednesday.",
  ("Nigeria", N, neu, "", "withdrawal from a forum with no protest stated in this sentence = neutral (the reason follows)"))
U(d, "\"In the present atmosphere we did not think it right", "Onyeama told a briefing in Abuja.",
  ("Nigeria", C, neg, "South Africa", "the boycott's reason: refusal in protest at the climate in the host country = condemning"))
U(d, "Onyeama said Nigeria would fly home any of its citizens", "free of charge.",
  ("Nigeria", N, neu, "", "evacuation plan for its own citizens; the airline is not an actor"))
U(d, "Pinned: Pretoria has closed its high commission in Abuja", "several Nigerian cities.",
  ("South Africa", N, neu, "", "closure of its own missions for safety, not a measure against Nigeria"))
U(d, "The Department of International Relations and Cooperation said the decision had been taken", "threats against the missions.",
  ("South Africa", N, neu, "", "reason for the closure: staff safety"))
U(d, "DIRCO spokesperson Lunga Ngqengelele said Pretoria condemned the attacks on South African businesses", "protecting Nigerians.",
  ("South Africa", C, neg, "", "condemnation of reprisal attacks by crowds (not Nigeria's government) -> target empty; demand to Nigeria in the same sentence (rule 1)"))
U(d, "President Muhammadu Buhari's special envoy is due in Pretoria next week", "a statement from Buhari's office.",
  ("Nigeria", T, neg, "South Africa", "sending an envoy with concern = diplomatic engagement"))
U(d, "The statement said Buhari wanted firm guarantees", "would be protected.",
  ("Nigeria", T, neg, "South Africa", "demand for protection, no judgement word"))
U(d, "Nigeria's Information Minister Lai Mohammed has appealed to Nigerians not to take revenge", "hurt Nigerian workers.",
  ("Nigeria", T, neu, "", "appeal for restraint to its own public"))
# "Other African governments are weighing in." = summary line, no row.
U(d, "The Democratic Republic of the Congo said President Felix Tshisekedi had cancelled his trip", "attacked in South Africa.",
  ("Democratic Republic of the Congo", C, neg, "South Africa", "boycott of the host's forum with a grievance stated = condemning"))
U(d, "Rwanda's presidency confirmed that President Paul Kagame would not attend the forum either, but gave no reason.", "but gave no reason.",
  ("Rwanda", N, neu, "", "absence with no reason given = neutral (contrast with the DRC)"))
U(d, "Zambia's Foreign Minister Joseph Malanji said Lusaka had asked Pretoria for guarantees", "looting prosecuted.",
  ("Zambia", T, neg, "South Africa", "demand for safety guarantees and prosecution, no judgement word = calling_for_talks (unsure: the prosecution demand could be read as condemning)"))
U(d, "Malawi's government said it was arranging transport", "to come home.",
  ("Malawi", N, neu, "", "repatriation plan, figures"))
U(d, "Foreign Minister Naledi Pandor, speaking at the forum in Cape Town, said the government would protect everyone", "whatever their nationality.",
  ("South Africa", N, pos, "", "reassurance about own conduct"))
U(d, "Pandor rejected suggestions that South Africans as a nation were hostile", "did not speak for the country.",
  ("South Africa", C, neg, "", "denial + explicit judgement of the perpetrators as criminals (rule 1); target empty (unsure: the denial could make it neutral)"))
U(d, "The UN human rights office in Geneva has called on the South African authorities", "to account.",
  ("United Nations", T, neg, "South Africa", "OHCHR = United Nations; appeal to protect migrants and for accountability, no judgement word"))
U(d, "The US embassy in Pretoria has issued a security alert", "Johannesburg and Pretoria.",
  ("United States", N, neu, "", "travel advice to its citizens"))
U(d, "Recap: President Cyril Ramaphosa on Tuesday condemned the attacks", "South Africa stood for.",
  ("South Africa", C, neg, "", "condemnation of the attacks; target empty"))
U(d, "Ramaphosa said he had called in the ministers of the security cluster", "before the courts.",
  ("South Africa", N, neu, "", "own measures"))
U(d, "The SADC secretariat in Gaborone has urged calm", "across the region.",
  ("SADC", T, neu, "", "appeal for calm and cooperation"))
U(d, "Lerato Khumalo, a migration researcher at the Johannesburg Institute for Migration Policy, said", "turned on foreigners.",
  ("Lerato Khumalo", C, neg, "South Africa", "invented researcher; blames the government for ignoring warnings"))
U(d, "\"Every time, the government calls it criminality and moves on,", "Khumalo said.",
  ("Lerato Khumalo", C, neg, "South Africa", "judgement of the government's pattern of response"))
U(d, "She said Pretoria should sit down with migrant associations and township leaders", "rather than after it.",
  ("Lerato Khumalo", T, neu, "South Africa", "appeal for dialogue"))
U(d, "The International Organization for Migration said it would help Malawi cover the cost", "basic supplies.",
  ("International Organization for Migration", S, pos, "Malawi", "aid offered = supporting"))
