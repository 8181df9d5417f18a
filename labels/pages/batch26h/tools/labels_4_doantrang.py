# ------------------------------------------------------------------ Sentencing of Pham Doan Trang (Vietnamese state media, 2021-12-16)
d = "page_vietnam_doantrang_verdict2021_statemedia.txt"
# Not statements: outlet name and language bar, menu, section, headline (it carries the ministry's position: the body gives
# it), time stamp, [PHOTO] caption, capitals crossheads, ADVERTISEMENT, sign-off "VNN", RELATED NEWS, keywords, share bar,
# most viewed, licence line.
U(d, "Vietnam handles all violations of the law in line with its legal provisions", "said on December 16.",
  ("Vietnam", C, neg, "", "dateline 'Hanoi (VNN) - ' excluded; rejects 'interference' by others under a human-rights pretext = judgement aimed at several foreign critics -> target empty"))
U(d, "Hang made the remark at the ministry's regular press conference", "on December 14.",
  ("Vietnam", N, neu, "", "surname only; context of the remark + the court's sentence (an act of the state's court reported as done) = neutral"))
U(d, "\"The case was heard publicly", "Hang said.",
  ("Vietnam", N, neu, "", "reassurance about the trial's conduct = neutral (own conduct)"))
U(d, "The spokesperson said comments that described the trial as an attack", "Vietnam's legal system.",
  ("Vietnam", C, neg, "", "denial joined to a judgement of the critics ('lack of understanding') -> condemning; critics several -> target empty"))
U(d, "She added that Vietnam was ready to exchange views with partners", "disregarded its sovereignty.",
  ("Vietnam", T, neu, "", "offer of dialogue (with a caveat that names no one) = calling_for_talks (unsure: the caveat could be read as a warning)"))
# "The first-instance trial found Pham Thi Doan Trang ... guilty ..." = report of the verdict (narration in the outlet's voice), no row.
# "According to the indictment read in court, ..." = narration of the charges, no row (the indictment is not quoted as a position).
U(d, "The procuracy's representative told the court that the defendant's acts were dangerous", "seven to eight years.",
  ("Vietnam", N, neg, "", "procuracy = a state organ; charge against a private person (not an actor) + sentencing proposal = procedure, negative tone"))
U(d, "The trial panel said the defendant had not shown remorse", "a heavier term.",
  ("Vietnam", N, neg, "", "court's reasoning about a private person = procedure"))
U(d, "Immediately after the verdict, the US State Department issued a statement", "punished for her writing.",
  ("United States", C, neg, "Vietnam", "call for release + claim she was punished for writing = judgement of the conviction (rule 1); state media's 'claimed' does not change the US position"))
U(d, "The British Minister for Asia, Amanda Milling, said in a statement", "Vietnam's own ambitions.",
  ("United Kingdom", C, neg, "Vietnam", "'deeply troubling' + jailing journalists undermines = judgement without a stock word"))
U(d, "The European Union's foreign affairs spokesperson said the EU regarded the charge", "free the journalist.",
  ("European Union", C, neg, "Vietnam", "judgement of the charge's breadth + call for release (rule 1)"))
U(d, "The German Foreign Office was reported by foreign news agencies as saying", "the length of the sentence.",
  ("Germany", N, neg, "", "second-hand attribution; concern with no appeal = neutral, negative"))
U(d, "The Canadian Embassy in Hanoi also posted a statement of concern on social media.", "on social media.",
  ("Canada", N, neg, "", "concern with no appeal = neutral"))
U(d, "The United Nations human rights office in Bangkok said the conviction added to a worrying pattern", "to be reviewed.",
  ("United Nations", C, neg, "Vietnam", "judgement ('worrying pattern of prosecutions of critics') + request for review (rule 1)"))
U(d, "Responding to these statements, an official of the Government's Permanent Office on Human Rights", "the defendant's violations.",
  ("Vietnam", C, neg, "", "unnamed official of a named government body = Vietnam; judges the foreign comments as one-sided and deliberate (several authors -> target empty)"))
U(d, "\"Some foreign agencies praise a person who broke Vietnamese law as a hero", "the official said.",
  ("Vietnam", C, neg, "", "'interference' + veiled warning to partners = condemning; no single partner named -> target empty"))
U(d, "The official said Vietnam had held human rights dialogues", "continue to do so.",
  ("Vietnam", T, neu, "", "commitment to continue dialogues with partners (several) = calling_for_talks"))
U(d, "Associate Professor Dr Tran Minh Duc, a researcher at the Institute of State and Law Studies", "under the banner of journalism.",
  ("Tran Minh Duc", N, neu, "", "invented scholar; general claim about all states, no actor judged"))
U(d, "\"Freedom of the press is protected in Vietnam", "Duc said.",
  ("Tran Minh Duc", N, neu, "", "argument about limits on freedom; the jab at 'those now issuing statements' is a comparison, not a judgement (unsure: could be condemning)"))
U(d, "He said the foreign statements would only encourage those who wished to undermine stability.", "undermine stability.",
  ("Tran Minh Duc", C, neg, "", "'He' = Duc; judgement of the foreign statements' effect (several authors -> target empty)"))
U(d, "Lawyer Nguyen Thanh Binh of the Hanoi Bar Association said the trial had followed procedure", "present arguments.",
  ("Nguyen Thanh Binh", N, pos, "", "invented lawyer; assessment of procedure, no actor judged"))
U(d, "Binh said the defendant could appeal within 15 days", "the case in full.",
  ("Nguyen Thanh Binh", N, neu, "", "procedural facts"))
U(d, "On the same day, Hang also answered questions about the visit of a US congressional delegation", "between the two countries.",
  ("Vietnam", S, pos, "United States", "welcome of exchanges with the US = supporting"))
U(d, "She said Vietnam and the United States had a shared interest in peace", "their views differed.",
  ("Vietnam", T, pos, "United States", "hope for more dialogue on differences = calling_for_talks"))
U(d, "Asked about the Ministry of Public Security's warnings about fraudulent overseas job offers", "citizens in difficulty.",
  ("Vietnam", N, neu, "", "consular support for own citizens = procedure"))
U(d, "Hang said the ministry had conveyed Vietnam's position on the case", "through diplomatic channels.",
  ("Vietnam", N, neu, "", "procedural line: position conveyed through channels, no judgement stated"))
