# ------------------------------------------------------------------ Sourou: CAR troops' attack on a Chadian border post (Chad MFA statements page, 30 May - 7 June 2021)
d = "page_chad_sourou_border2021_mfastatements.txt"
# Not statements: masthead, menu, breadcrumb, page title, "Last updated", the translation note, item headings (COMMUNIQUÉ / READOUT / PRESS RELEASE + dates), Related, share bar, address, copyright.
# "On Sunday 30 May 2021, at about five in the morning, elements of the Central African armed forces ..." = the ministry's account of the attack: factual narration of the incident; labelled below as Chad's own account.
U(d, "On Sunday 30 May 2021, at about five in the morning", "held by twelve men of the Chadian defence and security forces.",
  ("Chad", C, neg, "Central African Republic", "the communiqué's own account: the ministry asserts CAR troops crossed and attacked = accusation by describing the other side's attack (rule 4 note)"))
U(d, "One Chadian soldier was killed on the spot", "put to death at Mbang, on the Central African side.",
  ("Chad", N, neg, "", "casualty figures given by the ministry; 'put to death' carries grief but no new judgement beyond the previous unit (unsure: could be condemning as an execution charge)"))
U(d, "The Government of the Republic of Chad holds the Central African Government answerable", "soldiers were taken alive and then shot.",
  ("Chad", C, neg, "Central African Republic", "holds CAR responsible; judgement without stock words"))
U(d, "It is the Government's view that the operation was prepared in advance", "on Chadian territory knowingly.",
  ("Chad", C, neg, "Central African Republic", "charge of premeditation = judgement"))
U(d, "Having written to the United Nations mission in the Central African Republic", "to defend its territory.",
  ("Chad", C, neg, "Central African Republic", "veiled threat of a response = condemning; the bodies written to are only addressed, no rows for them"))
U(d, "The Minister, Mr. Chérif Mahamat Zene, presents the condolences", "to the families of the fallen.",
  ("Chad", S, neg, "", "condolences to the bereaved families = sympathy/solidarity; no actor targeted"))
# "Minister Chérif Mahamat Zene spoke by telephone this evening with ..." = a call listed in narration, no row.
U(d, "The Chairperson of the Commission conveyed his sympathy", "help the two neighbours establish the facts.",
  ("African Union", S, neg, "Chad", "'the Chairperson of the Commission' = Faki for the AU; sympathy to Chad's bereaved + offer of help; the offer to both sides to establish facts is an offer of assistance (unsure: calling_for_talks)"))
U(d, "The Minister thanked the Chairperson for his concern", "those responsible to be named.",
  ("Chad", N, neu, "", "thanks (courtesy) + expectation that facts be established: demand for an inquiry, no new judgement (unsure: could be supporting AU)"))
# "The Minister of Foreign Affairs briefed the ambassadors accredited in N'Djamena ..." = a meeting, no row.
U(d, "In remarks to the ambassadors, the Minister recalled", "a poor way to repay that sacrifice.",
  ("Chad", C, neg, "Central African Republic", "reproach of ingratitude, judgement without stock words"))
U(d, "He stated that Chad had no intention of being drawn", "treated as a hunting ground.",
  ("Chad", C, neg, "Central African Republic", "pronoun = the Minister; reassurance + refusal aimed at CAR's conduct; the warning decides"))
U(d, "The Ambassador of France, who spoke on behalf of several partners", "any step that would widen the crisis.",
  ("France", T, neg, "", "regret for loss of life (no judgement on an actor) + appeal to both capitals = calling_for_talks; 'several partners' unnamed, no rows"))
U(d, "The Ministry takes note of the statement issued in Bangui on 31 May", "while denying that its army had crossed into Chad.",
  ("Central African Republic", T, neg, "Chad", "CAR's position reported by Chad: condolences + proposal of a joint inquiry + denial; the proposal is an offer of talks (rule 2); condolences alone would be supporting (unsure)"),
  ("Chad", N, neu, "", "'takes note' = procedural"))
U(d, "Chad considers that a denial issued before any inquiry has begun", "does not help the search for the truth.",
  ("Chad", C, neg, "Central African Republic", "judgement on CAR's denial"))
# "The Minister received Mr. Mankeur Ndiaye, ..." = a meeting, no row.
U(d, "Mr. Ndiaye said the United Nations mission had sent a team", "would share what it found with both Governments.",
  ("United Nations", N, neu, "", "MINUSCA head: plans and procedure"))
U(d, "According to the Special Representative, the Secretary-General wished", "away from the border strip.",
  ("United Nations", T, neu, "", "second-hand attribution; appeal for dialogue and disengagement"))
U(d, "The two parties agreed to remain in close contact.", "The two parties agreed to remain in close contact.",
  ("Chad", T, neu, "", "'the two parties' = Chad and the UN; agreeing to stay in contact = commitment to dialogue"),
  ("United Nations", T, neu, "", "same, the other party"))
U(d, "The Ministry welcomes the arrival in N'Djamena of a delegation", "Mr. Gilberto Da Piedade Verissimo.",
  ("Chad", S, pos, "ECCAS", "welcome of the regional body's mission"))
U(d, "The President of the Commission said the regional body would send a fact-finding mission", "before taking any further step.",
  ("ECCAS", T, neu, "", "plan + appeal to both sides to wait = calling_for_talks"))
U(d, "Minister Zene told the delegation that Chad accepted the principle", "provided that it began without delay.",
  ("Chad", T, neu, "", "agreeing to a joint inquiry, conditional = calling_for_talks"))
U(d, "Mr. Zene added that Chad would judge the Central African Government", "rather than by its words.",
  ("Chad", C, neg, "Central African Republic", "distrust of CAR's words = judgement (unsure: could be neutral)"))
# "At a round table organised by the Ministry's Diplomatic Academy, invited speakers ..." = narration, no row.
U(d, "Dr. Achta Mahamat Abdelkerim, a lecturer in public international law", "could not be settled by an apology.",
  ("Achta Mahamat Abdelkerim", C, neg, "", "independent scholar (invented); conditional judgement of the killing of captives; 'if confirmed' and no named perpetrator -> target empty"))
U(d, "Dr. Abdelkerim cautioned that the facts had still to be fixed independently", "should be revived at once.",
  ("Achta Mahamat Abdelkerim", T, neu, "", "surname only; appeal for an independent inquiry and a joint commission"))
U(d, "Mr. Djimadoum Ngarhodjim, a herder from the Mbéré area", "leading men towards the river.",
  ("Djimadoum Ngarhodjim", N, neg, "", "witness (invented): what he heard and saw, no judgement"))
U(d, "\"We live on both sides of this border", "Mr. Ngarhodjim said.",
  ("Djimadoum Ngarhodjim", N, neg, "", "fear of both armies, no judgement on one actor, no appeal = neutral negative"))
U(d, "The Ministry reports that the remains of the five soldiers", "in the presence of MINUSCA.",
  ("Chad", N, neu, "", "facts of the handover"))
U(d, "The Government of Chad thanks MINUSCA for its help", "repatriation of the bodies.",
  ("Chad", S, pos, "United Nations", "thanks/praise of MINUSCA's help"))
U(d, "The Government reaffirms that it is prepared to take part in the international inquiry", "open their side of the border to the investigators.",
  ("Chad", T, neu, "Central African Republic", "commits to the inquiry + appeal to CAR to let investigators in, no judgement"))
U(d, "Chad will keep the reinforcements it has sent", "until the inquiry reports.",
  ("Chad", N, neu, "", "own deployment stated as a plan, not announced against the other side (unsure: could be condemning as a military posture)"))
