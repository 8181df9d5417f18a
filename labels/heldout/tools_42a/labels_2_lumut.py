# ------------------------------------------------------------------ Malaysia deports 1,086 Myanmar detainees from Lumut despite a court stay (wire copy, 2021-02-24)
d = "page_lumut_myanmar_deportation2021_wire.txt"
# Not statements: menu, section, time stamp, UPDATE headline, byline, read time, ADVERTISEMENT, capitals crossheads,
# reporting credits, Our Standards, Related coverage, tags, most read, copyright.
U(d, "Malaysia deported 1,086 Myanmar nationals on three Myanmar navy ships", "may have been among them.",
  ("Malaysia", N, neu, "", "dateline excluded; the deportation reported as done, no judgement by Malaysia"),
  ("United States", N, neg, "", "Washington's 'warning' that vulnerable people may have been deported = concern without an appeal in this sentence (unsure: could be condemning)"))
# "The detainees were driven in trucks and buses ..." = narration, no row.
U(d, "Malaysia's immigration director-general, Khairul Dzaimee Daud, said every one", "was in the group.",
  ("Malaysia", N, neu, "", "reassurance about own conduct = neutral"))
U(d, "\"No one was put on those ships against his will", "after the ships left.",
  ("Malaysia", N, neg, "", "denial of forced return = neutral, negative tone"))
# "The statement did not mention the court order ..." = the agency's narration, no row.
U(d, "Earlier on Tuesday the High Court in Kuala Lumpur granted a stay", "listed for deportation.",
  ("Amnesty International", N, neg, "", "the court step is narration; the groups' claim in the relative clause is their position: facts alleged, no judgement word"),
  ("Asylum Access Malaysia", N, neg, "", "same claim, second group of the pair"))
U(d, "Amnesty's Malaysia director, Katrina Jorene Maliamauv, said the authorities", "hearing pointless.",
  ("Amnesty International", C, neg, "Malaysia", "judgement of the authorities' conduct without a stock word"))
U(d, "\"Sending these people back to a country where the army", "she said.",
  ("Amnesty International", C, neg, "Malaysia", "'cruel act ... will have to answer for'"))
U(d, "Amnesty said it would still ask the court on Wednesday", "the remaining detainees.",
  ("Amnesty International", N, neu, "", "plan of legal action, no judgement"))
U(d, "Asylum Access Malaysia said it would ask the court to hold the immigration department in contempt", "who had been deported.",
  ("Asylum Access Malaysia", C, neg, "Malaysia", "seeking a contempt ruling against the department = measure/accusation; plus disclosure appeal (rule 1)"))
U(d, "The U.N. refugee agency said at least six people registered with it", "since August 2019.",
  ("UNHCR", N, neg, "", "facts given by an actor; negative tone (access refused) (unsure: sentiment could be neutral)"))
U(d, "UNHCR again asked the Malaysian authorities to let its staff interview", "a spokeswoman said in Kuala Lumpur.",
  ("UNHCR", T, neu, "Malaysia", "asking for access = calling_for_talks; attribution tail"))
U(d, "In Washington, State Department spokesman Ned Price said the United States was deeply troubled", "under military rule.",
  ("United States", T, neg, "Malaysia", "concern + appeal to suspend returns, no judgement word = calling_for_talks"))
U(d, "\"These people are being handed over to the very military", "several times.",
  ("United States", C, neg, "Myanmar", "accusation of the Myanmar military shooting protesters; the raised-with-officials tail is narration"))
U(d, "The U.S. embassy in Kuala Lumpur, together with the embassies of Britain, Canada and Germany", "could screen the group.",
  ("United States", T, neu, "Malaysia", "letter asking Malaysia to hold off = appeal; states as a list, one row each"),
  ("United Kingdom", T, neu, "Malaysia", "listed embassy, same appeal"),
  ("Canada", T, neu, "Malaysia", "listed embassy, same appeal"),
  ("Germany", T, neu, "Malaysia", "listed embassy, same appeal"))
U(d, "The U.N. human rights office in Geneva said it was alarmed", "forced returns to Myanmar.",
  ("United Nations", T, neg, "Malaysia", "alarm + appeal = calling_for_talks"))
U(d, "Myanmar's embassy in Kuala Lumpur said the returnees would be met", "for its cooperation.",
  ("Myanmar", S, pos, "Malaysia", "gratitude to Malaysia = approval of its act (unsure: the reception arrangements alone would be neutral)"))
U(d, "Malaysia's foreign ministry had said on Sunday that the repatriation", "nothing to do with politics.",
  ("Malaysia", N, neg, "", "denial of a political link = neutral, negative"))
U(d, "Opposition lawmaker Charles Santiago of the Democratic Action Party said", "explain himself to parliament.",
  ("Democratic Action Party", C, neg, "Malaysia", "opposition party judges its own government's disregard of the court"))
U(d, "Phil Robertson, deputy Asia director at Human Rights Watch, said Malaysia had let", "\"a gift to the junta\".",
  ("Human Rights Watch", C, neg, "Malaysia", "judgement without a stock word"))
U(d, "Human Rights Watch urged ASEAN member states to refuse", "handed power back.",
  ("Human Rights Watch", T, neu, "ASEAN", "appeal addressed to ASEAN members (unsure: 'until the military handed power back' implies a judgement of Myanmar)"))
# "The deportation comes as Southeast Asian governments weigh ..." = background narration, no row.
U(d, "Malaysia, which is not a party to the 1951 Refugee Convention", "according to UNHCR figures.",
  ("UNHCR", N, neu, "", "figure attributed to UNHCR = a fact given by an actor"))
U(d, "Hamzah had said last week that Malaysia would not deport Rohingya", "immigration offences.",
  ("Malaysia", N, neu, "", "surname only (Home Minister named earlier); reassurance and facts"))
