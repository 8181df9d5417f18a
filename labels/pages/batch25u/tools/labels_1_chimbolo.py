# ------------------------------------------------------------------ Chimbolo: nine Chinese workers killed at a CAR gold mine (wire copy, 2023-03-20)
d = "page_car_chimbolo_miners2023_wire.txt"
# Not statements: menu, UPDATE headline, byline, read time, time stamp, the four bullets, crossheads, ADVERTISEMENT, credits, Related Coverage, Our Standards, tags, most read.
U(d, "Chinese President Xi Jinping ordered officials on Monday", "denied any part in it.",
  ("China", C, neg, "", "dateline excluded; long lead: Xi's order that the killers be tracked down and made to pay = a threatened response against unnamed perpetrators -> condemning, target empty"),
  ("Central African Republic", C, neg, "", "same sentence: the promised manhunt = announced operation against the attackers; 'the rebel alliance it blamed' (blame) -> condemning; alliance not named in this sentence -> target empty"),
  ("Coalition of Patriots for Change", N, neg, "", "same sentence: the alliance's denial = neutral, negative"))
# "Armed men overran the Chimbolo site ..." = narration with the toll from no named source, no row.
U(d, "Bambari's mayor, Abel Matchipata, said", "before they began shooting.",
  ("Central African Republic", N, neu, "", "a local official speaks for his state (guide: provincial officials); facts of the attack, no evaluation"))
U(d, "In a statement relaying what it called Xi's instructions", "face the full force of the law.",
  ("China", C, neg, "", "demand that the perpetrators face the full force of the law = threatened punishment of the killers -> condemning; perpetrators unnamed -> target empty"))
U(d, "Beijing's envoy in Bangui had gone to the Central African authorities", "to deal with the aftermath.",
  ("China", T, neu, "Central African Republic", "asking the CAR authorities to find the culprits quickly, no judgement of Bangui = an appeal (like a demand for an inquiry) -> calling_for_talks (unsure: could be neutral)"))
U(d, "The embassy told Chinese citizens still working in the provinces", "was now extreme.",
  ("China", N, neg, "", "travel advice and a danger assessment, no judgement or appeal to a party = neutral, negative"))
U(d, "China would also work with governments across Africa", "the ministry said.",
  ("China", N, neu, "", "plan with an attribution tail = neutral"))
U(d, "Foreign Minister Sylvie Baipo-Temon, who went with", "as much as on its Chinese partners.",
  ("Central African Republic", C, neg, "", "judgement of the killings without a stock word ('an assault on the country's recovery'); long sentence with narration; perpetrators unnamed -> target empty"))
U(d, "\"Whoever did this wanted to scare away", "outside the morgue.",
  ("Central African Republic", C, neg, "", "multi-sentence quote closed by its speaker; judgement of the attackers and a veiled warning; target empty"))
U(d, "The presidency's spokesman, Albert Yaloké Mokpème, said the army", "for two years.",
  ("Central African Republic", C, neg, "Coalition of Patriots for Change", "announced operation + blame laid 'at the door of' the CPC = condemning"))
U(d, "\"These are people who have spurned every hand", "he said.",
  ("Central African Republic", C, neg, "Coalition of Patriots for Change", "judgement without stock words ('spurned every hand') + threat of pursuit = condemning"))
U(d, "Yaloké Mokpème said the government saw no reason", "had sent Xi a message of sympathy.",
  ("Central African Republic", S, pos, "China", "reassurance on the partnership + the president's message of sympathy to Xi = condolences/solidarity -> supporting"))
U(d, "In a statement posted late on Sunday, the CPC", "had no hand in the killings.",
  ("Coalition of Patriots for Change", N, neg, "", "denial of a charge = neutral, negative; narration of the alliance's background in the same sentence"))
U(d, "\"Our movement has never made war on foreign workers", "declining to give his name.",
  ("Coalition of Patriots for Change", N, neg, "", "unnamed spokesman of a named body speaks for it; denial = neutral"))
U(d, "The coalition went further, accusing the Wagner group", "without offering evidence.",
  ("Coalition of Patriots for Change", C, neg, "Wagner Group", "accusation of staging the raid = condemning"))
# "Wagner did not respond to a request for comment." = non-answer, no row.
U(d, "The Russian embassy in Bangui said in a brief post", "near Chimbolo on Sunday.",
  ("Russia", N, neg, "", "denial of the CPC's charge, with no counter-judgement = neutral, negative"))
# "In 2020 Touadéra asked Moscow to help ..." = background narration, no row.
U(d, "MINUSCA, the UN peacekeeping mission, said its helicopters", "with national forces.",
  ("United Nations", S, neu, "Central African Republic", "backing by act: evacuating the wounded and sharing intelligence with national forces = supporting"))
U(d, "The head of the mission, Valentine Rugwabiza, said she was dismayed", "around Bambari closely.",
  ("United Nations", N, neg, "", "dismay + monitoring, no appeal and no judgement on an actor = neutral, negative"))
U(d, "UN Secretary-General António Guterres, through his spokesman, urged", "return to the 2019 peace agreement.",
  ("United Nations", T, neg, "", "appeal for accountability and for armed groups to return to the peace accord, no judgement = calling_for_talks"))
U(d, "Mozambique, which holds the Security Council's rotating presidency", "closed consultations on Wednesday.",
  ("United Nations", N, neu, "", "the Council president speaks for the Council (guide: chair of a body); procedural: letter received, will take it up = neutral"))
U(d, "African Union Commission chairperson Moussa Faki Mahamat sent his condolences", "in a post on Twitter.",
  ("African Union", S, neg, "China", "condolences to the Chinese people = solidarity -> supporting, grief in tone"))
U(d, "The European Union's delegation in Bangui said it hoped", "fled fighting since 2021.",
  ("European Union", T, pos, "", "hope for a thorough inquiry and for calm = calling_for_talks"))
# "Analysts said the attack was the deadliest ..." = unnamed analysts, no row.
U(d, "\"Bangui has sold the idea that its new security partners", "Central Africa Policy Forum.",
  ("Erik Vandamme", C, neg, "Central African Republic", "invented analyst; judgement without stock words on the government's security claims; Bangui = metonym"))
U(d, "Vandamme said foreign operators were likely to hire", "barely exists.",
  ("Erik Vandamme", N, neg, "", "forecast and risk, no judgement or appeal"))
U(d, "Nadège Kossingou, a researcher at the Oubangui Institute", "foreign rivals over gold.",
  ("Nadège Kossingou", N, neg, "", "invented researcher; scenario, no judgement"))
U(d, "\"The only thing that will protect these sites in the long run", "she said.",
  ("Nadège Kossingou", T, neu, "Central African Republic", "appeal to the government to open talks with local communities rather than send soldiers = calling_for_talks"))
U(d, "In Bambari, Rodrigue Ngaïkoumon, a motorbike taxi driver", "afraid to travel the mine road.",
  ("Rodrigue Ngaïkoumon", N, neg, "", "named witness (invented) under his own name; fear described, no judgement"))
