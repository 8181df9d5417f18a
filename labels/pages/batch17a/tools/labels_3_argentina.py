# ------------------------------------------------------------------ Colombia expels Argentine diplomats (Buenos Aires English weekly, full HTML, 2024-03-28)
d = "page_argentina_colombia_expulsion.html"
U(d, "Colombia's government on Wednesday ordered the expulsion", "Gustavo Petro.",
  ("Colombia", C, neg, "Argentina", "expelling diplomats = condemning (guide)"))
U(d, "The move followed excerpts of an interview", "a murderer and a terrorist.",
  ("Argentina", C, neg, "Colombia", "the president's insult of Petro reported = judgement of Colombia's head of state"))
U(d, "In a statement, the Colombian Foreign Ministry said it rejected", "Colombian voters.",
  ("Colombia", C, neg, "Argentina", "'rejected ... as insulting'"))
U(d, "The ministry said the remarks were not the first", "friendship.",
  ("Colombia", C, neg, "Argentina", "judgement: remarks wore down trust"))
U(d, "It added that the number of diplomats affected", "usual channels.",
  ("Colombia", N, neu, "", "procedure"))
U(d, "Camilo Romero, Colombia's ambassador in Buenos Aires", "latest insult.",
  ("Colombia", C, neg, "Argentina", "threatened response ('weighing every option') + 'insult'"))
U(d, "Presidential spokesman Manuel Adorni told his morning press conference", "the controversy.",
  ("Argentina", N, neu, "", "no notification, declines to escalate = neutral"))
U(d, "\"The President said what he thinks", "Adorni said.",
  ("Argentina", N, neu, "", "plays down the row, no judgement and no appeal (unsure)"))
U(d, "Foreign Minister Diana Mondino, speaking to a radio station", "dialogue open.",
  ("Argentina", C, neg, "Colombia", "'regretted the decision' = judgement of Colombia's act (guide: 'regrettable'), rule 1 over the hope for dialogue (unsure)"))
U(d, "Petro, for his part, did not mention Milei by name", "from anyone.",
  ("Colombia", C, neg, "", "rebuke without naming Argentina -> target empty"))
U(d, "In the same interview, Milei also called", "insults with insults.",
  ("Argentina", C, neg, "Mexico", "'ignorant' = judgement of Mexico's president"),
  ("Mexico", N, neu, "", "declines to reply in kind, no judgement, no appeal"))
