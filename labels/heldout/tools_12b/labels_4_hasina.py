# ------------------------------------------------------------------ Hasina sentenced to death in absentia; India's response (scraped Kolkata news page, 2025-11-18)
d = "page_hasina_verdict_regional.txt"
U(d, "Hasina, 78, was found guilty on Monday", "were killed.",
  ("United Nations", N, neu, "", "the verdict is narrated in the passive (no speaker); the only position in the sentence is the casualty estimate of a UN fact-finding report = UN figure, neutral"))
U(d, "Reading out the judgment, Justice Md Golam Mortuza Mozumder", "behind the killings.",
  ("Bangladesh", C, neg, "Awami League", "the tribunal's presiding judge = a state body; finding that Hasina (the Awami League's leader) drove the killings = judgement (unsure: a court ruling could be kept as neutral procedure)"))
U(d, "In a statement issued hours after the verdict, Bangladesh's foreign ministry said", "unfriendly act.",
  ("Bangladesh", C, neg, "India", "treaty obligation + warning that shelter would be an 'unfriendly act' = judgement/warning aimed at India"))
U(d, "Shafiqul Alam, press secretary to Chief Adviser Muhammad Yunus", "approaching Interpol.",
  ("Bangladesh", N, neu, "", "the chief adviser's press secretary = Bangladesh; plan to pursue the request (Yunus is only mentioned here)"))
U(d, "Foreign Adviser Touhid Hossain said separately", "reasonable time.",
  ("Bangladesh", N, neu, "", "expectation of an answer, no judgement and no peace appeal = neutral; New Delhi = metonym"))
U(d, "India's Ministry of External Affairs said on Monday evening", "political forces there.",
  ("India", T, pos, "Bangladesh", "hope for a peaceful, democratic future + staying engaged with all forces = hope/engagement = calling_for_talks; no word on extradition"))
U(d, "The statement made no reference to the extradition request", "on Tuesday.",
  ("India", N, neu, "", "declines to comment = neutral (the first clause is the reporter's observation)"))
U(d, "In New Delhi, Congress general secretary Jairam Ramesh said", "Dhaka's request.",
  ("Indian National Congress", T, neu, "India", "opposition party under its own name; demand for an explanation from its own government, no judgement word = calling_for_talks (as batch5c's demands for an explanation)"))
U(d, "Hasina, who has lived in India since fleeing Dhaka", "nobody had voted for.",
  ("Awami League", C, neg, "Bangladesh", "Hasina speaks as leader of the Awami League, in a statement the party released; 'political instrument' of an unelected administration = judgement of the interim government"))
U(d, "\"I deny every one of these charges.", "she said.",
  ("Awami League", N, neg, "", "multi-sentence quote closed by the speaker; denial + grief = neutral, negative"))
U(d, "\"Let them take this case to a court the world trusts", "I will be there.\"",
  ("Awami League", N, neg, "", "quotation continued over a paragraph break, no new attribution = same speaker (Hasina); counter-offer of another court, the distrust of the tribunal is implied, not stated = neutral (unsure)"))
U(d, "The Awami League, which has been barred from February's election", "written in advance.",
  ("Awami League", C, neg, "Bangladesh", "protests called against a 'verdict written in advance' = protest + judgement"))
U(d, "Her son and adviser, Sajeeb Wazed Joy, said", "protecting her.",
  ("Sajeeb Wazed Joy", S, pos, "India", "Hasina's son speaks in his own name (already an actor of his own in labels/actors.csv); thanks to New Delhi (metonym) = approval"))
U(d, "Dhaka Metropolitan Police Commissioner Sheikh Md Sajjat Ali said", "bomb-throwers.",
  ("Bangladesh", N, neg, "", "own security order against arsonists (no actor named) = neutral plan, negative tone (unsure: a threat could be read as condemning); the sentence before it has no speaker"))
U(d, "Chief Adviser Yunus said in a statement on Monday", "held to account.",
  ("Bangladesh", C, neg, "Awami League", "the head of the interim government speaks for Bangladesh (not for the separate actor 'Muhammad Yunus' of the name files, kept from a time he held no office); 'turned guns on schoolchildren' = judgement of Hasina's government = Awami League"))
U(d, "Mirza Fakhrul Islam Alamgir, secretary general of the Bangladesh Nationalist Party", "uprising.",
  ("Bangladesh Nationalist Party", S, pos, "Bangladesh", "party under its own name; welcome of the judgment (the tribunal = Bangladesh) with no judgement word against the Awami League = supporting"))
U(d, "In Geneva, Ravina Shamdasani, spokesperson for the UN human rights office", "fair-trial standards.",
  ("United Nations", C, neg, "Bangladesh", "'deplored' the death sentences + doubts on fairness = judgement of the tribunal's act; the long-standing call for accountability inside the sentence does not outweigh it (rule 1); Geneva = place"))
U(d, "UN High Commissioner for Human Rights Volker Türk appealed for calm", "days ahead.",
  ("United Nations", T, neg, "", "appeal for calm and non-violence to everyone = calling_for_talks"))
U(d, "Amnesty International said the speed of the proceedings", "to the record.",
  ("Amnesty International", C, neg, "Bangladesh", "verdict 'without credibility', execution would be 'one more violation' = judgement"))
U(d, "Meenakshi Ganguly, deputy Asia director at Human Rights Watch", "death penalty.",
  ("Human Rights Watch", C, neg, "", "judges both the abuses under Hasina's government and the trial/death penalty: aimed at two actors -> target empty"))
U(d, "Thomas Kean, a senior consultant at the International Crisis Group", "turn violent.",
  ("International Crisis Group", N, neg, "", "analysis + warning, no appeal = neutral, negative"))
