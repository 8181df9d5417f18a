# ------------------------------------------------------------------ Papua New Guinea: police fire on the UPNG student march (UN noon briefing, 2016-06-08)
d = "page_png_upng_shooting_2016_unbriefing.txt"
# Not statements: header lines, title, date, transcript note, topic heads (**...), "Good afternoon. I will start with a statement ..." (link), the journalists' own questions, closing line and disclaimer.
U(d, "The Secretary-General is troubled by the reports of violence today", "against a student march.",
  ("United Nations", N, neg, "", "concern with no appeal in this sentence = neutral, negative"))
U(d, "The Secretary-General calls on the authorities and the protesters alike to exercise restraint", "through peaceful means.",
  ("United Nations", T, neu, "", "appeal to both sides for restraint, no judgement"))
U(d, "He reminds the Government of its duty to uphold the rights", "promptly and independently investigated.",
  ("United Nations", T, neg, "Papua New Guinea", "reminder of a duty + call for an investigation of police force; no explicit judgement = calling_for_talks (unsure: 'reminds of its duty' leans to a judgement)"))
U(d, "The United Nations system in Papua New Guinea stands ready to support efforts to ease tensions", "in Port Moresby.",
  ("United Nations", T, pos, "", "offer to help de-escalate = calling_for_talks"))
U(d, "Turning to Iraq, our humanitarian colleagues tell us that they are deeply worried", "in and around Fallujah.",
  ("United Nations", N, neg, "", "other topic; worry without an appeal = neutral"))
U(d, "The Humanitarian Coordinator for Iraq, Lise Grande, said families fleeing", "civilians can leave.",
  ("United Nations", T, neg, "", "accounts + appeal to all parties for safe routes = calling_for_talks"))
U(d, "Humanitarian partners have so far reached about 20,000 people", "food, water and shelter.",
  ("United Nations", S, neu, "", "aid delivered = supporting (backing by act); recipients are civilians -> target empty"))
# "In Mali, the Secretary-General's Special Representative, Mahamat Saleh Annadif, visited Gao today ..." = narration of a visit, no row.
U(d, "Mr. Annadif told the peacekeepers that those who attack the blue helmets", "northern Mali.",
  ("United Nations", C, neg, "", "'will answer for their crimes' = judgement + threat of accountability; attackers unnamed -> target empty"))
U(d, "And on Yemen, the Special Envoy, Ismail Ould Cheikh Ahmed, continued his consultations", "with the delegations.",
  ("United Nations", T, neu, "", "the UN hosting talks = calling_for_talks"))
U(d, "The Special Envoy welcomed the release of a number of detainees", "before the end of Ramadan.",
  ("United Nations", T, pos, "", "welcome + appeal for further releases; rule 2 before rule 3"))
# "Question: Thank you, Steph. On Papua New Guinea, opposition lawmakers told Parliament that four students were killed." = unnamed lawmakers of no government: no row.
U(d, "I don't have any confirmed figures.", "any confirmed figures.",
  ("United Nations", N, neu, "", "spokesman's answer, no figures to give = neutral"))
U(d, "The Prime Minister's Office in Port Moresby put out a statement saying nobody was killed", "political motives.",
  ("Papua New Guinea", C, neg, "", "journalist's question reporting the PM's Office = PNG's statement (README); denial of deaths + blame on 'outsiders' (non-canonical) -> condemning, target empty"))
U(d, "I'm not going to get into a back-and-forth on the statements.", "on the statements.",
  ("United Nations", N, neu, "", "declining to comment = neutral"))
U(d, "What's important is that there be a credible investigation", "on whose orders.",
  ("United Nations", T, neu, "", "call for an investigation, no judgement = calling_for_talks"))
U(d, "Australia's foreign minister Julie Bishop has called for calm", "if Papua New Guinea asks.",
  ("Australia", T, neu, "", "reported in a question; appeal for calm + offer of help = calling_for_talks (the appeal decides over the offer)"))
U(d, "Any support that helps calm the situation and that is provided at the request", "obviously welcome.",
  ("United Nations", S, pos, "Australia", "welcome of help offered for calm (conditional) = supporting (unsure)"))
U(d, "Whether to ask for it is a decision for Papua New Guinea.", "for Papua New Guinea.",
  ("United Nations", N, neu, "", "procedural line = neutral"))
U(d, "A nurse at the university clinic, Miriam Kauna, told journalists", "tried to run away.",
  ("Miriam Kauna", C, neg, "Papua New Guinea", "invented named witness, reported in a question; accusation made by describing the police's shooting of fleeing students"))
# "Students are also saying they wanted only to hand a petition to Parliament." = unnamed speakers, no row.
U(d, "The High Commissioner's office is following the situation closely.", "following the situation closely.",
  ("United Nations", N, neu, "", "monitoring = neutral"))
U(d, "Our message is the one I read out: restraint on all sides", "accountability for any abuses.",
  ("United Nations", T, neu, "", "restraint + accountability appeal, no judgement"))
U(d, "There's a regional analyst, Alison Merewether of the Southern Lines Institute in Canberra, who says", "to the courts.",
  ("Alison Merewether", C, neg, "Papua New Guinea", "invented think-tank analyst, reported in a question; judgement of the government"))
U(d, "He has spoken many times about the importance of institutions that people trust.", "that people trust.",
  ("United Nations", N, neu, "", "general principle, no appeal or judgement on an actor = neutral (unsure)"))
U(d, "On Fallujah, the Iraqi Government says its forces are taking every precaution", "to protect civilians.",
  ("Iraq", N, pos, "", "reported in a question; reassurance about own conduct = neutral"))
U(d, "We've also seen reports of abuses against people fleeing", "separated from their families.",
  ("United Nations", N, neg, "", "reports cited with no blame assigned = neutral, negative"))
U(d, "Those reports must be looked into.", "must be looked into.",
  ("United Nations", T, neu, "", "call for an investigation, no judgement"))
U(d, "The Government has said it will investigate, and we hope it will do so.", "we hope it will do so.",
  ("Iraq", N, neu, "", "Iraq's pledge reported by the spokesman = Iraq's statement (plan)"),
  ("United Nations", T, pos, "Iraq", "hope that the pledge is kept = calling_for_talks"))
U(d, "I've seen the press reports of a claim by a group affiliated with Al-Qaida", "in the Islamic Maghreb.",
  ("United Nations", N, neu, "", "an unconfirmed claim cited with no judgement = neutral"))
U(d, "The Resident Coordinator is in contact with the authorities.", "with the authorities.",
  ("United Nations", N, neu, "", "contacts, procedure = neutral"))
