# page 3: Burundi, assassination of Hafsa Mossi (Bujumbura, 13 July 2016), UN noon-briefing transcript of 14 July 2016
d = "page_burundi_hafsamossi_killing2016_noonbriefing.txt"
# not statements: menus, title, transcript note, greetings, item headings, the speaker labels ('Spokesman:', 'Question:'),
# the journalists' own questions ("Does the Secretary-General have any idea ...?", "Is the UN worried about reprisals?", ...),
# "Back to Burundi.", "Follow-up.", "On the same subject.", thanks, the not-an-official-record line.
U(d, "Late yesterday we put out a statement", "East African Legislative Assembly.",
  ("United Nations", C, neg, "", "spokesman's read-out of the SG = United Nations; condemnation of the assassination; killers unknown -> target empty"))
U(d, "The Secretary-General conveys his condolences", "colleagues in the Assembly.",
  ("United Nations", S, neg, "", "condolences = solidarity (supporting); the family and the regional assembly -> target empty"))
U(d, "He warned that a killing of this kind", "since last year.",
  ("United Nations", N, neg, "", "warning of consequences, no appeal and no actor judged = neutral, negative (guide: concern without appeal)"))
U(d, "The Secretary-General once more urges the Government and the opposition", "United Republic of Tanzania.",
  ("United Nations", T, neu, "", "appeal to both sides to join the dialogue -> target empty"))
U(d, "The United Nations will go on giving the Facilitator", "whatever support they need.",
  ("United Nations", S, pos, "East African Community", "support for the EAC-led facilitation"))
U(d, "Our colleagues at the Office of the High Commissioner for Human Rights tell us", "opposition supporters.",
  ("United Nations", N, neu, "", "OHCHR = United Nations; figures"))
U(d, "The Office is asking the authorities to investigate", "political affiliation of the victim.",
  ("United Nations", T, neu, "Burundi", "appeal for even-handed investigations, no judgement"))
U(d, "Turning to South Sudan, the UN Mission (UNMISS) reports", "appears to be holding.",
  ("United Nations", N, neu, "", "UNMISS = United Nations; situation report"))
U(d, "The Secretary-General continues to urge President Salva Kiir", "last year's peace agreement.",
  ("United Nations", T, neu, "", "appeal to both leaders to control their forces and return to the peace agreement -> target empty"))
U(d, "He also repeats his call on the Security Council to impose an arms embargo", "without delay.",
  ("United Nations", C, neg, "South Sudan", "a call for an arms embargo = call for sanctions = condemning (labels/README)"))
U(d, "The President's communications adviser, Willy Nyamitwe, wrote on Twitter", "the return to calm.",
  ("Burundi", C, neg, "", "reported in a journalist's question (labels/README: such sentences are the reported actor's statements); Nyamitwe = Burundi in actors.csv; imputes sabotage to the killers"))
U(d, "The Government spokesman, Philippe Nzobonariba, went further", "overthrow the Government last year.",
  ("Burundi", C, neg, "", "reported in a question; blames the 2015 coup plotters and their backers abroad (not a canonical actor) -> target empty"))
U(d, "Rwanda's Foreign Minister, Louise Mushikiwabo, called it an assassination", "far from over.",
  ("Rwanda", N, neg, "", "reported in a question; characterises the killing and the violence, no actor judged and no appeal = neutral, negative (unsure: 'assassination' could be read as condemning the act)"))
U(d, "I have no information on who may be responsible", "point fingers.",
  ("United Nations", N, neu, "", "'Spokesman:' label excluded; declines to attribute blame"))
U(d, "What is important is that the Burundian authorities carry out", "brought before a court.",
  ("United Nations", T, neu, "Burundi", "demand for a credible investigation and trial, no judgement word = calling_for_talks"))
U(d, "If the authorities ask us for technical help", "certainly look at it.",
  ("United Nations", S, neu, "Burundi", "conditional offer of technical assistance = supporting (guide: offers assistance)"))
U(d, "The European Union's High Representative, Federica Mogherini, said in a statement", "how polarized Burundi has become.",
  ("European Union", N, neg, "", "reported in a question; assessment of polarisation, no judgement of an actor and no appeal in this sentence"))
U(d, "And the exiled opposition platform, CNARED, blamed the killing", "created since 2015.",
  ("CNARED", C, neg, "Burundi", "reported in a question; blames the government's climate of impunity"))
U(d, "We are always worried about the risk of reprisals", "a situation like this one.",
  ("United Nations", N, neg, "", "concern without an appeal in this sentence = neutral, negative"))
U(d, "We would urge the security forces to show restraint", "in the course of the investigation.",
  ("United Nations", T, neu, "Burundi", "appeal for restraint and respect of detainees' rights, addressed to the Burundian security forces"))
U(d, "The Speaker of the East African Legislative Assembly, Daniel Kidega,", "to the regional parliament.",
  ("East African Community", T, neg, "Burundi", "reported in a question; the EALA is an organ of the EAC, its Speaker speaks for it; appeal for protection of its members, no judgement"))
U(d, "The Secretary-General's Special Adviser, Jamal Benomar, is in regular contact", "with the region.",
  ("United Nations", N, neu, "", "fact about ongoing contacts"))
U(d, "I don't have a specific contact to announce today.", "announce today.",
  ("United Nations", N, neu, "", "no announcement"))
U(d, "There is a French draft in the Council", "a few dozen officers.",
  ("France", T, neu, "", "reported in a question; drafting a Council resolution on a UN police presence = pursuing a UN resolution to protect civilians (labels/README) = calling_for_talks"),
  ("Burundi", N, neg, "United Nations", "Bujumbura = Burundi; limiting what it will accept, no grievance stated in the sentence = neutral (labels/README: objecting with no judgement)"))
U(d, "That is for the members of the Council to decide", "get ahead of their discussions.",
  ("United Nations", N, neu, "", "procedure"))
U(d, "The Secretary-General has set out the options as he sees them", "to rebuild trust.",
  ("United Nations", T, pos, "", "advocacy of a UN police presence to protect civilians = calling_for_talks (labels/README: a UN measure to protect civilians); no single addressee"))
U(d, "The United States State Department said it was ordering non-emergency staff", "to leave Juba.",
  ("United States", N, neg, "", "reported in a question; ordered departure of its own staff, no judgement stated"))
U(d, "Some non-critical staff have been temporarily relocated", "sheltering at our sites.",
  ("United Nations", N, neu, "", "facts about UN staff and the mission's protection of civilians"))
