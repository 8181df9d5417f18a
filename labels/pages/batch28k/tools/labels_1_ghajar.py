# ------------------------------------------------------------------ Ghajar fence and the Kfarchouba tent (Lebanon's National News Agency, 2023-07-10)
d = "page_lebanon_ghajar_fence2023_nna.txt"
# Not statements: agency name, menu, breadcrumb, headline, time stamp, [PHOTO] caption, crossheads, ADVERTISEMENT, tags, share bar, most read, copyright.
# "NNA - Caretaker Prime Minister, Mr. Najib Mikati, received this afternoon ..." = a meeting in narration, no row.
# "The meeting dealt with the situation along the southern border ..." = narration, no row.
U(d, "Prime Minister Mikati affirmed to his guest that Lebanon remains committed", "international force in the South.",
  ("Lebanon", S, pos, "United Nations", "own commitment to 1701 + 'full trust' in UNIFIL = backing of the UN force (own commitment alone would be neutral)"))
U(d, "The Prime Minister considered that the barbed wire", "may result from it.",
  ("Lebanon", C, neg, "Israel", "'blatant assault', 'flagrant breach', holds Israel responsible = judgement; 'the Prime Minister' by title only"))
U(d, "He stressed that Lebanon does not seek escalation", "what it was before.",
  ("Lebanon", T, neg, "", "no escalation wanted + appeal to others to press Israel to halt, no judgement word in this unit = calling_for_talks; addressed to the international community, so no single target"))
U(d, "For his part, General Lázaro conveyed to the Prime Minister a request from the Israeli side", "Kfarchouba hills.",
  ("United Nations", N, neu, "", "UNIFIL commander relays a message = procedure, no position of his own"),
  ("Israel", T, neu, "", "Israel's request, reported by another party, to remove the tent: a demand with no judgement word = calling_for_talks (unsure: could be read as neutral)"))
U(d, "The UNIFIL commander told the Prime Minister that the mission was in constant contact", "misunderstanding on the ground.",
  ("United Nations", T, neu, "", "contacts with both sides to contain the situation = de-escalation effort"))
U(d, "Following the meeting, Minister Bou Habib made a statement", "commander of the international force.",
  ("Lebanon", N, neu, "", "procedural: the position was conveyed; surname after full name"))
U(d, "\"We told General Lázaro that the Israelis must withdraw", "the Minister said.",
  ("Lebanon", C, neg, "Israel", "demand to withdraw + 'occupied land' = a judgement (rule 1) (unsure: the demand alone would be calling_for_talks)"))
U(d, "Asked whether Lebanon would file a complaint with the Security Council", "maps and photographs.",
  ("Lebanon", C, neg, "Israel", "a complaint to the Council documenting the other side's works = a protest measure"))
# "In Ain el-Tineh, House Speaker Nabih Berri received General Lázaro ..." = meeting narration ('the two sides discussed'), no row.
U(d, "Speaker Berri was quoted by his media office as saying", "a subject of bargaining.",
  ("Lebanon", C, neg, "Israel", "second-hand attribution ('was quoted by his media office'); rejecting Israel's attempt to impose facts = judgement; the Speaker of Parliament speaks for Lebanon"))
U(d, "The Speaker also praised the sacrifices of the international force", "a model to be preserved.",
  ("Lebanon", S, pos, "United Nations", "praise of UNIFIL"))
U(d, "In a statement issued in the evening, UNIFIL spokesperson Andrea Tenenti said", "acceptable to both.",
  ("United Nations", T, pos, "", "working with the parties toward a solution = mediation"))
U(d, "\"We urge everyone to avoid any unilateral action", "Tenenti said.",
  ("United Nations", T, neu, "", "appeal to all for restraint and existing mechanisms; surname only"))
U(d, "The Army Command - Directorate of Orientation said in a communiqué", "through the tripartite mechanism.",
  ("Lebanon", N, neu, "", "the army speaks for its state; documenting works + follow-up with UNIFIL = facts and procedure"))
U(d, "In the same context, the Israeli enemy's Defence Minister, Yoav Gallant, threatened", "according to Israeli media.",
  ("Israel", C, neg, "", "threat of force if the tent stays; 'the Israeli enemy' is the agency's own wording, not a statement of Lebanon; target not named in the unit -> empty"))
U(d, "Israel's Permanent Representative to the United Nations, Gilad Erdan, had sent a letter", "violation of Israeli sovereignty.",
  ("Israel", C, neg, "", "letter of complaint calling the tents a violation = judgement; no actor named as their owner in the unit -> target empty"))
U(d, "Member of the Loyalty to the Resistance bloc, MP Hassan Fadlallah, said in a statement", "stand idly by.",
  ("Hezbollah", C, neg, "Israel", "the bloc is Hezbollah's; 'annexation' + veiled threat = condemning"))
U(d, "He added that the Lebanese state had a duty to pursue every diplomatic avenue", "every grain of soil\".",
  ("Hezbollah", T, neu, "Lebanon", "speaker carried over: appeal to the state to pursue diplomacy, with backing; rule 2 before rule 3"))
U(d, "The head of the Kfarchouba municipality, Mr. Qassem Zahreddine, told NNA", "lands near the hills.",
  ("Qassem Zahreddine", N, neg, "", "invented local official = independent person; fear and facts, no judgement"))
U(d, "\"We want the international force to remain among us", "he said.",
  ("Qassem Zahreddine", S, pos, "United Nations", "wish that UNIFIL stays = backing of the force"))
U(d, "Dr. Nadine Karam, professor of international law at the Lebanese University, said", "Lebanese side of the line.",
  ("Nadine Karam", N, neu, "", "invented scholar; a reading of the maps = fact"))
U(d, "Karam considered that the Israeli fence was a unilateral change", "up to the Security Council to reject it.",
  ("Nadine Karam", C, neg, "Israel", "surname only; judgement of the fence as a unilateral change"))
U(d, "The United States Embassy in Beirut said in a statement that Washington was following", "along the Blue Line.",
  ("United States", T, neu, "", "monitoring + encouragement of calm = appeal to all"))
U(d, "In Cairo, the Arab League's General Secretariat voiced its deep concern", "Middle East News Agency.",
  ("Arab League", N, neg, "", "concern with no appeal = neutral, negative; MENA is the carrier, not an actor"))
# "The French Ambassador, Hervé Magro, visited Minister Bou Habib ..." = meeting narration, no row.
U(d, "According to a statement from the Ministry, the Ambassador affirmed his country's support", "in which France participates.",
  ("France", S, pos, "Lebanon", "France's position reported by the Lebanese ministry ('according to a statement from'); support for stability and UNIFIL"))
