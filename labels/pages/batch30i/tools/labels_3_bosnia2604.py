# ------------------------------------------------------------------ Security Council renews EUFOR ALTHEA, resolution 2604 (UN meetings coverage, 2021-11-03)
d = "page_bosnia_eufor_res2604_2021_unmeetings.txt"
# Not statements: site menu, document symbol, date, meeting number, headline and subheadline, "Statements" crosshead,
# meeting times, "For information media", share line.
U(d, "The Security Council today extended for a further 12 months its authorization", "reference to the Office of the High Representative.",
  ("United Nations", S, neu, "European Union", "the Council's renewal of the EU-led force = backing by act (EUFOR is an EU operation)"))
U(d, "By the terms of the resolution, the Council called upon the parties", "reforms the country needs.",
  ("United Nations", T, neu, "", "resolution's appeal to refrain from divisive rhetoric and engage in dialogue"))
# "The High Representative, Christian Schmidt, did not brief the Council, although his latest report was made available" = procedure narrated, no position -> no row.
U(d, "In that report, Mr. Schmidt wrote that moves by authorities in the Republika Srpska entity", "put the peace settlement at risk.",
  ("Office of the High Representative", C, neg, "Republika Srpska", "'secession in all but name' = judgement of the entity's moves"))
U(d, "The representative of France, speaking after the vote, said his country welcomed the renewal", "its full support.",
  ("France", S, pos, "Office of the High Representative", "welcome + full support for the High Representative"))
U(d, "He condemned any step that called into question the territorial integrity", "they had been boycotting.",
  ("France", C, neg, "", "condemnation + appeal to return to institutions: rule 1; no actor named -> target empty"))
U(d, "The representative of the United States said the delegation regretted", "not subject to a vote of the Council.",
  ("United States", C, neg, "", "'regretted' that the Council did not hear him, aimed at those who blocked it (Russia and China, unnamed) + backing of his authority: judgement decides (unsure: could be supporting the OHR)"))
U(d, "The speaker went on to describe the plans announced by Milorad Dodik", "threatened the Dayton framework.",
  ("United States", C, neg, "", "'dangerous attempt to dismantle the State' + threat of measures; Dodik speaks for Republika Srpska here as a person (not the canonical target): target empty"))
U(d, "Taking the floor for the Russian Federation, its representative said the resolution had been adopted only because", "the correct outcome.",
  ("Russia", S, neu, "United Nations", "approves the text as adopted, without the OHR reference (unsure: could be neutral explanation of vote)"))
U(d, "In his delegation's view, Mr. Schmidt had been installed without the Council's approval", "should be closed.",
  ("Russia", C, neg, "Office of the High Representative", "disputes the appointment's legitimacy and calls for closure = rejection of a party in protest"))
U(d, "He added that the Western capitals were once again presenting the Bosnian Serbs", "his delegation did not share.",
  ("Russia", C, neg, "", "accuses the 'Western capitals' of a one-sided picture (non-canonical target)"))
U(d, "China's representative said his country supported the continued presence of EUFOR ALTHEA", "territorial integrity of Bosnia and Herzegovina.",
  ("China", S, neu, "European Union", "support for the EU-led force"))
U(d, "He said any future arrangement for the High Representative must have the consent", "through consultation.",
  ("China", T, neu, "", "conditions for the office + call for consultation among the peoples, no explicit judgement = calling_for_talks (unsure: implied objection to Schmidt)"))
U(d, "The representative of the United Kingdom said her delegation was alarmed by the secessionist rhetoric", "the wider region.",
  ("United Kingdom", C, neg, "Republika Srpska", "alarm aimed at an actor's 'secessionist rhetoric' that 'threatened' the region = judgement, not bare concern"))
U(d, "She thanked the High Representative for his report", "stood firmly behind his Office.",
  ("United Kingdom", S, pos, "Office of the High Representative", "thanks + backing"))
U(d, "Ireland's representative said that the Council could not look away", "refrain from unilateral steps.",
  ("Ireland", C, neg, "", "'institutions being hollowed out' = judgement without stock word, + appeal (rule 1); culprit unnamed"))
U(d, "Speaking for Estonia, the representative said his country's support for Mr. Schmidt was unequivocal", "international community's voice.",
  ("Estonia", S, pos, "Office of the High Representative", "support; the side-swipe at those questioning the appointment names no one"))
U(d, "The representative of Norway welcomed the unanimous adoption", "across ethnic lines.",
  ("Norway", S, pos, "United Nations", "welcome of the Council's decision and of EUFOR's role"))
U(d, "Kenya's representative said his delegation had voted in favour", "at the negotiating table.",
  ("Kenya", T, pos, "", "explanation of vote + hope that leaders settle at the negotiating table: hope = calling_for_talks"))
U(d, "The representative of India noted the resolution's adoption", "the High Representative's mandate.",
  ("India", N, neu, "", "procedural: explanation of vote with a reservation, no judgement and no appeal"))
U(d, "The speaker for Mexico said his delegation was concerned", "political dialogue in the country.",
  ("Mexico", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "The representative of Viet Nam said he hoped that the parties would resolve", "in keeping with the Peace Agreement.",
  ("Vietnam", T, pos, "", "hope for dialogue = calling_for_talks"))
U(d, "The representative of Bosnia and Herzegovina said that the unilateral decisions", "could not take effect.",
  ("Bosnia and Herzegovina", C, neg, "Republika Srpska", "decisions of the entity's assembly declared without basis = judgement"))
U(d, "He thanked EUFOR for its service and asked the Council to remain actively seized", "of the matter.",
  ("Bosnia and Herzegovina", S, pos, "European Union", "thanks to the EU-led force (the request to the Council is procedural)"))
U(d, "The representative of Serbia said his country respected the territorial integrity", "imposed on the country's peoples from outside.",
  ("Serbia", C, neg, "Office of the High Representative", "rejects imposed decisions = objection aimed at the High Representative's powers (unsure: target implied, not named)"))
U(d, "Croatia's representative said a durable solution required electoral reform", "path towards the European Union.",
  ("Croatia", S, pos, "Bosnia and Herzegovina", "call for electoral reform + pledge of help to the neighbour: the pledge of help decides (unsure: could be calling_for_talks)"))
U(d, "Also invited under rule 39, Amra Kovačević, Director of the Sarajevo Centre", "their children's future.",
  ("Amra Kovačević", N, neg, "", "invented civil-society briefer; cost of deadlock for citizens, no judgement of an actor, no appeal"))
U(d, "She said the people of Bosnia and Herzegovina had heard enough threats of secession.", "had heard enough threats of secession.",
  ("Amra Kovačević", C, neg, "", "'enough threats of secession' = judgement of the secessionist camp (non-canonical, target empty)"))
U(d, "\"What the Council can do is insist, every time it meets", "she said.",
  ("Amra Kovačević", T, neu, "", "appeal for leaders to agree electoral reform = calling_for_talks"))
