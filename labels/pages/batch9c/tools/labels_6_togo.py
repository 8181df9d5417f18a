# ------------------------------------------------------------------ Togo: protests against Faure Gnassingbé's new post put down in Lomé (UN noon briefing transcript, 2025-07-01)
d = "page_togo_protests_unbriefing.txt"
U(d, "The Secretary-General is following with concern the reports of deaths", "between 26 and 28 June.",
  ("United Nations", N, neg, "", "read out by the Deputy Spokesman for the SG = UN; concern with no appeal in the sentence = neutral, negative"))
U(d, "He offers his sincere condolences to the families", "lost their lives.",
  ("United Nations", S, neg, "", "condolences = solidarity (supporting) with grief in the tone; the families are not a canonical actor -> target empty"))
U(d, "The Secretary-General calls on the Togolese security forces to show maximum restraint", "keep their protests peaceful.",
  ("United Nations", T, neu, "", "restraint asked of the forces AND of the demonstrators, no judgement = calling_for_talks; two addressees -> target empty"))
U(d, "He stresses that all deaths must be investigated promptly", "held to account.",
  ("United Nations", T, neg, "", "demand for an investigation and accountability with no judgement word and no perpetrator named = calling_for_talks (README: demands for an investigation; unsure: 'held to account' leans to condemning)"))
U(d, "His Special Representative for West Africa and the Sahel, Leonardo Santos Simão", "among Togolese stakeholders.",
  ("United Nations", T, neu, "", "UNOWAS head (SRSG) = UN; contacts + offer to support dialogue = calling_for_talks; ECOWAS only mentioned; plain diplomatic wording -> neutral sentiment"))
U(d, "Our colleagues at the UN Human Rights Office tell us", "working to verify.",
  ("United Nations", N, neg, "", "OHCHR = UN; allegations being verified, not endorsed = neutral, negative"))
U(d, "They remind the authorities that the right of peaceful assembly", "solely for exercising it.",
  ("United Nations", T, neg, "Togo", "'They' = OHCHR; reminder of a right + urge the release of detainees, no judgement word = calling_for_talks addressed to the authorities (Togo)"))
U(d, "The Government in Lomé said in a communiqué on Sunday", "had drowned.",
  ("Togo", N, neg, "", "position reported inside a journalist's question; Lomé = metonym; the drowning account denies any link to the crackdown = neutral, negative"))
U(d, "Professor David Dosseh of the Front Citoyen Togo Debout says", "covering up killings.",
  ("Front Citoyen Togo Debout", C, neg, "Togo", "civil-society coalition under its own name (its spokesman speaks for it); accuses the authorities of a cover-up = condemning"))
U(d, "We are not in a position, from here, to establish", "these deaths.",
  ("United Nations", N, neu, "", "after the 'Deputy Spokesman:' label; declines to judge the government's account = neutral"))
U(d, "That is exactly why we want to see a credible and independent investigation", "cooperate with it fully.",
  ("United Nations", T, neu, "Togo", "call for an independent investigation and the authorities' cooperation = calling_for_talks, addressed to Togo"))
U(d, "ECOWAS put out a statement yesterday calling for restraint", "to choose dialogue.",
  ("ECOWAS", T, neu, "", "position reported inside a question = ECOWAS's statement; restraint + dialogue for all sides = calling_for_talks"))
U(d, "Mr. Simão is in regular contact with the ECOWAS Commission", "calm the situation.",
  ("United Nations", S, pos, "ECOWAS", "'fully back the efforts of the Commission' = backing of ECOWAS (supporting); the next sentence announces nothing (no row)"))
U(d, "The same Government communiqué says that foreigners who entered the country illegally", "many of whom live abroad.",
  ("Togo", C, neg, "", "reported inside a question: prosecution of 'ringleaders of a campaign of hatred and sedition' = threatened response and judgement; targets are unnamed activists -> target empty"))
U(d, "What we would want is for any legal process to respect due process", "including online.",
  ("United Nations", T, neu, "Togo", "appeal to respect due process and free expression, no judgement = calling_for_talks"))
U(d, "Amnesty International says it has confirmed three deaths", "the marks of a beating.",
  ("Amnesty International", N, neg, "", "toll and a family's account relayed, no blame assigned in the sentence = neutral, negative; its Togo director speaks for it"))
U(d, "The Office is following up on these reports", "details on a deployment.",
  ("United Nations", N, neu, "", "procedure; Geneva = place"))
U(d, "On Monday the Catholic bishops of Togo denounced", "by the security forces.",
  ("Episcopal Conference of Togo", C, neg, "Togo", "the bishops collectively = the episcopal conference; 'denounced the heavy-handed treatment' by the security forces = judgement of the state's forces"))
U(d, "We are not going to characterize the constitutional arrangements", "Member States.",
  ("United Nations", N, neu, "", "declines to call it a coup = neutral; the 'opposition figures' in the question are unnamed (no row)"))
U(d, "What matters is that Togolese of all views are able to take part", "dialogue to that end.",
  ("United Nations", T, neu, "", "encourages an inclusive process and dialogue = calling_for_talks; plain diplomatic wording -> neutral sentiment"))
