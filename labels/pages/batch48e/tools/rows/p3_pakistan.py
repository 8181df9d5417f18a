DOC = 'page_pakistan_psx_attack2020_noonbriefing.txt'
UN = 'United Nations'
PK = 'Pakistan'
IN = 'India'
CN = 'China'
BLA = 'Baloch Liberation Army'
ROWS = [
# no row: "Good afternoon." / "Let me start with Pakistan." (greeting, housekeeping)
("As many of you saw, late yesterday we issued a statement in which the Secretary-General strongly condemned the attack on the Pakistan Stock Exchange building in Karachi, in which, according to the authorities, four members of the security staff and police were killed, along with the four attackers.",
 UN, 'condemning', 'negative', '', "the SG through his spokesman; attackers not named in the statement -> empty target; the toll is given by 'the authorities' inside the same unit (no separate row)"),
("The Secretary-General extended his deepest condolences to the families of those who lost their lives and to the Government and people of Pakistan, and he wished a speedy recovery to the injured.",
 UN, 'supporting', 'negative', PK, "condolences = sympathy (supporting), grieving tone"),
("He said that those responsible for this senseless act of terror must be brought to justice.",
 UN, 'condemning', 'negative', '', "'senseless act of terror' is an explicit judgement (rule 1), perpetrators unnamed"),
("Our colleagues in Pakistan tell us that all UN personnel in Karachi are safe and accounted for.",
 UN, 'neutral', 'neutral', '', "facts about own staff"),
("The UN country team has been in contact with the provincial authorities in Sindh.",
 UN, 'neutral', 'neutral', '', "procedure"),
("Turning to Afghanistan, the UN Assistance Mission in the country, UNAMA, said it was deeply saddened by the killing of at least 23 civilians, several of them children, when mortar rounds struck a crowded livestock market in Sangin district, in Helmand province, yesterday.",
 UN, 'neutral', 'negative', '', "UNAMA = United Nations; grief with no appeal and no blame -> neutral, negative"),
("The Mission said it was gathering the facts and called on all parties to take every possible precaution to keep civilians out of harm's way.",
 UN, 'calling_for_talks', 'neutral', '', "appeal to protect civilians addressed to all parties"),
# no row: "And you will have seen that the Secretary-General spoke by video this morning to the fourth Brussels Conference ..." (lead-in: the act of speaking carries no position)
("He told donors that Syrians had endured almost a decade of war and now faced the pandemic and an economic collapse at the same time, and he asked them to be as generous as they could.",
 UN, 'calling_for_talks', 'negative', '', "asking for humanitarian help is calling_for_talks (labels README); the donors are not one actor"),
# no row: "Okay. Let's go to the chat. Iftikhar, and then Nabil." / "Thank you, Steph. On the Karachi attack." (housekeeping)
("Speaking in the National Assembly today, Prime Minister Imran Khan told lawmakers he was certain India had planned the attack in order to destabilize Pakistan, and he compared it to the Mumbai attacks of 2008.",
 PK, 'condemning', 'negative', IN, "a journalist's question reporting the PM's position is Pakistan's statement (labels README); as head of government he speaks for the state (actors.csv lists him under his party, PTI)"),
("Foreign Minister Shah Mahmood Qureshi said yesterday that the trail led to Indian sleeper cells.",
 PK, 'condemning', 'negative', IN, "foreign minister = Pakistan; accusation"),
# no row: "Does the Secretary-General have anything to say about India's role?" (the question itself)
# no row: "Thank you, Iftikhar." / "I think the Secretary-General's statement was very clear in its condemnation." (summary line pointing back to the statement already labelled)
("I'm not going to get into questions of attribution from this podium.",
 UN, 'neutral', 'neutral', '', "declining to comment"),
("That is for the Pakistani authorities and their investigation.",
 UN, 'neutral', 'neutral', '', "deference to the national inquiry, no judgement"),
("But Pakistan says it will raise the matter with the Security Council.",
 PK, 'neutral', 'negative', IN, "a plan reported in a question; no judgement word in the unit (unsure: could be condemning India as a complaint pursued)"),
# no row: "Would he support that?" (question)
("Any Member State has the right to bring any issue to the Council, and it's for the Council members to decide how they respond.",
 UN, 'neutral', 'neutral', '', "procedure"),
("What I can tell you is that the Secretary-General has always encouraged Pakistan and India to address their differences through dialogue and to avoid any step that could raise tensions further.",
 UN, 'calling_for_talks', 'neutral', '', "appeal for dialogue and restraint addressed to both -> empty target"),
# no row: "That remains his position." (continuation adding nothing)
# no row: "Steph, on the same subject." (question lead-in)
("India's Ministry of External Affairs yesterday called the Pakistani Foreign Minister's remarks baseless, and said that Islamabad was in no position to lecture anyone on terrorism.",
 IN, 'condemning', 'negative', PK, "a denial ('baseless') alone would be neutral, but 'in no position to lecture anyone on terrorism' is a judgement on Pakistan -> condemning; Islamabad = Pakistan"),
("The ministry did, however, express India's condemnation of the attack on the exchange.",
 IN, 'condemning', 'negative', '', "'the ministry' = India's MEA; condemnation of the attack, no perpetrator named"),
# no row: "Any reaction to that?" (question)
# no row: "We have seen the statements from both capitals." (no position)
("I would just say that we welcome the condemnation of this attack from all quarters.",
 UN, 'supporting', 'positive', '', "welcome of the condemnations by several actors -> empty target"),
("The Balochistan Liberation Army claimed the attack.",
 BLA, 'neutral', 'negative', '', "'Balochistan Liberation Army' is an alias of the canonical 'Baloch Liberation Army'; claiming its own attack with no judgement in the unit -> neutral"),
("They said in their statement that they targeted the stock exchange because of Chinese investment in Balochistan, which they call exploitation.",
 BLA, 'condemning', 'negative', CN, "'exploitation' = judgement on China's investment"),
# no row: "Chinese exchanges own a stake in the bourse." (narration in the question) / "Has there been any communication with China?" (question)
# no row: "I'm not aware of any specific contact on this." (no position)
("The Secretary-General's position is that there is no justification for terrorism, whatever the cause that is invoked.",
 UN, 'condemning', 'negative', BLA, "rebuttal of the group's stated cause = judgement on the BLA's act (unsure: could be left with an empty target)"),
("The Chinese Foreign Ministry spokesman, Zhao Lijian, said yesterday that China firmly supports Pakistan in its fight against terrorism and in protecting its stability.",
 CN, 'supporting', 'positive', PK, "spokesman = China; support"),
("And China has now circulated a draft press statement in the Council condemning the attack.",
 CN, 'condemning', 'negative', '', "a specific act (drafting a condemnation), perpetrators unnamed"),
# no row: "Is the Secretary-General following that?" (question)
("The Secretary-General follows everything the Council does with great interest, but the drafting of press statements is a matter for the Council members, and I would refer you to them and to the presidency.",
 UN, 'neutral', 'neutral', '', "procedural deflection"),
("The Helmand governor's office says the Taliban fired the mortars into the market.",
 'Afghanistan', 'condemning', 'negative', 'Taliban', "provincial officials resolve to their state; accusation by describing an attack on civilians"),
("The Taliban say it was the Afghan army.",
 'Taliban', 'condemning', 'negative', 'Afghanistan', "counter-accusation; the Afghan army = Afghanistan"),
# no row: "Does UNAMA know who fired?" (question)
("As I said, UNAMA is looking into it.",
 UN, 'neutral', 'neutral', '', "procedure"),
# no row: "I don't want to prejudge the outcome." (restates the previous unit)
("Whoever is responsible, it is civilians who are paying the price, and the Mission will publish its findings when it has them.",
 UN, 'neutral', 'negative', '', "concern without an appeal + a plan"),
# no row: "Nabil?" / "Just to go back to Karachi." (housekeeping)
("The United States also condemned the attack, and its Embassy in Islamabad said it stood with the people of Pakistan.",
 'United States', 'condemning', 'negative', '', "two positions of one actor in one unit: the explicit condemnation decides (rule 1); solidarity with Pakistan noted here"),
# no row: "Are you aware of any offers of help with the investigation?" (question) / "I'm not aware of any, but I would refer you to the Member States concerned." (no position)
("Obviously, we would encourage all the countries concerned to cooperate with the investigation, in line with their obligations under the relevant Council resolutions.",
 UN, 'calling_for_talks', 'neutral', '', "appeal for cooperation addressed to several states, no judgement"),
# no row: "All right. I think that's it. Thank you. Farhan will be briefing you tomorrow." (housekeeping)
]
