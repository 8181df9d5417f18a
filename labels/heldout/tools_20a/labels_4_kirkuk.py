# ------------------------------------------------------------------ Iraqi forces take Kirkuk from the Peshmerga (scraped Kurdish regional site, 2017-10-17)
d = "page_kirkuk_peshmerga_regionalsite.txt"
U(d, "Iraqi forces and the Shiite Hashd al-Shaabi militias tightened their grip", "an assault on the Kurdish nation.",
  ("Kurdistan Regional Government", C, neg, "Iraq", "dateline excluded; 'the Kurdistan Region's leaders' = KRG; 'an assault on the Kurdish nation' = judgement; Abadi's order in the relative clause is narrative (labelled where he speaks)"))
U(d, "Thousands of families fled towards Erbil and Sulaimani", "UN Assistance Mission for Iraq.",
  ("United Nations", N, neu, "", "UNAMI = United Nations (name files); figures via 'according to'"))
U(d, "Abadi said in a statement on Monday that he had ordered the security forces", "independence referendum.",
  ("Iraq", C, neg, "Kurdistan Regional Government", "announced military operation against another side + blames the referendum (the KRG's act) = condemning"))
U(d, "He said the federal forces had orders not to harm any citizen", "Turkmen or Christian.",
  ("Iraq", N, pos, "", "'He' = Abadi; reassurance about own conduct = neutral, positive"))
U(d, "Saad al-Hadithi, the prime minister's spokesman, told Shar Press by telephone", "referendum result was cancelled.",
  ("Iraq", T, neu, "Kurdistan Regional Government", "conditional offer of dialogue = calling_for_talks; Erbil = KRG metonym"))
U(d, "The Peshmerga General Command said in a statement on Monday night", "every drop of Peshmerga blood.",
  ("Kurdistan Regional Government", C, neg, "Iraq", "the Peshmerga command speaks for the KRG (an army speaks for its government); accusation + threat"))
U(d, "The command accused some officials of the Patriotic Union of Kurdistan (PUK)", "without a fight.",
  ("Kurdistan Regional Government", C, neg, "Patriotic Union of Kurdistan", "'The command' by context; accusation of betrayal aimed at PUK officials"))
U(d, "It also said the Iraqi forces had used American tanks and Humvees", "war against Islamic State.",
  ("Kurdistan Regional Government", C, neg, "Iraq", "'It' = the command; accusation of misusing weapons; 'American' is not a speaker"))
U(d, "The PUK's political bureau rejected the charge on Tuesday", "from bloodshed.",
  ("Patriotic Union of Kurdistan", N, neg, "", "party under its own name; denial with a reason = neutral, negative"))
U(d, "The party's spokesman, Saadi Ahmed Pira, said the PUK wanted every dispute", "stop trading accusations.",
  ("Patriotic Union of Kurdistan", T, neu, "", "'The party' by context; talks with Baghdad + appeal to the Kurdish parties, no judgement"))
U(d, "Kurdistan Region President Masoud Barzani, in his first comment", "the Region's leadership.",
  ("Kurdistan Regional Government", C, neg, "", "blame for the loss of Kirkuk; 'one Kurdish party' is not named in the sentence -> target empty (unsure: the PUK by context)"))
U(d, "Barzani had a message for those who voted in the referendum:", "a trust that we will keep.",
  ("Kurdistan Regional Government", N, pos, "", "quotation opened after a colon and left open; reassurance to his own voters = neutral, positive"))
U(d, "\"But let Baghdad understand that what it takes by force today", "he said.",
  ("Kurdistan Regional Government", C, neg, "Iraq", "the same quotation continued over the paragraph break, closed by the speaker; warning to Baghdad = threat"))
U(d, "Ahmed al-Asadi, the spokesman of the Hashd al-Shaabi, said the units had entered Kirkuk", "the federal police and the army.",
  ("Popular Mobilization Forces", N, neu, "", "Hashd al-Shaabi = Popular Mobilization Forces (name files); own orders and plan"))
U(d, "He dismissed reports that Hashd fighters had burned and looted Kurdish homes", "sectarian hatred.",
  ("Popular Mobilization Forces", N, neg, "", "'He' = al-Asadi; denial (the unnamed spreaders are no actor) = neutral, negative"))
U(d, "Arshad al-Salihi, the head of the Iraqi Turkmen Front, welcomed the return", "the liberation of Kirkuk.",
  ("Iraqi Turkmen Front", S, pos, "Iraq", "party under its own name; welcome + thanks to Abadi; the unnamed teacher that follows is no actor (no row)"))
U(d, "In Washington, the State Department said it was alarmed by reports of violence", "restore calm.",
  ("United States", T, neg, "", "alarm + appeal to both sides = calling_for_talks; target empty (two sides)"))
U(d, "Col. Ryan Dillon, a spokesman for the US-led coalition against Islamic State", "link up in the dark.",
  ("United States", N, neu, "", "'US-led coalition' = United States (name files); own assessment of the clash, no judgement"))
U(d, "Senator John McCain, chairman of the Senate Armed Services Committee", "turned against the Kurds.",
  ("United States", C, neg, "Iraq", "a senator = United States (guide: Senator Ben Cardin); conditional threat of consequences"))
U(d, "Turkey's Foreign Ministry welcomed Baghdad's steps to restore its authority", "out of its territory.",
  ("Turkey", S, pos, "Iraq", "welcome + offer of help = supporting; Ankara = metonym"))
U(d, "The ministry warned the Kurdistan Regional Government that it would be held responsible", "shelter in the province.",
  ("Turkey", C, neg, "Kurdistan Regional Government", "'The ministry' by context; 'held responsible' warning = condemning"))
U(d, "Germany's foreign minister, Sigmar Gabriel, said he had told Abadi by telephone", "begin direct talks.",
  ("Germany", T, neu, "", "minister introduced by role; no military solution + appeal to both for direct talks"))
U(d, "UN Secretary-General Antonio Guterres was watching the situation with concern", "his spokesman said.",
  ("United Nations", T, neg, "", "concern + appeal to both governments; attribution tail via the spokesman"))
