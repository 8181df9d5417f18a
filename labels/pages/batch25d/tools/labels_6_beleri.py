# ------------------------------------------------------------------ Beleri sentenced: Greek-Albanian row over the Himara mayor-elect (scraped regional daily, 2024-03-06)
d = "page_beleri_himara_regionaldaily.txt"
# Not statements: masthead, tagline, date/weather line, menu, breadcrumb, headline, posted/updated line, byline, share bar,
# photo caption with credit, ADVERTISEMENT, crossheads ('Tirana: courts decide', 'Brussels weighs in', 'What the analysts say'),
# tags, Related, most read, reader comments, copyright.
U(d, "Greece warned Albania on Tuesday that its road to the European Union", "in prison for vote buying.",
  ("Greece", C, neg, "Albania", "lede carrying a position: warning over the accession path = threat; the verdict narrated in the clause"))
# "Beleri was arrested two days before the local elections ..." and "The Special Court ... found him guilty ..." = background, no row.
U(d, "In a written statement issued within hours of the verdict, the Greek foreign ministry said", "out of all proportion to the offence alleged.",
  ("Greece", C, neg, "Albania", "ministry given by the adjective; doubts about fairness + 'out of all proportion' = judgement"))
U(d, "The ministry said the outcome left Himara, for the foreseeable future", "its voters had not chosen.",
  ("Greece", C, neg, "Albania", "judgement without stock words"))
U(d, "\"Athens now places its hopes in the appeal court", "the statement concluded.",
  ("Greece", T, pos, "", "hope for a fair appeal = calling_for_talks (hope, no judgement in this sentence)"))
U(d, "Government spokesman Pavlos Marinakis told reporters in Athens", "Albania's accession was discussed.",
  ("Greece", C, neg, "Albania", "raising the case at every accession table = announced pressure/measure"))
U(d, "According to diplomatic sources in Athens, Foreign Minister Giorgos Gerapetritis telephoned", "convey Greece's displeasure.",
  ("Greece", C, neg, "Albania", "second-hand ('according to diplomatic sources'); the named minister's protest = condemning"))
U(d, "Prime Minister Kyriakos Mitsotakis, speaking at a party event in Athens on Tuesday night, said", "\"cannot jail the winner of an election and expect applause in Brussels.\"",
  ("Greece", C, neg, "Albania", "support for enlargement in general joined to a judgement of Albania (rule 1)"))
U(d, "The centre-left opposition party PASOK said the government had been too soft on Tirana", "the next step in Albania's talks.",
  ("PASOK", C, neg, "", "criticises its own government and calls for a veto against Albania: two targets -> empty"))
U(d, "The Albanian foreign ministry replied on Wednesday morning that it regretted the tone of the Greek statement", "the European Union and the United States.",
  ("Albania", C, neg, "Greece", "'regretted the tone' = judgement aimed at Greece"))
U(d, "\"Albania does not judge its citizens by their ethnicity", "the ministry said.",
  ("Albania", N, neg, "", "defence of its courts and refusal of the Greek demand; no explicit judgement (unsure: the jab at 'a neighbour' could make it condemning)"))
U(d, "Prime Minister Edi Rama, asked about the verdict by reporters in Tirana, said", "had never had one.",
  ("Albania", N, neu, "", "stated policy of not commenting on courts = neutral"))
U(d, "He added that he still valued his friendship with Prime Minister Kyriakos Mitsotakis", "rather than about one trial.",
  ("Albania", T, pos, "Greece", "offer of dialogue with warm words = calling_for_talks"))
U(d, "Albania's opposition Democratic Party said the verdict showed", "defeating Rama's candidate.",
  ("Democratic Party of Albania", C, neg, "Socialist Party of Albania", "captured justice + punishment for winning = accusation"))
U(d, "Beleri's lawyer, Geni Gjyzari, told the Courier his client would appeal.", "Beleri's lawyer, Geni Gjyzari, told the Courier his client would appeal.",
  ("Fredi Beleri", N, neu, "", "lawyer speaks for the defendant; plan to appeal"))
U(d, "\"The chief witness admitted in court that he was paid by the police.", "Gjyzari said.",
  ("Fredi Beleri", C, neg, "Albania", "multi-sentence quote: accusation of a police-made case"))
U(d, "A spokesperson for the European Commission said in Brussels", "central to every candidate's path.",
  ("European Union", N, neu, "", "taking note + general principle, no judgement or appeal"))
U(d, "The spokesperson stressed that it was not for the Commission to comment", "good neighbourly relations.",
  ("European Union", T, neu, "", "spokesperson named by role only; appeal for dialogue to both capitals -> target empty"))
U(d, "Omonia, the main organisation of the Greek minority in Albania, called the sentence", "in the town on Sunday.",
  ("Omonia", C, neg, "Albania", "minority organisation: 'an insult to the voters' + protest"))
U(d, "The U.S. Embassy in Tirana, asked for comment, said the United States respected", "anti-corruption institutions.",
  ("United States", S, pos, "Albania", "backing for Albania's judiciary and anti-corruption bodies"))
# "In Himara itself, where the Greek and Albanian flags fly ..." = scene, no row.
U(d, "\"We voted for him, and they sent him to prison for it", "runs a cafe near the port.",
  ("Spiros Kallis", C, neg, "Albania", "invented resident; quote first, name after; judgement without stock words"))
U(d, "Erion Cela, a researcher at the Tirana-based Institute for Balkan Dialogue, said", "cool things down.",
  ("Erion Cela", N, neu, "", "invented analyst; mixed assessment ('defensible but clumsy') and interests, no appeal in words (unsure: could be calling_for_talks)"))
U(d, "\"Athens should take the case to the European Court of Human Rights", "Cela said.",
  ("Erion Cela", C, neg, "Albania", "appeal to Athens joined to a judgement of Tirana ('stop pretending') -> rule 1; target = the judged side"))
U(d, "Eleni Papadaki, who teaches international relations at the Epirus Institute", "needs unanimity.",
  ("Eleni Papadaki", N, neu, "", "invented scholar; analysis of Greece's leverage"))
U(d, "\"Nobody in Athens wants to be seen as the country that stopped Albania", "Papadaki said.",
  ("Eleni Papadaki", N, neu, "", "analysis, no judgement or appeal"))
# "The appeal is expected to be heard in the summer." = narration, no row.
U(d, "Across the street, shopkeeper Arjan Meta said he trusted the court", "no reason to doubt the verdict.",
  ("Arjan Meta", S, pos, "Albania", "invented resident; approval of the court's verdict = supporting the Albanian judiciary"))
