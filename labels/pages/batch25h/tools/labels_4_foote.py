# ------------------------------------------------------------------ US ambassador Foote's recall from Zambia (Zambian state-owned daily, 2019-12-24)
d = "page_zambia_foote_recall2019_statemedia.txt"
# Not statements: masthead, date line, menu, section line, headline, byline, time stamp, the [Photo: ...] caption with credit, ADVERTISEMENT, crossheads, Related, tags, most read, comments note, copyright.
U(d, "GOVERNMENT has welcomed the decision by the United States to withdraw", "on the basis of mutual respect.",
  ("Zambia", T, pos, "United States", "lede carries the position: welcome of the recall joined to the wish to rebuild relations = welcome + appeal/hope -> calling_for_talks (rule 2 before rule 3)"))
U(d, "Chief Government Spokesperson Dora Siliya said in Lusaka yesterday", "whoever Washington sends next.",
  ("Zambia", S, pos, "United States", "spokesperson named by role; friendship with the American people and readiness to work with the next envoy = approval (unsure: could be calling_for_talks)"))
U(d, "\"Zambia is a sovereign nation with its own laws and its own courts.", "Ms Siliya said.",
  ("Zambia", C, neg, "United States", "multi-sentence quote closed by 'Ms Siliya said'; reproach of the envoy's conduct without a stock word"))
U(d, "The minister said the Patriotic Front Government had shown patience", "harsher steps.",
  ("Zambia", N, pos, "", "'The minister' = Siliya; self-praise about own restraint = neutral, positive"))
U(d, "Mr Foote, a career diplomat who presented his credentials in 2017", "according to sources at the US Embassy.",
  ("United States", N, neu, "", "unnamed sources at a named body's embassy; a fact (his departure)"))
U(d, "The envoy's standing with Government collapsed after he issued a statement", "\"against the order of nature\".",
  ("United States", C, neg, "Zambia", "long sentence: narration + the envoy's earlier position ('describing as harsh' the sentence) = judgement of a Zambian court's act"))
U(d, "In the same statement, Mr Foote accused Government of expecting", "going unpunished.",
  ("United States", C, neg, "Zambia", "accusation of the government (impunity for looting)"))
U(d, "President Edgar Lungu told ZNBC Television on December 15", "remain in Zambia.",
  ("Zambia", C, neg, "United States", "formal complaint + wanting the envoy out = a diplomatic measure against the US envoy (declaring him unwelcome)"))
U(d, "The Head of State said the envoy had abused the hospitality", "about its values.",
  ("Zambia", C, neg, "United States", "'The Head of State' = Lungu; 'abused the hospitality' = judgement"))
U(d, "Foreign Affairs Minister Joseph Malanji, who accused the envoy earlier this month", "from the American side.",
  ("Zambia", C, neg, "United States", "reported clause in a relative clause (accusation of meddling) + a procedural main clause; the judgement decides (rule 1)"))
U(d, "\"Our conversation with the Americans on the protest note we delivered", "Mr Malanji said.",
  ("Zambia", N, neu, "", "procedure: talks on the démarche continue, news later; no judgement or appeal"))
U(d, "When he addressed Parliament on December 5, Mr Malanji assured the House", "the Vienna Convention provides.",
  ("Zambia", N, pos, "", "reassurance about own conduct (the envoy's safety and immunity) = neutral, positive"))
U(d, "He also dismissed claims circulating on social media", "describing them as unfounded.",
  ("Zambia", N, neg, "", "denial = neutral, negative"))
U(d, "A State Department spokesperson was quoted by international news agencies", "amounted to expelling him.",
  ("United States", C, neg, "Zambia", "unnamed official of a named government, second-hand ('was quoted by ... as saying'); 'regretted' aimed at Zambia's position = judgement"))
U(d, "The spokesperson added that the United States would keep faith with ordinary Zambians", "programmes that serve them.",
  ("United States", S, pos, "Zambia", "continued aid programmes = support by act/offer"))
U(d, "Washington has said the programmes, which include support for HIV treatment", "$500 million a year.",
  ("United States", N, neu, "", "figure given by an actor = neutral"))
U(d, "Patriotic Front secretary general Davies Mwila welcomed the recall", "than a diplomat.",
  ("Patriotic Front", C, neg, "United States", "ruling party; welcome joined to a judgement of the envoy ('more like an opposition campaigner') -> the judgement decides (rule 1)"))
U(d, "Mr Mwila warned that the party would not keep quiet", "how to run their affairs.",
  ("Patriotic Front", C, neg, "", "warning to any foreign mission = threat; no single target"))
U(d, "The Evangelical Fellowship of Zambia, in a statement signed by its executive director", "make its own laws.",
  ("Evangelical Fellowship of Zambia", S, pos, "Zambia", "church body; solidarity with the government"))
U(d, "UPND spokesperson Charles Kakoma said the opposition party was worried", "under strain.",
  ("United Party for National Development", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Mr Kakoma said the envoy had raised genuine concerns about corruption", "answering the message.",
  ("United Party for National Development", C, neg, "Zambia", "surname only; 'attack the messenger' = judgement of the government (the approval of the envoy is secondary; one row per actor)"))
U(d, "The Council of Churches in Zambia expressed concern about the state of relations", "through quiet dialogue.",
  ("Council of Churches in Zambia", T, neu, "", "concern joined to an appeal for dialogue = calling_for_talks; two governments -> target empty"))
U(d, "University of Zambia lecturer in international relations Mwansa Chileshe said", "on both sides.",
  ("Mwansa Chileshe", N, neu, "", "invented scholar introduced by role; assessment without a judgement or appeal"))
U(d, "\"Asking for an envoy's removal is a legitimate tool", "Dr Chileshe said.",
  ("Mwansa Chileshe", T, pos, "", "appeal to both capitals to keep channels open = calling_for_talks"))
U(d, "Retired ambassador Bwalya Kunda said he hoped the two countries", "once enjoyed.",
  ("Bwalya Kunda", T, pos, "", "invented former diplomat (speaks for no body); hope for restored contact = calling_for_talks"))
U(d, "Mr Kunda said, however, that the ambassador's December 2 statement", "few options.",
  ("Bwalya Kunda", C, neg, "United States", "judgement of the US envoy's statement"))
U(d, "\"You cannot go on television and call your host government arrogant", "he said.",
  ("Bwalya Kunda", C, neg, "United States", "quote continuing the judgement of the envoy"))
# "The two men at the centre of the case, Japhet Chataba and Steven Samba, are serving their sentences." = narration, no row.
