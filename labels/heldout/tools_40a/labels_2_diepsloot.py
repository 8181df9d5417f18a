# ------------------------------------------------------------------ Killing of Elvis Nyathi in Diepsloot, South Africa (regional daily, full HTML, 2022-04-09)
d = "page_diepsloot_nyathi2022_regionaldaily.html"
# Not statements: top bar, masthead, nav, breadcrumb, headline, standfirst, byline, time stamp, share bar, captions "1 of 3", ADVERTISEMENT, crossheads, Related, tags, newsletter prompt, comments, most read, footer.
U(d, "THE government has demanded that South Africa arrest and prosecute", "on Wednesday night.",
  ("Zimbabwe", T, neg, "South Africa", "'THE government' = Zimbabwe's (Bulawayo daily); demand for arrests with no judgement word in the sentence (unsure: not talks in the narrow sense)"))
# "Nyathi, 43, a father of four ..." = narration, no row.
U(d, "His wife, Nomsa Tshuma, said she and her husband hid", "a few metres from their gate.",
  ("Nomsa Tshuma", N, neg, "", "widow (independent person); account of the attack"))
U(d, "\"They did not ask who he was or where he worked", "since the attack.",
  ("Nomsa Tshuma", N, neg, "", "account, no explicit judgement"))
U(d, "Foreign Affairs and International Trade Minister Frederick Shava said in a statement on Friday", "could justify.",
  ("Zimbabwe", C, neg, "", "'barbaric act' = judgement on the killers (not canonical -> target empty)"))
U(d, "\"We expect the South African authorities to find every person", "Shava said.",
  ("Zimbabwe", T, neg, "South Africa", "demand for prosecution addressed to South Africa, no judgement of SA itself"))
U(d, "He said the ministry had instructed the embassy in Pretoria to give consular help", "Nyathi's body to Matobo.",
  ("Zimbabwe", S, pos, "", "consular help and repatriation paid = assistance provided"))
U(d, "Zimbabwe's Consul-General in Johannesburg, Melody Chaurura, said", "how he died.",
  ("Zimbabwe", N, neu, "", "facts about the consulate's work"))
U(d, "President Cyril Ramaphosa, speaking to reporters in Tshwane on Thursday, said no group", "would be hunted down.",
  ("South Africa", C, neg, "", "judgement on vigilantism + pledge to hunt the killers (target not canonical)"))
U(d, "He said the government was talking to community leaders in Diepsloot", "to calm the situation.",
  ("South Africa", T, neu, "", "dialogue to calm the situation = calling_for_talks"))
U(d, "Police Minister Bheki Cele said more than 50 officers", "a case of murder had been opened.",
  ("South Africa", N, neu, "", "deployment and procedure"))
U(d, "\"Nobody is above the law, whether they carry a passport or not", "Cele said.",
  ("South Africa", C, neg, "", "judgement on night-time vigilante checks, no stock word"))
U(d, "The Department of International Relations and Cooperation said South Africa remained committed", "informed of the investigation.",
  ("South Africa", N, pos, "", "reassurance about own conduct = neutral (positive tone); Harare = Zimbabwe addressed, no stance toward it"))
U(d, "Operation Dudula, the anti-migrant movement whose campaign", "in Diepsloot on Wednesday.",
  ("Operation Dudula", N, neg, "", "denial = neutral, negative; long sentence with narration"))
U(d, "Its leader, Nhlanhla \"Lux\" Dlamini, told a radio station", "against crime on their own.",
  ("Operation Dudula", N, neg, "", "denial of responsibility"))
U(d, "He repeated his demand that the government remove undocumented foreigners", "left without jobs.",
  ("Operation Dudula", C, neg, "", "demand for expulsion of migrants with a grievance (unsure: could be neutral; target not canonical)"))
U(d, "The Economic Freedom Fighters said the killing was the result", "should be banned.",
  ("Economic Freedom Fighters", C, neg, "Operation Dudula", "blame of politicians + 'vigilante outfit' to be banned; the ban call is aimed at Dudula"))
U(d, "The African Union Commission chairperson, Moussa Faki Mahamat, said he condemned", "against fellow Africans.",
  ("African Union", C, neg, "", "condemnation + appeal (rule 1); killers not canonical"))
U(d, "SADC Executive Secretary Elias Magosi said the secretariat was concerned", "the region's largest economy.",
  ("SADC", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "He called on member states to work together on migration", "wherever they live.",
  ("SADC", T, neu, "", "appeal for cooperation and protection"))
U(d, "The United Nations in South Africa said in a statement that it was deeply saddened", "counter xenophobia.",
  ("United Nations", S, neg, "South Africa", "grief + offer of support to the government = supporting (sentiment from the grief)"))
U(d, "Malawi's foreign ministry advised its citizens in Gauteng", "the high commission.",
  ("Malawi", N, neu, "", "consular advice, no evaluation"))
U(d, "Opposition Citizens Coalition for Change leader Nelson Chamisa said the killing", "through economic ruin.",
  ("Citizens Coalition for Change", C, neg, "Zimbabwe", "accuses the Harare government; Harare = metonym"))
U(d, "\"Our people are not in Diepsloot by choice,\" Chamisa wrote on Twitter.", "Chamisa wrote on Twitter.",
  ("Citizens Coalition for Change", C, neg, "Zimbabwe", "continues the accusation of the government by implication (unsure: alone it could be neutral)"))
U(d, "Tendai Mukwena, a migration researcher at the University of the Witwatersrand", "little response from the police.",
  ("Tendai Mukwena", C, neg, "South Africa", "invented researcher; judgement on police inaction"))
U(d, "\"When vigilantes are allowed to act as immigration officers in daylight", "she said.",
  ("Tendai Mukwena", C, neg, "", "judgement on vigilantes and on those who allow them (two targets -> empty)"))
U(d, "Nyathi's brother, Godknows, said the family wanted his body home", "its promise of arrests.",
  ("Godknows Nyathi", N, neu, "", "relative (independent person); the family's wish, no judgement"))
