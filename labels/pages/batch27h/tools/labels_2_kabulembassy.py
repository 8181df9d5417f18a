# ------------------------------------------------------------------ Kabul: the attack on Pakistan's Head of Mission (Pakistani MOFA press release, full HTML, 2022-12-03)
d = "page_kabul_pakembassy_nizamani2022_mofarelease.html"
# Not statements: header, language bar, nav, breadcrumb, h1 (carries a position; never a row), release number/date, figcaption, crossheads, related releases, comments note, footer, the closing "Islamabad 3 December 2022".
# "On 2 December 2022, the compound of the Embassy ..." = narration of the incident, no row.
U(d, "The Head of Mission remained unhurt.", "flown to Peshawar for treatment.",
  ("Pakistan", N, neu, "", "the ministry's own account of casualties and the guard's transfer (facts given by an actor)"))
U(d, "The Government of Pakistan denounces this cowardly attempt", "every embassy in the world.",
  ("Pakistan", C, neg, "", "condemnation of the attack; attackers unnamed -> target empty"))
U(d, "Pakistan expects the Interim Afghan Government, which under international law answers", "put them on trial.",
  ("Pakistan", T, neg, "Afghanistan", "demand to one side to investigate and prosecute, no judgement word (labels/README: a demand to one side without judgement = calling_for_talks) (unsure: 'answers for the protection' leans toward holding Kabul responsible)"))
U(d, "The Chargé d'Affaires of Afghanistan in Islamabad, Sardar Muhammad Shokaib, was called", "should never have been possible.",
  ("Pakistan", C, neg, "Afghanistan", "summons of the Afghan envoy + the breach 'should never have been possible' = protest and judgement of Kabul's security; the envoy summoned takes no position in this sentence"))
U(d, "The Chargé d'Affaires described the incident as deeply regrettable", "between the two neighbours.",
  ("Afghanistan", C, neg, "", "position reported by Pakistan's release = Afghanistan's; 'regrettable' + blame on unnamed spoilers; no canonical target"))
U(d, "He stated that Afghan leaders had publicly denounced the attack", "around Pakistan's Missions.",
  ("Afghanistan", N, neu, "", "speaker carried from the previous sentence; report of Kabul's own denunciation and security steps = reassurance about own conduct (neutral) (unsure: the relayed denunciation could make it condemning)"))
U(d, "The Embassy in Kabul and the Consulates General in Jalalabad", "recall Pakistani personnel.",
  ("Pakistan", N, neu, "", "procedural: missions stay open, no recall"))
U(d, "The Prime Minister, Muhammad Shehbaz Sharif, spoke to Mr. Nizamani soon after the attack", "the Government and the nation.",
  ("Pakistan", N, pos, "", "reassurance to its own envoy = own conduct (neutral, positive tone); the envoy is not another actor"))
U(d, "The Prime Minister paid tribute to the courage of Sepoy Israr", "early recovery.",
  ("Pakistan", N, pos, "", "title only; tribute to its own guard (self-praise rule: neutral, positive)"))
U(d, "Foreign Minister Bilawal Bhutto Zardari said that the safety of Pakistan's diplomats", "faced justice.",
  ("Pakistan", C, neg, "", "vow to pursue the planners = announced response against unnamed attackers"))
# "The Foreign Minister received a telephone call on 3 December from ... Muttaqi." = narration of a call, no row.
U(d, "Mr. Muttaqi condemned the attack, conveyed his wishes", "already under way.",
  ("Afghanistan", C, neg, "", "Taliban interim government's acting FM speaks for Afghanistan; condemnation of the attack + investigation; attackers unnamed -> target empty"))
U(d, "He added that the Interim Government would not let anyone use Afghan soil", "ties with a neighbour.",
  ("Afghanistan", N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "The Foreign Minister stressed that Pakistan wanted the relationship to be guided by dialogue", "both sides could stand behind.",
  ("Pakistan", T, pos, "Afghanistan", "appeal for dialogue + hope for a joint result = calling_for_talks"))
# "The Ministry has received messages of solidarity from a number of friendly countries." = summary line before the specifics, no row.
U(d, "The Foreign Ministers of Türkiye, Qatar and the Kingdom of Saudi Arabia called", "support for Pakistan.",
  ("Turkey", C, neg, "", "list of states: one row each; condemn + support: the judgement decides (rule 1); target of the condemnation = the unnamed attackers -> empty"),
  ("Qatar", C, neg, "", "same sentence, listed state"),
  ("Saudi Arabia", C, neg, "", "same sentence, listed state"))
U(d, "The Ministry of Foreign Affairs of the People's Republic of China, in a statement issued in Beijing", "its diplomatic personnel.",
  ("China", S, pos, "Pakistan", "backing with no judgement = supporting"))
U(d, "The United Nations Assistance Mission in Afghanistan stated", "hold the perpetrators to account.",
  ("United Nations", T, neg, "Afghanistan", "UNAMA = United Nations; legal reminder + appeal to the de facto authorities, no judgement of an actor = calling_for_talks (unsure: 'prohibited under international law' aimed at the attack could read as condemning)"))
U(d, "The Secretary General of the Organisation of Islamic Cooperation, Hissein Brahim Taha, described", "two member states.",
  ("Organisation of Islamic Cooperation", C, neg, "", "'a criminal act' = judgement; attackers unnamed"))
U(d, "The Government of Pakistan thanks all friendly countries", "for their messages.",
  ("Pakistan", N, pos, "", "thanks in general, no single actor backed = neutral, positive (unsure: could be supporting with empty target)"))
U(d, "In response to media queries on 4 December, the Spokesperson, Mumtaz Zahra Baloch, said", "claimed the attack.",
  ("Pakistan", N, neu, "", "spokesperson by role then name; notes reports of the claim = neutral"))
U(d, "The Spokesperson said the claim was being examined", "the facts were established.",
  ("Pakistan", N, neu, "", "procedural, declines to conclude = neutral"))
U(d, "\"Whoever sent the gunman, the responsibility for the safety", "Ms. Baloch said.",
  ("Pakistan", C, neg, "Afghanistan", "holds Kabul responsible ('we will hold them to that') = condemning"))
# "The Institute of Regional Affairs, Islamabad, held a roundtable ..." = narration of a meeting, no row.
U(d, "Dr. Sadia Rehman, Director of the Institute, said the attack showed", "capacity on the ground.",
  ("Sadia Rehman", C, neg, "Afghanistan", "invented scholar; judgement without a stock word on the Interim Government's promises"))
U(d, "Ambassador (Retd.) Tariq Mehmood Awan said Islamabad should keep its Mission open", "the result they wanted.",
  ("Tariq Mehmood Awan", T, neu, "Pakistan", "invented retired diplomat (speaks for no body); advice to use quiet channels rather than ultimatums = calling_for_talks addressed to Pakistan"))
