# ------------------------------------------------------------------ UNMISS force commander removed, Kenya pulls out (UN noon briefing, 2016-11-03)
d = "page_unmiss_ondieki_2016_noonbriefing.txt"
# Not statements: site menu, title, date, transcript note, section heads, "Question: Thank you." / "Spokesman: Thank you.",
# the reporters' own questions ("How do you respond?", "Is the Secretary-General worried ...?", "Does that bother you?"), footer.
# "I will start with South Sudan and the follow-up ..." = the spokesman's lead-in, no position; no row.
U(d, "As you will recall, the investigation found that the Mission's military and police components", "close to their bases.",
  ("United Nations", C, neg, "", "the Secretary-General's own investigation judges the UN mission: self-criticism, target empty (target cannot equal the actor)"))
U(d, "It also found that soldiers of the Sudan People's Liberation Army (SPLA) carried out the attack", "raped and beaten.",
  ("United Nations", C, neg, "South Sudan", "finding that the state's army committed the attack = accusation; the SPLA is South Sudan's army"))
U(d, "The Secretary-General is deeply disturbed by these findings.", "deeply disturbed by these findings.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "He once again calls on the Government of South Sudan to bring to justice", "no chain of command can excuse.",
  ("United Nations", C, neg, "South Sudan", "demand for prosecutions joined to a judgement ('crimes that no chain of command can excuse') = condemning (rule 1)"))
U(d, "As we announced, the Secretary-General asked for the immediate replacement", "the report recommends.",
  ("United Nations", N, neu, "", "decision about its own commander and command structure, no judgement of another actor (unsure: the dismissal could be read as a sanction)"))
U(d, "The Secretary-General has taken note of the statement issued yesterday", "Government of Kenya.",
  ("United Nations", N, neu, "", "takes note, no evaluation"))
U(d, "He greatly values the contribution that Kenya and its soldiers have made", "over several decades.",
  ("United Nations", S, pos, "Kenya", "praise of Kenya's contribution = supporting"))
U(d, "He hopes to keep talking with the Kenyan authorities", "regional protection force.",
  ("United Nations", T, pos, "Kenya", "hope of continued talks with the one party addressed"))
# "This morning, the Security Council held consultations ..." = a meeting narrated, no row.
U(d, "Speaking to reporters afterwards, the President of the Council for November, Ambassador Fodé Seck of Senegal, said", "could be shielded.",
  ("United Nations", T, neu, "", "the Council president speaks for the Council (UN), not for Senegal; appeal for a force to protect civilians"))
U(d, "Turning to Iraq, our humanitarian colleagues tell us", "began on 17 October.",
  ("United Nations", N, neu, "", "displacement figures from the UN's humanitarian office"))
U(d, "The Humanitarian Coordinator, Lise Grande, urged all parties", "out of the line of fire.",
  ("United Nations", T, neu, "", "appeal to protect civilians and let them leave"))
U(d, "Kenya's Foreign Ministry said yesterday that the process leading to General Ondieki's removal was opaque", "showed contempt for Kenya.",
  ("Kenya", C, neg, "United Nations", "Kenya's position relayed in a reporter's question (reported speech counts); judgement of the UN's process"))
U(d, "I would not describe it in those terms.", "in those terms.",
  ("United Nations", N, neg, "", "rejects the characterisation = denial, neutral, negative"))
U(d, "The decision flowed from the findings of an independent investigation", "before anything was made public.",
  ("United Nations", N, neu, "", "procedural account"))
U(d, "But President Kenyatta said this morning that his troops would not stay", "its own collective failure.",
  ("Kenya", C, neg, "United Nations", "reported clause in a question; accusation of scapegoating (no stock word) + troops withdrawn"))
U(d, "Kenya has also said it will pull out of the regional protection force", "peace process altogether.",
  ("Kenya", C, neg, "United Nations", "withdrawal in protest, the grievance given in the sentence before (labels/README: refusal in protest after the reason = condemning) (unsure: with no grievance in this sentence it could be neutral; target could be empty)"))
U(d, "I think the Secretary-General's hope is that Kenya will stay engaged", "badly needs its weight.",
  ("United Nations", T, pos, "Kenya", "hope that Kenya stays engaged in the political process"))
U(d, "What I can tell you is that the responsibility for what happened in July", "across the Mission.",
  ("United Nations", N, neu, "", "explains the report's scope; no judgement of another actor, no appeal"))
U(d, "Ambassador Churkin told us at the stakeout that sacking a single commander", "was too hasty.",
  ("Russia", C, neg, "United Nations", "Russia's ambassador via a reporter's question; 'too hasty' aimed at the Secretary-General's act = judgement"))
U(d, "Member States are of course free to express their views", "brief the Council in full.",
  ("United Nations", N, neu, "", "no position on Russia's remark"))
U(d, "Ambassador Power said at the same stakeout that the report described a mission", "sent to protect.",
  ("United States", C, neg, "United Nations", "reported clause: judgement of the UN mission's failure"))
U(d, "She also said Washington would put an arms embargo on South Sudan", "before the end of the year.",
  ("United States", C, neg, "South Sudan", "speaker carried by a pronoun; a sanction pursued = condemning"))
U(d, "The Secretary-General has said many times that the flow of weapons", "his position has not changed.",
  ("United Nations", C, neg, "South Sudan", "support for an arms embargo = call for a sanction = condemning"))
U(d, "On the same subject, President Kiir's spokesman, Ateny Wek Ateny, said today", "only heard one side.",
  ("South Sudan", C, neg, "United Nations", "denial + 'investigators only heard one side' = judgement of the inquiry's fairness (rule 1) (unsure: could be read as a denial, neutral)"))
U(d, "The investigation spoke to a broad range of witnesses", "we stand by its findings.",
  ("United Nations", N, neu, "", "stands by its findings; rebuttal, no new judgement"))
U(d, "The SPLM-in-Opposition says Kenya today deported James Gatdet Dak", "puts his life at risk.",
  ("SPLM-IO", C, neg, "Kenya", "'calls that a betrayal' = judgement; Kenya's deportation is narrated inside SPLM-IO's claim, no Kenya row"))
U(d, "We have seen those reports and are trying to get more details", "looking into it.",
  ("United Nations", N, neu, "", "monitoring, no appeal"))
U(d, "In general, we would urge all Governments in the region to respect the principle of non-refoulement", "could face harm.",
  ("United Nations", T, neu, "", "appeal to protect people from return = calling_for_talks"))
U(d, "IGAD said it regretted losing Kenya's troops and hoped Nairobi would stay at the table.", "stay at the table.",
  ("IGAD", T, neu, "Kenya", "IGAD's statement relayed by the spokesman; regret over a loss (not a judgement of Kenya) + hope Kenya stays in the talks"))
U(d, "Nyandeng Arop, a researcher at the Juba Centre for Peace Studies, wrote today", "including this building.",
  ("Nyandeng Arop", C, neg, "United Nations", "invented independent researcher, quoted in a question; blames the UN system"))
U(d, "I think the report speaks for itself", "every level of the Mission.",
  ("United Nations", N, neu, "", "no new position"))
