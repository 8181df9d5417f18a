# ------------------------------------------------------------------ Bozize's seizure of Bangui (UN noon briefing, 2003-03-17)
d = "page_car_bozize_bangui2003_unbriefing.txt"
# Not statements: site menu, breadcrumb, title, date, the note on what follows, the "Briefing highlights" bullets, section
# headings in capitals, "Thank you very much.", the "Not an official record" line, related documents, footer.
# Journalists are not actors: a question gets a row only where it carries a named actor's position (Patasse, Bozize's spokesman).
# Bozize's forces, and Bozize as the new head of state, speak for the Central African Republic (a junta speaks for its state);
# the ousted president Patasse is declared as a person in new_actors.csv.
U(d, "The Secretary-General informed the Security Council this morning that", "international staff from Iraq.",
  ("United Nations", N, neu, "", "another crisis on the same briefing; a decision on the UN's own staff = procedure"))
U(d, "He told Council members that humanitarian operations would continue", "more on the arrangements later today.",
  ("United Nations", N, neu, "", "plans for own operations"))
# "As you will have seen, we issued a statement yesterday afternoon on the events in Bangui." = lead-in, no row.
U(d, "The Secretary-General strongly deplores the overthrow by force", "through constitutional means.",
  ("United Nations", C, neg, "Central African Republic", "explicit judgement of the seizure of power; Bozize's authorities = the CAR actor"))
U(d, "He calls on General Fran\u00e7ois Boziz\u00e9 and the forces that followed him", "in the capital without delay.",
  ("United Nations", T, neu, "Central African Republic", "appeal to protect people and restore order, no judgement word = calling_for_talks"))
U(d, "The Secretary-General is also troubled by reports of widespread looting", "the path of dialogue.",
  ("United Nations", T, neg, "", "concern + appeal for dialogue = calling_for_talks, negative"))
# "This morning in Bangui, his Representative, General Lamine Cisse, met General Bozize." = a meeting narrated, no row.
U(d, "General Ciss\u00e9 told him that the international community expected a clear timetable", "personnel and property.",
  ("United Nations", T, neu, "Central African Republic", "the SG's Representative asks for a timetable and guarantees = appeal, no judgement"))
U(d, "General Boziz\u00e9, for his part, assured the Representative", "open to all political forces.",
  ("Central African Republic", N, pos, "", "reassurance about own conduct + plan of a transitional government = neutral, positive tone"))
U(d, "The Secretary-General spoke by telephone over the weekend with President Omar Bongo", "about the situation.",
  ("United Nations", N, neu, "", "contacts reported, no position stated (Bongo and Essy are objects, not speakers)"))
U(d, "A number of non-essential UN staff and dependants left Bangui", "remain in the city.",
  ("United Nations", N, neu, "", "facts about own staff; the French flight is narrated, not a French statement"))
U(d, "The Office for the Coordination of Humanitarian Affairs says an inter-agency assessment team", "security situation allows.",
  ("United Nations", N, neu, "", "OCHA = UN; plan"))
U(d, "The Security Council is holding consultations on Iraq this afternoon", "under \"other matters\".",
  ("United Nations", N, neu, "", "schedule of the Council"))
U(d, "The Central Organ of the African Union met in Addis Ababa this morning and condemned", "take power by force.",
  ("African Union", C, neg, "Central African Republic", "AU position reported by the UN spokesman = AU statement; the spokesman adds no position of his own in this sentence"))
U(d, "The Secretary-General supports the efforts of the African Union and of the leaders of the subregion", "constitutional order.",
  ("United Nations", S, pos, "", "support for the AU's and the subregion's efforts; two addressees -> target empty"))
U(d, "As for recognition, that is a matter for Member States, not for the Secretariat.", "not for the Secretariat.",
  ("United Nations", N, neu, "", "procedure; declines to take a position on recognition"))
# The Chad question ("There are reports that Chadian soldiers fought ...") carries unnamed reports only: no row.
U(d, "The Government of Chad has said publicly that it had no part in the attack on Bangui.", "the attack on Bangui.",
  ("Chad", N, neg, "", "Chad's denial reported by the spokesman = Chad statement; denial = neutral, negative tone"))
U(d, "I have no information that would allow me to confirm the reports or to rule them out.", "to rule them out.",
  ("United Nations", N, neu, "", "the spokesman neither confirms nor denies = neutral"))
U(d, "President Patass\u00e9 said from Yaound\u00e9 this morning that he had been driven out", "help restore him.",
  ("Ange-F\u00e9lix Patass\u00e9", C, neg, "", "question carrying the ousted president's position: calls his opponents 'mercenaries and traitors' (judgement) + asks for the UN's help; several/unnamed targets -> empty"))
U(d, "We have received no such request in writing", "a matter for the Security Council.",
  ("United Nations", N, neu, "", "procedure"))
U(d, "France has said that its soldiers are there to protect foreign nationals and to support the CEMAC force", "while the situation is unstable.",
  ("France", S, neu, "CEMAC", "France's position reported by the spokesman; troops kept to support the regional force = backing by act"))
U(d, "The Secretary-General extends his condolences to the Government of the Republic of the Congo", "in very difficult conditions.",
  ("United Nations", S, pos, "CEMAC", "condolences + tribute to the force = supporting; the tribute names CEMAC"))
U(d, "I understand that CEMAC heads of State will hold an extraordinary summit in Libreville", "the future of the force.",
  ("CEMAC", N, neu, "", "CEMAC's plan of a summit, reported by the spokesman"))
U(d, "General Bozizé has asked that the force stay in Bangui and help restore order", "according to our office there.",
  ("Central African Republic", T, neu, "CEMAC", "asks the regional force to stay and restore order: a request for help, not support given (labels/README: asking for help is calling_for_talks) (unsure: could be neutral)"))
U(d, "The Secretary-General has said clearly that he expects a rapid return to constitutional order", "not by what they announce.",
  ("United Nations", T, neu, "Central African Republic", "demand for a return to constitutional order with a wait-and-see clause, no judgement yet = calling_for_talks (unsure: the second clause is a veiled warning)"))
U(d, "General Bozizé's spokesman said today that the army had acted because the former Government", "unpaid for months.",
  ("Central African Republic", C, neg, "Ange-F\u00e9lix Patass\u00e9", "question carrying the new authorities' justification: blames the ousted government = condemning"))
# "I won't comment on that." = non-answer, no row.
U(d, "What matters to the Secretary-General now is that the people of Bangui are protected", "the looting stops.",
  ("United Nations", T, neu, "", "protection of civilians and an end to looting = calling_for_talks"))
U(d, "The Secretary-General remains concerned about the situation of the tens of thousands", "monitoring the border closely.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative; the refugee agency (UNHCR) = UN"))
# "Not at this stage." = fragment answer, no row.
U(d, "His Representative is on the ground and is in close contact with the African Union and with CEMAC.", "and with CEMAC.",
  ("United Nations", N, neu, "", "contacts reported, no position"))
