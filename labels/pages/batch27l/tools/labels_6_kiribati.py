# ------------------------------------------------------------------ Kiribati suspends its judges (Lambourne, Hastings, the Court of Appeal), analysis/explainer (2022-09-14)
d = "page_kiribati_judges_suspended2022_explainer.txt"
# Not statements: masthead, menu, breadcrumb, kicker, headline, standfirst, byline, image caption, question crossheads, ADVERTISEMENT, Read more, tags, support prompt, copyright.
# "When the Court of Appeal of Kiribati ruled on 26 August ..." = narration of a court ruling (a court is not a speaker for the state here), no row.
U(d, "Instead, on 6 September, the government suspended all three judges", "Rodney Hansen and Paul Heath.",
  ("Kiribati", C, neg, "", "a measure taken against the judges (suspension, like an expulsion) = condemning; judges are not a canonical actor -> target empty"))
# "With Chief Justice Bill Hastings suspended ...", the Lambourne background, the 2018/2021 history and
# "The government has appealed, suspended, and set up tribunals at each stage since." = background narration, no row.
# "The Office of Te Beretitenti ... has set out its case mostly in posts ..." = narration, no row.
U(d, "In a post published after the appeal ruling, the office said", "gives to the executive.",
  ("Kiribati", C, neg, "", "'the office' = the president's office; accusation of partiality and usurpation aimed at the judges -> target empty"))
U(d, "The same statement said the government remained committed", "under section 93 of the Constitution.",
  ("Kiribati", N, neu, "", "reassurance about own conduct + legal basis = neutral"))
U(d, "President Taneti Maamau was quoted by the state broadcaster as saying", "report to him.",
  ("Kiribati", C, neg, "", "passive attribution ('was quoted ... as saying'); rebuke of foreign judges + tribunals against them = condemning (unsure: half of it is procedure)"))
U(d, "The president's office has also rejected suggestions that the dispute is linked", "calling the claims unfounded.",
  ("Kiribati", N, neg, "", "denial = neutral, negative"))
U(d, "In August, Attorney General Tetiro Semilota told the Maneaba", "without giving details.",
  ("Kiribati", N, neu, "", "the attorney general's stated ground for a past order = neutral"))
# "Carefully." = the writer's summary, no row.
U(d, "A spokesperson for New Zealand's Ministry of Foreign Affairs and Trade said", "from the Kiribati government.",
  ("New Zealand", N, neg, "Kiribati", "'deeply troubled' + seeking an explanation: concern with no appeal = neutral, negative"))
U(d, "Foreign Minister Nanaia Mahuta went a little further", "let its courts do their work.",
  ("New Zealand", T, neg, "Kiribati", "concern + appeal to let the courts work, no explicit judgement = calling_for_talks; Tarawa = metonym"))
U(d, "In Canberra, a Department of Foreign Affairs and Trade spokesperson said Australia", "his lawyers.",
  ("Australia", N, neu, "", "monitoring + consular contact reported = neutral"))
U(d, "Australia has provided consular assistance to Lambourne throughout", "the substance of the dispute.",
  ("Australia", S, neu, "", "assistance given by act = supporting; Lambourne is not a canonical actor -> target empty (unsure: consular help to one's own citizen is close to neutral)"))
U(d, "Asked about the case in Canberra last week, Foreign Minister Penny Wong said", "every country in the Pacific.",
  ("Australia", N, pos, "", "respect for sovereignty + a general principle, no appeal addressed to Tarawa and no judgement = neutral"))
U(d, "Its Secretary General, Henry Puna, said only that the Forum's door remained open", "the country's own Constitution.",
  ("Pacific Islands Forum", T, pos, "Kiribati", "open door + hope for a way through = calling_for_talks"))
# "The Pacific Islands Forum, which Kiribati left in July, has stayed out of the dispute." = narration, no row.
# "Lawyers' bodies have been less restrained than governments." = summary line, no row.
U(d, "Law Council of Australia president Tass Liveris said the suspension", "no Commonwealth country should tolerate.",
  ("Law Council of Australia", C, neg, "Kiribati", "judgement: 'an assault on the independence of the judiciary'"))
U(d, "The New Zealand Law Society said in a statement that it stood with the people of Kiribati", "without delay.",
  ("New Zealand Law Society", T, neg, "Kiribati", "solidarity + demand to reinstate the judges, no judgement word: the appeal decides (rule 2 before 3) (unsure: could be supporting)"))
U(d, "The Commonwealth Lawyers Association, whose president Brian Speer", "between the branches of government.",
  ("Commonwealth Lawyers Association", C, neg, "Kiribati", "charge of a breach of the Latimer House Principles"))
U(d, "At the United Nations, the Special Rapporteur on the independence of judges", "according to his office.",
  ("United Nations", N, neu, "Kiribati", "UN special rapporteur; a letter sent = procedural act = neutral"))
# "The opposition has been the most outspoken." = summary line, no row.
U(d, "Tessie Eria Lambourne, who leads the Boutokaan Kiribati Moa Party, told Pacific Ledger", "to get at one family.",
  ("Boutokaan Kiribati Moa Party", C, neg, "Kiribati", "opposition leader speaks for her party; accusation"))
U(d, "\"They have emptied the courts because they could not win in them,\" she said.", "\"They have emptied the courts because they could not win in them,\" she said.",
  ("Boutokaan Kiribati Moa Party", C, neg, "Kiribati", "accusation, no stock word"))
U(d, "\"Our people are the ones who pay, with cases that nobody can hear.\"", "\"Our people are the ones who pay, with cases that nobody can hear.\"",
  ("Boutokaan Kiribati Moa Party", C, neg, "Kiribati", "quote continued after the attribution; blame by describing the harm to people = condemning (unsure: could be neutral)"))
U(d, "Dr Rereao Teaiwa, who teaches constitutional law", "whose rulings it disliked.",
  ("Rereao Teaiwa", C, neg, "Kiribati", "invented scholar (person); judgement of the government's reading of the Constitution"))
U(d, "\"On the government's theory, a ruling against it is itself evidence of misbehaviour,\" Teaiwa said.", "\"On the government's theory, a ruling against it is itself evidence of misbehaviour,\" Teaiwa said.",
  ("Rereao Teaiwa", C, neg, "Kiribati", "judgement by reductio"))
U(d, "\"That is not a check on the courts; it is the end of them.\"", "\"That is not a check on the courts; it is the end of them.\"",
  ("Rereao Teaiwa", C, neg, "Kiribati", "quote continued after the attribution; judgement"))
U(d, "She said the quickest way out was for both sides to agree", "in the meantime.",
  ("Rereao Teaiwa", T, neu, "", "appeal for an agreed panel and a return of the court = calling_for_talks; both sides -> target empty"))
# "Michael Pouono, ... was more cautious about outsiders weighing in." = summary line, no row.
U(d, "\"Canberra and Wellington are right not to lecture Tarawa in public", "he said.",
  ("Michael Pouono", S, pos, "", "invented former adviser (person); approval of two governments' restraint = supporting; two actors -> target empty"))
U(d, "Pouono said the central difficulty was that Kiribati's superior courts", "predated the current dispute.",
  ("Michael Pouono", N, neu, "", "background analysis, no judgement"))
# "The tribunals have no fixed timetable.", the no-confidence motion and the 200 cases "according to lawyers practising in Tarawa" (unnamed) = narration, no row.
