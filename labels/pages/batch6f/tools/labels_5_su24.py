# ------------------------------------------------------------------ Turkey shoots down a Russian Su-24 (TASS-style state media, 2015-11-24)
d = "page_su24_turkey_statemedia.txt"
U(d, "A Russian Sukhoi Su-24 bomber was shot down over Syria", "would not tolerate.",
  ("Russia", C, neg, "Turkey", "lead after the dateline: account + 'a crime that Russia would not tolerate' = judgement and threat"))
U(d, "Speaking before talks with King Abdullah II of Jordan in Sochi", "four kilometres from it.",
  ("Russia", N, neu, "", "figures of the shootdown; the Jordanian king is only mentioned (no row); Sochi = place"))
U(d, "\"Our airmen were fighting ISIL in the mountains of northern Latakia", "the president said.",
  ("Russia", N, neg, "", "multi-sentence quote closed by its speaker = one unit; denial that the plane endangered Turkey (neutral, negative), no judgement yet"))
U(d, "He called the loss \"a stab in the back\"", "no other words for it.",
  ("Russia", C, neg, "Turkey", "'accomplices of terrorists' = accusation of Turkey"))
U(d, "Putin warned that the incident would have serious consequences", "Russian-Turkish relations.",
  ("Russia", C, neg, "Turkey", "threat"))
U(d, "He also asked why Ankara, rather than calling Moscow at once", "NATO partners.",
  ("Russia", C, neg, "Turkey", "reproach put as a question (unsure: could be read as neutral); Ankara = metonym for Turkey"))
U(d, "The Russian Defence Ministry said that throughout its flight", "objective monitoring data.",
  ("Russia", N, neg, "", "denial of the airspace violation = neutral, negative"))
U(d, "The ministry described the actions of the Turkish Air Force as an openly hostile act.", "The ministry described the actions of the Turkish Air Force as an openly hostile act.",
  ("Russia", C, neg, "Turkey", "'hostile act' = judgement"))
U(d, "The Turkish military attache in Moscow was summoned to the ministry, it said.", "The Turkish military attache in Moscow was summoned to the ministry, it said.",
  ("Russia", C, neg, "Turkey", "summons = a protest measure; Moscow = place"))
U(d, "Colonel-General Sergei Rudskoy, chief of the Main Operations Directorate", "after ejecting.",
  ("Russia", N, neu, "", "General Staff = Russia; casualty facts without blame"))
U(d, "A naval infantryman was killed when a Mi-8 helicopter", "he said.",
  ("Russia", N, neu, "", "casualty facts"))
U(d, "Rudskoy announced three measures in response:", "are suspended.",
  ("Russia", C, neg, "Turkey", "measures announced in response, including suspension of all military contacts with Turkey = a response taken against another side"))
U(d, "Foreign Minister Sergei Lavrov announced that he had cancelled the visit to Turkey", "on Wednesday.",
  ("Russia", N, neg, "", "cancelling a visit with no protest stated in the sentence = neutral (labels/README)"))
U(d, "He advised Russian citizens not to travel to Turkey", "that in Egypt.",
  ("Russia", N, neg, "", "travel advice to its own citizens with a security rationale, no judgement of Turkey's government (unsure: reads as a punitive signal)"))
U(d, "Kremlin spokesman Dmitry Peskov described the incident as very serious", "all the facts were known.",
  ("Russia", N, neg, "", "alarm without a judgement or an appeal"))
U(d, "The Turkish General Staff claims that the Su-24 violated Turkish airspace", "before it was engaged.",
  ("Turkey", N, neu, "", "Turkey's own account of its engagement (figures, warnings); the violation claim is part of the account (unsure: could be read as an accusation of Russia)"))
U(d, "Turkish President Recep Tayyip Erdogan, speaking in Ankara", "defend its borders.",
  ("Turkey", N, neu, "", "justification of its own act, no judgement of Russia; Ankara = place"))
U(d, "Prime Minister Ahmet Davutoglu said Turkey would respond to any violation", "by anyone.",
  ("Turkey", C, neg, "", "threat aimed at any violator, no actor named: target empty"))
U(d, "At the same time, he said Ankara had no wish to escalate tensions with Moscow.", "At the same time, he said Ankara had no wish to escalate tensions with Moscow.",
  ("Turkey", T, neu, "Russia", "no wish to escalate = appeal against escalation (Moscow = Russia, the party concerned)"))
U(d, "A man who introduced himself to journalists as Alparslan Celik", "by parachute.",
  ("Alparslan Celik", N, neu, "", "named commander of an unnamed Turkmen group: actor under his own name; own act reported without judgement"))
U(d, "After an extraordinary meeting of the North Atlantic Council", "territorial integrity.",
  ("NATO", S, pos, "Turkey", "Stoltenberg = NATO; solidarity; Brussels = place"))
U(d, "He welcomed the contacts between Ankara and Moscow", "lower tensions.",
  ("NATO", T, pos, "", "welcome + appeal for calm with no judgement: rule 2 before rule 3 (calling_for_talks)"))
U(d, "US President Barack Obama, speaking after talks with French President Francois Hollande", "territory and airspace.",
  ("United States", S, pos, "Turkey", "backing of Turkey's right of self-defence; Hollande only mentioned here"))
U(d, "Obama also claimed that the incident pointed to an ongoing problem", "moderate opposition.",
  ("United States", C, neg, "Russia", "accusation against Russian operations (TASS's 'claimed')"))
U(d, "Hollande said everything had to be done to keep the situation from spiralling", "the Islamic State.",
  ("France", T, neg, "", "appeal against escalation aimed at no one = calling_for_talks"))
U(d, "UN Secretary-General Ban Ki-moon called on all sides", "Stephane Dujarric said.",
  ("United Nations", T, neu, "", "SG via his spokesman = United Nations"))
U(d, "Syria's Foreign Ministry condemned the downing of the Russian bomber", "news agency reported.",
  ("Syria", C, neg, "Turkey", "SANA is an agency reporting, not an actor"))
