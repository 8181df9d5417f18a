# ------------------------------------------------------------------ Resolution 2428: arms embargo on South Sudan (UN meetings coverage, 2018-07-13)
d = "page_southsudan_res2428_2018_unmeetings.txt"
# Not statements: site header, breadcrumb, section labels, date, headline and subheadline (both carry positions),
# meeting times, the "* *** *" rule, "For information media", related documents, follow line, copyright.
U(d, "The Security Council today imposed an arms embargo on South Sudan", "travel ban and assets freeze.",
  ("United Nations", C, neg, "South Sudan", "the Council = United Nations; embargo and sanctions imposed = condemning"))
U(d, "Adopting resolution 2428 (2018) by a recorded vote", "territory of South Sudan.",
  ("United Nations", C, neu, "South Sudan", "the vote count (narration) carries the Council's decision on the embargo = measure; the abstainers' positions are given by their speakers below, so no rows for them here"))
U(d, "By further terms, the Council demanded that all parties", "throughout the country.",
  ("United Nations", T, neg, "", "demand to end operations and allow access, no judgement word = calling_for_talks"))
# "The two individuals added to the sanctions list are ..." = facts of the listing, no row (the listing is in the first unit).
# "Before the vote, the Council heard from Nyandeng Atem ..." = procedure, no row.
U(d, "Ms. Atem said that the guns reaching her country", "each new shipment.",
  ("Nyandeng Atem", N, neg, "", "invented civil-society briefer (person, introduced by role, then 'Ms. Atem'); account of harm to civilians with no actor blamed = neutral, negative"))
U(d, "She urged members to stop the flow of weapons", "any peace agreement.",
  ("Nyandeng Atem", T, neg, "", "appeal to stop arms and protect civilians; no judgement (unsure: a call for an embargo could be read as a call for sanctions = condemning)"))
U(d, "Speaking before the vote, the representative of the United States said", "the next offensive.",
  ("United States", C, neg, "South Sudan", "'the representative of X'; leaders used every chance to prepare offensives = judgement without a stock word"))
U(d, "The arms that reached the country were turned on villages", "since 2013.",
  ("United States", C, neg, "South Sudan", "'she said' mid-sentence; accusation by describing attacks + backing the embargo (a measure)"))
U(d, "Turning to the Khartoum Declaration signed on 27 June", "benefit of the doubt.",
  ("United States", C, neg, "", "ceasefire broken, neither side trusted = judgement on both parties -> target empty"))
U(d, "The representative of Ethiopia said that his delegation would abstain.", "would abstain.",
  ("Ethiopia", N, neu, "", "announced abstention, no reason in this sentence = neutral"))
U(d, "He said the embargo came at a delicate point", "Addis Ababa and Khartoum.",
  ("Ethiopia", C, neg, "", "'would undercut the regional leaders' = judgement on the Council's measure; drafters not named -> target empty (unsure: could be neutral explanation of vote)"))
U(d, "He appealed to Council members to give the revitalization process", "the time it needed.",
  ("Ethiopia", T, neu, "", "appeal for time for mediation = calling_for_talks"))
U(d, "Following the vote, the representative of the United Kingdom said", "lives of their people.",
  ("United Kingdom", C, neg, "", "judgement on 'the country's leaders' (government and opposition) -> target empty"))
U(d, "She welcomed the talks hosted by Sudan and Uganda", "lasting settlement.",
  ("United Kingdom", T, pos, "", "welcome joined to a peace appeal, no judgement: rule 2 before rule 3 -> calling_for_talks"))
U(d, "The representative of France said the embargo was not aimed at punishing", "abuses against them.",
  ("France", C, neu, "", "backing the embargo (a measure) = condemning; aimed at the arms supply rather than a named actor -> target empty; measured tone"))
U(d, "He added that France stood ready to support IGAD's mediation.", "IGAD's mediation.",
  ("France", S, pos, "IGAD", "offer of support to the regional body = supporting"))
U(d, "The representative of Côte d'Ivoire said his country had voted in favour", "dialogue in good faith.",
  ("Ivory Coast", T, pos, "", "vote explained by the hope that parties respect the ceasefire = calling_for_talks (hope, no judgement)"))
U(d, "The representative of Sweden said his delegation was deeply alarmed", "humanitarian assistance.",
  ("Sweden", N, neg, "", "alarm with no appeal = neutral, negative; figures inside"))
U(d, "The representative of the Netherlands extended his condolences", "since the conflict began.",
  ("Netherlands", S, neg, "", "condolences = supporting (batch reading); families are not an actor -> target empty; grief = negative tone"))
U(d, "The representative of Poland said the adoption sent a clear signal", "would have consequences.",
  ("Poland", C, neg, "", "warning of consequences for attackers = condemning; no named actor -> target empty"))
U(d, "The representative of Kuwait said that his delegation had voted in favour", "without conditions.",
  ("Kuwait", T, neu, "", "appeal to implement the cessation of hostilities"))
U(d, "The representative of Peru said that ceasefire violations", "were unacceptable.",
  ("Peru", C, neg, "", "'unacceptable' aimed at violations by unnamed parties -> target empty"))
U(d, "Explaining his abstention, the representative of China said", "run ahead of it.",
  ("China", T, neu, "", "abstention explained by an appeal to back the mediation, no judgement word = calling_for_talks"))
U(d, "The representative of the Russian Federation said the text was the product of pressure", "position of the African Union.",
  ("Russia", C, neg, "United States", "the penholder on South Sudan is the US (context: the US drafted it); 'pressure rather than consultation' = judgement"))
U(d, "The speaker said his delegation would not stand in the way", "implementation closely.",
  ("Russia", N, neu, "", "'the speaker' = the Russian representative; procedural"))
U(d, "The representative of Bolivia said sanctions had never brought peace", "hardest on the population.",
  ("Bolivia", C, neg, "", "judgement on the Council's measure; no named actor -> target empty"))
U(d, "The representative of Kazakhstan said his delegation had abstained out of solidarity", "asked for more time.",
  ("Kazakhstan", S, pos, "", "abstention as backing for the African members (Ethiopia, Equatorial Guinea) = supporting by act; two actors -> target empty"))
U(d, "The representative of Equatorial Guinea regretted that the Council had not heeded", "under way.",
  ("Equatorial Guinea", C, neg, "United Nations", "'regretted' aimed at the Council = judgement"))
U(d, "The representative of South Sudan said the resolution rewarded", "put in front of it.",
  ("South Sudan", C, neg, "United Nations", "judgement on the Council's resolution"))
U(d, "He said his Government remained committed to the Khartoum Declaration", "the next round.",
  ("South Sudan", T, pos, "", "commitment to attend the next round of talks = calling_for_talks (labels/README)"))
U(d, "He denied that Government forces had targeted civilians", "on the ground.",
  ("South Sudan", N, neg, "", "denial = neutral, negative"))
