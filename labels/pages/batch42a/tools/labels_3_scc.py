# ------------------------------------------------------------------ CAR Special Criminal Court's first verdict (UN noon briefing transcript, 2022-11-01)
d = "page_car_specialcriminalcourt_verdict2022_noonbriefing.txt"
# Not statements: site menu, date, title, transcript note, item headings (**...), greeting, briefing-guest notice, the spokesman's
# turn-giving lines, the journalists' own questions, "* *** *", document symbol, Related, share, footer.
# "I will start with a statement on the Central African Republic." = announcement of the item, no row.
U(d, "The Secretary-General welcomes the verdict handed down yesterday", "the hybrid court based in Bangui.",
  ("United Nations", S, pos, "Central African Republic", "welcome of a step by a court of the Central African justice system (hybrid) -> target the state (unsure: could be empty)"))
U(d, "In its judgment, the Court convicted three fighters of the 3R armed group", "crimes against humanity and war crimes.",
  ("United Nations", N, neu, "", "the spokesman's account of the judgment = facts (the court, not the UN, judged the 3R fighters)"))
U(d, "One of them received a life sentence and the other two 20 years each", "can still appeal.",
  ("United Nations", N, neu, "", "sentences and right of appeal = facts"))
U(d, "The Secretary-General sees the verdict as proof that Central African institutions", "may one day be waiting for them.",
  ("United Nations", S, pos, "Central African Republic", "praise of Central African institutions + a warning to attackers of civilians in general; the praise is the point (unsure: the warning part could read as condemning with no target)"))
U(d, "The Court will need both steady funding and a renewed mandate", "to provide them.",
  ("United Nations", T, neu, "", "asking others for money and a mandate is not supporting (labels/README: asking for help); appeal to donors and to the government -> calling_for_talks, two addressees -> target empty; Bangui = metonym"))
U(d, "Our colleagues in the UN Mission, MINUSCA, tell us that the Mission has backed the Court", "protect its magistrates.",
  ("United Nations", S, pos, "Central African Republic", "backing by act: security, transport of witnesses, protection"))
U(d, "The head of the Mission, Valentine Rugwabiza, said in Bangui that the judgment showed", "far from the capital.",
  ("United Nations", S, pos, "Central African Republic", "MINUSCA head = UN; approval of the judgment; Bangui = place"))
U(d, "Meanwhile, our humanitarian colleagues tell us that in the north-west", "continue to disrupt assistance.",
  ("United Nations", N, neg, "", "attacks reported without naming an attacker = facts, negative in tone"))
U(d, "Some 3.4 million people, more than half of the country's population", "next year.",
  ("United Nations", N, neu, "", "humanitarian figure"))
U(d, "We call on all armed groups to stop targeting civilians and aid workers", "support for the response.",
  ("United Nations", T, neu, "", "protection appeal to all armed groups + asking donors for funds"))
# Journalist's question: the first sentence reports HRW's position = HRW's statement (labels/README, 27th session).
U(d, "Human Rights Watch said today that the judgment proved the Court could deliver", "would ever hold a trial.",
  ("Human Rights Watch", S, pos, "Central African Republic", "position reported inside a question; praise of the Special Criminal Court, a court of the Central African justice system -> target the state, as in the UN's welcome"))
U(d, "But it also said the 3R's current commanders, whose fighters are still raiding villages", "have never been pursued.",
  ("Human Rights Watch", C, neg, "Return, Reclamation and Rehabilitation", "'it' = HRW; accusation of ongoing raids by the group + criticism that its leaders are untouched"))
# "Is the UN worried that ...?" = the question itself, no row.
U(d, "The Court is independent, and who it prosecutes is a decision for its prosecutors", "not for us.",
  ("United Nations", N, neu, "", "deflection, procedural"))
U(d, "What I can tell you is that the 3R has kept up its attacks on civilians", "signed in February 2019.",
  ("United Nations", C, neg, "Return, Reclamation and Rehabilitation", "accusation: attacks on civilians in violation of the 2019 agreement"))
U(d, "Those attacks are unacceptable, and the Mission will continue to respond to them.", "respond to them.",
  ("United Nations", C, neg, "Return, Reclamation and Rehabilitation", "'unacceptable' + a response announced = condemning; 'Those attacks' = the 3R's"))
U(d, "Lawyers for one of the three, Tahir Mahamat, who went on hunger strike", "he would appeal.",
  ("Tahir Mahamat", C, neg, "Central African Republic", "lawyers speak for their client (new person actor); calling the trial unfair = a judgement on the Special Criminal Court (a Central African court, as in the welcome rows); reported in a question (unsure: could be a denial, neutral)"))
U(d, "Every defendant has the right to appeal, and the judgment itself says as much.", "says as much.",
  ("United Nations", N, neu, "", "procedural"))
U(d, "I'm not going to comment on a case that is still before the courts.", "before the courts.",
  ("United Nations", N, neu, "", "declining to comment"))
U(d, "The Central African Human Rights League said the real test would come on Friday", "actually get paid.",
  ("Central African Human Rights League", T, neu, "Central African Republic", "new organisation; reported in a question; asks the government to pay reparations = appeal, no judgement (asking for help is calling_for_talks)"))
U(d, "The families in Koundjili and Lemouna have waited more than three years", "without delay.",
  ("United Nations", T, neu, "", "appeal that the reparations phase move on, no actor judged"))
U(d, "Our colleagues will support the Court in that phase as they did during the trial.", "during the trial.",
  ("United Nations", S, pos, "Central African Republic", "pledge of continued backing by act to the Central African court"))
U(d, "The Government spokesperson called the judgment a victory for Central African justice", "we've seen that.",
  ("Central African Republic", N, pos, "", "reported by the UN spokesman; praise of its own justice = self-praise, neutral with a positive tone"))
U(d, "The President has also said that the fight against armed groups would go on.", "would go on.",
  ("Central African Republic", C, neg, "", "Touadera not named ('The President'); continued operations against armed groups announced = condemning, no single group -> target empty (unsure: could be neutral)"))
U(d, "Russian instructors working with the Central African army have been accused by UN experts", "including in the north-west.",
  ("United Nations", C, neg, "Russia", "the question reports the UN experts' accusation = a UN position (labels/README: a journalist's report of a position); 'Russian instructors' resolve to Russia (unsure)"))
U(d, "We have repeatedly said that all those who carry weapons in the Central African Republic", "must be investigated.",
  ("United Nations", T, neu, "", "appeal to respect rights and to investigate, addressed to all armed actors, no judgement"))
U(d, "The Mission conducts regular patrols and operations in the north-west to protect civilians", "national forces there.",
  ("United Nations", N, neu, "", "own operations described without naming a target = neutral"))
