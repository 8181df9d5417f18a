# ------------------------------------------------------------------ Beirut port explosion (scraped Lebanese paper, 2020-08-05)
d = "page_beirut_blast_scraped.txt"
U(d, "Rescue teams dug through the wreckage of Beirut's port", "would be punished.",
  ("Lebanon", C, neg, "", "dateline 'BEIRUT – ' excluded; narration + 'the country's leaders promised ... punished' = threat to unnamed culprits -> target empty"))
U(d, "Health Minister Hamad Hassan said at least 135 people had been killed", "receive patients.",
  ("Lebanon", N, neu, "", "toll and facts from a minister = neutral"))
U(d, "President Michel Aoun said after an emergency session of the Higher Defence Council", "called unacceptable.",
  ("Lebanon", C, neg, "", "'unacceptable' aimed at the (unnamed) handling of the cargo -> target empty"))
U(d, "The cabinet declared a two-week state of emergency in Beirut", "told reporters.",
  ("Lebanon", N, neu, "", "own measures (state of emergency, house arrest of own officials); attribution tail to the information minister"))
U(d, "In a televised address, Prime Minister Hassan Diab said the explosion would not go unpunished.", "go unpunished.",
  ("Lebanon", C, neg, "", "promise of punishment = threat to unnamed culprits"))
U(d, "\"Whoever allowed this to happen will answer for it", "Diab said.",
  ("Lebanon", C, neg, "", "quote continued after the sentence above, same speaker; threat"))
U(d, "He urged Lebanon's friends abroad to help a country", "scale alone.",
  ("Lebanon", T, neg, "", "'He' = Diab; asking for aid = calling_for_talks (labels/README), not supporting"))
U(d, "President Emmanuel Macron wrote on Twitter that France stood with Lebanon", "on their way.",
  ("France", S, pos, "Lebanon", "solidarity + aid dispatched"))
U(d, "The Elysée said Macron would travel to Beirut on Thursday", "since the blast.",
  ("France", N, neu, "", "Elysée = France (metonym); visit plan = neutral"))
U(d, "The European Union activated its civil protection mechanism", "Janez Lenarčič said.",
  ("European Union", S, pos, "Lebanon", "aid by act; the commissioner named only in the attribution tail"))
U(d, "Qatar and Kuwait announced flights carrying field hospitals", "with its staff.",
  ("Qatar", S, pos, "Lebanon", "list of two states + a third clause with its own verb: one row each"),
  ("Kuwait", S, pos, "Lebanon", "list member"),
  ("Jordan", S, pos, "Lebanon", "third actor in the same sentence"))
U(d, "Egyptian President Abdel Fattah el-Sissi called Aoun to offer his condolences", "Lebanon needed.",
  ("Egypt", S, pos, "Lebanon", "condolences + offer of help; Aoun only the interlocutor"))
U(d, "In Tehran, President Hassan Rouhani told a cabinet meeting", "Iranian hospitals.",
  ("Iran", S, pos, "Lebanon", "offer of medical aid; Tehran = place"))
U(d, "Israel, which remains technically at war with Lebanon, also offered help", "humanitarian aid.",
  ("Israel", S, pos, "Lebanon", "joint statement of two ministers = one actor; offer of aid through intermediaries"))
U(d, "An Israeli official, speaking on condition of anonymity, told reporters", "to the explosion.",
  ("Israel", N, neg, "", "unnamed official of a named government speaks for it; denial of involvement"))
U(d, "A Lebanese government official who asked not to be named said Beirut would not take assistance", "under any circumstances.",
  ("Lebanon", C, neg, "Israel", "refusing a party in protest ('an enemy state') = condemning; Beirut = metonym; unnamed official of a named government"))
U(d, "A Hezbollah official dismissed as lies reports", "at the port.",
  ("Hezbollah", N, neg, "", "denial; 'lies' is aimed at unsourced social-media reports, not at an actor"))
U(d, "US Secretary of State Mike Pompeo said the United States was ready to help Lebanon recover", "Lebanese government.",
  ("United States", S, pos, "Lebanon", "offer of help"))
U(d, "Hours earlier, President Donald Trump told reporters in Washington", "did not support.",
  ("United States", N, neg, "", "speculation that it was an attack, nobody blamed -> neutral, negative; the 'Lebanese officials and US defence officials' who disagree are unnamed, no row"))
U(d, "UN Secretary-General António Guterres offered his condolences", "any way it could.",
  ("United Nations", S, pos, "Lebanon", "condolences + readiness to help"))
U(d, "The UN peacekeeping force in southern Lebanon said one of its ships", "some seriously.",
  ("United Nations", N, neg, "", "UNIFIL (by description) = United Nations; damage and injuries reported"))
U(d, "The International Committee of the Red Cross said it was deeply alarmed", "been destroyed.",
  ("ICRC", N, neg, "", "alarm without an appeal = neutral, negative"))
U(d, "The Lebanese Red Cross said it had sent every available ambulance", "lost their homes.",
  ("Lebanese Red Cross", S, pos, "", "relief by act (like MSF/UNHCR in batch3g) = supporting; no party targeted"))
U(d, "\"They will form a committee, and nobody will ever be punished.", "she said.",
  ("Nadine", C, neg, "Lebanon", "named resident (first name only, invented) = independent person; multi-sentence quote closed by its speaker; judgement on the state; the scene sentence before it is narrative"))
