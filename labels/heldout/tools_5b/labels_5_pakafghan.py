# ------------------------------------------------------------------ Pakistan-Afghanistan border clashes (scraped regional paper, 2025-10-20)
d = "page_pakafghan_border_scraped.txt"
U(d, "Pakistan and Afghanistan agreed early on Sunday to an immediate ceasefire", "returned to power in Kabul in 2021.",
  ("Pakistan", T, pos, "", "dateline 'ISLAMABAD / PESHAWAR: ' excluded; agreement to a ceasefire reported by the mediator (position of X reported by Y)"),
  ("Afghanistan", T, pos, "", "Taliban government = Afghanistan (as batch3g); agreement reported by Qatar"),
  ("Qatar", T, neu, "", "mediator announcing the ceasefire; Kabul = place"))
U(d, "The two delegations, led by Defence Minister Khawaja Asif", "the ministry said in a statement.",
  ("Qatar", T, neu, "", "'the ministry' = Qatar's foreign ministry (previous sentence); mediation"),
  ("Turkey", T, neu, "", "Turkiye's mediation reported by Qatar; the delegations meeting = narrative, no rows for the participants (labels/README)"))
U(d, "Asif wrote on X that the agreement had been finalised", "to work out the details.",
  ("Pakistan", T, pos, "", "surname only; agreement + further round of talks"))
U(d, "He said attacks on Pakistan launched from Afghan soil had to stop at once", "territorial integrity.",
  ("Pakistan", T, neg, "Afghanistan", "'He' = Asif; demand addressed to one side with no judgement word -> talks (labels/README)"))
U(d, "Afghan government spokesman Zabihullah Mujahid said the two sides had agreed", "attack the other side.",
  ("Afghanistan", T, pos, "", "commitment to a truce"),
  ("Pakistan", T, pos, "", "'the two sides had agreed': Pakistan's commitment reported by Mujahid"))
U(d, "\"Both sides have committed to a full truce.", "Mujahid said.",
  ("Afghanistan", T, pos, "", "multi-sentence quote closed by its speaker"),
  ("Pakistan", T, pos, "", "'Both sides have committed': Pakistan's commitment reported by Mujahid"))
U(d, "The Foreign Office said in a statement issued before the talks", "sheltering on their territory.",
  ("Pakistan", T, neg, "Afghanistan", "'The Foreign Office' = Pakistan's (context); demand without a judgement word + no escalation sought -> talks; Islamabad = Pakistan, same actor"))
U(d, "Field Marshal Asim Munir, the army chief, told a passing-out parade", "meet a firm response.",
  ("Pakistan", C, neg, "Afghanistan", "accusation of sheltering killers + threat; Kabul = Afghanistan (capital as metonym); Abbottabad = place"))
U(d, "Prime Minister Shehbaz Sharif thanked the Emir of Qatar", "bringing the two sides to the table.",
  ("Pakistan", S, pos, "", "thanks to two mediators (Qatar, Turkey) -> target empty"))
U(d, "The military's media wing, ISPR, said 23 soldiers had been martyred", "in retaliatory action.",
  ("Pakistan", N, neu, "", "ISPR -> Pakistan; casualty figures"))
U(d, "ISPR described the Afghan assault as unprovoked and cowardly", "the country's territory.",
  ("Pakistan", C, neg, "Afghanistan", "judgement + vow to defend"))
U(d, "Mujahid had given different figures", "nine Afghan fighters died.",
  ("Afghanistan", N, neu, "", "figures; 'retaliatory operations' as his label, no judgement on another actor"))
U(d, "The Afghan defence ministry's spokesman, Enayatullah Khwarazmi, said", "violation of Afghanistan's sovereignty.",
  ("Afghanistan", C, neg, "Pakistan", "accusation of violating sovereignty"))
U(d, "Taliban officials said the strikes killed civilians", "breaking the ceasefire.",
  ("Afghanistan", C, neg, "Pakistan", "'Taliban officials' = officials of the de facto government -> Afghanistan; accusation by describing attacks on civilians; Islamabad = Pakistan"))
U(d, "Pakistani security officials rejected the claim", "suicide attack in North Waziristan.",
  ("Pakistan", N, neg, "", "unnamed officials tied to a named government speak for it; denial; the Gul Bahadur group is not a canonical actor"))
U(d, "The Afghanistan Cricket Board announced it was pulling out", "a cowardly act.",
  ("Afghanistan Cricket Board", C, neg, "Pakistan", "unsure: the national cricket board kept as its own actor (not the government); withdrawal in protest + 'cowardly act'"))
U(d, "Turkiye's foreign ministry welcomed the ceasefire", "make the truce lasting.",
  ("Turkey", T, pos, "", "welcome + offer to host talks: rule 2; Ankara = Turkey"))
U(d, "Qatar's foreign ministry expressed hope that the agreement", "sustainable peace in the region.",
  ("Qatar", T, pos, "", "hope for peace"))
U(d, "Saudi Arabia had earlier expressed concern over the fighting", "through dialogue.",
  ("Saudi Arabia", T, neg, "", "concern + appeal"))
U(d, "Iranian Foreign Minister Abbas Araghchi had offered to help", "mattered to Tehran.",
  ("Iran", T, pos, "", "offer of mediation; Tehran = Iran, same actor"))
U(d, "The UN Assistance Mission in Afghanistan said civilians on both sides", "avoid further harm.",
  ("United Nations", T, neg, "", "UNAMA -> United Nations; casualties without blame + appeal to protect civilians"))
U(d, "External affairs ministry spokesman Randhir Jaiswal said", "the countries around it.",
  ("India", C, neg, "Pakistan", "'external affairs ministry' = India's (previous sentence); judgement without stock words; Islamabad = Pakistan"))
U(d, "Asif, for his part, has accused New Delhi of waging a proxy war", "through Afghan territory.",
  ("Pakistan", C, neg, "India", "New Delhi = India (capital as metonym)"))
