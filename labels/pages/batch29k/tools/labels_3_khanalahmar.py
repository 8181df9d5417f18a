# ------------------------------------------------------------------ Khan al-Ahmar: Security Council quarterly briefing on resolution 2334 (UN meetings coverage, 2018-09-20)
d = "page_khanalahmar_demolition2018_unmeetings.txt"
# Not statements: site menu, section labels, date, headline, subheadline, "Briefings"/"Statements" headers, closing time, footer, Related line.
U(d, "The imminent demolition of the Bedouin community of Khan al-Ahmar", "resolution 2334 (2016).",
  ("United Nations", C, neg, "Israel", "lede carrying the Special Coordinator's position; 'serious blow' to the two-State prospect = judgement of Israel's plan"))
U(d, "NICKOLAY MLADENOV, Special Coordinator for the Middle East Peace Process, said that no steps had been taken", "including East Jerusalem.",
  ("United Nations", C, neg, "Israel", "report that settlement activity was not halted as the resolution demands = charge of non-compliance (unsure: could be neutral fact)"))
U(d, "He said that after a long legal process, Israel's High Court of Justice had rejected", "a closed military zone.",
  ("United Nations", N, neu, "", "facts of the case = neutral; only the Special Coordinator's position is a statement (the court's ruling is narrated)"))
U(d, "\"Of Khan al-Ahmar's 181 residents, some 90 are children,\" he said,", "if it were built.",
  ("United Nations", N, neg, "", "figures + the plan's effect, no appeal in the sentence = neutral"))
U(d, "Moving the community by force would breach Israel's obligations", "he stressed.",
  ("United Nations", C, neg, "Israel", "legal judgement (breach) without a stock word"))
U(d, "He urged Israel to call off the bulldozers", "out of Area C.",
  ("United Nations", T, neg, "Israel", "demand addressed to one side, no judgement word in the sentence = calling_for_talks"))
U(d, "Turning to Gaza, the Special Coordinator said the enclave was on the brink of collapse", "to prevent another war.",
  ("United Nations", T, neg, "", "alarm + mediation work to prevent war = calling_for_talks"))
U(d, "DINA HALABI, Director of the Ramallah Centre for Land Rights", "the settlements around it.",
  ("Dina Halabi", N, neu, "", "invented civil society briefer (person); history of the community = neutral"))
U(d, "\"They are being asked to move next to a garbage dump", "the Council knows it.\"",
  ("Dina Halabi", C, neg, "Israel", "multi-sentence quote; 'no law ... makes this fair' = judgement of the relocation"))
U(d, "The representative of Kuwait said the decision to demolish Khan al-Ahmar was a war crime", "the Council's resolutions.",
  ("Kuwait", C, neg, "Israel", "'war crime in the making', 'contempt' = condemning"))
U(d, "He called on the Council to live up to its responsibilities", "the Palestinian people.",
  ("Kuwait", T, neg, "", "'He' = Kuwait's representative; appeal for protection of civilians = calling_for_talks"))
U(d, "Speaking on behalf of France, the Netherlands, Poland, Sweden and the United Kingdom", "would be very serious.",
  ("Sweden", N, neg, "", "joint statement of five states, one row each; warning of consequences with no appeal in the sentence = neutral, negative (unsure: could be read as a judgement)"),
  ("France", N, neg, "", "listed state in the joint statement"),
  ("Netherlands", N, neg, "", "listed state in the joint statement"),
  ("Poland", N, neg, "", "listed state in the joint statement"),
  ("United Kingdom", N, neg, "", "listed state in the joint statement"))
U(d, "\"We ask the Israeli Government to think again", "with both parties.",
  ("Sweden", T, neg, "Israel", "appeal to reconsider + offer of talks, no judgement = calling_for_talks; speaks for the five"),
  ("France", T, neg, "Israel", "listed state; 'the five delegations'"),
  ("Netherlands", T, neg, "Israel", "listed state"),
  ("Poland", T, neg, "Israel", "listed state"),
  ("United Kingdom", T, neg, "Israel", "listed state"))
U(d, "The representative of France, speaking in her national capacity", "annexation of the West Bank.",
  ("France", C, neg, "Israel", "'illegal' + step towards annexation = condemning"))
U(d, "The representative of Bolivia said the displacement of Bedouin families", "shielded it.",
  ("Bolivia", C, neg, "Israel", "'total impunity' = judgement; also aimed at Council members shielding it (main target Israel)"))
U(d, "The representative of the Russian Federation said his delegation was worried", "Palestinian and Israeli leaders.",
  ("Russia", T, neg, "", "worry + standing offer to host talks = calling_for_talks"))
U(d, "China's representative voiced support for the just cause", "the two-State solution.",
  ("China", T, neu, "", "support for the cause + appeal to resume negotiations; the appeal to both sides decides (rule 2 before 3) (unsure: could be supporting Palestine)"))
U(d, "The representative of Ethiopia said his delegation hoped", "harder to reach.",
  ("Ethiopia", T, neu, "", "hope that parties refrain = calling_for_talks"))
U(d, "Speaking in her national capacity, the representative of the United States", "tunnels and rockets.",
  ("United States", C, neg, "Hamas", "accusation that Hamas diverted money = condemning; complaint about the Council's focus"))
U(d, "She said the United States would not join statements", "singled out one side.",
  ("United States", N, neu, "", "refusal to join with a procedural reason, no protest against a named actor = neutral"))
U(d, "The representative of the Netherlands said his Government had added 5 million euros", "(UNRWA).",
  ("Netherlands", S, pos, "United Nations", "money given to humanitarian work and UNRWA = backing by act"))
U(d, "The observer for the State of Palestine said the Council's silence", "as permission.",
  ("Palestine", C, neg, "Israel", "judgement without a stock word: silence read as permission (aimed at Israel's conduct and the Council)"))
U(d, "He welcomed the European statement but said that words had to be followed by action", "under international law.",
  ("Palestine", C, neg, "Israel", "welcome joined to a charge of forcible transfer: the judgement decides (rule 1)"))
U(d, "Israel's representative said the structures in Khan al-Ahmar had been built illegally", "years of hearings.",
  ("Israel", N, neg, "", "defence of the ruling = denial of wrongdoing, neutral, negative"))
U(d, "He said the residents had been offered a new site", "\"propaganda dressed up as law.\"",
  ("Israel", C, neg, "", "rejects the charge by calling it propaganda: denial + accusation -> condemning; accusers unnamed -> target empty"))
U(d, "The Palestinian leadership, he said, had used the case", "to help the families.",
  ("Israel", C, neg, "Palestine", "accusation of incitement = condemning"))
