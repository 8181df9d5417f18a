# ------------------------------------------------------------------ Burkina Faso, Mali, Niger quit ECOWAS (West African regional paper, full HTML, 2024-01-29)
d = "page_aes_exit_webpage.html"
J = "joint communique of the three juntas: one row per state (junta = its state)"
U(d, "Burkina Faso, Mali and Niger announced on Sunday that they were leaving", "created to serve.",
  ("Burkina Faso", C, neg, "ECOWAS", "withdrawal in protest with the grievance stated = condemning (labels/README); " + J),
  ("Mali", C, neg, "ECOWAS", J),
  ("Niger", C, neg, "ECOWAS", J))
U(d, "In a joint communique broadcast on the state television channels", "consultations in recent weeks.",
  ("Burkina Faso", N, neu, "", "how the decision was taken = procedure, no judgement in this sentence; " + J),
  ("Mali", N, neu, "", J),
  ("Niger", N, neu, "", J))
U(d, "The communique said ECOWAS, under the sway of foreign powers", "source of solidarity.",
  ("Burkina Faso", C, neg, "ECOWAS", "accusation; the foreign powers are unnamed; " + J),
  ("Mali", C, neg, "ECOWAS", J),
  ("Niger", C, neg, "ECOWAS", J))
U(d, "It described the sanctions imposed on Niger and Mali", "against terrorist groups.",
  ("Burkina Faso", C, neg, "ECOWAS", "'It' = the communique; 'unlawful, inhuman'; " + J),
  ("Mali", C, neg, "ECOWAS", J),
  ("Niger", C, neg, "ECOWAS", J))
U(d, "\"Our peoples asked for a West Africa that protects them.", "the statement read.",
  ("Burkina Faso", C, neg, "ECOWAS", "multi-sentence quote closed by 'the statement read' = one unit; exit with the grievance = condemning; " + J),
  ("Mali", C, neg, "ECOWAS", J),
  ("Niger", C, neg, "ECOWAS", J))
U(d, "In Ouagadougou, the transitional government said in a separate note", "in the coming days.",
  ("Burkina Faso", N, neu, "", "'the transitional government' in Ouagadougou = Burkina Faso by context; procedure"))
U(d, "Niger's army-appointed Prime Minister Ali Lamine Zeine told state broadcaster RTN", "ready to invade it.",
  ("Niger", C, neg, "ECOWAS", "'the bloc' = ECOWAS by context; accusation; RTN = broadcaster, not an actor"))
U(d, "Mali's foreign minister, Abdoulaye Diop, said on Malian television", "non-interference.",
  ("Mali", T, neu, "", "conditional openness to cooperation = calling_for_talks (conditional offer); Bamako = Mali"))
U(d, "It said no formal written notification of a withdrawal had reached", "from any of the three capitals.",
  ("ECOWAS", N, neu, "", "'It' = the ECOWAS Commission (name files: ECOWAS); fact, no judgement"))
U(d, "The three countries remained valued members of the Community", "the Commission added.",
  ("ECOWAS", T, pos, "", "reported speech closed by an attribution tail; commitment to a negotiated solution, addressed to three states -> target empty"))
U(d, "Nigeria, which holds the rotating chairmanship of the bloc", "citizens of the Sahel first.",
  ("Nigeria", C, neg, "", "'regretted' the decision = judgement (guide: 'regrettable'); three states -> target empty; Nigeria speaks as a state here, not at a summit (unsure: could be ECOWAS)"))
U(d, "\"The door has not been closed,\" Foreign Minister Yusuf Tuggar told reporters in Abuja.", "told reporters in Abuja.",
  ("Nigeria", T, pos, "", "quote before the speaker; offer to talk; Abuja = place"))
U(d, "\"We want our brothers to come back to the table and talk", "do not stop at borders.\"",
  ("Nigeria", T, neu, "", "quote continued after its attribution = own unit, same speaker"))
U(d, "Senegal's foreign ministry said in a brief statement", "following developments closely.",
  ("Senegal", N, neg, "", "concern without an appeal = neutral, negative tone (guide)"))
U(d, "Togo's foreign minister, Robert Dussey, whose government has kept open channels", "open to their trade.",
  ("Togo", S, pos, "", "respect for their choice + keeping port and roads open = backing by act; three states -> target empty; Lomé = Togo"))
U(d, "The chairperson of the African Union Commission, Moussa Faki Mahamat, said he had learned", "with deep regret.",
  ("African Union", C, neg, "", "'deep regret' at the withdrawal = judgement (guide: 'regrettable'), three states -> target empty (unsure: could be neutral, regret as sorrow)"))
U(d, "He called on the region's leaders to step up fraternal dialogue", "stood ready to help.",
  ("African Union", T, pos, "", "'He' = Faki; appeal for dialogue + offer to help"))
