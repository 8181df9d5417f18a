# ------------------------------------------------------------------ EU/UK/Canada/US Xinjiang sanctions and China's countermeasures (MFA press-conference Q/A transcript, 2021-03-23)
d = "page_xinjiang_sanctions_mfaqa.txt"
U(d, "The two ministers held a long and candid exchange in Guilin", "democracy and global governance.",
  ("China", N, pos, "", "Hua's answer to CCTV: account of the Wang-Lavrov talks and their joint statement, no position on another actor; tone positive"))
U(d, "China is ready to work with Russia", "in the new era.",
  ("China", S, pos, "Russia", "readiness to work with Russia for the partnership = backing of a partner"))
U(d, "On Monday the EU, the UK, and Canada imposed sanctions", "two officials of its own.",
  ("European Union", C, neg, "China", "positions reported inside a journalist's question (as batch5c): sanctions = a measure against another side; Oxford-comma list + the US in the same sentence = four rows"),
  ("United Kingdom", C, neg, "China", "same list"),
  ("Canada", C, neg, "China", "same list"),
  ("United States", C, neg, "China", "'the US added two officials of its own' = its own sanctions"))
U(d, "These sanctions stand on a heap of rumours", "in the firmest terms.",
  ("China", C, neg, "", "judgement ('a heap of rumours') + rejection; aimed at four sanctioning actors -> target empty"))
U(d, "Last night the Foreign Ministry called in the head of the EU delegation", "solemn protest.",
  ("China", C, neg, "", "summoning two envoys to protest = a measure taken in protest; EU and UK -> target empty"))
U(d, "At the same time, China announced countermeasures", "sovereignty and interests.",
  ("China", C, neg, "European Union", "counter-sanctions = a measure against another side + accusation; the listed people and bodies are 'on the European side' (including EU bodies) -> target EU (unsure)"))
U(d, "Over the past four decades the Uyghur population", "to over 70.",
  ("China", N, neu, "", "figures given by the actor, no judgement"))
U(d, "A handful of politicians in Washington, London, Ottawa and Brussels", "in the name of human rights.",
  ("China", C, neg, "", "accusation of interference; four capitals as metonyms -> target empty"))
U(d, "Let me be clear: the days when a few Western countries", "resolute response from China.",
  ("China", C, neg, "", "judgement + threatened response; 'a few Western countries' not canonical -> target empty"))
U(d, "The investment agreement benefits both sides", "favour it owes anyone.",
  ("China", N, neu, "", "China's view of the agreement; the unnamed 'European diplomats' of the question get no row"))
U(d, "Those who poisoned the atmosphere for cooperation", "expect China to swallow it.",
  ("China", C, neg, "European Union", "judgement + demand to 'correct its mistake' = rule 1"))
U(d, "We still hope that China and the EU can handle their differences", "mutual respect.",
  ("China", T, pos, "European Union", "hope for dialogue, no judgement in the sentence = calling_for_talks; the one other party = EU"))
