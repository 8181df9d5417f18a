# ------------------------------------------------------------------ Kyrgyz-Tajik clash at the Golovnoi water intake (wire copy, 2021-04-30)
d = "page_kyrgyz_tajik_golovnoi_2021_wire.txt"
# Not statements: menu, UPDATE headline, byline, read time, time stamp, four bullets, ADVERTISEMENT, crossheads,
# reporting credits, Our Standards, Related Coverage, tags, most read. The dateline is outside the first unit.
U(d, "Kyrgyzstan accused Tajik forces on Friday of firing on villages", "regards as its own.",
  ("Kyrgyzstan", C, neg, "Tajikistan", "long lead: accusation of firing on villages"),
  ("Tajikistan", C, neg, "Kyrgyzstan", "same sentence: counter-accusation of starting the fighting and a land grab"))
# "The clash, the worst ... began on Wednesday ..." = narration, no row.
# "By Thursday morning the two armies were exchanging ..." = narration, no row.
U(d, "Kyrgyzstan's health ministry said on Friday that 13 people", "sought treatment for wounds.",
  ("Kyrgyzstan", N, neu, "", "casualty figures given by an actor"))
U(d, "Tajik officials in the town of Isfara gave no full toll", "dozens were in hospital.",
  ("Tajikistan", N, neu, "", "local officials of a named state give figures = the state; neutral"))
U(d, "Foreign Minister Ruslan Kazakbaev said Kyrgyzstan had lost lives", "the ministry said in a statement.",
  ("Kyrgyzstan", C, neg, "Tajikistan", "'an attack planned in advance' + compensation demand, attribution tail"))
U(d, "\"Our side did not start this and did not want it,\" Kazakbaev said", "every metre of our land.\"",
  ("Kyrgyzstan", N, neg, "", "denial of starting it + resolve to defend; no judgement word on the other side (unsure: veiled threat)"))
U(d, "Tajikistan's State Committee for National Security said Kyrgyz units", "could not be taken at the table.\"",
  ("Tajikistan", C, neg, "Kyrgyzstan", "state agency accuses the other side of attacking first and grabbing land"))
U(d, "The committee denied that Tajik helicopters had struck", "\"invented in Bishkek\".",
  ("Tajikistan", N, neg, "", "denial = neutral, negative"))
U(d, "Kazakbaev and his Tajik counterpart Sirojiddin Muhriddin agreed on Thursday evening", "would meet within hours.",
  ("Kyrgyzstan", T, neu, "Tajikistan", "agreeing a ceasefire and pull-back = calling_for_talks"),
  ("Tajikistan", T, neu, "Kyrgyzstan", "same agreement, both parties"))
U(d, "Muhriddin said in a statement that Dushanbe was committed", "not to answer provocations.",
  ("Tajikistan", T, pos, "", "commitment to a negotiated settlement + appeal for calm"))
U(d, "President Sadyr Japarov spoke to Tajik President Emomali Rahmon", "Japarov's office said.",
  ("Kyrgyzstan", T, neu, "Tajikistan", "agreement to hold talks on the frontier"),
  ("Tajikistan", T, neu, "Kyrgyzstan", "the other party to the agreement (reported by Kyrgyzstan's office)"))
U(d, "Japarov declared May 1 and 2 days of national mourning.", "days of national mourning.",
  ("Kyrgyzstan", N, neg, "", "an act of mourning, no position toward another actor"))
U(d, "Kyrgyz officials said more than 10,000 people had been moved", "in the town of Batken.",
  ("Kyrgyzstan", N, neu, "", "figures and relief measures for its own people"))
U(d, "Single shots were heard overnight in some districts", "\"calm on the whole, but nervous.\"",
  ("Kyrgyzstan", N, neu, "", "situation report by the border service"))
U(d, "Russia, which has military bases in both countries, said it was following", "deep concern.",
  ("Russia", N, neg, "", "concern without an appeal = neutral"))
U(d, "\"We call on our Kyrgyz and Tajik friends to show restraint", "if both capitals asked.",
  ("Russia", T, neu, "", "appeal for restraint + offer to help mediate; addressed to both"))
U(d, "Kremlin spokesman Dmitry Peskov said President Vladimir Putin had been briefed", "\"at the table, as neighbours should.\"",
  ("Russia", T, neu, "", "expectation of a negotiated settlement"))
U(d, "Stanislav Zas, secretary general of the Russian-led Collective Security Treaty Organization", "back to the diplomats.",
  ("CSTO", T, neu, "", "end the fighting, settle by political means"))
U(d, "United Nations Secretary-General Antonio Guterres welcomed the ceasefire", "his spokesman said.",
  ("United Nations", T, pos, "", "welcome of a ceasefire + appeal for dialogue: rule 2 before rule 3"))
U(d, "The European Union's foreign service said the loss of civilian lives", "negotiations on delimitation.",
  ("European Union", T, neg, "", "'regrettable' aimed at the loss of lives, not at an actor; appeal decides"))
U(d, "Ann Linde, Sweden's foreign minister and chair of the Organization", "monitoring and rebuilding trust.",
  ("OSCE", T, pos, "", "chair speaks for the OSCE; offer to help monitor = talks"))
U(d, "Uzbek President Shavkat Mirziyoyev telephoned both leaders", "the Uzbek presidency said.",
  ("Uzbekistan", T, pos, "", "offer to host talks"))
U(d, "Kazakhstan's foreign ministry said it was sending tents", "for displaced families.",
  ("Kazakhstan", S, pos, "Kyrgyzstan", "aid = supporting (backing by act)"))
U(d, "The U.S. embassy in Bishkek said Washington was saddened", "through direct talks.",
  ("United States", T, neg, "", "sorrow + appeal for a settlement"))
# "The Fergana valley is criss-crossed ..." = background, no row.
U(d, "Rahmon had visited Vorukh in early April, and Kyrgyz politicians had accused him", "laying claim to Kyrgyz land.",
  ("Kyrgyzstan", C, neg, "Tajikistan", "background accusation by Kyrgyz politicians (unsure: unnamed politicians of a named state)"))
U(d, "Aigerim Sultanova, a researcher at the Bishkek-based Central Asian Policy Institute, said", "seen to give ground.",
  ("Aigerim Sultanova", C, neg, "", "invented analyst; blames both governments (two targets -> empty)"))
U(d, "\"Neither capital prepared its people for a compromise", "she said.",
  ("Aigerim Sultanova", N, neg, "", "reading of the causes, no new judgement"))
U(d, "Sultanova said the ceasefire would hold only if the two sides brought", "to monitor it.",
  ("Aigerim Sultanova", T, neu, "", "appeal for third-party monitoring"))
U(d, "Henrik Lundqvist, a professor of Central Asian politics at Uppsala University, said", "into the dispute.",
  ("Henrik Lundqvist", C, neg, "", "invented scholar; blames Dushanbe and faults Moscow: two targets -> empty"))
U(d, "\"Sending armoured vehicles to settle an argument", "he said.",
  ("Henrik Lundqvist", C, neg, "Tajikistan", "judgement without stock words: 'reckless', 'will have to answer'"))
# "Farmers in Kok-Tash said ..." = unnamed speakers, no row.
