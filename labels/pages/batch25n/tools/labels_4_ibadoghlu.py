# ------------------------------------------------------------------ Arrest of Gubad Ibadoghlu, Azerbaijani state media (2023-08-24)
d = "page_azerbaijan_ibadoghlu_arrest_statemedia.txt"
# Not statements: agency name, language bar, menu, section + time stamp, headline (carries the MFA's charge: headline, no row),
# [PHOTO] captions with credits, ADVERTISEMENT, capitals crossheads, Related news, tags, share bar, subscribe prompt, most read, copyright.
U(d, "The Ministry of Foreign Affairs of the Republic of Azerbaijan has dismissed a statement", "an ongoing criminal investigation.",
  ("Azerbaijan", C, neg, "European Union", "dateline 'Baku, 24 August, ANIA. ' excluded; lede: dismisses the MEPs' statement as one-sided interference = judgement; the MEPs speak for the European Parliament (= European Union)"))
U(d, "Responding to a media query, ministry spokesperson Aykhan Hajizada said the case was being handled", "access to a lawyer and to medical care.",
  ("Azerbaijan", N, neu, "", "spokesperson by role; reassurance about own procedure = neutral"))
U(d, "Hajizada said the authors of the statement had built their conclusions", "circles hostile to Azerbaijan.",
  ("Azerbaijan", C, neg, "European Union", "surname only; reported clause: only Azerbaijan's position; discrediting the MEPs' sources = judgement"))
U(d, "\"Passing verdicts on a case before a court has even heard it", "the spokesperson said.",
  ("Azerbaijan", C, neg, "European Union", "'the spokesperson'; multi-sentence quote: 'It is pressure, and it will not work' = judgement + defiance aimed at the statement's authors"))
U(d, "\"We would advise our partners in Brussels and Strasbourg", "in their own capitals.\"",
  ("Azerbaijan", C, neg, "", "speaker carried across a paragraph break (Hajizada); a jab at European institutions; Brussels and Strasbourg = two bodies -> target empty"))
U(d, "In their statement issued on Tuesday, Marina Kaljurand", "properly treated in the meantime.",
  ("European Union", T, neg, "Azerbaijan", "European Parliament delegation chair and rapporteur = EU; demand for release and treatment as reported here carries no judgement word = calling_for_talks (unsure: release demands could be read as condemning)"))
# "Ibadoghlu, chairman of the unregistered ..., was remanded ..." = narration of the charges, no row.
U(d, "The Ministry of Internal Affairs said at the time that his name had come up", "the 2016 coup attempt.",
  ("Azerbaijan", N, neu, "", "the ministry's procedural account; reported clause; Turkiye named only as holding FETO responsible in the outlet's gloss"))
U(d, "The ministry noted that the FETO case itself had been opened on information", "Turkish law enforcement agencies.",
  ("Azerbaijan", N, neu, "", "reported clause 'X said Y had ...': only the Azerbaijani ministry's statement; Turkey's act is reported by Baku, not a Turkish position"))
U(d, "Assistant to the President of the Republic of Azerbaijan, head of the Foreign Policy Affairs Department", "for three decades.",
  ("Azerbaijan", C, neg, "", "refusal to 'take lessons' + charge of silence = judgement; 'those who' names no actor -> target empty"))
U(d, "Samad Seyidov, chairman of the Milli Majlis committee on international relations", "did not follow their line.",
  ("Azerbaijan", C, neg, "European Union", "parliament speaks for its state; 'human rights as a stick' = judgement of MEPs"))
U(d, "According to a statement from the Penitentiary Service, claims circulated on social media", "on schedule.",
  ("Azerbaijan", N, neg, "", "second-hand attribution; denial = neutral, negative tone"))
U(d, "Commissioner for Human Rights (Ombudsman) Sabina Aliyeva told ANIA", "blood pressure daily.",
  ("Azerbaijan", N, neu, "", "state ombudsman = Azerbaijan; facts about visits and care, reassurance"))
U(d, "\"No complaint about his treatment has been lodged with us.", "Aliyeva said.",
  ("Azerbaijan", N, neu, "", "procedure"))
U(d, "US State Department spokesperson Matthew Miller had said in July", "treat Ibadoghlu fairly.",
  ("United States", T, neu, "Azerbaijan", "monitoring + expectation of fair treatment, no judgement word = calling_for_talks"))
U(d, "A statement signed on 8 August by Human Rights Watch, the World Organisation Against Torture", "retaliation for Ibadoghlu's work.",
  ("Human Rights Watch", C, neg, "Azerbaijan", "joint statement by a list: 'invented' charges + 'retaliation' = judgement; one row per signatory"),
  ("World Organisation Against Torture", C, neg, "Azerbaijan", "same joint statement"),
  ("Human Rights House Foundation", C, neg, "Azerbaijan", "same joint statement"))
U(d, "The British embassy in Baku said in reply to an ANIA query", "following the case closely.",
  ("United Kingdom", N, neu, "", "'following closely' = monitoring, no concern word, no appeal = neutral"))
U(d, "The Council of Europe Commissioner for Human Rights, Dunja Mijatovic, was quoted by foreign media", "reports about his health.",
  ("Council of Europe", N, neg, "", "'was quoted as saying'; worry without an appeal = neutral, negative"))
U(d, "Azerbaijani officials have repeatedly described such statements as part of a campaign", "since the 2020 war.",
  ("Azerbaijan", C, neg, "", "officials given by their state's adjective = Azerbaijan; calling foreign statements part of a campaign = judgement; no single target (unsure: habitual wording could be read as background)"))
U(d, "Speaking at an unrelated reception in Baku on Wednesday, Turkiye's Ambassador Cahit Bagci said", "would go on doing so.",
  ("Turkey", S, pos, "Azerbaijan", "backing of joint security cooperation with Baku = supporting"))
# "Bagci did not refer to the case." = a non-statement, no row.
U(d, "Political scientist Rauf Sultanli told ANIA that the timing of the statements was no accident", "independent energy and foreign policy.",
  ("Rauf Sultanli", C, neg, "", "invented pro-government analyst; imputes a motive to 'certain circles in Europe' (not a canonical actor) = judgement"))
U(d, "\"They did not write one line when our citizens were held", "Sultanli said.",
  ("Rauf Sultanli", C, neg, "", "'selective' concern = judgement of the same circles"))
U(d, "Lawyer Samira Guliyeva, who is not involved in the case, said the defence had access", "as it had already done once.",
  ("Samira Guliyeva", N, neu, "", "invented lawyer; procedural facts"))
U(d, "She said the Baku Court of Appeal's decision to uphold the arrest", "the standard procedure.",
  ("Samira Guliyeva", N, neu, "", "'She' = Guliyeva; procedural assessment, no judgement of an actor"))
U(d, "The two MEPs also linked the case to what they described as a broader squeeze on critics", "in the country.",
  ("European Union", C, neg, "Azerbaijan", "the MEPs (= European Parliament = EU); 'a broader squeeze on critics' = judgement of the authorities without a stock word"))
U(d, "The Azerbaijani mission to the European Union said it had written to the European Parliament's leadership", "facts of the case.",
  ("Azerbaijan", N, neu, "", "mission given by its state's adjective; a letter setting out facts, no protest word in the unit = neutral"))
