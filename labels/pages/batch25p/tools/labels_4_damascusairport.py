# ------------------------------------------------------------------ Israeli strike on Damascus International Airport (Syrian state agency, 2022-06-11)
d = "page_syria_damascusairport_strike2022_statemedia.txt"
# Not statements: menu, language bar, breadcrumb, headline ("Condemnations continue": headline, no row), date/byline, [Photo] lines,
# READ ALSO, sign-off, tags, most read, copyright.
U(d, "At around 4:20 a.m. on Friday, the Israeli enemy carried out an air aggression", "a military source said.",
  ("Syria", C, neg, "Israel", "dateline excluded; unnamed military source of a named government; 'aggression' = judgement"))
U(d, "The source added that one civilian was wounded", "sustained damage.",
  ("Syria", N, neu, "", "casualty and damage figures given by an actor = neutral"))
U(d, "The Ministry of Transport announced the suspension", "Aleppo and Latakia airports.",
  ("Syria", N, neu, "", "procedure"))
U(d, "Technical teams from the General Establishment of Civil Aviation began", "repairs were completed.",
  ("Syria", N, pos, "", "narration of the repair work + the ministry's plan; reassurance"))
U(d, "The Foreign and Expatriates Ministry sent two identical letters", "breach of the UN Charter.",
  ("Syria", C, neg, "Israel", "letters as an act + 'war crime' judgement"))
U(d, "The ministry called on the Security Council to shoulder its responsibilities", "accountable for them.",
  ("Syria", C, neg, "Israel", "call for deterrent measures and accountability = condemning (calls for sanctions)"))
U(d, "The letters affirmed that Syria reserves its right", "all legitimate means.",
  ("Syria", C, neg, "Israel", "threatened response = condemning"))
U(d, "Speaker of the People's Assembly Hammouda Sabbagh described the attack", "international law and norm.",
  ("Syria", C, neg, "Israel", "parliament speaker speaks for his state; judgement without stock words"))
# "Minister of Foreign Affairs ... Mekdad received a phone call from his Iranian counterpart ..." = a call narrated, no row.
U(d, "Amir-Abdollahian condemned the strike on a civilian facility", "civilian infrastructure in war.",
  ("Iran", C, neg, "Israel", "condemnation; 'the attack' = Israel's"))
U(d, "He affirmed that the Islamic Republic of Iran would continue to stand by Syria", "done in the past.",
  ("Iran", S, pos, "Syria", "solidarity/backing"))
U(d, "Mekdad, for his part, expressed his thanks", "principled position.",
  ("Syria", S, pos, "Iran", "gratitude/approval of Iran's position"))
U(d, "In Moscow, Russian Foreign Ministry Spokeswoman Maria Zakharova said", "halted at once.",
  ("Russia", C, neg, "Israel", "rejection + 'irresponsible' + demand: judgement decides (rule 1)"))
U(d, "Zakharova said Moscow was in contact with Damascus", "airport's facilities.",
  ("Russia", N, neu, "", "surname only; contacts, no evaluation"))
U(d, "In New York, Farhan Haq, Deputy Spokesman for the UN Secretary-General, said", "UN Humanitarian Air Service.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Haq said the world organisation called on all parties", "territorial integrity.",
  ("United Nations", T, neu, "", "concern followed by an appeal to all parties = calling_for_talks"))
U(d, "The Lebanese Hezbollah said in a statement that the attack", "full solidarity with Syria.",
  ("Hezbollah", C, neg, "Israel", "judgement + solidarity: judgement decides (rule 1); 'the Zionist entity' = Israel"))
U(d, "The Foreign Ministry of the National Salvation Government in Sana'a condemned", "with American cover.",
  ("Houthis", C, neg, "", "the Sana'a government = the Houthis' administration (canonical Houthis); condemns Israel and blames the US -> two targets, empty"))
U(d, "Iraq's Foreign Ministry expressed its rejection of the attack", "security of Iraq.",
  ("Iraq", C, neg, "Israel", "rejection of the attack = judgement"))
U(d, "The Venezuelan Foreign Ministry, in a communiqué, voiced its firm condemnation", "Syrian people and government.",
  ("Venezuela", C, neg, "Israel", "state adjective + ministry; condemnation + solidarity: judgement decides"))
U(d, "The foreign ministries of Cuba, Nicaragua and Belarus also denounced", "the Syrian Foreign Ministry.",
  ("Cuba", C, neg, "Israel", "states acting as a list: one row each"),
  ("Nicaragua", C, neg, "Israel", "list"),
  ("Belarus", C, neg, "Israel", "list"))
U(d, "The Palestinian Islamic Jihad movement said the repeated aggression", "axis of resistance.",
  ("Palestinian Islamic Jihad", C, neg, "Israel", "'aggression' = judgement"))
# "For its part, the Israeli occupation army refrained as usual from commenting ..." = non-answer, no row.
U(d, "Hebrew media, however, quoted an unnamed Israeli security official", "civilian cargo planes.",
  ("Israel", C, neg, "Iran", "second-hand attribution via media to an unnamed official of a named government; own strike justified by an accusation against Iran"))
U(d, "Professor of international law at Damascus University Dr. Ghassan Yousef told SANA", "of the Geneva Conventions.",
  ("Ghassan Yousef", C, neg, "Israel", "invented scholar quoted by the state agency; judgement (grave breach)"))
U(d, "Yousef added that the silence of Western states", "persist in them.",
  ("Ghassan Yousef", C, neg, "", "judgement of Western states and Israel -> target empty"))
U(d, "Ahmad Sleiman, a Syrian who works in the Gulf", "rescheduled flight.",
  ("Ahmad Sleiman", N, neg, "", "invented traveller; facts of his own situation"))
