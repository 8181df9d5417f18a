# ------------------------------------------------------------------ Danish cartoons: embassies burned in Damascus and Beirut (international wire copy, 2006-02-07)
d = "page_cartoons_embassies_wire.txt"
# Not statements: agency menu, section, date line, headline, byline, read time, photo captions with credits and "N of 4",
# ADVERTISEMENT, capitals crossheads, "Related:", reporting credits, Our Standards, Topics, newsletter prompt, MOST READ, copyright.
U(d, "The heads of the United Nations, the European Union's foreign policy arm", "over the weekend.",
  ("United Nations", T, neg, "", "dateline excluded; long lead: joint appeal of three bodies = one row each; the burnings are narration"),
  ("European Union", T, neg, "", "'the European Union's foreign policy arm' = Solana = EU"),
  ("Organisation of Islamic Cooperation", T, neg, "", "the Organisation of the Islamic Conference (its 2006 name) = canonical Organisation of Islamic Cooperation"))
U(d, "The joint statement, signed by U.N. Secretary-General Kofi Annan", "no justification whatever.",
  ("United Nations", C, neg, "", "joint statement: one row per signatory; understanding for the hurt + 'no justification' = judgement of the attacks (rule 1); attackers unnamed -> target empty"),
  ("European Union", C, neg, "", "Solana as signatory"),
  ("Organisation of Islamic Cooperation", C, neg, "", "Ihsanoglu as signatory"))
# No row: "The 12 cartoons, first printed by the Danish daily Jyllands-Posten ..." (background; the paper is narrated, not taking a position here)
# No row: "Several Arab governments had already recalled ..." (unnamed governments, background)
# No row: "On Saturday several thousand protesters stormed ..." (narration)
U(d, "Denmark and Norway accused Syria of failing in its duty", "leave the country at once.",
  ("Denmark", C, neg, "Syria", "two states in one sentence = two rows; accusation + travel advice"),
  ("Norway", C, neg, "Syria", "same sentence"))
# No row: "No one was inside either embassy ... according to people who work in the building." (unnamed sources, facts)
U(d, "Norwegian Foreign Minister Jonas Gahr Stoere said he had rung his Syrian counterpart", "never wanted the attack.",
  ("Norway", C, neg, "Syria", "a protest lodged with Syria = judgement by act"),
  ("Syria", N, neg, "", "al-Shara's regret and denial of intent, reported by Stoere = Syria's statement; denial = neutral, negative; Damascus = metonym"))
U(d, "Sweden summoned Syria's ambassador in Stockholm", "left unguarded.",
  ("Sweden", C, neg, "Syria", "summoning an ambassador in protest; Stockholm = place"))
# No row: "Washington went further." (summary line before the specific statement)
U(d, "The White House said on Saturday that the Syrian authorities", "to the mob.",
  ("United States", C, neg, "Syria", "accusation of negligence"))
U(d, "The State Department on Monday accused the Syrian government", "rejected as baseless.",
  ("United States", C, neg, "Syria", "accusation of backing the protests"),
  ("Syria", N, neg, "", "denial inside the same sentence (Damascus = metonym) = neutral, negative"))
U(d, "It said the United States stood fully beside Denmark", "if asked.",
  ("United States", S, pos, "Denmark", "'It' = the State Department; backing + offer of help"))
U(d, "Syria's government, in a statement carried by the state news agency SANA", "refusal to apologise for it.",
  ("Syria", C, neg, "Denmark", "regret for the damage but blame put on the paper and the Danish government (judgement decides); SANA is not an actor"))
# No row: "A day later, a crowd of some 20,000 marched ..." (narration)
U(d, "One protester died and about 30 people, many of them members of the security forces", "Lebanese officials said.",
  ("Lebanon", N, neu, "", "'Lebanese officials' = officials of a named government; casualty figures without blame = neutral"))
U(d, "Information Minister Ghazi Aridi, speaking after an emergency cabinet session", "on behalf of the whole cabinet.",
  ("Lebanon", C, neg, "", "condemnation of the rioting + apology to Denmark (rule 1); rioters unnamed -> target empty"))
U(d, "Interior Minister Hassan Sabeh offered his resignation at the same meeting", "open fire on the crowd.",
  ("Lebanon", N, neg, "", "minister's account of his own conduct (resignation, refusal to fire) = neutral (unsure: could be no row, a personal act)"))
U(d, "Prime Minister Fouad Siniora said that of the roughly 200 people detained", "across the border.",
  ("Lebanon", N, neu, "", "detention figures by nationality = neutral; 'some of his allies' accusing Damascus are unnamed -> no row for them"))
U(d, "Walid Jumblatt, the Druze leader and one of Syria's fiercest critics", "from start to finish.",
  ("Walid Jumblatt", C, neg, "Syria", "Jumblatt is his own actor in the name files (party leader, not the government)"))
U(d, "Grand Mufti Mohammed Rashid Kabbani, the senior Sunni cleric", "leave churches and homes alone.",
  ("Mohammed Rashid Kabbani", T, neu, "", "religious leader as an independent person; appeal for restraint, no judgement"))
# No row: the Ashrafieh shopkeeper (unnamed resident).
U(d, "In Copenhagen, Prime Minister Anders Fogh Rasmussen told a news conference on Monday", "in sixty years.",
  ("Denmark", N, neg, "", "assessment of the crisis without judgement or appeal = neutral, negative; Copenhagen = place"))
U(d, "\"These attacks on our embassies are outrageous and I condemn them.", "he said.",
  ("Denmark", C, neg, "", "two-sentence quote closed by 'he said' = one unit; judgement + appeal to Danes (rule 1); attackers unnamed"))
U(d, "Foreign Minister Per Stig Moeller said the ministry had told all Danes", "was safe.",
  ("Denmark", N, neu, "", "own measures and staff safety = neutral"))
U(d, "Moeller welcomed the apology from Beirut and said he hoped", "follow its example.",
  ("Denmark", S, pos, "Lebanon", "surname only; welcome of Lebanon's apology (Beirut = metonym); the hope that Damascus follows is a request for an apology, not a peace appeal"))
U(d, "Austria, which holds the EU's rotating presidency, said in the bloc's name", "Denmark and Norway.",
  ("European Union", S, pos, "", "presidency speaking in the bloc's name = EU; solidarity with two states -> target empty"))
U(d, "Austrian Foreign Minister Ursula Plassnik added that an attack", "the whole Union.",
  ("European Union", C, neg, "", "Plassnik 'added' in the presidency's name = EU; warning that attacks will be answered as attacks on the Union = threat (unsure: could be read as supporting)"))
U(d, "Iran's President Mahmoud Ahmadinejad on Saturday ordered a review of trade deals", "imports from Denmark.",
  ("Iran", C, neg, "Denmark", "trade measures against Denmark = sanctions"))
# No row: "Crowds in Tehran threw stones ..." (narration)
U(d, "Ihsanoglu, whose organisation groups 57 states, told reporters in Jeddah", "harmed the Muslim cause.",
  ("Organisation of Islamic Cooperation", C, neg, "Denmark", "surname only; blame on the Danish government + judgement of the arson; Jeddah = place"))
U(d, "The Vatican said on Saturday that freedom of expression gave no licence", "no less wrong.",
  ("Holy See", C, neg, "", "the Vatican = Holy See (name files); judgement of both the mockery and the violence -> target empty"))
# No row: "Diplomats in Beirut said ..." (unnamed), "Danish exporters, meanwhile, said ..." (unnamed companies).
