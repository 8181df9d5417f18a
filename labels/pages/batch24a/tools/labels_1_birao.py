# ------------------------------------------------------------------ Birao: UFDR rebels hold northeastern CAR, France agrees logistics (international wire copy, 2006-11-14)
d = "page_car_birao_ufdr_2006_wire.txt"
# Not statements: menu, UPDATE headline, byline, time stamp, the four bullets, crossheads, photo captions "[Photo 1 of 3]",
# ADVERTISEMENT, "Related:", reporting credits, Our Standards, tags, most read, copyright.
U(d, "France will airlift Central African Republic troops", "near the Sudanese border.",
  ("France", S, neu, "Central African Republic", "dateline excluded; backing by act (airlift, reconnaissance) for Bangui's army; attribution tail 'the French defence ministry said'"))
# "The decision, which followed days of public appeals ..." = outlet's characterisation, no row.
U(d, "\"Our forces will provide transport, intelligence and fuel", "told reporters in Paris.",
  ("France", S, neu, "Central African Republic", "ministry spokesman = France; support by act (transport, intelligence, fuel), limits stated without judgement"))
U(d, "He said the roughly 200 French soldiers already stationed", "protect French nationals.",
  ("France", N, neu, "", "'He' = Bureau; plans for own troops, no evaluation"))
# "Rebels of the Union of Democratic Forces for Unity (UFDR) ... seized Birao ..." = narration, no row.
U(d, "Bozize told a rally in Bangui last week that the attackers", "trying to destabilise his country.",
  ("Central African Republic", C, neg, "Sudan", "head of state = CAR; accusation against Khartoum"))
U(d, "\"Those who crossed our border did not come from nowhere.", "he said.",
  ("Central African Republic", C, neg, "Sudan", "multi-sentence quote closed by 'he said'; accusation without a stock word"))
U(d, "Government spokesman Cyriaque Gonda said on Tuesday that the army had orders", "turned their guns on an elected president.",
  ("Central African Republic", C, neg, "Union of Democratic Forces for Unity", "announced operation + refusal to bargain with the rebels, with a judgement = condemning"))
U(d, "The foreign ministry said it had summoned Sudan's charge d'affaires", "U.N. Security Council.",
  ("Central African Republic", C, neg, "Sudan", "diplomatic protest + taking the matter to the Council = a measure against Sudan"))
U(d, "The army said it had reinforced its garrison in Ndele", "the village of Ouadda.",
  ("Central African Republic", N, neu, "", "the army speaks for its state; own deployment and front line, no judgement"))
U(d, "A spokesman for Sudan's foreign ministry said Khartoum had no connection", "southwestern frontier.",
  ("Sudan", N, neg, "", "unnamed official of a named government; denial = neutral, negative"))
U(d, "\"Bangui has been singing this song for years", "the spokesman said.",
  ("Sudan", C, neg, "Central African Republic", "counter-judgement on Bangui's treatment of its north (the denial is the previous unit)"))
# "Sudan has faced repeated charges from both Bangui and N'Djamena ..." = background narration, no row.
U(d, "Chad's Communication Minister Hourmadji Moussa Doumgor said N'Djamena would help", "borders meet.",
  ("Chad", S, pos, "Central African Republic", "offer of security help = supporting"))
U(d, "The same armed groups were being shifted from one border to the next by Khartoum", "he said.",
  ("Chad", C, neg, "Sudan", "continuation by the same minister; accusation against Khartoum"))
U(d, "The six-nation Central African Economic and Monetary Community (CEMAC)", "the road north of Bangui.",
  ("CEMAC", S, neu, "Central African Republic", "regional body; extra troops for the government = backing by act"))
U(d, "U.N. spokesman Stephane Dujarric said Secretary-General Kofi Annan", "into a third country.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Annan called on the government and the UFDR to keep civilians", "Dujarric added.",
  ("United Nations", T, neu, "", "appeal to both sides: protect civilians + dialogue; two addressees -> target empty"))
U(d, "African Union Commission chairman Alpha Oumar Konare condemned the capture", "armed rebellion.",
  ("African Union", C, neg, "Union of Democratic Forces for Unity", "explicit condemnation of the rebels' seizure + refusal to recognise"))
U(d, "The U.N. refugee agency UNHCR said about 3,000 people had fled", "since the attack.",
  ("UNHCR", N, neu, "", "figures and access, no evaluation"))
U(d, "European Commissioner for Development Louis Michel said the European Union would release", "fighting in the northeast.",
  ("European Union", S, pos, "", "humanitarian aid for the displaced = supporting; aimed at civilians, not a party -> target empty"))
U(d, "In Paris, foreign ministry spokesman Jean-Baptiste Mattei said France condemned", "constitutional institutions.",
  ("France", C, neg, "Union of Democratic Forces for Unity", "condemnation of the offensive + backing of the institutions; the judgement decides (rule 1)"))
U(d, "The U.S. State Department said it was watching the situation closely", "northern prefectures.",
  ("United States", N, neg, "", "monitoring + travel advice, no appeal and no judgement = neutral (guarded tone)"))
U(d, "UFDR spokesman Abakar Sabone, speaking by satellite telephone", "since he seized power in 2003.",
  ("Union of Democratic Forces for Unity", C, neg, "Central African Republic", "rebel group; grievance against Bozize's rule = judgement"))
U(d, "\"We hold Birao, we hold the airstrip", "Sabone said.",
  ("Union of Democratic Forces for Unity", C, neg, "Central African Republic", "threat to fight the army if it comes north = condemning"))
U(d, "He said the rebels were nevertheless willing to sit down with the government", "areas under their control.",
  ("Union of Democratic Forces for Unity", T, neu, "Central African Republic", "offer of mediated talks + aid access = calling_for_talks; one addressee"))
# "Bozize, a former army chief, took power ..." and "Diplomats in Bangui say ..." = background; unnamed diplomats are not actors.
U(d, "\"Paris has chosen the narrowest role available to it.", "Bordeaux Centre for African Studies.",
  ("Helene Marchal", N, neu, "", "invented scholar; reading of France's choice, no judgement; multi-sentence quote closed by the speaker"))
U(d, "Marchal said the attack showed that Darfur's war had become a regional one", "before the fighting spread further.",
  ("Helene Marchal", T, neu, "", "appeal for a negotiated joint border force = calling_for_talks"))
U(d, "Etienne Ngaba, a researcher at the Centre for Governance Studies in Yaounde", "easier than explaining that.\"",
  ("Etienne Ngaba", C, neg, "Central African Republic", "invented researcher; quote opened after a colon; blames Bozize's broken promises"))
# The unnamed cattle trader from Birao (two sentences) is not an actor: no row.
