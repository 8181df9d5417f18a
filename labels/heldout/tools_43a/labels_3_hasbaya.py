# ------------------------------------------------------------------ Hasbaya strike on journalists (UN noon briefing transcript, 2024-10-25)
d = "page_lebanon_hasbaya_journalists2024_unbriefing.txt"
# Not statements: site menu, "In progress at UNHQ", date, title, the transcript note, ** headings, "Good afternoon. I will start
# with Lebanon.", the guests paragraph, the reporters' framing ("Thanks, Farhan. On Hasbaya.", "A follow-up.", "On the wider
# situation.") and their questions themselves, "Thank you", the closing lines, Related, copyright.
U(d, "The Secretary-General is deeply troubled by the killing of three media workers", "had been staying.",
  ("United Nations", N, neg, "", "alarm without an appeal = neutral, negative; the strike named as Israeli as a fact, no judgement word"))
U(d, "Journalists are civilians, and they must be protected", "grave breach of that law.",
  ("United Nations", T, neg, "", "protection of civilians + a conditional ('would be'), no explicit judgement of an actor"))
U(d, "The Secretary-General calls for a thorough and independent investigation", "what happened.",
  ("United Nations", T, neu, "", "demand for an investigation = calling_for_talks (as in earlier batches)"))
U(d, "Our Special Coordinator for Lebanon, Jeanine Hennis-Plasschaert", "openly for weeks.",
  ("United Nations", N, neg, "", "alarm + facts about the site, no appeal"))
U(d, "UNIFIL, for its part, reports that its positions", "out of harm's way.",
  ("United Nations", T, neg, "", "UNIFIL = UN; fire on its positions + appeal to both sides to keep peacekeepers safe"))
U(d, "According to the Lebanese Ministry of Public Health", "since October of last year.",
  ("Lebanon", N, neu, "", "Lebanon's figures relayed by the UN = Lebanon's statement; casualty figures neutral"))
U(d, "Our humanitarian colleagues and their partners delivered", "this week.",
  ("United Nations", S, pos, "Lebanon", "aid delivered = supporting"))
U(d, "We welcome the pledges of some $1 billion", "into funding quickly.",
  ("United Nations", S, pos, "", "welcome + appeal for money = supporting (labels/README); pledges from many donors -> target empty"))
U(d, "Turning to Gaza, the Office for the Coordination of Humanitarian Affairs", "denied this week.",
  ("United Nations", N, neg, "", "OCHA = UN; access situation described, no judgement word, no appeal in this unit"))
U(d, "We once again call on all parties to let humanitarian workers", "wherever they are.",
  ("United Nations", T, neu, "", "appeal for humanitarian access, to all parties"))
U(d, "The Lebanese Prime Minister, Najib Mikati, called the strike a war crime", "away from the south.",
  ("Lebanon", C, neg, "Israel", "a question reporting another actor's position = that actor's statement (labels/README); 'war crime'"))
U(d, "The information minister, Ziad Makary, said 18 journalists", "staying at the site.",
  ("Lebanon", N, neu, "", "a figure given by a minister"))
U(d, "The Israeli army says it is looking into the report.", "looking into the report.",
  ("Israel", N, neu, "", "the army speaks for its state; review under way, no position"))
U(d, "We don't have the details of what happened to make that determination", "we want an investigation.",
  ("United Nations", T, neu, "", "declines to judge + wants an investigation"))
U(d, "What I can say is that the number of journalists killed", "it has to stop.",
  ("United Nations", T, neg, "", "alarm + demand that the killings stop, no actor judged (README: a demand to stop without a judgement word)"))
U(d, "Al Mayadeen's chairman, Ghassan bin Jeddo, said the network blamed Israel alone", "killing of its crew.",
  ("Al Mayadeen", C, neg, "Israel", "the broadcaster's chairman speaks for it as an institution; blame + 'planned killing' (reported in a question)"))
U(d, "The Committee to Protect Journalists has condemned the strike.", "has condemned the strike.",
  ("Committee to Protect Journalists", C, neg, "Israel", "condemns the (Israeli) strike, reported in a question"))
U(d, "The International Federation of Journalists is asking the Security Council", "media workers in Lebanon.",
  ("International Federation of Journalists", T, neu, "", "asks for an inquiry, no judgement in the unit; addressed to the Council -> target empty"))
U(d, "Any investigation needs to be credible and independent", "relevant bodies to decide.",
  ("United Nations", N, neu, "", "procedural answer, no position on a UN-led inquiry"))
U(d, "UNESCO's Director-General, Audrey Azoulay, condemned the killings", "shed full light on them.",
  ("UNESCO", C, neg, "Israel", "condemnation + demand to Israel to investigate (rule 1)"))
U(d, "Yes, and we fully share the concerns she has expressed.", "she has expressed.",
  ("United Nations", S, neu, "UNESCO", "endorses UNESCO's statement = approval of an actor's position (unsure: could be neutral)"))
U(d, "Farhan, the State Department said it had asked the Israeli Government", "about the strike.",
  ("United States", N, neu, "", "request for information, reported in a question; no judgement"))
U(d, "Our colleagues on the ground, including UNIFIL", "I'll leave it at that.",
  ("United Nations", N, neu, "", "contacts with the parties, no position"))
U(d, "Lebanon says it will add the Hasbaya strike to the file of complaints", "for the Security Council.",
  ("Lebanon", C, neg, "Israel", "complaint against Israel to the Council = a response taken against another side"))
# "Not that I'm aware of, but we'll check ..." = non-answer, no row.
U(d, "Hezbollah said it fired rockets at military targets", "Haifa and Safed today.",
  ("Hezbollah", N, neu, "", "own strike reported as done, no judgement = neutral"))
U(d, "The Israeli military said five of its soldiers were killed", "southern Lebanon yesterday.",
  ("Israel", N, neu, "", "own casualty figure"))
U(d, "We continue to call for an immediate cessation of hostilities across the Blue Line", "by both sides.",
  ("United Nations", T, neu, "", "ceasefire appeal to both sides"))
U(d, "Secretary of State Blinken is meeting Prime Minister Mikati in London today", "go home.",
  ("United States", T, neu, "", "Washington wants a diplomatic arrangement = calling_for_talks; the meeting itself is narration (labels/README), so no Lebanon row"))
U(d, "We welcome any diplomatic effort that can bring about a cessation of hostilities", "all the interlocutors.",
  ("United Nations", T, pos, "", "welcome with a peace appeal, no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "The second round in the north has been postponed", "as soon as a new date is agreed.",
  ("United Nations", N, neg, "", "a plan postponed, with the reason; no judgement"))
