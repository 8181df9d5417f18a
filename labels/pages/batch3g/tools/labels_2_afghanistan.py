# ------------------------------------------------------------------ Afghanistan (UN noon briefing, 2022-12-21)
d = "page_afghanistan_unreadout.txt"
AF = "the Taliban-run de facto authorities speak for the state (a junta speaks for its state; 'Islamic Emirate' = Afghanistan in the name files)"
U(d, "The Secretary-General is deeply alarmed by the reported suspension", "de facto authorities.",
  ("United Nations", N, neg, "", "alarm without appeal (the appeal is in the next paragraph)"))
U(d, "As he has said repeatedly, the denial of education violates", "country's future.",
  ("United Nations", C, neg, "Afghanistan", "'violates the equal rights' judges the act; " + AF))
U(d, "The Secretary-General once again urges the de facto authorities", "women and girls.",
  ("United Nations", C, neg, "Afghanistan", "appeal, but 'measures that discriminate' is an explicit judgement: rule 1; could be read as calling_for_talks"))
U(d, "The head of the Mission, Roza Otunbayeva, said the decision was deeply disturbing", "to the Mission.",
  ("United Nations", C, neg, "Afghanistan", "UNAMA head -> United Nations; 'contradicted the assurances' = accusation of bad faith"))
U(d, "She added that UNAMA would seek an urgent meeting", "ask for a reversal.",
  ("United Nations", T, neu, "Afghanistan", "'She' = Otunbayeva; meeting sought"))
U(d, "The High Commissioner for Human Rights, Volker Türk, said the decision was another blow", "since August 2021.",
  ("United Nations", C, neg, "Afghanistan", "OHCHR -> United Nations; 'pushed out of public life' judges the authorities"))
U(d, "\"A society that locks half its people", "he said in a statement.",
  ("United Nations", C, neg, "Afghanistan", "multi-sentence quote closed by its speaker; 'harming its own future', 'must be lifted'"))
U(d, "Our colleagues at UNICEF tell us that they will keep supporting", "this is possible.",
  ("UNICEF", S, pos, "", "UNICEF's aid relayed by the UN spokesman: the aid's source is the actor"))
U(d, "UNICEF's Executive Director, Catherine Russell, said the agency would not abandon", "teachers in 2023.",
  ("UNICEF", S, pos, "", "assistance pledged"))
U(d, "Stéphane, the de facto higher education minister, Neda Mohammad Nadeem", "until further notice.",
  ("Afghanistan", N, neu, "", "speaker label 'Question: ' excluded; the minister's own decree reported in a question (position of X reported by Y); " + AF))
U(d, "We have not received a formal explanation.", "formal explanation.",
  ("United Nations", N, neu, "", "speaker label 'Spokesman: ' excluded; fact"))
U(d, "I would refer you to what UNAMA said: the Mission will take this up", "authorities in Kabul.",
  ("United Nations", T, neu, "Afghanistan", "engagement with the authorities = diplomatic course; Kabul = place"))
U(d, "Secretary of State Antony Blinken said the Taliban could not expect", "warned of consequences.",
  ("United States", C, neg, "Afghanistan", "role with no state word; conditional denial of legitimacy + warning of consequences = threat; target = the governing Taliban (see note on de facto authorities)"))
U(d, "The Secretary-General is in touch with a number of Member States", "on this.",
  ("United Nations", N, neu, "", "contacts reported without appeal"))
U(d, "Women and girls must be able to go to school and to university.", "to university.",
  ("United Nations", T, neu, "", "appeal for rights, addressed to no named actor, no judgement word"))
U(d, "Qatar's foreign ministry said it was deeply concerned and called on the Afghan government", "Islamic teachings.",
  ("Qatar", T, neg, "Afghanistan", "concern + appeal to review, no judgement; reported inside a question"))
U(d, "We welcome the voices of Member States from the region", "continue to engage.",
  ("United Nations", T, pos, "", "welcome + hope of engagement: rule 2 before rule 3"))
U(d, "The OIC Secretary-General, Hissein Brahim Taha, called the decision disappointing", "share that concern.",
  ("Organisation of Islamic Cooperation", C, neg, "Afghanistan", "'disappointing' + 'damage the credibility' = judgement without strong words"),
  ("United Nations", N, neg, "", "'we share that concern': concern without appeal; a long sentence reporting two actors' positions"))
U(d, "Our humanitarian colleagues continue to deliver aid.", "deliver aid.",
  ("United Nations", S, pos, "", "aid by act"))
U(d, "More than 28 million people will need assistance next year", "humanitarian response plan.",
  ("United Nations", N, neu, "", "figure from the UN's own response plan"))
U(d, "The UN will keep working to reach them", "people of Afghanistan.",
  ("United Nations", S, pos, "", "commitment to keep delivering aid"))
U(d, "A spokesman for the ministry was quoted as saying the decision had been taken", "internal matter.",
  ("Afghanistan", N, neu, "", "'the ministry' = the higher education ministry (context); defence of own decision, rejects criticism without judging anyone; " + AF))
U(d, "Turning to Ukraine, our humanitarian colleagues tell us", "Kherson today.",
  ("United Nations", S, pos, "", "aid delivered by act; second item of a round-up"))
U(d, "Finally, we thank our friends in Luxembourg", "regular budget.",
  ("United Nations", S, pos, "Luxembourg", "thanks = praise; routine budget item"))
