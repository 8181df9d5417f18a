# ------------------------------------------------------------------ Security Council meeting on reports of migrants sold at auction in Libya (UN meetings coverage, 2017-11-28)
d = "page_libya_migrant_slavery_2017_unmeetings.txt"
# Not statements: site furniture, meeting number and symbol, the two headlines (the second carries Libya's position), the
# closing meeting times, "For information media", related documents, share line, footer.
# Lead "Meeting at the request of France ... the Security Council today heard ..." = narration of the meeting (France's request is background), no row.
U(d, "Filippo Grandi, United Nations High Commissioner for Refugees, said the images", "for years.",
  ("UNHCR", N, neg, "", "no judgement of an actor: the abuses were known (UNHCR is canonical on its own)"))
U(d, "Some 17,000 people were in official detention centres in Libya", "he said.",
  ("UNHCR", N, neg, "", "figures given by an actor = neutral; protection of smugglers by armed groups is description"))
U(d, "He asked the Council to consider measures aimed at the money and movements", "stranded in Libya.",
  ("UNHCR", C, neg, "", "call for sanctions-type measures against traffickers = condemning (labels README: calls for sanctions); the resettlement appeal is secondary (rule 1); traffickers not an actor -> target empty"))
U(d, "William Lacy Swing, Director General of the International Organization for Migration", "in 2017.",
  ("International Organization for Migration", N, neu, "", "figures of its own work = neutral"))
U(d, "Mr. Swing said IOM was ready to scale up those returns", "fund the effort.",
  ("International Organization for Migration", S, neu, "", "offer of assistance conditional on access + appeal to donors = supporting (offers assistance; unsure: could be calling_for_talks for the access request)"))
U(d, "Mariam Touré-Lindgren, a researcher with the Sahel Migration Observatory, told the Council", "built on impunity.",
  ("Mariam Touré-Lindgren", C, neg, "", "invented researcher; judgement of an impunity-based trade; no canonical target"))
U(d, "\"The men who sell human beings in Libya are known by name", "she said.",
  ("Mariam Touré-Lindgren", C, neg, "", "multi-sentence quote closed by 'she said'; implicit judgement that nobody arrests them"))
U(d, "She said that policies designed only to keep migrants from reaching the sea", "part of any response.",
  ("Mariam Touré-Lindgren", C, neg, "", "judgement of containment policies (their authors unnamed) + an appeal; the judgement decides (rule 1)"))
U(d, "In the ensuing debate, the representative of France said the practices", "identified and punished.",
  ("France", C, neg, "", "'crimes against humanity'; perpetrators not an actor -> target empty"))
U(d, "He said his country would propose that the Council's sanctions committee", "traffickers concerned.",
  ("France", C, neg, "", "'he' = the French representative; sanctions proposal = condemning"))
U(d, "\"There must be no safe haven for those who trade in human beings,\" he added.", "he added.",
  ("France", C, neg, "", "speaker carried over ('he added'); judgement of traffickers"))
U(d, "The representative of the United States said her country was appalled", "should face justice.",
  ("United States", C, neg, "", "'appalled' + justice for those involved = condemning of the sellers (no canonical target)"))
U(d, "She said the United States had provided more than $40 million", "along the route.",
  ("United States", S, pos, "", "aid provided = supporting (unsure of the figure: invented, plausible)"))
U(d, "The United Kingdom's delegate said his Government welcomed the investigation", "without arrests.",
  ("United Kingdom", S, pos, "Libya", "welcome + offer of expertise, joined to a warning that is not a judgement of Libya; welcome decides (rule 3; unsure: the warning may read as pressure)"))
U(d, "The representative of Senegal, speaking on behalf of the African members", "an insult to the whole continent.",
  ("Senegal", C, neg, "", "speaking for the Council's African members (not a body) -> Senegal; judgement of the auctions"))
U(d, "He called on the Libyan authorities to guarantee the safety", "visit detention centres.",
  ("Senegal", T, neg, "Libya", "demand to one side with no judgement word = calling_for_talks (protection of civilians, access)"))
U(d, "Ethiopia's speaker said the African Union Commission had asked", "repatriate its citizens.",
  ("African Union", S, neu, "", "the AU's position relayed by Ethiopia = the AU's statement; request for an inquiry + offer to repatriate: the offer of help decides (unsure: rule 2 could give calling_for_talks)"))
U(d, "The representative of Egypt said his country had no doubt that the Libyan State", "rather than blame it.",
  ("Egypt", S, pos, "Government of National Accord", "backing of the GNA against blame = supporting"))
U(d, "The representative of the Russian Federation said the situation was a direct consequence", "criminal networks.",
  ("Russia", C, neg, "", "blame of the 2011 intervention (its NATO authors unnamed) -> target empty"))
U(d, "China's representative hoped that the parties in Libya would advance", "migration problem.",
  ("China", T, pos, "", "hope for the political process = calling_for_talks"))
U(d, "Sweden's delegate said her country was deeply disturbed", "before the end of the year.",
  ("Sweden", S, neg, "UNHCR", "alarm + more aid to UNHCR: aid decides = supporting; tone negative (unsure of sentiment)"))
U(d, "Japan's representative said Tokyo was funding IOM projects", "look at doing more.",
  ("Japan", S, pos, "International Organization for Migration", "funding = supporting; Tokyo = metonym"))
U(d, "The representative of Bolivia condemned the trade in human beings", "hands of criminals.",
  ("Bolivia", C, neg, "", "condemnation + blame of destination countries (unnamed) -> target empty"))
U(d, "The representative of Italy, speaking in his national capacity", "continue to do so.",
  ("Italy", N, pos, "", "own action at sea = self-description, neutral with positive tone"))
U(d, "The representative of Libya said his Government condemned all forms of trafficking", "reported auctions.",
  ("Libya", C, neg, "", "Libya's UN delegation speaks for the state; condemnation of trafficking (no actor target); the GNA's inquiry is mentioned in the same sentence"))
U(d, "Libya was paying the price of a crisis born far beyond its borders", "he said.",
  ("Libya", N, neg, "", "defence of its position, no judgement of a named actor (unsure)"))
U(d, "He rejected what he described as attempts to portray all Libyans as complicit", "rather than lecture them.",
  ("Libya", C, neg, "", "rejects a portrayal in protest + 'rather than lecture' = judgement of critics (unnamed) -> target empty; asks for help too (rule 1)"))
