# ------------------------------------------------------------------ MH17 verdict of the Hague District Court (live blog, 2022-11-17)
# The court is an organ of the Dutch state and resolves to Netherlands (guide: state agencies resolve to their
# state; batch5c did the same with a Moscow court). Welcoming "the verdict" is therefore supporting, target Netherlands.
d = "page_mh17_verdict_liveblog.txt"
U(d, "Foreign Minister Penny Wong told reporters in Adelaide", "serve their sentences.",
  ("Australia", C, neg, "Russia", "'no doubt about Moscow's part' = holds Russia responsible + demand to hand the men over; Moscow = metonym; Adelaide = place"))
U(d, "Prime Minister Anthony Albanese, in Bangkok for the APEC summit", "eight years for answers.",
  ("Australia", S, pos, "Netherlands", "welcome of the verdicts = approval of the Dutch court's decision; Bangkok/APEC = place"))
U(d, "It says the Hague court bowed to political pressure", "material supplied by Kyiv.",
  ("Russia", C, neg, "Netherlands", "'It' = Russia's foreign ministry (previous sentence: no position); accusation of bias against the court; Kyiv only mentioned"))
U(d, "Earlier in the afternoon, deputy spokesman Ivan Nechaev had said only", "before commenting.",
  ("Russia", N, neu, "", "would study the ruling = plan, no evaluation"))
U(d, "Andrey Klishas, who chairs the Russian upper house's constitutional legislation committee", "never extradites its citizens.",
  ("Russia", N, neg, "", "legislator of a named state = Russia (as Senator Cardin = United States); refusal to extradite stated as law + 'no legal effect' = denial of consequences (neutral, negative); TASS only relays"))
U(d, "Ukrainian President Volodymyr Zelensky called the ruling an important decision", "The Hague.",
  ("Ukraine", S, pos, "Netherlands", "approval of the ruling"))
U(d, "\"The world saw today that a missile fired from occupied Donbas", "he wrote.",
  ("Ukraine", C, neg, "Russia", "'he' = Zelensky; accusation that the missile traces back to Moscow + warning to those who gave the order"))
U(d, "Foreign Minister Dmytro Kuleba thanked the Netherlands, Australia, Belgium and Malaysia", "Ukrainian investigators.",
  ("Ukraine", S, pos, "", "thanks = approval; four states addressed, none speaks -> target empty"))
U(d, "US Secretary of State Antony Blinken welcomed the convictions", "298 people who died.",
  ("United States", S, pos, "Netherlands", "welcome of the convictions"))
U(d, "He added that Russia's refusal to cooperate", "the families' suffering.",
  ("United States", C, neg, "Russia", "'He' = Blinken; blames Russia's non-cooperation"))
U(d, "The EU's foreign policy chief Josep Borrell said in a declaration", "establish accountability.",
  ("European Union", C, neg, "Russia", "'must accept its responsibility' = holds Russia responsible (judgement) + demand to cooperate (rule 1)"))
U(d, "Asked about the verdict at the noon briefing in New York", "demanded in 2014.",
  ("United Nations", T, neu, "", "spokesman for the SG; hope that every state cooperates with justice, no judgement and no state named = calling_for_talks; the Security Council's 2014 demand is background"))
U(d, "Prime Minister Mark Rutte told reporters in The Hague", "to account.",
  ("Netherlands", C, neg, "Russia", "expects Russia to respect the ruling + will hold the Russian state to account = judgement/announced response"))
U(d, "Foreign Minister Wopke Hoekstra said the Netherlands would pursue its case against Russia", "same determination.",
  ("Netherlands", C, neg, "Russia", "legal action against Russia at the ECHR = a measure pursued against another side"))
U(d, "The Public Prosecution Service said it would study the judgment", "was continuing.",
  ("Netherlands", N, neu, "", "prosecution service = state agency; plans and procedure"))
U(d, "Piet Ploeg, chairman of the MH17 Air Disaster Foundation", "named those responsible.",
  ("MH17 Air Disaster Foundation", S, pos, "Netherlands", "the relatives' foundation speaks through its chairman; relief at the verdict = approval (target = the court, Netherlands)"))
U(d, "\"For eight years we had to listen to lies from Moscow.", "outside the courthouse.",
  ("MH17 Air Disaster Foundation", C, neg, "Russia", "multi-sentence quote closed by 'he told reporters'; accusation of lying (Moscow = metonym)"))
U(d, "\"Now we want our government to go after the Russian state itself", "will hear us.\"",
  ("MH17 Air Disaster Foundation", C, neg, "Russia", "quotation continued over a paragraph break with no attribution = same speaker (Ploeg); demand for legal action against the Russian state (Netherlands only addressed)"))
U(d, "The court sentenced Girkin, Dubinskiy and Kharchenko to life in prison", "compensation to relatives.",
  ("Netherlands", C, neg, "", "court decision: punishment of three individuals (no canonical actor) -> condemning, target empty"))
U(d, "It acquitted Pulatov, finding no proof", "missile launcher.",
  ("Netherlands", N, neu, "", "'It' = the court; acquittal = procedure without judgement of an actor"))
U(d, "Presiding judge Hendrik Steenhuis said Russia had exercised overall control", "international armed conflict.",
  ("Netherlands", C, neg, "Russia", "judge speaks for the court; finding that Russia controlled the DPR forces = judgement on Russia's role (the DPR only mentioned)"))
U(d, "The judges said they had not been able to establish who ordered the Buk", "the order to fire.",
  ("Netherlands", N, neu, "", "finding of what could not be established = neutral"))
U(d, "In its opening words the court said it considered it proven that MH17 was brought down", "pro-Russian separatists.",
  ("Netherlands", N, neu, "", "finding of fact on the weapon and the launch site, no actor judged (the separatists hold the area, they are not blamed in the sentence)"))
U(d, "The judges said they had rejected every alternative scenario", "a Ukrainian fighter jet.",
  ("Netherlands", N, neu, "", "rejection of alternative scenarios = finding (neutral); Ukraine only mentioned"))
# No rows: key-point bullets, entry headings and timestamps; "Russia's foreign ministry has now reacted in a written
# statement." (no position); "Thirty-eight people who called Australia home ..." (narrative); Girkin's background and
# "He has not commented." (non-response); "None of the four attended the trial ..." (narrative); the 13:05 scene entry.
