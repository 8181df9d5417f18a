# ------------------------------------------------------------------ Tunisia: Saied freezes parliament (AP-style wire, 2021-07-26)
d = "page_tunisia_saied_wire.txt"
U(d, "Tunisia's president on Monday defended his decision", "after the Arab Spring.",
  ("Tunisia", N, neu, "", "dateline 'TUNIS, Tunisia (AP) — ' excluded; long lead sentence: the president defending his own decision = neutral"),
  ("Ennahda", C, neg, "Tunisia", "second actor in the lead: 'the country's largest party' = Ennahda by context; accusation aimed at the president (state)"))
U(d, "President Kais Saied announced late Sunday", "until order returned.",
  ("Tunisia", N, neu, "", "own measures announced (domestic, not aimed at another canonical actor)"))
U(d, "\"Those who are tempted to reach for weapons", "security chiefs.",
  ("Tunisia", C, neg, "", "multi-sentence quote closed by its speaker; threat ('the armed forces will answer them') aimed at unnamed opponents -> target empty"))
U(d, "He insisted on Monday that the measures rested on Article 80", "right or freedom.",
  ("Tunisia", N, neu, "", "'He' = Saied; legal justification + reassurance about own conduct = neutral (labels/README)"))
U(d, "The presidency rejected the description of the measures as a coup", "had passed.",
  ("Tunisia", N, neg, "", "denial of the 'coup' accusation = neutral, negative tone; attribution tail 'saying in a statement'"))
U(d, "\"This is a coup, plain and simple", "at the gates.",
  ("Ennahda", C, neg, "Tunisia", "parliament speaker speaking as Ennahda leader -> party; 'coup' judgement"))
U(d, "He later appealed to the president to step back and open a national dialogue", "end the standoff.",
  ("Ennahda", T, neu, "Tunisia", "'He' = Ghannouchi; appeal for national dialogue + offer of early elections, no judgement in the sentence"))
U(d, "Ennahda said in a statement that several of its offices", "to its members.",
  ("Ennahda", C, neg, "Tunisia", "'fully responsible' = holding the president responsible"))
U(d, "Mechichi, in his first comments since his dismissal", "of a transfer.",
  ("Hichem Mechichi", N, neu, "", "dismissed PM speaks for himself (no longer for the state); compliance, no evaluation"))
U(d, "In the working-class district of Ettadhamen, Mounir Ayari", "never dared.",
  ("Mounir Ayari", S, pos, "Tunisia", "named resident (invented) = independent person; approval of the president's move"))
U(d, "\"Saied did the right thing.", "he said.",
  ("Mounir Ayari", S, pos, "Tunisia", "quote continued in the same paragraph, same speaker; praise"))
U(d, "The powerful UGTT labour federation", "condemning the decision.",
  ("Tunisian General Labour Union", N, neu, "", "'stopped short of condemning' = neutral (labels/README, written sentences)"))
U(d, "In a statement after an emergency meeting of its executive bureau", "functioning of institutions.",
  ("Tunisian General Labour Union", T, neu, "Tunisia", "'the union' by context; demands guarantees/timetable + return to normal institutions: appeal without judgement"))
U(d, "Its secretary-general, Noureddine Taboubi, said the union would not sign", "for years.",
  ("Tunisian General Labour Union", C, neg, "", "'Its' = the UGTT; warning + judgement on the political class (non-canonical) -> target empty; unsure, the blank-cheque line could be read as neutral"))
U(d, "Foreign Minister Othman Jerandi, who spent the day on the phone", "the foreign ministry said.",
  ("Tunisia", N, neu, "", "minister with no state word; reassurance to partners; attribution tail"))
U(d, "In Washington, White House press secretary Jen Psaki told reporters", "officials there.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative; Washington = place"))
U(d, "She said the State Department was still assessing whether", "U.S. assistance.",
  ("United States", N, neu, "", "procedure (legal review); the aid consequence is stated as law, not as a threat; unsure, could be read as a veiled threat"))
U(d, "Secretary of State Antony Blinken spoke with Saied by phone", "State Department readout.",
  ("United States", T, neu, "Tunisia", "encouragement to stay democratic and to keep talking with all = appeal for dialogue"))
U(d, "The European Union's foreign policy chief, Josep Borrell, urged", "had to be avoided.",
  ("European Union", T, neu, "Tunisia", "appeal to restore parliament and avoid violence, no judgement word"))
U(d, "Germany's foreign ministry declined to call the events a coup", "as soon as possible.",
  ("Germany", T, neu, "Tunisia", "declining to condemn + hope for a return to constitutional order = calling_for_talks (labels/README); Berlin = metonym"))
U(d, "Omer Celik, spokesman for President Recep Tayyip Erdogan's ruling party", "rule by decree.",
  ("Turkey", C, neg, "Tunisia", "AK Party spokesman = Turkey (name files); 'illegitimate'"))
U(d, "The Turkish foreign ministry said Ankara was deeply troubled", "Tunisian people.",
  ("Turkey", T, neg, "Tunisia", "concern + hope that legitimacy is restored: the hope makes it calling_for_talks; Ankara = metonym"))
U(d, "The Arab League's secretary-general, Ahmed Aboul Gheit, said after a call with Jerandi", "calm and stability.",
  ("Arab League", T, pos, "", "hope for calm and stability; Jerandi only the interlocutor"))
U(d, "Aboul Gheit also assured Jerandi of the league's full solidarity", "Cairo headquarters.",
  ("Arab League", S, pos, "", "solidarity with the Tunisian people (not with a party to the crisis) -> target empty; Cairo = place"))
