# ------------------------------------------------------------------ Colmar court refuses Haradinaj's extradition to Serbia (live blog, 2017-04-27)
d = "page_colmar_haradinaj2017_liveblog.txt"
# Not statements: brand, menu, LIVE label, headline, update line, byline, key events list, "Refresh", time stamps,
# sign-off entry, Advertisement, photo caption, Read more, share, newsletter prompt, most viewed, copyright.
# 19:42 sign-off ("Haradinaj is expected to fly home ...") = narration; "Moscow has weighed in." = summary line; no rows.
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova told reporters", "against Serbs in Kosovo.",
  ("Russia", C, neg, "", "'double standards' of European courts = judgement; several courts -> target empty"))
U(d, "Zakharova said Russia understood Belgrade's disappointment", "victims of the Kosovo war.",
  ("Russia", S, pos, "Serbia", "support for Serbia"))
U(d, "Srpska Lista, the main party of Kosovo Serbs, said in a statement", "counts for nothing in Europe.\"",
  ("Srpska Lista", C, neg, "", "judgement on the decision (a French court); target empty (court/Europe)"))
# "The European Union has called for calm." = summary line before the specific statement, no row.
U(d, "A spokeswoman for EU foreign policy chief Federica Mogherini said the bloc respected", "EU-facilitated dialogue.",
  ("European Union", T, neu, "", "respect for the court + appeal to both sides to protect the dialogue"))
U(d, "\"Both sides have commitments to implement", "she said.",
  ("European Union", T, neu, "", "quote continued: expectation that both sides keep implementing = appeal"))
U(d, "The Serbian government will hold an urgent session on Friday morning", "Vucic's office said.",
  ("Serbia", N, neu, "", "meeting planned, no evaluation"))
U(d, "Serbian Justice Minister Nela Kuburovic said Serbia had handed", "deciding on any appeal.",
  ("Serbia", N, neu, "", "facts and procedure"))
U(d, "In Tirana, Prime Minister Edi Rama congratulated Haradinaj on Twitter", "truth about the Kosovo war.",
  ("Albania", S, pos, "Alliance for the Future of Kosovo", "congratulations to Haradinaj (AAK leader) + praise of the ruling (unsure: target could be Kosovo)"))
U(d, "Albania's Foreign Minister Ditmir Bushati said the court had confirmed", "no legal basis.",
  ("Albania", C, neg, "Serbia", "Serbia's warrants 'no legal basis' = judgement"))
U(d, "The US Embassy in Pristina said on Twitter that it respected", "ahead of recriminations.",
  ("United States", T, neu, "", "respect for the ruling + appeal to both sides for reconciliation"))
U(d, "Serbian President Tomislav Nikolic, speaking to reporters in Belgrade, accused", "from the first day.",
  ("Serbia", C, neg, "European Union", "accusation of pressure"))
U(d, "\"This was decided in Brussels, not in Colmar,\" Nikolic said.", "Nikolic said.",
  ("Serbia", C, neg, "European Union", "same charge, Brussels = metonym"))
U(d, "Kosovo President Hashim Thaci said the ruling was a relief", "fair and independent process.",
  ("Kosovo", S, pos, "France", "welcome + thanks to France"))
U(d, "He said the men who fought in the KLA had defended their people", "as a weapon.",
  ("Kosovo", C, neg, "Serbia", "'He' = Thaci; demand + 'warrants as a weapon' = judgement"))
U(d, "Kosovo Prime Minister Isa Mustafa said he hoped", "without new obstacles.",
  ("Kosovo", T, pos, "", "hope of a return to dialogue"))
U(d, "Kosovo Foreign Minister Enver Hoxhaj said Serbia had tried to use Interpol", "by other means.",
  ("Kosovo", C, neg, "Serbia", "accusation"))
U(d, "\"The Serbian warrants are a political instrument", "wrote on Facebook.",
  ("Kosovo", C, neg, "Serbia", "leader on social media; judgement"))
# "First reaction from Belgrade, and it is angry." = summary line, no row.
U(d, "Prime Minister and President-elect Aleksandar Vucic said the court had bowed", "rights of Serb victims.",
  ("Serbia", C, neg, "France", "judgement on the French court's ruling (court = France)"))
U(d, "\"We will never accept that the killing of Serbs", "requests from France.",
  ("Serbia", C, neg, "France", "rejection + reconsidering extradition cooperation = threatened measure"))
U(d, "Serbia's Foreign Minister Ivica Dacic said the ruling would cast a long shadow", "among its friends.",
  ("Serbia", C, neg, "France", "warning of damaged relations = veiled threat/reproach"))
U(d, "Marko Djuric, director of the government's Office for Kosovo and Metohija", "relations in the region.",
  ("Serbia", C, neg, "", "'a disgrace' aimed at the ruling; no single actor named -> empty (unsure: France)"))
U(d, "Haradinaj's lawyer, Arianit Koci, told reporters outside the court", "free to leave France.",
  ("Arianit Koci", N, neu, "", "lawyer (independent person): fact"))
U(d, "The French foreign ministry, asked about Belgrade's reaction, said only", "no comment on it.",
  ("France", N, neu, "", "no comment, independence of the judiciary"))
U(d, "BREAKING: The court of appeal in Colmar has rejected Serbia's request", "his immediate release.",
  ("France", N, neu, "", "the French court's ruling = a state body's decision reported as done (unsure: courts as the state)"))
# "The former Kosovo prime minister ... has been under judicial supervision ..." = background, no row.
# 13:30 entry = scene, no row. 12:15 intro = narration, no row.
U(d, "The AAK said this morning that it expected the court to end", "once and for all.",
  ("Alliance for the Future of Kosovo", C, neg, "Serbia", "'Belgrade's persecution' of its leader = judgement"))
