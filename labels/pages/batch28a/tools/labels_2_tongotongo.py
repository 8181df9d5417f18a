# ------------------------------------------------------------------ Tongo Tongo ambush, Niger (State Department press briefing, 2017-10-05)
d = "page_niger_tongotongo_ambush2017_briefing.txt"
# Not statements: site name, breadcrumb, title block, index of topics, time stamps, journalists' questions as such,
# "Thank you", the closing line, DPB number, site disclaimer, Back to Top.
# "Good afternoon, everybody. I'd like to start with some sad news out of West Africa." = the spokesperson's link, no row.
U(d, "On behalf of the Secretary and everyone here at the State Department", "who were wounded.",
  ("United States", S, neg, "Niger", "condolences that include the partner's soldiers = sympathy with Niger (unsure: mostly condolences to own families)"))
U(d, "These soldiers were advising and assisting Nigerien security forces", "border with Mali.",
  ("United States", N, neu, "", "facts about the mission"))
U(d, "The people who carried out this attack have shown once again", "commitment to the region.",
  ("United States", C, neg, "", "judgement without a stock word ('nothing to offer ... except fear'); attackers not named -> target empty"))
U(d, "Niger has been a steadfast partner in the fight against terrorism", "the people of Niger.",
  ("United States", S, pos, "Niger", "praise + continued backing"))
U(d, "For operational details, I would refer you", "to AFRICOM.",
  ("United States", N, neu, "", "procedural line = neutral"))
U(d, "I'm not going to get ahead of the investigation", "speak to that.",
  ("United States", N, neu, "", "procedural non-answer on attribution"))
# "It's still very early." = no position, no row.
U(d, "Niger's defense minister, Kalla Moutari, told state radio this morning", "in the fighting.",
  ("Niger", N, neu, "", "journalist's question reporting a minister's facts = Niger's statement (labels/README: reported position in a question); origin of attackers + own losses, no judgement"))
# "Do you have any independent information on that?" / "We've seen those remarks." = no row.
U(d, "Our ambassador in Niamey has been in contact with the Nigerien government", "with them.",
  ("United States", N, neu, "", "diplomatic contacts, no position"))
U(d, "The Nigerien government has told us that it regards this as an attack on both", "we agree with that.",
  ("Niger", C, neg, "", "Niger's position relayed by the spokesperson: the attack as an assault on two states = judgement of the attackers (unsure: could be read as solidarity)"),
  ("United States", C, neg, "", "'we agree with that' adopts the same judgement"))
U(d, "Amadou Bagnou-Tessa, a researcher at the Sahel Governance Institute", "why they are there.",
  ("Amadou Bagnou-Tessa", C, neg, "", "invented independent researcher quoted inside a question; criticism of foreign forces (US and France) -> target empty"))
U(d, "I would take issue with that.", "take issue with that.",
  ("United States", N, neg, "", "rejection of a criticism = denial, neutral"))
U(d, "Our forces are in Niger at the invitation of the Government of Niger", "on their own.",
  ("United States", N, neu, "", "reassurance about own conduct"))
U(d, "I'd also point out that French forces responded very quickly", "to the Nigerien soldiers.",
  ("United States", S, pos, "France", "gratitude/praise"),
  ("France", S, neu, "", "France's act reported: air support to the patrol = backing by act; aimed at two forces -> target empty"))
U(d, "My understanding is that the French government has been in touch", "we appreciate that.",
  ("France", S, pos, "United States", "offer of further help = supporting (position relayed by the US spokesperson)"),
  ("United States", S, pos, "France", "'we appreciate that' = gratitude"))
U(d, "A herder near Tongo Tongo, Issaka Boube-Harouna, told a local journalist", "the shooting started.",
  ("Issaka Boube-Harouna", N, neu, "", "invented witness; a fact claim inside a question, no judgement"))
U(d, "That is exactly the kind of question the investigation will look at.", "will look at.",
  ("United States", N, neu, "", "procedural line"))
U(d, "We support the G5 Sahel Joint Force", "help it further.",
  ("United States", S, pos, "G5 Sahel", "support for a regional force + further help considered"))
U(d, "Amnesty International says at least 17 people were killed on Sunday", "English-speaking regions.",
  ("Amnesty International", C, neg, "Cameroon", "accusation made by describing security forces firing on protesters = condemning"))
U(d, "We are deeply troubled by the reports of violence", "the loss of life.",
  ("United States", N, neg, "", "concern with no appeal = neutral"))
U(d, "We call on the Government of Cameroon to respect the right", "through dialogue.",
  ("United States", T, neu, "", "appeal to the government and to all parties for restraint and dialogue, no judgement; two addressees -> target empty"))
U(d, "The Cameroonian government says the separatists attacked police stations first", "acted in self-defense.",
  ("Cameroon", C, neg, "", "reported in a question: blame put on the separatists (non-canonical -> target empty) + self-defence"))
U(d, "I've seen those claims, and I'm not going to be in a position", "from here.",
  ("United States", N, neu, "", "declines to judge = neutral"))
U(d, "What I will say is that restricting access to the internet", "grievances of citizens.",
  ("United States", C, neg, "Cameroon", "judgement without a stock word of the shutdown ('makes a bad situation worse', 'not the way')"))
U(d, "On Kenya, the opposition coalition says it will not take part", "is changed.",
  ("National Super Alliance", C, neg, "", "'the opposition coalition' = NASA by context; conditional boycott with a grievance against the commission (non-canonical) = refusal in protest"))
U(d, "We continue to encourage all Kenyan political leaders to work together", "on schedule.",
  ("United States", T, pos, "", "appeal for cooperation + hope for a peaceful vote"))
U(d, "Senators on the Armed Services Committee are saying", "deployed there.",
  ("United States", N, neg, "", "senators of a named body = US; complaint of not being told, no explicit judgement (unsure: could be condemning of the administration)"))
U(d, "That's a question for the Pentagon and for the committees.", "for the committees.",
  ("United States", N, neu, "", "procedural line"))
