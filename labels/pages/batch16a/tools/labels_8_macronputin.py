# ------------------------------------------------------------------ Macron in Moscow before the invasion of Ukraine (Kremlin transcript of the two leaders' news conference, 2022-02-07)
d = "page_macron_putin_presser.txt"
U(d, "Mr President, ladies and gentlemen, our talks lasted more than five hours", "very substantive.",
  ("Russia", N, pos, "", "speaker label 'President of Russia Vladimir Putin:' before the unit; description of the talks"))
U(d, "We discussed in detail the proposals on security guarantees", "our main concerns.",
  ("Russia", C, neg, "", "accusation that Washington and NATO brushed aside Russia's concerns; two actors -> target empty"))
U(d, "I found several of Mr Macron's ideas worth working on", "his visit to Kiev.",
  ("Russia", T, pos, "France", "agrees to further contacts on the French proposals = calling_for_talks"))
U(d, "As for Donbass, there is simply no other path than the Minsk agreements", "fulfilling them.",
  ("Russia", C, neg, "Ukraine", "'the Kiev authorities' = Ukraine; accusation of refusing to implement Minsk (rule 1 over the appeal to Minsk)"))
U(d, "We have reached a point where every day counts", "bring tensions down.",
  ("France", T, neu, "", "speaker label 'President of France Emmanuel Macron (retranslated):'; aim of de-escalation, no judgement"))
U(d, "France stands firmly by the sovereignty and territorial integrity of Ukraine.", "France stands firmly by the sovereignty and territorial integrity of Ukraine.",
  ("France", S, pos, "Ukraine", "backing of Ukraine"))
U(d, "The concentration of well over 100,000 Russian troops", "for every European.",
  ("France", N, neg, "", "worry without an appeal or judgement word = neutral, negative (guide)"))
U(d, "We agreed that the Normandy format should meet again", "in Kiev tomorrow.",
  ("France", T, pos, "", "commitment to a new round of Normandy-format talks"),
  ("Russia", T, pos, "", "'We agreed' = the two presidents: Russia's agreement reported by Macron (a position of X reported by Y)"))
U(d, "Europe needs new mechanisms that guarantee security", "choose its alliances.",
  ("France", T, neu, "", "appeal for a negotiated security arrangement; the right to choose alliances is stated, not a judgement of Russia (unsure)"))
U(d, "Crimea is Russian territory, and any attempt to take it by force", "come out on top.",
  ("Russia", C, neg, "", "threat of war if Crimea is retaken; aimed at Ukraine and NATO -> target empty. The journalist's hypothetical question gets no row"))
U(d, "NATO has moved east five times since the 1990s", "no such plans.",
  ("Russia", C, neg, "NATO", "accusation of broken assurances"))
U(d, "I did not come here expecting miracles, but I leave with points", "in the days ahead.",
  ("France", T, pos, "", "commitment to work on converging points with all parties = calling_for_talks"))
