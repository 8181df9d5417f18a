# ------------------------------------------------------------------ Vanuatu 2019: the refused work permit of Daily Post director Dan McGarry (world-reacts round-up, 2019-11-11)
d = "page_mcgarry2019_vanuatu_worldreacts.txt"
# Not statements: masthead, menu, headline, update line, the intro paragraph (narration), the bold section labels, Read more, share, copyright.
U(d, "The Labour Department said the position", "as the work permit rules require.",
  ("Vanuatu", N, neu, "", "procedural reason for the refusal = neutral"))
U(d, "Prime Minister Charlot Salwai's office denied", "the newspaper's reporting.",
  ("Vanuatu", N, neg, "", "denial = neutral, negative"))
U(d, "Government spokesperson: the matter is administrative, not political.", "Government spokesperson: the matter is administrative, not political.",
  ("Vanuatu", N, neu, "", "verbless roundup line; denial of a political motive"))
U(d, "McGarry said the government was abusing administrative procedures", "warn other journalists.",
  ("Dan McGarry", C, neg, "Vanuatu", "independent person (the journalist himself); accusation"))
U(d, "He has lodged an appeal.", "He has lodged an appeal.",
  ("Dan McGarry", N, neu, "", "act of procedure = neutral"))
U(d, "The association said it was saddened", "every legal avenue open to him.",
  ("Media Association of Vanuatu", T, neg, "Vanuatu", "sadness + appeal to the PM, no judgement = calling_for_talks"))
U(d, "The Department of Foreign Affairs and Trade said Australia was following the case", "every democracy in the region.",
  ("Australia", N, neu, "", "monitoring + general principle, no appeal to anyone = neutral"))
# "No call on Port Vila to reverse the decision." = the compiler's note on what Australia did not say, no row.
U(d, "Foreign Minister Winston Peters: a matter for Vanuatu's own processes", "fair and transparent.",
  ("New Zealand", N, pos, "", "verbless bullet; procedural line + trust in the process = neutral"))
U(d, "Global Affairs Canada said its consular officials", "help him and his family.",
  ("Canada", S, pos, "Dan McGarry", "consular help offered = backing by act"))
U(d, "The regional body said the refusal sent a chilling signal", "urged Port Vila to reconsider.",
  ("Pacific Islands News Association", C, neg, "Vanuatu", "judgement without stock words ('chilling signal') + appeal (rule 1)"))
U(d, "Strong words from the forum's chair", "speak of good governance.",
  ("Pacific Freedom Forum", C, neg, "Vanuatu", "'the forum's chair' speaks for the forum; 'thinly disguised expulsion'"))
U(d, "RSF called the refusal arbitrary", "investigative reporting.",
  ("Reporters Without Borders", C, neg, "Vanuatu", "'arbitrary', 'punishment' = judgement"))
U(d, "It asked the Prime Minister to reconsider without delay.", "It asked the Prime Minister to reconsider without delay.",
  ("Reporters Without Borders", T, neu, "Vanuatu", "'It' = RSF; appeal alone in this sentence = calling_for_talks"))
U(d, "Solidarity with McGarry and the Daily Post newsroom", "media dialogue.",
  ("International Federation of Journalists", S, pos, "Dan McGarry", "verbless bullet; solidarity = supporting"))
U(d, "The committee said it was alarmed by the decision", "would keep watching the appeal.",
  ("Committee to Protect Journalists", N, neg, "", "alarm + monitoring, no appeal = neutral, negative"))
U(d, "The anti-corruption group said the Daily Post's reporting", "public oversight of government.",
  ("Transparency International Vanuatu", S, pos, "", "praise of the paper's work; the newspaper is not a canonical actor -> target empty (unsure: an implied judgement of the government)"))
U(d, "The Chinese embassy in Port Vila said reports linking", "Vanuatu's internal affairs.",
  ("China", N, neg, "", "denial = neutral, negative; 'groundless' aimed at unnamed reports"))
U(d, "The Forum Secretariat said it had no comment", "of a member state.",
  ("Pacific Islands Forum", N, neu, "", "procedural no comment"))
U(d, "Dr Mele Tavoa, a media law lecturer in Port Vila:", "use that rule as a muzzle.\"",
  ("Mele Tavoa", C, neg, "Vanuatu", "invented scholar; quote with no verb; 'muzzle' = judgement"))
U(d, "Graham Kerslake, a former editor", "watchdog on its public finances.",
  ("Graham Kerslake", N, neg, "", "invented former editor; prediction, no explicit judgement"))
U(d, "Opposition leader Ishmael Kalsakau of the Union of Moderate Parties said", "raise the case in parliament.",
  ("Union of Moderate Parties", C, neg, "Vanuatu", "opposition leader speaks for his party; 'could not stand criticism' = judgement"))
U(d, "The French embassy in Port Vila said France remained attached", "fairly and quickly.",
  ("France", T, pos, "", "principle + hope for a fair appeal = hope/appeal, no judgement = calling_for_talks"))
U(d, "Concerned, according to a statement from the U.S. embassy in Port Moresby", "following reports on the case.",
  ("United States", N, neg, "", "verbless opening; concern with no appeal = neutral, negative"))
U(d, "The organisation's Pacific office in Apia urged the authorities", "the work of journalists.",
  ("UNESCO", T, neu, "Vanuatu", "appeal with no judgement = calling_for_talks"))
U(d, "A statement of support for McGarry", "independent reporting for the region.",
  ("Fiji Media Association", S, pos, "Dan McGarry", "verbless bullet; support + praise"))
