# ------------------------------------------------------------------ Russia and Estonia expel each other's ambassadors; Latvia downgrades (Baltic news site, full HTML, 2023-01-23)
d = "page_estonia_ambassadors_2023_balticsite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst (carries Latvia's and Reinsalu's positions; the body repeats them),
# byline/time, figcaption with credit, ADVERTISEMENT, crossheads, tags, share bar, newsletter prompt, comments, most read, footer.
U(d, "Russia on Monday ordered Estonia's ambassador Margus Laidre", "on the same day.",
  ("Russia", C, neg, "Estonia", "lede: expulsion of the ambassador + downgrade = measure"),
  ("Estonia", C, neg, "Russia", "same lede: the mirror expulsion of Lipayev by Estonia's foreign ministry"))
U(d, "In a statement published on its website, the Russian foreign ministry said", "the final straw.",
  ("Russia", C, neg, "Estonia", "'according to a statement' type attribution; reported clause: the Estonian leadership 'had wrecked ties' = Russia's judgement"))
U(d, "The ministry said any further damage to relations would be on Tallinn's account.", "The ministry said any further damage to relations would be on Tallinn's account.",
  ("Russia", C, neg, "Estonia", "'the ministry' by context; holding Tallinn responsible"))
U(d, "Earlier this month Estonia told Russia to bring its embassy down", "mission in Moscow.",
  ("Estonia", C, neg, "Russia", "specific act reported as done: ordered cut of Russian embassy staff (expulsion) = measure"))
# "Laidre has headed the embassy in Moscow since 2018 ..." = narration, no row.
U(d, "Lipayev, who arrived in Tallinn in the days before the full-scale invasion", "wrote on Twitter.",
  ("Estonia", C, neg, "Russia", "expulsion of the ambassador, quoted tail; relative clause is narration"))
U(d, "Foreign Minister Urmas Reinsalu, speaking on the sidelines", "Estonia's approach.",
  ("Estonia", N, neu, "", "own policy unchanged, no evaluation"))
U(d, "\"Tallinn does not bargain over parity.", "the minister said.",
  ("Estonia", N, neu, "", "multi-sentence quote closed by role ('the minister'); restating own rule of parity = neutral (unsure: could be condemning as a reaffirmed measure)"))
U(d, "\"What worries me more is that others in Europe still host", "down to size.\"",
  ("Estonia", C, neg, "Russia", "quote carried across the paragraph break, same speaker; call on others to cut Russian embassies = call for measures"))
U(d, "Reinsalu said Estonia would go on arming Ukraine", "before the spring.",
  ("Estonia", S, pos, "Ukraine", "military aid + appeal for arms = supporting"))
U(d, "Prime Minister Kaja Kallas wrote on social media that the expulsion", "ready to pay it.",
  ("Estonia", C, neg, "Russia", "judgement without a stock word: expulsion as punishment for 'telling the truth about the war'"))
U(d, "President Alar Karis said the country had expected the step", "by a millimetre.",
  ("Estonia", S, pos, "Ukraine", "reaffirmed support for Ukraine"))
U(d, "Within hours, Latvian Foreign Minister Edgars Rinkēvičs announced", "leave by then.",
  ("Latvia", C, neg, "Russia", "downgrade + ambassador told to leave = measure"))
U(d, "Latvian officials described the decision as a show of support", "Independence Day.",
  ("Latvia", S, pos, "Estonia", "state adjective: 'Latvian officials' = officials of a named government; solidarity"))
# "Lithuania, which recalled its own ambassador from Moscow last April, welcomed both moves." = summary line before Landsbergis's quote, no row.
U(d, "\"Estonia and Latvia have our full backing", "told reporters in Brussels.",
  ("Lithuania", S, pos, "", "backing of two states -> target empty"))
U(d, "EU foreign policy chief Josep Borrell, chairing the same meeting", "a reasonable one\".",
  ("European Union", S, pos, "Estonia", "support + approval of Estonia's decision"))
U(d, "His spokesperson, Peter Stano, called Moscow's reaction", "later in the day.",
  ("European Union", C, neg, "Russia", "spokesperson named via his principal; judgement ('pointless escalation', 'chosen isolation')"))
U(d, "A State Department spokesperson in Washington said", "justification for the expulsion.",
  ("United States", C, neg, "Russia", "solidarity joined to a judgement ('no justification') -> rule 1 condemning"))
U(d, "Ukraine's foreign ministry spokesman Oleg Nikolenko thanked Tallinn", "would not forget it.",
  ("Ukraine", S, pos, "Estonia", "praise and gratitude"))
U(d, "Kremlin spokesman Dmitry Peskov, asked about the row by Russian agencies", "with the Baltic states.",
  ("Russia", T, neu, "", "hope that relations recover = calling_for_talks; Baltic states several -> target empty"))
U(d, "The Russian embassy in Tallinn said on its Telegram channel", "as before.",
  ("Russia", N, neu, "", "embassy = Russia; practical information"))
# "Russia's ambassador to Latvia, Vanin, did not answer requests for comment." = non-answer, no row.
U(d, "Andres Kuusk, a retired Estonian diplomat who served in Moscow", "planned for it.",
  ("Andres Kuusk", N, neu, "", "invented former diplomat (person, speaks for no body); analysis"))
U(d, "\"A chargé d'affaires can still pick up the phone.", "Kuusk said.",
  ("Andres Kuusk", T, neg, "", "concern + appeal to both capitals to keep a channel = calling_for_talks"))
U(d, "Kadri Tammsaar, a researcher at the Tartu Centre for Eastern Policy", "as much as at Tallinn.",
  ("Kadri Tammsaar", N, neu, "", "invented researcher (person); reading of the statement, no judgement"))
U(d, "She said Moscow's talk of \"Russophobia\" was a way of dressing up", "equal numbers.",
  ("Kadri Tammsaar", C, neg, "Russia", "judgement without a stock word; Estonia's conduct defended"))
U(d, "Estonia closed Russia's consulate in Narva and its consular office in Tartu", "office in Pskov.",
  ("Estonia", C, neg, "Russia", "specific past act: consulate closures = measures"),
  ("Russia", C, neg, "Estonia", "specific past act: retaliatory closures"))
