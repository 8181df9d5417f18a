# ------------------------------------------------------------------ Earthquake aid to Syria and Türkiye (UN noon-briefing readout, 2023-02-14)
d = "page_syria_quake_unreadout.txt"
U(d, "The Secretary-General welcomed the decision by President Bashar al-Assad", "can get in.",
  ("United Nations", S, pos, "Syria", "welcome of a step = supporting (no peace appeal in this sentence)"),
  ("Syria", T, neu, "", "second actor: Assad's decision reported by the UN; opening crossings for aid = agreeing to humanitarian access (like agreeing to a ceasefire) -> calling_for_talks; unsure, could be neutral"))
U(d, "\"Opening these crossings will let more help reach the people", "in a statement issued last night.",
  ("United Nations", T, pos, "", "multi-sentence quote closed by its speaker; the appeal to keep routes open (humanitarian access) to all concerned"))
U(d, "Earlier today, a convoy of 11 trucks from the International Organization for Migration", "since the earthquake.",
  ("International Organization for Migration", S, pos, "", "aid by act; IOM separate in the name files"))
U(d, "Since 9 February, 69 UN trucks have crossed into north-west Syria", "colleagues tell us.",
  ("United Nations", S, neu, "", "aid delivered, given as a figure (aid by act = supporting; unsure, could be read as a neutral figure)"))
U(d, "This afternoon, the Secretary-General launched a $397 million flash appeal", "without delay.",
  ("United Nations", T, neu, "", "asking for aid money = calling_for_talks (labels/README), not supporting"))
U(d, "Griffiths said the relief effort in the north-west had so far fallen short", "put that right.",
  ("United Nations", N, neg, "", "Emergency Relief Coordinator = UN; self-criticism without a judgement on another actor; the sentence before it (his travel) is narrative"))
U(d, "The World Health Organization said it was worried about outbreaks of cholera", "was scarce.",
  ("World Health Organization", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The World Food Programme warned that its stocks in the north-west", "of distribution.",
  ("World Food Programme", N, neg, "", "warning about own stocks, no appeal stated"))
U(d, "In Türkiye, the disaster management authority, AFAD, said", "passed 31,600.",
  ("Turkey", N, neu, "", "state agency = Türkiye (canonical 'Turkey'); toll"))
U(d, "In Syria, the health ministry in Damascus reports 1,414 deaths", "in the north-west.",
  ("Syria", N, neu, "", "health ministry 'in Damascus' = the Syrian government; toll"),
  ("Syria Civil Defence", N, neu, "", "second actor in the same sentence: White Helmets' toll"))
U(d, "Stéphane, the Syrian ambassador said yesterday that Western sanctions", "in his country.",
  ("Syria", C, neg, "", "transcript label 'Question: ' excluded; position of Syria reported inside a question; blame on 'Western' sanctions (several states) -> target empty"))
U(d, "We have said many times that sanctions should never get in the way", "they are imposed.",
  ("United Nations", T, neu, "", "label 'Spokesman: ' excluded; principle of unimpeded humanitarian aid, addressed to no one, no judgement"))
U(d, "We welcome the general licence issued last week by the US Treasury", "earthquake relief in Syria.",
  ("United Nations", S, pos, "United States", "welcome of a US step"),
  ("United States", S, pos, "", "second actor: the licence itself (sanctions eased for relief) = backing of the relief by act; not aimed at the Syrian government -> target empty; unsure, could be neutral"))
U(d, "But Washington says the licence is no favour to the Assad Government", "for years.",
  ("United States", C, neg, "Syria", "position reported inside a question; 'turning aid into a weapon' = accusation; Washington = metonym"))
U(d, "Our focus is on the people, not on politics", "reach them.",
  ("United Nations", N, neu, "", "statement of the UN's own approach, no evaluation of an actor"))
U(d, "The head of the White Helmets, Raed al-Saleh, says the UN's delay", "an apology.",
  ("Syria Civil Defence", C, neg, "United Nations", "possessive object before the verb ('the UN's delay ... cost lives'); accusation reported inside a question"))
U(d, "I am not going to get into a debate about that, but our colleagues", "that it was enough.",
  ("United Nations", N, neg, "", "rebuttal of the accusation = denial (neutral), conceding the aid was not enough"))
U(d, "There are reports that Hayat Tahrir al-Sham, which controls much of Idlib", "for propaganda.",
  ("Hayat Tahrir al-Sham", C, neg, "Syria", "convoy turned back in protest with a grievance ('propaganda') = refusal in protest; reported inside a question; Damascus = metonym (target)"))
U(d, "We have seen those reports, and I can only say that cross-line deliveries", "get them moving.",
  ("United Nations", T, neu, "", "talks with all sides for access"))
U(d, "The United Arab Emirates say they have now pledged $100 million", "more than a decade.",
  ("United Arab Emirates", S, pos, "", "pledge for both countries -> target empty"),
  ("Saudi Arabia", S, pos, "Syria", "second actor: relief plane landed in government-held Aleppo = aid by act; unsure about the target (aid to the quake-hit country rather than backing of Damascus)"))
U(d, "We welcome every contribution, whether it goes through us or not", "the front lines.",
  ("United Nations", S, pos, "", "welcome of all donors' aid -> target empty"))
U(d, "Ursula von der Leyen says the European Union will host a donors' conference", "in March.",
  ("European Union", S, pos, "", "pledging conference = aid mobilised by the EU; Commission president speaks for the EU"))
U(d, "The Secretary-General appreciates that initiative very much", "on it.",
  ("United Nations", S, pos, "European Union", "appreciation of the EU's initiative"))
