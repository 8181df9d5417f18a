# ------------------------------------------------------------------ The killing of Shinzo Abe in Nara, 8 July 2022 (world-reacts roundup, 2022-07-09)
d = "page_japan_abe_assassination2022_worldreacts.txt"
J = "Japan"
# Not statements: masthead, menu, breadcrumb, headline, standfirst, byline, time stamps, read time, photo captions "1 of 4", ADVERTISEMENT,
# region crossheads, Related, tags, most read, newsletter prompt, copyright.
# Targets: the gunman is not an actor, so a condemnation of the shooting has an empty target; condolences addressed to Japan or the
# Japanese people target Japan; tributes to Abe alone leave the target empty.
# "Former Japanese prime minister Shinzo Abe died on Friday ..." = narration, no row.
U(d, "Police arrested a 41-year-old man, Tetsuya Yamagami, at the scene", "home-made gun.",
  (J, N, neu, "", "police = the state; facts of the arrest"))
U(d, "Officers said the suspect had told them he held a grudge", "Abe was linked to.",
  (J, N, neu, "", "police account of the suspect's stated motive; the suspect is not an actor"))
U(d, "Prime Minister Fumio Kishida, his voice breaking, denounced the shooting", "decide an election.",
  (J, C, neg, "", "judgement of the crime + resolve that the vote goes on; the gunman is no actor -> target empty"))
U(d, "Chief Cabinet Secretary Hirokazu Matsuno said the government had set up a task force", "final day of the campaign.",
  (J, N, neu, "", "measures and procedure, no evaluation"))
# "Here is how governments and international bodies responded." = lead-in, no row.
U(d, "President Joe Biden said the murder of his friend had left him grieving and angry", "stood with Japan.",
  ("United States", S, neg, J, "grief, anger and solidarity; no judgement aimed at an actor, the solidarity decides (unsure: 'murder ... angry' could be read as a condemnation)"))
U(d, "Flags on the White House and all federal buildings at half-staff", "on Biden's order.",
  ("United States", S, neg, J, "bullet without a finite verb; a mark of mourning ordered = backing by act"))
U(d, "Prime Minister Justin Trudeau said Abe's death was a loss", "mourning with the Japanese people.",
  ("Canada", S, neg, J, "condolences to the Japanese people = supporting"))
U(d, "three days of official mourning, decreed by President Jair Bolsonaro.", "decreed by President Jair Bolsonaro.",
  ("Brazil", S, neg, J, "verbless bullet: official mourning decreed = backing by act"))
U(d, "A brutal act against a democrat, in the words of European Council President Charles Michel", "the bloc's leaders.",
  ("European Union", C, neg, "", "verbless opening judgement ('in the words of') + condolences: the judgement decides (rule 1)"))
U(d, "Chancellor Olaf Scholz said the news had left him deeply shaken", "to all Japanese.",
  ("Germany", S, neg, J, "shock + sympathy, no judgement = supporting (condolences)"))
U(d, "For President Emmanuel Macron, France had lost a friend", "to the Japanese people.",
  ("France", S, neg, J, "position attributed by 'For X,' without a verb of saying; tribute + condolences"))
U(d, "Prime Minister Boris Johnson condemned the shooting without reserve", "stood beside Japan.",
  ("United Kingdom", C, neg, "", "condemnation + solidarity: rule 1"))
U(d, "Prime Minister Mario Draghi said the attack was also an attack on Japan's democracy", "offered Italy's condolences.",
  ("Italy", C, neg, "", "judgement of the act (an attack on democracy) + condolences: rule 1"))
U(d, "In a telegram to Abe's mother and widow, President Vladimir Putin praised him", "the Kremlin said.",
  ("Russia", S, neg, "", "tribute and condolences to the family; attribution tail 'the Kremlin said'; target empty (family, not Japan)"))
U(d, "President Volodymyr Zelenskyy condemned the killing as a crime", "over the years.",
  ("Ukraine", C, neg, "", "condemnation + thanks: rule 1"))
U(d, "National mourning on Saturday.", "National mourning on Saturday.",
  ("India", S, neg, J, "verbless: a day of national mourning = backing by act"))
U(d, "Prime Minister Narendra Modi said Abe had been a personal friend", "alongside Japan.",
  ("India", S, neg, J, "tribute + shared grief = supporting"))
U(d, "Foreign ministry spokesman Zhao Lijian said China was shocked", "between the two countries.",
  ("China", S, neu, "", "shock + condolences to the family, with a distancing clause; guarded; target empty (family) (unsure: could be neutral)"))
U(d, "President Tsai Ing-wen ordered flags lowered", "for many years.",
  ("Taiwan", S, neg, "", "flags lowered in Abe's honour = backing by act; honour for Abe himself -> target empty"))
U(d, "President Yoon Suk-yeol said the shooting was a crime that no democracy could tolerate", "the Japanese people.",
  ("South Korea", C, neg, "", "judgement ('no democracy could tolerate') + condolences: rule 1"))
U(d, "A deeply sad day for the region, Prime Minister Anthony Albanese said", "on the world stage.",
  ("Australia", S, neg, "", "quote-first attribution; grief + tribute to Abe"))
U(d, "Prime Minister Lee Hsien Loong said he was horrified", "Prime Minister Kishida.",
  ("Singapore", C, neg, "", "'pointless act of violence' = judgement of the act + sympathy: rule 1"))
U(d, "President Ferdinand Marcos Jr. expressed his solidarity", "the Japanese people.",
  ("Philippines", S, neg, J, "solidarity = supporting"))
U(d, "Prime Minister Hun Sen said he hoped Japan would come through its loss", "the Kishida government.",
  ("Cambodia", T, pos, J, "hope for calm and unity + condolences: hoping that stability holds = calling_for_talks (rule 2 before rule 3) (unsure: could be supporting)"))
U(d, "Shehbaz Sharif, the prime minister, said he was saddened", "the nation's condolences.",
  ("Pakistan", S, neg, J, "title after the name; condolences = supporting"))
U(d, "The foreign ministry said Ankara condemned the shooting", "the Japanese people.",
  ("Turkey", C, neg, "", "condemnation + sorrow: rule 1; Ankara = metonym"))
U(d, "Condolences from Prime Minister Yair Lapid", "the people of Japan.",
  ("Israel", S, neg, J, "verbless opening ('Condolences from'); solidarity"))
U(d, "Secretary-General Antonio Guterres was saddened by the killing", "supporter of multilateralism.",
  ("United Nations", C, neg, "", "position given through the spokesman; condemnation + tribute: rule 1"))
U(d, "Secretary General Jens Stoltenberg denounced the killing", "closer to the alliance.",
  ("NATO", C, neg, "", "denunciation + tribute: rule 1"))
U(d, "Haruka Mizuno, a professor of politics at Kansai Gakuen University", "Asia and beyond.",
  ("Haruka Mizuno", N, neu, "", "invented scholar; reading of the tributes, no position"))
U(d, "\"Abroad he will be remembered for the Quad", "Mizuno said.",
  ("Haruka Mizuno", N, neu, "", "forecast of the debate, no judgement yet"))
U(d, "She said the police would have to answer for gaps in protection", "on an open street.",
  ("Haruka Mizuno", C, neg, J, "speaker carried to a new paragraph; police held to account for security failures = judgement on a state organ"))
U(d, "Takeshi Ueda, an office worker who was standing near the station", "was fireworks.",
  ("Takeshi Ueda", N, neu, "", "invented witness; description"))
U(d, "\"Then he fell, and everyone went quiet.", "Ueda said.",
  ("Takeshi Ueda", N, neg, "", "witness's shock, no judgement"))
