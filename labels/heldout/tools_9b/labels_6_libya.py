# ------------------------------------------------------------------ Deadly clashes in Tripoli after the killing of al-Kikli (UN News-style readout with noon-briefing quotes, 2025-05-15)
d = "page_libya_tripoli_unreadout.txt"
U(d, "UN Secretary-General António Guterres on Thursday called on all parties in Libya", "crowded neighbourhoods.",
  ("United Nations", T, neu, "", "appeal to all parties to preserve the truce and talk, no judgement"))
U(d, "In a statement issued by his Spokesperson, the Secretary-General said the speed", "deeply alarming.",
  ("United Nations", N, neg, "", "alarm at the escalation with no actor judged and no appeal in the sentence = neutral, negative"))
U(d, "He said he was saddened that at least eight civilians had been killed.", "He said he was saddened that at least eight civilians had been killed.",
  ("United Nations", N, neg, "", "'He' = the SG; toll + grief, no blame"))
U(d, "The UN chief told the parties that protecting civilians was a legal duty", "behind the fighting.",
  ("United Nations", T, neu, "", "protection of civilians + talks = appeal, no actor judged"))
U(d, "The United Nations stands ready to lend its good offices", "the statement said.",
  ("United Nations", T, pos, "", "offer of mediation = calling_for_talks, hopeful tone"))
U(d, "On Tuesday the UN Support Mission in Libya (UNSMIL) said it was alarmed", "could constitute war crimes.",
  ("United Nations", T, neg, "", "UNSMIL = United Nations (name files); alarm + appeal to stop fighting; the war-crimes warning names no party (talks; unsure: the warning could be read as a judgement)"))
U(d, "A day later, as clashes broke out in other parts of the city", "help the sides talk.",
  ("United Nations", T, neg, "", "'the mission' by context; ceasefire call + offer to facilitate"))
U(d, "It said that every further hour of fighting would only deepen the instability", "across the country.",
  ("United Nations", N, neg, "", "'It' = the mission; concern without an appeal in the sentence = neutral, negative"))
U(d, "The Government of National Unity's defence ministry announced on Wednesday", "return to their bases.",
  ("Government of National Unity", T, neu, "", "agreeing to a ceasefire = calling_for_talks (README)"))
U(d, "Prime Minister Abdul Hamid Dbeibah had earlier praised the army and police", "state authority in Tripoli.",
  ("Government of National Unity", N, pos, "", "head of the GNU praises his own forces = self-praise (neutral, positive)"))
U(d, "He vowed that no armed group would again be allowed", "a state within the state.",
  ("Government of National Unity", C, neg, "", "'He' = Dbeibah; vow against armed groups outside state control = threat; the groups (SSA, others) are not canonical actors -> target empty"))
U(d, "On Thursday the Presidential Council, which acts as supreme commander of the army", "the damage they caused.",
  ("Libyan Presidential Council", T, neu, "", "ordering a ceasefire + a fact-finding committee, no judgement"))
U(d, "The council also suspended all decisions on military and security matters", "since the fighting began.",
  ("Libyan Presidential Council", C, neg, "Government of National Unity", "'The council' by context; suspending the government's decisions = a measure taken against another side (unsure: could be read as a neutral procedure)"))
U(d, "The head of UNSMIL, Special Representative Hanna Tetteh, spoke with", "the mission said.",
  ("United Nations", T, neu, "", "pressing both leaders to keep the truce = appeal; two parties -> target empty; Menfi and Dbeibah only addressed"))
U(d, "Asked at the regular noon briefing in New York whether the UN knew", "who was responsible.",
  ("United Nations", N, neu, "", "declines to apportion blame, no appeal in the sentence = neutral (README: 'stopped short of blaming')"))
U(d, "\"What matters now is that the guns stay silent", "he said.",
  ("United Nations", T, neu, "", "'he' = Dujarric; quotation continued after the question: appeal for the guns to stay silent"))
U(d, "Libya's Emergency Medicine and Support Centre, which is part of the health ministry", "first night of fighting.",
  ("Government of National Unity", N, neu, "", "state agency of the Tripoli government (health ministry) = GNU; casualty figure, no blame"))
U(d, "UNICEF said schools in several districts had closed", "out of harm's way.",
  ("UNICEF", T, neg, "", "facts + appeal to protect children, no judgement"))
U(d, "The International Organization for Migration (IOM) said it was concerned", "ensure their safety.",
  ("International Organization for Migration", T, neg, "", "concern + appeal to the authorities (not named precisely) -> target empty"))
U(d, "The World Health Organization said it had sent trauma and emergency kits", "treating the wounded.",
  ("World Health Organization", S, neu, "", "aid delivered = supporting by act; the hospitals/wounded are no canonical actor -> target empty"))
U(d, "The UN human rights office urged the authorities to investigate", "treated humanely.",
  ("United Nations", T, neg, "", "OHCHR = United Nations; demand for an investigation and humane treatment, no judgement word = calling_for_talks (README)"))
# No rows: "The violence erupted late on Monday ..." and "Forces aligned with the Government of National Unity ... took
# over the group's positions" (narrative of events, no position); the Mitiga and university closures (narrative);
# the background on Libya's split; "Al-Kikli's death removed ..." (possessive, narrative); furniture, related links.
