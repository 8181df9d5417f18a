# ------------------------------------------------------------------ South Sudan's oil shutdown in the transit-fee dispute with Sudan (African news site, scraped .txt, 2012-02-13)
d = "page_southsudan_oilshutdown_africansite.txt"
# No row: masthead, tagline, date, menu, BREAKING ticker, section path, headline, byline, published/updated, share bar,
# photo captions with credits + "1 of 3", crossheads (even with quoted words), ADVERTISEMENT, Related, tags, related stories,
# comments, newsletter/follow prompt, most read, footer.
U(d, "South Sudan said on Sunday it would not restart oil production", "confiscation of its exports.",
  ("South Sudan", C, neg, "Sudan", "dateline 'JUBA/ADDIS ABABA - ' excluded; long lead: the shutdown kept in protest at Sudan's confiscation = a measure against another side with its grievance stated"))
# "Talks mediated by the African Union High-Level Implementation Panel ... adjourned ..." = narration of the round (the signing is reported by Mbeki below), no row.
# "The shutdown, announced on 20 January ..." = background with figures, no row.
U(d, "South Sudan's chief negotiator, Pagan Amum, told reporters in Juba", "foreign buyer.",
  ("South Sudan", C, neg, "Sudan", "role then name; accusation; Khartoum = metonym, Juba = place"))
U(d, "\"You do not negotiate with a man who is emptying your house", "Amum said.",
  ("South Sudan", C, neg, "", "judgement without stock words (a metaphor for theft); Sudan implied, not named -> target empty"))
# The continued quote ("The oil belongs to the people of South Sudan ...") left without a row.
U(d, "Amum said Juba had offered Khartoum a multi-billion-dollar financial package", "still on the table.",
  ("South Sudan", T, pos, "Sudan", "offer kept on the table = calling_for_talks; Juba and Khartoum = metonyms"))
U(d, "Petroleum and Mining Minister Stephen Dhieu Dau said all wells", "maintain the equipment.",
  ("South Sudan", N, neu, "", "facts and procedure"))
# Information Minister Barnaba Marial Benjamin on the budget gap: left without a row (own procedure).
U(d, "President Salva Kiir, addressing parliament last month, said he had refused to sign a draft agreement", "settled the border.",
  ("South Sudan", N, neg, "", "refusal of the panel's draft with substantive reasons, no judgement of the mediator = neutral (unsure: the 'oil it had already lost' grievance could make it condemning Sudan)"))
U(d, "In Khartoum, Sudan's government has denied stealing anything.", "denied stealing anything.",
  ("Sudan", N, neg, "", "denial = neutral, negative; Khartoum = place"))
U(d, "Oil Minister Ali Ahmed Osman said Sudan had only taken crude in place of the fees", "any of it was sold.",
  ("Sudan", N, neg, "", "justification of its own seizures (the South's unpaid fees as the reason) = neutral (unsure: could be read as an accusation)"))
U(d, "Sudan's chief negotiator, Idris Abdel Gadir, said Juba's decision", "fair proposal.",
  ("Sudan", C, neg, "South Sudan", "'an act of self-harm designed to wreck the northern economy' = judgement; 'the South' = South Sudan"))
# "President Omar al-Bashir went further." = summary line before his statements, no row.
U(d, "Speaking on state television last week, he said the two countries were drifting towards a new war", "Blue Nile.",
  ("Sudan", C, neg, "South Sudan", "pronoun = Bashir; accusation of arming rebels, Juba = metonym"))
U(d, "\"If they want to fight, we are ready for them", "Bashir said.",
  ("Sudan", C, neg, "South Sudan", "threat; 'they' = South Sudan"))
U(d, "The government in Khartoum released four tankers of southern oil", "back fees.",
  ("Sudan", T, pos, "South Sudan", "release as a goodwill gesture = de-escalation = calling_for_talks; 'the foreign ministry said' = attribution tail"))
U(d, "Mbeki told reporters after the signing on Friday that the non-aggression memorandum was an important step", "other's territory.",
  ("African Union", S, pos, "", "the AU panel's chair = African Union; approval of the memorandum, no appeal = supporting; both parties -> target empty"))
U(d, "\"Both parties have agreed that their differences will be settled at this table", "Mbeki said.",
  ("South Sudan", T, pos, "", "the parties' commitment reported by the mediator = their own calling_for_talks (Mbeki reports it: no AU row for this sentence)"),
  ("Sudan", T, pos, "", "same: position of Sudan reported by Mbeki"))
U(d, "\"That is a foundation.", "in early March.\"",
  ("African Union", T, pos, "", "continued quote; reconvening the delegations = calling_for_talks"))
U(d, "The African Union Commission's chairman, Jean Ping, welcomed the memorandum", "quickly.",
  ("African Union", T, pos, "", "welcome + appeal, no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "The United Nations Secretary-General, Ban Ki-moon, told an AU summit", "will to compromise.",
  ("United Nations", C, neg, "", "danger to peace + criticism of both leaders = judgement; two parties -> target empty"))
U(d, "His spokesman, Martin Nesirky, said on Friday that Ban welcomed the signing", "outstanding issues.",
  ("United Nations", T, pos, "", "welcome + hope for a rapid agreement = calling_for_talks"))
U(d, "China, the largest buyer of Sudanese and South Sudanese crude", "press for a deal.",
  ("China", T, neu, "", "envoy sent to mediate = calling_for_talks (a specific act)"))
U(d, "\"China has friendly relations with both countries, and we hope", "briefing in Beijing.",
  ("China", T, pos, "", "hope for a negotiated settlement = calling_for_talks; Beijing = place"))
U(d, "Beijing has also been alarmed by the abduction of 29 Chinese road workers", "late last month.",
  ("China", N, neg, "", "Beijing = metonym; alarm without an appeal = neutral; the rebels are not named"))
# "The workers were released last week after mediation by the International Committee of the Red Cross." = narration, no row.
U(d, "In Washington, State Department spokesperson Victoria Nuland said the United States was deeply concerned", "spill over into violence.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "\"We are calling on both governments to reach an agreement urgently", "Nuland said.",
  ("United States", C, neg, "Sudan", "appeal + 'stop taking oil that does not belong to it' (accusation) = rule 1"))
U(d, "The US special envoy for the two Sudans, Princeton Lyman,", "oil volumes in dispute.",
  ("United States", S, pos, "", "offer of support and technical help for a deal = supporting; both parties -> target empty"))
# "Economists in Juba have warned ..." = unnamed speakers, no row.
U(d, "\"This is a test of who can suffer longer,\" said Achol Majok", "Policy Studies.",
  ("Achol Majok", N, neg, "", "independent economist; assessment"))
# His continued quote ("Juba is betting ... That is a dangerous bet. ... If salaries stop ...") left without rows.
U(d, "Majok said the most likely outcome was a return to the table in March", "two sides' positions.",
  ("Achol Majok", N, neu, "", "scenario = neutral"))
U(d, "\"Both sides have signed pieces of paper before.", "arming its rebels,\" he said.",
  ("Tesfaye Woldemariam", N, neg, "", "multi-sentence quote closed by 'he said'; risks, no judgement; his introductory sentence before it left without a row"))
U(d, "He said he hoped the AU panel would use the coming weeks", "negotiators cannot.\"",
  ("Tesfaye Woldemariam", T, pos, "", "hope that the panel brings the presidents together = calling_for_talks"))
# "Tesfaye was blunt about the shutdown itself." = summary line, no row ("Tesfaye" = his given name, used as the surname is in Ethiopian usage).
U(d, "\"Closing the wells was a reckless gamble", "he said.",
  ("Tesfaye Woldemariam", C, neg, "", "judgement of both sides ('reckless') -> target empty"))
# Residents of Juba and the Konyokonyo shopkeeper = not actors, no rows.
