DOC = "page_colombia_amalfi_cali_attacks2025_liveblog.html"
# No row: header, menus, LIVE badge, headline, standfirst, byline, update time, Key events bullets, figure caption, time stamps, entry headings,
# lead-ins to embeds ("... posted this:"), embed signatures, share bar, topics, related and most-viewed lists, footer.
# No row (narration): the truck-bomb sentence in 16.05, "The audience observed a minute's silence for the dead.",
# "Welcome to our live coverage. A police Black Hawk helicopter has crashed ...".
# Embedded posts are cut into sentences, one row each (as in earlier live blogs of the project).
# New actors: Estado Mayor Central (Mordisco's FARC dissident faction), Estado Mayor de Bloques y Frente (Calarca's faction, 36th Front), Valentina Ospina.
ROWS = [
# 08.40
("The National Police said on Friday morning that a 13th officer injured in Amalfi had died in hospital in Medellín, bringing the combined toll of Thursday's two attacks to 19.",
 "Colombia", "neutral", "neutral", "", "National Police = Colombia; toll"),
("Cali's health secretariat said 71 people had been treated for injuries after the blast and that 14 of them were still in hospital.",
 "Colombia", "neutral", "neutral", "", "municipal health office = Colombia; figures"),
# 07.55
("President Gustavo Petro said on X that he would chair a security council in Cali this morning with the defence minister and the military high command.",
 "Colombia", "neutral", "neutral", "", "plan"),
# 23.05
("The US State Department condemned both attacks as acts of terrorism and sent its condolences to the families of the victims.",
 "United States", "condemning", "negative", "", "condemnation + condolences (rule 1); no group named -> target empty"),
("The department said no American citizens were known to have been hurt.",
 "United States", "neutral", "neutral", "", "consular fact"),
("Our hearts are with the families of the police officers killed in Amalfi and of the civilians killed in Cali.",
 "United States", "supporting", "negative", "", "embedded post of the US embassy, first sentence; sympathy with families (not actors) -> target empty"),
("Those who set off bombs next to homes and schools are terrorists, and they will be treated as such.",
 "United States", "condemning", "negative", "", "same post; judgement + warning; perpetrators not named -> target empty"),
# 21.40
("The UN Verification Mission in Colombia said it rejected the violence in Amalfi and Cali and that an attack which puts a whole neighbourhood at risk can never be justified.",
 "United Nations", "condemning", "negative", "", "'rejected', 'can never be justified' = judgement of the attacks; no group named"),
("It urged all armed groups to keep civilians out of the conflict.",
 "United Nations", "calling_for_talks", "neutral", "", "'It' = the UN mission; appeal to protect civilians, several addressees"),
("The European Union's delegation in Bogotá expressed its solidarity with the victims and with the Colombian state in its fight against organised crime.",
 "European Union", "supporting", "positive", "Colombia", "solidarity with the state = support"),
("OAS Secretary General Albert Ramdin condemned the attacks and said the organisation stood with Colombia's institutions.",
 "Organization of American States", "condemning", "negative", "", "condemnation + solidarity (rule 1); the condemned are the attacks -> target empty"),
# 20.30
("Speaking at a land restitution event in Valledupar, Petro said his government would formally designate the Gulf Clan, the faction of FARC dissidents led by Iván Mordisco and the Segunda Marquetalia as terrorist organisations, and asked other governments to do the same.",
 "Colombia", "condemning", "negative", "", "a measure (terrorist designation) against three groups = condemning; several targets -> empty"),
("Petro, who blamed the Cali bombing on Mordisco's Estado Mayor Central, said an attack on a residential street could only be meant to terrorise ordinary people, and that those responsible should one day answer before an international court.",
 "Colombia", "condemning", "negative", "Estado Mayor Central", "relative clause carries the attribution; judgement + call for prosecution aimed at the EMC"),
# 19.15
("Cali mayor Alejandro Eder said six civilians had been killed and more than 60 injured, and announced that lorries heavier than four tonnes would be barred from the city's streets at night.",
 "Colombia", "neutral", "neutral", "", "mayor = Colombia (local officials resolve to their state); toll + security measure, no judgement"),
("Eder and the governor of Valle del Cauca, Dilian Francisca Toro, offered a joint reward of 800 million pesos for information leading to those responsible.",
 "Colombia", "condemning", "negative", "", "a taken measure against the perpetrators (reward for their capture); unnamed perpetrators -> target empty (unsure: could be neutral procedure); mayor and governor both resolve to Colombia -> one row"),
("\"Terrorists will not bring this city to its knees. We have buried victims before and we have always come back,\" Eder said in a video message.",
 "Colombia", "condemning", "negative", "", "quote of two sentences closed by the speaker; 'terrorists' = judgement of the unnamed attackers"),
# 17.10
("Defence Minister Pedro Arnulfo Sánchez, who had initially blamed the Gulf Clan for bringing down the helicopter, said police intelligence now pointed to the 36th Front of the FARC dissidents loyal to alias Calarcá, and that the Gulf Clan had been ruled out.",
 "Colombia", "condemning", "negative", "Estado Mayor de Bloques y Frente", "defence minister = Colombia; attribution of the attack = blame; the 36th Front belongs to Calarca's faction (EMBF)"),
("\"These are criminals who kill for cocaine money. There will be no truce for them,\" Sánchez told reporters in Bogotá.",
 "Colombia", "condemning", "negative", "Estado Mayor de Bloques y Frente", "judgement + refusal of any truce = threat; 'them' = the 36th Front named in the previous sentence"),
# 16.05
("The Colombian Aerospace Force said the school's perimeter had not been breached and that none of its personnel were among the dead.",
 "Colombia", "neutral", "neutral", "", "armed force = Colombia; facts"),
("Valentina Ospina, a security researcher in Medellín, said the use of a drone to bring down a Black Hawk marked a new stage in the conflict, one the police were not equipped for.",
 "Valentina Ospina", "neutral", "negative", "", "invented analyst (new actor); assessment, no judgement of an actor"),
("She said the government's talks with some factions while others kept attacking had left the security forces unsure whom they were supposed to be fighting.",
 "Valentina Ospina", "condemning", "negative", "Colombia", "criticism of the government's policy = judgement (unsure: mild, could be neutral analysis)"),
# 14.30
("The country is losing its territory to terrorists while the government talks of peace.",
 "Álvaro Uribe", "condemning", "negative", "Colombia", "embedded post of the former president (independent person in the name files); reproach of the government"),
("Colombia must ask its allies for help before it is too late.",
 "Álvaro Uribe", "neutral", "negative", "", "same post; a call to seek foreign help: asking for aid is not supporting, no peace appeal -> neutral, negative"),
("The opposition Democratic Center party, whose presidential hopeful Miguel Uribe Turbay died ten days ago after being shot at a rally in June, said the attacks were the harvest of three years of concessions to armed groups and demanded that the government end all talks with them.",
 "Democratic Center", "condemning", "negative", "Colombia", "relative clause is narration; 'harvest of concessions' = judgement of the government; demand to end talks in protest"),
("Senators of the governing Historic Pact accused the opposition of using the dead for next year's election campaign.",
 "Historic Pact", "condemning", "negative", "", "accusation aimed at 'the opposition' (several parties, not one canonical actor) -> target empty"),
# 12.50
("Antioquia governor Andrés Julián Rendón said the dissidents under alias Calarcá, working with the ELN, had brought down the aircraft, and asked the national government to send more troops and air support to the north-east of the department.",
 "Colombia", "condemning", "negative", "", "governor = Colombia (provincial officials resolve to their state); blame of two groups -> target empty; the request for troops is not an appeal for talks"),
("My condolences to the families of the eight police officers killed in Amalfi while protecting the eradication teams.",
 "Colombia", "supporting", "negative", "", "embedded post of the president, first sentence; condolences to the families -> target empty"),
("I hold the 36th Front responsible, and the state will go after it.",
 "Colombia", "condemning", "negative", "Estado Mayor de Bloques y Frente", "same post; 'hold responsible' + announced pursuit = condemning"),
# 11.35
("The National Police said the aircraft was hit by a drone carrying explosives as it approached an area where teams were manually uprooting coca plants.",
 "Colombia", "neutral", "neutral", "", "police account of the facts, no blame"),
]
