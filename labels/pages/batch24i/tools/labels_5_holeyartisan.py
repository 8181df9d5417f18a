# ------------------------------------------------------------------ The Holey Artisan Bakery siege in Gulshan, Dhaka (live blog, 2016-07-02)
d = "page_holeyartisan_gulshan2016_liveblog.txt"
# Not statements: outlet bar, breadcrumb, headline, last-updated line, bylines, key-events bullets, auto-refresh/share lines, time stamps,
# the closing note (22:45), ADVERTISEMENT, the 07:40 and 21:20 narration items, Related, Topics, copyright.
U(d, "Meherunnesa Karim, a counter-terrorism researcher", "an attack of this kind.",
  ("Meherunnesa Karim", C, neg, "Bangladesh", "invented researcher; judgement on the government's denials, no stock word"))
U(d, "\"For two years every killing of a blogger", "she said.",
  ("Meherunnesa Karim", C, neg, "Bangladesh", "judgement continued (explaining killings away)"))
U(d, "\"The government now has to talk to the opposition", "commandos alone can solve.\"",
  ("Meherunnesa Karim", T, neu, "Bangladesh", "quote continued after the attribution: appeal for dialogue"))
U(d, "Former prime minister and BNP chairperson Khaleda Zia has urged", "an easy target.",
  ("Bangladesh Nationalist Party", T, neu, "", "appeal for a national dialogue, no judgement"))
U(d, "The European Union's foreign policy chief Federica Mogherini said", "whatever help Dhaka asked for.",
  ("European Union", S, pos, "Bangladesh", "solidarity + offer of help"))
U(d, "Pakistan's Foreign Office has issued a statement describing the attack", "families of the victims.",
  ("Pakistan", C, neg, "", "judgement of the attack; attackers not named -> target empty"))
U(d, "The United States has welcomed the end of the siege and urged", "said in a statement.",
  ("United States", T, neu, "Bangladesh", "welcome joined to an appeal, no judgement: rule 2 before rule 3 (labels README)"))
U(d, "Kirby said the United States had offered to send FBI investigators", "financed the attack.",
  ("United States", S, pos, "Bangladesh", "backing by act: investigators offered"))
# "India's Prime Minister Narendra Modi has spoken to Sheikh Hasina by telephone." = narration of a call, no row.
U(d, "Modi wrote on Twitter that the killers had tried to tear apart", "against them.",
  ("India", C, neg, "", "judgement of the killers + solidarity: rule 1; the killers are not named -> target empty"))
U(d, "External Affairs Minister Sushma Swaraj confirmed", "among those killed.",
  ("India", N, neu, "", "a victim confirmed = fact"))
U(d, "Members of the UN Security Council have issued a press statement", "brought to justice.",
  ("United Nations", C, neg, "", "Security Council = United Nations; judgement + demand for justice"))
U(d, "Secretary-General Ban Ki-moon said he hoped Bangladesh's response", "the division they sought.",
  ("United Nations", T, neu, "Bangladesh", "hope that the response respects the law and rights, no judgement"))
U(d, "Italian Prime Minister Matteo Renzi said nine Italians had been killed", "where its citizens work.",
  ("Italy", C, neg, "", "toll + judgement of the killers and defiance"))
U(d, "Foreign Minister Paolo Gentiloni said a team from the Italian crisis unit", "bring them home.",
  ("Italy", N, neu, "", "consular help for its own dead = own procedure"))
U(d, "Japanese Prime Minister Shinzo Abe said he was furious", "give in to terrorism.",
  ("Japan", C, neg, "", "anger at the killing + defiance of terrorism; no named target"))
U(d, "Abe said he was sending State Minister for Foreign Affairs Seiji Kihara", "the Bangladeshi investigation.",
  ("Japan", S, pos, "Bangladesh", "backing by act: a team sent to assist the investigation"))
U(d, "Deputy Chief Cabinet Secretary Koichi Hagiuda said earlier", "had been rescued.",
  ("Japan", N, neu, "", "facts on nationals"))
U(d, "Home Minister Asaduzzaman Khan told reporters that the attackers were members", "presence in the country.",
  ("Bangladesh", N, neg, "", "attribution to a local group + denial of an IS presence: the denial carries the sentence (unsure: naming JMB could be read as condemning)"))
U(d, "\"These are our own misguided young men", "the minister said.",
  ("Bangladesh", N, neg, "", "denial continued"))
U(d, "Prime Minister Sheikh Hasina, in a televised address, said the gunmen", "ordinary believers.",
  ("Bangladesh", C, neg, "", "judgement of the gunmen (betrayed the faith), no named group"))
U(d, "She announced two days of national mourning from Sunday", "sheltered or funded them.",
  ("Bangladesh", C, neg, "", "announced hunt against militant networks = announced operation against another side; mourning is a plan"))
U(d, "The army's director of military operations", "brought out alive.",
  ("Bangladesh", N, neu, "", "the army speaks for its state; own operation reported as done, no judgement"))
U(d, "He said 20 bodies had been found inside", "one captured.",
  ("Bangladesh", N, neu, "", "casualty figures"))
U(d, "The so-called Islamic State has claimed responsibility", "showed the dead.",
  ("Islamic State", C, neg, "", "claim of its own attack framed against 'crusader countries' = hostile judgement (unsure: a claim alone would be neutral)"))
U(d, "Sri Lanka's foreign ministry said it was in touch", "news of their safety.",
  ("Sri Lanka", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Rapid Action Battalion chief Benazir Ahmed said security forces were trying", "bring every hostage out alive.",
  ("Bangladesh", T, neu, "", "attempt to talk to the hostage-takers, priority on lives (unsure: could be neutral)"))
U(d, "Police had earlier given the attackers until dawn", "taken by force.",
  ("Bangladesh", C, neg, "", "ultimatum = condemning; police = state agency"))
U(d, "Rafiqul Islam, a security guard at a building across the road", "jumping from the roof.",
  ("Rafiqul Islam", N, neg, "", "invented witness; account, no position"))
U(d, "\"They were running past me barefoot.", "he said.",
  ("Rafiqul Islam", N, neg, "", "witness account continued"))
