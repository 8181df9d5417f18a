# ------------------------------------------------------------------ Akom ambush, Enga Province, Papua New Guinea (UN noon-briefing transcript, 19 February 2024)
d = "page_png_enga_akom_massacre2024_noonbriefing.txt"
# Not statements: site header, breadcrumb, date, transcript note, topic crossheads, "* * *", media contacts, disclaimer.
# Journalists' questions carry no position of the journalist; where a question reports a named actor's position, that actor gets a row.
U(d, "Good afternoon. I will start with Papua New Guinea", "in Enga Province on Sunday.",
  ("United Nations", N, neg, "", "'horrified' = alarm with no judgement on an actor and no appeal -> neutral, negative; the unit starts at the greeting (same sentence run)"))
U(d, "He condemns this senseless bloodshed and offers his deepest condolences", "Government of Papua New Guinea.",
  ("United Nations", C, neg, "", "condemnation of the killing (perpetrators unnamed -> target empty) + condolences: the judgement decides"))
U(d, "The Secretary-General calls on the authorities to investigate the killings swiftly", "to justice.",
  ("United Nations", T, neu, "Papua New Guinea", "appeal for an investigation and justice, no judgement = calling_for_talks (like demands for an inquiry)"))
U(d, "He also urges community leaders in the Highlands to do everything in their power", "cycle of retaliation.",
  ("United Nations", T, neg, "", "appeal to stop revenge violence"))
U(d, "Our Resident Coordinator in Papua New Guinea tells us that the UN team is in contact", "women and children.",
  ("United Nations", S, pos, "Papua New Guinea", "offer of support for peacebuilding and the displaced = supporting"))
U(d, "According to the police, at least 49 bodies had been recovered by this morning", "near Wapenamanda.",
  ("Papua New Guinea", N, neu, "", "casualty figure given by the state's police (a state agency) = neutral"))
U(d, "Turning to West Africa, the Secretary-General takes note of the decision of Senegal's Constitutional Council", "readiness to implement it.",
  ("United Nations", S, pos, "Senegal", "welcome of the government's readiness, no appeal in this unit = supporting"),
  ("Senegal", N, neu, "", "the government's stated readiness to implement the ruling, reported by the UN = Senegal's position: plan, neutral"))
U(d, "He encourages all Senegalese political actors to settle their differences through dialogue", "as soon as possible.",
  ("United Nations", T, pos, "", "dialogue + early election = calling_for_talks"))
U(d, "Our humanitarian colleagues tell us that the situation in Rafah remains extremely dangerous", "crammed into the area.",
  ("United Nations", N, neg, "", "OCHA's situation report: facts with alarm, no appeal"))
U(d, "Martin Griffiths, the Emergency Relief Coordinator, warned over the weekend", "humanitarian ceasefire.",
  ("United Nations", T, neg, "", "warning + appeal for a humanitarian ceasefire, no explicit judgement = calling_for_talks"))
U(d, "Question: Thank you, Steph. On Papua New Guinea. Prime Minister James Marape told parliament today", "terrorists against their own country.",
  ("Papua New Guinea", C, neg, "", "Marape's position reported in a question: arrest powers for soldiers (announced operation) + 'terrorists' = condemning; target = unnamed attackers -> empty"))
# "Does the Secretary-General support deploying the army?" = question, no row.
U(d, "Spokesperson: Decisions on the security measures are for the Government of Papua New Guinea.", "Government of Papua New Guinea.",
  ("United Nations", N, neu, "", "procedural line: the decision belongs to the government"))
U(d, "What we would ask is that whatever steps are taken fully respect human rights", "civilians are protected.",
  ("United Nations", T, neu, "Papua New Guinea", "appeal for rights and protection of civilians = calling_for_talks, addressed to PNG"))
U(d, "Question: Follow-up. The local police commander says the weapons used were high-powered rifles", "not home-made guns.",
  ("Papua New Guinea", N, neu, "", "the provincial police commander (state official) reported in a question: facts about the weapons"))
U(d, "Dr Joseph Kama of the Highlands Peace and Development Institute in Mount Hagen told us", "at election time.",
  ("Joseph Kama", N, neg, "", "invented researcher (person), quoted second-hand by a journalist: facts on the arms trade, no judgement of a named actor"))
U(d, "Spokesperson: We have long said that the spread of small arms fuels this kind of violence", "to control the trade.",
  ("United Nations", T, neu, "Papua New Guinea", "appeal to curb the arms trade to end violence = de-escalation appeal (unsure: not talks as such; could be neutral)"))
U(d, "Our colleagues in the country team have supported work on weapons management in the past", "to do so again.",
  ("United Nations", S, pos, "Papua New Guinea", "offer of assistance = supporting"))
U(d, "Question: A priest in Wabag, Father Peter Yakali, told our correspondent", "for two days.",
  ("Peter Yakali", N, neg, "", "invented witness (person), quoted second-hand: facts of displacement"))
# "Is there any humanitarian response?" = question, no row.
U(d, "Spokesperson: I am aware of those reports.", "those reports.",
  ("United Nations", N, neu, "", "procedural line"))
U(d, "We are checking with our team on the ground and with the provincial administration on the needs.", "on the needs.",
  ("United Nations", N, neu, "", "procedure, no position"))
# "I don't have figures for you on displacement yet, but as soon as I do, I will share them." = briefing housekeeping, no row.
# "Question: Has Papua New Guinea asked ..." = question, no row.
U(d, "Spokesperson: Not that I am aware of.", "Not that I am aware of.",
  ("United Nations", N, neu, "", "fact: no request known"))
# "There has been no request to the Secretariat." = a separate sentence giving the same fact: labelled.
U(d, "There has been no request to the Secretariat.", "to the Secretariat.",
  ("United Nations", N, neu, "", "fact given by the UN"))
U(d, "Question: Australia's Prime Minister Anthony Albanese said this morning that Canberra was ready", "if asked.",
  ("Australia", S, pos, "Papua New Guinea", "offer of police support reported in a question = backing by offer (supporting)"))
U(d, "Spokesperson: We welcome any support from Papua New Guinea's partners", "discuss the details.",
  ("United Nations", S, pos, "Papua New Guinea", "welcome of support to PNG; 'for the two Governments to discuss' is procedural = supporting"))
U(d, "Question: On Gaza, war cabinet minister Benny Gantz said over the weekend", "had not been freed.",
  ("Israel", C, neg, "", "announced operation conditional on the hostages = threat (condemning); target Hamas implied, not named -> empty"))
U(d, "Spokesperson: We have been very clear.", "very clear.",
  ("United Nations", N, neu, "", "procedural opener (unsure: could be left without a row)"))
U(d, "A full-scale assault on Rafah would be catastrophic for the people sheltering there.", "sheltering there.",
  ("United Nations", N, neg, "", "'would be catastrophic' = warning without an appeal (the appeal is the next sentence) -> neutral, negative (guide: 'any escalation would be dangerous')"))
U(d, "We continue to call for an immediate humanitarian ceasefire", "all hostages.",
  ("United Nations", T, neg, "", "ceasefire + hostage release appeal"))
# "Question: Steph, on Senegal, the opposition says the Government is still stalling." = the opposition is unnamed (no actor), no row.
U(d, "Spokesperson: I'm not going to characterize the positions of the parties.", "positions of the parties.",
  ("United Nations", N, neu, "", "declines to comment = neutral"))
U(d, "Our Special Representative for West Africa and the Sahel, Leonardo Santos Simão", "leave it there for now.",
  ("United Nations", T, neu, "", "the envoy in contact with all sides = mediation (calling_for_talks)"))
# "Okay. Thank you. Our guest today is ..." = housekeeping, no row.
