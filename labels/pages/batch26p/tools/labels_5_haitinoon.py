# ------------------------------------------------------------------ Haiti's postponed presidential run-off (UN noon briefing transcript, 2016-01-25)
d = "page_haiti_runoff_postponed2016_noonbriefing.txt"
# Not statements: site bar, breadcrumb, title, date, transcript note, highlights, "**" crossheads, journalists' questions
# themselves, "Not to my knowledge." (non-answer), the guest line, closing furniture.
# The Spokesman, the Secretary-General, the Special Representative and the Mission are United Nations.

U(d, "I will start with Haiti, where the Secretary-General is following closely", "legislative run-off.",
  ("United Nations", N, neg, "", "monitoring, no appeal = neutral"))
U(d, "As you will have seen, in a statement we issued on Saturday, the Secretary-General asked", "without wasting time.",
  ("United Nations", T, neu, "", "appeal for a consensual, peaceful completion of the elections"))
U(d, "He also said that the torching of polling materials", "in a democratic contest.",
  ("United Nations", C, neg, "", "judgement of the violence without a stock word; perpetrators unnamed -> target empty"))
U(d, "He added that the United Nations would keep standing with the Haitian people", "complete this transition.",
  ("United Nations", S, pos, "Haiti", "continued support"))
# "The Special Representative, Sandra Honoré, met over the weekend with ..." = meeting narration, no row.
U(d, "She told them the Mission stands ready to provide logistical and security support", "agreed on one.",
  ("United Nations", S, pos, "Haiti", "offer of logistical and security support = supporting"))
U(d, "The Mission also reports that the Haitian National Police", "recorded in the capital.",
  ("United Nations", N, neu, "", "facts from the Mission"))
U(d, "The Core Group, which brings together the UN with the ambassadors", "before 7 February.",
  ("Core Group", T, neu, "Haiti", "joint statement of the Core Group (canonical body; its members are listed, not speaking separately); appeal to agree"))
U(d, "The World Health Organization says it expects the Zika virus", "Aedes mosquito is found.",
  ("World Health Organization", N, neg, "", "forecast; the item concerns another topic of the same briefing"))
U(d, "Jude Célestin said again on Sunday that he would stay out of any run-off", "the Government's candidate.",
  ("LAPEH", C, neg, "Haiti", "quoted inside a journalist's question: reported speech counts; refusal in protest + fraud charge; the electoral council = Haiti; Célestin = LAPEH's candidate"))
U(d, "It is not for us to grade Haitian institutions.", "Haitian institutions.",
  ("United Nations", N, neu, "", "declines to judge = neutral"))
U(d, "What matters is that Haitian actors sit together and agree on a credible path", "help them do that.",
  ("United Nations", T, neu, "", "appeal to agree + offer of help"))
U(d, "President Martelly said in his address on Friday night that he would leave office", "happens with the vote.",
  ("Haiti", N, neu, "", "plan, quoted inside a question"))
U(d, "We are obviously concerned by any scenario", "without elected leadership.",
  ("United Nations", N, neg, "", "concern without an appeal (the appeal is the next unit)"))
U(d, "We would urge everyone to keep the focus on finishing the elections", "if they are not finished.",
  ("United Nations", T, neu, "", "appeal to all"))
U(d, "Pierre-Richard Désir, who coordinates a coalition of Haitian observer groups", "Haitians never owned\".",
  ("Pierre-Richard Désir", C, neg, "", "invented observer quoted in a question; judgement of 'the international community' (not canonical)"))
U(d, "I would reject the idea that the United Nations is dictating", "to anyone.",
  ("United Nations", N, neg, "", "denial = neutral, negative tone"))
U(d, "The calendar was set by Haitian institutions, and the talks now under way are among Haitians.", "among Haitians.",
  ("United Nations", N, neu, "", "facts offered in support of the denial"))
U(d, "State Department spokesman John Kirby said on Friday that Washington regretted the delay", "set quickly.",
  ("United States", C, neg, "Haiti", "'regretted' the electoral council's postponement + demand for a date (rule 1; unsure: regret of an event, could be talks)"))
U(d, "Our position is the one I read out", "and soon.",
  ("United Nations", T, neu, "", "appeal for an agreed date"))
U(d, "Michèle Lafontant-Pierre, who teaches constitutional law at the State University of Haiti", "electoral council is installed.",
  ("Michèle Lafontant-Pierre", T, neu, "", "invented scholar quoted in a question; a proposed way out of the impasse, no judgement"))
U(d, "That is a decision for Haitians to take.", "for Haitians to take.",
  ("United Nations", N, neu, "", "procedural deflection"))
U(d, "The Senate passed a resolution last week asking for the vote to be suspended.", "to be suspended.",
  ("Haiti", N, neu, "", "state body's resolution reported in a question; a request to suspend, no judgement stated (unsure: could be talks)"))
U(d, "Brazil's Defence Ministry said on Sunday that its MINUSTAH contingent", "new president is sworn in.",
  ("Brazil", S, pos, "Haiti", "keeping troops at strength for the vote = backing by act"))
U(d, "And Secretary General Almagro said over the weekend the OAS would consider sending", "asked for one.",
  ("Organization of American States", T, neu, "Haiti", "offer of a mission to help the actors agree = mediation offer"))
U(d, "We have worked hand in hand with the OAS throughout this electoral process", "continue to do so.",
  ("United Nations", S, pos, "Organization of American States", "cooperation with the OAS = backing"))
# "The run-off between Jovenel Moïse ... had already been moved twice ..." = background narration, no row.
U(d, "Prime Minister Evans Paul said last week that negotiations", "break the impasse.",
  ("Haiti", T, neu, "", "talks with the opposition reported by the Prime Minister, inside a question"))
U(d, "The Special Representative is in contact with all the actors", "led by Haitians.",
  ("United Nations", N, neu, "", "procedural: contacts, not a party to the talks"))
