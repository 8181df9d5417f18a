# ------------------------------------------------------------------ Montenegro expels Serbia's ambassador Bozovic (MFA press-release page, full HTML, 2020-11-27/30)
d = "page_montenegro_bozovic_expulsion2020_mfastatements.html"
# Not statements: gov bar, logo, menu, breadcrumbs, page title, release titles and dates, caption with credit, pager, share,
# feedback/comments line, related links, footer. Narration, no row: the minister receiving the EU envoy "at her request"
# (a meeting), "Ambassador Milošević will continue to perform his duties in Belgrade" (fact), the lecture being organised.
U(d, "Minister Darmanović informed the Ambassador in detail about the reasons", "had gone unheeded.",
  ("Montenegro", C, neg, "Serbia", "justification of the expulsion: repeated warnings ignored = judgement of Serbia's envoy"))
U(d, "He said that Montenegro would not accept that any foreign diplomat calls into question", "representatives of all states.",
  ("Montenegro", C, neg, "", "'would not accept' = warning, phrased for all states -> target empty (aimed at Serbia's envoy by context)"))
U(d, "Ambassador Popa conveyed the expectation of the European Union that both sides would refrain", "on the European path.",
  ("European Union", T, neu, "", "appeal to both sides for restraint and dialogue, reported by the Ministry"))
U(d, "The interlocutors agreed that regional stability remained a shared priority.", "a shared priority.",
  ("Montenegro", T, pos, "", "hope for stability = calling_for_talks"),
  ("European Union", T, pos, "", "same agreement, second party"))
U(d, "Minister Darmanović thanked the European Union for its continued support", "accession negotiations.",
  ("Montenegro", S, pos, "European Union", "gratitude = approval"))
U(d, "The Ministry of Foreign Affairs of Montenegro welcomes the decision of the Ministry of Foreign Affairs of the Republic of Serbia to revoke", "persona non grata.",
  ("Montenegro", S, pos, "Serbia", "welcome of a step, no appeal in this sentence"),
  ("Serbia", T, pos, "Montenegro", "the revocation reported as done = a de-escalating act"))
U(d, "The Ministry notes the statement of the Prime Minister of the Republic of Serbia, Ana Brnabić", "a gesture towards Montenegro.",
  ("Serbia", T, pos, "Montenegro", "reported clause: measure withdrawn as goodwill = de-escalation"),
  ("Montenegro", N, neu, "", "'notes' = procedural line"))
U(d, "The Ministry regards this as a sensible step and expresses the hope", "Podgorica and Belgrade.",
  ("Montenegro", T, pos, "", "welcome joined to a hope for dialogue: rule 2 before rule 3"))
U(d, "The Ministry cannot, however, accept the claim made by Prime Minister Brnabić", "shows the opposite.",
  ("Montenegro", N, neg, "", "rejecting an accusation = denial"),
  ("Serbia", C, neg, "Montenegro", "Brnabić's reported claim that Podgorica looked for an occasion = accusation"))
U(d, "The Ministry has also taken note of the message of the European Commissioner", "reconsider its own decision.",
  ("European Union", T, neu, "Montenegro", "welcome of Belgrade's step + appeal to Podgorica to reverse: rule 2"),
  ("Montenegro", N, neu, "", "'taken note' = procedural"))
U(d, "The decision regarding Ambassador Vladimir Božović remains in force", "two states and peoples.",
  ("Montenegro", C, neg, "Serbia", "maintained expulsion = measure; 'personal conduct' of Serbia's envoy"))
U(d, "Throughout his mandate, Ambassador Tarzan Milošević has represented Montenegro", "gratitude to him.",
  ("Montenegro", N, pos, "", "praise of its own envoy = self-praise, neutral"))
U(d, "The Ministry of Foreign Affairs of Montenegro has been informed that the Ministry of Foreign Affairs of the Republic of Serbia", "within 72 hours.",
  ("Serbia", C, neg, "Montenegro", "reciprocal expulsion = measure; Montenegro only 'informed', no row"))
U(d, "The Ministry regrets that Belgrade has chosen to answer a measure", "between the two states.",
  ("Montenegro", C, neg, "Serbia", "'regrets' + blame of Belgrade's choice = judgement"))
U(d, "The decision of Montenegro was not directed against the Republic of Serbia", "correspond to the facts.",
  ("Montenegro", N, neg, "", "denial"))
U(d, "The Ministry also rejects the assessment made today by representatives of the Democratic Front", "a new Government.",
  ("Montenegro", N, neg, "", "rejection of a charge + procedural reminder = denial"),
  ("Democratic Front", C, neg, "Montenegro", "reported assessment: 'act of revenge' by the government = accusation"))
U(d, "Montenegro remains committed to good-neighbourly relations with the Republic of Serbia", "sovereignty of each state.",
  ("Montenegro", T, neu, "Serbia", "commitment to good relations, no judgement"))
U(d, "The Ministry of Foreign Affairs of Montenegro has today declared the Ambassador", "territory of Montenegro.",
  ("Montenegro", C, neg, "Serbia", "expulsion of a diplomat = condemning"))
U(d, "The decision follows a long series of public statements and actions by the Ambassador", "political life of Montenegro.",
  ("Montenegro", C, neg, "Serbia", "accusation of interference"))
U(d, "On 27 November, speaking at a commemoration, Ambassador Božović once again described", "an act of liberation.",
  ("Serbia", N, pos, "", "the envoy's reported view of a 1918 event: approval of a historical act, no present actor (unsure)"))
U(d, "In the view of the Ministry, in doing so the Ambassador showed disrespect", "null and void.",
  ("Montenegro", C, neg, "Serbia", "'showed disrespect' = judgement"))
U(d, "The Ambassador had been warned orally and in writing on several occasions", "incompatible with his function.",
  ("Montenegro", C, neg, "Serbia", "passive: warnings given by the Ministry; 'incompatible' = judgement"))
U(d, "The Ministry has taken this decision in accordance with Articles 9 and 41", "delivered to the Ambassador.",
  ("Montenegro", N, neu, "", "legal basis and notification = procedure"))
U(d, "Prof. Dr Milena Radonjić, a historian at the University of Montenegro, said", "foreign troops.",
  ("Milena Radonjić", N, neg, "", "invented historian; assessment of a 1918 event, no present actor"))
U(d, "“A state that does not know its own history will always allow others to tell it.", "Professor Radonjić said.",
  ("Milena Radonjić", C, neg, "", "'no one's business to celebrate the loss of our statehood' = rebuke, implicitly of the envoy -> target empty"))
U(d, "She added that historians in Podgorica and Belgrade should work together", "than any declaration”.",
  ("Milena Radonjić", T, pos, "", "appeal for joint work as a path to good relations"))
U(d, "The Director of the Diplomatic Academy thanked the lecturer and said the Ministry", "diplomatic history.",
  ("Montenegro", N, pos, "", "own plan"))
