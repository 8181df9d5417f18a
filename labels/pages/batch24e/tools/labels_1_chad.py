# ------------------------------------------------------------------ Chad expels German ambassador Kricke; Germany replies in kind (wire copy, 2023-04-11)
d = "page_chad_kricke_expulsion_wire.txt"
# Not statements: menu, headline, byline, read time, time stamp, SUMMARY bullets, crossheads, ADVERTISEMENT, reporting credits, Our Standards, Related Coverage, tags, Most Read.
U(d, "Germany on Tuesday ordered Chad's ambassador to leave", "what it called disrespectful conduct.",
  ("Germany", C, neg, "Chad", "dateline excluded; tit-for-tat expulsion of an ambassador = condemning (measure)"))
U(d, "The German Foreign Office said it had summoned Ambassador Mariam Ali Moussa", "anything he had said or done.",
  ("Germany", C, neg, "Chad", "summons + expulsion, and calls Chad's move baseless = judgement"))
U(d, "\"We had hoped until the last moment that N'Djamena would think again", "on its official account.",
  ("Germany", N, neg, "", "regret about its own reply, no judgement word and no appeal = neutral, negative (unsure: could be read as condemning Chad)"))
U(d, "It said Kricke had done exactly the job Berlin had given him", "with his hosts.",
  ("Germany", N, pos, "", "'It' = the ministry; defence of its own envoy's conduct = reassurance/self-praise, neutral with positive tone (implicit rebuttal of Chad's charge)"))
U(d, "The embassy in N'Djamena will stay open under a charge d'affaires", "regular government briefing.",
  ("Germany", N, neu, "", "plan, attribution tail"))
U(d, "Chad's government announced late on Friday that Kricke had 48 hours", "what he was accused of.",
  ("Chad", C, neg, "Germany", "expulsion of an ambassador = condemning (measure); Kricke is Germany's envoy"))
U(d, "Government spokesman Aziz Mahamat Saleh said the ambassador had repeatedly stepped", "no sovereign state could accept.",
  ("Chad", C, neg, "Germany", "judgement of the ambassador's conduct"))
U(d, "Two Chadian government sources told CPS on Saturday", "election planned for 2024.",
  ("Chad", C, neg, "Germany", "unnamed officials of a named government; grievance over the envoy's comments (unsure: could be neutral facts)"))
U(d, "Kricke left N'Djamena on Saturday evening, the Chadian government said on Tuesday.", "the Chadian government said on Tuesday.",
  ("Chad", N, neu, "", "fact given by an actor"))
U(d, "Foreign Minister Mahamat Saleh Annadif told state television that the decision concerned one diplomat", "long cooperation with Germany.",
  ("Chad", N, pos, "", "reassurance that relations with Germany are valued; no support for a step of Germany's = neutral, positive (unsure: could be supporting Germany)"))
U(d, "\"Chad does not take lessons in governance from a guest who forgets where he is,\"", "before the government acted in public.",
  ("Chad", C, neg, "Germany", "judgement without stock words; quote + 'adding' tail"))
U(d, "Foreign Minister Annalena Baerbock said on Saturday that Berlin had searched in vain", "justify the expulsion.",
  ("Germany", C, neg, "Chad", "the expulsion has no justification = judgement"))
U(d, "Speaking in Berlin on Tuesday, she said Germany would not stay silent", "extended its rule last October.",
  ("Germany", C, neg, "Chad", "'she' = Baerbock; charge that an envoy is punished for speaking + criticism of the junta"))
U(d, "A spokesperson for the German development ministry said programmes for refugees", "a quarrel between governments.",
  ("Germany", S, pos, "", "aid continued = backing by act; aimed at refugees and host communities, not at the government -> target empty"))
# "The military took power in April 2021 ...", "Dozens of people were killed ..." = background narration, no row.
# "Kricke, who served as Germany's special envoy ... was among the Western diplomats who had publicly questioned ..." = vague background, no row.
U(d, "The European Union's foreign affairs spokesperson Nabila Massrali said the bloc was following", "through direct dialogue.",
  ("European Union", T, neu, "", "monitoring + appeal for dialogue to both = calling_for_talks, target empty (two parties)"))
U(d, "\"Both are important partners of the EU, and a transition that stays on track", "she said in Brussels.",
  ("European Union", T, pos, "", "implicit hope that the transition stays on course = calling_for_talks (unsure: could be neutral)"))
U(d, "The U.S. State Department urged Chad's transitional authorities to keep", "political parties and the press.",
  ("United States", T, neu, "Chad", "demand to keep commitments, no judgement word = calling_for_talks"))
U(d, "A State Department spokesperson said Washington continued to work with N'Djamena", "Lake Chad basin.",
  ("United States", S, neu, "Chad", "continued security cooperation = backing by act"))
U(d, "France, Chad's former colonial ruler,", "between two sovereign states.",
  ("France", N, neu, "", "declining to comment = neutral"))
U(d, "A spokesperson for the African Union Commission said the Commission hoped", "usual diplomatic channels.",
  ("African Union", T, pos, "", "hope that relations are repaired = calling_for_talks"))
U(d, "Inside Chad, the civil society coalition Wakit Tama said the expulsion", "back to their barracks.",
  ("Wakit Tama", C, neg, "Chad", "accuses the junta of silencing critics"))
U(d, "Les Transformateurs, the opposition party whose leader", "and thanked him for it.",
  ("Les Transformateurs", S, pos, "Germany", "praise and thanks for the German envoy; the charge against the government is only implied here (unsure: could be condemning Chad)"))
U(d, "The party said in a statement that the government, not the ambassador,", "owed Chadians an explanation.",
  ("Les Transformateurs", C, neg, "Chad", "blames the government"))
U(d, "Remadji Ngakoutou, a political scientist at the University of N'Djamena, said", "the Gulf states courted it.",
  ("Remadji Ngakoutou", N, neu, "", "invented analyst; reading of the government's motive, no judgement"))
U(d, "\"This is a message sent to every embassy in town, not only to the Germans,\"", "Ngakoutou said.",
  ("Remadji Ngakoutou", N, neu, "", "analysis, no judgement"))
U(d, "Jonas Albrecht, a Sahel researcher at the Berlin-based Forum for African Policy, said", "reply in kind.",
  ("Jonas Albrecht", S, neu, "Germany", "invented analyst; approves Germany's reply as the only course (unsure: could be neutral analysis)"))
U(d, "\"If Berlin had swallowed this,", "he said.",
  ("Jonas Albrecht", N, neg, "", "scenario, no judgement"))
U(d, "Albrecht said both governments should nonetheless restore ambassadors", "worth more to each of them than the quarrel.",
  ("Jonas Albrecht", T, neu, "", "appeal to both to restore ambassadors = calling_for_talks"))
