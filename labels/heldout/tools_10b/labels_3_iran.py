# ------------------------------------------------------------------ Iran's fuel-price protests and the crackdown (UN noon-briefing transcript, 2019-11-19)
d = "page_iran_fuelprotests_unreadout.txt"
U(d, "The Secretary-General is following with concern the reports", "since Friday.",
  ("United Nations", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "He is saddened by the loss of life", "who have died.",
  ("United Nations", N, neg, "", "'He' = the SG; condolences to victims' families, no actor judged or supported"))
U(d, "The Secretary-General calls on the security forces to exercise maximum restraint", "protest peacefully.",
  ("United Nations", T, neu, "", "restraint appeal to both the security forces and the demonstrators -> target empty"))
U(d, "He also stresses that the rights to freedom of expression", "access to information online.",
  ("United Nations", T, neu, "Iran", "appeal to respect rights (no judgement), in effect addressed to the authorities"))
U(d, "In Geneva this morning, the human rights office said", "very alarming.",
  ("United Nations", N, neg, "", "OHCHR = UN; relays reports of live fire and calls the toll alarming, no judgement of an actor and no appeal = neutral, negative (unsure: close to an accusation)"))
U(d, "Its spokesperson, Rupert Colville, told reporters that dozens of people", "hard to check.",
  ("United Nations", N, neu, "", "figures from the office's spokesperson = neutral, neutral tone"))
U(d, "The Office asked the authorities to rein in the security forces", "avoid violence.",
  ("United Nations", T, neg, "", "demand for restraint and independent investigations, no judgement word = calling_for_talks; addressed to both authorities and protesters -> target empty"))
U(d, "Separately, the Special Rapporteur on the situation of human rights in Iran, Javaid Rehman", "without delay.",
  ("United Nations", C, neg, "Iran", "Special Rapporteur = UN (name files); 'a serious violation' = judgement + demand (rule 1)"))
U(d, "Amnesty International said today that at least 106 people", "roofs of buildings.",
  ("Amnesty International", C, neg, "Iran", "position reported in a journalist's question; figures + describing gunmen firing into crowds = accusation (rule 4); the journalist is no actor"))
U(d, "We have no independent figures, and I would not want to put out a number", "stand behind.",
  ("United Nations", N, neu, "", "transcript unit after 'Spokesman:'; no figures of its own = neutral"))
U(d, "What is clear is that any loss of life in these circumstances is deeply regrettable.", "deeply regrettable.",
  ("United Nations", N, neg, "", "'regrettable' aimed at no actor (loss of life in general) = not a judgement on an actor: neutral, negative"))
U(d, "The Supreme Leader, Ayatollah Khamenei, has described those setting fire", "work of Iran's enemies.",
  ("Iran", C, neg, "", "Khamenei's position reported in a question; calls rioters thugs and blames unnamed enemies = judgement; no canonical target -> empty"))
U(d, "I'm not going to get into a commentary on the remarks of Iranian leaders.", "remarks of Iranian leaders.",
  ("United Nations", N, neu, "", "declines to comment = neutral"))
U(d, "Our message is the same to every Government facing protests", "through dialogue.",
  ("United Nations", T, neu, "", "appeal for dialogue opened after a colon, addressed to all governments facing protests"))
U(d, "Secretary of State Pompeo has voiced support for the protesters", "used against them.",
  ("United States", C, neg, "Iran", "surname only; support for the protesters (no canonical target) + the White House condemning lethal force: the judgement decides (rule 1); White House and Pompeo = one actor, one row"))
U(d, "Tehran's Foreign Ministry spokesman, Abbas Mousavi, called that sympathy hypocritical", "Washington has imposed.",
  ("Iran", C, neg, "United States", "'hypocritical' = judgement of the US position; Tehran's = possessive of the capital; Washington = metonym"))
U(d, "We are not going to pick sides between Member States on this.", "Member States on this.",
  ("United Nations", N, neu, "", "declines to take sides = neutral"))
U(d, "What matters is that people are able to protest safely", "international human rights law.",
  ("United Nations", T, neu, "Iran", "appeal to the authorities to respect their obligations, no judgement"))
U(d, "Its Mission here put out a note", "inflaming the situation.",
  ("Iran", C, neg, "", "the Permanent Mission = Iran, position reported in a question; calm returned (neutral) + blames foreign-based channels = judgement, not a canonical actor -> target empty.; 'Its' = the Iranian Government of the preceding question"))
U(d, "The Secretary-General's Office has been in contact with the Permanent Mission", "the usual channels.",
  ("United Nations", N, neu, "", "contacts reported, no position on an actor"))
U(d, "Germany has called the protests legitimate and urged Tehran", "several demonstrators.",
  ("Germany", T, neu, "Iran", "positions reported in a question; 'legitimate' protests (approval of protesters, not an actor) + urge to answer with dialogue = calling_for_talks; Tehran = metonym"),
  ("France", N, neg, "", "regret for the deaths, aimed at no actor = neutral, negative (second actor in the same sentence)"))
U(d, "The Secretary-General has called for dialogue in every one of these situations", "again today.",
  ("United Nations", T, neu, "", "renewed call for dialogue"))
U(d, "Iran's Revolutionary Guards have threatened a firm response", "disturbances continue.",
  ("Iran", C, neg, "", "IRGC = Iran (name files); threat against the protesters (no canonical target) = condemning"))
U(d, "Obviously, we are worried about any escalation of violence", "very closely.",
  ("United Nations", N, neg, "", "worry + monitoring with no appeal = neutral, negative (guide)"))
U(d, "On the internet, the monitoring group NetBlocks says connectivity", "since Saturday night.",
  ("NetBlocks", N, neu, "", "monitoring organisation giving a measured figure = its own actor (like SOHR), neutral; not a news agency"))
U(d, "The free flow of information is essential in any society", "as soon as possible.",
  ("United Nations", T, neu, "Iran", "hope that access is restored (addressed in effect to Tehran) = calling_for_talks"))
