# ------------------------------------------------------------------ ICJ advisory opinion on the occupation (Middle East English-language site, full HTML, 2024-07-20)
d = "page_icj_occupation_opinion_webpage.html"
# Not statements: cookie bar, edition strip, nav, LATEST ticker, breadcrumbs, kicker, headline, standfirst, byline, meta,
# share bar, figcaptions ("1 of 2 | ..."), crossheads, ADVERTISEMENT, "Related:", tags, newsletter, comments, most read, footer.
U(d, "The Palestinian leadership hailed the International Court of Justice's advisory opinion", "within an hour of the ruling.",
  ("Palestine", S, pos, "International Court of Justice", "dateline 'RAMALLAH/JERUSALEM — ' excluded; long lead: the leadership's welcome = supporting the court"),
  ("Israel", C, neg, "International Court of Justice", "same lead: the prime minister 'brushed the court aside' = rejection of the court in protest. 'Arab governments followed' is a summary clause with no named actor (no row)"))
U(d, "Reading the opinion in The Hague, the court's president, Nawaf Salam,", "move the settlers out.",
  ("International Court of Justice", C, neg, "Israel", "the court (its president reading the opinion) finds Israel's presence unlawful and orders it to end = judgement; The Hague = place; Salam not declared (left the court in 2025)"))
U(d, "The court, which ruled on questions put to it by the UN General Assembly", "or help to maintain it.",
  ("International Court of Justice", C, neg, "Israel", "'The court' = ICJ; non-recognition and no aid to an unlawful situation = consequences imposed on Israel's position (unsure: could be neutral, a statement of third-state obligations); the General Assembly is only narrated"))
# "Advisory opinions are not binding, but lawyers on both sides of the argument agree ..." = narration + unnamed lawyers (no row)
U(d, "Prime Minister Benjamin Netanyahu posted on X", "describe it as occupation.",
  ("Israel", C, neg, "International Court of Justice", "leader quoted from social media; denies the court any standing = rejection/judgement of the court"))
U(d, "Foreign Minister Israel Katz said the opinion had been written as if", "punishing the victims.",
  ("Israel", C, neg, "International Court of Justice", "judgement without stock words ('rewarded terror')"))
U(d, "Katz said he had instructed Israel's missions abroad", "follow-up vote at the United Nations.",
  ("Israel", N, neu, "", "own diplomatic procedure, no evaluation in the sentence (unsure: a campaign against the opinion could be read as condemning)"))
U(d, "Finance Minister Bezalel Smotrich, who also oversees civilian affairs in the West Bank,", "over the territory at once.",
  ("Israel", C, neg, "International Court of Justice", "minister (alias of Israel in the name files) demanding annexation as the answer to the court = threatened response"))
U(d, "The Yesha Council, the umbrella body of settler municipalities,", "where Jews may live.",
  ("Yesha Council", C, neg, "International Court of Justice", "settlers' body under its own name (name files); 'taken sides' = judgement of the judges"))
U(d, "In Ramallah, the office of President Mahmoud Abbas welcomed the opinion", "into leaving the occupied territories now.",
  ("Palestine", T, neg, "Israel", "welcome + appeal to make Israel withdraw, no judgement word: rule 2 before rule 3 (unsure: 'by whatever means they had' could be read as a call for sanctions = condemning); Ramallah = place"))
U(d, "Riyad Mansour, the Palestinian envoy to the UN,", "when the assembly reconvenes in September.",
  ("Palestine", N, neu, "", "own plan for a follow-up resolution"))
U(d, "Hamas, which has governed Gaza since 2007, welcomed the ruling too,", "devouring Palestinian land.",
  ("Hamas", C, neg, "Israel", "welcome + judgement ('never had any legitimacy', 'devouring'): rule 1"))
U(d, "Riyadh welcomed the opinion in a statement from the foreign ministry posted on X,", "Arab Peace Initiative of 2002.",
  ("Saudi Arabia", T, pos, "", "Riyadh = metonym; welcome + appeal for a negotiated settlement: rule 2 before rule 3"))
U(d, "Jordan's foreign minister, Ayman Safadi, wrote on X", "for as long as the occupation lasted.",
  ("Jordan", S, pos, "International Court of Justice", "role then name; approval of the ruling on social media; the warning about Israelis' safety carries no explicit judgement"))
U(d, "Cairo said the court had confirmed what Egypt had argued", "right to self-determination.",
  ("Egypt", C, neg, "Israel", "Cairo = metonym; adopts the finding that Israel denies self-determination = judgement"))
U(d, "Abu Dhabi said Israel's attempts to remake the legal and historic character", "revive the peace process.",
  ("United Arab Emirates", C, neg, "Israel", "Abu Dhabi = metonym; 'unacceptable' aimed at Israel's attempts + peace appeal: rule 1"))
U(d, "The Arab League's secretary-general, Ahmed Aboul Gheit,", "pretend not to see.",
  ("Arab League", S, pos, "International Court of Justice", "secretary-general = the League; praise of the opinion"))
U(d, "Ankara's foreign ministry said the judges had now given legal weight", "lawless conduct in the territories.",
  ("Turkey", C, neg, "Israel", "Ankara = metonym; 'oppressive', 'lawless conduct' = judgement"))
U(d, "The ministry recalled that Turkish diplomats had argued the case", "filed a written brief.",
  ("Turkey", N, neu, "", "'The ministry' = Turkish foreign ministry by context; own past act recalled"))
U(d, "South Africa, which has brought a separate genocide case against Israel", "entrench the occupation.",
  ("South Africa", C, neg, "Israel", "welcome + call on all states to stop arming Israel = a call for a measure against Israel (like sanctions): condemning"))
U(d, "In Washington, a State Department spokesperson said in an emailed response on Saturday", "any prospect of peace.",
  ("United States", C, neg, "Israel", "unnamed spokesperson of a named body; settlement growth 'unlawful and damaging' = judgement; Washington = place here"))
U(d, "“But the sheer sweep of this opinion worries us.", "the spokesperson said.",
  ("United States", C, neg, "International Court of Justice", "two-sentence quote closed by its speaker = one unit; faults the breadth of the court's opinion (unsure: could be read as concern without an appeal = neutral)"))
U(d, "The only way forward, the spokesperson said, remained direct negotiations", "Israel's security needs.",
  ("United States", T, neu, "", "attribution mid-sentence; direct negotiations = calling_for_talks"))
U(d, "In Brussels, the European Union's foreign policy chief, Josep Borrell,", "status of the territories.",
  ("European Union", S, pos, "International Court of Justice", "role then name; the conclusions match EU positions = approval; Brussels = place"))
U(d, "Borrell wrote on X that Europe could not choose", "which to ignore.",
  ("European Union", S, pos, "International Court of Justice", "social media; commitment to respect the court's decisions = support"))
U(d, "Officials in Brussels would now go through the text", "he added.",
  ("European Union", N, neu, "", "'he' = Borrell; attribution tail; a plan (study of the implications)"))
U(d, "At the United Nations, spokesperson Stéphane Dujarric said Secretary-General Antonio Guterres would transmit", "decide what to do next.",
  ("United Nations", N, neu, "", "procedure: transmission to the General Assembly"))
U(d, "Guterres, he said, continued to urge all sides", "living side by side.",
  ("United Nations", T, neu, "", "reported through the spokesperson ('he said'); appeal to all sides"))
# Live box: the heading "LIVE: Reactions as they came in", timestamps, entry headings and "Show earlier updates" are not statements.
U(d, "The Organisation of Islamic Cooperation says the opinion confirms", "bring it to an end.",
  ("Organisation of Islamic Cooperation", C, neg, "Israel", "live-blog item (present tense); 'no basis in law' = judgement + call for binding Council measures: rule 1"))
U(d, "Kuwait's foreign ministry says it supports the advisory opinion in full.", "in full.",
  ("Kuwait", S, pos, "International Court of Justice", "live-blog item; support for the opinion"))
U(d, "Doha says it hopes the opinion will bring the end of the occupation", "immediate ceasefire in Gaza.",
  ("Qatar", T, pos, "", "live-blog item; Doha = metonym; hope + ceasefire appeal = calling_for_talks"))
# "What happens now": "Diplomats in New York say ..." (unnamed), the unnamed professor and the Hebron shopkeeper: no rows.
