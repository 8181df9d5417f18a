# ------------------------------------------------------------------ The killing of Camilo Catrillanca (party press-release page, HTML, Nov-Dec 2018)
d = "page_chile_catrillanca2018_partypress.html"
# Not statements: top bar, logo, nav, breadcrumb, page title, intro line, release titles (some carry a position), dates,
# caption, ADVERTISEMENT, related list, newsletter, comments, footer.
U(d, "The Socialist Party takes note of the President's decision to ask for the resignation", "Hermes Soto.",
  ("Socialist Party of Chile", N, neu, "", "taking note = neutral"),
  ("Chile", N, neu, "", "the President's request for the police chief's resignation = a specific act reported as done, a disciplinary step against its own officer, no judgement (re-check: row added, like the dismissals in the 20 November release)"))
U(d, "The change comes five weeks late and only after the country saw with its own eyes", "the party said.",
  ("Socialist Party of Chile", C, neg, "Chile", "judgement of the government's account as false; attribution tail"))
U(d, "The party president, Senator Álvaro Elizalde, said replacing one general would not answer", "Ministry of the Interior.",
  ("Socialist Party of Chile", C, neg, "Chile", "leader by title speaks for the party; accusation of lies"))
U(d, "\"The minister who defended that version in front of the whole country still owes Chile an explanation,\" the party president said.", "the party president said.",
  ("Socialist Party of Chile", C, neg, "Chile", "'the minister' = Chadwick by context; reproach"))
U(d, "The Socialist Party, the Party for Democracy, the Communist Party of Chile and the Frente Amplio issued a joint declaration", "Mapuche communities.",
  ("Socialist Party of Chile", C, neg, "Chile", "joint declaration by a list: one row per party; demand to dismantle a unit = demand for a measure against the State's force, read as condemning (unsure: could be calling_for_talks)"),
  ("Party for Democracy (Chile)", C, neg, "Chile", "same declaration"),
  ("Communist Party of Chile", C, neg, "Chile", "same declaration"),
  ("Broad Front (Chile)", C, neg, "Chile", "same declaration; Frente Amplio declared as new actor"))
U(d, "The signatories also asked the Government to open a dialogue with the communities of Araucanía", "political representation.",
  ("Socialist Party of Chile", T, neu, "Chile", "'the signatories' = the four parties; appeal for dialogue"),
  ("Party for Democracy (Chile)", T, neu, "Chile", "same"),
  ("Communist Party of Chile", T, neu, "Chile", "same"),
  ("Broad Front (Chile)", T, neu, "Chile", "same"))
U(d, "The Christian Democratic Party did not sign the text but said separately", "a full investigation.",
  ("Christian Democratic Party (Chile)", T, neu, "", "not signing (no protest stated) + demand for an investigation = calling_for_talks (as demands for an inquiry in batch5c)"))
U(d, "The Socialist bench in the Chamber of Deputies announced that it will gather the signatures needed to interpellate", "handling of the case.",
  ("Socialist Party of Chile", C, neg, "Chile", "the party's bench = party; interpellation over the handling = an accountability measure against the government"))
U(d, "For four days, the Government told the country that Camilo Catrillanca died in a confrontation", "showed otherwise.",
  ("Socialist Party of Chile", C, neg, "Chile", "attribution in the middle ('according to the bench's statement'); the Government's account is reported only as the accused conduct: no separate Chile row"))
U(d, "The head of the bench said the minister had lent his voice to a cover-up", "whether he knew it or not.",
  ("Socialist Party of Chile", C, neg, "Chile", "office holder by title only; judgement"))
U(d, "On Monday the minister acknowledged that one of the officers had carried a camera", "no place in the force.",
  ("Chile", C, neg, "", "the Interior Minister = Chile; judgement of the officer's conduct (target: a police officer, not an actor -> empty)"))
U(d, "The Government has also announced the dismissal of four officers", "commanders in the region.",
  ("Chile", N, neu, "", "disciplinary measures against own officers, announced = neutral facts (unsure)"))
# "The Party's Commission on Indigenous Peoples held an open forum in Temuco on Saturday." = narration of an event: no row (re-check).
U(d, "Professor Tomás Lagos Huaiquil, a historian at the University of La Frontera, told the forum", "the result was predictable.",
  ("Tomás Lagos Huaiquil", C, neg, "Chile", "invented scholar; judgement of the State's response"))
U(d, "\"The Araucanía has buried too many young men for anyone to call this an accident,\" Lagos said.", "Lagos said.",
  ("Tomás Lagos Huaiquil", C, neg, "", "judgement without a stock word; no named target"))
U(d, "Rosa Painemal, a community leader from Ercilla, said her people did not want more funerals", "face to face.",
  ("Rosa Painemal", T, neg, "Chile", "invented community leader; appeal for dialogue"))
U(d, "The National Human Rights Institute filed a criminal complaint for homicide on behalf of the family", "in a statement.",
  ("National Human Rights Institute", C, neg, "", "legal action for homicide = a response (condemning); target empty (officers, not an actor)"))
U(d, "The South America regional office of the UN human rights office called on Chilean authorities", "the Mapuche people.",
  ("United Nations", T, neu, "Chile", "demand for an investigation + rights, no judgement = calling_for_talks"))
U(d, "The Inter-American Commission on Human Rights condemned the killing", "international standards.",
  ("Organization of American States", C, neg, "Chile", "IACHR = OAS; condemnation + appeals: rule 1"))
U(d, "The Socialist Party of Chile condemns the death of the young comunero Camilo Catrillanca", "commune of Ercilla.",
  ("Socialist Party of Chile", C, neg, "", "condemnation; no actor named in the sentence -> target empty"))
U(d, "We send our condolences and our solidarity to his family", "the Mapuche people.",
  ("Socialist Party of Chile", S, pos, "", "condolences and solidarity = supporting (the family and the Mapuche people are not actors -> target empty)"))
U(d, "The party holds the Government responsible for a security policy", "shut the door on politics.",
  ("Socialist Party of Chile", C, neg, "Chile", "'holds ... responsible' = judgement"))
U(d, "The party president, Senator Álvaro Elizalde, called for the immediate suspension of the officers", "Public Prosecutor's Office.",
  ("Socialist Party of Chile", T, neg, "", "demand addressed to the authorities without a judgement word (like 'must cease' in labels/README) = calling_for_talks; unsure: a demand for sanctions on officers could be condemning"))
U(d, "The Government's first reaction, which linked the operation to a vehicle theft, will not hold, he said.", "he said.",
  ("Socialist Party of Chile", C, neg, "Chile", "rejection of the government's account = judgement"))
