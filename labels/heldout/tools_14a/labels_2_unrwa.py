# ------------------------------------------------------------------ Knesset passes the UNRWA laws; reactions (UN noon briefing excerpts, UNISPAL-style page, .txt, 2024-10-29)
d = "page_unrwa_knesset_noonbriefing.txt"
U(d, "You will have seen the statement the Secretary-General issued last night", "concerning the Agency.",
  ("United Nations", N, neu, "", "the spokesman reports the SG's statement as a fact; greeting and 'I want to start with UNRWA' are not statements"))
U(d, "The Secretary-General said that if the laws are put into effect", "cannot be accepted.",
  ("United Nations", C, neg, "Israel", "'cannot be accepted' aimed at the Knesset's laws = 'unacceptable' (judgement); the Knesset = Israel"))
U(d, "He stressed that UNRWA cannot be replaced", "the Agency its mandate.",
  ("United Nations", S, pos, "UNRWA", "backing of the agency ('cannot be replaced') + a procedure (report to the GA): supporting"))
U(d, "He also called on Israel to act in line with its obligations", "of the United Nations.",
  ("United Nations", T, neu, "Israel", "appeal to one side to respect its obligations, no judgement word: calling_for_talks (README: demand to one side without judgement)"))
U(d, "Philippe Lazzarini, the Commissioner-General of the Agency, said the vote", "of their status.",
  ("UNRWA", C, neg, "Israel", "UNRWA is its own canonical actor; 'a new low in a long campaign to discredit' = judgement without stock words"))
U(d, "“Punishing an entire refugee population", "he said.",
  ("UNRWA", C, neg, "Israel", "'collective punishment' = judgement; the quote is closed by its speaker in the same paragraph"))
U(d, "He added that the Agency's 13,000 staff in Gaza", "able to.",
  ("UNRWA", N, pos, "", "own commitment / reassurance = neutral, positive tone"))
U(d, "Our colleagues at the Office for the Coordination of Humanitarian Affairs (OCHA) say", "October of last year.",
  ("United Nations", N, neu, "", "OCHA = United Nations (name files); a figure-like fact, no appeal = neutral, neutral tone (guide)"))
U(d, "In northern Gaza, where the Israeli military operation", "denied again yesterday.",
  ("United Nations", N, neu, "", "access denials reported as facts; no perpetrator judged, no appeal (Israel only mentioned in the relative clause) = neutral, neutral tone"))
U(d, "James Elder, a spokesperson for UNICEF, told reporters in Geneva", "keep funding UNRWA.",
  ("UNICEF", S, pos, "UNRWA", "praise of UNRWA + appeal for money for it = supporting (README: welcome/appeal for money is supporting)"))
U(d, "The Director-General of the World Health Organization, Tedros Adhanom Ghebreyesus", "simply close.",
  ("World Health Organization", N, neg, "", "warning of consequences without an appeal or judgement = neutral, negative"))
U(d, "Israel's ambassador, Danny Danon, told reporters yesterday that UNRWA had been infiltrated", "other agencies instead.",
  ("Israel", C, neg, "UNRWA", "position reported inside a journalist's question (the 'Question:' label excluded); accusation against the agency; the question itself is not a statement"))
U(d, "Look, we have said repeatedly that any staff member", "it has received.",
  ("United Nations", N, neg, "", "rebuttal of the accusation = denial (neutral, negative); 'Spokesman:' label excluded"))
U(d, "The idea that other agencies can simply step in is not realistic.", "The idea that other agencies can simply step in is not realistic.",
  ("United Nations", N, neg, "", "rejects a claim, no judgement of an actor = denial-like, neutral (unsure: could be read as condemning Israel's plan)"))
U(d, "Nobody else has the staff, the schools, the clinics", "over 75 years.",
  ("United Nations", S, pos, "UNRWA", "praise of the agency = supporting"))
U(d, "On Sunday, the foreign ministers of Canada, Australia, France, Germany, Japan, the Republic of Korea and the United Kingdom jointly asked", "let it keep working.",
  ("Canada", T, neu, "Israel", "joint statement of seven, reported in a question: one row per state; appeal to Israel with no judgement = calling_for_talks"),
  ("Australia", T, neu, "Israel", "same joint statement"),
  ("France", T, neu, "Israel", "same joint statement"),
  ("Germany", T, neu, "Israel", "same joint statement"),
  ("Japan", T, neu, "Israel", "same joint statement"),
  ("South Korea", T, neu, "Israel", "same joint statement; 'the Republic of Korea' = South Korea (name files)"),
  ("United Kingdom", T, neu, "Israel", "same joint statement"))
U(d, "Yesterday the State Department said it had serious misgivings", "under American law.",
  ("United States", C, neg, "Israel", "concern + veiled threat of consequences under US law: the threat decides (condemning; unsure, could be read as neutral concern)"))
U(d, "We welcome every voice that makes clear to the Israeli Government", "must continue.",
  ("United Nations", T, pos, "Israel", "welcome + appeal to let UNRWA's work continue, no judgement: rule 2 before rule 3 (calling_for_talks); the appeal is addressed to Israel"))
U(d, "What Member States do bilaterally is for them to decide.", "What Member States do bilaterally is for them to decide.",
  ("United Nations", N, neu, "", "declines to comment on states' measures = neutral"))
U(d, "The Prime Minister's office said last night that Israel stood ready", "threaten Israel's security.",
  ("Israel", T, neu, "", "offer to work with partners on aid delivery = offer of cooperation (calling_for_talks; unsure: could be neutral, a plan)"))
U(d, "We are ready to work with anyone to get aid to civilians", "most of the load.",
  ("United Nations", C, neg, "Israel", "offer + 'gutting' the agency = judgement of the law: rule 1"))
U(d, "The Palestinian Permanent Observer, Riyad Mansour, said this morning", "suspending Israel's membership.",
  ("Palestine", C, neg, "Israel", "seeking suspension of Israel's membership = a measure against another side"))
U(d, "The membership of the Organization is a matter for Member States", "for the Secretariat.",
  ("United Nations", N, neu, "", "procedural answer, no position"))
U(d, "The Secretary-General has already written to Prime Minister Netanyahu", "every channel we have.",
  ("United Nations", T, neu, "Israel", "direct engagement with Israel's PM + continued diplomacy = calling_for_talks"))
