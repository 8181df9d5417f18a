# ------------------------------------------------------------------ South China Sea arbitration award (Chinese MFA statement with numbered points, 2016-07-12)
d = "page_scs_arbitration_mfastatement.txt"
U(d, "With regard to the award issued on 12 July 2016", "bound by it in any way.",
  ("China", C, neg, "", "the Ministry = China; rejection of the award in protest = condemning; the Arbitral Tribunal is not a canonical actor (the PCA is only its registry) -> target empty"))
U(d, "The arbitration was launched unilaterally by the former government", "through bilateral consultation.",
  ("China", C, neg, "Philippines", "accusation of breaching an understanding; the Aquino government = Philippines"))
U(d, "In taking this step, the Aquino administration sought", "in the South China Sea.",
  ("China", C, neg, "Philippines", "accusation of bad faith ('under the cover of law')"))
U(d, "The Arbitral Tribunal had no jurisdiction", "declaration of 2006.",
  ("China", C, neg, "", "legal judgement on the Tribunal's action ('had no jurisdiction'); Tribunal not canonical -> target empty"))
U(d, "By extending its own powers and ruling on these matters regardless", "disregarded the basic facts.",
  ("China", C, neg, "", "judgement of the Tribunal (overreach, disregard of facts)"))
U(d, "China's sovereignty over Nanhai Zhudao", "consistent with international law.",
  ("China", N, neu, "", "restates its own claim, no judgement of another actor"))
U(d, "China opposes, and will never accept, any claim or action", "based on the award.",
  ("China", C, neg, "", "'opposes ... any claim or action based on the award' is aimed at the award and those who invoke it, not an appeal against escalation in general (unsure; target empty)"))
U(d, "The Ministry further stresses that China will continue to respect", "under international law.",
  ("China", N, pos, "", "reassurance about its own conduct = neutral, positive"))
U(d, "China remains committed to resolving the relevant disputes", "historical facts.",
  ("China", T, neu, "", "commitment to negotiation with 'the states directly concerned' (several) -> target empty"))
U(d, "The Ministry takes note of the positive signals", "as soon as possible.",
  ("China", T, pos, "Philippines", "welcome of the new government's signals + hope for a return to good ties with no judgement: rule 2 before rule 3 = calling_for_talks; Manila = metonym"))
U(d, "Pending a final settlement, China is willing to discuss", "relevant maritime areas.",
  ("China", T, neu, "", "offer of provisional arrangements and joint development = offer of talks"))
U(d, "At the same time, China will take all necessary measures", "as a pretext.",
  ("China", C, neg, "", "threatened response to 'any provocation' using the award (a threat decides); no one named -> target empty"))
