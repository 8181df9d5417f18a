# ------------------------------------------------------------------ Hungary expels a Ukrainian consul after Kyiv expels the Hungarian consul in Berehove (Hungarian Government press release, full HTML, 2018-10-04)
d = "page_hungary_berehove_consul2018_govrelease.html"
# Not statements: <title>/head, top bar, nav, breadcrumb, h1 headline, time stamp, figcaptions with credits, h2 crossheads
# (the first carries Hungary's position: never a statement), Related news, comments note, footer.
U(d, "Hungary has declared a consul of the Ukrainian Embassy in Budapest persona non grata", "announced at a press conference on Thursday afternoon.",
  ("Hungary", C, neg, "Ukraine", "expulsion of a diplomat = a measure taken against another side (condemning)"))
U(d, "The Ukrainian Ministry of Foreign Affairs had earlier in the day handed", "to leave Ukraine within 72 hours.",
  ("Ukraine", C, neg, "Hungary", "Ukraine's expulsion of the Hungarian consul reported by the Hungarian release = Ukraine's act (condemning)"))
U(d, "The Minister said he had summoned Ukraine's Ambassador in Budapest", "of the decision in person.",
  ("Hungary", N, neu, "", "procedural account of a summons; the measure itself is labelled in the lead"))
U(d, "\"Kyiv keeps pouring oil on the fire.", "the Minister stressed.",
  ("Hungary", C, neg, "Ukraine", "judgement without a stock word (pouring oil on the fire) + retaliation"))
U(d, "Mr. Szijjártó rejected the claim that the consul in Berehove had breached", "of the rules that bind every state.",
  ("Hungary", N, neg, "", "denial of the accusation = neutral, negative tone"))
U(d, "He pointed out that Hungarian citizenship is granted on the basis of a law adopted in 2010", "to break Ukrainian law.",
  ("Hungary", N, neu, "", "'He' = Szijjártó; facts + denial, no judgement"))
U(d, "\"We will not let anyone intimidate the Hungarians living in Transcarpathia.", "he said.",
  ("Hungary", S, pos, "", "backing of the Hungarian community (a population, not an actor) -> target empty; 'anyone intimidate' implies a charge but names no one (unsure: could be condemning Ukraine)"))
U(d, "The Minister recalled that Ukrainian Foreign Minister Pavlo Klimkin had warned on Monday", "within the week.",
  ("Ukraine", C, neg, "Hungary", "Klimkin's ultimatum reported by the Hungarian minister = Ukraine's threat (condemning); Hungary's 'recalled' carries no position of its own"))
U(d, "According to the Minister, the Ukrainian authorities have also opened criminal proceedings", "to the entire community.",
  ("Hungary", C, neg, "Ukraine", "'according to the Minister' = second-hand; judgement of the proceedings as intimidation ('a message of fear')"))
U(d, "Mr. Szijjártó said that as long as Ukraine keeps the provisions of its education law", "of Ukraine's European integration.",
  ("Hungary", C, neg, "Ukraine", "blocking NATO-Ukraine meetings and EU steps = a measure / conditional threat"))
U(d, "He noted that the Venice Commission of the Council of Europe had itself concluded", "adequate protection.",
  ("Council of Europe", C, neg, "Ukraine", "the Venice Commission's finding reported by Hungary = the Council of Europe's position: the law fails minorities = judgement (unsure: an expert opinion could be neutral)"),
  ("Hungary", C, neg, "Ukraine", "Hungary cites the finding to back its own charge against the law"))
U(d, "The Minister said he had written to NATO Secretary General Jens Stoltenberg", "of the latest developments.",
  ("Hungary", N, neu, "", "letters to inform = procedure; NATO and the EU are addressees, not speakers"))
U(d, "At the same time, Hungary remains interested in a stable and democratic Ukraine", "he added.",
  ("Hungary", T, pos, "Ukraine", "hope for a rebuilt relationship = calling_for_talks (speaker carried by 'he added')"))
U(d, "The Minister said he was ready to sit down with Mr. Klimkin again at any time", "the minority rights issue.",
  ("Hungary", T, neu, "Ukraine", "offer of talks, even a conditional one = calling_for_talks"))
U(d, "Government Spokesperson Zoltán Kovács wrote on his blog", "to their mother tongue.",
  ("Hungary", C, neg, "Ukraine", "'campaign against the consulate' + 'only offence' = judgement of Ukraine's action"))
U(d, "The Prime Minister, responding to a question in Parliament on Wednesday", "not a matter for negotiation.",
  ("Hungary", S, neu, "", "office holder named by title only (Hungarian government page -> Orbán); defence of the minority = backing of a community, target empty (unsure: could be neutral)"))
# "Parliamentary State Secretary Levente Magyar met leaders ... in Uzhhorod on Tuesday." = a meeting narrated, no position, no row.
U(d, "László Brenzovics, President of the Transcarpathian Hungarian Cultural Association", "the whole Hungarian community of the region.",
  ("Transcarpathian Hungarian Cultural Association", C, neg, "Ukraine", "KMKSZ = organisation; 'a political act directed against the whole community' = judgement"))
U(d, "Brenzovics asked the Hungarian Government to keep its consulates in Transcarpathia fully staffed", "without interruption.",
  ("Transcarpathian Hungarian Cultural Association", N, neu, "Hungary", "request for consular services: not talks, not aid given (asking for help is not supporting) = neutral"))
U(d, "Ilona Szikszai, head of a Hungarian-language secondary school in Berehove", "deeply unjust.",
  ("Ilona Szikszai", C, neg, "Ukraine", "invented local voice; 'treated as suspects' + 'deeply unjust' = judgement of the Ukrainian authorities"))
U(d, "\"Our pupils speak Hungarian at home and Ukrainian at school.", "she said.",
  ("Ilona Szikszai", N, neu, "", "description of the community + reassurance, no judgement"))
U(d, "Professor Zsolt Medgyesi, a specialist in minority law at the University of Debrecen", "the Venice Commission's recommendations.",
  ("Zsolt Medgyesi", T, neu, "", "invented scholar; settlement through agreement of both ministers = calling_for_talks"))
U(d, "He added that he hoped both capitals would keep the consulates", "working normally in the meantime.",
  ("Zsolt Medgyesi", T, pos, "", "hope addressed to both sides = calling_for_talks"))
U(d, "The Ministry of Foreign Affairs and Trade will continue to provide consular services", "the Consulate in Berehove.",
  ("Hungary", N, neu, "", "plan / service notice = neutral"))
U(d, "Ambassador Nepop told the Minister that her government regarded", "the Ministry said.",
  ("Ukraine", C, neg, "Hungary", "the Ukrainian ambassador's position reported by the Hungarian ministry ('the Ministry said' tail) = Ukraine's; violation of law = accusation"))
