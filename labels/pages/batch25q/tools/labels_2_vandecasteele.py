# ------------------------------------------------------------------ Vandecasteele-Assadi transfer (Belgian government press releases, 26 May - 2 June 2023)
d = "page_belgium_vandecasteele_swap2023_govreleases.txt"
# Not statements: ministry masthead, language bar, breadcrumb, menu, filter line, result count, release dates and titles
# (titles carry positions: never statements), share lines, press contacts, related pages, subscribe line, footer.
U(d, "The foreign ministers of Belgium, Denmark and Austria issued a joint statement", "to leave Iran this week.",
  ("Belgium", S, pos, "Oman", "joint statement by a list of states: thanks to the mediator, one row per state"),
  ("Denmark", S, pos, "Oman", "same joint statement"),
  ("Austria", S, pos, "Oman", "same joint statement"))
U(d, "The three ministers said they would keep working", "without further delay.",
  ("Belgium", T, neu, "Iran", "appeal for release and consular access, no judgement word"),
  ("Denmark", T, neu, "Iran", "same, 'the three ministers'"),
  ("Austria", T, neu, "Iran", "same, 'the three ministers'"))
U(d, "Minister Hadja Lahbib welcomed the news", "from the start.",
  ("Belgium", S, pos, "", "welcome of the releases + information shared with two capitals (backing by act); two beneficiaries -> target empty"))
# "Minister of Foreign Affairs Hadja Lahbib on Tuesday received representatives ..." = a meeting narrated: no row.
U(d, "Karel Dewinter, chair of the Flemish Platform for Aid Workers, told the minister", "for fifteen months.",
  ("Karel Dewinter", S, pos, "Belgium", "invented NGO head: praise and thanks"))
U(d, "Dewinter also urged the government to open a standing channel", "the next time.",
  ("Karel Dewinter", T, neu, "Belgium", "appeal for a diplomatic channel with Tehran, addressed to the Belgian government"))
U(d, "Farhad Moradi, one of the civil parties, said the victims", "a second time.\"",
  ("Farhad Moradi", C, neg, "Belgium", "invented civil party: judgement of the state's conduct without a stock word"))
U(d, "The minister said she understood their anger", "the life of a Belgian citizen.",
  ("Belgium", N, neu, "", "defence of its own conduct = neutral"))
U(d, "The government takes note of the statement of the National Council of Resistance of Iran", "new legal steps in Belgium.",
  ("National Council of Resistance of Iran", C, neg, "Belgium", "reported position inside the government's sentence: 'a reward for terrorism' + legal action"),
  ("Belgium", N, neu, "", "'takes note' = acknowledgement without evaluation"))
U(d, "Amnesty International said on Friday that the transfer risked encouraging", "would be protected.",
  ("Amnesty International", C, neg, "Belgium", "criticism of the transfer without a stock word + demand for an explanation"))
U(d, "Minister of Justice Vincent Van Quickenborne said the transfer had been carried out", "Constitutional Court in March.",
  ("Belgium", N, neu, "", "legal basis, procedure"))
U(d, "The Belgian government firmly rejects the statement by the Iranian Minister of Foreign Affairs", "in Germany and Belgium.",
  ("Belgium", N, neg, "", "rejecting Iran's claim of unlawful detention = a denial: neutral, negative (unsure: 'firmly rejects' could read as a judgement)"),
  ("Iran", C, neg, "", "reported clause: Amir-Abdollahian's claim of unlawful detention by two states -> target empty"))
U(d, "Mr Assadi was tried and convicted by an independent Belgian court", "changes that judgment.",
  ("Belgium", N, neu, "", "facts of the case, no evaluation of another actor"))
U(d, "In remarks reported by the Iranian news agency IRNA on Saturday", "its constructive efforts.",
  ("Iran", S, pos, "Oman", "thanks to the mediator; 'in remarks reported by' attribution"))
U(d, "He said Iran was open to \"similar humanitarian arrangements\"", "other European countries.",
  ("Iran", T, neu, "", "offer of further arrangements = offer of talks"))
U(d, "Kanaani was also quoted as denying that Iran used foreign detainees", "Iran's courts.",
  ("Iran", N, neg, "", "denial = neutral, negative; surname only"))
U(d, "Minister Lahbib said Belgium would not accept that description", "where Iran sits.\"",
  ("Belgium", C, neg, "Iran", "accusation of hostage-taking, quote opened after a colon"))
U(d, "All travel to Iran is advised against", "whatever the purpose.",
  ("Belgium", N, neu, "", "consular advice; 'The travel advice ... remains unchanged.' before it gets no row"))
U(d, "Prime Minister Alexander De Croo announced on Friday that Belgian humanitarian worker", "detention in Iran.",
  ("Belgium", N, pos, "", "announcement of a fact, glad tone"))
# "Mr Vandecasteele was flown from Tehran to Muscat ..." = the release's narration of the journey: no row.
U(d, "\"Olivier is coming home.", "the Prime Minister said.",
  ("Belgium", S, pos, "", "thanks to all who campaigned; no single target"))
U(d, "De Croo said the government had weighed a painful choice", "No Belgian is written off.\"",
  ("Belgium", N, neu, "", "justification of its own decision = neutral"))
U(d, "The Sultanate of Oman announced earlier on Friday", "the talks it hosted.",
  ("Oman", S, pos, "", "praise of both delegations' good faith; two parties -> target empty"))
U(d, "The Prime Minister thanked Sultan Haitham bin Tarik", "at every step\".",
  ("Belgium", S, pos, "Oman", "thanks and praise"))
U(d, "Minister Lahbib spoke on Friday afternoon with her French counterpart", "with the Vandecasteele family.",
  ("France", S, pos, "", "relief and solidarity (relative clause); the call itself is narration for Belgium: no Belgium row"))
U(d, "Colonna told the minister that France would keep pressing Tehran", "held arbitrarily.",
  ("France", C, neg, "Iran", "'held arbitrarily' = judgement of Iran; surname only"))
U(d, "EU High Representative Josep Borrell welcomed the release", "for its discretion.",
  ("European Union", S, pos, "Oman", "welcome + thanks"))
U(d, "The Netherlands and Luxembourg also sent messages of support", "the ministry said.",
  ("Netherlands", S, pos, "Belgium", "support by a list of two states, attribution tail"),
  ("Luxembourg", S, pos, "Belgium", "same"))
U(d, "The government asks the media to respect the privacy", "in the coming days.",
  ("Belgium", N, neu, "", "a request to the press, not a diplomatic appeal"))
