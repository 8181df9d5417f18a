# ------------------------------------------------------------------ Morocco: GenZ 212 protests and the Lqliaa deaths (Moroccan national daily, scraped text, 2025-10-02)
d = "page_morocco_genz212_lqliaa2025_dailyscrape.txt"
# The daily names its own government by title only ("the head of government", "the government spokesman", "the health
# minister", "the interior ministry's spokesman") = Morocco.
# Not statements: masthead, menu, dates, breadcrumb, headline (carries the head of government's offer: no row), byline,
# reading time and comment count, photo captions with credits and "2/4", "Also read" links, ADVERTISEMENT, crossheads,
# tags, share line, readers' comments and likes, most read, copyright.
U(d, "The head of government said on Thursday that his cabinet had heard the demands", "\"wherever young people are willing to sit down with us\".",
  ("Morocco", T, pos, "", "title only; offer of dialogue to the protesters = calling_for_talks (offering talks)"))
U(d, "In a statement issued after an emergency meeting of the government majority,", "would be accelerated.",
  ("Morocco", T, pos, "", "'he' carried from the lede; dialogue as the way + promise of reforms (unsure: the reform pledge alone would be neutral)"))
# "The statement came a day after three people were killed in Lqliaa ..." = narration with a toll from no named source, no row.
U(d, "According to the interior ministry's spokesman, the three were shot when a group", "weapons and ammunition.",
  ("Morocco", N, neg, "", "'according to'; the state's account of the shooting, justifying its forces (as the Douala governor's on the Cameroon page) = neutral, negative; the attackers are not an actor (unsure: could be condemning as an accusation)"))
U(d, "The spokesman said gendarmes had first used tear gas and warning shots,", "when the post was overrun.",
  ("Morocco", N, neg, "", "'the spokesman'; account of own forces' conduct (justification) = neutral, negative"))
U(d, "He said 263 members of the security forces and 23 civilians had been injured", "taken into custody.",
  ("Morocco", N, neu, "", "figures given by an actor = neutral"))
U(d, "The government spokesman, speaking after the weekly cabinet meeting, warned that", "to burn public property\".",
  ("Morocco", C, neg, "", "warning to rioters = threat; rioters are not an actor -> target empty"))
U(d, "He said those who looted shops or set fire to vehicles", "full force of the law.",
  ("Morocco", C, neg, "", "threat of prosecution = condemning"))
U(d, "\"The peaceful demands deserve answers; the arson deserves a court,\" he told reporters.", "he told reporters.",
  ("Morocco", C, neg, "", "judgement of the arson alongside acceptance of peaceful demands (rule 1)"))
U(d, "The health minister had told the House of Representatives on Wednesday that patients", "the reforms in his sector.",
  ("Morocco", N, neg, "", "admission of shortfall about own policy = neutral, negative"))
U(d, "GenZ 212, the anonymous collective that has organised the marches through the Discord platform,", "on Thursday.",
  ("GenZ 212", T, neu, "", "rejection of violence aimed at no actor = appeal for non-violence ('opposes any escalation' kind)"))
U(d, "The group said the vandalism of the past two nights had been committed by people", "keep every gathering peaceful.",
  ("GenZ 212", T, neu, "", "disowning the vandals (denial of responsibility) + appeal to keep peaceful; the appeal decides (unsure: neutral)"))
U(d, "In a separate letter addressed to the King and published on its channels,", "jobs unkept.",
  ("GenZ 212", C, neg, "Morocco", "demand for the government's dismissal + accusation of failure = condemning"))
U(d, "It also wants everyone held over the peaceful marches set free.", "set free.",
  ("GenZ 212", T, neu, "Morocco", "demand to release detainees, no judgement word = calling_for_talks (README: demand to one side with no judgement)"))
U(d, "The Moroccan Association for Human Rights said the deaths in Lqliaa required", "in several cities.",
  ("Moroccan Association for Human Rights", C, neg, "Morocco", "call for an inquiry + accusation of excessive force (rule 1)"))
U(d, "The Justice and Development Party's secretary-general, Abdelilah Benkirane, blamed", "announced for years.",
  ("PJD", C, neg, "Morocco", "party leader blames the government's 'arrogance'; PJD is the canonical party name; 'he said' carried inside the clause"))
U(d, "The Socialist Union of Popular Forces called for an urgent session of parliament", "devoted to the protests.",
  ("Socialist Union of Popular Forces", N, neu, "", "request for a parliamentary session = procedural (unsure: could be calling_for_talks)"))
U(d, "Amnesty International said Moroccan authorities must respect the right to peaceful assembly", "\"promptly and impartially\".",
  ("Amnesty International", T, neg, "Morocco", "'must respect' + 'investigate' with no judgement word = demand to one side, calling_for_talks (unsure: condemning by implication)"))
U(d, "The UN human rights office in Geneva said it was following the protests in Morocco closely,", "as a last resort.",
  ("United Nations", T, neu, "Morocco", "monitoring + appeal for restraint in the use of force = calling_for_talks"))
U(d, "Spain's foreign minister, Jose Manuel Albares, said Madrid trusted Morocco's institutions", "\"every confidence\" in its partner.",
  ("Spain", S, pos, "Morocco", "expression of confidence in Morocco = backing"))
U(d, "The European Union expressed the hope that calm would return quickly,", "journalists in Brussels.",
  ("European Union", T, pos, "", "hope for calm = calling_for_talks; attribution tail to an EEAS spokesperson"))
U(d, "Hicham Lazrak, a sociologist at the Rabat Centre for Social Research, said the government had been slow", "bought off with a meeting.",
  ("Hicham Lazrak", C, neg, "Morocco", "invented sociologist; criticism of the government's slowness"))
U(d, "\"These young people grew up watching new stadiums rise", "Lazrak said.",
  ("Hicham Lazrak", N, neg, "", "explanation of the anger, no judgement of a named actor (unsure: implicit criticism of spending)"))
U(d, "He said the government should name an independent body to receive the movement's demands", "leaders to come forward.",
  ("Hicham Lazrak", T, neu, "Morocco", "proposal of a channel for dialogue"))
U(d, "Rachid Ouazzani, who runs a cafe on the main avenue in Sale,", "three nights in a row.",
  ("Rachid Ouazzani", N, neg, "", "invented witness; his own act, no position"))
U(d, "\"I agree with what they ask for, hospitals and schools, but not with the boys", "he said.",
  ("Rachid Ouazzani", S, pos, "GenZ 212", "agrees with the movement's demands while rejecting the vandals (non-actors); approval of the demands is the position towards an actor (unsure: mixed)"))
