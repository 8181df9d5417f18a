# ------------------------------------------------------------------ Orbán's "peace mission" to Kyiv, Moscow and Beijing (Central European site, full HTML, 2024-07-08)
d = "page_orban_peacemission_cesite.html"
# No rows: GDPR banner, top bar, logo, slogan, nav, LATEST ticker, section label, headline, summary, meta, share bar, figcaptions with credits
# and "1 of 2", crossheads, ADVERTISEMENT, "Also read:", editor's note, tags, newsletter box, comments, most read, footer.
# No row: the lead "Viktor Orbán landed in Beijing on Monday ..." (narration of the trip + summary of the EU's criticism before the specific statements).
# No row: "The Hungarian prime minister began the tour in Kyiv ..." (narration).
# No row: "Budapest has for two years been the most reluctant ..." (vague background, Budapest as subject).
U(d, "Standing next to President Volodymyr Zelensky, Orbán said he had asked his host to consider a ceasefire", "speed up peace negotiations.",
  ("Hungary", T, neu, "Ukraine", "proposal of a time-limited ceasefire to speed up talks = calling_for_talks, addressed to Zelensky (Ukraine)"))
U(d, "Zelensky did not take up the idea in public, but thanked Hungary", "its final communique.",
  ("Ukraine", S, pos, "Hungary", "non-answer on the ceasefire + thanks to Hungary for backing the peace summit = supporting"))
U(d, "Hours later, Ihor Zhovkva, deputy head of the presidential office", "where Kyiv has stood all along.",
  ("Ukraine", N, neu, "", "deputy head of the presidential office = Ukraine; declining the proposal by restating its position, no judgement = neutral; Kyiv = metonym"))
# No row: "Three days later, Orbán was in the Kremlin." (narration).
U(d, "The trip had been an open secret since Thursday, when Polish Prime Minister Donald Tusk asked on X", "could really be true.",
  ("Poland", N, neg, "", "a sceptical public question, no explicit judgement or appeal = neutral, negative (unsure: an implied reproach of Hungary)"))
U(d, "European Council President Charles Michel wrote the same day that holding the rotating presidency", "in the Union's name.",
  ("European Union", N, neg, "", "the presidency has no authority to act for the EU = procedural objection without a judgement word (neutral); Budapest and Moscow = metonyms as objects"))
U(d, "He added that the EU's leaders had long since named Russia as the aggressor", "behind Kyiv's back.",
  ("European Union", C, neg, "Russia", "pronoun subject; Russia named the aggressor = judgement"))
U(d, "EU foreign policy chief Josep Borrell said in a statement on Friday that Orbán had travelled as Hungary's leader only", "did not speak for the Union.",
  ("European Union", N, neg, "", "no mandate, does not speak for the EU = procedural disavowal (neutral, negative)"))
U(d, "Borrell also pointed out that Putin is the subject of an International Criminal Court arrest warrant", "Ukrainian children.",
  ("European Union", C, neg, "Russia", "recalling the ICC warrant for the deportation of children = accusation (unsure: could be a neutral reminder); the ICC is only mentioned"))
# No row: "Commission President Ursula von der Leyen was blunter." (summary line).
U(d, "\"You do not stop Putin by humouring him,\" she wrote on X", "united and resolute Europe.",
  ("European Union", C, neg, "", "Commission President = EU; rebuke of the visit's approach ('humouring' Putin): aimed at Orbán and Putin -> target empty"))
U(d, "German Chancellor Olaf Scholz told reporters that Orbán had gone to Moscow", "no brief from Europe.",
  ("Germany", N, neg, "", "travelling only as Hungary's PM, no European brief = disavowal without a judgement word"))
U(d, "Estonia's outgoing prime minister Kaja Kallas, nominated to succeed Borrell, accused Orbán", "muddy the waters.",
  ("Estonia", C, neg, "Hungary", "still Estonia's PM on the date, not yet EU High Representative -> Estonia; accusation"))
U(d, "Putin opened the meeting by remarking that his guest was visiting both as an old partner", "rotating presidency.",
  ("Russia", N, pos, "", "greeting that frames Orbán's role = neutral remark, warm tone"))
U(d, "At a news conference afterwards, he dismissed a pause in the fighting", "claims as its own.",
  ("Russia", C, neg, "Ukraine", "pronoun subject; rejects a truce Kyiv would 'exploit' + withdrawal condition = ultimatum (condemning)"))
U(d, "He also claimed that, judging by what Orbán had heard in Kyiv", "victorious finish.",
  ("Russia", C, neg, "Ukraine", "accusation that Ukraine's leaders want to fight on"))
U(d, "Kremlin spokesman Dmitry Peskov said Moscow valued Hungary's efforts", "settle the conflict.",
  ("Russia", S, pos, "Hungary", "approval of Hungary's efforts"))
U(d, "Orbán told reporters the gap between Moscow and Kyiv remained wide", "keep using it.",
  ("Hungary", T, neu, "", "channel open, will keep working for peace = calling_for_talks; Moscow and Kyiv -> target empty"))
U(d, "In an interview with Kossuth Radio that morning, he described Hungary", "both Kyiv and Moscow.",
  ("Hungary", N, pos, "", "self-praise of Hungary's role = neutral, positive"))
U(d, "Government spokesman Zoltán Kovács posted a photo of the handshake on X", "second stop of the peace mission.",
  ("Hungary", N, neu, "", "government spokesman = Hungary; announcement of the trip"))
U(d, "Ukraine's foreign ministry said the decision to travel to Moscow had been taken by Hungary", "coordination with Kyiv.",
  ("Ukraine", N, neg, "Hungary", "states that Hungary acted without coordinating, no judgement word = neutral, negative (unsure: implied reproach)"))
U(d, "It called on all states to respect the principle that nothing concerning Ukraine", "route to a just peace.",
  ("Ukraine", T, neu, "", "'It' = the ministry; appeal to respect its principle for negotiations + its peace plan = calling_for_talks"))
U(d, "Foreign Minister Péter Szijjártó brushed off the criticism", "talking about peace.",
  ("Hungary", C, neg, "European Union", "rejects the criticism and labels Brussels 'pro-war' = judgement of the EU (Brussels = metonym)"))
U(d, "Hungary's minister for EU affairs, János Bóka, said the prime minister's trips were bilateral visits", "the presidency's name.",
  ("Hungary", N, neu, "", "procedural clarification"))
U(d, "NATO Secretary-General Jens Stoltenberg said nothing in Moscow's behaviour suggested", "in good faith.",
  ("NATO", N, neg, "", "assessment of Russia's intentions, no explicit judgement or appeal = neutral, negative (unsure: 'not in good faith' edges towards a judgement)"))
U(d, "In Washington, the White House said the trip would do nothing for peace", "Ukraine's sovereignty.",
  ("United States", C, neg, "Hungary", "White House = US, Washington = place; the trip judged counterproductive"))
U(d, "Orbán announced the Chinese leg on X shortly after landing", "stage of his peace mission.",
  ("Hungary", N, neu, "", "announcement of his own trip"))
U(d, "In Beijing on Monday, Xi told Orbán that the international community should help create the conditions", "according to Chinese state media.",
  ("China", T, neu, "", "appeal for direct Russia-Ukraine dialogue and an early ceasefire; two parties -> target empty; state media = channel"))
# No rows: the Budapest-based analyst (unnamed); "EU ambassadors are expected ..., diplomats said" (unnamed, plan of others);
# the presidency calendar (background).
