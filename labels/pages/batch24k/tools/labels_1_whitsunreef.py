# ------------------------------------------------------------------ Whitsun Reef standoff (wire copy, .txt, 2021-03-25)
d = "page_whitsunreef2021_wire.txt"
# Not statements: masthead, menu, headline, byline, crossheads (BEIJING DENIES MILITIA ROLE, ALLIES SPEAK UP, 'A FACT ON THE WATER'),
# reporting credits, related coverage, tags, copyright line.
U(d, "The Philippines on Thursday stepped up its campaign", "inside the Philippines' exclusive economic zone.",
  ("Philippines", C, neg, "China", "dateline excluded; long lead: narration + Lorenzana's reading of Beijing's intent, an accusation without a stock word"))
# "The boomerang-shaped reef ... Spratly archipelago." and "Vietnam also claims it." = background narration, no row.
U(d, "The National Task Force for the West Philippine Sea said", "on any of the flights since.",
  ("Philippines", N, neu, "", "a Philippine government body giving counts and observations, no judgement in the sentence"))
U(d, "\"Nobody rides out a storm for three weeks", "Lorenzana said in a statement.",
  ("Philippines", C, neg, "China", "several-sentence quote closed by the speaker; 'an insult to every Filipino' = judgement of Beijing's account"))
U(d, "Foreign Secretary Teodoro Locsin Jr., who filed a diplomatic protest", "by the end of the month.",
  ("Philippines", C, neg, "China", "protest filed + a pledge of a protest a day = a measure against China; long sentence with narration (the aide's estimate is narration)"))
U(d, "Locsin also welcomed statements from Washington and Tokyo", "fooling no one in the region.",
  ("Philippines", C, neg, "China", "welcome of allies' backing joined to a judgement of Beijing ('fooling no one'): rule 1 makes it condemning"))
U(d, "Lorenzana said the armed forces would send more patrol ships", "tried to block them.",
  ("Philippines", C, neg, "China", "announced deployment and escorts against the Chinese boats = a threatened response"))
U(d, "The military said in a separate statement that a flight on Wednesday", "still at the reef.",
  ("Philippines", N, neu, "", "figure given by the military (= Philippines)"))
U(d, "China's foreign ministry rejected Manila's description of the boats.", "China's foreign ministry rejected Manila's description of the boats.",
  ("China", N, neg, "", "denial of the Philippine account = neutral, negative tone"))
U(d, "Spokeswoman Hua Chunying told a regular briefing in Beijing", "waiting for the wind to drop.",
  ("China", N, neg, "", "sovereignty claim + denial that militia crews are present; no judgement of the Philippines"))
U(d, "She said the two governments were in touch over the matter", "avoid stirring up tension.",
  ("China", T, pos, "", "hope that all sides stay calm + appeal against tension = calling_for_talks"))
U(d, "The Chinese embassy in Manila said in a statement that guesswork", "set up in 2017.",
  ("China", T, neu, "Philippines", "offer to discuss through the consultation mechanism; 'guesswork helped no one' is a mild dig, not an explicit judgement (unsure: could be condemning)"))
U(d, "Presidential spokesman Harry Roque said President Rodrigo Duterte would raise", "for a frank conversation.",
  ("Philippines", T, pos, "China", "presidential spokesman = Philippines; a planned frank conversation with China's envoy = dialogue"))
U(d, "The United States embassy in Manila said Washington was troubled", "by sheer weight of numbers.",
  ("United States", C, neg, "China", "'accused Beijing' of crowding out smaller states = judgement"))
U(d, "State Department spokesman Ned Price told reporters in Washington", "stand by every word of it.",
  ("United States", S, pos, "Philippines", "reaffirmed treaty commitment to defend the ally = backing"))
U(d, "Japan's ambassador to Manila, Kazuhiko Koshikawa, said Tokyo was following", "with mounting unease.",
  ("Japan", N, neg, "", "concern without an appeal = neutral, negative tone"))
U(d, "Koshikawa said Japan would keep working with partners", "through peaceful means.",
  ("Japan", T, neu, "", "appeal to all claimants for peaceful settlement, no judgement"))
U(d, "Australia's ambassador, Steven Robinson, said Canberra hoped", "by the 2016 arbitral award.",
  ("Australia", T, pos, "", "hope that the boats leave and the dispute is settled by law = calling_for_talks"))
U(d, "Vietnam's foreign ministry spokeswoman, Le Thi Thu Hang, told reporters", "she asked Beijing to respect it.",
  ("Vietnam", C, neg, "China", "'trampled on Vietnamese sovereignty' = judgement; the request that follows does not lift rule 1"))
# "The 2016 ruling ... Beijing has never accepted it." = background, no row.
# "Analysts said the standoff fitted a pattern ..." = unnamed speakers, no row.
U(d, "\"The longer these boats sit there", "Manila Institute for Ocean Affairs.",
  ("Marites Velasco", N, neg, "", "invented researcher; reading of the standoff's effect, no explicit judgement"))
U(d, "Velasco said Manila should take its surveillance photographs", "before the next ministers' meeting.",
  ("Marites Velasco", T, neu, "Philippines", "appeal for a diplomatic course (ASEAN, code of conduct) addressed to Manila"))
U(d, "Zhou Minghao, a professor of international law", "to score points at home.",
  ("Zhou Minghao", C, neg, "Philippines", "invented scholar; 'inflating ... to score points at home' = judgement without a stock word"))
U(d, "In Bataraza, a fishing town on Palawan's southern tip, boat captain Rolando Abrenica said", "used to shelter.",
  ("Rolando Abrenica", N, neg, "", "invented fisherman (witness); account of what he sees, no judgement"))
U(d, "\"We used to wait out bad weather there ourselves.", "Abrenica said.",
  ("Rolando Abrenica", N, neg, "", "witness account continued"))
U(d, "The Philippine coast guard said two of its vessels would stay on station", "through the Holy Week holidays.",
  ("Philippines", N, neu, "", "own patrol plan, not aimed at the other side = neutral"))
U(d, "In Taipei, which also claims the Spratlys, the foreign ministry said", "to keep the peace.",
  ("Taiwan", T, neu, "", "'opposed any attempt by any party' aimed at no one = an appeal, not a judgement (guide: 'opposes any escalation')"))
