# ------------------------------------------------------------------ Bourj al-Barajneh twin bombings, Beirut (live blog, full HTML, 2015-11-12/13)
d = "page_beirut_bourjbarajneh_bombings2015_liveblog.html"
# Not statements: nav, breadcrumb, headline, standfirst, byline, time stamps, captions "1 of 5", ADVERTISEMENT, labels "United States:" / speaker lines ending in ':', Related, comments, footer.
# "Two explosions have struck ..." = narration, no row.
U(d, "The Lebanese army said in a statement that two suicide bombers", "near the second site.",
  ("Lebanon", N, neu, "", "army speaks for its state; facts of the attack"))
U(d, "Health Minister Wael Abou Faour, speaking at the scene, gave a toll", "in serious condition.",
  ("Lebanon", N, neu, "", "casualty figures from an actor = neutral"))
U(d, "He said hospitals in the southern suburbs", "appealed for blood donations.",
  ("Lebanon", N, neu, "", "'He' = Abou Faour; asking for blood is not supporting (asking for aid); facts"))
U(d, "Islamic State has claimed the attack", "a gathering of Hezbollah followers.",
  ("Islamic State", N, neu, "", "claim of its own attack with no judgement stated = own strike reported as done (unsure: could be condemning of Hezbollah)"))
U(d, "\"There is no cause on earth that excuses", "will refuse them that.\"",
  ("Lebanon", C, neg, "", "speaker given by the preceding line (Salam: ...); quote without verb of saying; judgement of the attackers, unnamed"))
U(d, "The premier called on all political factions to close ranks", "day of national mourning.",
  ("Lebanon", T, neg, "", "'the premier' by title; appeal for unity, no judgement in the sentence (unsure: unity appeal as calling_for_talks)"))
U(d, "Hezbollah, in a statement read on its Al-Manar television, described", "wherever they were found.",
  ("Hezbollah", C, neg, "", "judgement ('tools of the takfiri project') + vow to fight = threat; Islamic State implied, not named -> target empty"))
U(d, "Former prime minister Saad Hariri, the head of the Future Movement", "the blood of civilians.",
  ("Future Movement", C, neg, "", "party leader speaks for his party, not the state; judgement of the attack"))
U(d, "Hussein Dakroub, who runs a mobile phone shop", "before the evening prayer.",
  ("Hussein Dakroub", N, neu, "", "invented witness; scene fact"))
U(d, "\"I saw people lying in the road, and then the second one went off,\"", "he said.",
  ("Hussein Dakroub", N, neg, "", "eyewitness account"))
U(d, "\"Washington is appalled by the bombings in Beirut", "against extremist groups.",
  ("United States", C, neg, "", "condemnation + backing of Lebanon's forces: judgement decides (rule 1); attackers unnamed -> target empty"))
U(d, "UN Special Coordinator for Lebanon Sigrid Kaag said she was appalled", "keep the country safe.",
  ("United Nations", S, neg, "Lebanon", "alarm without judgement + pledge to stand by Lebanon's institutions = supporting (unsure: could be neutral)"))
U(d, "The Lebanese Red Cross has revised the toll", "in a message to reporters.",
  ("Lebanese Red Cross", N, neu, "", "figures; attribution tail"))
U(d, "UN Secretary-General Ban Ki-moon deplored what his spokesman called", "not be provoked.",
  ("United Nations", C, neg, "", "'deplored ... despicable' = judgement; appeal for unity does not override (rule 1)"))
U(d, "Tehran's reaction, via foreign ministry spokeswoman Marzieh Afkham", "the official IRNA agency.",
  ("Iran", C, neg, "", "live-blog label form; accusation of 'backers in the region' (Saudi Arabia implied, not named) -> target empty"))
U(d, "Paris: President François Hollande spoke by phone with Salam", "the Elysée said.",
  ("France", S, neg, "Lebanon", "condolences and solidarity = supporting; grief tone"))
U(d, "The Saudi foreign ministry said the kingdom condemned the bombings", "the Saudi Press Agency.",
  ("Saudi Arabia", C, neg, "", "condemnation + sympathy: judgement decides"))
U(d, "Egypt, Jordan and the United Arab Emirates also issued statements", "condemning the attack.",
  ("Egypt", C, neg, "", "list of states: one row each"),
  ("Jordan", C, neg, "", "list of states"),
  ("United Arab Emirates", C, neg, "", "list of states"))
U(d, "Interior Minister Nohad Machnouk told reporters", "more arrests were expected.",
  ("Lebanon", N, neu, "", "arrests reported as facts"))
U(d, "\"We will not give the details yet, the inquiry is moving quickly,\" Machnouk said.", "Machnouk said.",
  ("Lebanon", N, neu, "", "surname only; procedure"))
U(d, "\"Lebanon has shown extraordinary resilience", "and its security forces.\"",
  ("European Union", S, pos, "Lebanon", "speaker given by the label line; praise + continued support"))
U(d, "Maha Khalil, a researcher at the Beirut Institute for Policy Studies, said", "Syrian refugees.",
  ("Maha Khalil", C, neg, "Islamic State", "invented analyst; reading of the bombers' aim = judgement of IS's intent (unsure: could be neutral analysis)"))
U(d, "\"The worst outcome now would be reprisals against refugees", "she said.",
  ("Maha Khalil", T, neg, "", "appeal to the parties to speak against reprisals = appeal for restraint"))
U(d, "Moscow: the Russian foreign ministry said the bombings confirmed", "in a statement.",
  ("Russia", N, neg, "", "label form with Moscow:; a call for a counter-terror front is neither a judgement of a named actor nor a peace appeal = neutral (unsure)"))
# "We are closing this live page." = furniture, no row.
