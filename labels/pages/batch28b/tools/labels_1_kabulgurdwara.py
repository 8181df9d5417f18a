# ------------------------------------------------------------------ Kabul: attack on the Gurdwara Har Rai Sahib, Shor Bazaar (wire copy, 2020-03-25)
d = "page_kabul_harraisahib2020_wire.txt"
# Not statements: menu, headline, byline, read time, time stamp, the three bullets, crossheads, ADVERTISEMENT, credits, standards line, Related Coverage, tags, most read, copyright.
U(d, "India said on Wednesday that an assault on a Sikh temple", "had carried it out.",
  ("India", C, neg, "", "dateline excluded; headline-like lede: judgement of the attackers without a stock word; the IS claim is narrated in a subordinate clause (IS's own claim has its own row below); attackers unnamed by India -> target empty"))
# "Gunmen armed with rifles and grenades stormed ..." = narration, no row.
U(d, "Interior ministry spokesman Tariq Arian said all the attackers", "out through a side gate.",
  ("Afghanistan", N, neu, "", "ministry spokesman speaks for the state; facts of the operation"))
U(d, "A child was among the dead and eight people", "the health ministry said.",
  ("Afghanistan", N, neu, "", "casualty figures given by a ministry = neutral, attribution tail"))
U(d, "In a statement carried by its Amaq news agency", "without giving evidence.",
  ("Islamic State", N, neu, "", "claim of its own attack reported as done, no judgement stated = neutral; Amaq is the group's outlet, not an actor"))
U(d, "The Taliban, who signed a troop-withdrawal agreement", "had been involved.",
  ("Taliban", N, neg, "", "denial of involvement = neutral, negative; narration + position in one long sentence"))
U(d, "\"To go after families praying in their own temple", "said in a statement.",
  ("India", C, neg, "", "judgement of the planners and their protectors without stock words; nobody named -> target empty"))
U(d, "The ministry said India was ready to give whatever help", "who had ended the siege.",
  ("India", S, pos, "Afghanistan", "offer of help + praise of the Afghan forces = supporting"))
U(d, "External Affairs Minister Subrahmanyam Jaishankar said", "a 71-year-old man from Delhi.",
  ("India", N, neu, "", "facts about consular contact and an Indian victim"))
U(d, "In the northern state of Punjab, Chief Minister Amarinder Singh urged", "out of harm's way.",
  ("India", T, neg, "Afghanistan", "provincial chief minister resolves to his state; appeal to arrest the planners and protect civilians, no judgement word = calling_for_talks (unsure: the 'hunt down' half is a demand for justice)"))
U(d, "In Islamabad, Foreign Office spokeswoman Aisha Farooqui said Pakistan condemned", "every community in the region.",
  ("Pakistan", C, neg, "", "condemnation + sympathy (rule 1); attackers unnamed -> target empty"))
U(d, "Farooqui said Pakistan stood ready to work with Kabul", "on both sides of the border.",
  ("Pakistan", S, pos, "Afghanistan", "surname only; offer of cooperation with Kabul (metonym) = supporting"))
U(d, "Iran's foreign ministry spokesman Abbas Mousavi also denounced the attack", "to grow in Afghanistan.",
  ("Iran", C, neg, "", "denunciation + blame of 'foreign military presence' (no state named) -> target empty; 'was quoted by state media as saying' = second-hand attribution"))
U(d, "In Beijing, foreign ministry spokesman Geng Shuang told a daily briefing", "to keep its people safe.",
  ("China", S, pos, "Afghanistan", "opposition to terrorism in general (no actor) + backing of the Afghan government = supporting (unsure: could be read as condemning the attack)"))
U(d, "U.S. Secretary of State Mike Pompeo said the United States stood with", "without wasting another day.",
  ("United States", T, neu, "", "solidarity + appeal for talks between government and Taliban, no judgement: rule 2 before rule 3; addressed to two parties -> target empty"))
U(d, "Two days earlier, Pompeo had announced a $1 billion cut", "over last year's election.",
  ("United States", C, neg, "Afghanistan", "aid cut reported as done = a taken measure against the Afghan leadership = condemning (guide: sanctions); background but a specific act"))
U(d, "Zalmay Khalilzad, the U.S. envoy who negotiated", "shooting people at prayer.",
  ("United States", C, neg, "", "judgement of the attack without stock words; attackers unnamed -> target empty"))
U(d, "He said the two Afghan sides should seize the moment", "negotiations between Afghans.",
  ("United States", T, neu, "", "'He' = Khalilzad; appeal to cut violence and move to talks; two parties -> target empty"))
U(d, "The U.N. Assistance Mission in Afghanistan said it was deeply shaken", "the number of casualties.",
  ("United Nations", N, neg, "", "UN mission; shock + fact-gathering, no appeal = neutral, negative"))
U(d, "Secretary-General Antonio Guterres condemned the killings", "his spokesman in New York.",
  ("United Nations", C, neg, "", "condemnation + accountability, 'according to a statement from his spokesman'; attackers unnamed -> target empty"))
U(d, "The European Union's delegation in Kabul called on all Afghan parties", "less room to breed.",
  ("European Union", T, neu, "", "appeal to lower violence and pursue the peace process, no judgement; all parties -> target empty"))
U(d, "Canadian Prime Minister Justin Trudeau sent his condolences", "were grieving with them.",
  ("Canada", S, neg, "", "condolences = solidarity (supporting), grieving tone negative; addressed to a community, not a canonical actor -> target empty"))
U(d, "President Ghani's office said the attack was the work of enemies", "its Hindu and Sikh citizens.",
  ("Afghanistan", C, neg, "", "judgement of the attackers ('enemies of the country's many faiths') + reassurance; attackers unnamed -> target empty"))
# "Afghanistan's Sikh and Hindu population ... has dwindled ..." = background narration, no row.
U(d, "Harjit Singh, 46, who said he escaped through a back room", "anyone who moved.",
  ("Harjit Singh", N, neg, "", "invented witness, independent person; account of the attack = neutral, negative"))
U(d, "\"There is nothing left for us here,\" he said.", "relative in India will go.\"",
  ("Harjit Singh", N, neg, "", "quote continued after the attribution, same speaker; intention to leave, no judgement or appeal"))
U(d, "Avtar Singh Sodhi, an elder of the community's council in Kabul, asked India", "who wanted to leave.",
  ("Avtar Singh Sodhi", T, neg, "India", "invented community elder (person); asking for humanitarian help = calling_for_talks (README: asking for aid is not supporting)"))
U(d, "Farhad Naziri, a researcher at the Kabul Centre for Conflict Studies, said", "still strike in the capital.",
  ("Farhad Naziri", N, neu, "", "invented analyst; reading of the group's strategy, no judgement"))
U(d, "Naziri said the government had been warned for months", "to protect them.",
  ("Farhad Naziri", C, neg, "Afghanistan", "surname only; judgement of the government's failure without a stock word"))
U(d, "\"In the long run, the only thing that will keep these families safe", "he said.",
  ("Farhad Naziri", T, pos, "", "a settlement between Afghans as the way forward = calling_for_talks"))
