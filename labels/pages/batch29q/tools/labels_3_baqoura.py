# ------------------------------------------------------------------ Jordan ends the Baqoura and Ghumar annexes (Jordanian daily, full HTML, 2018-10-22)
d = "page_jordan_baqoura_ghumar2018_daily.html"
# Not statements: nav, crumbs, headline (carries the King's position), subhead, byline, captions, ADVERTISEMENT, crossheads, tags, comments, most read, footer.
U(d, "His Majesty King Abdullah announced on Sunday that Jordan has decided", "most pressing concerns.",
  ("Jordan", N, neu, "", "dateline excluded; ending the annexes under the treaty's own notice clause with no protest or judgement stated = a decision, neutral (like a withdrawal with no protest; unsure: could be read as a measure against Israel, condemning)"))
U(d, "\"Not one dunum of Baqoura or Ghumar", "according to a Royal Court statement.",
  ("Jordan", N, pos, "", "'His Majesty' by title; assertion of own sovereignty, no judgement of Israel = neutral, positive"))
U(d, "The King said he had acted because the national interest", "any other consideration.",
  ("Jordan", N, pos, "", "title only; reason for own decision"))
U(d, "The Foreign Ministry said it had delivered two official notes", "the treaty's provisions.",
  ("Jordan", N, neu, "", "procedure; 'the Israeli side'"))
# "Under Annex I (b) and (c) ..." = background, no row.
U(d, "Minister of Foreign and Expatriates Affairs Ayman Safadi told the Courier", "as the text provides.",
  ("Jordan", N, neu, "", "legal position and procedure"))
U(d, "\"We are not breaking any commitment, we are applying the agreement as it was written,\"", "the Minister said.",
  ("Jordan", N, neu, "", "'the Minister'; rebuttal of an implied charge = denial, neutral"))
U(d, "He added that Jordan would enter those consultations in good faith", "protected the national interest.",
  ("Jordan", T, neu, "Israel", "commits to consultations = calling_for_talks"))
U(d, "Minister of State for Media Affairs and government spokeswoman Jumana Ghunaimat said", "His Majesty's directive.",
  ("Jordan", N, neu, "", "cabinet procedure"))
U(d, "The spokeswoman said the ownership of private plots", "against peace itself.",
  ("Jordan", N, neu, "", "'the spokeswoman'; plans + reassurance (not a move against peace)"))
U(d, "Prime Minister Omar Razzaz, speaking at the start of the weekly Cabinet session", "aspirations of Jordanians.",
  ("Jordan", N, pos, "", "praise of own state's decision = self-praise, neutral positive"))
U(d, "He praised the Jordanian Armed Forces", "once the annexes expire.",
  ("Jordan", N, pos, "", "praise of own army = self-praise"))
U(d, "The Lower House Speaker, Atef Tarawneh, said the announcement", "a brave decision.",
  ("Jordan", N, pos, "", "parliament speaker = Jordan; praise of own King = self-praise (neutral, positive)"))
# "Dozens of activists ..." = narration, unnamed, no row.
U(d, "In Israel, Prime Minister Benjamin Netanyahu said Israel would hold talks", "every reason to protect.",
  ("Israel", T, pos, "Jordan", "offer of talks on an extension = calling_for_talks"))
U(d, "Agriculture Minister Uri Ariel was quoted by Israeli radio", "Amman should reconsider.",
  ("Israel", C, neg, "Jordan", "'a blow to farmers' = judgement without a stock word + demand to reconsider (rule 1)"))
U(d, "The Palestinian foreign ministry welcomed the King's decision", "the official WAFA agency.",
  ("Palestine", S, pos, "Jordan", "welcome with no appeal = supporting"))
U(d, "A U.S. embassy spokesperson in Amman said Washington considered", "under the treaty.",
  ("United States", N, neu, "", "procedural line: a bilateral matter (unsure: could be read as an appeal to settle under the treaty)"))
U(d, "Dr. Sameer Khasawneh, a professor of international law", "legal path available.",
  ("Sameer Khasawneh", S, pos, "Jordan", "invented scholar; approval of Jordan's step"))
U(d, "\"The treaty itself gave Jordan this right, so Israel has no legal ground for complaint,\"", "Khasawneh said.",
  ("Sameer Khasawneh", N, neu, "", "legal assessment, no judgement of Israel's conduct (unsure)"))
U(d, "Mohammad Ghazawi, head of the Northern Shouneh municipality", "once it returned.",
  ("Jordan", N, pos, "", "local official resolves to his state (labels README: provincial officials); hope of access = plan"))
U(d, "\"People here have waited a quarter of a century", "he said.",
  ("Jordan", N, pos, "", "local official; request to own government = neutral"))
U(d, "She said the Government would, in the coming days, form a legal and technical committee", "with the Israeli side.",
  ("Jordan", N, neu, "", "plan/procedure"))
U(d, "An Israeli foreign ministry official said Israel had received the two notes", "declining to comment further.",
  ("Israel", N, neu, "", "unnamed official of a named government; receipt + no comment"))
U(d, "The Arab Parliament, in a statement from Cairo, welcomed the decision", "without delay.",
  ("Arab Parliament", T, pos, "Israel", "welcome joined to a demand on one side with no judgement: rule 2 before rule 3 (unsure: the appeal is compliance, not peace; could be supporting)"))
U(d, "At home, the Islamic Action Front said the step was long overdue", "violations in Jerusalem.",
  ("Islamic Action Front", C, neg, "Israel", "party; 'its violations' + call to freeze the treaty = judgement + measure against Israel"))
U(d, "Former prime minister Abdul Salam Majali, one of the treaty's negotiators, said", "the core of the peace.",
  ("Abdul Salam Majali", N, neu, "", "former PM out of office = independent person under his own name (unsure: could resolve to Jordan); explanation, no evaluation"))
