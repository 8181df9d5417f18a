# Guatemala: the Virgen de la Asuncion shelter fire (UN noon-briefing transcript, 2017-03-10)
d = "page_guatemala_hogarseguro_fire2017_noonbriefing.txt"
U(d, "I want to start with Guatemala, where the number of girls who have died", "has now risen to more than 35.",
  ("United Nations", N, neg, "", "toll given by the spokesman = facts from an actor (neutral); tone of grief"))
U(d, "The Secretary-General is deeply saddened by this tragedy", "Government and people of Guatemala.",
  ("United Nations", S, neg, "Guatemala", "spokesman conveys the SG's position = United Nations; grief + condolences to the government and people = solidarity (supporting, tone of grief)"))
U(d, "He calls for a swift and impartial inquiry", "before the courts.",
  ("United Nations", T, neg, "Guatemala", "call for an investigation and accountability without a judgement word = calling_for_talks; addressed to the Guatemalan authorities"))
U(d, "Our colleagues in the UN country team in Guatemala tell us", "hospitals in the capital.",
  ("United Nations", S, pos, "Guatemala", "UN country team offers support and psychosocial care = offer of assistance"))
U(d, "The UN Children's Fund (UNICEF) said today that the shelter", "at the time of the fire.",
  ("UNICEF", N, neg, "", "UNICEF is its own actor in the name files; figures on overcrowding, no blame stated"))
U(d, "UNICEF said the tragedy showed why children without parental care", "phased out across Latin America.",
  ("UNICEF", T, neu, "", "lesson drawn + renewed call to phase out institutions, no judgement = calling_for_talks; addressed to the region: target empty (unsure: a policy appeal, could be neutral)"))
U(d, "In Geneva, the Office of the High Commissioner for Human Rights noted that complaints", "several years before the fire.",
  ("United Nations", N, neg, "", "OHCHR = United Nations; 'In Geneva' = place; states that complaints had been raised, no explicit judgement = neutral, negative (unsure: implies the authorities ignored warnings)"))
U(d, "The Office said it had offered its technical expertise", "follow the case closely.",
  ("United Nations", S, pos, "Guatemala", "offer of technical help to the prosecutors = supporting"))
U(d, "He told the Council that some 20 million people in the four countries", "to avert a catastrophe.",
  ("United Nations", T, neg, "", "Emergency Relief Coordinator = United Nations; figures + appeal for humanitarian funds = calling_for_talks (asking for humanitarian help, labels/README)"))
U(d, "He also called on all parties in Yemen to allow safe and unimpeded humanitarian access", "port of Hudaydah.",
  ("United Nations", T, neu, "", "appeal for humanitarian access to all parties = calling_for_talks; target empty (all parties)"))
U(d, "President Jimmy Morales announced yesterday that the director of the shelter had been dismissed", "would be restructured.",
  ("Guatemala", N, neu, "", "position reported inside a journalist's question = Guatemala's statement (labels/README, 27th session); own measures announced = neutral"))
U(d, "It's not for me to grade the measures the Government has announced.", "the Government has announced.",
  ("United Nations", N, neu, "", "spokesman declines to judge the measures: no judgement, no appeal = neutral (transcript unit starts after the speaker label)"))
U(d, "What matters is that the investigation be thorough", "at every level.",
  ("United Nations", T, neu, "Guatemala", "appeal for a thorough investigation without judgement = calling_for_talks"))
U(d, "The Human Rights Ombudsman, Jorge de León Duque, says his office warned the authorities", "failed these girls.",
  ("Guatemala", C, neg, "", "position reported in a question; the state ombudsman resolves to Guatemala (state institution, labels/pages convention) and judges its own state: target empty (unsure)"))
U(d, "I think the facts that have come out so far are deeply disturbing.", "deeply disturbing.",
  ("United Nations", N, neg, "", "alarm without judgement of an actor and without an appeal = neutral, negative"))
U(d, "We will support any process that brings the truth to light", "victims and their families.",
  ("United Nations", T, pos, "", "backing for truth and justice for the victims, offered to no one in particular = an appeal for accountability without judgement (unsure: could be supporting, but no actor is backed)"))
U(d, "The Secretariat of Social Welfare has said the fire began when some of the girls set mattresses alight", "the night before.",
  ("Guatemala", N, neg, "", "position of a state secretariat reported in a question; its account of how the fire started = facts (negative tone; it shifts the cause onto the girls)"))
U(d, "I'm not going to get ahead of the investigators on how the fire started.", "on how the fire started.",
  ("United Nations", N, neu, "", "refusal to prejudge = no position on the cause; neutral"))
U(d, "The Inter-American Commission on Human Rights said this morning that the State bears responsibility", "protect the survivors.",
  ("Organization of American States", C, neg, "Guatemala", "position reported in a question; the IACHR is an alias of the OAS in the name files; 'the State bears responsibility' = holds Guatemala responsible (rule 1 over the appeal)"))
U(d, "We are aware of the Commission's statement, and we would echo the call", "returned to their families.",
  ("United Nations", T, neu, "Guatemala", "echoes an appeal for the protection of children in state care = calling_for_talks"))
U(d, "Not that I'm aware of, beyond the contacts I mentioned.", "the contacts I mentioned.",
  ("United Nations", N, neu, "", "answer of fact: no request received"))
U(d, "I would also note that the International Commission against Impunity in Guatemala, CICIG, has said", "if it is asked to do so.",
  ("CICIG", S, pos, "Guatemala", "position of CICIG reported by the spokesman = CICIG's statement (canonical in the name files); offer to support the prosecutors = supporting"))
U(d, "He said the appeals were badly underfunded", "after the briefing.",
  ("United Nations", N, neg, "", "'He' = O'Brien; funding shortfall stated as fact, no appeal in the sentence = neutral, negative"))
# no row: O'Brien's briefing listed as an event, "His remarks are
# available", the questions themselves ("Is that enough...?", "Do you agree with him?"), 
# "That is exactly what the inquiry needs to establish ...", greetings and furniture.
