# ------------------------------------------------------------------ Egypt: the dispersal of the Rabaa and Nahda sit-ins, reactions (Reuters-style wire round-up, 2013-08-15)
d = "page_rabaa_dispersal_wire.txt"
U(d, "President Barack Obama on Thursday cancelled joint military exercises with Egypt", "deposed president Mohamed Mursi.",
  ("United States", C, neg, "Egypt", "dateline excluded; long lead carrying narration and the position: exercises cancelled + ties 'would not go on as before' = measure and warning; the 'governments around the world' are unnamed (no row)"))
U(d, "Egypt's health ministry said 578 people had died", "had been wounded.",
  ("Egypt", N, neu, "", "health ministry of the interim government = Egypt; casualty figures = neutral"))
U(d, "The Muslim Brotherhood, which says the true figure is several times higher", "after noon prayers.",
  ("Muslim Brotherhood", C, neg, "Egypt", "accusation of a massacre ('the army' = Egypt) + call to march; its higher toll in the relative clause is part of the same row"))
U(d, "Gehad El-Haddad, a spokesman for the movement, said", "opened fire on the police.",
  ("Muslim Brotherhood", N, neg, "", "'the movement' = the Brotherhood by context; denial = neutral, negative"))
U(d, "\"We will keep to peaceful protest whatever happens.", "by telephone.",
  ("Muslim Brotherhood", N, neu, "", "two-sentence quote closed by its speaker (surname only); commitment about its own conduct, no appeal to anyone else, no judgement = neutral"))
U(d, "Mohamed ElBaradei, the Nobel peace laureate who had served as interim vice president", "the use of force.",
  ("Mohamed ElBaradei", C, neg, "Egypt", "resignation in protest at the crackdown = refusal in protest (condemning). ElBaradei is his own actor: he leaves the government in protest and no longer speaks for it (unsure: Egypt is defensible for a sitting vice president)"))
U(d, "In his letter to interim President Adly Mansour, ElBaradei wrote", "would cost lives.",
  ("Mohamed ElBaradei", C, neg, "Egypt", "judgement without strong words: a negotiated end was within reach, the course chosen would cost lives"))
U(d, "Mansour accepted the resignation on Thursday, the presidency said.", "the presidency said.",
  ("Egypt", N, neu, "", "procedure with an attribution tail"))
U(d, "Prime Minister Hazem el-Beblawi said in a televised address", "their self-restraint.",
  ("Egypt", N, neu, "", "justification of its own operation and praise of its own police, no judgement of another actor (unsure: 'mediation failed' implies blame on the Brotherhood, not stated)"))
U(d, "Interior Minister Mohamed Ibrahim told a news conference", "anywhere else.",
  ("Egypt", C, neg, "Muslim Brotherhood", "threat against the other side ('deal firmly with any attempt') = condemning"))
U(d, "The presidency said a month-long state of emergency", "would stay in force.",
  ("Egypt", N, neu, "", "measure in force at home, no other side named = neutral (procedure)"))
U(d, "In a statement issued late on Thursday, it said Washington had misread events", "against the state.",
  ("Egypt", C, neg, "United States", "'it' = the presidency; judgement without strong words of Washington's criticism (metonym)"))
U(d, "Turkey's stance amounted to meddling in Egypt's internal affairs", "for consultations.",
  ("Egypt", C, neg, "Turkey", "possessive before the speaker ('Turkey's stance' is not a speaker); attribution tail; judgement + ambassador recalled = measure"))
U(d, "Speaking from his holiday on Martha's Vineyard, Obama said:", "in the streets.",
  ("United States", C, neg, "Egypt", "quotation opened after a colon and left open (continues in the next paragraph); 'cannot look the other way when civilians are shot down' = accusation made by describing the attacks on civilians"))
U(d, "\"The authorities in Cairo need to end emergency rule", "Egypt's political forces.",
  ("United States", T, neg, "Egypt", "the same quotation continued over the paragraph break; demand to end emergency rule + dialogue for every party, no judgement word = calling_for_talks"))
U(d, "Turkish Prime Minister Tayyip Erdogan said those who stayed silent", "U.N. Security Council.",
  ("Turkey", C, neg, "", "blame on 'those who stayed silent' (the West, not a canonical actor) + request for a Council session: rule 1; target empty"))
U(d, "President Abdullah Gul said nothing could justify turning weapons", "crowds of demonstrators.",
  ("Turkey", C, neg, "Egypt", "no state word: Turkey by the crosshead and the previous sentence; 'nothing could justify' = judgement of the security forces' act"))
U(d, "Qatar, whose financial support for Mursi's government angered the army", "QNA reported.",
  ("Qatar", C, neg, "Egypt", "judgement without strong words ('could only deepen Egypt's divisions') + appeal for dialogue: rule 1; QNA only carries the statement"))
U(d, "The United Arab Emirates said Egypt's government had every right to enforce the law", "news agency WAM.",
  ("United Arab Emirates", S, pos, "Egypt", "approval of the operation without a support word; WAM only carries the statement"))
U(d, "In Riyadh, an official source quoted by the Saudi Press Agency", "destabilise the country.",
  ("Saudi Arabia", S, pos, "Egypt", "unnamed official of a named government = Saudi Arabia; Riyadh = place; SPA only carries it"))
U(d, "Jordan's government spokesman, Mohammad al-Momani, said Amman supported Egypt", "rule of law.",
  ("Jordan", S, pos, "Egypt", "backing; Amman = metonym"))
U(d, "U.N. Secretary-General Ban Ki-moon was alarmed by the number of dead", "his spokesman said.",
  ("United Nations", T, neg, "", "alarm + appeal to all Egyptians, no judgement = calling_for_talks; attribution tail"))
U(d, "After closed-door consultations on Thursday, Argentina's U.N. ambassador", "must hold back.",
  ("United Nations", T, neg, "", "the Council president speaks for the Council (guide: the chair speaks for the body), not for Argentina; appeal to both sides"))
U(d, "European Union foreign policy chief Catherine Ashton welcomed", "her spokesman said.",
  ("European Union", T, neu, "Egypt", "welcome + appeal (end the emergency, free detainees) with no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "EU envoys will meet in Brussels on Monday to review", "an EU official said.",
  ("European Union", N, neu, "", "unnamed official of a named body = EU; announced meeting = plan (neutral); the Minya attacks from witnesses that follow get no row"))
