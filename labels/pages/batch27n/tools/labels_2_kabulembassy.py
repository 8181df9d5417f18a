# ------------------------------------------------------------------ Blast at the Russian embassy's consular section in Kabul (TASS-style state agency, 2022-09-06)
d = "page_kabul_russianembassy_blast2022_stateagency.txt"
# Not statements: agency masthead and menu, rubric, headline, standfirst, time stamps, crossheads ("International reaction",
# "Expert view"), tags, "More news" list, copyright.
# Lead "MOSCOW, September 6. /TASS/. Russian Foreign Minister Sergey Lavrov and Acting Foreign Minister ... discussed in a telephone
# conversation ..." = narration of a call (what was discussed), no position: no row.
U(d, "\"The Russian side stressed that the safety of Russian citizens", "following the conversation.",
  ("Russia", T, neu, "Afghanistan", "'the Russian side' (state-media register); expectation addressed to Kabul to protect its staff, no judgement = appeal for protection"))
U(d, "According to the statement, the two sides agreed to keep in close contact", "cooperation on security matters.",
  ("Russia", T, neu, "", "'the two sides' agree to keep contact and cooperate = calling_for_talks"),
  ("Afghanistan", T, neu, "", "second side of the agreement, as reported by the Russian MFA (interim government = Afghanistan)"))
U(d, "The Afghan Foreign Minister conveyed his condolences", "wrote on Twitter after the call.",
  ("Afghanistan", S, neg, "Russia", "condolences to the victims' state = supporting (solidarity), grief -> negative; minister by state adjective; spokesman's tweet carries it"))
U(d, "In Balkhi's account, Muttaqi told the Russian minister", "would not succeed.",
  ("Afghanistan", N, neg, "", "second-hand account of the planners' aim, no judgement word (unsure: 'drive a wedge' could be read as condemning the attackers)"))
# "The explosion took place at 10:50 local time ..." = narration, no row.
U(d, "Second Secretary of the embassy Mikhail Shakh and an embassy security officer were killed", "among the wounded.",
  ("Russia", N, neu, "", "casualty figures from the ministry, no blame = neutral"))
U(d, "Speaking to journalists during his visit to Dushanbe on Monday, Lavrov described", "had been reinforced.",
  ("Russia", C, neg, "", "calls it a terrorist attack = judgement; no culprit named -> target empty"))
U(d, "\"Those who organised this crime and those who carried it out", "the Russian foreign minister said.",
  ("Russia", C, neg, "", "'crime' + demand for punishment; speaker by title only"))
U(d, "Kremlin Spokesman Dmitry Peskov told reporters that the attack was a criminal act", "nothing could justify.",
  ("Russia", C, neg, "", "judgement of the attack"))
U(d, "He said President Vladimir Putin had been informed at once", "the special services.",
  ("Russia", N, neu, "", "procedure: the President informed"))
U(d, "Russian Foreign Ministry Spokeswoman Maria Zakharova said at a briefing on Tuesday", "continue its work in Kabul.",
  ("Russia", N, neu, "", "plan: the embassy stays"))
U(d, "\"Nobody should expect Russia to pull back.", "\" she said.",
  ("Russia", N, neu, "", "own resolve and plans; no judgement, no appeal"))
U(d, "Zakharova added that the Russian side was in contact with the Afghan security services", "to assist them.",
  ("Russia", S, neu, "Afghanistan", "backing by act: a team sent to assist the Afghan services (unsure: cooperation with an inquiry into one's own case could be neutral)"))
U(d, "The Director of the Second Asian Department of the Russian Foreign Ministry", "interim government in Kabul.",
  ("Russia", N, neu, "", "long official title; policy unchanged, stated without praise or appeal; remarks carried by another agency = still Russia"))
U(d, "According to Kabulov, the organisers of the blast wanted to cut Afghanistan off", "kept their embassies open.",
  ("Russia", N, neg, "", "surname only; reading of the attackers' motive, no judgement word (unsure, like Muttaqi's line)"))
U(d, "The head of the Federation Council Committee on International Affairs, Grigory Karasin, was quoted", "failed to meet it on Monday.",
  ("Russia", C, neg, "Afghanistan", "passive attribution ('was quoted as saying'); parliament committee chair = Russia; holds the Afghan authorities responsible for a failure"))
U(d, "Responsibility for the attack was claimed by the Islamic State Khorasan Province group", "which is banned in Russia.",
  ("Islamic State Khorasan Province", N, neu, "", "a group claiming its own attack = reporting its own strike, no judgement in the sentence -> neutral"))
U(d, "Spokesman for the Afghan Interior Ministry Abdul Nafi Takor told reporters", "had been killed.",
  ("Afghanistan", N, neu, "", "facts and a casualty figure"))
U(d, "The Interior Ministry of the interim government said that security had been tightened", "in the capital.",
  ("Afghanistan", N, neu, "", "own measures"))
U(d, "Chief spokesman of the interim government Zabihullah Mujahid wrote", "neighbours and friends.",
  ("Afghanistan", C, neg, "", "'the enemies of the Afghan people' = judgement of the attackers, unnamed -> target empty"))
U(d, "UN Secretary-General Antonio Guterres strongly condemned the attack", "said in a statement.",
  ("United Nations", C, neg, "", "condemnation + condolences; no culprit named"))
U(d, "The statement reminded all parties that diplomatic premises and staff", "must never be targeted.",
  ("United Nations", T, neu, "", "reminder to all parties to protect diplomatic staff = appeal, no judgement"))
U(d, "The Pakistani Foreign Office condemned the bombing in the strongest terms", "in this hour of grief.",
  ("Pakistan", C, neg, "", "condemnation + solidarity: rule 1; ministry given by the state adjective"))
U(d, "Chinese Foreign Ministry Spokesman Wang Wenbin told a briefing in Beijing", "foreign institutions and personnel.",
  ("China", T, neu, "Afghanistan", "'opposed all forms of terrorism' is aimed at no one; the appeal to Kabul to protect foreigners decides = calling_for_talks"))
U(d, "Iranian Foreign Ministry Spokesman Nasser Kanaani offered condolences", "those killed.",
  ("Iran", S, neg, "Russia", "condolences = supporting (solidarity); grief tone"))
U(d, "The Foreign Ministry of Uzbekistan expressed its solidarity", "those behind the attack.",
  ("Uzbekistan", S, pos, "Russia", "solidarity + offer of information = supporting"))
U(d, "US Special Representative for Afghanistan Thomas West also denounced the attack", "dead and wounded.",
  ("United States", C, neg, "", "denounced + condolences: rule 1"))
U(d, "Viktor Lagutin, leading research fellow at the Centre for Central Asian and Afghan Studies", "isolating the interim government.",
  ("Viktor Lagutin", N, neg, "", "invented independent researcher; analysis of the group's aim, no judgement word"))
U(d, "\"The terrorists chose the one European embassy", "Lagutin said.",
  ("Viktor Lagutin", C, neg, "Islamic State Khorasan Province", "'an attack on every country' + 'the terrorists' = judgement; the appeal for security cooperation does not override it (rule 1)"))
U(d, "Kabul-based political analyst Najibullah Rahimi said the interim authorities had been slow", "every morning.",
  ("Najibullah Rahimi", C, neg, "Afghanistan", "invented independent analyst; criticism of the interim authorities"))
U(d, "\"The Taliban say they control security in Kabul.", "Rahimi said.",
  ("Najibullah Rahimi", C, neg, "Afghanistan", "blames the Taliban for the failure; the Taliban's own claim inside his quote is not given a row"))
# "The Russian embassy in Kabul is one of the few foreign missions ..." = background, no row.
