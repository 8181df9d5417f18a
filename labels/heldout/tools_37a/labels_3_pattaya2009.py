# ------------------------------------------------------------------ Thailand: the Pattaya summit storming and the Songkran unrest in Bangkok (Asian broadcaster, 2009-04-14)
d = "page_pattaya_songkran_unrest_2009_broadcaster.txt"
# Not statements: site menu, headline, time stamp, "Photos 1 of 6" and caption, ADVERTISEMENT, crossheads, gallery counters, credit initials, Related News, share line, Most Popular, copyright.
U(d, "Thailand's anti-government red shirts ended their three-week siege", "more than 120 injured.",
  ("United Front for Democracy Against Dictatorship", N, neu, "", "dateline excluded; ending the siege = an act reported as done, no judgement; the toll is narration"))
U(d, "Leaders of the United Front for Democracy Against Dictatorship (UDD) told thousands", "avoid a massacre.",
  ("United Front for Democracy Against Dictatorship", N, neg, "", "decision to disperse; fear of a 'massacre' without a named culprit (unsure: could be read as an accusation of the army)"))
U(d, "\"We are stopping today to save the lives of our brothers and sisters", "before he and other leaders handed themselves over to police.",
  ("United Front for Democracy Against Dictatorship", N, neg, "", "UDD chairman explains the retreat; no judgement or appeal"))
U(d, "\"The fight for real democracy will go on by other means,\"", "he added.",
  ("United Front for Democracy Against Dictatorship", N, neu, "", "plan to continue the campaign; no explicit judgement"))
# "The retreat came after soldiers pushed through ..." = narration, no row.
U(d, "Government spokesman Panitan Wattanayagorn said the troops had acted", "not at people.",
  ("Thailand", N, pos, "", "reassurance about own troops' conduct = neutral, positive tone"))
U(d, "The two people killed were residents of the Nang Loeng neighbourhood", "police said.",
  ("Thailand", N, neu, "", "police = the state; casualty facts without blame"))
U(d, "Prime Minister Abhisit Vejjajiva, who declared a state of emergency", "give the capital back to its people.",
  ("Thailand", C, neg, "United Front for Democracy Against Dictatorship", "defends the operation against the protesters, implying they had seized the city (announced operation against another side = condemning)"))
U(d, "\"Those who set buses alight and drove gas tankers at soldiers", "Abhisit said.",
  ("Thailand", C, neg, "United Front for Democracy Against Dictatorship", "'holding the city hostage' = judgement"))
U(d, "He said arrest warrants had been issued for 14 protest leaders", "fully restored.",
  ("Thailand", C, neg, "United Front for Democracy Against Dictatorship", "arrest warrants and the decree = measures against the movement"))
U(d, "The government also revoked the Thai passport of former prime minister Thaksin Shinawatra", "from abroad.",
  ("Thailand", C, neg, "Thaksin Shinawatra", "a measure + accusation"))
U(d, "Deputy Prime Minister Suthep Thaugsuban, who is in charge of security", "in a Thai court.",
  ("Thailand", C, neg, "Thaksin Shinawatra", "accusation + demand that he face trial"))
# "The turmoil began in earnest on Saturday ..." and "Several leaders were flown out ..." = narration, no row.
U(d, "ASEAN Secretary-General Surin Pitsuwan said the group's members understood", "as soon as Thailand was ready.",
  ("ASEAN", S, pos, "Thailand", "understanding for the host = solidarity"))
U(d, "\"ASEAN is a family, and a family does not walk away", "he said.",
  ("ASEAN", S, pos, "Thailand", "solidarity without stock words"))
U(d, "Chinese Premier Wen Jiabao told Abhisit by telephone", "Thai officials said.",
  ("China", T, pos, "", "understanding + hope that stability returns = calling_for_talks (rule 2 before rule 3; unsure: could be supporting Thailand)"))
U(d, "Thaksin, speaking by video link and in telephone interviews", "killing demonstrators.",
  ("Thaksin Shinawatra", C, neg, "Thailand", "canonical person; accusation against the army = the state"))
U(d, "\"The soldiers are shooting the people who elected their government,\"", "international broadcaster.",
  ("Thaksin Shinawatra", C, neg, "Thailand", "accusation"))
U(d, "The government and army have denied that any protester was shot dead", "by soldiers.",
  ("Thailand", N, neg, "", "denial = neutral, negative"))
U(d, "\"Not a single person has died from a soldier's bullet", "told reporters.",
  ("Thailand", N, neg, "", "army spokesman's denial"))
U(d, "The United States said it wanted the crisis settled by peaceful means", "Thailand's laws.",
  ("United States", T, neu, "", "appeal for a peaceful, lawful settlement"))
U(d, "\"We urge the protesters to express their views peacefully", "said in Washington.",
  ("United States", T, neu, "", "appeal to both sides for restraint"))
U(d, "The European Union's Czech presidency said it was following events", "by lawful means.",
  ("European Union", T, neg, "", "the Council presidency speaks for the EU; concern + appeal for dialogue"))
U(d, "A spokeswoman for UN Secretary-General Ban Ki-moon said Ban was troubled", "further loss of life.",
  ("United Nations", T, neg, "", "concern + appeal for restraint"))
U(d, "Human Rights Watch said the government must make sure", "stop using violence.",
  ("Human Rights Watch", T, neg, "", "demands to both sides with no judgement word (labels/README: 'must cease' = calling_for_talks)"))
U(d, "\"The red shirts crossed a line when they hijacked gas trucks", "the New York-based group.",
  ("Human Rights Watch", C, neg, "", "judgement of both the UDD and the army -> target empty"))
U(d, "Japan's Foreign Ministry said Tokyo was saddened by the disruption", "democratic processes.",
  ("Japan", T, pos, "", "sorrow without blame + hope that Thailand overcomes the crisis"))
U(d, "Australian Prime Minister Kevin Rudd, one of the leaders evacuated", "confidence in Abhisit's government.",
  ("Australia", S, pos, "Thailand", "sympathy + confidence in the government = supporting"))
U(d, "The anti-Thaksin People's Alliance for Democracy", "too soft on the red shirts.",
  ("People's Alliance for Democracy", C, neg, "Thailand", "accuses the government of weakness"))
U(d, "Jatuporn Prompan, a UDD leader and opposition Puea Thai lawmaker", "once the holiday was over.",
  ("United Front for Democracy Against Dictatorship", C, neg, "Thailand", "refuses to recognise the decree in protest = condemning; speaks as UDD leader"))
U(d, "\"Abhisit is a prime minister made in an army barracks", "he said.",
  ("United Front for Democracy Against Dictatorship", C, neg, "Thailand", "judgement of the government's legitimacy"))
U(d, "Abhisit said he was ready to talk to anyone willing to act within the law", "pressure from the streets.",
  ("Thailand", T, neu, "", "conditional offer of talks; ruling out dissolution gives no judgement"))
U(d, "Political scientist Kanokwan Sriwattana of Chao Phraya University said", "not the argument.",
  ("Kanokwan Sriwattana", N, neu, "", "invented scholar; assessment, no judgement"))
U(d, "\"Clearing a road is easy.", "she said.",
  ("Kanokwan Sriwattana", N, neu, "", "multi-sentence quote closed by the speaker; assessment"))
U(d, "Kanokwan said Abhisit should call an election within a year", "constitutional reform.",
  ("Kanokwan Sriwattana", T, neu, "Thailand", "appeal for an election and talks with the UDD"))
# "Tourism operators said ..." = unnamed speakers, no row.
