# ------------------------------------------------------------------ Murzuq air strike, southern Libya (live blog, full HTML, 2019-08-05)
d = "page_libya_murzuq_airstrike2019_liveblog.html"
# Not statements: nav, breadcrumb, LIVE badge, headline, standfirst, byline, updated line, captions with credits and "1 of 3", ADVERTISEMENT, time stamps, share bar, tags, comments, Related, most read, footer.
# 07:05 "Good morning and welcome ... An air strike late on Sunday hit ..." = narration, no row.
# 07:05 "A member of the municipal council told reporters ..." = unnamed local official with no named body (guide: 'local officials'), no row.
U(d, "Tripoli: The Presidency Council of the U.N.-backed Government of National Accord has put out a statement", "\"the aggressor's militias\".",
  ("Government of National Accord", C, neg, "Libyan National Army", "entry opening with the capital; blame laid on Haftar's forces"))
U(d, "The council said the strike was a deliberate massacre", "entered the region in January.",
  ("Government of National Accord", C, neg, "Libyan National Army", "'the council' = the Presidency Council; 'massacre' + 'full responsibility' = judgement; Haftar = LNA"))
U(d, "The same statement asks the U.N. mission and the wider international community", "bring them before a court.",
  ("Government of National Accord", T, neg, "United Nations", "request for an international investigation, no judgement word in this sentence = calling_for_talks (labels/README: demands for an inquiry); addressed to the UN mission"))
U(d, "Benghazi: The self-styled Libyan National Army confirms it carried out air strikes", "overnight.",
  ("Libyan National Army", N, neu, "", "own strike reported as done, no judgement = neutral (guide)"))
U(d, "In remarks carried by LNA-aligned television, spokesman Ahmed al-Mismari said", "no civilians had been targeted.",
  ("Libyan National Army", N, neg, "", "second-hand attribution; own targets named + denial of hitting civilians = neutral, negative (the Chadian groups are not a canonical actor)"))
U(d, "Mismari said reports of a massacre were being spread by the Tripoli government", "the capital's southern front.",
  ("Libyan National Army", C, neg, "Government of National Accord", "surname only; accusation of propaganda against the GNA = judgement"))
U(d, "UNSMIL: \"Dropping bombs on a gathering of townspeople", "will have to answer for it.\"",
  ("United Nations", C, neg, "", "live-blog item: label + quotation with no verb of saying; judgement of the strike, culprit not named -> target empty"))
U(d, "More from the U.N. mission, which says it is working to establish the facts", "all sides in Murzuq.",
  ("United Nations", N, neu, "", "procedure: fact-finding and contacts"))
U(d, "The mission urged the town's communities to choose dialogue over arms", "begins next weekend.",
  ("United Nations", T, neu, "", "appeal for dialogue and an Eid truce, no judgement"))
# 10:30 "Our correspondent in Sabha says ..." = the outlet's reporter, not an actor, no row.
U(d, "Khadija Barka, a schoolteacher who lost two cousins in the raid", "not with guns\".",
  ("Khadija Barka", N, neg, "", "invented witness; account of the meeting's peaceful character, no judgement of a named actor"))
U(d, "\"Whoever sent that plane knew exactly what the building was,\"", "Barka said.",
  ("Khadija Barka", C, neg, "", "charge of a deliberate strike without naming the culprit -> target empty"))
U(d, "Brussels: The European Union has condemned the strike.", "has condemned the strike.",
  ("European Union", C, neg, "", "condemnation, culprit unnamed"))
U(d, "EU spokesperson Maja Kocijancic said bombing a town full of civilians", "answer for it.",
  ("European Union", C, neg, "", "judgement + accountability warning; no named culprit"))
U(d, "Health ministry in Tripoli says it is sending two planes", "field hospital to follow.",
  ("Government of National Accord", S, pos, "", "live-blog item without an article; the GNA's ministry sends aid = providing assistance (supporting); recipients are the town, not an actor"))
U(d, "Rome: Italy's foreign ministry, in a statement, said it was deeply shaken", "civilian lives in Murzuq.",
  ("Italy", N, neg, "", "shock with no appeal in this sentence = neutral, negative"))
U(d, "The ministry renewed Italy's call for an immediate ceasefire", "no military solution in Libya.",
  ("Italy", T, neu, "", "'the ministry' = Italy's; ceasefire + political process appeal"))
U(d, "The U.S. Embassy in Libya, on Twitter: \"We mourn with the families of Murzuq.", "protect civilians.\"",
  ("United States", T, neg, "", "condolences + appeal to all parties to respect IHL and protect civilians: the appeal decides"))
# 14:05 reader question and "We have no independent confirmation ..." = the outlet, no row.
U(d, "U.N. experts have previously reported the use of foreign-supplied drones", "which the United Arab Emirates and Turkey deny.",
  ("United Nations", C, neg, "", "UN panel's earlier finding of embargo breaches by both sides = accusation; several states -> target empty (unsure: could be background narration)"),
  ("United Arab Emirates", N, neg, "", "denial = neutral, negative"),
  ("Turkey", N, neg, "", "denial = neutral, negative"))
U(d, "African Union Commission chairperson Moussa Faki Mahamat says he is \"appalled\"", "condolences to the bereaved.",
  ("African Union", N, neg, "", "shock + condolences to the bereaved (not an actor), no appeal = neutral, negative (unsure: condolences read as supporting in other batches; here no actor receives them)"))
U(d, "Faki said the AU stood ready to help the Libyan parties reconcile", "Libya's future.",
  ("African Union", T, pos, "", "offer to help reconciliation + inclusive conference = calling_for_talks"))
U(d, "Interior Minister Fathi Bashagha, for the GNA, tells a news conference", "partners in the bloodshed.",
  ("Government of National Accord", C, neg, "", "accusation of unnamed supplier states = judgement; no state named -> target empty"))
# "He did not name any state." = narration, no row.
U(d, "Analysis from Hamza Ouerfelli, a Libya researcher", "a tinderbox since January.",
  ("Hamza Ouerfelli", N, neg, "", "invented analyst introduced by role; background assessment, no judgement of an actor"))
U(d, "\"The LNA arrived as the guarantor of order", "Ouerfelli said.",
  ("Hamza Ouerfelli", C, neg, "Libyan National Army", "surname only; judgement that the LNA took sides, no stock word"))
U(d, "He said the only thing that could stop a cycle of revenge", "to allow it.",
  ("Hamza Ouerfelli", T, neu, "", "speaker carried across the paragraph; appeal for a local truce and outside pressure for it"))
U(d, "UNICEF says it is sending emergency health kits to Murzuq", "safe passage for the convoy.",
  ("UNICEF", T, neu, "", "aid sent + request for safe passage: the access appeal decides (rule 2 before rule 3) (unsure: could be supporting for the aid by act)"))
# 19:40 closing line = no row.
