# ------------------------------------------------------------------ Coup in Mauritania (UN noon-briefing style, 2008-08-20)
d = "page_mauritania_coup_unbriefing.txt"
# No rows: UN banner, languages, menu, office name, briefing title, date, "near-verbatim transcript" line, BRIEFING HIGHLIGHTS
# bullets, "Good afternoon.", "** " section heads, "* *** *", "For information media", related documents, share, footer.
# Questions are asked by correspondents (not actors); positions of actors reported inside a question are those actors' rows.
U(d, "Yesterday afternoon, the Security Council condemned the seizure of power", "powers of the presidency.",
  ("United Nations", C, neg, "Mauritania", "Security Council = United Nations; the military and the 'High State Council' = the junta = Mauritania"))
U(d, "In a presidential statement read out by Ambassador Jan Grauls of Belgium,", "put back in place.",
  ("United Nations", T, neg, "Mauritania", "Belgium's ambassador reads as Council president = United Nations, not Belgium; demand to free the President and restore institutions, no judgement word in this sentence"))
U(d, "The Council noted with approval that the African Union,", "steer the response.",
  ("United Nations", S, pos, "", "approval of others' condemnations + credit to the AU and the SG's envoy = supporting; several addressees -> target empty"),
  ("African Union", C, neg, "Mauritania", "AU condemnation reported inside the Council's sentence = the AU's own statement"),
  ("European Union", C, neg, "Mauritania", "EU condemnation reported inside the Council's sentence; 'and others' are unnamed (no row)"))
U(d, "Speaking at the meeting, Mauritania's Permanent Representative, Abderrahim Ould Hadrami,", "functioning as before.",
  ("Mauritania", N, neg, "", "the junta's envoy = Mauritania; denial that it was a coup (two-word real tag 'corrective change' kept as a quote)"))
U(d, "You will recall that, in a statement issued on the day of the coup,", "without delay.",
  ("United Nations", C, neg, "Mauritania", "SG 'strongly deplored' + call to restore constitutional rule (rule 1)"))
U(d, "Mr. Djinnit travelled to Nouakchott last week,", "constitutional order.",
  ("United Nations", T, neg, "Mauritania", "SG's Special Representative = UN; pressed the junta to release and return to constitutional order; Nouakchott = place; Abdel Aziz is an object"))
# "He also met political party leaders ... Mr. Djinnit is now back in Dakar and remains in close contact ..." meetings and
# contacts listed in narrative, no position: no rows.
U(d, "Turning to Georgia, the Office for the Coordination of Humanitarian Affairs (OCHA) says", "in Tbilisi.",
  ("United Nations", N, neg, "", "OCHA = United Nations; displacement figure"))
# Convoy reaching Gori: narration, no row.
U(d, "The Secretary-General once again urges all parties", "people in need.",
  ("United Nations", T, neg, "", "appeal to all parties (IHL, access)"))
U(d, "On Pakistan, the Secretary-General, who has taken note", "in keeping with the Constitution.",
  ("United Nations", T, pos, "", "hope for a peaceful transition = calling_for_talks; Musharraf is an object"))
U(d, "Michèle, on Mauritania, the African Union suspended Mauritania ten days ago,", "except humanitarian assistance.",
  ("African Union", C, neg, "Mauritania", "position reported inside a correspondent's question; suspension = a measure"),
  ("United States", C, neg, "Mauritania", "Washington = metonym; aid cut = a measure"))
U(d, "The United Nations does not suspend Member States in that way;", "how the system works.",
  ("United Nations", N, neu, "", "spokesperson; procedure"))
U(d, "The Secretary-General strongly supports the efforts of the African Union,", "work closely with it.",
  ("United Nations", S, pos, "African Union", "backing of the AU's lead"))
U(d, "The junta says it will hold free elections as soon as it can,", "the situation has settled.",
  ("Mauritania", N, neu, "", "the junta's promise and Abdel Aziz's remark reported in a question = Mauritania; own plans, one row for one actor; 'an Arab newspaper' is not an actor"))
U(d, "What the Secretary-General asked for is clear:", "constitutional order restored.",
  ("United Nations", T, neg, "Mauritania", "position after a colon; demand without a judgement word"))
# "I am not going to comment on a timetable ..." non-answer, no row.
U(d, "The generals have since named a Prime Minister, Moulaye Ould Mohamed Laghdaf.", "The generals have since named a Prime Minister, Moulaye Ould Mohamed Laghdaf.",
  ("Mauritania", N, neu, "", "'The generals' = the junta; an appointment reported as done, no position toward anyone (unsure: could be narration)"))
U(d, "Mauritania remains a Member State, and the UN system has to keep working", "recognition of anything.",
  ("United Nations", N, neu, "", "practical contacts + explicit non-recognition; Nouakchott = metonym for the authorities"))
U(d, "The Arab League envoy, Ahmed Ben Helli, came out of his meeting", "would be left alone.",
  ("Arab League", N, pos, "", "the League's envoy; reports assurances received and calls the general 'the president' (unsure: implicit recognition could be supporting Mauritania)"),
  ("Mauritania", N, pos, "", "the general's guarantees, reported through the envoy = Mauritania's reassurance"))
U(d, "The Secretary-General is in contact with all the regional organizations,", "return to constitutional order.",
  ("United Nations", T, neu, "", "expects convergence on a return to constitutional order = appeal; 'I would not put it that way.' before it: no row"))
U(d, "Paris has suspended its cooperation programmes", "development aid.",
  ("France", C, neg, "Mauritania", "Paris = metonym; suspension of cooperation = a measure"),
  ("European Union", C, neg, "Mauritania", "Brussels = metonym for the EU; threatened aid freeze = a threatened measure"))
# "Those are decisions for the Governments and organizations concerned." non-answer, no row.
U(d, "What I can tell you is that the humanitarian work of the UN agencies", "is continuing.",
  ("United Nations", S, neu, "", "aid continuing = providing assistance (to the people, target empty)"))
U(d, "In Nouakchott, the parties opposed to the coup have formed", "planning demonstrations.",
  ("National Front for the Defence of Democracy", C, neg, "Mauritania", "anti-coup coalition under its own name; 'illegitimate' = judgement; Nouakchott = place"))
# "Yes, he met the leaders of several parties ..." meetings listed, no row.
U(d, "He encouraged all of them to settle their differences", "peaceful means.",
  ("United Nations", T, pos, "", "'He' = Djinnit; appeal for dialogue"))
U(d, "The State Department said last week it wants President Abdallahi reinstated,", "not only freed.",
  ("United States", T, neg, "Mauritania", "demand reported in a question, no judgement word"))
# "The Secretary-General's position is the one set out ... I will leave it there." reference, no row. Family: not an actor.
U(d, "Mr. Djinnit raised the issue of the President's well-being", "meetings in Nouakchott.",
  ("United Nations", T, neg, "Mauritania", "asking for access to the detainee = humanitarian appeal"))
U(d, "On Georgia, the Russian Foreign Ministry says its troops", "according to plan.",
  ("Russia", N, neu, "", "reported in a question; own troop movements"))
# "We are not in a position to confirm troop movements." non-answer, no row.
U(d, "What I can say is that the humanitarian situation remains very difficult,", "unhindered access.",
  ("United Nations", T, neg, "", "concern + appeal for access"))
