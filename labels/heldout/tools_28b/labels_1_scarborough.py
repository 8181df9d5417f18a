# ------------------------------------------------------------------ Scarborough Shoal collision (Chinese state media in English, 2025-08-12)
d = "page_scarborough_collision_statemedia.txt"
U(d, "The China Coast Guard (CCG) on Monday drove away", "under a humanitarian label.",
  ("China", C, neg, "Philippines", "long lead: expulsion reported as done + 'deliberate intrusions staged by Manila' (judgement; Manila = metonym); 'the CCG said' tail"))
U(d, "CCG spokesperson Gan Yu said in a statement released on Monday", "by radio and loudspeaker.",
  ("China", C, neg, "Philippines", "role then name; accusation ('on the pretext', pressed on after warnings)"))
U(d, "\"Our officers followed the law and the rules", "Gan said.",
  ("China", N, pos, "", "surname only; praise of its own conduct = neutral, positive"))
U(d, "He said the CCG would keep up its patrols", "defend its territory.",
  ("China", C, neg, "Philippines", "pronoun subject = Gan; continued patrols + 'should have no illusions' = veiled threat -> condemning"))
# no row: "The statement did not refer to the footage ..." (narration); the video description and
# "Chinese authorities have not published their own account" (narration, a non-statement)
U(d, "Foreign Ministry spokesperson Guo Jiakun on Tuesday rejected", "run to the cameras.",
  ("China", C, neg, "Philippines", "MFA spokesperson; 'rejected what he called Manila's attempt' is a judgement of the Philippines, not a denial; Beijing = place"))
U(d, "\"Huangyan Dao belongs to China. The Philippines knows this", "Guo said.",
  ("China", C, neg, "Philippines", "multi-sentence quote closed by its speaker = one unit"))
# no row: "Asked about the footage ..., he said the specifics should be put to the competent authorities." (non-answer)
U(d, "He added that the situation at sea had been \"handled properly\"", "required outside help.",
  ("China", N, neg, "", "reassurance about own side + implicit brush-off of Manila's offer of help = neutral, negative"))
U(d, "Guo had a plain message for Manila: \"Stop the provocations.", "Stop the hype.\"",
  ("China", C, neg, "Philippines", "quote opened after a colon; 'provocations', 'hype' = judgement (demand with a judgement word)"))
U(d, "\"China is still willing to handle its differences with the Philippines", "he added.",
  ("China", T, pos, "Philippines", "offer of talks addressed to one party"))
U(d, "Asked about a post on X by US Ambassador to the Philippines MaryKay Carlson", "egging Manila on.",
  ("United States", C, neg, "China", "Carlson's position reported inside Guo's sentence ('called the Chinese actions reckless', stood with its ally): judgement decides; Washington = metonym"),
  ("China", C, neg, "United States", "Guo: the US has no business egging Manila on = judgement of the US"))
U(d, "The Chinese Embassy in the Philippines said in a separate statement", "normal law enforcement.\"",
  ("China", C, neg, "Philippines", "embassy = China; 'distort the facts', 'smearing'"))
U(d, "It said the embassy had lodged representations", "with the Philippine side.",
  ("China", C, neg, "Philippines", "'It' = the embassy; diplomatic protest lodged = a measure against another side"))
U(d, "The Philippine Coast Guard, through its spokesperson Jay Tarriela, claimed", "on the Philippine boat.",
  ("Philippines", C, neg, "China", "state media's 'claimed' does not change the speaker's position: accusation of China"))
U(d, "Tarriela also said the Philippine side had offered medical assistance", "might have been hurt.",
  ("Philippines", S, pos, "China", "surname only; offer of aid to the other side's crew = supporting"))
U(d, "On Tuesday the Philippine foreign ministry issued a statement accusing", "rules are ignored.",
  ("Philippines", C, neg, "China", "accusation of 'hazardous moves and unlawful interference'"))
U(d, "The ministry said Manila remained committed to settling differences", "diplomacy and dialogue.",
  ("Philippines", T, pos, "", "'the ministry' resolved by context; commitment to dialogue, nobody addressed -> target empty"))
U(d, "Philippine President Ferdinand Marcos Jr. told reporters", "look after Filipino fishermen.",
  ("Philippines", N, neu, "", "own plan (continued presence), no judgement"))
# no rows: RELATED ARTICLES list; crosshead; "Chinese observers said ..." (not actors); the unnamed
# Beijing-based expert (unnamed speaker, not an actor)
U(d, "Zhang Mingyuan, a senior research fellow at the Hainan Institute of Ocean Policy", "into a tool.",
  ("Zhang Mingyuan", C, neg, "Philippines", "named independent expert = actor under his own name (invented person)"))
U(d, "\"They bring cameras and reporters on the boats", "Zhang said.",
  ("Zhang Mingyuan", C, neg, "Philippines", "multi-sentence quote closed by 'Zhang said'"))
U(d, "He said the United States bore much of the blame", "diplomatic cover and hardware.",
  ("Zhang Mingyuan", C, neg, "United States", "pronoun subject; blame on the US"))
U(d, "\"Without that encouragement, these missions would not be so reckless,\"", "he added.",
  ("Zhang Mingyuan", C, neg, "", "quote continued in a new paragraph; judgement of missions and of the US encouragement = two parties -> target empty"))
U(d, "Zhang said he hoped the two countries would return", "on the South China Sea.",
  ("Zhang Mingyuan", T, pos, "", "hope for bilateral consultation = calling_for_talks; both sides -> target empty"))
U(d, "Japan's Ambassador to the Philippines, Endo Kazuya, wrote on social media", "the rule of law.",
  ("Japan", T, pos, "", "role then name; 'opposed any dangerous action' aimed at no one = an appeal; with 'stood with the Philippines' (support) rule 2 comes before rule 3 -> calling_for_talks, nobody addressed -> target empty (unsure: could be supporting the Philippines); Tokyo = metonym"))
U(d, "Guo dismissed such comments as noise.", "as noise.",
  ("China", C, neg, "", "surname only; dismisses Japan's and others' comments (several, unnamed) -> target empty"))
U(d, "\"Some countries outside the region should look at the facts", "other embassies in Manila.",
  ("China", C, neg, "", "'pouring oil on the fire' = judgement of unnamed 'countries outside the region' -> target empty"))
# no rows: background on Huangyan Dao since 2012 and the arbitral case (background with actors as subjects);
# "Observers noted ..."; the Hainan fishing cooperatives (not actors)
U(d, "The Philippine side said it would hold a briefing", "on the incident.",
  ("Philippines", N, neu, "", "announced briefing = neutral plan"))
# no rows: "several Philippine senators praised ..." (unnamed legislators, not speaking for the government);
# "Analysts in Beijing said ..."; "A second Chinese expert said ..." (unnamed); newsletter, tags, most viewed, footer
