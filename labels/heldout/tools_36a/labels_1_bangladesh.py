# ------------------------------------------------------------------ Bangladesh state of emergency and caretaker change (wire copy, 2007-01-12)
d = "page_bangladesh_emergency2007_wire.txt"
# Not statements: masthead, menu, headline, byline, read time, the four bullets, dateline, ADVERTISEMENT, capitals crossheads,
# reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "Fakhruddin Ahmed, a former governor of Bangladesh's central bank, was sworn in", "called off next week's vote.",
  ("Bangladesh", N, pos, "", "long lead: narration + the new caretaker chief's own pledge = reassurance about own conduct, neutral"))
# "Soldiers patrolled the main roads ..." = scene, no row. "At least 45 people have been killed ..." = toll from no named source, no row.
U(d, "In a late-night television address on Thursday, the president said", "every party could take part in the vote.",
  ("Bangladesh", N, neu, "", "president's own decisions (postponement, stepping aside) = plans/procedure"))
U(d, "A presidential spokesman said on Friday that the ban on news broadcasts", "\"for the time being\".",
  ("Bangladesh", N, neu, "", "unnamed official of a named government = Bangladesh; procedure"))
U(d, "\"We will not be here one day longer than the task requires", "after taking the oath at the presidential palace.",
  ("Bangladesh", N, pos, "", "quote closed by its speaker; reassurance about own conduct"))
U(d, "Army chief Lieutenant General Moeen U Ahmed, who attended", "no wish to play a political role.",
  ("Bangladesh", N, neu, "", "the army speaks for its state; disclaimer of political ambition, no judgement"))
# "Awami League leader Sheikh Hasina ... did not speak to reporters." = non-answer, no row.
U(d, "The alliance's general secretary, Abdul Jalil, welcomed the postponement", "failed to achieve in two years.",
  ("Awami League", S, pos, "Bangladesh", "welcomes the president's two steps = supporting"))
U(d, "He said the alliance would not call off its campaign until the Election Commission", "struck off the voter roll.",
  ("Awami League", C, neg, "Bangladesh", "refusal to stop in protest + accusation that the commission (a state body) is packed (unsure of target: the charge favours the BNP)"))
U(d, "BNP Secretary General Abdul Mannan Bhuiyan said his party respected", "cooperate with the new caretaker chief.",
  ("Bangladesh Nationalist Party", S, pos, "Bangladesh", "acceptance + cooperation pledge = approval of the step"))
U(d, "But he blamed the Awami League for the bloodshed", "feared it would lose.",
  ("Bangladesh Nationalist Party", C, neg, "Awami League", "blame = condemning"))
# "Khaleda Zia, the outgoing prime minister, made no public comment on Friday." = non-answer, no row.
U(d, "The Jatiya Party of former military ruler Hossain Mohammad Ershad", "spared the country a sham vote.",
  ("Jatiya Party", C, neg, "Bangladesh", "approval phrased as a judgement ('belated', 'sham vote') on the caretaker's plan: rule 1 (unsure: could be supporting)"))
U(d, "The information ministry warned newspaper editors on Thursday night", "critical editorials on Friday.",
  ("Bangladesh", C, neg, "", "threat of punishment aimed at the press (not an actor) = condemning, target empty"))
U(d, "Human Rights Watch said the blanket suspension of basic rights", "need to hold a clean election.",
  ("Human Rights Watch", C, neg, "Bangladesh", "'heavy-handed', 'could not be justified' = judgement"))
U(d, "The United Nations said on Thursday it was suspending its technical assistance", "could deepen the violence.",
  ("United Nations", C, neg, "Bangladesh", "support withdrawn with a grievance stated (no credibility) = condemning (unsure: could be neutral)"))
U(d, "A spokeswoman for Secretary-General Ban Ki-moon, Michele Montas, said", "path to an inclusive vote.",
  ("United Nations", T, neu, "", "appeal for restraint and agreement, addressed to all parties"))
U(d, "The European Commission said it had withdrawn its election observation mission", "allowed them to return.",
  ("European Union", N, neu, "", "withdrawal with no protest stated = neutral (contrast with the UN line)"))
U(d, "The German presidency of the European Union said in a statement", "\"within weeks, not months\".",
  ("European Union", T, pos, "Bangladesh", "presidency speaks for the EU; hope for calm + appeal for a timetable"))
U(d, "Britain's Foreign Office advised its citizens against all but essential travel", "while the emergency is in force.",
  ("United Kingdom", N, neu, "", "travel advice = plan/procedure"))
U(d, "British High Commissioner Anwar Choudhury, who called on Fakhruddin", "stood ready to help him.",
  ("United Kingdom", S, pos, "Bangladesh", "welcome + offer of help"))
U(d, "In Washington, State Department spokesman Sean McCormack said the United States supported", "would not have been inclusive.",
  ("United States", S, neu, "Bangladesh", "support for the postponement"))
U(d, "McCormack added that Washington expected the emergency to be lifted", "substitute for the ballot.\"",
  ("United States", T, neu, "Bangladesh", "demand to lift the emergency, no judgement word (unsure: an appeal for rights rather than for talks)"))
U(d, "US Ambassador Patricia Butenis, who met the new caretaker chief", "compile a new voter list.",
  ("United States", S, pos, "Bangladesh", "offer of money and experts = supporting by act"))
U(d, "India's External Affairs Ministry spokesman Navtej Sarna said New Delhi hoped", "freely and peacefully.",
  ("India", T, pos, "Bangladesh", "hope that normal life returns = calling_for_talks"))
U(d, "External Affairs Minister Pranab Mukherjee told reporters in New Delhi", "4,000-km frontier.",
  ("India", N, neg, "", "watching + own border alert, no appeal = neutral, concerned tone"))
U(d, "Commonwealth Secretary-General Don McKinnon appealed to the two main parties", "before a new date is set.",
  ("Commonwealth", T, neu, "", "appeal to two parties to agree = talks; target empty (two parties)"))
# "Analysts in Dhaka said the army ..." = unnamed speakers, no row.
U(d, "\"Nobody has called it a coup, and in the strict sense it is not one", "Bengal Institute for Political Research in Dhaka.",
  ("Rubina Ahsan", N, neg, "", "independent analyst (invented); assessment without a judgement word"))
U(d, "She said the new administration's first test would be whether it set a date", "the same way this one did.\"",
  ("Rubina Ahsan", T, neg, "", "implied appeal to the two leaders to agree a code of conduct, conditional warning (unsure: could be neutral)"))
# "Shopkeepers ... said they were relieved" and the cloth merchant = unnamed, no row.
