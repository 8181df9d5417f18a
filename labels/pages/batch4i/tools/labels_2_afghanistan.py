# ------------------------------------------------------------------ Taliban ban on women working for NGOs (UN noon briefing + round-up, 2022-12-27)
d = "page_afghanistan_ngo_unreadout.txt"
AF = "the Taliban-run de facto authorities speak for the state (as batch3g: Afghanistan)"
U(d, "The Secretary-General remains deeply troubled", "non-governmental organizations.",
  ("United Nations", N, neg, "", "concern without an appeal in this sentence (the appeal is in the next paragraph)"))
U(d, "The Secretary-General calls on the de facto authorities to withdraw", "without delay.",
  ("United Nations", T, neg, "Afghanistan", "appeal with no judgement word; " + AF))
U(d, "Yesterday in Kabul, the Deputy Special Representative", "to be revoked.",
  ("United Nations", T, neu, "Afghanistan", "meeting + request for revocation = diplomatic course; the minister takes no position here (no Afghanistan row)"))
U(d, "Mr. Alakbarov told the minister that the ban would cut off", "middle of winter.",
  ("United Nations", N, neg, "", "warning of consequences with no judgement word and no appeal = neutral, negative tone; unsure (could be read as condemning)"))
U(d, "The Emergency Relief Coordinator, Martin Griffiths, and the principals", "to work at all.",
  ("United Nations", C, neg, "Afghanistan", "OCHA/IASC -> United Nations (one actor for the joint statement); 'strikes at' = judgement without stock words"))
U(d, "\"We cannot deliver principled aid", "they said.",
  ("United Nations", T, neg, "Afghanistan", "multi-sentence quote closed by 'they said'; ask to reconsider + continued effort, no judgement word"))
U(d, "Our colleagues at the World Food Programme tell us", "required for registration.",
  ("World Food Programme", S, pos, "", "aid by act, relayed by the UN spokesman: the aid's source is the actor"))
U(d, "Farhan, the economy ministry's spokesman, Abdul Rahman Habib, said the ban", "hijab correctly.",
  ("Afghanistan", N, neu, "", "speaker label 'Question: ' excluded; the ministry's justification reported inside a question (position of X reported by Y); " + AF))
U(d, "We are not in a position to accept any explanation", "doing their jobs.",
  ("United Nations", C, neg, "Afghanistan", "speaker label excluded; rejecting the authorities' justification = judgement"))
U(d, "What we are asking for is very simple: reverse the decision.", "reverse the decision.",
  ("United Nations", T, neg, "Afghanistan", "demand after a colon, no judgement word (labels/README: demand to one side = calling_for_talks)"))
U(d, "Save the Children, the Norwegian Refugee Council, and CARE suspended", "ban be lifted.",
  ("Save the Children", C, neg, "Afghanistan", "list with Oxford comma: one row per organisation; suspension in protest with a grievance stated + demand = condemning"),
  ("Norwegian Refugee Council", C, neg, "Afghanistan", "joint statement, see Save the Children row"),
  ("CARE International", C, neg, "Afghanistan", "joint statement, see Save the Children row; 'CARE' -> CARE International"))
U(d, "The International Rescue Committee followed on Monday", "seeks clarity.",
  ("International Rescue Committee", N, neu, "", "suspension with no protest stated ('while it seeks clarity') = neutral, contrast with the row above"))
U(d, "Habib, the ministry spokesman, warned that any organization", "licence to operate.",
  ("Afghanistan", C, neg, "", "threat against non-complying aid groups = condemning; target = 'any organization' (no single actor); surname + role"))
U(d, "In Washington, Secretary of State Antony Blinken said the decision was reckless", "international community.",
  ("United States", C, neg, "Afghanistan", "'reckless' + warning of damaged relations; Taliban = the de facto government (" + AF + ")"))
U(d, "The ban shows a disregard for the welfare", "an EU spokesperson said.",
  ("European Union", C, neg, "Afghanistan", "object before the speaker; 'the bloc' = EU; review of its own aid as implied consequence"))
U(d, "Norway's Foreign Minister Anniken Huitfeldt said Oslo would continue to fund", "such restrictions.",
  ("Norway", S, neu, "", "funding pledge = supporting; the doubt about how agencies can work is concern, not a judgement of an actor; mixed tone -> neutral sentiment; unsure"))
U(d, "Qatar, which has hosted contacts with the Taliban, said it was ready", "to reconsider.",
  ("Qatar", T, neu, "Afghanistan", "offer of its channels + appeal to reconsider, no judgement; 'the authorities in Kabul' = Afghanistan"))
U(d, "Pakistan's Foreign Office spokesperson said Islamabad hoped", "best way forward.",
  ("Pakistan", T, pos, "Afghanistan", "hope + engagement over isolation = calling_for_talks"))
U(d, "The Organisation of Islamic Cooperation said the decision was disappointing", "role of women.",
  ("Organisation of Islamic Cooperation", C, neg, "Afghanistan", "'disappointing' + 'did not reflect ... Islamic teaching' = judgement without stock words"))
U(d, "Turkey said the measure had no basis in Islam", "urged its reversal.",
  ("Turkey", C, neg, "Afghanistan", "judgement + appeal in one sentence: rule 1"))
U(d, "Britain's minister for South Asia, Lord Ahmad of Wimbledon, said he was appalled", "partners in the region.",
  ("United Kingdom", C, neg, "Afghanistan", "'appalled by the ban' read as a moral judgement rather than mere alarm; unsure (could be neutral, negative)"))
