# ------------------------------------------------------------------ Sudan-Chad tit-for-tat expulsions over the UAE arms claims (wire copy, 2023-12-18)
d = "page_sudan_chad_expulsions2023_wire.txt"
# Not statements: menu, UPDATE headline, byline, read time, time stamp, four bullets, ADVERTISEMENT, crossheads, credits, Our Standards, Read Next.
U(d, "Sudan on Monday declared three Chadian diplomats persona non grata", "to the paramilitary Rapid Support Forces.",
  ("Sudan", C, neg, "Chad", "dateline excluded; expulsion = condemning"),
  ("Chad", C, neg, "Sudan", "subordinate clause: Chad's own expulsion of Sudanese envoys, a measure"))
U(d, "Sudan's foreign ministry said the decision was taken", "according to the official SUNA news agency.",
  ("Sudan", N, neu, "", "procedural justification (reciprocity); agency not an actor"))
# "The ministry gave no further reason." = non-answer, no row.
U(d, "Chad's government had announced on Sunday that it was expelling", "by a senior Sudanese army officer.",
  ("Chad", C, neg, "Sudan", "expulsion + judgement of the remarks"))
U(d, "In a statement read on state television, government spokesman Abderaman Koulamallah said", "had crossed a line.",
  ("Chad", C, neg, "Sudan", "spokesperson named by role first; judgement without stock word"))
U(d, "\"Chad has taken in more than half a million Sudanese", "Koulamallah said.",
  ("Chad", C, neg, "Sudan", "surname only; reproach of ingratitude = judgement; 'some in Port Sudan' = Sudan's authorities"))
U(d, "He said Chad remained neutral in the conflict and denied", "for the RSF on its soil.",
  ("Chad", N, neg, "", "denial = neutral, negative"))
U(d, "The row was triggered by a speech late last month in which Lieutenant General Yasser al-Atta", "and the Central African Republic.",
  ("Sudan", C, neg, "United Arab Emirates", "an army general of the ruling council speaks for Sudan; accusation of arming the RSF"))
U(d, "Al-Atta also described some officials in neighbouring states as paid agents", "had insulted the country.",
  ("Sudan", C, neg, "", "insult of officials of several states -> target empty"),
  ("Chad", C, neg, "Sudan", "'Chadian officials said' the remarks insulted the country = judgement; officials of a named government"))
# "Sudan and the UAE have already traded expulsions this month." = summary line, no row.
U(d, "Abu Dhabi told three Sudanese diplomats to leave on Dec. 9", "within 48 hours.",
  ("United Arab Emirates", C, neg, "Sudan", "expulsion = condemning"),
  ("Sudan", C, neg, "United Arab Emirates", "counter-expulsion"))
U(d, "A UAE official, asked about the Sudanese accusations, said the Emirates had wanted", "but food and medicine.",
  ("United Arab Emirates", N, neg, "", "denial of arming + own record; unnamed official of a named government (unsure: the ceasefire wish could read as calling_for_talks)"))
U(d, "The Emirati foreign ministry announced on Monday a further shipment", "to be handed to U.N. agencies.",
  ("United Arab Emirates", S, pos, "", "aid provided = supporting; beneficiaries are refugees, not a canonical actor"))
U(d, "In Washington, State Department spokesman Matthew Miller said the United States was aware", "to lower the temperature.",
  ("United States", T, neu, "", "aware + appeal to both = calling_for_talks"))
U(d, "\"The last thing the people of Sudan need", "to stop arming the two sides.",
  ("United States", T, neg, "", "appeal to outside actors to stop arming; quote with 'told a briefing, adding'"))
U(d, "The African Union Commission, in a statement from Addis Ababa, said its chairperson", "with concern.",
  ("African Union", N, neg, "", "concern without an appeal = neutral"))
U(d, "Faki asked Khartoum and N'Djamena to resolve their dispute", "the statement said.",
  ("African Union", T, neu, "", "appeal for diplomacy to both"))
U(d, "IGAD's executive secretary, Workneh Gebeyehu, said the regional bloc stood ready", "between the army chief and the RSF leader.",
  ("IGAD", T, pos, "", "offer of help + planned direct meeting = calling_for_talks"))
U(d, "Egypt's foreign ministry said Cairo was in contact with both capitals", "contained quickly.",
  ("Egypt", T, neu, "", "hope for containment = calling_for_talks"))
U(d, "The RSF welcomed Chad's decision in a post by an adviser", "thanking N'Djamena for hosting refugees.",
  ("Rapid Support Forces", C, neg, "Sudan", "welcome joined to a judgement of the army leadership: rule 1 decides"))
U(d, "Sudan's acting foreign minister, Ali al-Sadiq, told reporters", "through our neighbours' airports\".",
  ("Sudan", C, neg, "", "veiled threat ('not stay silent') aimed at 'our enemies' and unnamed neighbours -> target empty"))
U(d, "Al-Sadiq said Sudan would present evidence", "the U.N. Security Council.",
  ("Sudan", N, neu, "", "procedural plan"))
U(d, "The U.N. says more than 12,000 people have been killed", "more than 6 million from their homes.",
  ("United Nations", N, neu, "", "figures given by the UN = neutral, neutral tone (guide: casualty figures)"))
U(d, "\"Both governments are playing to a domestic audience", "Nordic Institute for Conflict Studies in Copenhagen.",
  ("Helena Korsgaard", N, neu, "", "independent analyst; assessment with the quote before the name, no judgement of one actor (unsure)"))
U(d, "Korsgaard said the danger was that eastern Chad", "to the border airfields.",
  ("Helena Korsgaard", T, neg, "African Union", "risk + appeal for a fact-finding mission"))
U(d, "Ousmane Mahamat Abakar, a Chadian lawyer", "the refugees at Adre.",
  ("Ousmane Mahamat Abakar", N, neg, "", "independent voice; assessment of the measure's uselessness (unsure: could be condemning Chad and Sudan)"))
U(d, "\"N'Djamena is right to be offended", "he said.",
  ("Ousmane Mahamat Abakar", C, neg, "", "judgement of the expulsions on both sides -> target empty"))
