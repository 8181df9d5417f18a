# ------------------------------------------------------------------ Assumption Island: Faure-Modi talks in New Delhi and the LDS's refusal (Seychelles national daily, 2018-06-26)
d = "page_seychelles_assumption_delhi2018_dailynews.txt"
# Not statements: masthead, menu, date bar, breadcrumb, kicker, headline, standfirst, byline, photo captions "[Photo 1 of 3]", ADVERTISEMENT, crossheads, Related, tags, share bar, newsletter prompt, most read, copyright.
U(d, "Less than three weeks after he told the nation", "carry on working on the project together.",
  ("Seychelles", N, pos, "", "dateline excluded; long lead: narration of the earlier stance + the President's plan to keep working with India; cooperation plan, no appeal or judgement = neutral"))
U(d, "Speaking beside Faure at a joint press appearance, Modi said", "concerns of both countries.",
  ("India", N, pos, "", "Indian PM; agreement to pursue a joint project, no appeal or judgement = neutral (unsure: could be read as supporting Seychelles)"))
U(d, "The Indian leader also announced a line of credit", "Seychelles People's Defence Forces.",
  ("India", S, pos, "Seychelles", "'the Indian leader' = Modi; credit and an aircraft offered = aid = supporting"))
U(d, "\"Our coast guard has to watch over 1.3 million", "Faure said.",
  ("Seychelles", S, pos, "India", "the President welcomes India's credit (judgement-free approval of the aid) = supporting"))
U(d, "The President said the two leaders had talked about maritime security", "keeping its own interests in view.",
  ("Seychelles", N, pos, "", "'the President' = Faure; Victoria = metonym; account of the talks + plan to keep working, no appeal = neutral"))
# "Six memoranda of understanding were signed ..." = narration, no row.
# "At home the reaction was swift." = summary line, no row.
U(d, "Leader of the Opposition Wavel Ramkalawan said the National Assembly's position", "would vote the agreement down.",
  ("Linyon Demokratik Seselwa", C, neg, "", "opposition leader speaks for his party (LDS in parties.csv); refusal to ratify, in protest = condemning (unsure: no judgement word; could be neutral)"))
U(d, "\"The President can discuss Assumption with whomever he pleases", "Ramkalawan told the Courier by telephone on Monday evening.",
  ("Linyon Demokratik Seselwa", C, neg, "", "refusal of a 'foreign military presence' with a jab at the government = condemning; aimed at both the government and India -> target empty"))
U(d, "He accused the executive of keeping the public in the dark", "leaked on the internet in March.",
  ("Linyon Demokratik Seselwa", C, neg, "Seychelles", "'He' = Ramkalawan; accusation of secrecy aimed at the executive"))
U(d, "If the government tried to bring the accord back through a side door", "censure the ministers responsible.",
  ("Linyon Demokratik Seselwa", C, neg, "Seychelles", "conditional threat of a censure motion = condemning; attribution in the middle ('he said')"))
# "The LDS holds 19 of the 33 seats ..." = background narration, no row.
U(d, "Secretary of State for Foreign Affairs Barry Faure, who travelled with the President, said", "to another state.",
  ("Seychelles", N, neu, "", "reassurance about own conduct / denial of a sovereignty handover = neutral"))
U(d, "\"Assumption stays Seychellois land under Seychellois command", "he said.",
  ("Seychelles", N, neu, "", "quote continuing the reassurance, closed by 'he said'"))
# "In New Delhi, the Ministry of External Affairs was measured." = summary line, no row.
U(d, "Its spokesperson, Raveesh Kumar, told reporters that India respected", "take the project forward.",
  ("India", N, neu, "", "MEA spokesperson; respect for the partner's process and waiting = neutral (procedural)"))
U(d, "Kumar said the two sides had a shared stake", "whatever became of the Assumption facility.",
  ("India", S, pos, "Seychelles", "surname only; offer of help to patrol = offered assistance = supporting"))
U(d, "He declined to say whether New Delhi had been caught off guard", "\"bigger than any single project\".",
  ("India", N, neu, "", "'He' = Kumar; declining to comment + a general line on ties = neutral"))
U(d, "Asked on Monday about reports in the Indian press", "between two other sovereign states.",
  ("China", N, neu, "", "unnamed spokesperson of a named ministry; no comment = neutral"))
U(d, "The spokesperson added that Beijing hoped the countries of the Indian Ocean", "stability of the region.",
  ("China", T, pos, "", "'the spokesperson' carried over; hope for peace and stability = calling_for_talks"))
# "Organisers of the weekly protests in Victoria were unimpressed ..." = summary line, no row.
U(d, "Terence Morel, who coordinates the citizens' group", "decision about their own islands.",
  ("Terence Morel", C, neg, "Seychelles", "invented protest coordinator (person); judgement of the government's conduct without a stock word"))
U(d, "\"A hundred million dollars does not buy our silence,\" Morel said.", "\"A hundred million dollars does not buy our silence,\" Morel said.",
  ("Terence Morel", C, neg, "", "defiance implying the credit is meant to buy consent = judgement; aimed at both governments -> target empty"))
U(d, "\"If the President wants to bring Assumption back, let him put it to a referendum", "let the people answer.\"",
  ("Terence Morel", T, neu, "", "quote continued after the attribution; appeal for a referendum, no judgement = calling_for_talks (unsure: a democratic procedure, not talks; could be neutral)"))
# "The group's members have also raised concerns about ... Aldabra" = unnamed members of an unnamed group, not an actor; no row.
U(d, "Dr Eliane Hoareau, who lectures in international relations", "a relationship that matters to both.",
  ("Eliane Hoareau", N, neu, "", "invented scholar (person); reading of the joint appearance, no judgement"))
U(d, "\"Both leaders chose their words with great care", "Hoareau said.",
  ("Eliane Hoareau", N, neu, "", "analysis, no judgement"))
U(d, "\"What the President has really bought is time.\"", "\"What the President has really bought is time.\"",
  ("Eliane Hoareau", N, neu, "", "quote continued after the attribution; assessment, no judgement"))
U(d, "She said the only way out of the impasse was a frank conversation", "presented with a finished document.",
  ("Eliane Hoareau", T, neu, "", "appeal for dialogue between the presidency and the opposition = calling_for_talks"))
U(d, "Hoareau said she did not expect the Assembly to vote", "before the 2020 elections.",
  ("Eliane Hoareau", N, neu, "", "forecast = neutral"))
# "President Faure is due to return to Victoria on Wednesday ..." = narration, no row.
U(d, "External Affairs Minister Sushma Swaraj, who called on the President", "any emergency the islands faced.",
  ("India", S, pos, "Seychelles", "office named by title with the state given by context (Indian minister); pledge of help = supporting; the call itself is narration"))
