# ------------------------------------------------------------------ Chinese coast guard ship sinks Vietnamese fishing boat QNg 90617 TS near the Paracels (Vietnamese state media, 2020-04-09)
d = "page_vietnam_qng90617_sinking2020_vnastatemedia.txt"
# Not statements: masthead, menu, date line, section label, headline, photo caption and credit, the crossheads
# "Chinese side's claims" and "International reactions", the "VNA" sign-off, share bar, Related news, copyright lines.
U(d, "Foreign governments and scholars have voiced concern", "compensate the fishermen.",
  ("Vietnam", T, neg, "China", "dateline 'Hanoi (VNA) - ' excluded; 'foreign governments and scholars' are unnamed (no row); Vietnam's demand that China investigate and compensate, no judgement in the sentence = calling_for_talks (README: demand with no judgement word; inquiry)"))
# "The fishing boat QNg 90617 TS ... was rammed and sunk ..." = the agency's own narration of the incident (state media is not an actor), no row.
U(d, "Spokeswoman of the Ministry of Foreign Affairs Le Thi Thu Hang said on April 4", "earning a living in Vietnamese waters.",
  ("Vietnam", C, neg, "China", "spokeswoman named by role first; 'serious breach of Vietnam's sovereignty' = judgement"))
U(d, "The ministry has lodged a protest with the Chinese side", "make good the fishermen's losses.",
  ("Vietnam", C, neg, "China", "protest lodged = judgement; demands (investigate, hold to account, compensate) follow; attribution in the middle ('the spokeswoman said, adding')"))
U(d, "All eight fishermen have been brought home safely, Hang said", "relevant Vietnamese agencies.",
  ("Vietnam", N, pos, "", "surname only; facts given by the actor, citing agencies = neutral"))
U(d, "Hang said Vietnam stood ready to work with China to manage differences at sea", "top leaders.",
  ("Vietnam", T, pos, "China", "readiness to work with China on differences = calling_for_talks"))
U(d, "In a statement posted on its website, the Vietnam Fisheries Society strongly protested", "who stay at sea.",
  ("Vietnam Fisheries Society", C, neg, "China", "association (organisation, new actor); 'strongly protested ... inhumane' = judgement; the request to its own government does not change the stance (rule 1)"))
U(d, "The society said two other Quang Ngai boats that came to help", "near the island.",
  ("Vietnam Fisheries Society", C, neg, "China", "accusation made by describing the other side's acts against civilians = condemning (guide)"))
U(d, "The Quang Ngai provincial People's Committee said it had sent officials", "emergency support to the crew.",
  ("Vietnam", S, pos, "", "provincial authorities resolve to their state (README); aid provided = supporting; fishermen are not an actor -> target empty"))
U(d, "Fisherman Pham Van Hau, one of the eight crew members, said the Chinese ship had struck", "went down within minutes.",
  ("Pham Van Hau", C, neg, "China", "invented witness (person); describing the ramming of his boat = accusation by describing the attack (guide)"))
U(d, "\"We had no time to take anything.", "on Ly Son island.",
  ("Pham Van Hau", C, neg, "China", "multi-sentence quote closed by its speaker; coercion to sign papers described = accusation"))
U(d, "For its part, the China Coast Guard claimed in a statement", "after dangerous manoeuvres.",
  ("China", C, neg, "Vietnam", "the coast guard is a state agency -> China; accusation of illegal fishing and dangerous manoeuvres; 'claimed' is the outlet's framing"))
U(d, "A spokesman of the Chinese Foreign Ministry repeated that version", "China's Xisha waters.",
  ("China", C, neg, "Vietnam", "unnamed spokesman of a named ministry speaks for China; 'illegal fishing' accusation + demand; judgement decides"))
U(d, "Responding, Spokeswoman Hang reiterated that Vietnam's sovereignty", "under international law.",
  ("Vietnam", N, neu, "", "restating a sovereignty claim, no judgement on China in the sentence = neutral"))
U(d, "In a statement on April 6, US State Department spokesperson Morgan Ortagus said Washington was troubled", "to intimidate its neighbours.",
  ("United States", C, neg, "China", "concern + judgement ('claims that have no basis in international law', 'intimidate') -> judgement decides"))
U(d, "She urged all parties to settle their disputes peacefully", "Law of the Sea.",
  ("United States", T, neu, "", "appeal to all parties, no judgement = calling_for_talks"))
U(d, "Ortagus added that the United States would continue to stand with Southeast Asian countries", "their rights at sea.",
  ("United States", S, pos, "", "backing of several unnamed states -> supporting, target empty"))
U(d, "On April 8, the Department of Foreign Affairs of the Philippines issued a statement expressing solidarity", "deep concern over the sinking.",
  ("Philippines", S, neg, "Vietnam", "solidarity with Vietnam = supporting (concern adds a negative tone)"))
U(d, "The Philippine statement recalled that Vietnamese fishermen had rescued 22 Filipino crew members", "that act of humanity.",
  ("Philippines", S, pos, "Vietnam", "gratitude and praise for Vietnam's rescue = supporting; Manila = metonym; the Reed Bank sinking is only background"))
U(d, "It warned that such conduct chipped away at the confidence", "in the East Sea.",
  ("Philippines", C, neg, "China", "'It' = the Philippine statement; judgement without a stock word on China's conduct"))
U(d, "The Philippine side also urged all parties to keep to peaceful means", "the COVID-19 pandemic.",
  ("Philippines", T, neu, "", "appeal to all parties, no judgement = calling_for_talks"))
U(d, "A spokesman of the Japanese Foreign Ministry told a regular press conference in Tokyo", "with close attention.",
  ("Japan", N, neu, "", "monitoring without an appeal or judgement = neutral (guide: 'we are monitoring the situation')"))
U(d, "Dr. Hoang Minh Duc of the Institute for Maritime Law Studies in Hanoi told VNA", "preserve life at sea.",
  ("Hoang Minh Duc", C, neg, "China", "invented scholar; 'told VNA' (the agency is not an actor); judgement on the ramming as contrary to UNCLOS duties"))
U(d, "He said ASEAN members should raise the incident", "bind all sides.",
  ("Hoang Minh Duc", T, neu, "", "appeal to pursue a binding Code of Conduct = calling_for_talks; addressed to ASEAN members in general"))
U(d, "Vietnam, the ASEAN Chair for 2020, has briefed other member states on the incident", "Ministry of Foreign Affairs.",
  ("Vietnam", N, neu, "", "diplomatic act reported by its own ministry, no judgement (as Chair it briefs members; the position is Vietnam's, not ASEAN's)"))
U(d, "The Quang Ngai Border Guard Command said it had asked fishermen", "any harassment at sea./.",
  ("Vietnam", N, neu, "", "border guard = state agency -> Vietnam; advice to fishermen, procedure; the VNA closing mark './.' is part of the sentence"))
