# ------------------------------------------------------------------ São Tomé and Príncipe: the attack on the armed forces HQ and the deaths in custody (25-27 Nov 2022), UN noon briefing of 2022-11-29
d = "page_saotome_trindade2022_noonbriefing.txt"
# Not statements: header lines, title, date, transcript note, greeting, crossheads (**...), "Question:"/"Spokesman:" labels, sign-off, "For information media", Related, copyright.
U(d, "The Secretary-General continues to follow closely the situation", "early hours of Friday.",
  ("United Nations", N, neg, "", "monitoring, no appeal = neutral, negative tone"))
U(d, "As you will have seen, on Friday he rejected any attempt to seize power", "constitutional institutions of the country.",
  ("United Nations", C, neg, "", "'he' = the Secretary-General; rejection of an armed seizure = judgement (rule 1 over the backing); attackers not a canonical actor -> target empty"))
# "Over the weekend, the Special Representative ... travelled to São Tomé together with ..." = narration of a trip, no row.
# "They met President Carlos Vila Nova, ..." = narration of meetings, no row.
U(d, "In a joint communiqué issued at the end of the visit", "could not be tolerated in any circumstances.",
  ("United Nations", C, neg, "", "joint statement of two organisations: judgement on the attack and on the mistreatment of detainees (two targets) -> empty"),
  ("ECCAS", C, neg, "", "same joint communiqué, ECCAS row"))
U(d, "They called on the national authorities to establish fully", "after being taken into custody.",
  ("United Nations", T, neg, "São Tomé and Príncipe", "'They' = UNOCA head and ECCAS Commission president; appeal for an inquiry into deaths in custody with no judgement word = calling_for_talks (unsure: could be neutral)"),
  ("ECCAS", T, neg, "São Tomé and Príncipe", "same appeal, ECCAS row"))
U(d, "The Secretary-General welcomes the commitment expressed by the Government", "stands ready to support it.",
  ("United Nations", S, pos, "São Tomé and Príncipe", "welcome + offer of support, no peace appeal = supporting (rule 3)"))
U(d, "Our country team, led by the Resident Coordinator", "the capital is calm.",
  ("United Nations", N, neu, "", "facts reported by the UN country team"))
U(d, "As you know, the Chairperson of the African Union Commission", "on Friday as well.",
  ("African Union", C, neg, "", "position of another body reported by the spokesman; condemnation of the attack, attackers not canonical -> target empty"))
U(d, "And today we thank our friends in Iceland", "fully paid-up Member States.",
  ("United Nations", S, pos, "Iceland", "thanks for paying dues = approval (supporting); an unrelated item kept as a stance example"))
U(d, "The army chief of staff, Olinto Paquete, said on Sunday", "jumping from a vehicle.",
  ("São Tomé and Príncipe", N, neu, "", "a journalist's question reporting an actor's account (README: that actor's statement); facts/figures given by the army = neutral; the question 'Does the UN accept ...' gets no row"))
U(d, "I'm not going to prejudge the outcome of the investigation.", "I'm not going to prejudge the outcome of the investigation.",
  ("United Nations", N, neu, "", "declining to judge = neutral"))
U(d, "What I can tell you is that people in the custody of the State", "promptly, thoroughly and independently.",
  ("United Nations", T, neg, "São Tomé and Príncipe", "normative appeal for an investigation, no judgement on a named actor = calling_for_talks (unsure, as above)"))
U(d, "The Prime Minister told lawmakers yesterday", "undo that choice.",
  ("São Tomé and Príncipe", C, neg, "", "office holder by title only (context: São Tomé); position reported in a question; warning against the attackers -> target empty"))
U(d, "President Vila Nova said on Friday night that the attackers", "inside the armed forces.",
  ("São Tomé and Príncipe", C, neg, "", "accusation of accomplices in the country's own army (not a canonical actor) -> target empty"))
U(d, "That is precisely what the investigation needs to establish.", "That is precisely what the investigation needs to establish.",
  ("United Nations", N, neu, "", "procedural answer"))
U(d, "The Government has requested international help with its inquiries", "at the Government's request.",
  ("São Tomé and Príncipe", N, neu, "", "request for help with an investigation (not humanitarian help) = neutral"),
  ("Portugal", S, pos, "São Tomé and Príncipe", "investigators and forensic doctors sent = backing by act, reported by the UN"))
U(d, "We, along with ECCAS, have made clear that we are ready to help as well.", "ready to help as well.",
  ("United Nations", S, pos, "São Tomé and Príncipe", "offer of assistance"),
  ("ECCAS", S, pos, "São Tomé and Príncipe", "'along with ECCAS': the same offer, ECCAS row"))
U(d, "The Government said on Sunday that it had opened two separate inquiries", "deaths of the detainees.",
  ("São Tomé and Príncipe", N, neu, "", "procedure, reported in a question"))
# "Civil society groups are asking for an international inquiry." = unnamed speakers, no row.
# "Let's see what the authorities request. We're not there yet." = non-answer, no row.
U(d, "Professor Maria do Céu Trigueiros, a constitutional lawyer", "than the attack itself.",
  ("Maria do Céu Trigueiros", C, neg, "São Tomé and Príncipe", "invented scholar quoted inside a question; judgement on the deaths in custody (the state's forces)"))
U(d, "I think the Secretary-General's concern is that the truth be established", "the calm we are seeing holds.",
  ("United Nations", T, pos, "", "hope that calm holds = calling_for_talks"))
U(d, "A taxi driver who lives near the barracks, Adilson Quaresma", "more than five hours that night.",
  ("Adilson Quaresma", N, neg, "", "invented witness named by role first; his account = neutral"))
# "I'm not in a position to give you a timeline. The authorities will." = non-answer, no row.
U(d, "The European Union said in a statement this morning", "everyone detained.",
  ("European Union", C, neg, "", "rejection of an armed seizure (judgement) + expectation on the inquiries (rule 1); target empty"))
U(d, "The executive secretary of the Community of Portuguese Language Countries", "with apprehension.",
  ("Community of Portuguese Language Countries", N, neg, "", "apprehension without an appeal = neutral, negative"))
U(d, "We're in touch with all of our partners", "the European Union.",
  ("United Nations", N, neu, "", "procedural line"))
U(d, "And the ECOWAS chair, President Umaro Sissoco Embaló", "peaceful changes of government.",
  ("ECOWAS", C, neg, "", "speaks as ECOWAS chair (guide: the chair speaks for the body; unsure, São Tomé is not an ECOWAS member); condemnation + praise of the islands' record: judgement decides (rule 1)"))
U(d, "São Tomé and Príncipe has had peaceful transfers of power", "want to see continue.",
  ("United Nations", T, pos, "", "hope that peaceful transfers continue = calling_for_talks"))
# "Has Delfim Neves had access to a lawyer?" / "I don't have that information. I'd refer you to the authorities." = question and non-answer, no row.
