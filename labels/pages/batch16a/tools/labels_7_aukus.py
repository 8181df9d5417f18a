# ------------------------------------------------------------------ AUKUS and the cancelled French submarine contract (TV interview transcript, Q / THE MINISTER, 2021-09-18)
d = "page_aukus_tvinterview.txt"
U(d, "Because what happened this week is extremely serious.", "Because what happened this week is extremely serious.",
  ("France", C, neg, "", "Le Drian = France; judgement of the Australian and US announcements (two actors) -> target empty"))
U(d, "We learned that a contract worth tens of billions", "joint work with Australia.",
  ("France", C, neg, "Australia", "accusation: no warning after years of joint work"))
U(d, "Calling our ambassadors back is the way to show two old partners", "before anything else is decided.",
  ("France", C, neg, "", "recall of ambassadors = a measure in protest; two partners -> target empty"))
U(d, "Scott Morrison says he raised his doubts", "Australia's sovereign interest.",
  ("Australia", N, neu, "", "position reported inside the interviewer's question (as batch5c): Morrison defends his own decision, no judgement of France"))
U(d, "That is simply not how it happened.", "That is simply not how it happened.",
  ("France", N, neg, "", "rebuttal of Morrison's account = a denial: neutral, negative (unsure: it implies Canberra is not telling the truth)"))
U(d, "At the end of August our two defence and foreign ministers", "praised the submarine programme.",
  ("France", N, neu, "", "facts put forward by the speaker"))
U(d, "Whatever Canberra says today, it hid its plans", "the very last hour.",
  ("France", C, neg, "Australia", "accusation of concealment; Canberra = metonym"))
U(d, "The White House says it regrets the situation", "partner in the Indo-Pacific.",
  ("United States", S, pos, "France", "position reported inside the question: regret + 'France remains a vital partner' = approval of France"))
U(d, "Kind words after the event do not repair the damage.", "Kind words after the event do not repair the damage.",
  ("France", C, neg, "United States", "dismisses the US words as not repairing 'the damage' = judgement of the US act"))
U(d, "A partnership between allies means transparency and consultation", "we had neither.",
  ("France", C, neg, "United States", "accusation of no transparency or consultation, in the answer about Washington"))
U(d, "We will need clear explanations from Washington", "can be rebuilt.",
  ("France", T, neg, "United States", "demand for explanations with no judgement word in the sentence = calling_for_talks (as batch5c)"))
U(d, "The United Kingdom joined this arrangement as a junior partner", "to understand them.",
  ("France", C, neg, "United Kingdom", "disparaging jibe ('we know its habits') = negative judgement"))
U(d, "The Alliance is starting work on its new strategic concept", "weigh on those discussions.",
  ("France", N, neg, "", "assessment of consequences for NATO, no appeal and no judgement"))
U(d, "It also reminds Europeans that they have to take charge", "in the coming weeks.",
  ("France", N, neu, "", "own policy line and plan"))
