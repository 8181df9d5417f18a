# ------------------------------------------------------------------ Israel's killing of Sheikh Ahmed Yassin (international wire copy, 2004-03-22)
d = "page_yassin_killing2004_wire.txt"
# Not statements: wire name, menu, section, UPDATE headline, time stamp, byline, reading time, the four bullets, capitals
# crossheads, ADVERTISEMENT, reporting credits, Related coverage, Our Standards, topics, most read, copyright.
U(d, "Hamas vowed on Monday to strike back across Israel after its founder", "dawn prayers in Gaza City.",
  ("Hamas", C, neg, "Israel", "dateline 'GAZA, March 22 (CPW) - ' excluded; threat of revenge = condemning. Israel's strike is narrated in a passive subordinate clause; Israel's own account comes in the army's sentence below, so no Israel row here"))
# "Seven other people ... doctors at Gaza's Shifa hospital said." = casualty figures from no actor (doctors are not an actor), no row.
# "Tens of thousands of Palestinians followed the coffin ..." = scene narration, no row.
U(d, "The Israeli army said it had targeted Yassin as head of an organisation", "where 10 Israelis were killed.",
  ("Israel", C, neg, "Hamas", "the army speaks for its state; own strike reported together with an accusation of Hamas = condemning"))
U(d, "\"The man who sent children to blow themselves up among our children has been dealt with.", "congratulated the security forces.",
  ("Israel", C, neg, "Hamas", "judgement + warning to Yassin's followers (threat); the praise of own forces does not change it"))
U(d, "Defence Minister Shaul Mofaz told Israel Radio that no Hamas leader", "count on immunity.",
  ("Israel", C, neg, "Hamas", "threat of further killings = condemning; Israel Radio = outlet"))
U(d, "Foreign Minister Silvan Shalom said European criticism of the strike was misplaced", "in its own cities.",
  ("Israel", C, neg, "", "rejects European criticism with a judgement ('misplaced'); the critics are several governments -> target empty (unsure: could be read as a defence of own act = neutral)"))
U(d, "\"Sharon has signed the death warrant of his own people.", "told mourners.",
  ("Hamas", C, neg, "Israel", "threat of revenge; Sharon = Israel"))
U(d, "In a leaflet distributed in Gaza, the Izz el-Deen al-Qassam Brigades", "the political cover.",
  ("Hamas", C, neg, "United States", "armed wing = Hamas; holds the US co-responsible"))
U(d, "Ismail Haniyeh, a senior Hamas official in Gaza, said the movement's leadership would announce", "within days.",
  ("Hamas", N, neu, "", "plan of a leadership announcement"))
U(d, "Palestinian President Yasser Arafat, confined to his battered headquarters in Ramallah", "a crime against every Palestinian.",
  ("Palestine", C, neg, "Israel", "mourning declared + 'a crime' = condemning; the Palestinian Authority = Palestine"))
U(d, "Prime Minister Ahmed Qurei said the strike had wrecked his efforts", "slid into open war.",
  ("Palestine", C, neg, "Israel", "blames the strike for wrecking the truce effort + appeal to restrain Israel: the judgement decides (rule 1)"))
U(d, "Chief negotiator Saeb Erekat said the Palestinian Authority still regarded negotiations", "send international monitors.",
  ("Palestine", T, neu, "", "commitment to negotiations + call for monitors = calling_for_talks"))
U(d, "At the White House, spokesman Scott McClellan would not be drawn into criticising Israel", "Americans among them.",
  ("United States", C, neg, "Hamas", "declines to criticise Israel and judges Hamas ('murdered hundreds of innocent people') = condemning Hamas"))
U(d, "He said the United States had received no advance notice of the strike", "return to the road map.",
  ("United States", T, neu, "", "denial of prior knowledge + appeal to both sides to avoid escalation = calling_for_talks; both sides -> target empty"))
U(d, "UN Secretary-General Kofi Annan said in a statement issued by his spokesman", "end the practice at once.",
  ("United Nations", C, neg, "Israel", "illegal under international law + demand to stop = condemning (rule 1)"))
U(d, "Annan also appealed to Palestinians not to answer one killing with another.", "one killing with another.",
  ("United Nations", T, neu, "", "appeal for restraint to Palestinians in general (not one canonical party) -> target empty"))
U(d, "In Brussels, where European Union foreign ministers were meeting, Irish Foreign Minister Brian Cowen said", "keep the road map alive.",
  ("European Union", C, neg, "Israel", "the presidency speaks for the EU; condemnation + pressure for the road map: rule 1"))
U(d, "EU foreign policy chief Javier Solana said he would speak to both the Israeli and the Palestinian leaderships", "from spreading.",
  ("European Union", T, neu, "", "contacts to stop escalation = calling_for_talks"))
U(d, "British Foreign Secretary Jack Straw said Britain had told Israel many times", "cost Israeli lives.",
  ("United Kingdom", C, neg, "Israel", "'illegal' + judgement of the consequences"))
U(d, "The French Foreign Ministry said France condemned the killing", "show restraint.",
  ("France", C, neg, "Israel", "condemnation + appeal for restraint: rule 1"))
U(d, "Germany, Italy and Spain also condemned the strike.", "condemned the strike.",
  ("Germany", C, neg, "Israel", "states acting as a list: one row per listed state"),
  ("Italy", C, neg, "Israel", "as above"),
  ("Spain", C, neg, "Israel", "as above"))
U(d, "Russia's Foreign Ministry said Moscow was seriously concerned", "a new round of bloodshed.",
  ("Russia", T, neg, "", "concern + appeal to both sides = calling_for_talks"))
U(d, "Egyptian Foreign Minister Ahmed Maher said the strike had undone weeks", "did not want calm.",
  ("Egypt", C, neg, "Israel", "judgement without a stock word ('did not want calm')"))
U(d, "Jordan's government called the killing a criminal act", "revive peace talks.",
  ("Jordan", C, neg, "Israel", "'a criminal act' = condemning"))
U(d, "Arab League Secretary-General Amr Moussa called the killing a crime", "would take it up.",
  ("Arab League", C, neg, "Israel", "judgement + plan of the summit: the judgement decides"))
U(d, "Lebanon's Hezbollah said in a statement read on its al-Manar television", "the Palestinian resistance.",
  ("Hezbollah", C, neg, "Israel", "threat ('would pay') + solidarity with the Palestinian armed groups: the threat decides"))
U(d, "In Tehran, Foreign Ministry spokesman Hamid Reza Asefi offered condolences to Hamas", "the Palestinian cause.",
  ("Iran", S, pos, "Hamas", "condolences and praise addressed to Hamas = supporting"))
# "Protesters marched in Amman, Beirut and Cairo ..." = narration, no row.
U(d, "Yossi Amrani, a security analyst in Tel Aviv, said the strike reflected", "withdrawal from Gaza.",
  ("Yossi Amrani", N, neu, "", "invented analyst; reading of the government's reasoning"))
U(d, "\"Killing Yassin removes a symbol, but symbols do not plan attacks.", "Amrani said.",
  ("Yossi Amrani", N, neu, "", "analysis, no judgement of an actor, no appeal"))
U(d, "Palestinian political scientist Rima Nashashibi said the killing was a reckless act", "the Palestinian Authority.",
  ("Rima Nashashibi", C, neg, "Israel", "invented scholar; 'a reckless act' = judgement"))
U(d, "She said Washington should use its influence with Sharon", "back to the table.",
  ("Rima Nashashibi", T, neu, "United States", "appeal to the US to restrain Israel and revive talks = calling_for_talks"))
