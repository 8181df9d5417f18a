# ------------------------------------------------------------------ Allenby crossing shooting (radio interview transcript with host's and guests' labels, 2024-09-08)
d = "page_jordan_allenby_shooting2024_radiointerview.txt"
# Not statements: station menu, breadcrumb, programme/broadcast lines, transcript disclaimer, [THEME MUSIC]/[BREAK], speaker labels, the host's questions and introductions, Related programmes, share line, copyright.
# "Good evening and welcome ... First, what we know." = host's introduction, no row.
# "A truck driver who had crossed from Jordan ..." = host's narration of the attack, no source, no row.
U(d, "The Israeli army said the attacker climbed out of his truck", "killed by security forces.",
  ("Israel", N, neu, "", "the army speaks for its state; own account of the incident = neutral"))
U(d, "Jordan's interior ministry said its preliminary findings showed the driver", "to have his body returned.",
  ("Jordan", N, neu, "", "findings + repatriation plan = facts/procedure"))
U(d, "Israeli authorities shut all three land crossings with Jordan", "closed from the Jordanian side.",
  ("Israel", N, neg, "", "closure at the security services' request, no protest stated = security measure, neutral (unsure: could be read as a sanction on Jordan); the Jordanian closure is passive narration"))
U(d, "Opening his cabinet meeting, Israel's prime minister, Benjamin Netanyahu, described", "on every front.",
  ("Israel", C, neg, "Iran", "attack blamed on a campaign directed from Tehran = accusation of Iran"))
U(d, "In Amman, government spokesman Mohammad Momani was quoted by the official Petra agency", "protect its borders.",
  ("Jordan", T, neg, "", "'was quoted as saying'; rejection of violence against civilians from any side = aimed at no one (an appeal), plus own border measures (unsure: could be condemning of the attack)"))
U(d, "Hamas, in a statement on its Telegram channel, hailed the shooting", "Israel's crimes in Gaza.",
  ("Hamas", C, neg, "Israel", "praise of the attack joined to 'Israel's crimes': the explicit judgement decides (rule 1)"))
U(d, "Jordan's main opposition party, the Islamic Action Front, praised the driver", "in his honour.",
  ("Islamic Action Front", S, pos, "", "praise of the attacker = approval of an act (supporting); the march is narration; the driver is no canonical actor -> target empty"))
U(d, "In Washington, a State Department spokesman said the United States condemned the killings", "officials in both countries.",
  ("United States", C, neg, "", "unnamed official of a named government; condemnation of the killings, attacker not canonical -> target empty"))
U(d, "He added that Washington wanted both governments to keep the crossing incident", "a wider escalation in the region.",
  ("United States", T, neu, "", "appeal against escalation addressed to two governments = calling_for_talks"))
# "With me now from Amman is Rana Haddadin ..." = host's introduction + question, no row.
U(d, "The first thing to say is that anger over Gaza in Jordan is very deep", "including the families of soldiers.",
  ("Rana Haddadin", N, neg, "", "invented former diplomat/analyst; description of public mood = neutral"))
U(d, "The government did the sensible thing by telling the public quickly", "handled the first hours well.",
  ("Rana Haddadin", S, pos, "Jordan", "approval of the Jordanian government's handling = supporting"))
U(d, "If the closures go on, they will hurt the Palestinians of the West Bank", "unfair and short-sighted.",
  ("Rana Haddadin", C, neg, "Israel", "judgement ('unfair and short-sighted') on using the closures to squeeze Jordan; the host's question carries no position"))
U(d, "What Jordan needs from Washington is real pressure for a ceasefire in Gaza", "where this anger comes from.",
  ("Rana Haddadin", T, neu, "United States", "appeal for a Gaza ceasefire through US pressure = calling_for_talks, addressed to Washington"))
U(d, "No, I don't see it; everything the ministry has released", "made a decision alone.",
  ("Rana Haddadin", N, neu, "", "rejects the 'cell' theory = denial, neutral"))
U(d, "For now, yes, and the security services will go over the inspection procedure", "with a pistol.",
  ("Eyal Ben-Ami", N, neu, "", "invented retired officer/researcher speaks for himself; expected procedure = neutral"))
U(d, "The people in Amman who marched tonight to celebrate", "doing their own country no favours.",
  ("Eyal Ben-Ami", C, neg, "", "judgement on the marchers (not a canonical actor) -> target empty"))
U(d, "Putting everything down to Tehran, as the prime minister did this morning", "a truck driver from Maan.",
  ("Eyal Ben-Ami", C, neg, "Israel", "criticism of Netanyahu's framing ('the prime minister' = Israel's by context) = judgement without a stock word"))
U(d, "The peace treaty has survived worse than this, and both governments should keep", "rather than trading accusations.",
  ("Eyal Ben-Ami", T, pos, "", "appeal to both governments to keep talking = calling_for_talks"))
U(d, "It will not break the treaty, but I hope it makes everyone in Washington and in Israel understand", "consequences for its neighbours.",
  ("Rana Haddadin", C, neg, "", "the war 'cannot simply go on' aimed at Washington and Israel = judgement on the war's conduct; two targets -> empty (unsure: could be read as a hope for the war to end, calling_for_talks)"))
U(d, "The Israel Airports Authority, which runs the terminal, said", "forklift and loading workers.",
  ("Israel", N, neu, "", "state agency = Israel; facts about the victims"))
U(d, "The Jordanian army's General Command said in a separate statement", "no tie to any unit.",
  ("Jordan", N, neu, "", "the army speaks for its state; facts distancing the institution = neutral"))
U(d, "Palestinian Islamic Jihad also welcomed the attack.", "Palestinian Islamic Jihad also welcomed the attack.",
  ("Palestinian Islamic Jihad", S, pos, "", "welcome of the attack = approval of an act; no canonical target"))
U(d, "And let's be honest: this government in Israel has spent months provoking Jordanians", "that too has a price.",
  ("Rana Haddadin", C, neg, "Israel", "accusation of provocation at Al-Aqsa = judgement"))
U(d, "The Islamic Action Front is entitled to its views", "the party knows it.",
  ("Rana Haddadin", C, neg, "Islamic Action Front", "judgement on the party's praise of the killing"))
U(d, "And Hamas cheering from Doha shows exactly what it is after", "against its own interests.",
  ("Eyal Ben-Ami", C, neg, "Hamas", "accusation of trying to drag Jordan into the war"))
