# Hand labels, page 3 (Andes, state news agency dispatch): Llallagua, four police officers killed, road reopened (June 2025)
DOC = "page_bolivia_llallagua_policekillings2025_stateagency.txt"
BO = "Bolivia"
MAS = "Movement for Socialism"   # Evo Morales is an alias of this actor in labels/actors.csv (see README: unsure for 2025)
C, S, N, T = "condemning", "supporting", "neutral", "calling_for_talks"

ROWS = [
    ("The Minister of Government, Roberto Ríos Sanjinés, reported on Saturday that the joint contingent of the Bolivian Police and the Armed Forces, made up of some 1,500 members, had cleared the Oruro-Llallagua-Potosí highway after twelve days of blockades by groups aligned with former president Evo Morales Ayma, and that traffic and the supply of food, fuel and medicines to the towns of northern Potosí had been restored.",
     BO, N, "neutral", "", "dateline 'La Paz, June 14 (ABI).- ' excluded; report of its own completed operation, no judgement (guide: own operation reported as done = neutral)"),
    ("Speaking at a press conference at the headquarters of the Ministry of Government in the city of La Paz, the authority stated that the operation had been carried out under the Constitution and with full respect for human rights, and that the troops would remain in the area for as long as necessary to guarantee the peace of the inhabitants of Llallagua, who had lived for days under a siege that, in his words, no Bolivian family should have to endure.",
     BO, C, "negative", "", "'the authority' = Ríos; self-reassurance plus a judgement of the blockade as a 'siege' no family should endure: rule 1; blockaders not named in this sentence -> target empty"),
    ("\"What happened in Llallagua was not a protest. People who go out to demonstrate do not carry rifles, dynamite and sniper positions. What our police officers faced was an armed attack, prepared in advance, and those who planned it and those who paid for it will answer before the courts,\" the minister declared.",
     BO, C, "negative", "", "multi-sentence quote; accusation + threat of prosecution; perpetrators unnamed -> target empty"),
    ("Ríos Sanjinés recalled that on Wednesday, June 11, Second Lieutenants Carlos Enrique Apata Tola and Brayan Jorge Barrozo Rodríguez, as well as Sergeant Second Class Jesús Alberto Mamani Morales, of the Caracoles fire brigade unit, were killed by gunfire while escorting the unblocking operation on the road to Llallagua, and that Second Lieutenant Christian Calle Alcón lost his life in the locality of Confital, in the department of Cochabamba, after an explosive charge was thrown at him.",
     BO, N, "neutral", "", "casualties named by the minister, no one blamed in the sentence = neutral (the 'Morales' in a victim's name is not the former president)"),
    ("The President of the Plurinational State, Luis Arce Catacora, who expressed his condolences to the families of the fallen officers and ordered that they receive honours, affirmed in a message addressed to the nation that the operations to reopen the roads will continue until the last blockade has been lifted and that the general elections of August 17 will take place on the date set by the electoral body.",
     BO, N, "neutral", "", "condolences to its own officers' families + plans (operations continue, election date kept); no side named; unsure: continuing operations against the blockades could be read as condemning"),
    ("\"These young men died opening the roads so that the people could get bread, gas and medicine. The Bolivian people will not allow those who fear the ballot box to impose their will with dynamite and bullets,\" the Head of State said.",
     BO, C, "negative", "", "'the Head of State' = Arce; judgement of 'those who fear the ballot box' (Morales's camp implied, not named) -> target empty"),
    ("The President also reported that 14 people had been apprehended and 19 injured in the course of the operations, and he instructed the Public Ministry and the Police to pursue the investigation to its final consequences until every person responsible has been identified.",
     BO, N, "neutral", "", "figures + its own investigation ordered; no judgement"),
    ("The Head of State also thanked the residents of Llallagua for the courage with which they resisted the siege of their town, and asked all Bolivians to accompany the Government in the defence of democracy and of the vote.",
     BO, S, "positive", "", "thanks and praise for the residents (not an actor) -> supporting, target empty"),
    ("For his part, the Vice Minister of Interior Regime and Police, Jhonny Aguilera, explained that the forensic reports on the fallen officers leave no doubt that whoever fired was shooting to kill, which, according to the authority, rules out any possibility that the deaths were accidental.",
     BO, C, "negative", "", "vice minister = Bolivia; accusation of intent to kill aimed at unnamed shooters"),
    ("Aguilera specified that the police personnel deployed to Llallagua were not carrying lethal weapons, in compliance with the protocols for the use of force established for unblocking operations.",
     BO, N, "neutral", "", "'Aguilera' = the vice minister (surname only); facts about its own forces"),
    ("The Vice Minister added that a civilian also died in the Tropics of Cochabamba, apparently while handling explosives at one of the blockade points, and that the Public Ministry is establishing the circumstances of his death.",
     BO, N, "neutral", "", "casualty fact and procedure, no blame"),
    ("The Commander General of the Bolivian Police, General Augusto Russo, indicated that police intelligence places the community known as \"México Chico\", on the outskirts of Llallagua, at the heart of the violence, describing it as an area where drug laboratories operate and where cars stolen in neighbouring countries are hidden.",
     BO, C, "negative", "", "police commander = Bolivia; accusation aimed at a community, not an actor -> target empty"),
    ("\"We are not going to accept that there are territories in Bolivia where the law does not enter. Every one of those places will be recovered, step by step,\" the commander said.",
     BO, C, "negative", "", "'not going to accept' + announced operation to retake areas = condemning; no named side"),
    ("The Minister of Defence, Edmundo Novillo Aguilar, announced that military units will continue to support the police in keeping the main highways of Potosí, Oruro and Cochabamba open, for as long as the blockades persist.",
     BO, N, "neutral", "", "defence minister = Bolivia; security plan with no side named and no judgement (same reading as Arce's plan above; unsure)"),
    ("Former president Evo Morales, who has been disqualified from standing in the elections and whose supporters have maintained blockades since early June, wrote on his social media accounts that the Government was responsible for the violence for having sent police and soldiers against peasant communities, and asked for international mediation to put an end to the conflict.",
     MAS, C, "negative", BO, "Evo Morales = Movement for Socialism (alias in actors.csv); blame + request for mediation: rule 1"),
    ("Minister Ríos Sanjinés rejected that request and pointed out that there is nothing to mediate with those who block roads in order to force an unconstitutional candidacy, while the doors of dialogue remain open to the social organisations that act within the law.",
     BO, C, "negative", MAS, "rejects Morales's request with a judgement ('unconstitutional candidacy'): rule 1 over the offer of dialogue to others"),
    ("The Minister of Government added that the Public Ministry is pursuing the investigation opened against Morales for instigating the blockades, and that the Government expects the justice system to act with the firmness that the gravity of the facts demands.",
     BO, C, "negative", MAS, "prosecution of Morales and a call for firmness = measure against him"),
    ("The Bolivian Episcopal Conference, in a statement read out on Saturday, demanded that the violence cease immediately, called for an impartial investigation into the deaths and urged political and social actors to seek a way out of the conflict through dialogue.",
     "Bolivian Episcopal Conference", T, "negative", "", "new actor (organisation); appeals to stop violence, investigate and talk, no judgement; addressed to all -> target empty"),
    ("The Office of the United Nations High Commissioner for Human Rights also expressed its concern at the loss of life in Llallagua and Cochabamba and asked the Bolivian authorities to guarantee a prompt, independent and impartial investigation.",
     "United Nations", T, "negative", BO, "OHCHR = United Nations; concern + appeal for an inquiry addressed to the authorities"),
    ("The Delegation of the European Union in Bolivia, in a message published on its social media accounts, expressed its sorrow at the deaths and called on all political and social actors to renounce violence so that the elections of August 17 can take place in a climate of peace.",
     "European Union", T, "negative", "", "EU delegation = European Union; sorrow + appeal to all, no judgement"),
    ("The Secretary General of the Organization of American States, Albert Ramdin, condemned the killing of the police officers and expressed the solidarity of the hemispheric organisation with the families of the victims and with the Bolivian people.",
     "Organization of American States", C, "negative", "", "Ramdin is OAS Secretary General from 26 May 2025 (officeholders); condemnation + solidarity: rule 1; killers unnamed -> target empty"),
    ("The Ombudsman's Office of Bolivia, which deployed staff to Llallagua during the week, reported that it had verified the situation of those detained and asked that their rights to a defence be respected.",
     "Bolivian Ombudsman's Office", T, "neutral", BO, "new actor (like the Colombian Ombudsman's Office); appeal to respect detainees' rights, addressed to the authorities"),
]
# No row: "In the town of Llallagua, residents ... and on Friday a town meeting declared Morales an enemy of the municipality."
# (residents and a town meeting are unnamed collective speakers, not actors); headline, menus, tags, related links, footer.
