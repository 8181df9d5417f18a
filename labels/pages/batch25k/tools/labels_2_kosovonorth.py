# ------------------------------------------------------------------ Kosovo police raid in the north, Russian UNMIK staffer detained (EU spokesperson statement page, 2019-05-28/29)
d = "page_kosovo_north_raid_2019_euspokes.txt"
# Not statements: site menu, breadcrumb, title, date/ID line, print/share bar, section titles, "See also" links, sections, footer.
U(d, "The European Union is following closely the events of today", "police officers and civilians.",
  ("European Union", N, neg, "", "monitoring with no appeal = neutral; negative tone (injuries)"))
U(d, "Tackling organised crime is a legitimate task for the Kosovo police", "rule of law mission.",
  ("European Union", S, pos, "Kosovo", "approval of the aim of the operation; backing by its mission"))
U(d, "At the same time, all actions need to be carried out in a proportionate manner", "international personnel.",
  ("European Union", T, neu, "Kosovo", "appeal for proportionality and respect of rights, no judgement word"))
U(d, "We call on everyone on the ground, and on the leaderships in Pristina and Belgrade", "do their work.",
  ("European Union", T, neu, "", "appeal for calm to both sides -> target empty"))
U(d, "The European Union expects the detained staff member", "without delay.",
  ("European Union", T, neu, "Kosovo", "humanitarian demand + clarification, no judgement"))
U(d, "The EU-facilitated Dialogue remains the only framework", "without preconditions.",
  ("European Union", T, neu, "", "appeal to return to the dialogue, both sides"))
U(d, "The EU Rule of Law Mission in Kosovo (EULEX) stands ready", "in line with its mandate.",
  ("European Union", N, neu, "", "EULEX = EU; plan/procedure"))
U(d, "Asked whether Brussels had been told in advance", "throughout the day.",
  ("European Union", N, neu, "", "spokesperson named by role first; facts about contacts"))
U(d, "She said EULEX monitors had attended the first court hearings", "Tuesday evening.",
  ("European Union", N, neu, "", "'She' = Kocijancic; facts"))
U(d, "Kocijančič said the EU had taken note of the Kosovo interior ministry's statement", "19 police officers.",
  ("European Union", N, neu, "", "surname only; taking note = neutral"),
  ("Kosovo", N, neu, "", "Kosovo's position reported by the EU spokesperson: facts of the operation"))
U(d, "Journalists pointed to Serbian President Aleksandar Vučić's order", "came under attack.",
  ("Serbia", C, neg, "Kosovo", "reported by journalists (not actors): combat readiness order + warning = threat; journalists get no row"))
U(d, "Kocijančič said the EU had seen the decision and had been in touch with Belgrade", "in 2019\".",
  ("European Union", T, neg, "", "appeal against military steps with no judgement word; aimed at no named actor -> target empty"))
U(d, "Asked about the Russian foreign ministry's description of the operation as a provocation", "the UN's own inquiry.",
  ("Russia", C, neg, "Kosovo", "Russia's position inside a reported question: 'provocation' + beating claim"),
  ("European Union", N, neu, "", "declines to comment, refers to inquiry"))
U(d, "A Russian correspondent added that Foreign Minister Sergei Lavrov", "must be punished.",
  ("Russia", C, neg, "Kosovo", "second-hand (journalist relays Lavrov): demand + call for punishment"))
U(d, "Kocijančič noted that the UN Mission in Kosovo had itself complained", "a full account.",
  ("United Nations", C, neg, "Kosovo", "UNMIK = UN, reported by the EU spokesperson; complaint of excessive force = judgement"))
U(d, "Kosovo's President Hashim Thaçi, for his part, had said on Tuesday", "obstruct the police.",
  ("Kosovo", C, neg, "", "accusation against the individual staffer (not a canonical actor) -> target empty"))
U(d, "The question of immunity was for the United Nations and Kosovo's authorities", "Kocijančič said.",
  ("European Union", T, neu, "", "attribution tail; appeal to settle calmly, two parties -> target empty"))
U(d, "She also pointed to KFOR's statement that it had been informed", "under control.",
  ("NATO", N, neu, "", "KFOR = NATO; facts relayed by the spokesperson"))
U(d, "A reporter for a Pristina daily put to the spokesperson the view of Blerta Qerimi", "police road\".",
  ("Blerta Qerimi", C, neg, "", "invented professor (person), relayed by a reporter; judgement on the staffer's conduct (individual -> target empty)"))
U(d, "The spokesperson said she would not be drawn into a legal debate.", "The spokesperson said she would not be drawn into a legal debate.",
  ("European Union", N, neu, "", "declining to comment = neutral"))
U(d, "Kocijančič said the EU was in close contact with Washington", "let the courts work.",
  ("European Union", N, neu, "", "contacts = neutral"),
  ("United States", T, neu, "", "Kosnett's appeal to all sides, relayed in a relative clause"))
U(d, "\"Tuesday was a reminder of how quickly the north can slide", "the High Representative said.",
  ("European Union", T, neg, "", "multi-sentence quote closed by role; appeal to resume dialogue + offer to host"))
U(d, "\"Last night I spoke to President Vučić and to Prime Minister Haradinaj", "she went on.",
  ("European Union", T, neu, "", "speaker carried across the paragraph break ('she went on'); appeal to lower the tone"))
U(d, "Mogherini said Kosovo's 100 per cent tariff on goods from Serbia", "for talks to resume.",
  ("European Union", T, neg, "Kosovo", "demand addressed to one side to lift the tariff so talks resume, no judgement word = calling_for_talks (labels/README)"))
U(d, "Enlargement Commissioner Johannes Hahn said at the same press conference", "go to court.",
  ("European Union", T, pos, "Kosovo", "welcome joined to an appeal for calm, no judgement = calling_for_talks (rule 2 before rule 3)"))
