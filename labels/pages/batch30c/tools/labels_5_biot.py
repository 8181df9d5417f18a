# ------------------------------------------------------------------ Italy expels two Russian officials over the Walter Biot espionage case (foreign ministry press releases page, full HTML, 2021-03-31)
d = "page_biot_expulsions2021_ministry.html"
# Not statements: gov bar, site name, nav, breadcrumbs, page title, release headlines (some carry positions), dates, figcaption,
# feedback box, footer. Every "the Ministry" / "the Minister" / "the Secretary General" = Italy (the state is never named in the body).
U(d, "On the instructions of Minister Luigi Di Maio, the Secretary General of the Ministry", "Sergey Razov.",
  ("Italy", C, neg, "Russia", "summoning the ambassador over the espionage case = a protest measure (unsure: the summons alone could be neutral; the next unit carries the protest)"))
U(d, "The Secretary General conveyed to the Ambassador the firm protest of the Government", "in exchange for money.",
  ("Italy", C, neg, "Russia", "'firm protest' over the passing of documents to the Russian attaché's staff"))
U(d, "The Ambassador was informed that two officials of the Embassy involved in the affair", "at once.",
  ("Italy", C, neg, "Russia", "expulsion of diplomats = condemning (guide)"))
U(d, "\"What happened last night strikes at the heart of our security", "Minister Di Maio said.",
  ("Italy", C, neg, "Russia", "judgement without a stock word + warning ('cannot go unanswered'); the culprit is clear from the release"))
U(d, "The Minister stressed that the decision had been taken in close coordination", "the Ministry of Defence.",
  ("Italy", N, neu, "", "procedural: how the decision was taken"))
U(d, "He has also informed NATO Allies and European Union partners of the measures adopted.", "of the measures adopted.",
  ("Italy", N, neu, "", "speaker carried ('He'); informing allies = narration of a step, procedural"))
U(d, "The Ministry recalls that the judicial authorities are conducting the investigation", "on its content.",
  ("Italy", N, neu, "", "procedural line"))
U(d, "The Ministry has taken note of the statement of the Ministry of Foreign Affairs of the Russian Federation", "the level of bilateral relations.",
  ("Italy", N, neu, "", "'taken note' = procedural"),
  ("Russia", C, neg, "Italy", "Russia's regret at the expulsions, reported by Italy = Russia's statement; regret + 'did not correspond' = judgement of the step"))
U(d, "The Ministry also notes the remarks of the Spokesperson of the President of the Russian Federation, Dmitry Peskov", "would be preserved.",
  ("Italy", N, neu, "", "'notes' = procedural"),
  ("Russia", T, pos, "Italy", "passive second-hand attribution ('was reported as saying'); hope that good relations are kept = calling_for_talks"))
U(d, "The measures adopted yesterday were proportionate and necessary", "incompatible with diplomatic status.",
  ("Italy", C, neg, "Russia", "defends the expulsions and restates that the officials' conduct was incompatible with their status = judgement (unsure: partly a rejection of criticism, which alone would be neutral)"))
U(d, "The Ministry remains open to a frank dialogue with the Russian authorities", "the rules that govern diplomatic relations.",
  ("Italy", T, neu, "Russia", "offer of dialogue = calling_for_talks"))
U(d, "The Ministry deplores the killing of more than one hundred civilians", "seized power.",
  ("Italy", C, neg, "Myanmar", "'deplores' the killings by the security forces (army speaks for its state)"))
U(d, "The violence against peaceful demonstrators is unjustifiable", "held to account.",
  ("Italy", C, neg, "Myanmar", "'unjustifiable' + accountability"))
U(d, "The Ministry renews its call for the immediate release of State Counsellor Aung San Suu Kyi", "the democratic path.",
  ("Italy", T, neu, "Myanmar", "appeal for release and a return to democracy, no judgement word in the unit"))
U(d, "Together with its European partners, the Ministry is ready to consider further restrictive measures", "the repression.",
  ("Italy", C, neg, "Myanmar", "threatened sanctions = condemning"))
U(d, "The Ministry condemns in the firmest terms the attack carried out by armed groups", "thousands of people to flee.",
  ("Italy", C, neg, "", "condemnation of armed groups (no canonical name given) -> target empty"))
U(d, "The Ministry expresses its closeness to the families of the victims", "people of Mozambique.",
  ("Italy", S, pos, "Mozambique", "condolences and solidarity with the state and people = supporting (batch5c reading of condolences)"))
U(d, "The Development Cooperation is assessing, with the humanitarian agencies present in the area", "in the province.",
  ("Italy", S, pos, "Mozambique", "aid being prepared (offer of assistance) = supporting"))
U(d, "Minister Di Maio today held a telephone conversation with the Foreign Minister", "Najla Mangoush.",
  ("Italy", N, neu, "", "a call reported, no position stated (README: a meeting in narrative is no statement; kept as Italy neutral because the release is the Ministry's own account) (unsure: could get no row)"))
U(d, "The Minister reaffirmed full support for the Government of National Unity", "the reopening of consular services.",
  ("Italy", S, pos, "Libya", "support + offer of cooperation; the GNU is Libya's recognised government -> Libya"))
U(d, "The two Ministers agreed on the importance of the departure of foreign fighters", "the Berlin process.",
  ("Italy", T, neu, "", "agreement on withdrawal of foreign fighters as in the Berlin process = a negotiated course"),
  ("Libya", T, neu, "", "joint position of the two ministers -> one row per state"))
U(d, "Minister Mangoush thanked the Minister for the solidarity shown", "a strong economic partnership.",
  ("Libya", S, pos, "Italy", "thanks + partnership = supporting"))
U(d, "The Ministry hosted today, in a hybrid format, the presentation of the annual report", "a network of research institutes.",
  ("Italy", N, neu, "", "an event hosted, no position (unsure: could get no row)"))
U(d, "Professor Giulia Moretti of the University of Bologna, one of the report's authors", "too slow to respond.",
  ("Giulia Moretti", C, neg, "", "invented scholar; judgement on unnamed external powers and on European governments (non-canonical) -> target empty"))
U(d, "Dr Marco Sartori, senior fellow at the Centre for Mediterranean Strategic Studies", "the withdrawal of foreign forces.",
  ("Marco Sartori", T, neu, "", "invented analyst; appeal to the Libyan parties and backers to agree a withdrawal timetable"))
