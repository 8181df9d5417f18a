# ------------------------------------------------------------------ Italy's release of the ICC suspect Osama Elmasry Njeem (explainer quoting many voices, 2025-02-06)
d = "page_italy_libya_almasri_release2025_explainer.txt"
# Not statements: masthead, menu, breadcrumb, headline, standfirst, byline, image caption, question crossheads, ADVERTISEMENT, Related, tags, newsletter, most read, copyright.
# "Osama Elmasry Njeem, the head of Libya's judicial police, was arrested ..." = narration (the arrest on a warrant is the backdrop), no row.
U(d, "The court accuses him of murder, torture, rape", "held since 2015.",
  ("International Criminal Court", C, neg, "", "the court's charges = accusation; the suspect is a person, not a canonical actor -> target empty"))
# "Two days later, a Rome appeals court ruled ..." = narration of a court ruling and the flight, no row (a domestic court's procedural ruling).
U(d, "The ICC complained in a statement the following day", "bound to carry out the court's warrants.",
  ("International Criminal Court", C, neg, "Italy", "complaint of not being warned + reminder of the treaty duty = judgement on Rome"))
U(d, "The court's spokesman, Fadi El Abdallah, later told reporters", "submit its observations.",
  ("International Criminal Court", N, neu, "", "procedure before the pre-trial chamber = neutral"))
# "Ministers have offered two lines of defence, one legal and one about security." = summary line, no row.
U(d, "Justice Minister Carlo Nordio told the Chamber of Deputies on Wednesday", "on such a document.",
  ("Italy", C, neg, "International Criminal Court", "warrant 'riddled with errors' = judgement on the court's work (also a self-defence)"))
U(d, "Interior Minister Matteo Piantedosi told the same session", "public security in Italy.",
  ("Italy", N, neu, "", "justification of the expulsion as a security step; the expulsion returned the suspect home, it is no measure against another state (unsure)"))
U(d, "Foreign Minister Antonio Tajani went further", "on Italian soil to act.",
  ("Italy", C, neg, "International Criminal Court", "'hardly beyond criticism' + demand that the court explain itself = judgement"))
U(d, "Giorgia Meloni, who revealed last week that prosecutors had opened a file", "a political operation.",
  ("Italy", C, neg, "", "judgement on the domestic investigation ('political operation'); target = Italian prosecutors, not canonical -> empty"))
U(d, "The prime minister said the timing was", "after days spent in other European countries.",
  ("Italy", C, neg, "International Criminal Court", "'the prime minister' = Meloni; insinuation about the warrant's timing = judgement without a stock word"))
U(d, "Elly Schlein, the leader of the Democratic Party, accused the government", "misled parliament about why.",
  ("Democratic Party (Italy)", C, neg, "Italy", "opposition party accuses its own government -> target Italy"))
U(d, "The Five Star Movement's leader, Giuseppe Conte, was quoted by the news agency ANSA", "bargains with traffickers.",
  ("Five Star Movement", C, neg, "Italy", "'was quoted by ANSA as saying'; the agency is no actor; judgement on the government"))
U(d, "Both parties have demanded that Meloni come to parliament in person.", "Both parties have demanded that Meloni come to parliament in person.",
  ("Democratic Party (Italy)", N, neu, "", "procedural demand to report to parliament; no judgement in the sentence (unsure)"),
  ("Five Star Movement", N, neu, "", "same; 'both parties' = a list of two actors"))
# "There has been little official comment from the Government of National Unity ..." = non-answer + narration, no row.
U(d, "The European Commission's chief spokesperson said the EU stood firmly behind", "honour its obligations towards it.",
  ("European Union", S, pos, "International Criminal Court", "backing of the court; the expectation is general, not an appeal to negotiate: support decides (Italy not named)"))
U(d, "Amnesty International said Italy had chosen to protect a man accused", "waited years for justice.",
  ("Amnesty International", C, neg, "Italy", "judgement on Rome's choice"))
U(d, "Human Rights Watch urged Rome to explain itself to the court in full", "hand the general over.",
  ("Human Rights Watch", T, neu, "Italy", "appeal with no judgement word = calling_for_talks (README: demand to one side); Rome = metonym"))
U(d, "Yusuf Adam, a Sudanese man who says he was held in Mitiga in 2019", "the general's return.",
  ("Yusuf Adam", N, neg, "", "invented witness; his own feelings, no position"))
U(d, "\"They put him on a plane like a guest", "Adam said.",
  ("Yusuf Adam", C, neg, "Italy", "'like a guest' = judgement on the Italian handling"))
U(d, "Chiara Bellini, a Libya researcher at the Rome Centre for Mediterranean Studies, said", "oil flowing.",
  ("Chiara Bellini", N, neu, "", "invented analyst; explanation = neutral"))
U(d, "\"Rome feared reprisals against Italian workers", "Bellini said.",
  ("Chiara Bellini", N, neu, "", "analysis of the government's motive, no judgement"))
U(d, "She said the episode had nonetheless done lasting damage", "to settle the matter.",
  ("Chiara Bellini", C, neg, "Italy", "'lasting damage' + 'stop attacking the court' = judgement; the appeal to talk is joined to it (rule 1)"))
U(d, "Marc Dufresne, a professor of international criminal law at the University of Geneva, said", "did not hold up.",
  ("Marc Dufresne", C, neg, "Italy", "invented scholar; rejects the ministry's case = judgement"))
U(d, "\"A state party cannot pick which warrants it enforces", "Dufresne said.",
  ("Marc Dufresne", C, neg, "Italy", "Rome 'chose not to' consult the court = judgement"))
U(d, "He said the pre-trial chamber could refer Italy's non-compliance", "no sanctions of any real weight.",
  ("Marc Dufresne", N, neu, "", "procedure and likely outcome = neutral"))
# "The Tribunal of Ministers in Rome has 90 days ..." = procedural narration, no row.
U(d, "The prime minister's Brothers of Italy has closed ranks", "the national interest required.",
  ("Brothers of Italy", S, pos, "Italy", "the ruling party backs the ministers' conduct = supporting the government"))
U(d, "The rescue charity Mediterranea Saving Humans said the flight home", "would look after them.",
  ("Mediterranea Saving Humans", C, neg, "Italy", "sarcastic judgement on the repatriation, no stock word"))
