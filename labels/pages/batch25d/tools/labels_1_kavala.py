# ------------------------------------------------------------------ Kavala envoys row: Erdogan drops the threat to expel ten ambassadors (international wire copy, 2021-10-25)
d = "page_kavala_envoys2021_wire.txt"
# Not statements: menu, section label, time stamp, headline, byline, read time, the four bullets, dateline (excluded from the
# first unit), ADVERTISEMENT, crossheads ('HOSPITALITY HAS LIMITS', 'WESTERN CAPITALS CAUTIOUS', 'A MANUFACTURED CRISIS'),
# reporting credits, Our Standards, Related Coverage, tags, most read.
U(d, "Turkish President Tayyip Erdogan on Monday stepped back", "before trying it again.",
  ("Turkey", C, neg, "", "lede carrying a position: climbdown narrated, but the reason given is a judgement (an attempt to lecture the courts, will think twice) on ten states -> target empty"))
# "The row, the sharpest between Ankara and its NATO allies ..." = narration with a market figure, no row.
U(d, "It began a week ago, when the embassies of the United States", "a fair and speedy end to his case.",
  ("United States", C, neg, "Turkey", "joint statement by a list of states, one row per state: questions about the independence of Turkish justice = judgement without stock words + appeal (rule 1)"),
  ("Germany", C, neg, "Turkey", "same joint statement, listed state"),
  ("France", C, neg, "Turkey", "same joint statement, listed state"),
  ("Netherlands", C, neg, "Turkey", "same joint statement, listed state"),
  ("Canada", C, neg, "Turkey", "same joint statement, listed state"),
  ("Denmark", C, neg, "Turkey", "same joint statement, listed state"),
  ("Finland", C, neg, "Turkey", "same joint statement, listed state"),
  ("Norway", C, neg, "Turkey", "same joint statement, listed state"),
  ("Sweden", C, neg, "Turkey", "same joint statement, listed state"),
  ("New Zealand", C, neg, "Turkey", "same joint statement, listed state"))
# "Kavala, a 64-year-old philanthropist ..." and "He is charged with financing ..." = background (charges narrated, no speaker), no row.
U(d, "\"Our judiciary does not take orders from embassy buildings in Ankara", "after a cabinet meeting that lasted more than four hours.",
  ("Turkey", C, neg, "", "multi-sentence quote closed by its speaker; the climbdown framed as a rebuke of the envoys (several states -> target empty)"))
U(d, "He said Turkey had not gone looking for a quarrel", "lose friends over the matter.",
  ("Turkey", N, neu, "", "reported clause after 'He said': self-justification and reassurance, no judgement or appeal"))
U(d, "The turn came hours after the U.S. embassy posted a one-sentence note", "internal affairs of the host state.",
  ("United States", N, neu, "", "narration + the embassy's pledge to respect the Vienna Convention = procedural statement, no evaluation"))
U(d, "The embassies of Canada, the Netherlands and New Zealand put out notes", "within minutes.",
  ("Canada", N, neu, "", "act reported as done (the same pledge); list of three states, one row each"),
  ("Netherlands", N, neu, "", "same"),
  ("New Zealand", N, neu, "", "same"))
U(d, "Several others followed before the cabinet met", "as a sensible gesture.",
  ("Turkey", S, pos, "", "second-hand attribution: presidential sources (unnamed officials of a named government) via the state agency; approval of the notes = supporting; several states -> target empty. 'Several others' are not named: no row for them. Anadolu is not an actor"))
U(d, "On Saturday, speaking to supporters in the central city of Eskisehir", "from their own capitals.",
  ("Turkey", C, neg, "", "expulsion threat = condemning (threatened measure) + a jab at the envoys; target empty (ten states)"))
U(d, "Foreign Minister Mevlut Cavusoglu had summoned the ten ambassadors", "dressed up as concern for human rights.",
  ("Turkey", C, neg, "", "summons + 'the ministry described' = judgement; the ten states -> target empty"))
U(d, "Communications Director Fahrettin Altun wrote on Monday", "independence of its courts.",
  ("Turkey", C, neg, "", "'attempt at tutelage' = judgement without stock words, aimed at several capitals"))
# "The governments concerned had spent the weekend ..." = summary line before the specific statements, no row.
U(d, "State Department spokesman Ned Price told reporters on Monday", "\"has not changed by a comma.\"",
  ("United States", N, neu, "", "contact with Ankara + restating an unchanged view without giving its content: no explicit judgement or appeal in the sentence (unsure: could be read as condemning by reference to the joint statement)"))
U(d, "In Berlin, a foreign ministry spokeswoman said Germany was coordinating closely", "\"with concern.\"",
  ("Germany", N, neg, "", "spokesperson by role; concern without an appeal = neutral, negative"))
U(d, "Norway's foreign ministry said its envoy had acted fully within normal diplomatic practice", "ordered Kavala's release in December 2019.",
  ("Norway", C, neg, "Turkey", "'saw no grounds for the threat' = the threat judged unwarranted (judgement) + appeal to comply with the ECtHR (rule 1)"))
U(d, "Danish Foreign Minister Jeppe Kofod was quoted by broadcaster DR as saying", "in the Council of Europe.",
  ("Denmark", N, neg, "", "'was quoted as saying': consultations + refusal to apologise = defence of own conduct, no judgement of Turkey stated (unsure: could be read as a rebuke)"))
U(d, "New Zealand's foreign ministry said it had received no formal notice", "waiting for an official message.",
  ("New Zealand", N, neu, "", "no formal notice, no comment on hypotheticals = procedure"),
  ("Finland", N, neu, "", "'officials in Helsinki' = officials of a named government; waiting for an official message = procedure"))
U(d, "The European Union's foreign policy spokesman, Peter Stano, said the bloc regretted the threat", "what kind of government it has become.",
  ("European Union", C, neg, "Turkey", "Stano: 'regretted' (judgement) + hope for dialogue -> rule 1; Sassoli (EP president) also speaks for the EU: judgement. One row for the actor"))
U(d, "At home, opposition leader Kemal Kilicdaroglu said the president had invented a foreign enemy", "pay for the spectacle.",
  ("Republican People's Party", C, neg, "Turkey", "party leader: the government accused of inventing a crisis; target = the Turkish government"))
U(d, "\"He is not protecting the nation's honour", "Kilicdaroglu said.",
  ("Republican People's Party", C, neg, "Turkey", "quote closed by surname only; judgement"))
# "Analysts said the episode had shown the limits ..." = unnamed speakers, no row.
U(d, "\"Both sides found a fig leaf, and both will claim it fits them,\"", "and Ankara knows that.\"",
  ("Selin Ozkaya", N, neu, "", "invented analyst, introduced by role inside the quote; reading of the outcome, no judgement or appeal"))
U(d, "Ozkaya said the real test would come at the Council of Europe", "if Kavala remains in prison.",
  ("Selin Ozkaya", N, neu, "", "surname only; forecast"),
  ("Council of Europe", C, neg, "Turkey", "reported position inside the analyst's sentence: the Committee of Ministers' warning of infringement proceedings = threatened measure"))
U(d, "\"Turkey should release him before that meeting", "she said.",
  ("Selin Ozkaya", T, neu, "Turkey", "appeal to release, no judgement word = calling_for_talks"))
U(d, "Mark Halloran, a senior fellow at the Transatlantic Studies Institute in Brussels", "that they had apologised.",
  ("Mark Halloran", C, neg, "", "invented analyst; 'wrong to let the impression grow' = negative judgement of the Western governments (several -> target empty)"))
U(d, "\"The allies should keep the Kavala case on the table", "and not by the right side.\"",
  ("Mark Halloran", T, neu, "", "appeal for continued quiet diplomacy by the allies; no judgement"))
U(d, "Kavala, in a statement issued through his lawyers last Friday", "receive a fair trial.",
  ("Osman Kavala", C, neg, "Turkey", "statement through lawyers; refusing to attend hearings in protest, grievance stated (no fair trial) = condemning"))
# "The next hearing in his case is scheduled ..." = narration, no row.
