# ------------------------------------------------------------------ Yemen: coalition strikes on the MSF-run Haydan hospital, Saada (UN noon-briefing transcript, 2015-10-28)
d = "page_yemen_haydanhospital2015_noonbriefing.txt"
# Not statements: menu, breadcrumb, title, date, transcript note, greetings, section heads, "I want to start with Yemen.",
# the reporters' bare questions, "Spokesman:"/"Question:" labels, "not an official record", footer.
U(d, "As you will have seen, last night we issued a statement in which the Secretary-General condemned", "the World Health Organization.",
  ("United Nations", C, neg, "Saudi Arabia", "Spokesman relays the SG's condemnation; the Saudi-led coalition = Saudi Arabia (project convention); MSF, UNICEF, WHO only mentioned"))
U(d, "According to MSF, the building was hit several times", "managed to get out.",
  ("Médecins Sans Frontières", N, neu, "", "MSF's account relayed: damage and injuries, no perpetrator named = facts"))
U(d, "The Secretary-General recalled that hospitals and medical personnel", "civilian infrastructure.",
  ("United Nations", T, neu, "", "protection of civilians, all parties"))
U(d, "He wants the incident investigated quickly, thoroughly and impartially", "there is accountability.",
  ("United Nations", T, neu, "", "demand for an impartial inquiry = calling_for_talks (labels/README)"))
U(d, "He also repeated his appeal to all the parties in Yemen to halt military operations", "without delay.",
  ("United Nations", T, neu, "", "appeal to stop the fighting, all parties"))
U(d, "Our Humanitarian Coordinator for Yemen, Johannes van der Klaauw, said", "for a long time.",
  ("United Nations", N, neg, "", "HC = UN; the hospital's reach and the loss = facts, grave tone, no appeal"))
U(d, "Mr. van der Klaauw added that hospitals across the country were running out", "without further delay.",
  ("United Nations", T, neg, "", "shortages + appeal to let fuel imports in = humanitarian access (calling_for_talks); no one judged"))
U(d, "The World Health Organization reports that dozens of health facilities", "reach them safely.",
  ("World Health Organization", N, neg, "", "figures without blame"))
U(d, "The Special Envoy for Yemen, Ismail Ould Cheikh Ahmed, continues his consultations", "the next round of talks.",
  ("United Nations", T, neu, "", "envoy preparing talks"))
U(d, "He told us that both the Government of Yemen and the Houthis have confirmed", "a date and venue soon.",
  ("Yemen", T, neu, "", "the government's readiness to attend talks, reported by the envoy (a position of X reported by Y)"),
  ("Houthis", T, neu, "", "same for the Houthis"),
  ("United Nations", T, pos, "", "the envoy's hope to announce the talks"))
U(d, "Turning to Syria, the Special Envoy, Staffan de Mistura, will travel to Vienna", "Friday's meeting on Syria.",
  ("United Nations", T, neu, "", "another item of the briefing: attending the Vienna talks; Vienna = place"))
U(d, "The Secretary-General welcomes the fact that the meeting will bring together", "led by Syrians.",
  ("United Nations", T, pos, "", "welcome + hope for a political process, no judgement = calling_for_talks (rule 2 before 3, labels/README)"))
U(d, "Following Monday's earthquake in north-eastern Afghanistan and northern Pakistan", "worst affected districts.",
  ("United Nations", S, neu, "", "aid sent = backing by act; two governments -> target empty"))
U(d, "Stéphane, the Saudi Ambassador, Abdallah al-Mouallimi, was quoted yesterday", "the wrong coordinates.",
  ("Saudi Arabia", N, neg, "", "position reported inside a reporter's question; hedged 'mistake' + the coordinates remark = deflection (unsure: putting the error on MSF could be condemning MSF)"))
U(d, "And today the Saudi mission put out a statement saying coalition aircraft did not strike", "at all.",
  ("Saudi Arabia", N, neg, "", "denial = neutral, negative (guide); the mission = Saudi Arabia"))
# "Which is it, and how does the Secretary-General know it was the coalition?" = the question itself, no row.
U(d, "The statement was based on the information available to us", "we stand by it.",
  ("United Nations", N, neu, "", "stands by its statement, gives its sources: procedural (unsure: could count as a renewed condemning)"))
U(d, "If there is any doubt about what happened, that is precisely what an impartial investigation would settle.", "would settle.",
  ("United Nations", T, neu, "", "the inquiry again"))
U(d, "MSF's director of operations, Isabelle Defourny, told a news conference in Paris", "who was responsible.",
  ("Médecins Sans Frontières", C, neg, "Saudi Arabia", "reported inside a question; coordinates shared weekly + 'no doubt about who was responsible' = holds the coalition responsible; Paris = place"))
# "Does the Secretary-General support MSF's demand that the coalition acknowledge the strike?" = the question itself, no row.
U(d, "We've been in close touch with MSF, and the Secretary-General very much shares their concern", "their patients.",
  ("United Nations", S, pos, "Médecins Sans Frontières", "solidarity with MSF's concern = supporting"))
U(d, "Hospitals and health workers are not targets", "has to respect that.",
  ("United Nations", T, neu, "", "protection of medical care, every party"))
U(d, "The Houthi spokesman, Mohammed Abdulsalam, accused the coalition", "was a crime.",
  ("Houthis", C, neg, "Saudi Arabia", "accusation + 'crime'"))
U(d, "He also said his group was still prepared to go to talks.", "to talks.",
  ("Houthis", T, neu, "", "'He' = Abdulsalam; readiness for talks"))
# "Your comment?" / "We've seen a lot of statements from all sides." = no position, no row.
U(d, "What we want to see is the parties at the table", "in the meantime.",
  ("United Nations", T, neu, "", "talks + end to fighting"))
U(d, "Amnesty International says it has documented strikes on hospitals", "an international inquiry.",
  ("Amnesty International", T, neg, "", "reported in a question; documentation + call for an inquiry, no side named = calling_for_talks"))
U(d, "Last month the Netherlands withdrew its draft resolution", "Human Rights Council.",
  ("Netherlands", N, neu, "", "withdrawal of a draft with no protest stated = neutral (labels/README); a specific act inside the question (unsure: could be left as background)"))
# "Will the Secretary-General ask the Council to set one up?" = the question itself, no row.
U(d, "That is for Member States to decide.", "to decide.",
  ("United Nations", N, neu, "", "declines to take a position = neutral"))
U(d, "The High Commissioner for Human Rights has been very clear", "supports him in that.",
  ("United Nations", T, neu, "", "independent investigation of all sides; the SG backs his own High Commissioner (same actor)"))
# "I have no calls to announce today." / travel answer = no position, no row.
