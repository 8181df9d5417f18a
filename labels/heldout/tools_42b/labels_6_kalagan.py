# ------------------------------------------------------------------ Shooting of Afghan migrants at Kalagan on the Iran border (UN noon briefing, 2024-10-17)
d = "page_kalagan_afghan_migrants2024_unnoon.txt"
# Not statements: site header, breadcrumb, title, date, transcript note, greetings, ** headings, "Spokesman: Okay. Yes, ...", bare questions,
# "[The transcript ... continues below.]", disclaimer, follow bar, footer.
# "This morning, the Security Council held an open debate ..." / "The Deputy Secretary-General ... spoke on behalf ..." = meeting narration, no row.
U(d, "Turning to Afghanistan, the UN Assistance Mission in Afghanistan (UNAMA) said today", "Sistan and Baluchestan province.",
  ("United Nations", N, neg, "", "'deeply troubled' without an appeal in the unit = neutral, negative"))
U(d, "The Mission called on the relevant authorities to carry out a swift and credible inquiry", "to account.",
  ("United Nations", T, neu, "", "call for an investigation and accountability, no one judged (as demands for an inquiry)"))
U(d, "The Special Representative, Roza Otunbayeva, said that people on the move", "at every border.",
  ("United Nations", T, neu, "", "appeal to protect migrants = protection of civilians, no judgement"))
U(d, "Our colleagues at the International Organization for Migration (IOM) tell us that they are working", "very limited.",
  ("International Organization for Migration", N, neu, "", "verification under way + access facts"))
U(d, "IOM says that more than 1.1 million Afghans have returned", "few possessions.",
  ("International Organization for Migration", N, neu, "", "figures"))
U(d, "The agency's teams at the Islam Qala and Milak crossings continue to provide", "onward transport.",
  ("International Organization for Migration", S, pos, "", "aid provided = supporting (target: returnees, not an actor -> empty)"))
U(d, "The UN Refugee Agency (UNHCR) reiterated its call on States in the region", "seeking protection.",
  ("UNHCR", T, neu, "", "appeal to states not to force returns, none named"))
U(d, "On Haiti, our humanitarian colleagues tell us that more than 700,000 people", "half of them children.",
  ("United Nations", N, neu, "", "figures given by the UN (another crisis, same page)"))
U(d, "On Afghanistan, the Taliban's deputy spokesman, Hamdullah Fitrat, said yesterday", "act on the results.",
  ("Afghanistan", N, neu, "", "journalist's question reporting the de facto authorities' position (README: such a sentence is that actor's statement); investigation team = procedure; the 'Question:' label and greeting are left out of the unit"))
U(d, "UNAMA is in contact with the de facto authorities, as it is on a daily basis", "wide range of issues.",
  ("United Nations", N, neu, "", "contacts stated"))
U(d, "We would encourage them, and indeed everyone with information, to share it", "can be established.",
  ("United Nations", T, neu, "Afghanistan", "appeal to share information for fact-finding"))
U(d, "The Secretary-General is very much aware of these reports and is very disturbed by them.", "disturbed by them.",
  ("United Nations", N, neg, "", "alarm without an appeal in the unit"))
U(d, "Obviously, we want to see the facts come out.", "the facts come out.",
  ("United Nations", T, neu, "", "wish for the facts to be established = appeal for an inquiry (unsure: could be neutral)"))
U(d, "Iran's ambassador in Kabul, Alireza Bikdeli, said on Tuesday that no shooting", "the two neighbours.",
  ("Iran", N, neg, "", "denial reported in a question; 'fabrication meant to damage relations' aims at no named actor -> neutral denial (unsure: could be condemning the reports' authors)"))
U(d, "What we are asking for is an investigation that is credible and transparent", "to cooperate with it.",
  ("United Nations", T, neu, "Iran", "appeal to cooperate with an investigation, Iran the one addressed by name"))
U(d, "The US Special Envoy for Afghan Women, Girls and Human Rights, Rina Amiri, said", "to answer for it.",
  ("United States", C, neg, "", "'unacceptable' = judgement of the killings; perpetrators not named in the unit -> target empty"))
U(d, "We are not in a position to confirm who did what.", "who did what.",
  ("United Nations", N, neu, "", "declines to attribute = neutral"))
U(d, "Steph, the Iranian rights group Haalvsh, which first reported the incident, says", "without warning.",
  ("Haalvsh", C, neg, "Iran", "figures + accusation of firing without warning = condemning (accusation by describing attacks on civilians)"))
U(d, "No, I cannot confirm those figures.", "those figures.",
  ("United Nations", N, neu, "", "cannot confirm = neutral"))
U(d, "Iran's interior ministry announced this week", "two million undocumented Afghans by March.",
  ("Iran", N, neu, "", "plan announced, reported in a question"))
U(d, "We have been very clear, and UNHCR has been very clear, that any returns must be voluntary", "safe and dignified.",
  ("United Nations", T, neu, "", "appeal on the conduct of returns"),
  ("UNHCR", T, neu, "", "UNHCR's position relayed by the spokesman"))
U(d, "We remain concerned by the pace and the scale of the returns", "fragile humanitarian situation.",
  ("United Nations", N, neg, "", "concern without appeal in the unit"))
U(d, "We urge donors to step up and fund it, particularly as winter approaches.", "winter approaches.",
  ("United Nations", T, neg, "", "asking for aid is not supporting; appeal = calling_for_talks (README: asking for humanitarian help)"))
# "The humanitarian response plan for Afghanistan is only about 36 per cent funded." = UN figure; kept without a row? -> labelled below.
U(d, "The humanitarian response plan for Afghanistan is only about 36 per cent funded.", "36 per cent funded.",
  ("United Nations", N, neg, "", "funding figure given by the UN"))
U(d, "The Special Rapporteur on the situation of human rights in Afghanistan, Richard Bennett", "authorities concerned.",
  ("United Nations", N, neg, "", "Special Rapporteur = United Nations (UN mechanism; unsure: he is independent, could be his own person actor); alarm + follow-up, no appeal"))
U(d, "The Taliban's Ministry of Refugees and Repatriation said", "to their families.",
  ("Afghanistan", T, neg, "Iran", "request to Tehran to treat migrants humanely and hand over bodies, no judgement word"))
U(d, "I will check with UNAMA and with IOM on the repatriation of remains", "get back to you.",
  ("United Nations", N, neu, "", "procedural"))
U(d, "On Iran: the commander of the border guard in Sistan and Baluchestan", "had not targeted migrants.",
  ("Iran", N, neg, "", "provincial commander resolves to the state; denial with own conduct justified"))
U(d, "Again, this is why we need a full investigation.", "a full investigation.",
  ("United Nations", T, neu, "", "call for an investigation"))
U(d, "UNIFIL reports that its positions in the south were again hit...", "again hit...",
  ("United Nations", N, neg, "", "UN mission reports an attack on its positions, no one blamed (cut off by the transcript)"))
