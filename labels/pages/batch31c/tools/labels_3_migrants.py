# ------------------------------------------------------------------ HRW report on killings of Ethiopian migrants at the Yemen-Saudi border (UN noon briefing, 2023-08-22)
d = "page_saudi_ethiopianmigrants2023_noonbriefing.txt"
# Not statements: site furniture, breadcrumb, date, transcript notice, crossheads (**...), "Good afternoon.", the journalists' own
# questions ("Does the Secretary-General trust ...?", "Are you talking to the Saudis?"), "Yesterday I was asked about ..." (narration of the
# briefing), the OHCHR referral lines, sign-off, "For information media", Related, Share, copyright. Units start after the "Spokesman:" label.
U(d, "As a reminder, the Secretary-General leaves New York this evening", "on Thursday.",
  ("United Nations", N, neu, "", "announced travel plan = neutral"))
U(d, "Turning to Sudan, our humanitarian colleagues tell us", "already displaced before.",
  ("United Nations", N, neu, "", "OCHA figures relayed by the spokesperson = neutral"))
U(d, "They are once again asking the parties to let civilians leave", "those who stay behind.",
  ("United Nations", T, neu, "", "'They' = the UN humanitarian colleagues; appeal for safe passage and access, both parties -> target empty"))
U(d, "I can tell you today that the Secretary-General is very troubled", "which are extremely grave.",
  ("United Nations", N, neg, "", "concern without an appeal in the sentence = neutral, negative (the appeal follows separately)"))
U(d, "Our colleagues at the Office of the High Commissioner for Human Rights (OHCHR) tell us", "so hard to reach.",
  ("United Nations", N, neu, "", "OHCHR = United Nations; cannot verify = fact"))
U(d, "You will recall that, late last year, several special rapporteurs", "what they had heard.",
  ("United Nations", N, neg, "", "special rapporteurs and a working group = UN; a letter raising reports and voicing alarm, no judgement or appeal stated here (unsure: writing to a government could be read as a call)"))
U(d, "We call on the Saudi authorities to conduct a full and credible inquiry", "held to account.",
  ("United Nations", T, neu, "Saudi Arabia", "appeal for an inquiry and accountability, no judgement word = calling_for_talks"))
U(d, "Migrants, whatever their status, have a right to life", "an imminent threat to life.",
  ("United Nations", T, neu, "", "restating the rule on lethal force = an appeal to protect migrants; no side named in the sentence (unsure: could be neutral as a legal statement)"))
U(d, "The International Organization for Migration (IOM) estimates", "without regular status.",
  ("International Organization for Migration", N, neu, "", "figure given by an actor"))
U(d, "IOM is continuing to provide food, water and health care", "to do so safely.",
  ("International Organization for Migration", S, neu, "", "aid provided = supporting; migrants are not an actor -> target empty"))
U(d, "A Saudi government source yesterday dismissed the report", "could not be trusted.",
  ("Saudi Arabia", N, neg, "", "position reported inside a journalist's question; unnamed source of a named government; denial = neutral, negative"))
U(d, "Ethiopia's foreign ministry said this morning it would look into the incidents", "with the Saudi authorities.",
  ("Ethiopia", N, neu, "", "announced joint inquiry = plan/procedure, no evaluation"))
U(d, "It also asked the public to wait for the findings before drawing conclusions", "its relationship with Riyadh.",
  ("Ethiopia", S, pos, "Saudi Arabia", "'It' = the Ethiopian ministry; warm words for Riyadh while asking not to prejudge = backing of the partner (unsure: the appeal part could make it calling_for_talks)"))
U(d, "Any investigation has to be credible, independent and seen to be so", "their families.",
  ("United Nations", T, neu, "", "unit after the 'Spokesman:' label; appeal for a credible investigation, no judgement"))
U(d, "I'm not going to prejudge its form.", "I'm not going to prejudge its form.",
  ("United Nations", N, neu, "", "declines to judge = neutral"))
U(d, "What I can say is that the UN stands ready to help", "whatever way we can.",
  ("United Nations", S, pos, "", "standing offer of help = supporting; two governments concerned -> target empty"))
U(d, "The State Department said it had taken up the report with Riyadh", "a full, open inquiry.",
  ("United States", T, neu, "Saudi Arabia", "reported in a question; concern raised with Riyadh + call for an inquiry, no judgement word"))
U(d, "And the European Union said it planned to raise the findings", "with the Houthi authorities.",
  ("European Union", T, neu, "", "plan to take the findings up diplomatically with two parties = a diplomatic course; two addressees -> target empty"))
U(d, "We are in contact with the Saudi authorities, as we are", "a whole range of issues.",
  ("United Nations", N, neu, "", "unit after the label; contacts reported, no position"))
U(d, "I'm not going to go into the details of those diplomatic conversations.", "I'm not going to go into the details of those diplomatic conversations.",
  ("United Nations", N, neu, "", "procedural refusal to detail"))
U(d, "Nadia Hardman, the HRW researcher who wrote the report, told us", "that nothing was wrong.",
  ("Human Rights Watch", C, neg, "Saudi Arabia", "researcher speaks for HRW; continuing killings + Riyadh's word not to be trusted = accusation and judgement"))
U(d, "Any international mechanism is for Member States to decide", "in the Human Rights Council.",
  ("United Nations", N, neu, "", "procedure: who decides on a mechanism"))
U(d, "The Secretary-General's position is that there must be accountability", "establishing the facts.",
  ("United Nations", T, neu, "", "appeal for accountability and fact-finding, no side judged"))
U(d, "HRW says smugglers working with Houthi officials push them", "take money from them.",
  ("Human Rights Watch", C, neg, "Houthis", "reported in a question; accusation of Houthi officials' complicity with smugglers"))
U(d, "Our humanitarian colleagues in Yemen are in contact with the de facto authorities", "with all the parties.",
  ("United Nations", N, neu, "", "contacts reported; no appeal or judgement in the sentence"))
U(d, "Migrants in Yemen face terrible dangers at every step", "from the conflict itself.",
  ("United Nations", N, neg, "", "description of risks, no appeal = neutral, negative"))
U(d, "The communications and any replies are published on their website", "after a set period.",
  ("United Nations", N, neu, "", "procedural information; the preceding 'I'd refer you to OHCHR.' carries no position and gets no row"))
U(d, "We continue to back any effort, including the one in Jeddah", "back around the table.",
  ("United Nations", T, pos, "", "backing of mediation whose aim is to bring the Sudanese parties to talks = calling_for_talks (rule 2 before rule 3); Saudi Arabia and the US are facilitators, not addressees -> target empty"))
