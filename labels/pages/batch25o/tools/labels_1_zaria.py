# ------------------------------------------------------------------ Zaria: army raid on the IMN and Iran's protest (international wire copy, 2015-12-16)
d = "page_zaria_zakzaky_2015_wire.txt"
# Not statements: menu, UPDATE headline (carries Iran's pressure and the army's charge), byline, time stamp, read time, four bullets,
# ADVERTISEMENT, crossheads, reporting credits, Related Coverage, Our Standards, tags, most read, copyright.
U(d, "Iran demanded on Tuesday that Nigeria open a full inquiry", "in a telephone call.",
  ("Iran", T, neg, "Nigeria", "dateline excluded; lede carrying a position: demand for an inquiry, no judgement word = calling_for_talks (as calls for inquiries in earlier batches)"))
U(d, "The Nigerian army, whose soldiers stormed the compound", "protect their commander.",
  ("Nigeria", C, neg, "Islamic Movement in Nigeria", "army speaks for its state; long sentence with narration; says it came under attack from his followers = accusation"))
U(d, "Rouhani told President Muhammadu Buhari that Muslims had enough enemies", "Iranian state media said.",
  ("Iran", T, neg, "", "appeal for unity among Muslims without a judgement; state media carrying a leader = Iran; aimed at Muslims at large -> target empty"))
U(d, "He also offered to fly Iranian doctors", "the reports added.",
  ("Iran", S, pos, "Nigeria", "'He' = Rouhani; offer of medical aid = supporting"))
U(d, "Buhari replied that his government would follow the affair", "released in Tehran.",
  ("Nigeria", N, neu, "", "Buhari's position reported through Tehran's readout; reassurance about own conduct = neutral"))
# "The Nigerian presidency did not issue its own readout" = non-answer, no row.
U(d, "On Monday the Iranian foreign ministry called in Nigeria's charge d'affaires", "IRNA news agency reported.",
  ("Iran", C, neg, "Nigeria", "ministry given by adjective; summons + 'could not be justified' = judgement; agency reporting is not an actor"))
U(d, "Foreign Minister Mohammad Javad Zarif raised the same concerns", "keep the country's Muslims safe.",
  ("Iran", T, neg, "Nigeria", "appeal to stop killing / protect civilians, no judgement word"))
U(d, "Onyeama was quoted in the Iranian readout as saying", "security chiefs at home.",
  ("Nigeria", T, neu, "", "passive attribution ('was quoted ... as saying'); wish that calm return = hope -> calling_for_talks"))
U(d, "Parliament Speaker Ali Larijani went further", "only Israel stood to gain.",
  ("Iran", C, neg, "Israel", "accusation that the killings served an Israeli scheme (no stock word)"))
# "Dozens of students rallied outside the Nigerian embassy ..." = narration, unnamed protesters, no row.
U(d, "The Nigerian army's spokesman, Colonel Sani Usman, said members of the Islamic Movement", "on Saturday afternoon.",
  ("Nigeria", C, neg, "Islamic Movement in Nigeria", "spokesman named by role first; accusation of an armed roadblock"))
U(d, "\"What happened at that roadblock was a deliberate attempt", "Usman said in a statement.",
  ("Nigeria", C, neg, "Islamic Movement in Nigeria", "multi-sentence quote closed by its speaker (surname only); accusation of an attempt on the army chief"))
U(d, "The spokesman added that the army regretted every life lost", "did not apply to it.",
  ("Nigeria", C, neg, "Islamic Movement in Nigeria", "'the spokesman' = Usman; regret for lives + judgement of the movement's conduct (judgement decides)"))
U(d, "Buratai was not hurt, the army said.", "Buratai was not hurt, the army said.",
  ("Nigeria", N, neu, "", "fact given by an actor"))
# "Usman gave no death toll." = non-answer, no row.
U(d, "Kaduna state governor Nasir El-Rufai said the state would set up", "leave the matter to the courts.",
  ("Nigeria", T, neu, "", "state governor resolves to Nigeria; inquiry + appeal to stay home (calm), no judgement"))
U(d, "The IMN, which draws inspiration from Iran's 1979 revolution", "none of its members attacked anyone.",
  ("Islamic Movement in Nigeria", N, neg, "", "denial = neutral, negative; relative clause is narration"))
U(d, "Its spokesman, Ibrahim Musa, said soldiers had opened fire", "the family home.",
  ("Islamic Movement in Nigeria", C, neg, "Nigeria", "accusation by describing attacks on unarmed worshippers"))
U(d, "\"They came to wipe us out, not to open a road,\"", "by telephone from Kano.",
  ("Islamic Movement in Nigeria", C, neg, "Nigeria", "'They' = the soldiers; judgement of the raid's intent"))
U(d, "\"The hospital in Zaria has run out of space for the bodies,\"", "since his arrest on Sunday.",
  ("Islamic Movement in Nigeria", N, neg, "", "facts about the dead and the leader's whereabouts, no judgement"))
U(d, "\"He was bleeding when they led him away", "and from his doctors.\"",
  ("Islamic Movement in Nigeria", C, neg, "Nigeria", "speaker carried across a paragraph break (Musa); accusation of hiding the detainee"))
U(d, "The army said late on Monday that Zakzaky was in safe custody", "without giving details.",
  ("Nigeria", N, neu, "", "the army's account of the detainee, no evaluation"))
# "A doctor at the Ahmadu Bello University Teaching Hospital, who asked not to be named, ..." = unnamed speaker, figure only; no row.
U(d, "Yusuf Abdullahi Gwadabe, a trader who lives two streets", "broke and ran.",
  ("Yusuf Abdullahi Gwadabe", C, neg, "Nigeria", "invented named witness (person); accusation by describing shooting at fleeing people"))
U(d, "\"I saw them fire at boys who were already running away,\" he said.", "\"I saw them fire at boys who were already running away,\" he said.",
  ("Yusuf Abdullahi Gwadabe", C, neg, "Nigeria", "same witness; describing attacks on civilians = condemning"))
U(d, "Amnesty International's Nigeria office said the army's response", "should be made public.",
  ("Amnesty International", C, neg, "Nigeria", "judgement ('grossly out of proportion') + call for an inquiry: rule 1"))
U(d, "Lebanon's Hezbollah, an ally of Tehran, denounced", "on its Al-Manar television.",
  ("Hezbollah", C, neg, "Nigeria", "denounces + holds Abuja to account; read on its own channel"))
U(d, "The U.S. State Department said Washington was following", "with concern.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Its spokesman, John Kirby, told reporters that all sides should show restraint", "credible and open manner.",
  ("United States", T, neu, "", "'Its' = the State Department's; restraint + inquiry appeal, no judgement; all sides -> target empty"))
U(d, "A presidential spokesman, Garba Shehu, said Buhari would not allow any group", "defy the authority of the state.",
  ("Nigeria", C, neg, "", "warning to any group (the IMN implied, not named) = threatened response; target empty (unsure: could be neutral)"))
U(d, "Shehu said the government would nevertheless wait", "about Saturday's events.",
  ("Nigeria", N, neu, "", "surname only; procedure, no evaluation"))
# "Nigerian security officials have long accused the IMN of taking its cues from Tehran, a charge the movement rejects." = vague background, no row.
U(d, "Nnamdi Okafor-Bello, a security analyst at the Centre for Democratic Stability", "anyone now in command.",
  ("Nnamdi Okafor-Bello", C, neg, "Nigeria", "invented analyst; judgement of the army's conduct without stock words"))
U(d, "\"The danger now is that a dispute inside Nigeria turns into a quarrel", "he said.",
  ("Nnamdi Okafor-Bello", N, neg, "", "risk without an appeal = neutral, negative"))
U(d, "Aisha Lawan Danjuma, who teaches political science", "speak to each side.",
  ("Aisha Lawan Danjuma", T, neu, "", "invented scholar; appeal to both sides to step back and accept mediation"))
