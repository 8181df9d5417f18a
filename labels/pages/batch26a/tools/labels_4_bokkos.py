# ------------------------------------------------------------------ Plateau Christmas Eve attacks in Bokkos and Barkin Ladi (Nigerian state media, 2023-12-27)
d = "page_nigeria_bokkos_christmas2023_statemedia.txt"
# Not statements: outlet bar, menu, breadcrumb, headline, dates, byline, photo line, crossheads (MILITARY DEPLOYMENT, INTERNATIONAL SOLIDARITY), slug line, related stories, follow prompt, copyright.
U(d, "President Bola Ahmed Tinubu has directed the security services to track down and arrest the gunmen", "between Christmas Eve and Christmas Day.",
  ("Nigeria", C, neg, "", "manhunt ordered against the attackers = a measure against another side (condemning); attackers unnamed -> target empty"))
U(d, "In a statement issued in Abuja by his Special Adviser on Media and Publicity", "answer for every life lost.",
  ("Nigeria", C, neg, "", "spokesman named by role; 'a grave crime' + those responsible will answer = condemning"))
U(d, "The President also ordered the immediate dispatch of relief materials", "at government expense.",
  ("Nigeria", S, pos, "", "aid provided = supporting; to its own citizens -> target empty"))
# "Local government officials put the death toll at more than 160 ..." = officials with no named body (guide: 'local officials'), no row.
# "Vice President Kashim Shettima arrived in Jos ... accompanied by ..." = what someone did (a visit), narration: no row.
U(d, "Addressing traditional rulers and survivors at the Government House, Rayfield, the Vice President said", "rebuild what had been destroyed.",
  ("Nigeria", S, neg, "", "'the Vice President' by title; condolences + pledge to rebuild = supporting, grieving tone"))
U(d, "\"No Nigerian should go to church on Christmas Eve", "Shettima said.",
  ("Nigeria", C, neg, "", "normative judgement on the attack without a stock word (unsure: could be read as a lament = neutral)"))
U(d, "\"The President has asked me to tell you that you are not alone", "will be found.\"",
  ("Nigeria", C, neg, "", "quote continued after the attribution; solidarity + a vow to catch the attackers: the threat decides (rule 1; unsure: could be supporting)"))
U(d, "He announced that the National Emergency Management Agency (NEMA) would open a relief centre", "for displaced families.",
  ("Nigeria", S, pos, "", "a state agency resolves to its state; aid announced = supporting"))
U(d, "The Governor of Plateau State, Barrister Caleb Mutfwang, thanked the Federal Government", "hand in hand with the security agencies.",
  ("Nigeria", S, pos, "", "a state governor resolves to Nigeria (labels/README: provincial officials); praise of the federal response; target would equal actor -> empty"))
U(d, "Mutfwang, who visited several of the affected villages on Monday, said the attackers", "seizing their farmland.",
  ("Nigeria", C, neg, "", "accusation of intent to wipe out communities; attackers unnamed"))
U(d, "He appealed to residents not to take the law into their own hands", "add to the sorrow of the state.",
  ("Nigeria", T, neg, "", "appeal for restraint, no judgement"))
U(d, "The Chief of Defence Staff, General Christopher Musa, said additional troops of Operation Safe Haven", "\"into whatever forest they are hiding in\".",
  ("Nigeria", C, neg, "", "announced operation against the attackers = condemning (guide)"))
U(d, "General Musa told journalists in Abuja that some arrests had already been made", "were being questioned.",
  ("Nigeria", N, neu, "", "facts on arrests, no evaluation"))
U(d, "The Minister of Police Affairs, Senator Ibrahim Geidam, sent a message of sympathy", "signed by his media aide.",
  ("Nigeria", S, neg, "", "condolences = supporting (solidarity), grieving tone; own state -> target empty"))
U(d, "In a related development, the Presidency dismissed claims by the rights group Amnesty International", "early warnings of the attacks.",
  ("Nigeria", N, neg, "", "denial = neutral, negative"),
  ("Amnesty International", C, neg, "Nigeria", "a position of X reported by Y: Amnesty's charge that warnings were ignored"))
U(d, "Amnesty International's Nigeria office had said on Tuesday that the authorities had", "\"once again left rural communities to fend for themselves\".",
  ("Amnesty International", C, neg, "Nigeria", "judgement of the authorities' failure"))
U(d, "Chief Ngelale said the allegation was \"false and unhelpful\"", "under very difficult conditions.",
  ("Nigeria", C, neg, "Amnesty International", "denial joined to 'unhelpful', a judgement aimed at Amnesty's charge (unsure: could be a plain denial = neutral)"))
U(d, "The President of the Christian Association of Nigeria (CAN), Archbishop Daniel Okoh, said", "an insult to the faith of millions.",
  ("Christian Association of Nigeria", C, neg, "", "judgement of the attacks; attackers unnamed"))
U(d, "Okoh called on the Federal Government to station security personnel permanently", "before the planting season.",
  ("Christian Association of Nigeria", T, neu, "Nigeria", "appeal for protection of civilians = calling_for_talks (guide)"))
# "Messages of sympathy continued to arrive from Nigeria's partners on Wednesday." = summary line, no row.
U(d, "The President of the ECOWAS Commission, Dr Omar Alieu Touray, sent a message of condolence", "fight against insecurity.",
  ("ECOWAS", S, neg, "Nigeria", "condolences + solidarity = supporting"))
U(d, "Touray also welcomed the speedy deployment of troops to Plateau State and urged community leaders", "avoid any cycle of revenge.",
  ("ECOWAS", T, pos, "", "welcome joined to an appeal for restraint, no judgement -> calling_for_talks (rule 2 before rule 3)"))
U(d, "The United Nations Resident and Humanitarian Coordinator in Nigeria, Mohamed Malick Fall, said", "brought to justice swiftly.",
  ("United Nations", C, neg, "", "'appalled' + justice for the perpetrators = condemning the attack; perpetrators unnamed"))
U(d, "The European Union Ambassador to Nigeria and ECOWAS, Ms Samuela Isopi, said", "the displaced in Plateau State.",
  ("European Union", S, neg, "Nigeria", "shared grief + offer to support humanitarian partners = supporting"))
U(d, "The British High Commission in Abuja said in a post on its official X account", "by the loss of life.",
  ("United Kingdom", N, neg, "", "sadness with no condolence addressed and no appeal = neutral, negative (like 'was shocked')"))
U(d, "The United States Mission in Nigeria said it was closely following reports", "in the affected areas.",
  ("United States", N, neg, "", "monitoring + concern, no appeal = neutral, negative"))
U(d, "Speaking to NFIS in Jos, a security analyst, Dr Nanret Gofwen", "long enough for farmers to trust them.",
  ("Nanret Gofwen", T, neu, "Nigeria", "invented analyst; faint praise + 'must keep troops' = appeal for protection of civilians"))
U(d, "\"A visit and a bag of rice will not rebuild confidence,\"", "Dr Gofwen said.",
  ("Nanret Gofwen", C, neg, "Nigeria", "judgement of the government's gestures without a stock word"))
U(d, "\"What the villages need is a patrol that is still there in March.\"", "\"What the villages need is a patrol that is still there in March.\"",
  ("Nanret Gofwen", T, neu, "Nigeria", "quote continued after the attribution; appeal for lasting protection"))
U(d, "A survivor from one of the attacked villages in Bokkos, Mr Davou Choji, told NFIS", "set fire to their compound.",
  ("Davou Choji", N, neg, "", "invented named survivor; account of loss"))
U(d, "\"We heard the shooting from about eight in the evening and we ran into the bush with nothing,\"", "Choji said.",
  ("Davou Choji", N, neg, "", "account, no position beyond the facts"))
U(d, "\"I am grateful to the soldiers who came the next morning", "when the cameras leave.\"",
  ("Davou Choji", S, pos, "Nigeria", "quote continued; gratitude to the soldiers = supporting; the prayer not to be forgotten is a request, not aid (unsure)"))
# "The Vice President later visited the injured at the Jos University Teaching Hospital." = narration, no row.
