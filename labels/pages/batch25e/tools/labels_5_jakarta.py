# ------------------------------------------------------------------ The Jakarta (Thamrin / Sarinah) attacks (live blog, .txt, 2016-01-14)
d = "page_jakarta_thamrin_attack_liveblog.txt"
# Not statements: site bar, headline, last-updated line, byline, "Refresh" note, key-event bullets, time stamps,
# sign-off post, ADVERTISEMENT, share line, Related, newsletter prompt, topics, copyright.
U(d, "Rizal Hakim, director of the Jakarta Centre for Radicalism Studies", "not far higher.",
  ("Rizal Hakim", N, neu, "", "invented independent analyst; assessment of the attackers' training, no judgement of an actor"))
U(d, "\"They had grenades and pistols and they wanted a Paris", "he told us by phone.",
  ("Rizal Hakim", N, neg, "", "scornful reading of the attack's failure, aimed at no canonical actor = neutral, negative tone"))
U(d, "Hakim said the government now had to move quickly against the recruiters", "going after them.",
  ("Rizal Hakim", C, neg, "", "call for a crackdown on militant recruiters = a call for measures (labels/README: calls for sanctions are condemning); unsure: could be read as an appeal to his own government (neutral)"))
U(d, "The UN Security Council has issued a press statement condemning", "to justice.",
  ("United Nations", C, neg, "", "Council = United Nations; condemnation + call for justice"))
U(d, "Earlier, Secretary-General Ban Ki-moon said through his spokesman", "government of Indonesia.",
  ("United Nations", C, neg, "", "'through his spokesman'; attacks on civilians never justified = judgement + solidarity: rule 1"))
U(d, "The UN Environment Programme has confirmed that one of its staff", "Sarinah junction.",
  ("United Nations", N, neu, "", "UNEP = United Nations; a casualty fact"))
U(d, "The Dutch foreign ministry says a Dutch citizen is among the wounded", "with his family.",
  ("Netherlands", N, neu, "", "ministry given by its state's adjective; facts about a national"))
U(d, "Malaysian Prime Minister Najib Razak has posted a message", "fight against terrorism.",
  ("Malaysia", S, pos, "Indonesia", "solidarity with Indonesia = supporting"))
U(d, "Najib called the attackers enemies of Islam and of humanity", "entry points.",
  ("Malaysia", C, neg, "", "surname only; judgement of the attackers; the police chief's measure in the same sentence is the same state (one row)"))
U(d, "Singapore's foreign ministry said in a statement that Singapore condemned", "at checkpoints.",
  ("Singapore", C, neg, "", "condemnation + own security step"))
# "Washington has weighed in." = lead-in summary, no row.
U(d, "State Department spokesman John Kirby said the United States condemned", "those killed.",
  ("United States", C, neg, "", "condemnation + condolences: rule 1"))
U(d, "Kirby said Washington would give Indonesia whatever help it asked for", "daily briefing.",
  ("United States", S, pos, "Indonesia", "offer of assistance; 'according to a transcript' tail"))
U(d, "The U.S. Embassy, meanwhile, has told American citizens to avoid central Jakarta", "as a precaution.",
  ("United States", N, neu, "", "travel advice and closure = procedure for its own citizens"))
U(d, "Jakarta police chief Tito Karnavian has told a news conference", "Islamic State in Syria.",
  ("Indonesia", C, neg, "Islamic State", "police chief = Indonesia; attributing the attack to an IS-linked militant = accusation"))
U(d, "He said Naim had been trying to build a following across Southeast Asia", "instructions for the plot.",
  ("Indonesia", C, neg, "", "accusation against the militant (a person not declared as an actor: target empty)"))
U(d, "Tito said police were hunting for others who helped plan the assault.", "plan the assault.",
  ("Indonesia", N, neu, "", "police manhunt for unnamed suspects = law-enforcement procedure (unsure: could be condemning as a measure)"))
U(d, "Australia's Foreign Minister Julie Bishop has said Canberra condemns", "Australians were hurt.",
  ("Australia", C, neg, "", "condemnation + consular fact"))
U(d, "She said Australian Federal Police officers already based in Jakarta", "if Indonesia asked.",
  ("Australia", S, pos, "Indonesia", "offer of investigative help = supporting"))
U(d, "Prime Minister Malcolm Turnbull, speaking in Canberra, said Australians stood with", "dark moment.",
  ("Australia", S, pos, "Indonesia", "solidarity"))
# "Islamic State has claimed responsibility." = lead-in of the next sentence, no row.
U(d, "A statement carried by its Amaq news agency said fighters of the group", "in the capital.",
  ("Islamic State", N, neu, "", "claim of its own attack with no judgement stated = neutral (guide: own strike reported as done)"))
U(d, "Indonesian police said they were aware of the claim and were examining it.", "examining it.",
  ("Indonesia", N, neu, "", "procedure"))
U(d, "Japan's Chief Cabinet Secretary Yoshihide Suga told reporters in Tokyo", "caught up in the attack.",
  ("Japan", C, neg, "", "condemnation of terrorism in the context of the attack + consular check"))
U(d, "Turkey's embassy in Jakarta, which sits not far from the scene", "were safe.",
  ("Turkey", N, neu, "", "fact about its staff"))
U(d, "Coordinating Minister for Political, Legal and Security Affairs Luhut Pandjaitan", "by evening.",
  ("Indonesia", N, pos, "", "reassurance = neutral, positive tone"))
# "President Joko Widodo, who cut short a visit to Cirebon ... has spoken." = lead-in, no row.
U(d, "\"Our hearts are with the families who lost someone today", "broadcast on television.",
  ("Indonesia", C, neg, "", "sympathy + 'act of terror has no place' = judgement: rule 1"))
U(d, "He urged Indonesians to carry on with their daily lives", "try to frighten.",
  ("Indonesia", C, neg, "", "defiant warning to the bombers ('picked the wrong country') = threat; the appeal is to his own people (unsure)"))
U(d, "National police spokesman Anton Charliyan says the situation is now under control", "attackers are dead.",
  ("Indonesia", N, neu, "", "situation report"))
U(d, "Anton said seven people had died, five of them attackers", "among them police officers.",
  ("Indonesia", N, neu, "", "spokesman by first name as Indonesian usage; casualty figures"))
U(d, "Andi Saputra, an insurance clerk who works on the fifth floor", "after the first explosion.",
  ("Andi Saputra", N, neu, "", "invented named witness; plain account of what he saw (neutral tone)"))
U(d, "\"Then there was a second bang and the police post was just gone,\" he said.", "he said.",
  ("Andi Saputra", N, neg, "", "witness account, no position"))
# 11:20 and 10:55 posts = the blog's own narration, no rows.
