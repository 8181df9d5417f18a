# ------------------------------------------------------------------ The Ogossagou massacre, central Mali (UN noon-briefing readout, 2019-03-25)
d = "page_ogossagou_massacre_2019_unreadout.txt"
# Not statements: site bar, breadcrumb, title, date, the intro line, section markers (**Mali, **Reactions ...), the noon-guest note,
# "For information media", Related:, share bar, copyright. The journalist's question is not a statement.
U(d, "The Spokesman recalled the statement issued on Saturday evening", "Mopti region.",
  ("United Nations", N, neg, "", "Secretary-General appalled + toll = alarm without an appeal: neutral, negative"))
U(d, "The Secretary-General denounced the attack as an atrocity", "before the courts.",
  ("United Nations", C, neg, "", "judgement ('atrocity') + demand for an inquiry: rule 1; perpetrators unnamed -> target empty"))
U(d, "He also sent his sympathy to the bereaved families", "too much already.",
  ("United Nations", S, pos, "Mali", "condolences to the country = sympathy/solidarity (unsure: template batch22a read condolences as neutral)"))
U(d, "The Spokesman said the UN Multidimensional Integrated Stabilization Mission in Mali", "carried the wounded to Sévaré.",
  ("United Nations", S, pos, "", "MINUSMA = United Nations; protection and evacuation given = backing by act; aimed at the villagers -> target empty"))
U(d, "Asked by a journalist whether peacekeepers could have prevented the killings", "responsibility of the State.",
  ("United Nations", N, neu, "", "explanation of the mission's limits; the journalist is not an actor"))
U(d, "He said the Mission would send a human rights team", "what had happened.",
  ("United Nations", N, neu, "", "plan"))
U(d, "Speaking in Bamako, the Special Representative of the Secretary-General for Mali", "escape justice.",
  ("United Nations", C, neg, "", "SRSG = United Nations; 'a crime' = judgement; unnamed authors -> target empty"))
U(d, "\"Central Mali cannot afford another cycle of revenge", "Mr. Annadif said.",
  ("United Nations", T, neg, "", "appeal for protection of communities and disarmament, no judgement"))
# "A delegation of the Security Council ... held a press conference in Bamako ..." = narration, no row.
U(d, "Speaking on behalf of the delegation, the President of the Council for March", "in their grief.",
  ("United Nations", C, neg, "", "Council president speaking for the delegation = United Nations (guide: chair of a body); condemnation + solidarity: rule 1"))
U(d, "Mr. Delattre said the Council expected the Government to restore State authority", "disarming armed groups.",
  ("United Nations", T, neu, "Mali", "expectation addressed to the government (security and disarmament), no judgement word (unsure: 'move faster' is a mild reproach)"))
U(d, "Côte d'Ivoire's Permanent Representative, Kacou Houadja Léon Adom", "care for the survivors.",
  ("Ivory Coast", S, pos, "Mali", "offer of support by his own country = supporting"))
U(d, "Germany's Permanent Representative, Christoph Heusgen, the third co-lead, said", "renewed in June.",
  ("Germany", T, neu, "", "pursuing protection of civilians in a UN mandate = calling_for_talks (labels/README)"))
U(d, "The Office of the UN High Commissioner for Human Rights (OHCHR) said", "since the start of 2018.",
  ("United Nations", N, neg, "", "alarm + figures without an appeal = neutral, negative"))
U(d, "The Office urged the authorities to ensure that the investigation", "justice and reparation.",
  ("United Nations", T, neu, "Mali", "appeal for an independent inquiry, no judgement"))
U(d, "The Office for the Coordination of Humanitarian Affairs (OCHA) said", "in the past year.",
  ("United Nations", N, neu, "", "figure"))
U(d, "The UN Children's Fund (UNICEF) said it was sending medical supplies", "Sévaré and Bankass.",
  ("UNICEF", S, pos, "", "aid sent = supporting; aimed at the population -> target empty"))
U(d, "The Chairperson of the African Union Commission, Moussa Faki Mahamat, condemned", "community against community.",
  ("African Union", C, neg, "", "condemnation + appeal: rule 1; perpetrators unnamed"))
U(d, "The Commission of the Economic Community of West African States (ECOWAS) said", "secure the centre.",
  ("ECOWAS", S, pos, "Mali", "backing of the government"))
U(d, "France's Ministry for Europe and Foreign Affairs said Paris strongly condemned", "armed forces and MINUSMA.",
  ("France", C, neg, "", "condemnation + continued support: rule 1; target empty (unnamed attackers)"))
U(d, "The Government of Mali announced on Sunday that it had dissolved", "of the armed forces.",
  ("Mali", C, neg, "Dan Na Ambassagou", "dissolution of the militia = measure against another side; survivors' accusation is narration"))
U(d, "\"No association, however old its traditions, will carry weapons", "told a news conference.",
  ("Mali", C, neg, "", "warning to armed associations in general -> target empty"))
U(d, "President Ibrahim Boubacar Keïta declared three days of national mourning.", "national mourning.",
  ("Mali", N, neg, "", "act of mourning, no judgement or appeal"))
U(d, "Mali's Permanent Representative, Issa Konfourou, told the Spokesman's Office", "intelligence support.",
  ("Mali", S, pos, "United Nations", "welcome of the Council's solidarity; the request for helicopters is not supporting (labels/README) but the welcome is"))
U(d, "Dan Na Ambassagou, in a statement sent to media in Bamako, denied", "its dissolution.",
  ("Dan Na Ambassagou", C, neg, "Mali", "denial + refusal to accept the government's decision, in protest (unsure: the denial alone would be neutral)"))
U(d, "The Fulani association Tabital Pulaaku accused the authorities", "in the Bankass area.",
  ("Tabital Pulaaku", C, neg, "Mali", "accusation of arming/tolerating the militias + demand"))
U(d, "Mariam Sow, a researcher at the Bamako-based Centre for Sahel Studies", "went unheeded.",
  ("Mariam Sow", N, neg, "", "invented researcher; warnings unheeded, no actor named (unsure: implicit reproach of the state)"))
U(d, "\"Everyone in Mopti knew the militias were mobilising", "Ms. Sow said.",
  ("Mariam Sow", C, neg, "Mali", "judgement of the state's dissolution as empty"))
U(d, "She called on the Government and the Dogon and Fulani community leaders", "before the rainy season.",
  ("Mariam Sow", T, neu, "", "appeal for talks under UN auspices"))
U(d, "Hamadoun Dicko, a herder who survived the attack", "set fire to the huts.",
  ("Hamadoun Dicko", N, neg, "", "invented named survivor (person); account of the attack"))
U(d, "\"I lost my two brothers and my mother", "Mr. Dicko said.",
  ("Hamadoun Dicko", T, neg, "", "grief + appeal for justice and protection of children = calling_for_talks (protection of civilians)"))
