# ------------------------------------------------------------------ Canada-India row over the killing of Hardeep Singh Nijjar (international wire copy, 2023-09-19)
d = "page_nijjar_canada_india_wire.txt"
U(d, "India on Tuesday ordered a senior Canadian diplomat to leave the country", "a charge New Delhi called baseless.",
  ("India", C, neg, "Canada", "dateline excluded; long lead mixing narration and positions: India's expulsion (a measure = condemning); Trudeau's charge is only recalled here (labelled where he speaks)"))
# "Hardeep Singh Nijjar, a Canadian citizen ..." : narration of the killing, no row (India's 2020 designation is background)
U(d, "Speaking in a hushed House of Commons on Monday afternoon, Trudeau said", "at the Group of 20 summit in New Delhi earlier this month.",
  ("Canada", N, neu, "", "own inquiry and the diplomatic steps taken, told as facts; New Delhi = place (unsure: the 'credible intelligence' already implies the charge)"))
U(d, "\"If a foreign government had any hand in the killing", "Trudeau told lawmakers.",
  ("Canada", C, neg, "India", "multi-sentence quote closed by its speaker (surname only); 'intolerable breach of our sovereignty' = judgement without the usual words"))
U(d, "He said he had urged New Delhi", "could be established.",
  ("Canada", T, neg, "India", "'He' = Trudeau; appeal to cooperate, no judgement word; New Delhi = metonym"))
U(d, "Minutes after the speech, Foreign Minister Melanie Joly announced", "what investigators had found.",
  ("Canada", C, neg, "India", "expulsion of a diplomat = condemning; Ottawa = metonym"))
U(d, "\"What we ask of India is simple", "Joly told reporters on Parliament Hill.",
  ("Canada", T, neu, "India", "request for cooperation, no judgement = calling_for_talks"))
U(d, "Public Safety Minister Dominic LeBlanc said the Royal Canadian Mounted Police", "what had come of those visits.",
  ("Canada", N, neu, "", "own procedure: who leads the inquiry and the trips to India"))
U(d, "India's Ministry of External Affairs said early on Tuesday", "any act of violence in Canada.",
  ("India", N, neg, "", "rejection of the remarks + denial of any connection = a denial: neutral, negative"))
U(d, "The ministry said the Canadian claims were intended to draw attention away", "looked the other way for years.",
  ("India", C, neg, "Canada", "'the ministry' by context; counter-accusation (safe haven, looking the other way) = condemning"))
U(d, "\"India is a democracy with a firm commitment to the rule of law,\"", "the ministry said in its statement.",
  ("India", N, pos, "", "self-praise / reassurance about its own conduct = neutral; attribution tail"))
U(d, "A few hours later the ministry summoned Canada's High Commissioner Cameron MacKay", "taking part in anti-India activities.",
  ("India", C, neg, "Canada", "summons + expulsion with the grievance stated = condemning"))
# "The diplomat was not named. MacKay left ..." : narration (MacKay says nothing), no row
# "India's main opposition party closed ranks with the government." : summary line, the specific statement follows (no row)
U(d, "Congress general secretary Jairam Ramesh wrote on social media", "came before everything else.",
  ("Indian National Congress", S, pos, "India", "Jairam Ramesh = Indian National Congress (name files); opposition party as its own actor, backing its own government; the summary line before it has no row"))
# "By Tuesday, Trudeau appeared keen to lower the temperature." : the reporter's summary, his words follow (no row)
U(d, "\"We are not trying to provoke anyone", "on his way into a cabinet meeting.",
  ("Canada", T, neg, "India", "de-escalation + wish to work with India; 'has to treat this ... seriously' is a demand, not a judgement word (rule 2)"))
U(d, "Global Affairs Canada on Tuesday updated its travel advice", "Jammu and Kashmir.",
  ("Canada", N, neu, "", "own measure for its citizens, no judgement"))
U(d, "A senior Canadian official, briefing reporters on condition of anonymity", "no plans for further expulsions for now.",
  ("Canada", N, neu, "", "unnamed official of a named government speaks for it; facts and plans; Washington and London = places/metonyms as addressees"))
# "Canada's partners in the Five Eyes ... answered with care." : summary line before the specific statements, no row
U(d, "In Washington, White House National Security Council spokesperson Adrienne Watson said", "the allegations Trudeau had made.",
  ("United States", N, neg, "", "'deeply troubled' = concern without an appeal; Washington = place"))
U(d, "\"We are in regular contact with our Canadian partners.", "Watson said in a statement.",
  ("United States", T, neu, "", "demand that the investigation proceed and justice be done, no judgement word = calling_for_talks (as labels/README: demands for an investigation); nobody named"))
U(d, "A British government spokesperson said London was talking closely", "investigation had run its course.",
  ("United Kingdom", N, neu, "", "contact + holding back comment for a procedural reason = neutral; London = metonym"))
U(d, "Prime Minister Rishi Sunak's spokesman said separately", "continuing as planned.",
  ("United Kingdom", N, neu, "", "possessive speaker; own plans, no evaluation"))
U(d, "A spokesperson for Australian Foreign Minister Penny Wong said Canberra", "with senior Indian officials.",
  ("Australia", N, neg, "", "concern + concerns conveyed, no appeal = neutral, negative; Canberra = metonym"))
U(d, "Australia believed every country should let the Canadian investigation take its course", "the spokesperson added.",
  ("Australia", T, neu, "", "appeal addressed to all, no judgement; attribution tail"))
U(d, "New Zealand's foreign minister Nanaia Mahuta told reporters in Wellington", "follow the investigation closely.",
  ("New Zealand", N, neg, "", "'concerning' + monitoring, no appeal = neutral, negative; Wellington = place"))
U(d, "The World Sikh Organization of Canada, an advocacy group, said it was grateful", "a measure of reassurance.",
  ("World Sikh Organization of Canada", S, pos, "Canada", "gratitude/approval of the prime minister's statement = supporting"))
U(d, "The group said Indian agencies had for years harassed and surveilled", "his life was in danger.",
  ("World Sikh Organization of Canada", C, neg, "India", "'The group' = WSO; accusation against Indian agencies"))
U(d, "New Democratic Party leader Jagmeet Singh, the first Sikh to lead a national party", "pursuing everyone responsible.",
  ("New Democratic Party", C, neg, "", "vow to pursue those responsible, anger; nobody named (unsure: could be neutral)"))
U(d, "Conservative leader Pierre Poilievre said Canadians deserved to hear all of the facts", "publicly about the evidence.",
  ("Conservative Party of Canada", T, neu, "Canada", "demand for information from the government, no judgement word = calling_for_talks (as demands for an explanation); target = Canada (the government)"))
# "Relations between the two countries have been strained ..." : background narration, no row
# "Analysts in New Delhi said ..." : unnamed analysts, not actors, no row
# "Nijjar's son, Balraj Singh Nijjar, told a Canadian broadcaster ..." : wish for answers + description of his father, no position on an actor (no row, unsure)
# "Canada is home to about 770,000 Sikhs ..." : narration
