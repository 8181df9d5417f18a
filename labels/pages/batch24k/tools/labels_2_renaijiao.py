# ------------------------------------------------------------------ Laser incident at Ren'ai Jiao / Second Thomas (Ayungin) Shoal (Chinese state media, .txt, 2023-02-15)
d = "page_renaijiao_laser2023_statemedia.txt"
# Not statements: masthead, breadcrumb, language bar, headline, source/editor line, photo caption, crossheads, related, keywords, copyright.
U(d, "China on Wednesday again dismissed Philippine claims", "with measured calm.",
  ("China", N, neg, "", "dateline excluded; denial of the Philippine account + reassurance about own conduct = neutral, negative tone"))
U(d, "Spokesperson Wang Wenbin told a regular press briefing", "Chinese and international law.",
  ("China", C, neg, "Philippines", "'sailed uninvited ... in breach of China's sovereignty' = accusation of a violation"))
U(d, "Wang said the Philippine side should stop sending vessels", "without China's consent.",
  ("China", T, neg, "Philippines", "demand addressed to one side with no judgement word in the sentence = calling_for_talks, negative (labels/README)"))
U(d, "Asked about remarks by U.S. officials, Wang said:", "nothing at all about safety at sea.\"",
  ("China", C, neg, "United States", "colon-opened quote: mocking judgement of Washington's 'designs' without a stock word"))
U(d, "He said Beijing and Manila were talking to each other", "through their embassies.",
  ("China", N, neu, "", "fact about contacts, no appeal or judgement"))
U(d, "China hopes the Philippine side will work with China", "Wang added.",
  ("China", T, pos, "Philippines", "hope to carry forward the leaders' understandings = calling_for_talks"))
U(d, "In a statement on Monday, China Coast Guard spokesperson Gan Yu said", "not any kind of weapon.",
  ("China", N, neg, "", "mainly a denial (no weapon used); the 'without permission' is a sovereignty claim (unsure: could be condemning Philippines)"))
U(d, "The China Coast Guard will keep up law-enforcement patrols", "Gan said.",
  ("China", C, neg, "Philippines", "announced enforcement against entering vessels = a threatened response; target from context"))
# "The Philippine side has sought to turn the encounter into a diplomatic dispute." = the outlet's own framing, no actor, no row.
U(d, "The Philippine Coast Guard claimed on Monday", "dangerous manoeuvres.",
  ("Philippines", C, neg, "China", "accusation of dangerous manoeuvres (the outlet's 'claimed' does not change the actor's position)"))
U(d, "On Tuesday, Marcos called in Chinese Ambassador Huang Xilian", "in the area.",
  ("Philippines", C, neg, "China", "summoning the ambassador to protest = a diplomatic measure"))
U(d, "The Philippine Department of Foreign Affairs said it had lodged a diplomatic protest", "blocking a resupply mission.",
  ("Philippines", C, neg, "China", "protest + accusation of harassment"))
U(d, "The Chinese Embassy in Manila said Ambassador Huang and Marcos had held a frank exchange", "consensus reached in January.",
  ("China", T, pos, "Philippines", "agreement to handle the matter through dialogue"),
  ("Philippines", T, pos, "China", "Marcos's agreement reported by the embassy: a position of X reported by Y is X's"))
U(d, "Marcos told reporters later that invoking the Philippines' defence treaty", "not under consideration.",
  ("Philippines", N, neu, "", "decision not to escalate, with no appeal in the sentence = neutral"))
U(d, "The U.S. State Department issued a statement on Monday", "everyone who uses the waterway.",
  ("United States", C, neg, "China", "'reckless', 'a hazard to everyone' = judgement"))
U(d, "Price also said Washington's treaty pledge to defend the Philippines", "the statement said.",
  ("United States", S, pos, "Philippines", "treaty commitment to the ally = backing (unsure: could be read as a deterrent warning to China)"))
U(d, "Australia's ambassador to Manila, Hae Kyong Yu, wrote on social media", "had no place at sea.",
  ("Australia", C, neg, "China", "'put Filipino sailors at risk', 'no place at sea' = judgement without a stock word"))
U(d, "Japan's ambassador, Kazuhiko Koshikawa, posted that Tokyo was watching", "with unease.",
  ("Japan", N, neg, "", "unease without an appeal and without a judgement word = neutral, negative"))
U(d, "Japan pledged 600 billion yen in development aid", "between their coast guards.",
  ("Japan", S, pos, "Philippines", "aid pledged + deeper coast guard cooperation = backing by act"))
U(d, "The United States secured access to four more Philippine military sites", "Enhanced Defense Cooperation Agreement.",
  ("United States", S, pos, "Philippines", "specific act reported as done: defence access deal = backing by act (unsure: could be read as background)"))
U(d, "Indonesian Foreign Minister Retno Marsudi, whose country chairs", "could set them back.",
  ("ASEAN", T, pos, "", "speaks as ASEAN chair ('the bloc'); welcome + appeal with no judgement: rule 2 before rule 3"))
# "Chinese experts said the affair had been amplified ..." = unnamed speakers, no row.
U(d, "\"Some in Washington want every encounter at Ren'ai Jiao", "Institute of Ocean Governance Studies.",
  ("Song Jianwei", C, neg, "United States", "invented researcher; 'pull the strings from behind' = judgement of Washington"))
U(d, "Song said he hoped Manila would keep the dispute within bilateral channels", "set its agenda.",
  ("Song Jianwei", T, pos, "Philippines", "hope for bilateral talks = calling_for_talks"))
U(d, "Renato Dizon, a retired Philippine career diplomat", "than from public campaigns.",
  ("Renato Dizon", T, neu, "Philippines", "invented former diplomat (speaks for no body); preference for negotiation = appeal"))
U(d, "\"We have a hotline between the coast guards now.", "Dizon said.",
  ("Renato Dizon", T, neu, "Philippines", "appeal to use the hotline, no judgement"))
# "The Philippines has kept a small garrison ..." = background; "China has repeatedly asked ... to tow the ship away" = vague background, no row.
