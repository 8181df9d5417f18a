# ------------------------------------------------------------------ Saied suspends parliament, Tunisia (North African regional site, full HTML, 2021-07-27)
d = "page_tunisia_saied_regionalsite.html"
# No rows: cookie bar, top strip, brand/tagline, nav, breadcrumbs, kicker, headline, standfirst, byline, meta,
# share bar, captions ("1 of 3"), ADVERTISEMENT, "Related:", crossheads, credits, tags, newsletter, comments, most read, footer.
U(d, "President Kais Saied has dismissed Prime Minister Hichem Mechichi", "handling of the Covid-19 crisis and the economy.",
  ("Tunisia", N, neu, "", "long lead: the president's own decisions and legal ground, narrated with the protests; own measures with no judgement of another actor = neutral"))
U(d, "On Monday he went further, removing the defence minister", "pan-Arab television channel.",
  ("Tunisia", N, neu, "", "'he' = Saied; further measures reported as done (dismissals, troops, closure of a channel's bureau) = neutral"))
# No row: "Rached Ghannouchi, the parliament speaker ... having been refused entry by soldiers." (narration, no position)
U(d, "\"What happened on Sunday night has a name", "we will not abandon it.\"",
  ("Ennahda", C, neg, "Tunisia", "Ghannouchi is Ennahda's alias in the name files; two-sentence quote after 'told reporters at the gate', continued and closed in one unit; 'coup' = judgement of the president (the party judging its own state's head)"))
U(d, "He called on Tunisians to protect their revolution peacefully", "to avoid clashes.",
  ("Ennahda", T, neu, "", "'He' = Ghannouchi; appeal for peaceful action and to avoid clashes, no judgement = calling_for_talks"))
# No row: "By nightfall Ennahda's leadership had softened its line somewhat." (summary line before the specific statement)
U(d, "In a statement after an emergency meeting, the party accused the president", "way out of the crisis.",
  ("Ennahda", C, neg, "Tunisia", "'the party' = Ennahda; accusation + offer of national dialogue: rule 1, the judgement decides"))
# No row: "Saied, a former constitutional law lecturer ... insists that none of this amounts to a seizure of power."
# (summary line before his specific statements)
U(d, "Speaking at a meeting with army and security chiefs at Carthage palace, he said", "a claim Ghannouchi disputes.",
  ("Tunisia", N, neu, "", "Saied's account of his own measures (temporary, consulted) = neutral; Carthage = place here; Ghannouchi's dispute is a bare tail (no separate Ennahda row, unsure)"))
U(d, "\"Nobody should be afraid for their rights and freedoms.", "posted by his office on Monday.",
  ("Tunisia", N, pos, "", "two-sentence quote closed by its speaker; reassurance about his own conduct = neutral, positive"))
U(d, "He also issued a warning to anyone tempted to take up arms:", "with overwhelming force.",
  ("Tunisia", C, neg, "", "threat of a response; aimed at no named actor -> target empty"))
# No rows: the celebrations, Amel the nurse (resident, not an actor), "Related:" link.
# No row: "The reaction of the country's other political forces was mixed." (summary line)
U(d, "Qalb Tounes (Heart of Tunisia), the second-largest bloc, described the decisions", "urged the president to reverse them.",
  ("Heart of Tunisia", C, neg, "Tunisia", "party under its own name; 'serious breach of the constitution' + demand to reverse: rule 1"))
U(d, "The Dignity Coalition, an Islamist-populist ally of Ennahda, went further", "illegitimate takeover.",
  ("Dignity Coalition", C, neg, "Tunisia", "'illegitimate takeover' = judgement; Ennahda only mentioned"))
U(d, "The People's Movement, a pan-Arab nationalist party, took the opposite view", "backing of all patriots.",
  ("People's Movement", S, pos, "Tunisia", "approval of the president's decisions = supporting"))
U(d, "Mechichi himself broke his silence late on Monday.", "source of trouble.",
  ("Hichem Mechichi", N, neu, "", "the dismissed head of government speaks for himself, no longer for the state; agreeing to hand over = neutral (unsure: could be read as supporting the transfer)"))
U(d, "The powerful Tunisian General Labour Union (UGTT), which has more than a million members", "set out in the constitution.",
  ("Tunisian General Labour Union", T, neu, "Tunisia", "'avoided both applause and condemnation' is the outlet's framing; demand for guarantees and a time limit, no judgement = calling_for_talks (unsure: could be neutral)"))
U(d, "It asked the president to name a new prime minister quickly", "normal working of institutions.",
  ("Tunisian General Labour Union", T, neu, "Tunisia", "'It' = the union; request for a roadmap back to normal institutions = calling_for_talks"))
U(d, "\"We will not give anyone a blank cheque,\" Secretary-General Noureddine Taboubi said.", "Noureddine Taboubi said.",
  ("Tunisian General Labour Union", N, neg, "", "Taboubi = UGTT (name files); a warning with no target and no appeal = neutral, negative (unsure)"))
U(d, "Foreign Minister Othman Jerandi spent Monday on the phone", "according to the foreign ministry.",
  ("Tunisia", N, pos, "", "reassurance about its own course; the counterparts are only addressed"))
# No row: "Washington was among the first to respond." (summary line)
U(d, "The State Department said Secretary of State Antony Blinken had spoken to Saied", "with the Tunisian people.",
  ("United States", T, neu, "Tunisia", "appeal for democratic principles and dialogue, no judgement = calling_for_talks; Saied as object"))
U(d, "White House press secretary Jen Psaki said the administration was concerned", "constituted a coup.",
  ("United States", N, neg, "", "concern without an appeal + no legal judgement yet = neutral, negative"))
# No row: "Turkey, whose governing party is close to Ennahda, was the most outspoken." (summary line)
U(d, "Its foreign ministry said it was deeply troubled by the suspension of parliament", "without delay.",
  ("Turkey", T, neg, "Tunisia", "'Its' = Turkey's; concern + demand that legitimacy be restored, no explicit judgement word = calling_for_talks (unsure: 'restored' implies it was lost)"))
U(d, "Ibrahim Kalin, President Recep Tayyip Erdogan's spokesman, wrote that Ankara opposed", "without constitutional grounding.",
  ("Turkey", C, neg, "Tunisia", "Kalin = Turkey; Ankara = metonym; 'opposed ... condemned' aimed at the president's moves = condemning; Erdogan only in a possessive"))
U(d, "Germany's foreign ministry said it was very worried and wanted Tunisia back", "declined to call the events a coup.",
  ("Germany", T, neg, "Tunisia", "concern + wish for a return to constitutional order; explicitly no judgement = calling_for_talks"))
U(d, "She said the ministry would seek talks with the Tunisian ambassador in Berlin.", "ambassador in Berlin.",
  ("Germany", T, neu, "Tunisia", "'She' = Adebahr; seeking talks = calling_for_talks; Berlin = place"))
U(d, "The European Union asked all Tunisian actors to respect the constitution", "spokesperson in Brussels.",
  ("European Union", T, neu, "", "appeal to all sides for calm and the rule of law; unnamed spokesperson of a named body = EU; target empty (all actors)"))
U(d, "Paris took a similar line, saying France wanted the institutions", "steer clear of violence.",
  ("France", T, neu, "", "Paris = metonym; wish + hope = calling_for_talks"))
U(d, "Doha, which has long ties to Ennahda, urged all parties to avoid escalation", "citing the foreign ministry.",
  ("Qatar", T, neu, "", "Doha = metonym; appeal for dialogue; the agency reporting is not an actor"))
# No row: "The Arab League took a softer tone still." (summary line)
U(d, "Its Secretary-General, Ahmed Aboul Gheit, told Jerandi", "put the turbulence behind it.",
  ("Arab League", T, pos, "", "backing of the Tunisian people + hope for stability in one sentence: hope = calling_for_talks, rule 2 before rule 3 (unsure: could be supporting); Jerandi as object; 'the Cairo-based body' = the League, Cairo = place"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov said Russia was following the situation", "safety of Tunisians.",
  ("Russia", T, neu, "", "monitoring + hope that nothing endangers Tunisians = calling_for_talks (hope); Moscow = place"))
U(d, "Neighbouring Algeria, which shares a long border with Tunisia, said President Abdelmadjid Tebboune", "at a difficult moment.",
  ("Algeria", S, pos, "Tunisia", "solidarity with the president = supporting"))
# No rows: Article 80 background, "analysts say", the unnamed Tunis-based political scientist.
U(d, "The president's office said a new head of government would be appointed", "in the coming days.",
  ("Tunisia", N, neu, "", "the presidency = Tunisia; a plan; 'It gave no date.' is the outlet's remark (no row)"))
