# ------------------------------------------------------------------ Operation Protective Edge: Shujaiyya and the ceasefire push (wire copy, 2014-07-20)
d = "page_protective_edge_wire.txt"
# No row: masthead, menu, date line, headline, byline, read time, caption with credit, "1 of 5", ADVERTISEMENT,
# capitals crossheads, "Related Coverage" list, reporting/editing credits, "Editorial standards", footer.
# No row: "Thousands of Shujaiyya residents streamed west ..." except the ICRC's act (see below) — scene description.
# No row: "Two Israeli civilians have been killed by fire from Gaza." (figure with no named source).
# No row: "Egypt's proposal, which Israel accepted on Tuesday ..., calls for a truce followed by indirect talks in Cairo."
#   (background: the plan's content and Israel's earlier acceptance told as narration, not a position taken on the day).
U(d, "Israel said on Sunday that 13 of its soldiers had been killed", "end to the hostilities.",
  ("Israel", N, neu, "", "dateline excluded; long lead: Israel gives its own losses (figure, no judgement)"),
  ("United Nations", C, neg, "Israel", "same lead: the SG condemns the shelling (Israel's, by context) and the Council calls for an end: one UN row, rule 1 (the condemnation decides); Palestinian medics are not an actor"))
U(d, "Thousands of Shujaiyya residents streamed west", "in the rubble.",
  ("ICRC", T, neu, "", "the only position in this scene sentence: a humanitarian lull arranged by the ICRC = an act for civilian protection (unsure: could be read as pure narration)"))
U(d, "Prime Minister Benjamin Netanyahu said the ground offensive", "without rocket fire.",
  ("Israel", C, neg, "Hamas", "announces the widening of a military operation against Hamas's tunnels = condemning (an announced operation)"))
U(d, "\"We did not choose this campaign, but we will finish it,\" Netanyahu said", "met in Tel Aviv.",
  ("Israel", C, neg, "Hamas", "vow to carry the operation through, blame implied ('did not choose') = condemning; Tel Aviv = place"))
U(d, "The army's foreign-press spokesman, Lieutenant Colonel Peter Lerner, said troops", "Iron Dome system.",
  ("Israel", N, neu, "", "'troops', 'tunnels', 'rockets' as topics: facts and figures of the operation"))
U(d, "Lerner said residents of Shujaiyya had been told", "shield its fighters.",
  ("Israel", C, neg, "Hamas", "surname only; warnings given (fact) + accusation that Hamas uses families as shields = condemning"))
U(d, "Hamas's armed wing, the Izz el-Deen al-Qassam Brigades, said its fighters", "service number.",
  ("Hamas", N, neu, "", "armed wing and its spokesman = Hamas; own ambushes and a capture claimed as done, no judgement = neutral"))
U(d, "Israel's ambassador to the United Nations, Ron Prosor, told reporters", "the report was untrue.",
  ("Israel", N, neg, "", "denial ('the report was untrue') = neutral, negative; New York = place"))
U(d, "Sami Abu Zuhri, a Hamas spokesman in Gaza, called the shelling", "brought down.",
  ("Hamas", C, neg, "Israel", "'a war crime' + threat ('would pay') = condemning"))
U(d, "Hamas, which says it learned of the terms of a ceasefire plan", "rearrested in the occupied West Bank in June.",
  ("Hamas", C, neg, "", "refusal of the truce format with grievances stated (not consulted by Egypt, the blockade, the arrests) = condemning; aimed at Egypt and Israel together -> target empty"))
U(d, "Gaza's health ministry said 425 Palestinians", "told reporters.",
  ("Hamas", N, neu, "", "Gaza health ministry = Hamas (name files); casualty figures, neutral tone"))
U(d, "The U.N. agency for Palestinian refugees, UNRWA, said", "running short.",
  ("UNRWA", N, neg, "", "UNRWA is its own actor in the name files; figures + shortages, no appeal = neutral, negative"))
U(d, "In Doha, the first stop of a trip to the region, U.N. Secretary-General Ban Ki-moon called", "trapped in the district.",
  ("United Nations", C, neg, "Israel", "'an outrage' + Israel must pull back its fire and take care of civilians: rule 1; Doha = place"))
U(d, "He also said the rockets fired from Gaza at Israeli towns had to stop", "end of the month.",
  ("United Nations", T, neg, "", "'He' = Ban; demand that the rockets stop + pressing both sides for a ceasefire, no judgement word = calling_for_talks; target empty (both sides)"))
U(d, "The 15-member Security Council, meeting in emergency session", "closed-door meeting.",
  ("United Nations", T, neg, "", "Council press elements read by its president (speaks for the Council, not Rwanda): concern + call for a cessation of hostilities"),
  ("Jordan", T, neu, "", "a position inside another speaker's sentence: Jordan requested the emergency meeting (a specific diplomatic act) = calling_for_talks (unsure)"))
U(d, "Palestinian President Mahmoud Abbas, who was also in Doha, declared", "Israel alone was responsible.",
  ("Palestine", C, neg, "Israel", "'a massacre' + sole responsibility; WAFA is an agency, not an actor"))
U(d, "In Washington, the White House said U.S. President Barack Obama had reaffirmed", "tunnel attacks.",
  ("United States", S, pos, "Israel", "reaffirmed right of self-defence = supporting Israel"))
U(d, "Obama also told the prime minister that he was increasingly worried", "the White House said.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative; attribution tail"))
U(d, "Secretary of State John Kerry would travel to Cairo", "it added.",
  ("United States", T, neu, "", "'it' = the White House; a mission to seek an immediate end to the fighting = calling_for_talks"))
U(d, "Kerry, speaking on U.S. television earlier, said Hamas should take up", "follow it.",
  ("United States", T, neu, "Hamas", "appeal to Hamas to accept the truce and talk, no judgement = calling_for_talks"))
U(d, "Egyptian Foreign Minister Sameh Shoukry said on Sunday that Cairo's initiative", "rewrite it.",
  ("Egypt", T, neu, "", "offer of talks kept open (Cairo = Egypt) with a procedural refusal to amend the text = calling_for_talks"))
U(d, "Shoukry had laid the blame for the mounting toll on Hamas", "turned down Cairo's plan.",
  ("Egypt", C, neg, "Hamas", "blame for the deaths = condemning"))
U(d, "The European Union's foreign policy chief, Catherine Ashton, said the bloc supported", "could start.",
  ("European Union", T, pos, "Hamas", "backing for Egypt's ceasefire plan + appeal to Hamas to accept it, no judgement: welcome/backing with a peace appeal = calling_for_talks (rule 2 before rule 3)"))
U(d, "British Foreign Secretary Philip Hammond, less than a week in the job, told the BBC", "Western capitals.",
  ("United Kingdom", N, neg, "", "concern without an appeal = neutral, negative; the effect on sympathy for Israel is an observation, not a judgement of Israel (unsure)"))
U(d, "In Ankara, Turkish Prime Minister Tayyip Erdogan, campaigning", "assault continued.",
  ("Turkey", C, neg, "Israel", "accusation ('terrorising a trapped population') + a measure (no normalisation) = condemning; Ankara = place"))
U(d, "Gideon Arad, who served on Israel's National Security Council", "raised the price.",
  ("Gideon Arad", N, neg, "", "invented former official speaking as an independent analyst (own name); military prospects, no judgement"))
U(d, "\"There is no good exit from a ground operation in Gaza.", "he said.",
  ("Gideon Arad", N, neg, "", "multi-sentence quote closed by the speaker; scenarios"))
U(d, "Arad added that Egypt's current government", "than in 2012.",
  ("Gideon Arad", N, neu, "", "interests of Egypt explained (Egypt is an object), no judgement"))
U(d, "Samira Nassar, a researcher at a Ramallah-based policy centre, said", "changed something.",
  ("Samira Nassar", N, neg, "", "invented researcher; Hamas's calculation explained, no judgement"))
U(d, "\"Every previous truce froze the siege in place.", "she said.",
  ("Samira Nassar", T, neg, "", "scenario + 'the outside powers must put the crossings on the table' = an appeal for a negotiated course, no explicit judgement"))
