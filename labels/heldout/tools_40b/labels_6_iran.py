# ------------------------------------------------------------------ Iran's public execution of Majidreza Rahnavard (UN noon-briefing transcript, 2022-12-12)
d = "page_iran_rahnavard_execution_unbriefing.txt"
# Not statements: skip link, site header, menu, breadcrumb, date, title, the transcript note, the ** crossheads, "Question:"/"Spokesman:" labels,
# journalists' questions as such (only positions of named actors reported in them get rows), the closing notice, related links, footer.
# "Good afternoon. I'll start with Iran." = opening formula, no row (the unit below starts after it).
U(d, "The Secretary-General is deeply troubled by reports that Majidreza Rahnavard", "the execution of Mohsen Shekari.",
  ("United Nations", N, neg, "", "concern without an appeal in the unit = neutral, negative"))
U(d, "The Secretary-General calls on the Iranian authorities to halt all pending executions", "with a view to its abolition.",
  ("United Nations", T, neu, "Iran", "appeal for a halt and a moratorium, no judgement in the unit"))
U(d, "Our colleagues at the Human Rights Office tell us that the proceedings", "after trials lasting days.",
  ("United Nations", C, neg, "Iran", "OHCHR = UN; the trials 'fell far short of due process' = judgement"))
U(d, "The Office says that at least 11 people have so far been sentenced to death", "carry the death penalty.",
  ("United Nations", N, neg, "", "figures; worrying tone"))
U(d, "Turning to Ukraine, our humanitarian colleagues tell us that millions of people remain without", "drop below freezing.",
  ("United Nations", N, neg, "", "humanitarian facts on another crisis; attacks named without an attacker = no judgement"))
U(d, "Since October, the UN and our partners have delivered more than 500 generators", "more are on their way.",
  ("United Nations", S, pos, "Ukraine", "aid delivered = supporting"))
U(d, "On Peru, the Secretary-General is following with concern the protests", "in recent days.",
  ("United Nations", N, neg, "", "concern, no appeal in this unit"))
U(d, "He calls on all actors to exercise restraint and on the authorities", "right of peaceful assembly.",
  ("United Nations", T, neu, "", "appeal for restraint to all actors -> target empty"))
U(d, "Tomorrow at 11 a.m., the Emergency Relief Coordinator, Martin Griffiths, will brief you", "Global Humanitarian Overview for 2023.",
  ("United Nations", N, neu, "", "programme note = announced meeting date (neutral)"))
# "Question: Thank you, Steph." = no row.
U(d, "On Iran, EU foreign ministers agreed new sanctions today", "as long as the killings continue.",
  ("European Union", C, neg, "Iran", "the EU's sanctions and Borrell's pledge relayed by a journalist = the EU's position (guide: position of X reported by Y)"))
# "Does the Secretary-General think sanctions are the right response?" = question, no row.
U(d, "Sanctions are a matter for Member States, and I won't comment", "decisions of the European Union.",
  ("United Nations", N, neu, "", "declines to comment on the EU's measure"))
U(d, "Our position on the death penalty is clear, and I've just stated it.", "I've just stated it.",
  ("United Nations", N, neu, "", "refers back to the stated position; no new appeal or judgement in the unit"))
U(d, "But the State Department said today that Tehran was hanging young men", "into silence.",
  ("United States", C, neg, "Iran", "relayed by a journalist; accusation of executions meant to terrorise; Tehran = metonym"))
# "Do you share that reading?" = question, no row.
U(d, "I'm not going to speculate on motives.", "on motives.",
  ("United Nations", N, neu, "", "declines to characterise motives"))
U(d, "What is clear is that these trials did not meet the most basic standards", "a serious problem.",
  ("United Nations", C, neg, "Iran", "judgement of the trials"))
# "Follow-up." = no row.
U(d, "Iran's mission has said the men were convicted of killing", "interfere in Iran's internal affairs.",
  ("Iran", C, neg, "", "facts of the case + accusation of Western interference ('Western governments', several) -> target empty"))
# "What do you say to that?" = question, no row.
U(d, "Every person charged with a crime is entitled to a fair trial, whatever the charge.", "whatever the charge.",
  ("United Nations", N, neu, "", "statement of principle answering Iran, no explicit judgement (unsure: could be read as condemning)"))
U(d, "What we want to see is people being able to protest peacefully", "responding with restraint.",
  ("United Nations", T, neu, "Iran", "appeal for peaceful protest and restraint by the authorities"))
# "Has the Secretary-General spoken to the Iranian Foreign Minister about this?" = question, no row.
U(d, "The Secretary-General has raised human rights, including the death penalty", "continue to do so.",
  ("United Nations", N, neu, "", "diplomatic contacts reported as done, no appeal or judgement in the unit (unsure: could be calling_for_talks)"))
U(d, "Steph, the Iranian Foreign Ministry spokesman, Nasser Kanaani, said today", "who were killed.",
  ("Iran", C, neg, "United Nations", "relayed by a journalist; 'double standards' = accusation against the UN"))
# "Is that fair?" = question, no row.
U(d, "We apply the same standards to every Member State.", "every Member State.",
  ("United Nations", N, neg, "", "denial of the charge = neutral, negative"))
U(d, "We have been very clear in condemning violence against anyone", "members of the security forces.",
  ("United Nations", C, neg, "", "condemnation of violence against anyone, no canonical target (unsure: could be read as a restatement)"))
# Question on the fact-finding mission = question, no row.
U(d, "The President of the Human Rights Council is expected to announce the three members shortly.", "three members shortly.",
  ("United Nations", N, neu, "", "procedure"))
# "That's a matter for the Council, and I'd refer you to Geneva." = referral, no row.
U(d, "The British Foreign Secretary, James Cleverly, said this morning", "hold it to account.",
  ("United Kingdom", C, neg, "Iran", "relayed by a journalist; judgement + threat of accountability"))
U(d, "And the Norway-based group Iran Human Rights says dozens more protesters", "at risk of execution.",
  ("Iran Human Rights", N, neg, "", "figure/warning relayed by a journalist, no judgement in the unit"))
# "Can you confirm that?" = question; "I can't confirm that figure from here." = non-answer, no row.
U(d, "Our human rights colleagues are trying to verify the cases", "at risk is growing.",
  ("United Nations", N, neg, "", "procedure + warning without an appeal"))
# "Question: On another subject, Peru..." = question, no row.
U(d, "Let me just say what I said earlier: we want to see restraint on all sides and dialogue.", "and dialogue.",
  ("United Nations", T, neu, "", "Peru: appeal for restraint and dialogue; colon-opened restatement"))
# "Thank you. Paulina, all yours." = closing formula, no row.
