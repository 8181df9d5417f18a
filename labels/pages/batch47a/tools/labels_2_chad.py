# Page 2: Chad, the Adji Kossei letter and the provisional departure of US personnel (April 2024), state news agency (ATPE) dispatch.
DOC = "page_chad_adjikossei_ustroops2024_stateagency.txt"
ROWS = [
("The Minister of Communication, Spokesperson of the Government, Mr Abderaman Koulamallah, stated on Friday in N'Djamena, during a press briefing held at the premises of his department, that the decision of the United States of America to move part of its military personnel out of the Adji Kossei Air Base for a limited period was a response to the reservations raised by the General Staff of the Chadian Air Force, and that the two countries would go on working together against the terrorist groups.",
 "Chad", "neutral", "positive", "", "dateline excluded; government spokesman = Chad; reading of the US move + reassurance that cooperation continues, no judgement or appeal (unsure: could be supporting United States)"),
("The Spokesperson of the Government recalled that the Chief of Staff of the Air Force, Air Corps General Idriss Amine Ahmed, had, in a letter dated 4 April 2024 addressed to the Minister of the Armed Forces, Veterans and War Victims, reported that he had asked the Defence Attaché of the Embassy of the United States to bring the activities of the American forces on the base to a halt, after the American side had been unable to produce any agreement covering their presence at that site.",
 "Chad", "condemning", "negative", "United States", "the air force chief's order to halt US activities = a measure taken against another state, with the grievance stated (no agreement produced); the US attaché is only addressed"),
("\"The Republic of Chad is a sovereign State, and every foreign military presence on its soil, whoever the partner may be, must rest on texts that are known, signed and respected; this is not hostility towards anyone, it is simply the law,\" declared Mr Koulamallah.",
 "Chad", "neutral", "neutral", "", "a principle stated, explicitly 'not hostility towards anyone': no judgement of an actor, no appeal"),
("The Minister of Communication regretted that a correspondence internal to the army, intended for the hierarchy alone, had been placed on social networks by persons whose intentions, in his words, were anything but patriotic.",
 "Chad", "condemning", "negative", "", "'regretted' + 'anything but patriotic' = judgement on the (unnamed) leakers -> target empty"),
("Mr Koulamallah indicated that the Government had noted with satisfaction the announcement made on Thursday in Washington by the Department of Defense of the United States, according to which the movement of personnel was provisional and the two countries would take up the question of their security cooperation again once the presidential election of 6 May 2024 had been held, a calendar which, he said, suited the Chadian authorities.",
 "Chad", "supporting", "positive", "United States", "'noted with satisfaction' the US announcement = welcome of a step; Washington = place here"),
("Mr Koulamallah indicated that the Government had noted with satisfaction the announcement made on Thursday in Washington by the Department of Defense of the United States, according to which the movement of personnel was provisional and the two countries would take up the question of their security cooperation again once the presidential election of 6 May 2024 had been held, a calendar which, he said, suited the Chadian authorities.",
 "United States", "neutral", "neutral", "", "second position in the same sentence: the Pentagon's announcement relayed by Chad = a US plan (provisional move, review after the vote)"),
("He paid tribute to the contribution of the American partner to the training of the special anti-terrorist units of the Chadian National Army, which have distinguished themselves in the Lake Chad province against the terrorist groups of Boko Haram.",
 "Chad", "supporting", "positive", "United States", "praise for the US contribution = supporting; Boko Haram is only mentioned"),
("The Spokesperson of the Government added that the Government would not allow the matter to be exploited by certain circles, inside the country and abroad, to spread the idea of a rupture or to sow doubt about the strategic choices of the President of the Transition, President of the Republic, Head of State, General Mahamat Idriss Deby Itno.",
 "Chad", "condemning", "negative", "", "warning against unnamed 'certain circles' = judgement + veiled threat, no canonical target; the head of state is only the object"),
("Asked about the French forces stationed in N'Djamena, Faya and Abéché, Mr Koulamallah specified that the cooperation with the French Republic was governed by separate agreements and was not affected by the measure.",
 "Chad", "neutral", "neutral", "", "facts about separate agreements; France only mentioned"),
("\"The Government invites the population to remain calm, not to give credit to the rumours circulating on social networks and to place its trust in the Defence and Security Forces, which remain fully able to ensure the security of the national territory,\" stressed the Spokesperson of the Government.",
 "Chad", "calling_for_talks", "neutral", "", "appeal for calm addressed to the population, no judgement = calling_for_talks (unsure: an appeal to one's own citizens could be read as neutral reassurance)"),
("For his part, the Minister of Foreign Affairs, African Integration, Chadians Abroad and International Cooperation, Mr Mahamat Saleh Annadif, indicated in a statement to ATPE that Chadian diplomacy intended to keep every channel of dialogue with Washington open, and that a new framework for military cooperation, negotiated on an equal footing and in full transparency, could be examined with the American side once the electoral period had ended.",
 "Chad", "calling_for_talks", "positive", "United States", "foreign minister = Chad (Annadif, a former UN envoy, speaks here as Chad's minister); channels of dialogue + offer to negotiate a new framework; Washington = the US government"),
("The Head of Chadian diplomacy affirmed that the choice of partners belonged to Chad alone, and that N'Djamena would continue to work with all those who respect its sovereignty, in the East as in the West.",
 "Chad", "neutral", "neutral", "", "'the Head of Chadian diplomacy' = Annadif; policy stated, N'Djamena = metonym for Chad; no judgement, no named addressee"),
("On the American side, the spokesman of the Department of State, Mr Vedant Patel, quoted by the international press, stated that exchanges between the two governments on how the partnership would continue were still under way, and that Washington understood that the Chadian authorities were concentrating on the preparation of the election.",
 "United States", "calling_for_talks", "neutral", "Chad", "ongoing talks on the partnership = engaged in dialogue; the outlet quoting him is not an actor"),
("The Embassy of the United States in N'Djamena, in a message published on its official page, indicated that American and Chadian soldiers had trained and served side by side for more than ten years and that the United States valued the role played by Chad for security in the Sahel and the Lake Chad basin.",
 "United States", "supporting", "positive", "Chad", "embassy = United States; praise of Chad's role = supporting"),
("The Patriotic Salvation Movement (MPS), which supports the candidacy of the President of the Transition, welcomed in a statement signed by its National Executive Bureau the firmness shown by the Government in the defence of national sovereignty, and called on its militants to remain mobilised behind the institutions of the Republic.",
 "Patriotic Salvation Movement", "supporting", "positive", "Chad", "party (name files) welcomes the government's firmness"),
("Interviewed by ATPE, Dr Hassane Mahamat Youssouf, lecturer in international relations at the University of N'Djamena, considered that the decision showed the maturity of a diplomacy that no longer confused partnership with dependence.",
 "Hassane Mahamat Youssouf", "supporting", "positive", "Chad", "invented independent scholar; praise of the government's decision"),
("He nonetheless cautioned that Chad, surrounded by crises in Sudan, Libya, Niger and the Central African Republic, could not afford to lose any partner in the fight against terrorism.",
 "Hassane Mahamat Youssouf", "neutral", "negative", "", "caution about risks, no judgement of an actor and no appeal = neutral, negative tone; the listed states are places"),
("At the central market of N'Djamena, Mr Abakar Ousmane Hassaballah, a cloth trader, told ATPE that he approved of the position of the authorities, \"because a guest who does not show his papers cannot stay in the house.\"",
 "Abakar Ousmane Hassaballah", "supporting", "positive", "Chad", "invented resident; approval of the authorities' position (the proverb is aimed at the US presence, but the stance expressed is approval)"),
("Mrs Fatimé Haroun Ali, a student at the University of N'Djamena, said she hoped that the two countries would quickly reach an understanding so that the fight against the terrorists did not suffer.",
 "Fatimé Haroun Ali", "calling_for_talks", "positive", "", "invented resident; hope that the two sides agree = calling_for_talks, both sides -> target empty"),
]
# No row:
# - "It will be recalled that the United States maintains fewer than one hundred military personnel in Chad ..." (agency background, no source)
# - "The presidential election of 6 May 2024 is to close the transition ..." (background)
# - title, menu, dateline, agency codes (ATPE/MAH/AB), tags, share prompts, address and copyright
ROWS += [
("According to the same letter, the General Staff of the Air Force also reserved the possibility of asking the Government to reconsider the Status of Forces Agreement that binds the two countries.",
 "Chad", "condemning", "negative", "United States", "the army speaks for its state; a veiled threat to put the SOFA in question = threatened response (unsure: could be neutral, a possibility only)"),
("He recalled that American troops are only deployed abroad where the host government has asked for them and agrees to their presence.",
 "United States", "neutral", "neutral", "", "'He' = Patel; a principle of US policy stated, no judgement or appeal"),
]
