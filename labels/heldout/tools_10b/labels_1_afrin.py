# ------------------------------------------------------------------ Turkey's Operation Olive Branch in Afrin, day three (Anadolu-style state media, 2018-01-22)
d = "page_afrin_olivebranch_statemedia.txt"
U(d, "Turkish land forces and the Free Syrian Army (FSA) pushed further", "the Turkish General Staff said.",
  ("Turkey", N, neu, "", "General Staff = Turkey; own operation reported as done, no judgement; the FSA is only mentioned (attribution tail)"))
U(d, "In a written statement, the General Staff said jets had struck", "had been cleared.",
  ("Turkey", N, neu, "", "own strike figures"))
U(d, "It stressed that only terrorists and their hideouts", "came to harm.",
  ("Turkey", N, neu, "", "'It' = the General Staff; reassurance about its own conduct = neutral (labels/README)"))
U(d, "The PYD/PKK terror group claimed through its affiliated outlets", "its own supporters.",
  ("YPG", N, neu, "", "the group in Afrin named in the state agency's wording 'PYD/PKK' = YPG (unsure); own battlefield claim"),
  ("Turkey", N, neg, "", "the General Staff dismisses the claim = denial (neutral, negative); 'propaganda' is aimed at the claim"))
U(d, "Speaking to local administrators in Ankara, President Recep Tayyip Erdogan vowed", "southern border.",
  ("Turkey", C, neg, "YPG", "vow to press the operation until the last 'terrorist' is removed = announced operation / threat; Ankara = place"))
U(d, "\"We talked this through with our Russian friends", "a clear reference to Washington.",
  ("Turkey", C, neg, "United States", "multi-sentence quote closed by its speaker; accusation put as a question; target given by the writer's gloss 'Washington' (metonym)"))
U(d, "Prime Minister Binali Yildirim told reporters in Istanbul", "under the UN Charter.",
  ("Turkey", N, neu, "", "aim of the operation and its legal basis = plan/justification, no judgement of another actor"))
U(d, "He added that Ankara had remained in close contact", "something Damascus has denied.",
  ("Turkey", N, neu, "", "'He' = Yildirim; contacts and notification = facts"),
  ("Syria", N, neg, "", "'something Damascus has denied' = denial by a second actor in the same sentence (neutral, negative); Damascus = metonym"))
U(d, "After a cabinet meeting on Monday, Deputy Prime Minister and government spokesman Bekir Bozdag", "Turkish Armed Forces.",
  ("Turkey", C, neg, "", "threat against 'any party' arming the group = condemning; no single actor named -> target empty"))
U(d, "Foreign Minister Mevlut Cavusoglu rejected the criticism", "a terror organization.",
  ("Turkey", C, neg, "", "accuses the objecting countries of standing with terrorists = judgement; several countries -> target empty"))
U(d, "Asked at a news conference about statements from Tehran and Cairo", "protect its citizens.\"",
  ("Turkey", C, neg, "", "quote opened after a colon; 'he' = Cavusoglu; rebuke of Iran and Egypt (two actors -> target empty)"))
U(d, "Qatar on Monday threw its weight behind the operation", "security of its borders.",
  ("Qatar", S, pos, "Turkey", "backing of the operation; Ankara = metonym"))
U(d, "\"Doha has full confidence that our Turkish brothers", "she said.",
  ("Qatar", S, pos, "Turkey", "quote continued after the introduction; 'she' = al-Khater; confidence in Turkey = approval"))
U(d, "At home, Nationalist Movement Party (MHP) leader Devlet Bahceli pledged", "national survival.",
  ("Nationalist Movement Party", S, pos, "Turkey", "party under its own name (name files); backing of the troops = supporting"))
U(d, "The Assad regime's foreign ministry, in a statement carried by the regime-run SANA news agency", "Syrian sovereignty.",
  ("Syria", C, neg, "Turkey", "'the Assad regime' = Syria; SANA only carries the statement (agency, no row)"))
U(d, "Regime leader Bashar al-Assad accused Ankara", "according to SANA.",
  ("Syria", C, neg, "Turkey", "accusation of supporting terrorism; reported via the state agency"))
U(d, "In Tehran, Foreign Ministry spokesman Bahram Qassemi said Iran", "territorial integrity.",
  ("Iran", T, neg, "Turkey", "concern + hope the operation ends + appeal to Ankara, no judgement word = calling_for_talks; Tehran = place"))
U(d, "Egypt's Foreign Ministry called the operation a new violation", "concern for Syrians.",
  ("Egypt", C, neg, "Turkey", "'violation of Syrian sovereignty' = judgement"),
  ("Turkey", C, neg, "Egypt", "'Turkish diplomatic sources' = unnamed officials of a named government (guide); attributing Cairo's stance to hostility = judgement (unsure)"))
U(d, "Russia's Defense Ministry, which said it had moved its military personnel", "according to Russian media.",
  ("Russia", C, neg, "United States", "own withdrawal in the relative clause (neutral) + blame on Washington's arms deliveries: the judgement decides; 'Russian media' only report"))
U(d, "Moscow's Foreign Ministry called on all sides to show restraint.", "Moscow's Foreign Ministry called on all sides to show restraint.",
  ("Russia", T, neu, "", "appeal to all sides; Moscow's = possessive of the capital = Russia"))
U(d, "The U.S. State Department urged Ankara to show restraint", "said in a statement.",
  ("United States", T, neu, "Turkey", "appeal to one side, no judgement; attribution tail"))
U(d, "Defense Secretary Jim Mattis, however, said Turkey had legitimate security concerns", "before its jets went in.",
  ("United States", S, neu, "Turkey", "recognising Turkey's concerns as legitimate = approval (supporting, unsure: could be neutral); advance warning = fact"))
U(d, "French Foreign Minister Jean-Yves Le Drian asked for an emergency meeting", "Eastern Ghouta.",
  ("France", T, neg, "", "request for a Security Council meeting = calling_for_talks; several areas, no party addressed"))
U(d, "German Foreign Minister Sigmar Gabriel said Syrians", "spiral of escalation.",
  ("Germany", N, neg, "", "concern and fear with no appeal = neutral, negative"))
U(d, "EU foreign policy chief Federica Mogherini, speaking after a meeting", "civilians in the area.",
  ("European Union", T, neu, "Turkey", "will raise the matter with Ankara + humanitarian access = calling_for_talks; 'the bloc' = EU"))
U(d, "The Hatay Governor's Office said 11 rockets fired from Afrin", "injuring 46 people.",
  ("Turkey", N, neu, "", "provincial office = Turkey; casualty figures with no blame stated = neutral, neutral tone"))
U(d, "An FSA commander told Anadolu Agency that residents", "greet the fighters.",
  ("Free Syrian Army", N, pos, "", "unnamed commander of a named group speaks for it; self-praise = neutral, positive"))
