# ------------------------------------------------------------------ Enrica Lexie marines row (Indian state broadcaster report + MEA briefing transcript, 2013-03-14)
d = "page_enrica_lexie_marines_meabriefing_2013.txt"
# Not statements: masthead, menu, section, headline, date/update line, byline, listen/font/share bar, [Photo n/2] captions,
# ADVERTISEMENT, crossheads, the transcript's title, reporters' questions, greetings and sign-offs, "(Concluded)", tags, Also read, copyright.
U(d, "The Supreme Court on Thursday barred Italy's ambassador Daniele Mancini", "it would not accept.",
  ("India", C, neg, "Italy", "court order restricting the envoy (a state organ's measure) + the government's judgement ('breach of faith')"))
U(d, "A bench headed by Chief Justice Altamas Kabir issued notices", "to the court's notice.",
  ("India", N, neu, "", "court procedure and the Attorney General's step, no evaluation"))
# Background: "The two marines, who were part of ...", "The court allowed them last month ..." = narration, no row.
U(d, "On Monday, Rome informed New Delhi that they would not.", "that they would not.",
  ("Italy", N, neg, "", "Italy's decision reported as an act, with no judgement stated in the sentence = neutral (unsure)"))
U(d, "Prime Minister Manmohan Singh told both Houses of Parliament on Wednesday", "unless Rome made amends.",
  ("India", C, neg, "Italy", "judgement (went back on a solemn word) + warning for ties = condemning"))
U(d, "External Affairs Minister Salman Khurshid, who met the Prime Minister", "run ahead of the judges.",
  ("India", N, neu, "", "procedure, no judgement"))
U(d, "In Rome, the Italian foreign ministry said any limit on the ambassador's freedom", "host country's courts.",
  ("Italy", C, neg, "India", "'would violate' aimed at the Indian court's order = judgement"))
U(d, "Foreign Minister Giulio Terzi said Italy had put several proposals", "left them unanswered.",
  ("Italy", C, neg, "India", "accusation of ignoring Italy's proposals, no stock word"))
U(d, "Terzi said Italy remained ready to settle the question of jurisdiction", "Law of the Sea.",
  ("Italy", T, neu, "India", "offer of international arbitration = calling_for_talks"))
U(d, "The Italian embassy in New Delhi said the ambassador had received", "in contact with Rome.",
  ("Italy", N, neu, "", "procedure"))
U(d, "In Brussels, a spokesman for EU foreign policy chief Catherine Ashton said", "respected by all.",
  ("European Union", T, neu, "", "hope for a solution through dialogue + reminder to all, no judgement on one side = calling_for_talks"))
U(d, "Leader of the Opposition in the Lok Sabha Sushma Swaraj said India had been outwitted", "high-level contacts.",
  ("Bharatiya Janata Party", C, neg, "Italy", "the BJP leader in the house speaks for her party; judgement + demand for measures against Italy (also a jab at the government)"))
U(d, "The Bharatiya Janata Party also accused the government", "allowed to leave.",
  ("Bharatiya Janata Party", C, neg, "India", "accusation of a secret deal aimed at the Indian government"))
U(d, "The Communist Party of India (Marxist) said it would hold protests", "poor fishermen.",
  ("Communist Party of India (Marxist)", C, neg, "Italy", "protests announced over Italy's 'contempt' = judgement"))
U(d, "Kerala Chief Minister Oommen Chandy said the people of the state felt cheated", "return the marines.",
  ("India", C, neg, "Italy", "a state chief minister resolves to India (labels/README: provincial officials); 'cheated' judgement decides over the appeal"))
U(d, "Janata Party president Subramanian Swamy, whose petition the court heard", "\"like a doormat.\"",
  ("Janata Party", C, neg, "Italy", "party leader and petitioner; judgement without a stock word"))
# "In Kollam, the fishermen's community reacted with anger." = summary line, no row.
U(d, "\"They gave their word in the highest court of our country and then laughed at it,\"", "Fish Workers' Association.",
  ("Joseph Fernandez", C, neg, "Italy", "invented local association leader (independent person); judgement"))
U(d, "He said the fishermen were grateful to the Supreme Court", "had let them down.",
  ("Joseph Fernandez", S, pos, "India", "'He' = Fernandez; gratitude to the court (a state organ) = supporting"))
U(d, "Fernandez said the families did not want a quarrel between two countries", "what happened at sea.",
  ("Joseph Fernandez", T, neg, "", "wants no quarrel, only a trial = appeal for a lawful course, no judgement = calling_for_talks (unsure)"))
U(d, "Meera Raghavan, who teaches international law at the Delhi School of Diplomacy and Law, said", "normally absolute.",
  ("Meera Raghavan", N, neu, "", "invented scholar; legal analysis"))
U(d, "\"But an envoy who files an affidavit before a court", "she said.",
  ("Meera Raghavan", N, neu, "", "legal reading, no judgement on an actor"))
U(d, "Raghavan said Rome had made its own ambassador's word worthless.", "word worthless.",
  ("Meera Raghavan", C, neg, "Italy", "judgement without a stock word; Rome = metonym"))
U(d, "\"No government will accept a personal assurance from an Italian diplomat", "she said.",
  ("Meera Raghavan", N, neg, "", "forecast of consequences, no further judgement"))
U(d, "She said both governments should agree to put the jurisdiction dispute", "trade and defence ties.",
  ("Meera Raghavan", T, neu, "", "appeal for arbitration and to contain the row; both sides -> target empty"))
# Transcript: the spokesperson's sentences are India's statements; the speaker label is excluded from each unit.
# "Good evening, friends. I have no announcements today ..." = greeting, no row.
U(d, "As you are aware, the Supreme Court has passed an order in the matter today", "the court gives.",
  ("India", N, neu, "", "procedure: will abide by the court"))
U(d, "Let me be clear that the Italian Government's decision", "and we reject it.",
  ("India", C, neg, "Italy", "judgement (went against its written word) + rejection"))
U(d, "We conveyed this to the Italian side through the Foreign Secretary", "embassy in Rome.",
  ("India", N, neu, "", "procedure (démarche reported as done, content given in the previous sentence)"))
U(d, "I will not speculate on what steps may or may not be taken.", "may not be taken.",
  ("India", N, neu, "", "declines to speculate"))
U(d, "All the options available to a sovereign government are under consideration.", "under consideration.",
  ("India", C, neg, "Italy", "veiled threat of measures = condemning"))
U(d, "There was no deal of any kind.", "no deal of any kind.",
  ("India", N, neg, "", "denial of the opposition's charge = neutral, negative"))
U(d, "The marines were allowed to travel on the basis of an assurance", "not to the government.",
  ("India", N, neu, "", "facts"))
# "We have seen the remarks." = acknowledgement, no position, no row.
U(d, "This is a matter between India and Italy, and we do not think it is helpful", "before our courts.",
  ("India", C, neg, "European Union", "rebuff of the EU's comment ('not helpful') = judgement aimed at an actor (unsure: could be neutral)"))
U(d, "The ambassador came before the court of his own accord", "representative of his government.",
  ("India", N, neu, "", "legal argument on immunity, stated as fact"))
U(d, "What follows from that is for the court to decide.", "for the court to decide.",
  ("India", N, neu, "", "procedure"))
U(d, "The External Affairs Minister has not spoken to his Italian counterpart", "since the decision.",
  ("India", N, neu, "", "fact about contacts"))
U(d, "We remain open to any communication from the Italian side", "ends on March 22.",
  ("India", T, neu, "Italy", "offer to talk, conditional on the return (labels/README: offering talks, even conditional) = calling_for_talks"))
U(d, "We value our relationship with Italy, but it cannot remain unaffected", "are not honoured.",
  ("India", C, neg, "Italy", "conditional threat to ties = condemning"))
U(d, "The families of the two fishermen deserve justice", "takes place in India.",
  ("India", N, neg, "", "resolve that the trial be held in India, no judgement word (unsure: could be read as condemning Italy)"))
