# ------------------------------------------------------------------ Bishkek mob attacks on foreign students' hostels (live blog, 2024-05-18)
d = "page_bishkek_hostels2024_liveblog.txt"
# Not statements: masthead, menu, LIVE label, headline, date, standfirst, byline, Key events (link titles), refresh note,
# time stamps, the closing note (22:15), the welcome line (09:05, narration), share bar, topics, most viewed, copyright.
U(d, "Pakistan will run special flights from Bishkek for students who want to come home", "the cost of the tickets.",
  ("Pakistan", N, neu, "", "evacuation of own nationals announced = plan/logistics, no other actor backed or judged"))
U(d, "Deputy Prime Minister and Foreign Minister Ishaq Dar and Federal Minister Amir Muqam will travel", "the office said.",
  ("Pakistan", N, neu, "", "travel plan"))
U(d, "The Kyrgyz Interior Ministry says the situation in the capital remained calm", "Vostok-5 district.",
  ("Kyrgyzstan", N, neu, "", "ministry given by the state's adjective; situation report"))
U(d, "It said three foreign nationals and a number of local residents had been taken to hospital", "in a serious condition.",
  ("Kyrgyzstan", N, neu, "", "casualty figures from the actor = neutral"))
U(d, "The ministry also said it had detained several people it described as organisers", "\"any attempt to set citizens against guests of our country.\"",
  ("Kyrgyzstan", C, neg, "", "detentions + warning against instigators (not a canonical party) = measure/threat; target empty"))
U(d, "A fourth-year medical student from Multan, Ahmed Raza, told us by phone", "barricaded in a hostel kitchen.",
  ("Ahmed Raza", N, neg, "", "invented witness; account of the night"))
U(d, "\"They broke the doors on the first floor", "Raza said.",
  ("Ahmed Raza", N, neg, "", "testimony; the late police is described, not judged in words"))
U(d, "He said he wanted the Pakistani government to take students home", "ask questions later.",
  ("Ahmed Raza", T, neu, "Pakistan", "asking for evacuation = asking for humanitarian help (calling_for_talks, README), not supporting"))
# "Kyrgyz Foreign Minister Jeenbek Kulubaev met Pakistan's ambassador ..." = a meeting narrated, no row.
U(d, "According to the ministry's readout, Kulubaev told the ambassador", "punished under the law.",
  ("Kyrgyzstan", N, pos, "", "second-hand via a readout; reassurance about own conduct + punishment of rioters (not a canonical actor)"))
U(d, "Zaigham, for his part, thanked the Kyrgyz side for the quick deployment of police", "around the clock.",
  ("Pakistan", S, pos, "Kyrgyzstan", "ambassador speaks for Pakistan; thanks/praise = supporting (contrast with the Foreign Office's protest)"))
# "A short statement from the Kyrgyz foreign ministry earlier today was harder in tone." = summary line, no row.
U(d, "The ministry said that unnamed groups were knowingly circulating invented stories", "blacken the country's name.",
  ("Kyrgyzstan", C, neg, "", "accusation of a disinformation campaign by unnamed groups; 'Pakistani accounts' are not the Pakistani state -> target empty"))
U(d, "Its spokesperson added that no foreign student had been killed", "some accounts online were claiming.",
  ("Kyrgyzstan", N, neg, "", "spokesperson by role; denial of reports = neutral, negative"))
U(d, "Aizada Toktosunova, a Bishkek-based sociologist who studies migration, says", "amplified online within hours.",
  ("Aizada Toktosunova", N, neu, "", "invented scholar; account of causes"))
U(d, "\"What we saw last night was a failure of policing, not a clash of nations,\"", "Toktosunova told us.",
  ("Aizada Toktosunova", C, neg, "Kyrgyzstan", "'a failure of policing' = judgement without stock words on the Kyrgyz police"))
U(d, "\"The government should sit down with student associations", "she said.",
  ("Aizada Toktosunova", T, neu, "Kyrgyzstan", "speaker carried across a paragraph break ('she'); appeal for talks with students and universities"))
U(d, "Pakistan has summoned Kyrgyzstan's charge d'affaires in Islamabad", "the Foreign Office says.",
  ("Pakistan", C, neg, "Kyrgyzstan", "summoning the envoy = diplomatic protest"))
U(d, "Foreign Office spokesperson Mumtaz Zahra Baloch said the diplomat was handed a note of protest", "nothing of the kind happened again.",
  ("Pakistan", C, neg, "Kyrgyzstan", "note of protest + demand to punish = condemning"))
U(d, "\"The safety of our students is not negotiable,\" Baloch said.", "\"The safety of our students is not negotiable,\" Baloch said.",
  ("Pakistan", T, neg, "Kyrgyzstan", "insistence on protection of civilians, no judgement word (unsure: could be neutral)"))
U(d, "Egypt's Ministry of Emigration says it is in contact with Egyptian students", "in the overnight violence.",
  ("Egypt", N, neu, "", "contact and no harm = facts"))
U(d, "The ministry said the brawl on 13 May that preceded the attacks", "dealt with by the police.",
  ("Egypt", N, neu, "", "account of the trigger, no judgement"))
U(d, "Bangladesh's embassy covering Kyrgyzstan has advised Bangladeshi students", "with the mission by phone.",
  ("Bangladesh", N, neu, "", "consular advisory"))
U(d, "India's Minister of External Affairs, S. Jaishankar, wrote on X", "open to them day and night.",
  ("India", N, neu, "", "monitoring own nationals, no appeal to another actor"))
U(d, "The Indian embassy in Bishkek said in a separate post", "a 24-hour helpline number.",
  ("India", N, neu, "", "consular notice"))
U(d, "Prime Minister Shehbaz Sharif said in a statement that he was following events in Bishkek", "with great worry.",
  ("Pakistan", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "He said he had spoken to the ambassador twice since the morning", "register with the embassy.",
  ("Pakistan", N, neu, "", "procedure for returns"))
U(d, "Foreign Minister Ishaq Dar says Islamabad has raised the students' safety directly", "with the Kyrgyz authorities.",
  ("Pakistan", T, neu, "Kyrgyzstan", "appeal for protection of civilians made to Kyrgyzstan, no judgement"))
U(d, "\"Our students went to Bishkek to become doctors.", "Dar wrote on X.",
  ("Pakistan", T, neg, "Kyrgyzstan", "multi-sentence quote on social media closed by its speaker: request for protection"))
U(d, "Pakistan's ambassador to Kyrgyzstan, Hasan Zaigham, has told Pakistani students", "working with local law enforcement.",
  ("Pakistan", N, neu, "", "advisory to own nationals"))
U(d, "The embassy said it had no confirmed reports of Pakistani students being killed", "circulating on social media.",
  ("Pakistan", N, neu, "", "facts from the embassy"))
# "About 12,000 Pakistani students are enrolled ..." = background figure, no row.
