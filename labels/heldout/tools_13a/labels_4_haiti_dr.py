# ------------------------------------------------------------------ Dominican Republic closes its border with Haiti over the Massacre River canal (UN noon briefing, 2023-09-15)
d = "page_haiti_dr_border_unbriefing.txt"
U(d, "The Secretary-General is following with concern the full closure", "local time today.",
  ("United Nations", N, neg, "", "spokesman for the SG; concern with no appeal in the sentence = neutral, negative"))
U(d, "The Secretary-General asks that aid convoys and humanitarian staff be allowed through", "does not stop.",
  ("United Nations", T, neg, "Dominican Republic", "humanitarian access asked of the side that closed the border (addressee by context, not named in the sentence; unsure about the target)"))
U(d, "He also encourages the Governments of Haiti and the Dominican Republic", "agreements between them.",
  ("United Nations", T, neu, "", "appeal to both to keep talking -> target empty"))
U(d, "Our humanitarian colleagues tell us that a significant share", "transits through it.",
  ("United Nations", N, neu, "", "'our humanitarian colleagues' = OCHA = United Nations; facts about supply routes"))
U(d, "The World Food Programme (WFP) says it has food stocks", "since this morning.",
  ("World Food Programme", N, neg, "", "WFP kept separate from the UN (name files); facts with an implied concern"))
U(d, "WFP is asking for a humanitarian corridor", "already going hungry.",
  ("World Food Programme", T, neg, "", "request for humanitarian access = calling_for_talks; addressee not named"))
U(d, "Ulrika Richardson, the Humanitarian Coordinator in Haiti, said", "poorest households first.",
  ("United Nations", N, neg, "", "Humanitarian Coordinator = United Nations; figures + warning without appeal"))
U(d, "\"The people of Haiti cannot absorb another shock.", "she added.",
  ("United Nations", T, neg, "", "appeal to both governments to keep goods and aid workers moving; both -> target empty"))
U(d, "The International Organization for Migration (IOM) reports that more than a thousand people", "ahead of the closure.",
  ("International Organization for Migration", N, neu, "", "figures; the Dominican authorities' opening of the gates is narrated inside IOM's report, not a position (no row for the Dominican Republic)"))
U(d, "IOM teams are providing water, hot meals and onward transport", "means of getting home.",
  ("International Organization for Migration", S, neu, "Haiti", "aid provided to Haitian returnees = supporting (rule 3 before the worry); target Haiti by the people helped, as batch5c did for Gaza airdrops"))
U(d, "The UN Human Rights Office today repeated its call", "insecurity in Haiti.",
  ("United Nations", T, neg, "Dominican Republic", "demand to one side to halt deportations with no judgement word = calling_for_talks, negative (labels README)"))
U(d, "President [Luis] Abinader said yesterday that the crossings would stay shut", "a provocation.",
  ("Dominican Republic", C, neg, "Haiti", "position reported inside a journalist's question; closure kept until the works stop + 'provocation' = measure + judgement"))
U(d, "Haiti, for its part, summoned the Dominican ambassador this morning", "as disproportionate.",
  ("Haiti", C, neg, "Dominican Republic", "in the same question; summoning the ambassador + 'disproportionate' = protest + judgement"))
U(d, "I am not going to rate one Member State against another.", "I am not going to rate one Member State against another.",
  ("United Nations", N, neu, "", "declines to judge either side = neutral"))
U(d, "What we want to see is dialogue between two neighbours", "that dialogue goes on.",
  ("United Nations", T, neu, "", "appeal for dialogue and protection of people; both sides -> target empty"))
U(d, "We have not received any request.", "We have not received any request.",
  ("United Nations", N, neu, "", "fact"))
U(d, "Obviously, the Secretary-General's good offices are there", "want them.",
  ("United Nations", T, pos, "", "offer of good offices = calling_for_talks"))
U(d, "As for bilaterals, we will share the list", "to be in New York.",
  ("United Nations", N, neu, "", "schedule/plans"))
U(d, "The Haitian Government insists the canal is on Haitian soil", "right to finish it.",
  ("Haiti", N, neu, "", "position reported inside a question: assertion of its own right, no judgement of the other side"))
U(d, "It is not for me to interpret a bilateral treaty.", "It is not for me to interpret a bilateral treaty.",
  ("United Nations", N, neu, "", "declines to take a position"))
U(d, "That is for the two countries to work out", "if they need it.",
  ("United Nations", T, neu, "", "leaves it to bilateral talks, with an offer of expertise = calling_for_talks"))
U(d, "Our colleagues have some stock inside Haiti", "not unlimited.",
  ("United Nations", N, neg, "", "facts with concern"))
U(d, "That is exactly why we are asking for the exemptions now", "in two weeks.",
  ("United Nations", T, neg, "Dominican Republic", "renewed request for humanitarian exemptions from the closure"))
U(d, "There are contacts, both here and on the ground", "positive to tell you soon.",
  ("United Nations", N, pos, "", "contacts exist + hope of news; no appeal"))
