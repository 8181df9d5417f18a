# ------------------------------------------------------------------ Hamas government, Quartet conditions, aid suspended (Middle East news site, scraped, 2006-04-08)
d = "page_hamas_aid_mideastsite.txt"
# No row: menu, BREAKING ticker, breadcrumb, headline, byline, share bar, captions with credits and "Photo N of 3", crossheads, "Related:", tags, newsletter, most read, copyright.
U(d, "The European Commission on Friday suspended its direct payments", "set up in 1994.",
  ("European Union", C, neg, "Hamas", "long lead with two measures: the Commission's suspension of payments = a sanction-like measure against the Hamas-led government"),
  ("United States", C, neg, "Hamas", "same sentence: aid cut + contact ban = measure against Hamas"))
U(d, "\"The European Union cannot hand its taxpayers' money", "told reporters in Brussels.",
  ("European Union", C, neg, "Hamas", "judgement of Hamas's refusal + refusal to fund (measure); Brussels = place"))
U(d, "Commission spokeswoman Emma Udwin said aid for the Palestinian people would keep flowing", "through the finance ministry.",
  ("European Union", S, pos, "Palestine", "aid continued to the people = supporting; target Palestine (the people, by demonym)"))
U(d, "In Washington, State Department spokesman Sean McCormack said the administration was halting", "as a terrorist organisation.",
  ("United States", C, neg, "Hamas", "aid halt + no contact with Hamas ministers = measure"))
U(d, "He said the United States would at the same time raise its humanitarian aid", "tens of millions of dollars.",
  ("United States", S, pos, "Palestine", "'He' = McCormack; more humanitarian aid = supporting"))
# No row: "Canada had already gone further." (summary line)
U(d, "On the day Prime Minister Ismail Haniyeh's cabinet was sworn in", "not to meet Hamas ministers.",
  ("Canada", C, neg, "Hamas", "Ottawa = metonym; no contact + aid suspension = measure; Haniyeh is only mentioned (possessive)"))
# No row: "The cut-off is the outcome of a process ..." (background narration).
# No row: "EU foreign ministers are expected to endorse ... on Monday." (a meeting expected, reported by the outlet; no position of the EU stated)
U(d, "Meeting in London on 30 January, the Quartet of Middle East mediators", "signed by its predecessors.",
  ("United States", T, pos, "Hamas", "joint statement of the four Quartet members = one row each; welcome of the vote + appeal for non-violence and recognition, no judgement: rule 2 before rule 3"),
  ("European Union", T, pos, "Hamas", "Quartet member; same"),
  ("United Nations", T, pos, "Hamas", "Quartet member; same"),
  ("Russia", T, pos, "Hamas", "Quartet member; same"))
U(d, "Israel stopped transferring the roughly $55 million a month", "led the government.",
  ("Israel", C, neg, "Hamas", "withholding revenues = measure against the Hamas-led government; Olmert's cabinet = Israel"))
U(d, "Israel's Foreign Minister Tzipi Livni welcomed the European and American decisions", "rewarding terrorism.",
  ("Israel", C, neg, "", "welcome + judgement: rule 1 (the judgement decides); aimed at 'any country' dealing with Hamas -> target empty"))
U(d, "\"They are punishing a whole people for the way it voted.", "trade its principles for money.",
  ("Hamas", C, neg, "", "quote opened mid-paragraph, closed by the speaker and continued with 'adding that'; judgement of the donors (EU, US: several) + 'would not bow' = target empty; Haniyeh = Hamas (as PM of a Hamas cabinet)"))
U(d, "He called on Arab and Muslim governments to step in", "not been paid for March.",
  ("Hamas", T, neg, "", "asking for financial help is not supporting; appeal for help = calling_for_talks (labels README)"))
U(d, "Hamas spokesman Sami Abu Zuhri said the movement had been elected", "occupation continued.",
  ("Hamas", C, neg, "Israel", "refuses recognition in protest against the occupation = condemning"))
U(d, "Foreign Minister Mahmoud Zahar, a senior Hamas figure in Gaza", "if Israel did the same.",
  ("Hamas", T, neu, "Israel", "conditional offer to keep the ceasefire = calling_for_talks"))
# No row: "The presidency took a different line." (summary line)
U(d, "President Mahmoud Abbas, whose Fatah movement lost its majority in January", "through his office.",
  ("Palestine", T, neg, "", "Abbas = Palestine (name files); appeal to the donors not to punish the people; asking for funds is not supporting"))
U(d, "His spokesman, Nabil Abu Rudeineh, said Abbas had also told the new cabinet", "to deal with it.",
  ("Palestine", T, neu, "Hamas", "the presidency's demand that the cabinet respect agreements, no judgement word; PLO mentioned as signatory"))
U(d, "Fatah's leadership decided in March not to take part", "sit in opposition.",
  ("Fatah", N, neu, "", "declining to join a government, no protest stated = neutral"))
U(d, "Arab leaders meeting in Khartoum at the end of March pledged $55 million", "banking restrictions.",
  ("Arab League", S, pos, "Palestine", "summit pledge + the League's mechanism = backing by act (Arab leaders at an Arab League summit = the League)"))
U(d, "Arab League Secretary-General Amr Moussa described the Western decision as a mistake", "despair and radicalism.",
  ("Arab League", C, neg, "", "judgement without stock words of the EU/US decision (two actors -> target empty)"))
U(d, "Egyptian Foreign Minister Ahmed Aboul Gheit said Cairo had urged Hamas", "its isolation.",
  ("Egypt", T, neu, "Hamas", "appeal to accept a peace initiative; Cairo = metonym; Beirut = place"))
U(d, "Russia, which broke ranks with its Quartet partners in March", "help to the Authority.",
  ("Russia", S, pos, "Palestine", "emergency financial help announced = supporting; Meshaal's delegation is narration inside the clause"))
U(d, "Foreign Minister Sergei Lavrov told the delegation at the time", "earlier Palestinian governments.",
  ("Russia", T, neu, "Hamas", "demand to transform and accept commitments, no judgement word"))
U(d, "UNRWA, the UN agency for Palestinian refugees, said it was already seeing families", "since January.",
  ("UNRWA", N, neg, "", "UNRWA its own actor (name files); humanitarian facts, concern without an appeal"))
# No row: "Analysts in Ramallah and Jerusalem said ..." (unnamed, summary).
U(d, "\"The donors are betting that empty pockets will change Hamas's mind.", "Levant Policy Center in Ramallah.",
  ("Nadia Haddad", N, neg, "", "independent scholar; prediction, no judgement"))
U(d, "Haddad said the Authority's security forces, many of them Fatah loyalists", "within weeks.",
  ("Nadia Haddad", N, neg, "", "risk scenario (armed clashes)"))
U(d, "She said the punishment of an entire population for an election result", "democracy in the region.",
  ("Nadia Haddad", C, neg, "", "explicit judgement ('morally wrong'), aimed at the donors (several) -> target empty"))
U(d, "Yoav Sternfeld, a researcher at the Institute for Regional Strategy in Tel Aviv", "in the territories.",
  ("Yoav Sternfeld", N, neu, "", "independent researcher describing Israel's calculation (not Israel's statement: no official source)"))
U(d, "He said the most likely scenario was a long period of financial strangulation", "end of the year.",
  ("Yoav Sternfeld", N, neg, "", "scenarios"))
U(d, "\"Both sides should be looking for that formula now", "Sternfeld said.",
  ("Yoav Sternfeld", T, neu, "", "appeal to both sides to find a formula = calling_for_talks"))
# No row: the Gaza teacher (unnamed resident).
