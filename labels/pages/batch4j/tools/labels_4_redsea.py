# ------------------------------------------------------------------ Red Sea attacks, Operation Prosperity Guardian (Gulf state-media style, BNA, 2023-12-20)
d = "page_redsea_prosperity_statemedia.txt"
U(d, "The United States Secretary of Defense, Lloyd Austin, announced the operation", "Combined Maritime Forces.",
  ("United States", C, neg, "Houthis", "announcing a military operation against another side = condemning (guide); the Houthis are named in the previous (narrative) sentence"))
U(d, "\"Freedom of navigation is not negotiable", "Seychelles and Spain among the participants.",
  ("United States", C, neg, "Houthis", "accusation ('those who fire missiles at civilian ships'); the participants named by Austin get no row of their own (membership list, not a position each: unsure)"))
U(d, "The Ministry of Foreign Affairs of the Kingdom of Bahrain affirmed", "international waterways.",
  ("Bahrain", C, neg, "Houthis", "joining an operation aimed at the attacks = taken response; unsure, could be supporting (target United States) as backing of an ally"))
U(d, "His Majesty King Hamad bin Isa Al Khalifa, receiving Austin at Sakhir Palace", "in the region.",
  ("Bahrain", S, pos, "United States", "praise of the US role"))
U(d, "The ministry said the attacks on ships threatened the safety", "collective international responsibility\".",
  ("Bahrain", C, neg, "Houthis", "'The ministry' = Bahrain's MFA (two paragraphs up); judgement of the attacks; Houthis from context"))
U(d, "The Secretary-General of the Gulf Cooperation Council (GCC), Jasem Mohamed Albudaiwi", "insurance costs.",
  ("Gulf Cooperation Council", N, neg, "", "deep concern, no appeal, no actor named = neutral, negative"))
U(d, "The State of Kuwait expressed its support for all regional and international efforts", "Ministry of Foreign Affairs said.",
  ("Kuwait", S, pos, "", "support for efforts (several actors) -> target empty; attribution tail"))
U(d, "The Sultanate of Oman, in a statement from its Ministry of Foreign Affairs, called on all parties", "the war on Gaza.",
  ("Oman", T, neg, "", "appeal for restraint; 'the war on Gaza' named as a root cause without an explicit judgement: rule 2"))
U(d, "The Kingdom of Saudi Arabia's Ministry of Foreign Affairs said it was following", "great concern.",
  ("Saudi Arabia", N, neg, "", "concern without appeal = neutral, negative"))
U(d, "The State of Qatar's Ministry of Foreign Affairs spokesman, Dr. Majed bin Mohammed Al-Ansari", "contain the situation.",
  ("Qatar", T, neu, "", "'would not serve anyone' + contacts with all parties to contain = mediation: rule 2; Doha = place"))
U(d, "In Sanaa, the Houthi group's spokesman and chief negotiator, Mohammed Abdulsalam", "aggression on Gaza continues\".",
  ("Houthis", C, neg, "United States", "judgement of the US-led operation + refusal to stop; Sanaa = place"))
U(d, "Mohammed Ali al-Houthi, a member of the group's Supreme Political Council, warned", "ships targeted\".",
  ("Houthis", C, neg, "", "threat at any country (unnamed) -> target empty"))
U(d, "The group's military spokesman, Yahya Saree, said in a televised statement", "Israeli ports.",
  ("Houthis", N, neu, "", "own attack reported as done with no judgement = neutral (guide)"))
U(d, "The Iranian Minister of Defence, Mohammad-Reza Ashtiani, was quoted by Iranian media", "\"extraordinary problems\".",
  ("Iran", C, neg, "United States", "threat against the US-led force; 'Iranian media' not an actor"))
U(d, "In a separate statement, Iran's Foreign Ministry spokesman Nasser Kanaani rejected", "\"takes its own decisions\".",
  ("Iran", N, neg, "", "denial; 'Tehran' = metonym"))
U(d, "The Minister of Foreign Affairs and Expatriates of the Republic of Yemen", "international security.",
  ("Yemen", C, neg, "Houthis", "internationally recognised government = Yemen; 'terrorist nature'"))
U(d, "He renewed his government's appeal to the international community to classify", "terrorist organisation.",
  ("Yemen", C, neg, "Houthis", "call for a terrorist designation = call for a measure against a party (like sanctions)"))
U(d, "The United Kingdom's Defence Secretary, Grant Shapps, announced that the destroyer HMS Diamond", "\"illegal and unacceptable\".",
  ("United Kingdom", C, neg, "Houthis", "joining the operation + 'illegal and unacceptable'"))
U(d, "The French Ministry of the Armed Forces said its frigate", "coordination with partners.",
  ("France", N, neu, "", "own deployment arrangements, no judgement"))
U(d, "The Spanish Ministry of Defence said Spain would not take part unilaterally", "European Union umbrella.",
  ("Spain", N, neu, "", "declining to join with a procedural reason, no protest = neutral"))
U(d, "The Chinese Foreign Ministry spokesman, Wang Wenbin, said China hoped all parties", "Red Sea waterways safe.",
  ("China", T, neu, "", "hope addressed to all"))
U(d, "At the United Nations, the Secretary-General's Special Envoy for Yemen, Hans Grundberg, said the situation", "peace process.",
  ("United Nations", N, neg, "", "concern without an appeal in this sentence"))
U(d, "Grundberg called on all parties to protect the progress", "close this window\".",
  ("United Nations", T, neg, "", "appeal to all parties"))
U(d, "The Chairman of the Suez Canal Authority, Admiral Osama Rabie, said that 55 ships", "continued normally.",
  ("Egypt", N, neu, "", "state authority; figures"))
U(d, "The Danish shipping group A.P. Moller-Maersk said its vessels would remain paused", "further notice.",
  ("A.P. Moller-Maersk", N, neu, "", "company's own measure; the analysts in the next sentence are not actors"))
