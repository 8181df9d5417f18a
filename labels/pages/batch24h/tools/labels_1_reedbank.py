# ------------------------------------------------------------------ The Reed Bank sinking of the F/B Gem-Ver (wire copy, 2019-06-14)
d = "page_reedbank_gemver2019_wire.txt"
# Not statements: site bar, menu, breadcrumb, headline, bullet summary, byline, time stamp, crossheads, ADVERTISEMENT,
# "Related:", reporting credits, tags, most read, copyright.
U(d, "The Philippines has lodged a diplomatic protest with China", "a political quarrel.",
  ("Philippines", C, neg, "China", "dateline excluded; a diplomatic protest = a measure against China"),
  ("China", T, neg, "Philippines", "'routine collision' + telling Manila not to politicise: an appeal with no judgement word (rule 2), tone negative"))
U(d, "The F/B Gem-Ver, with 22 crew aboard", "Philippine defence department.",
  ("Philippines", N, neu, "", "facts given by the defence department ('according to')"))
# "The wooden boat went down within minutes ..." = narration, no row.
U(d, "Defence Secretary Delfin Lorenzana said in a statement on Wednesday", "from its seafarers.",
  ("Philippines", C, neg, "China", "judgement of the crew's conduct without a stock word; the crew resolves to its state"))
U(d, "\"Men were left in the dark in open water", "Lorenzana said.",
  ("Philippines", C, neg, "China", "multi-sentence quote closed by its speaker; judgement + demand that the culprits answer for it"))
U(d, "Locsin, posting on Twitter, said he had sent the protest", "punish them.",
  ("Philippines", C, neg, "China", "protest sent (act) + demand for punishment"))
U(d, "He also thanked Hanoi for what he called the decency", "forgotten in Manila.",
  ("Philippines", S, pos, "Vietnam", "pronoun = Locsin; thanks and praise = supporting; Hanoi = Vietnam"))
U(d, "Presidential spokesman Salvador Panelo said President Rodrigo Duterte was angered", "discipline the captain.",
  ("Philippines", C, neg, "China", "the president's spokesman speaks for the state (the name files list Panelo under the person 'Rodrigo Duterte'; as head of state in 2019 Duterte is the Philippines); anger + demand to punish"))
U(d, "In Beijing, foreign ministry spokesman Geng Shuang told a regular briefing", "what had happened.",
  ("China", N, neu, "", "account + inquiry under way: facts, no evaluation"))
U(d, "\"We hope the relevant side will not inflate this matter", "Geng said.",
  ("China", T, neg, "Philippines", "appeal not to politicise addressed to Manila; no explicit judgement word (unsure: could be condemning)"))
U(d, "The Chinese embassy in Manila said in a statement on Friday", "being attacked.",
  ("China", N, neg, "", "counter-account that denies abandonment: a denial = neutral, negative tone"))
U(d, "The embassy said the captain had wanted to help", "friendly consultation.",
  ("China", T, neu, "", "denial + appeal to handle the case calmly through consultation: the appeal decides"))
# "Reed Bank, which Manila calls Recto Bank, lies ..." and "An international tribunal ruled in 2016 ..." = background, no row.
U(d, "In Hanoi, foreign ministry spokeswoman Le Thi Thu Hang said", "in good health.",
  ("Vietnam", N, pos, "", "facts about its own crew's rescue, approving tone (self-praise = neutral)"))
U(d, "She said Vietnam wanted all parties to respect the law of the sea", "more complicated.",
  ("Vietnam", T, neu, "", "appeal to all parties, no judgement"))
U(d, "A State Department spokesperson said in Washington that the United States was troubled", "international law.",
  ("United States", T, neg, "", "concern + appeal to all claimants: calling_for_talks; several addressees -> target empty"))
U(d, "\"The United States stands with our Philippine allies", "the spokesperson added.",
  ("United States", S, pos, "Philippines", "solidarity with an ally + treaty commitment"))
U(d, "In Tokyo, Chief Cabinet Secretary Yoshihide Suga said", "safety at sea.",
  ("Japan", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Opposition Senator Risa Hontiveros called on Duterte to recall", "punished the crew.",
  ("Philippines", C, neg, "China", "a senator = her state (as Senator Cardin in the guide's table; her party is not named on the page); a call for a measure (recall of the ambassador) = condemning"))
U(d, "Senator Antonio Trillanes urged the government to ask the International Maritime Organization", "independent inquiry.",
  ("Philippines", T, neu, "", "call for an independent inquiry = calling_for_talks (as demands for an inquiry)"))
# "Dozens of activists burned a mock Chinese flag ..." = unnamed group, no row.
U(d, "By Thursday, however, Lorenzana's tone had softened", "what to do next.",
  ("Philippines", N, neu, "", "procedure: awaiting the coast guard's findings; no judgement"))
U(d, "Coast guard spokesman Armand Balilo said", "all 22 crew members.",
  ("Philippines", N, neu, "", "state agency reporting an inquiry = neutral"))
U(d, "Ramon Villaruz, a senior fellow at the Manila-based Archipelago Security Studies Centre", "their own waters.",
  ("Ramon Villaruz", C, neg, "China", "invented analyst; accusation of a pattern of crowding Filipinos out"))
U(d, "\"Whether or not it was deliberate", "Villaruz said.",
  ("Ramon Villaruz", C, neg, "China", "judgement of the crew and of Beijing's reaction"))
U(d, "He said Manila should press for a joint inquiry", "let the case drift.",
  ("Ramon Villaruz", T, neu, "Philippines", "appeal for a joint inquiry with neutral observers, addressed to Manila"))
U(d, "Liang Wenjie, who teaches international relations", "ties with Beijing.",
  ("Liang Wenjie", N, neu, "", "invented scholar; forecast, no evaluation"))
U(d, "\"Both capitals have every reason to keep this at the level of an accident,\"", "Liang said.",
  ("Liang Wenjie", N, neu, "", "assessment of interests, no judgement or appeal"))
