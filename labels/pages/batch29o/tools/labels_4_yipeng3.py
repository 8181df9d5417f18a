# ------------------------------------------------------------------ Baltic cable damage and the Yi Peng 3 (Chinese MFA regular press conference, 2024-11-20)
d = "page_yipeng3_cables2024_mfapresser.txt"
# Not statements: ministry banner, breadcrumb, title, date line, outlet labels, the journalists' own questions
# ("Does China have any information ...?", "Do you share their concern?", "How do you respond?" ...), "A follow-up.",
# "The press conference ended.", Print | Close, copyright. Speaker label "Lin Jian:" = China (spokesperson speaks for the state).
U(d, "President Xi Jinping attended the summit and set out China's proposals", "hunger and poverty.",
  ("China", N, pos, "", "own leader's conduct reported, no position on another actor"))
U(d, "China appreciates the work Brazil has done as host", "that Brazil initiated.",
  ("China", S, pos, "Brazil", "appreciation + support for Brazil's initiative"))
U(d, "We are ready to work with all parties to turn the consensus reached in Rio into action.", "into action.",
  ("China", T, pos, "", "offer of cooperation with all parties = diplomatic course (unsure: could be neutral)"))
# "Two undersea telecommunications cables ... were damaged" and "Swedish and Finnish media report ..." = the journalist's narration / media, no row.
U(d, "Germany's Defence Minister Boris Pistorius said on Monday that the damage was most likely sabotage.", "most likely sabotage.",
  ("Germany", C, neg, "", "position reported inside a question (labels/README); accusation of sabotage, no perpetrator named"))
U(d, "I am not aware of the specifics you mentioned.", "you mentioned.",
  ("China", N, neu, "", "no information = neutral"))
U(d, "As a matter of principle, China has consistently required its vessels", "the countries concerned.",
  ("China", N, pos, "", "reassurance about own conduct"))
U(d, "We hope that all sides will wait for the facts to be established", "has been carried out.",
  ("China", T, neu, "", "appeal to all sides, no judgement"))
U(d, "In a joint statement on Monday, the foreign ministers of Finland and Germany said", "a front line of its security.",
  ("Finland", N, neg, "", "joint statement: alarm with no appeal = neutral, negative"),
  ("Germany", N, neg, "", "joint statement: alarm with no appeal = neutral, negative"))
U(d, "China attaches importance to the security of undersea infrastructure worldwide.", "worldwide.",
  ("China", N, neu, "", "general principle"))
U(d, "We are willing to keep in communication with the countries concerned through normal channels.", "through normal channels.",
  ("China", T, neu, "", "commits to communication = calling_for_talks"))
U(d, "Sweden's Minister for Civil Defence, Carl-Oskar Bohlin, said on Wednesday that Stockholm expected", "with the Swedish police.",
  ("Sweden", T, neu, "", "appeal for cooperation with the investigation, no judgement; reported in a question"))
U(d, "Lithuania's foreign minister, Gabrielius Landsbergis, wrote that Europe could not keep treating", "as accidents.",
  ("Lithuania", C, neg, "", "implies deliberate attacks = judgement without a stock word; no perpetrator named"))
U(d, "On the question of investigators, I would refer you to the competent authorities.", "competent authorities.",
  ("China", N, neu, "", "procedural line"))
U(d, "What I can say is that China has always handled such matters in line with law", "the parties concerned.",
  ("China", T, neu, "", "reassurance + commitment to stay in touch (communication) = calling_for_talks (unsure: could be neutral)"))
U(d, "I have answered your question.", "your question.",
  ("China", N, neu, "", "procedural line"))
U(d, "The Kremlin spokesman, Dmitry Peskov, on Wednesday dismissed as baseless", "a hand in the damage.",
  ("Russia", N, neg, "", "denial = neutral, negative"))
# "The ship sailed from the Russian port of Ust-Luga ..." = narration with 'according to media reports', no row.
U(d, "I have no information on that.", "on that.",
  ("China", N, neu, "", "no information"))
U(d, "I would not comment on speculation.", "on speculation.",
  ("China", N, neu, "", "declines to comment = procedural"))
U(d, "Erik Sandahl, a researcher at the Nordic Centre for Maritime Security", "unnoticed by the crew.",
  ("Erik Sandahl", C, neg, "", "invented researcher quoted in a question; suspicion that the crew knew = accusation (the crew is not a canonical actor)"))
U(d, "A second expert, Hanna Koskela of the Baltic Sea Security Institute in Kotka", "to a joint inquiry.",
  ("Hanna Koskela", T, neu, "", "invented expert; appeal for a joint inquiry with China"))
U(d, "We have noted the reports.", "the reports.",
  ("China", N, neu, "", "procedural"))
U(d, "Some people are in the habit of making accusations before there is any evidence", "neither responsible nor helpful.",
  ("China", C, neg, "", "judgement on unnamed accusers ('neither responsible nor helpful')"))
U(d, "China is a responsible flag state and we would like to see the matter handled calmly", "on the basis of facts.",
  ("China", T, neu, "", "hope for calm handling; self-description"))
U(d, "The two leaders had a constructive meeting and agreed to advance", "mutual benefit.",
  ("China", T, pos, "Japan", "agreement to advance relations = diplomatic course"),
  ("Japan", T, pos, "China", "Japan's agreement reported by China's spokesperson (guide: a position of X reported by Y is X's)"))
U(d, "China is ready to work with Japan to follow through", "the two leaders.",
  ("China", T, pos, "Japan", "commits to follow-up cooperation"))
U(d, "The Danish Defence Ministry confirmed that its navy was in the area", "no further details.",
  ("Denmark", N, neu, "", "fact confirmed, no evaluation"))
U(d, "The Swedish prosecutor's office said it had opened a preliminary investigation", "suspected sabotage.",
  ("Sweden", N, neu, "", "procedure; prosecutor = state agency"))
U(d, "The Chinese embassies maintain normal contacts with the host countries.", "the host countries.",
  ("China", N, neu, "", "fact about contacts"))
U(d, "I do not have further information to offer at this point.", "at this point.",
  ("China", N, neu, "", "no information"))
U(d, "The European Union's High Representative Josep Borrell said on Tuesday that the EU would respond firmly", "critical infrastructure.",
  ("European Union", C, neg, "", "warning of a firm response = threat; no side named"))
U(d, "China's position on this matter has been made clear.", "made clear.",
  ("China", N, neu, "", "procedural"))
U(d, "We hope the parties concerned will handle it properly and avoid linking", "unrelated political agendas.",
  ("China", T, neg, "", "appeal with a veiled reproach but no explicit judgement of a named actor (unsure: could be condemning)"))
U(d, "The Yi Peng 3's owner, Ningbo Yipeng Shipping, told reporters", "with the Danish authorities.",
  ("Ningbo Yipeng Shipping", N, neu, "", "company states a fact about its ship"))
U(d, "I would refer you to the company.", "to the company.",
  ("China", N, neu, "", "procedural"))
