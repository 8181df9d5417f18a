# ------------------------------------------------------------------ The Jolo cathedral bombing (Philippine state news agency, .txt, 2019-01-28)
d = "page_jolo_cathedral_bombing_statemedia.txt"
# Not statements: agency masthead and menu, breadcrumb, headline, byline, photo captions "Photo 1 of 4" with credits,
# ADVERTISEMENT, crossheads, Related, tags, desk initials, copyright.
U(d, "President Rodrigo Roa Duterte on Monday ordered the Armed Forces", "during Sunday Mass.",
  ("Philippines", C, neg, "Abu Sayyaf", "dateline excluded; announced military operation against an armed group = condemning"))
# "The President flew to this island town on Monday morning, inspected ... met the families" = narration of a visit, no position, no row.
U(d, "Lorenzana told reporters after the visit that the President had instructed", "would be spared.",
  ("Philippines", C, neg, "Abu Sayyaf", "reported clause: the defence secretary relays the President's order (both Philippines); 'the group' = Abu Sayyaf"))
# "The first bomb went off inside the cathedral ..." = narration, no row.
U(d, "Lt. Col. Gerry Besana, spokesperson of the AFP Western Mindanao Command", "and 111 wounded.",
  ("Philippines", N, neu, "", "army spokesperson = Philippines; casualty figures, no blame"))
U(d, "Besana also dismissed messages circulating on social media", "found to be false.",
  ("Philippines", N, neu, "", "correction of rumours = fact, no position toward an actor"))
U(d, "PNP chief Director General Oscar Albayalde said investigators had identified", "carried out in revenge.",
  ("Philippines", C, neg, "Abu Sayyaf", "police chief = Philippines; naming a suspect tied to the group and a revenge motive = accusation"))
U(d, "Presidential Spokesperson Salvador Panelo, in a statement issued on Sunday", "where they could hide.",
  ("Philippines", C, neg, "", "threat against the unnamed perpetrators (target empty)"))
U(d, "\"They will answer for every life they took,\" he said, adding", "go about their lives calmly.",
  ("Philippines", C, neg, "", "threat + reassurance to the public: the threat decides"))
U(d, "Meanwhile, Palace officials stressed that the attack would not derail", "January 21 plebiscite.",
  ("Philippines", N, pos, "", "'Palace officials' = officials of the presidency (a named body); reassurance about its own plans = neutral"))
U(d, "Moro Islamic Liberation Front chairman Al Haj Murad Ebrahim said", "decades to build.",
  ("Moro Islamic Liberation Front", C, neg, "", "sympathy + judgement of 'a small band of extremists' (unnamed): rule 1"))
U(d, "The Catholic Bishops' Conference of the Philippines (CBCP), in a statement signed", "planted the bombs.",
  ("Catholic Bishops' Conference of the Philippines", C, neg, "", "'an act of terror against people at prayer' = judgement; appeal to pray does not change rule 1"))
U(d, "Pope Francis, speaking at the end of World Youth Day in Panama", "the Vatican said.",
  ("Holy See", C, neg, "", "'the Vatican said' tail; condemnation + prayer"))
U(d, "United Nations Secretary-General Antonio Guterres denounced the attack", "Bangsamoro peace process.",
  ("United Nations", C, neg, "", "'according to a statement from his spokesperson'; denunciation + call for justice + support: rule 1"))
U(d, "The UN Security Council, in a press statement agreed by its 15 members", "to account.",
  ("United Nations", C, neg, "", "Council = United Nations; condemnation"))
U(d, "The European Union, in a statement by a spokesperson of its External Action Service", "condolences to the bereaved.",
  ("European Union", C, neg, "", "'an assault on the freedom of religion' = judgement without the stock word; condolences do not change rule 1"))
U(d, "The United States Embassy in Manila said Washington stood with", "fight against terrorism.",
  ("United States", S, pos, "Philippines", "solidarity and partnership, no judgement = supporting"))
U(d, "The Chinese Embassy in Manila said China firmly opposed all forms of terrorism", "stability in Mindanao.",
  ("China", S, pos, "Philippines", "opposition to terrorism aimed at no actor + backing of Manila's efforts = supporting (unsure: could be read as condemning the attack)"))
U(d, "The Indonesian Ministry of Foreign Affairs and Malaysia's Wisma Putra both condemned", "no place in any religion.",
  ("Indonesia", C, neg, "", "ministry given by its state's adjective; one row per state of the pair"),
  ("Malaysia", C, neg, "", "Wisma Putra / Kuala Lumpur = Malaysia; 'cowardly acts' = judgement"))
U(d, "Japan, Australia and Singapore also sent messages of condolence", "embassies in Manila.",
  ("Japan", S, pos, "Philippines", "list of states: condolences sent = sympathy by act, supporting"),
  ("Australia", S, pos, "Philippines", "same list"),
  ("Singapore", S, pos, "Philippines", "same list"))
U(d, "The Association of Southeast Asian Nations, through Secretary-General", "against violent extremism.",
  ("ASEAN", S, pos, "Philippines", "solidarity + pledge of cooperation = supporting"))
U(d, "The Organisation of Islamic Cooperation said the bombing contradicted", "stand together.",
  ("Organisation of Islamic Cooperation", C, neg, "", "religious judgement of the attack + appeal for unity: rule 1"))
U(d, "The Islamic State group, through its Amaq news outlet, said two of its fighters", "still verifying.",
  ("Islamic State", N, neu, "", "claim of its own attack reported without judgement = neutral (Amaq is its outlet)"),
  ("Philippines", N, neu, "", "the military verifying the claim = procedure"))
# "Security officials said the claim did not fit the early evidence ..." = unnamed 'security officials' with no stated tie, no row.
U(d, "Amina Hataman-Salih, a researcher at the Zamboanga-based Mindanao Peace Resource Center", "was being born.",
  ("Amina Hataman-Salih", C, neg, "", "invented independent researcher; charge that the bombers sought to divide communities (perpetrators unnamed)"))
U(d, "\"Sulu's Muslims and Christians have to keep faith with each other now", "she said.",
  ("Amina Hataman-Salih", T, pos, "", "appeal for communal unity, no judgement"))
U(d, "Ramil Abdurahman, who sells rice near the town plaza, said the blast", "waiting vehicles.",
  ("Ramil Abdurahman", N, neg, "", "invented named witness; his account of the scene, no position"))
U(d, "\"We have lived side by side with the Christians here all our lives,\" he said.", "he said.",
  ("Ramil Abdurahman", N, pos, "", "testimony of communal harmony, no appeal or judgement"))
