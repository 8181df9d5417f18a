# ------------------------------------------------------------------ UN noon briefing after Imran Khan's arrest and move to Attock jail (UN transcript, 2023-08-08)
d = "page_imrankhan_attock2023_unbriefing.txt"
# Not statements: site header, breadcrumb, title, date, transcript note, "Good afternoon. Let's start with Niger.",
# topic headings, "**Questions and Answers", the journalists' own questions and narration, closing line, share line, Related, footer.
# The Spokesman relays the Secretary-General and speaks for the United Nations; a journalist's question that reports
# another actor's position is that actor's statement (labels/README); the question itself is no one's.
U(d, "The Secretary-General continues to follow the situation in Niger with deep concern", "has passed.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "He reiterates his full support for the efforts of ECOWAS and its leaders", "through mediation.",
  ("United Nations", S, pos, "ECOWAS", "backing of a regional body's mediation = supporting"))
U(d, "He once again calls for the immediate and unconditional release of President Mohamed Bazoum", "and his family.",
  ("United Nations", T, neg, "Niger", "demand addressed to the junta (= Niger, guide) with no judgement word = calling_for_talks"))
U(d, "The Secretary-General is also worried by reports of the conditions", "his safety and his dignity.",
  ("United Nations", T, neg, "Niger", "concern joined to an appeal = calling_for_talks"))
U(d, "Our colleagues in Niamey tell us that humanitarian operations continue", "where access allows.",
  ("United Nations", N, neu, "", "operational fact"))
U(d, "The UN system has several hundred national and international staff", "staying and delivering.",
  ("United Nations", N, pos, "", "own presence described = neutral"))
U(d, "Turning to Ukraine, the Secretary-General strongly condemns the Russian missile strikes", "after the first strike.",
  ("United Nations", C, neg, "Russia", "condemnation relayed by the Spokesman"))
U(d, "Our Humanitarian Coordinator, Denise Brown, said in a statement", "is cruel and must stop.",
  ("United Nations", C, neg, "Russia", "UN coordinator; judgement ('cruel') of the double strike, Russia by context"))
# "Humanitarian partners have delivered ..." = unnamed partners, no row.
U(d, "In Sudan, the Office for the Coordination of Humanitarian Affairs (OCHA) tells us", "into neighbouring countries.",
  ("United Nations", N, neg, "", "displacement figures = neutral stance"))
U(d, "Our humanitarian colleagues continue to appeal to both parties to agree on safe routes", "the Darfur region.",
  ("United Nations", T, neu, "", "appeal to both parties for access = calling_for_talks"))
U(d, "The humanitarian response plan for Sudan is only about a quarter funded", "call on donors to step up.",
  ("United Nations", T, neg, "", "asking for humanitarian funding = calling_for_talks (labels/README: asking for help is not supporting)"))
U(d, "We have seen the reports of the verdict and of Mr. Khan's arrest.", "of Mr. Khan's arrest.",
  ("United Nations", N, neu, "", "procedural line, no position"))
U(d, "As the Secretary-General has said before on this case, what is important is that legal proceedings", "for the rule of law.",
  ("United Nations", T, neu, "Pakistan", "appeal for due process relayed by the Spokesman, no judgement"))
U(d, "We would also call on everyone to remain calm and on the authorities to respect the right", "to demonstrate peacefully.",
  ("United Nations", T, neu, "", "appeal for calm and for respect of peaceful protest; everyone + authorities -> target empty"))
U(d, "His party, the PTI, says the trial was rushed", "it has filed an appeal.",
  ("Pakistan Tehreek-e-Insaf", C, neg, "Pakistan", "position reported inside a journalist's question = the party's statement; accusation of an unfair trial"))
U(d, "The Government says the court simply applied the law.", "simply applied the law.",
  ("Pakistan", N, neu, "", "government's defence of the verdict, reported in the question = neutral"))
U(d, "I'm not going to be in a position to assess the merits of the case from this podium.", "from this podium.",
  ("United Nations", N, neu, "", "declines to assess = procedural, neutral"))
U(d, "There are avenues of appeal, and those should be used.", "those should be used.",
  ("United Nations", N, neu, "", "procedural pointer to legal remedies, no appeal for talks (unsure: could be calling_for_talks)"))
# "Our position is the one I just stated." = reference back, no row.
U(d, "Steph, the US State Department said yesterday that it regards this as an internal matter", "between political parties.",
  ("United States", N, neu, "", "US position reported in a question; non-involvement = neutral"))
# "I will let the State Department speak for itself." = non-answer, no row.
U(d, "We encourage all political actors in Pakistan to settle their differences through dialogue", "inclusive and peaceful atmosphere.",
  ("United Nations", T, pos, "", "appeal for dialogue + hope for peaceful elections"))
U(d, "A Lahore-based constitutional lawyer, Saira Mahmood, has told our channel", "keep Mr. Khan off the ballot.",
  ("Saira Mahmood", C, neg, "Pakistan", "invented independent voice reported in a question; charge that the aim is to bar Khan = judgement of the authorities"))
U(d, "The Secretary-General has regular contacts with the Pakistani authorities", "to announce today.",
  ("United Nations", N, neu, "", "procedural line"))
U(d, "And on the protests, the Punjab police say they detained more than a hundred PTI workers", "over the weekend.",
  ("Pakistan", N, neu, "", "provincial police = Pakistan; own detentions reported as a figure, no judgement stated"))
# "I don't have those figures." = non-answer, no row.
U(d, "But I will repeat that people should be able to express their views peacefully", "should show restraint.",
  ("United Nations", T, neu, "Pakistan", "appeal for restraint addressed to the authorities"))
U(d, "On Niger, the junta has closed the airspace and said it will respond to any aggression.", "respond to any aggression.",
  ("Niger", C, neg, "ECOWAS", "junta = Niger; airspace closure + warning of a response = threat, condemning; aimed at the ECOWAS threat"))
U(d, "ECOWAS defence chiefs have said a military option is ready.", "a military option is ready.",
  ("ECOWAS", C, neg, "Niger", "threat of force = condemning"))
U(d, "The Secretary-General supports the efforts of ECOWAS.", "the efforts of ECOWAS.",
  ("United Nations", S, pos, "ECOWAS", "backing"))
U(d, "His clear preference, and I think the preference of ECOWAS leaders themselves", "a solution through dialogue.",
  ("United Nations", T, neu, "", "preference for dialogue; the Spokesman's guess at ECOWAS's view is hedged ('I think'), so no ECOWAS row"))
U(d, "There is still time for diplomacy.", "still time for diplomacy.",
  ("United Nations", T, pos, "", "appeal for diplomacy"))
U(d, "A researcher at a think tank in Dakar, Moussa Diallo Kane, wrote this weekend", "counting on exactly that.",
  ("Moussa Diallo Kane", N, neg, "", "invented analyst reported in a question; warning of consequences without an appeal = neutral, negative (the remark on the coup leaders' calculation is an assessment)"))
# "I'm not going to comment on commentary." = non-answer, no row.
U(d, "What I can tell you is that we remain in very close touch with ECOWAS", "continues his contacts in the region.",
  ("United Nations", T, neu, "", "the UN's own diplomatic contacts = engagement, calling_for_talks (unsure: could be neutral)"))
U(d, "On Ukraine, Russia's Defence Ministry said this morning that it struck a command post in Pokrovsk.", "a command post in Pokrovsk.",
  ("Russia", N, neu, "", "own strike reported as done, no judgement = neutral"))
U(d, "Our colleagues on the ground report civilian casualties and damage", "residential blocks.",
  ("United Nations", N, neg, "", "casualties and damage reported = neutral"))
U(d, "Civilians and civilian infrastructure must never be targets.", "must never be targets.",
  ("United Nations", T, neg, "", "appeal to protect civilians, no one named"))
U(d, "Last one on Sudan: the Rapid Support Forces accused the army", "on Sunday.",
  ("Rapid Support Forces", C, neg, "Sudan", "accusation reported in a question; the army = Sudan"))
U(d, "We condemn any attack on civilians in Sudan, whoever is responsible.", "whoever is responsible.",
  ("United Nations", C, neg, "", "condemnation of attacks with no culprit -> target empty"))
U(d, "Both sides must respect their obligations under international humanitarian law", "in Jeddah.",
  ("United Nations", T, neg, "", "demand to both sides + return to talks = calling_for_talks"))
