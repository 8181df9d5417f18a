# ------------------------------------------------------------------ Libya, Derna floods (UN noon-briefing readout, 2023-09-15)
d = "page_libya_derna_unreadout.txt"
U(d, "The Secretary-General said he was deeply saddened", "above Derna.",
  ("United Nations", N, neg, "", "grief/alarm with no appeal = neutral, negative"))
U(d, "\"The people of Libya have been hit by one tragedy too many.", "he said.",
  ("United Nations", S, pos, "", "multi-sentence quote closed by its speaker; solidarity + mobilisation; Libya has two rival governments -> target empty"))
U(d, "Our humanitarian colleagues tell us that at least 30,000 people", "Shahat and Susa.",
  ("International Organization for Migration", N, neu, "", "figure attributed to IOM ('according to'); the spokesman relays it"))
U(d, "The Emergency Relief Coordinator, Martin Griffiths, has released", "the survivors.",
  ("United Nations", S, pos, "", "OCHA head -> United Nations; money released = aid"))
U(d, "This afternoon, the Office for the Coordination of Humanitarian Affairs (OCHA) launched a flash appeal", "quickly and generously.",
  ("United Nations", T, neu, "", "asking donors for money = calling_for_talks (labels/README: asking for aid is not supporting)"))
U(d, "A UN Disaster Assessment and Coordination team has arrived in Benghazi", "the affected areas.",
  ("United Nations", S, pos, "", "team deployed = assistance"),
  ("World Health Organization", S, pos, "", "supplies delivered = aid"))
U(d, "WHO urged the authorities in the east to stop burying victims", "pose a health risk.",
  ("World Health Organization", T, neg, "Government of National Stability", "demand to one side to stop, no judgement word (labels/README); 'the authorities in the east' = the eastern government"))
U(d, "UNICEF said it had sent water purification tablets", "contaminated water.",
  ("UNICEF", S, pos, "", "aid + warning; aid decides (rule 3)"))
U(d, "Yesterday in Geneva, the Secretary-General of the World Meteorological Organization", "carry out evacuations.",
  ("World Meteorological Organization", N, neg, "", "finding about missing warning systems, no actor blamed (unsure: implicit criticism of Libya's divided authorities could be read as condemning)"))
U(d, "He added that the country's observation network", "help rebuild them.",
  ("World Meteorological Organization", S, pos, "", "offer of help = supporting; conflict damage stated without blame"))
U(d, "The Special Representative and head of the UN Support Mission in Libya, Abdoulaye Bathily", "who needs it.",
  ("United Nations", T, neu, "", "UNSMIL -> United Nations; appeal to all Libyan actors"))
U(d, "We also welcome the solidarity shown by Libya's neighbours and partners.", "and partners.",
  ("United Nations", S, pos, "", "welcome of several states' aid -> target empty"))
U(d, "Aid planes and rescue teams have arrived from Egypt, Türkiye, the United Arab Emirates and Algeria", "among others.",
  ("Egypt", S, pos, "", "list: aid sent by act, relayed by the UN spokesman; one row per state"),
  ("Turkey", S, pos, "", "list: one row per state"),
  ("United Arab Emirates", S, pos, "", "list: one row per state"),
  ("Algeria", S, pos, "", "list: Algeria's only statement on the page"))
U(d, "Turning to Morocco, our colleagues on the ground continue to support", "the Moroccan authorities.",
  ("United Nations", S, pos, "Morocco", "round-up item of the briefing; ongoing support + offer"))
U(d, "The Government of National Unity in Tripoli says it has sent planes", "never carried out.",
  ("Government of National Unity", S, pos, "", "speaker label 'Question: ' and 'Thank you, Steph.' excluded; positions reported inside a reporter's question are the actor's; aid to the east decides, Dbeibah's dam remark is a neutral fact"))
U(d, "At the same time, the eastern government of Osama Hammad is saying Tripoli", "for politics.",
  ("Government of National Stability", C, neg, "Government of National Unity", "accusation reported inside the question; Tripoli = the GNU"))
U(d, "This is not the time to assign blame; there will be time for an investigation.", "for an investigation.",
  ("United Nations", N, neu, "", "declining to judge, no appeal in the sentence = neutral (labels/README)"))
U(d, "Right now, the focus has to be on getting aid to the people of Derna", "make that possible.",
  ("United Nations", T, neu, "", "appeal to both administrations to cooperate"))
U(d, "The authorities in the east have announced more than 5,000 deaths", "around 10,000.",
  ("Government of National Stability", N, neu, "", "toll given by 'the authorities in the east' = the eastern government; figures = neutral"),
  ("Libyan Red Crescent", N, neu, "", "figure of missing"))
U(d, "We are not aware of any restriction on our own teams, but in general", "to ensure it.",
  ("United Nations", T, neu, "", "own teams unimpeded (fact) + appeal for humanitarian access, no judgement; the reports of restrictions are unattributed"))
U(d, "The Emirates have set up an air bridge to Benghazi.", "to Benghazi.",
  ("United Arab Emirates", S, pos, "", "aid by act reported inside a question; 'the Emirates' = UAE"))
U(d, "We are in touch with all the Member States that are providing assistance", "national authorities.",
  ("United Nations", N, neu, "", "procedure"))
U(d, "The Libyan Presidential Council appealed to the international community", "recover the bodies.",
  ("Libyan Presidential Council", T, neu, "", "asking for help = calling_for_talks (labels/README)"))
U(d, "The Government of National Unity said it had sent 14 tonnes of medicine", "to the east.",
  ("Government of National Unity", S, pos, "", "aid to the rival-held east; target empty (aid to people, not to the rival government)"))
U(d, "Osama Hammad, head of the eastern-based government, thanked Egypt", "in a televised address.",
  ("Government of National Stability", S, pos, "", "thanks to three states -> target empty"))
