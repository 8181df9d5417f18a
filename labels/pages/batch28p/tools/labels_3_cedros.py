# ------------------------------------------------------------------ the Coast Guard shooting off Cedros that killed a Venezuelan baby (5 Feb 2022) (Trinidad daily, scraped text, 2022-02-08)
d = "page_trinidad_cedros_coastguard2022_dailynews.txt"
# Not statements: masthead, menu, breadcrumb, headline, standfirst, byline, date, share bar, photo caption with credit,
# crossheads, ADVERTISEMENT, Related, tags, Most Popular, copyright.
U(d, "National Security Minister Fitzgerald Hinds yesterday stood firmly behind the officers", "his mother wounded.",
  ("Trinidad and Tobago", N, pos, "", "a minister backing his own state's officers = own conduct, neutral (README: self-praise/reassurance); lede sentence carrying the position"))
U(d, "Speaking at a news conference at the ministry's headquarters in Port of Spain, Hinds said", "hidden below deck.",
  ("Trinidad and Tobago", N, neg, "", "rejects wrongdoing by the crew = denial, neutral with a negative tone"))
U(d, "\"These men and women go out every night into dangerous waters", "the minister said.",
  ("Trinidad and Tobago", C, neg, "", "blames the 'criminals' who organised the crossing (not an actor) -> target empty; 'the minister' = title only"))
U(d, "He said the vessel had ignored a horn, a searchlight, flares and warning shots", "in danger.",
  ("Trinidad and Tobago", N, neu, "", "the state's account of the interception, facts"))
U(d, "Hinds confirmed that the Police Service had opened an investigation", "in full.",
  ("Trinidad and Tobago", N, neu, "", "procedure"))
U(d, "According to a Coast Guard release issued on Sunday", "south-western peninsula.",
  ("Trinidad and Tobago", N, neu, "", "'according to a release' = the Coast Guard (state); time and place"))
U(d, "The release said the boat was larger than the interceptor", "disabled.",
  ("Trinidad and Tobago", N, neu, "", "account of events, no judgement word"))
# "The woman, identified by the authorities as ..." and "The baby, ... pronounced dead on arrival." = narration, no row.
U(d, "Prime Minister Dr Keith Rowley said in a statement on Sunday that he had spoken by telephone", "the child's death.",
  ("Trinidad and Tobago", S, neg, "Venezuela", "condolences to Venezuela's government = solidarity (supporting), sad tone (unsure: condolences from the side that fired could be neutral, as batch22a's Zoubi); the phone call is narration inside the sentence"))
U(d, "The Prime Minister said the country would continue to receive Venezuelans", "used migrants as cover.",
  ("Trinidad and Tobago", N, neu, "", "'The Prime Minister' by title only; policy statement"))
U(d, "\"No Government of this country can tell its Coast Guard to stand aside", "Rowley said.",
  ("Trinidad and Tobago", C, neg, "", "blames the organisers of the crossing (not an actor) -> target empty"))
U(d, "In remarks at a PNM meeting in Diego Martin last night, he said", "lectures on its humanity.",
  ("Trinidad and Tobago", N, neg, "", "the PM defends his state's record and rebuffs unnamed critics: self-praise + rejection, neutral negative; speaking of the country, so the state not the party"))
U(d, "Attorney General Faris Al-Rawi said the State would ensure", "made public.",
  ("Trinidad and Tobago", N, pos, "", "reassurance about own conduct = neutral"))
U(d, "Opposition Leader Kamla Persad-Bissessar said the Government owed the country", "had been heard.",
  ("United National Congress", C, neg, "Trinidad and Tobago", "opposition leader = her party; accusation against the government"))
U(d, "She called for the Police Complaints Authority, and not the Police Service", "until it was completed.",
  ("United National Congress", T, neg, "Trinidad and Tobago", "demand for an independent inquiry and a suspension, no judgement word = calling_for_talks (README: demands for an inquiry); unsure"))
U(d, "UNC MP Roodal Moonilal said the party would raise the matter", "on Friday.",
  ("United National Congress", N, neu, "", "procedural line"))
U(d, "In Caracas, the Venezuelan Foreign Ministry said in a communiqué", "found responsible.",
  ("Venezuela", T, neg, "Trinidad and Tobago", "grief + request for an inquiry and punishment of whoever is found responsible: no explicit judgement -> calling_for_talks"))
U(d, "Foreign Minister Félix Plasencia was quoted by the state broadcaster VTV", "the child's body.",
  ("Venezuela", N, pos, "", "'was quoted by the state broadcaster' (outlet not an actor); consular help to its own nationals = own conduct, neutral"))
U(d, "Juan Guaidó, the opposition leader recognised as interim president by the United States", "leave unpunished.",
  ("National Assembly of Venezuela", C, neg, "Trinidad and Tobago", "Guaidó = National Assembly of Venezuela in the name files; 'a crime' = judgement"))
U(d, "The UN refugee agency (UNHCR) and the International Organization for Migration said in a joint statement", "protected at sea.",
  ("UNHCR", T, neg, "", "joint statement: one row per body; mourning + appeal to all governments of the region"),
  ("International Organization for Migration", T, neg, "", "same joint statement"))
U(d, "They offered to support the Government in reviewing its procedures", "carrying migrants.",
  ("UNHCR", S, pos, "Trinidad and Tobago", "offer of assistance = supporting; 'They' = the two agencies"),
  ("International Organization for Migration", S, pos, "Trinidad and Tobago", "same sentence"))
U(d, "Amnesty International's Americas director, Erika Guevara-Rosas, said the use of firearms", "officers involved.",
  ("Amnesty International", C, neg, "Trinidad and Tobago", "'indefensible' + demand for suspension"))
# "In Cedros, ... residents said the shooting had shaken the village." = unnamed residents, no row.
U(d, "Kerwin Ramdass, a fisherman who has worked out of the Cedros jetty for thirty years", "people's lives.",
  ("Kerwin Ramdass", C, neg, "Trinidad and Tobago", "invented witness; 'a gamble with people's lives' = judgement without stock words"))
U(d, "\"You cannot see who is inside a pirogue in the dark.", "Ramdass said.",
  ("Kerwin Ramdass", N, neg, "", "observation, no new position"))
U(d, "Dr Sherry-Ann Baptiste, a lecturer in international law at the University of the West Indies", "entering illegally.",
  ("Sherry-Ann Baptiste", N, neu, "", "invented scholar; legal point, no judgement yet"))
U(d, "\"Lethal force is a last resort under international law", "Baptiste said.",
  ("Sherry-Ann Baptiste", C, neg, "Trinidad and Tobago", "a fleeing boat 'is not a threat' = the shooting judged unjustified; + inquiry demand: rule 1"))
U(d, "She said the Government should publish its maritime rules of engagement", "across the Gulf.",
  ("Sherry-Ann Baptiste", T, neu, "", "appeals for transparency and a joint mechanism with Caracas; two governments addressed -> target empty"))
U(d, "The Coast Guard has intercepted more than a dozen migrant vessels", "Ministry of National Security.",
  ("Trinidad and Tobago", N, neu, "", "figures given by the ministry"))
