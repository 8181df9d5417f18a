# ------------------------------------------------------------------ Mali: the Radisson Blu hotel siege in Bamako (live blog, 2015-11-20)
d = "page_mali_radisson_bamako2015_liveblog.txt"
# Not statements: menu, headline, time stamps (entry headers), byline, auto-refresh bar, "Key points" bullets,
# the closing note, the correspondent's scene entry (18:40), ADVERTISEMENT, Related line, share, tags, most read, copyright.
U(d, "The United Nations Security Council, in a statement read out in New York, called", "found and tried.",
  ("United Nations", C, neg, "", "'heinous crime' + demand for trial; perpetrators not named in the statement -> target empty"))
U(d, "Council members also urged all the parties to Mali's peace agreement", "its implementation.",
  ("United Nations", T, neu, "", "appeal to keep the peace process going"))
U(d, "Mali's President Ibrahim Boubacar Keita, who flew back", "in a televised address.",
  ("Mali", N, neg, "", "state of emergency and mourning = domestic measures, no judgement"))
U(d, "\"Mali will bury its dead and stand up again.", "Keita said.",
  ("Mali", C, neg, "", "defiance of the killers = judgement; unnamed attackers -> target empty"))
U(d, "China's foreign ministry said three Chinese citizens", "had been rescued.",
  ("China", N, neu, "", "casualty figures"))
U(d, "President Xi Jinping condemned the attack and ordered", "state media reported.",
  ("China", C, neg, "", "condemned + consular order (rule 1); state media report of the leader = China"))
U(d, "Belgium's Prime Minister Charles Michel said a Belgian official", "had been killed.",
  ("Belgium", N, neg, "", "death of a national reported, no judgement"))
U(d, "\"Our thoughts are with his family and colleagues", "Michel said on Twitter.",
  ("Belgium", S, neg, "Mali", "solidarity with the Malian people = supporting; grief tone (unsure: condolences could be neutral)"))
U(d, "The African Union Commission chairperson, Nkosazana Dlamini-Zuma, said", "shoulder to shoulder with Mali.",
  ("African Union", C, neg, "", "'cowardly crime' + solidarity: the judgement decides (rule 1); attackers unnamed -> target empty"))
U(d, "The ECOWAS Commission said West African states would give Mali", "behind the attack.",
  ("ECOWAS", S, pos, "Mali", "offer of security and intelligence help"))
U(d, "Senegal's President Macky Sall called the attack barbaric", "was its target.",
  ("Senegal", C, neg, "", "'barbaric' = judgement"))
U(d, "Algeria's foreign ministry condemned what it called a despicable attack", "the Malian people.",
  ("Algeria", C, neg, "", "condemnation + solidarity (rule 1)"))
U(d, "EU foreign policy chief Federica Mogherini said the attack", "in the country.",
  ("European Union", C, neg, "", "'an assault on Mali's efforts' + continued missions: the judgement decides (rule 1)"))
U(d, "Olivier Mensah, a Ghanaian telecoms engineer", "almost five hours.",
  ("Olivier Mensah", N, neg, "", "invented witness; his own ordeal, no position"))
U(d, "\"They went down the corridor knocking on doors", "Mensah said.",
  ("Olivier Mensah", C, neg, "", "accusation by describing attacks on civilians (guide rule 4); gunmen unnamed -> target empty"))
U(d, "US State Department spokesman John Kirby said the United States condemned", "during the operation.",
  ("United States", C, neg, "", "condemnation + help by act in one sentence: the judgement decides (rule 1)"))
U(d, "A US defence official said at least six Americans", "account for others.",
  ("United States", N, neu, "", "unnamed official of a named government; figures"))
U(d, "In a message released through the Mauritanian news website Al-Akhbar", "in the Islamic Maghreb.",
  ("Al-Mourabitoun", N, neu, "", "claim of its own attack with no judgement or demand stated = reporting its own strike (unsure)"))
# "Al-Mourabitoun is led by the veteran Algerian militant Mokhtar Belmokhtar." = background, no row.
U(d, "India's foreign ministry spokesman Vikas Swarup said all 20 Indian nationals", "were safe.",
  ("India", N, pos, "", "facts about its nationals, relief"))
U(d, "Turkey's foreign ministry said five Turkish Airlines crew members", "inside the building.",
  ("Turkey", N, neu, "", "facts about its nationals"))
U(d, "Russia's foreign ministry said it was checking reports", "the Malian authorities.",
  ("Russia", N, neu, "", "consular procedure"))
U(d, "Mali's Minister of Internal Security, Colonel Major Salif Traore, told reporters", "the upper floors.",
  ("Mali", N, neu, "", "operation status"))
U(d, "The head of the Malian special forces' operation said", "had been killed.",
  ("Mali", N, neu, "", "the army speaks for its state; own operation reported without judgement"))
U(d, "UN peacekeepers from the MINUSMA mission who went into the hotel said", "told GlobalDesk.",
  ("United Nations", N, neg, "", "MINUSMA = UN; unnamed UN official of a named body; figures"))
U(d, "UN Secretary-General Ban Ki-moon condemned the attack, his spokesman", "government of Mali.",
  ("United Nations", C, neg, "", "condemned + condolences (rule 1); attackers unnamed"))
U(d, "Dujarric said MINUSMA had sent a quick reaction force", "Malian security forces.",
  ("United Nations", S, neu, "Mali", "backing by act"))
U(d, "French President Francois Hollande said France would give Mali all the help", "sent from Paris.",
  ("France", S, pos, "Mali", "offer of help + gendarmes sent = backing by act"))
U(d, "\"Those who did this want Mali to give up and France to walk away.", "at the Elysee.",
  ("France", C, neg, "", "defiance of the attackers; unnamed -> target empty"))
U(d, "The French defence ministry said French special forces based in Mali", "at the hotel.",
  ("France", S, neu, "Mali", "backing by act"))
U(d, "Air France said 12 of its crew members", "brought out safely.",
  ("Air France", N, pos, "", "company's facts about its staff"))
U(d, "The Rezidor Hotel Group, which operates the Radisson Blu, said", "by its latest count.",
  ("Rezidor Hotel Group", N, neu, "", "hotel operator's figures"))
U(d, "Mali's government said special forces had entered the hotel", "freeing hostages.",
  ("Mali", N, neu, "", "own operation reported"))
U(d, "Hélène Marchal, a Sahel researcher at the Centre for African Security Studies in Paris", "was deliberate.",
  ("Hélène Marchal", N, neg, "", "invented analyst; reading of the target choice"))
U(d, "\"This was an attack on the idea that Bamako is safe", "Marchal said.",
  ("Hélène Marchal", N, neg, "", "analysis of the attackers' aims, no explicit judgement (unsure)"))
U(d, "Marchal said the greater risk was that the government would respond", "keep the peace process going.",
  ("Hélène Marchal", T, neu, "Mali", "risk + appeal to Bamako to keep the talks going"))
U(d, "The US embassy in Bamako advised Americans", "family members.",
  ("United States", N, neu, "", "consular advice"))
# 07:40 entry: "Witnesses say ..." = unnamed speakers, no row.
