# ------------------------------------------------------------------ Ethiopia's intervention in Somalia (UN Daily News readout, 2007-01-05)
d = "page_somalia_ethiopia_unreadout.txt"
ICU = "Islamic Courts Union"
ICG = "International Contact Group on Somalia"
# No rows: skip link, UN banner, languages, menu, issue number/date, "In today's issue" list, item headlines, the datelines
# ("5 January - ", "22 December - " ...: excluded from the units), "The Group, which includes the United States, ... met for the
# first time since ..." (membership + narration: the listed members take no position here), "The following summary ... has been
# prepared by the UN News Service for reference." (the outlet), "Heavy fighting broke out on 20 December around Baidoa ..."
# (narration), "Ethiopian jets struck the airports of Mogadishu and Baledogle the following day." (operation narrated by the
# outlet, no speaker), "28 December - Ethiopian and TFG forces entered Mogadishu after UIC leaders abandoned the city."
# (narration), "27 December - Security Council members, meeting in emergency session ..., were unable to agree on a statement."
# (the Council's failure: no position of the body), the Kismayo aid worker (unnamed, not an actor), "* *** *", "For more details ...", related documents, footer.
U(d, "Meeting in Nairobi today, the International Contact Group on Somalia called on the Transitional Federal Government", "could go home.",
  (ICG, T, neu, "Somalia", "dateline excluded; the Contact Group speaking as a group (declared as its own actor; its members are listed in the next sentence with no position of their own); appeal for inclusive talks + deployment of a force to let Ethiopia withdraw = calling_for_talks; the TFG = Somalia"))
U(d, "The Secretary-General's Special Representative for Somalia, François Lonseny Fall, told participants", "left out.",
  ("United Nations", T, neu, "Somalia", "SRSG = United Nations; warning + appeal to include the excluded = calling_for_talks"))
U(d, "\"A military outcome is not a political settlement.", "he said.",
  ("United Nations", T, neg, "Somalia", "multi-sentence quote closed by the pronoun speaker (Fall); a demand on the Government with no judgement word = calling_for_talks, negative"))
U(d, "Mr. Fall added that the United Nations stood ready to help the TFG", "security allowed.",
  ("United Nations", S, pos, "Somalia", "offer of help = supporting"))
U(d, "In a statement attributable to his spokesperson, Secretary-General Ban Ki-moon", "sixteen years of conflict.",
  ("United Nations", T, pos, "", "hope for an inclusive process = calling_for_talks"))
U(d, "He also called on all States in the region to respect Somalia's sovereignty", "the spokesperson said.",
  ("United Nations", T, neu, "", "'He' = Ban; appeal to all States of the region, attribution tail; no single State named -> target empty"))
U(d, "At the meeting, United States Assistant Secretary of State for African Affairs Jendayi Frazer announced", "according to participants.",
  ("United States", S, pos, "Somalia", "new funding for relief and for the African force = aid = supporting; 'according to participants' only carries it"))
U(d, "Ms. Frazer said Washington wanted to see the TFG reach out to moderate figures", "Somalia's future.",
  ("United States", T, pos, "Somalia", "appeal for inclusion of moderates = calling_for_talks; Washington = metonym"))
U(d, "Then Secretary-General Kofi Annan voiced grave concern at the fighting", "would pay the price.",
  ("United Nations", N, neg, "", "concern + warning of disaster, no appeal in this sentence = neutral, negative (guide)"))
U(d, "He urged the TFG and the UIC to stop fighting at once", "outside forces taking part.",
  ("United Nations", T, neg, "", "'He' = Annan; appeal to both sides to stop and return to talks = calling_for_talks; the troubling reports of foreign forces name no one"))
U(d, "The same day, the Security Council, in a statement read by its President, called on both parties", "without preconditions.",
  ("United Nations", T, neu, "", "presidential statement: restraint + talks to both parties = calling_for_talks, target empty"))
U(d, "Ethiopian Prime Minister Meles Zenawi said in a televised address that his country had been forced to act", "declared war on Ethiopia.",
  ("Ethiopia", C, neg, ICU, "announced military action against the Courts + accusation = condemning (guide: announcing a military operation)"))
U(d, "The chairman of the UIC's executive committee, Sheikh Sharif Sheikh Ahmed, told supporters", "Ethiopian army.",
  (ICU, C, neg, "Ethiopia", "'invaded' + call to rise up against the Ethiopian army = condemning"))
U(d, "Mr. Meles told reporters in Addis Ababa that the Islamic Courts had suffered heavy losses", "finish the job.",
  ("Ethiopia", N, neu, "", "own operation's results and plans, no judgement = neutral; Addis Ababa = place"))
U(d, "Qatar, which held the Council presidency, insisted that any text call for the immediate withdrawal", "military operations.",
  ("Qatar", T, neg, "Ethiopia", "Qatar's insistence on a withdrawal demand and an end to operations, no judgement word = calling_for_talks; the Council itself takes no position (no UN row)"))
U(d, "The acting United States Ambassador, Alejandro Wolff, said it was unfortunate", "critical moment.",
  ("United States", C, neg, "Qatar", "'unfortunate' aimed at the single delegation (Qatar by context) = judgement"))
U(d, "Also on 27 December, the African Union, IGAD and the League of Arab States, in a joint statement", "between the Somali parties.",
  ("African Union", T, neg, "Ethiopia", "joint statement = one row per signatory body; ceasefire + withdrawal + dialogue, no judgement word = calling_for_talks"),
  ("IGAD", T, neg, "Ethiopia", "same joint statement"),
  ("Arab League", T, neg, "Ethiopia", "same joint statement; 'League of Arab States' = Arab League (name files)"))
U(d, "In Cairo, Arab League Secretary-General Amr Moussa said the Ethiopian offensive", "peace in Somalia.",
  ("Arab League", C, neg, "Ethiopia", "'gravely complicated' = negative judgement of Ethiopia's offensive; Cairo = place"))
U(d, "In Washington, a White House spokesman said Ethiopia faced a genuine threat", "with the Courts.",
  ("United States", S, pos, "Ethiopia", "backing Ethiopia's security case = supporting; the foreign fighters with the Courts are the reason, not a separate judgement"))
U(d, "The State Department urged all sides to protect civilians", "widen the conflict.",
  ("United States", T, neu, "", "protect civilians + avoid escalation, all sides = calling_for_talks"))
U(d, "A spokesman for the Courts said the withdrawal was a tactical decision", "would fight on.",
  (ICU, C, neg, "", "vow to fight on = a threatened response; no single target named -> empty"))
U(d, "Eritrea, which a UN monitoring group had accused in November", "soldiers in Somalia.",
  ("Eritrea", N, neg, "", "denial = neutral, negative; the monitoring group's earlier accusation is background inside the relative clause (no UN row: a past report, see README)"))
U(d, "The Eritrean Government accused Ethiopia, with the backing of Washington", "years to come.",
  ("Eritrea", C, neg, "Ethiopia", "accusation of invasion + 'aggression' + warning; Washington named as backer (target = the main accused, Ethiopia)"))
U(d, "TFG Prime Minister Ali Mohamed Gedi announced that armed groups in Mogadishu had three days", "taken by force.",
  ("Somalia", C, neg, "", "ultimatum with a threat of force = condemning; 'armed groups' not canonical -> target empty"))
U(d, "Mr. Meles told the Ethiopian parliament that his troops would begin to leave Somalia", "occupying force.",
  ("Ethiopia", N, neu, "", "withdrawal plan + reassurance = neutral"))
U(d, "The Office of the United Nations High Commissioner for Refugees (UNHCR) said today that several hundred Somalis", "on 3 January.",
  ("UNHCR", N, neu, "", "UNHCR under its own name (name files); stranded people after Kenya's closure = figures, no appeal in this sentence = neutral, neutral tone (guide: figures)"))
U(d, "Kenya's Government said it had shut the border", "out of the country.",
  ("Kenya", N, neu, "", "own measure with a security reason = neutral"))
U(d, "UNHCR urged the Kenyan authorities to keep their borders open", "security concerns.",
  ("UNHCR", T, neu, "Kenya", "appeal to Kenya to protect people fleeing, no judgement = calling_for_talks"))
U(d, "\"We understand why Nairobi is worried, but women and children", "journalists in Geneva.",
  ("UNHCR", T, neg, "Kenya", "quote closed by an unnamed spokesperson of a named agency (speaks for it); 'must not be sent back' demand without a judgement word = calling_for_talks, negative; Nairobi = metonym, Geneva = place"))
U(d, "The Office for the Coordination of Humanitarian Affairs (OCHA) said humanitarian agencies", "for two weeks.",
  ("United Nations", N, neu, "", "OCHA = United Nations (name files); figures and delays = neutral, neutral tone"))
