# ------------------------------------------------------------------ Hamas takeover of Gaza, Abbas's emergency cabinet (international wire copy, 2007-06-18)
d = "page_gaza_takeover_wire.txt"
# No row: agency name, menu, section, headline, byline, time stamps, read time, ADVERTISEMENT, capitals crossheads,
# reporting credits, "Our Standards", related coverage, share bar, most read, trailer.
U(d, "The United States and the European Union on Monday ended a 15-month freeze", "routed his forces in the Gaza Strip.",
  ("United States", S, pos, "Palestine", "dateline excluded; long lead mixing narration and backing by act (aid restored); two actors = two rows"),
  ("European Union", S, pos, "Palestine", "same lead; Abbas's cabinet = Palestine (PA)"))
# No row: "The moves deepen a split that has left the Palestinians with two rival administrations ..." (narration)
U(d, "Secretary of State Condoleezza Rice said she had called Fayyad", "work in Gaza.",
  ("United States", S, pos, "Palestine", "Washington = metonym; funding + $40m for UNRWA = backing by act; Fayyad is the object"))
U(d, "\"What Hamas did in Gaza last week shows what it really is.", "Rice told reporters at the State Department.",
  ("United States", C, neg, "Hamas", "multi-sentence quote closed by the speaker (attribution tail); judgement without stock words"))
U(d, "In Luxembourg, European Union foreign ministers said the bloc was lifting its boycott", "in early 2006.",
  ("European Union", S, pos, "Palestine", "support + an appeal to Israel for money: support decides (an appeal for money is not a peace appeal); Luxembourg = place"))
U(d, "Israeli Prime Minister Ehud Olmert, who arrived in Washington on Monday", "revenue it holds.",
  ("Israel", S, pos, "Palestine", "readiness to work with the new cabinet + weighing the release of funds = backing; Washington = place"))
U(d, "At the same time, Israel's defence ministry said commercial cargo bound for Gaza would stay blocked", "allowed through.",
  ("Israel", C, neg, "Hamas", "a closure kept as a measure against Hamas (like a sanction); unsure: could be read as a neutral procedure"))
U(d, "Abbas dissolved the unity government and fired Prime Minister Ismail Haniyeh of Hamas late on Thursday", "Gaza City.",
  ("Palestine", C, neg, "Hamas", "a specific act reported as done (dismissal of the Hamas PM and government) = a measure against Hamas; unsure: background narration could also get no row"))
# No row: "His own compound in the city fell hours later." and the death toll "according to medical workers" (no actor)
U(d, "A decree signed by Abbas on Sunday also outlawed Hamas's Executive Force", "outside the law.",
  ("Palestine", C, neg, "Hamas", "outlawing the other side's forces = measure; 'militias ... outside the law' = judgement"))
U(d, "A senior aide to the president said Abbas intended to call early elections", "before taking it.",
  ("Palestine", N, neu, "", "unnamed aide of a named office speaks for it; plans and procedure; Washington, Cairo and Amman are objects (metonyms), not speakers"))
U(d, "Fayyad told his first cabinet meeting in Ramallah", "an official present at the meeting said.",
  ("Palestine", N, neu, "", "new PA prime minister; government plans (law and order, salaries), attribution tail"))
U(d, "Haniyeh, who has not left Gaza and refuses to recognise his dismissal,", "the only lawful one.",
  ("Hamas", C, neg, "Palestine", "deposed PM speaks for Hamas; 'illegal and unconstitutional' aimed at the PA cabinet"))
U(d, "He said again that Hamas had no wish to carve out a separate entity in Gaza", "in Mecca in February.",
  ("Hamas", T, pos, "Fatah", "'He' = Haniyeh; reassurance + offer of talks to Fatah = calling_for_talks"))
U(d, "\"The Americans starved the people for a year and a half", "Hamas spokesman Sami Abu Zuhri said.",
  ("Hamas", C, neg, "United States", "multi-sentence quote closed by the speaker; accusation of a coup plot"))
U(d, "Abu Zuhri said Egyptian officials had assured the movement", "open to both sides.",
  ("Egypt", T, neu, "", "a position of Egypt reported by Hamas's spokesman is Egypt's statement (keeping channels open = mediation); Hamas takes no position here; 'the movement' = Hamas"))
U(d, "\"What happened in Gaza was not a political dispute.", "blaming Hamas gunmen.",
  ("Fatah", C, neg, "Hamas", "Fatah spokesman = Fatah (not the PA presidency); accusation made by describing killings of captives"))
U(d, "Hamas denied carrying out executions", "a spokesman said.",
  ("Hamas", N, neg, "", "denial = neutral, negative; unnamed spokesman of a named body; attribution tail"))
# No row: "Arab governments, which had brokered the Mecca accord, have struggled to choose between the two sides." (summary line, unnamed collective)
U(d, "Arab foreign ministers, meeting in emergency session in Cairo on Friday,", "investigate the fighting.",
  ("Arab League", S, pos, "Palestine", "the league's council of foreign ministers = Arab League; backing for the president's legitimacy; Cairo = place"))
U(d, "\"There is no winner in this.", "Amr Moussa told reporters.",
  ("Arab League", T, neg, "", "multi-sentence quote closed by the speaker; appeal to both movements to stop and talk, no judgement -> target empty"))
U(d, "Egypt moved its diplomatic mission from Gaza to Ramallah at the weekend", "safety of its staff.",
  ("Egypt", N, neu, "", "a measure explained as practical, no judgement = neutral; Cairo = metonym"))
# No row: "Egyptian Foreign Minister Ahmed Aboul Gheit was less cautious." (summary line)
U(d, "He said what Hamas had done amounted to a seizure of power by force", "through dialogue.",
  ("Egypt", C, neg, "Hamas", "'He' = Aboul Gheit; judgement + appeal for dialogue: rule 1"))
U(d, "The Quartet of Middle East mediators - the United States, the European Union, Russia and the United Nations -", "work with the new cabinet.",
  ("United States", S, pos, "Palestine", "joint statement of a listed group: one row per member"),
  ("European Union", S, pos, "Palestine", "same"),
  ("Russia", S, pos, "Palestine", "same"),
  ("United Nations", S, pos, "Palestine", "same"))
U(d, "U.N. Secretary-General Ban Ki-moon said he was deeply troubled", "his spokeswoman said.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative; attribution tail"))
U(d, "The U.N. Relief and Works Agency said its stocks of flour and rice", "let its trucks through.",
  ("UNRWA", T, neg, "Israel", "figures + appeal for humanitarian access addressed to Israel, no judgement"))
# No row: "Analysts said the split could last for years." (unnamed speakers)
U(d, "\"You now have two Palestines, each with a government", "a policy institute in Ramallah.",
  ("Laila Dajani", N, neg, "", "independent researcher under her own name; scenario, no judgement"))
U(d, "\"Rewarding one half of the people and starving the other half is not a peace policy.", "she said.",
  ("Laila Dajani", C, neg, "", "'she' = Dajani; judgement of the West's approach (non-canonical party) -> target empty; the lead-in 'She was sharper about the West's approach.' gets no row"))
U(d, "Yoram Peleg, who teaches Middle East politics at a university in Beersheba,", "drawn back into Gaza.",
  ("Yoram Peleg", N, neu, "", "independent scholar; Israel's options, no judgement"))
U(d, "\"Nobody in Jerusalem wants to go back into Gaza with tanks.", "Peleg said.",
  ("Yoram Peleg", N, neg, "", "surname only; risk scenario; Jerusalem = metonym inside an analyst's sentence, no Israel row"))
# No row: the Rimal shopkeeper (unnamed resident).
