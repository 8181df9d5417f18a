# ------------------------------------------------------------------ Singapore hangs Nagaenthran K. Dharmalingam (scraped Malaysian regional daily, 2022-04-28)
d = "page_singapore_nagaenthran_hanging2022_perakdaily.txt"
# Not statements: masthead, date line, menu, breadcrumb, headline, byline, time stamp, share bar with comment count,
# "[Photo n of 3]" captions with credits, ADVERTISEMENT, crossheads ("Putrajaya's appeals", "International calls",
# "Grief in Buntong"), Related list, tags, MOST READ, copyright.
U(d, "Singapore executed Nagaenthran K. Dharmalingam at Changi Prison at dawn yesterday", "to bring him home.",
  ("Singapore", N, neu, "", "dateline 'IPOH: ' excluded; the execution and the court's dismissal reported as done, no evaluation = neutral"),
  ("Malaysia", T, neu, "Singapore", "Wisma Putra's account of its own continued appeals to bring him home = calling_for_talks (appeal, no judgement)"))
# "Nagaenthran, 33, from Buntong, was arrested ..." = background narration, no row.
# "His lawyers had argued ... an argument the Singapore courts rejected ..." = background of the court case; the lawyers are unnamed, no row.
U(d, "In a statement issued after the hanging, Singapore's Central Narcotics Bureau said", "considered and rejected.",
  ("Singapore", N, neu, "", "state agency -> Singapore; due-process account of its own system = neutral"))
U(d, "The bureau said the amount of heroin he carried", "to drug abusers.",
  ("Singapore", N, neu, "", "'the bureau' = CNB; figure given by an actor = neutral"))
U(d, "Law and Home Affairs Minister K. Shanmugam had said last month", "into the republic.",
  ("Singapore", N, neu, "", "refusal to change course under foreign pressure + deterrence rationale; no judgement on a named actor = neutral"))
U(d, "Wisma Putra said in a statement that Prime Minister Datuk Seri Ismail Sabri Yaakob", "for the sentence to be reduced.",
  ("Malaysia", T, neu, "Singapore", "Wisma Putra = Malaysia's foreign ministry; written plea for a lighter sentence, no judgement = calling_for_talks (appeal)"))
U(d, "The ministry said the letters also offered to discuss an arrangement", "between the two countries.",
  ("Malaysia", T, neu, "Singapore", "offer of talks on prisoner transfers = calling_for_talks"))
U(d, "It said Malaysia accepted that the matter lay within Singapore's jurisdiction", "Nagaenthran's detention.",
  ("Malaysia", S, pos, "Singapore", "'It' = the ministry; gratitude for consular access = supporting (thanks)"))
U(d, "The Yang di-Pertuan Agong, Al-Sultan Abdullah Ri'ayatuddin Al-Mustafa Billah Shah", "to seek clemency.",
  ("Malaysia", T, neu, "Singapore", "head of state's appeal for clemency = calling_for_talks (appeal, no judgement)"))
U(d, "Halimah replied in December that the case had followed due process", "according to Malaysian officials.",
  ("Singapore", N, neu, "", "Singapore's president's reply reported by Malaysian officials (second-hand attribution); due process = neutral"))
U(d, "Saifuddin, speaking to reporters in Kuala Lumpur yesterday", "bring the body home to Ipoh.",
  ("Malaysia", S, neg, "", "surname only; sadness + help to the family (aid provided) = supporting; family is not an actor -> target empty (unsure: could be neutral)"))
U(d, "The UN human rights office had urged Singapore on Monday to halt the hanging", "since January.",
  ("United Nations", T, neg, "Singapore", "appeal to halt + concern about the pace of notices, no judgement word = calling_for_talks"))
U(d, "Shamdasani said imposing the death penalty for drug offences", "international human rights law.",
  ("United Nations", C, neg, "Singapore", "surname only; 'could not be squared with international human rights law' = judgement of Singapore's practice"))
U(d, "The Delegation of the European Union to Singapore, together with the embassies of Norway and Switzerland", "a moratorium on executions.",
  ("European Union", T, neu, "Singapore", "joint statement by a list: one row per actor; appeal to commute and suspend executions = calling_for_talks"),
  ("Norway", T, neu, "Singapore", "listed co-signatory; same appeal"),
  ("Switzerland", T, neu, "Singapore", "listed co-signatory; same appeal"))
U(d, "The statement restated the three's view that capital punishment", "in any circumstances.",
  ("European Union", C, neg, "Singapore", "'the three' = EU, Norway, Switzerland; judgement of the penalty Singapore applies ('cruel and inhuman')"),
  ("Norway", C, neg, "Singapore", "listed co-signatory; same judgement"),
  ("Switzerland", C, neg, "Singapore", "listed co-signatory; same judgement"))
U(d, "Asked about the European statement, Singapore's foreign ministry said", "the rule of law.",
  ("Singapore", N, neg, "", "rejection of criticism by asserting sovereignty = neutral (denial-like), negative tone"))
U(d, "Amnesty International said Singapore had sent a vulnerable man to the gallows", "intellectual disabilities.",
  ("Amnesty International", C, neg, "Singapore", "judgement without a stock word ('in defiance of international safeguards')"))
U(d, "Lawyers for Liberty director Zaid Malek said the hanging would remain a stain", "at home as well.",
  ("Lawyers for Liberty", C, neg, "Singapore", "Malaysian rights group (organisation, new actor); judgement decides over the appeal to Putrajaya (rule 1)"))
U(d, "In Buntong, where Nagaenthran grew up, community leader S. Rajendran said", "on Tuesday night.",
  ("S. Rajendran", N, neu, "", "invented local community leader (person); fact about the vigil"))
U(d, "\"We are not saying he did nothing wrong.", "Rajendran said.",
  ("S. Rajendran", C, neg, "Singapore", "multi-sentence quote; judgement on the hanging ('should not have been hanged')"))
U(d, "Dr Faridah Kamaruddin, a criminologist at a public university in Penang", "another's courts.",
  ("Faridah Kamaruddin", N, neu, "", "invented scholar; analysis, no judgement"))
U(d, "She urged the two governments to conclude the prisoner transfer arrangement", "a diplomatic standoff.",
  ("Faridah Kamaruddin", T, neu, "", "appeal to both governments to agree an arrangement = calling_for_talks; two addressees -> target empty"))
# "The family said the funeral would be held in Ipoh on Friday." = the family is not an actor (unnamed private persons), no row.
