# ------------------------------------------------------------------ Moldova cuts the Russian embassy by 45 staff over the "antennas" (Russian state agency in English, 2023-07-26)
d = "page_moldova_embassy_cut_2023_statemedia.txt"
# Not statements: agency name, menu, language bar, section, time stamps, headline (carries Zakharova's threat; body repeats it), standfirst,
# crossheads, tags, Read also, copyright.
U(d, "Russia will respond to the Moldovan authorities' decision to slash the staff", "told a briefing on Wednesday.",
  ("Russia", C, neg, "Moldova", "dateline excluded; announced response = threat"))
U(d, "\"The Moldovan leadership keeps sawing through the branch", "the diplomat said.",
  ("Russia", C, neg, "Moldova", "multi-sentence quote closed by role ('the diplomat'); judgement without a stock word + veiled threat"))
U(d, "Zakharova said the embassy had always worked in strict accordance", "internal affairs.",
  ("Russia", N, neg, "", "denial of interference = neutral, negative"))
U(d, "According to the spokeswoman, the decision was dictated to Chisinau", "against Russia.",
  ("Russia", C, neg, "", "'according to the spokeswoman'; accusation against unnamed 'capitals' (Moldova as their instrument); several -> target empty"))
U(d, "Kremlin Spokesman Dmitry Peskov told reporters that hostility", "in Moldova.",
  ("Russia", C, neg, "Moldova", "reported clause: hostility 'cultivated from the top' = judgement on Moldova's leadership"))
U(d, "Peskov declined to say what measures Moscow would take", "\"preparing its proposals\".",
  ("Russia", N, neu, "", "surname only; procedure, no threat stated"))
U(d, "Russian Ambassador to Moldova Oleg Vasnetsov said the antennas", "the Moldovan side.",
  ("Russia", N, neg, "", "denial of spying = neutral"))
U(d, "\"The equipment on our roof has been there for years", "the RIA Novosti news agency.",
  ("Russia", N, neg, "", "'in comments carried by' the agency; dismissal of the report (aimed at a TV channel, not an actor) = denial, neutral"))
# "The Moldovan television channel Jurnal TV and the website The Insider published material ..." = media, not actors; narration, no row.
U(d, "Moldovan government spokesman Daniel Voda said on Wednesday", "15 administrative staff.",
  ("Moldova", C, neg, "Russia", "cut of the embassy = expulsion = measure"))
U(d, "Igor Zaharov, spokesman for Moldova's Ministry of Foreign Affairs", "by August 15.",
  ("Moldova", C, neg, "Russia", "order to leave (expulsion) with figures; the order decides (unsure: could be neutral figures)"))
U(d, "The Moldovan ministry alleged that embassy staff had engaged", "in the republic.",
  ("Moldova", C, neg, "Russia", "state adjective ('the Moldovan ministry'); accusation"))
U(d, "Foreign Minister Nicu Popescu was quoted by local media as saying", "mission in Moscow.",
  ("Moldova", C, neg, "Russia", "'was quoted ... as saying'; accusation + measure"))
U(d, "President Maia Sandu said on Tuesday that the country's intelligence service", "would deal with it.",
  ("Moldova", N, neu, "", "facts + plan, no judgement"))
U(d, "Vlad Batrincea, executive secretary of the opposition Party of Socialists", "reverse the decision.",
  ("Party of Socialists of the Republic of Moldova", C, neg, "Moldova", "party official speaks for the party; judgement of the government + demand to reverse"))
U(d, "In Tiraspol, Vitaly Ignatiev, who heads the foreign ministry", "negotiating format alive.",
  ("Transnistria authorities", T, neg, "Moldova", "concern + appeal to keep the 5+2 format = calling_for_talks"))
U(d, "Leonid Slutsky, chairman of the State Duma Committee on International Affairs", "answer for it to voters.",
  ("Russia", C, neg, "Moldova", "Duma committee chair speaks for the state (as Senator Cardin for the US); judgement"))
U(d, "Senator Vladimir Dzhabarov, first deputy chairman", "depend on Russia.",
  ("Russia", C, neg, "Moldova", "veiled threat of economic leverage, no stock word"))
U(d, "Romania's Foreign Ministry, for its part, said it supported", "correspondent in Bucharest reported.",
  ("Romania", S, pos, "Moldova", "support; the agency's correspondent is not an actor"))
U(d, "A spokesperson for the European Commission told reporters in Brussels", "concerns about interference.",
  ("European Union", S, pos, "Moldova", "unnamed spokesperson of a named body; understanding/approval"))
U(d, "The US Embassy in Chisinau said Washington respected Moldova's right", "on its territory.",
  ("United States", S, pos, "Moldova", "backing of Moldova's right"))
U(d, "The Russian embassy said in a Telegram post that consular services", "waiting times would grow.",
  ("Russia", N, neg, "", "practical information; consequences, no judgement"))
U(d, "Arkady Voronkin, head of the Moldova desk at the Moscow Center", "autumn local elections.",
  ("Arkady Voronkin", C, neg, "Moldova", "invented analyst (person); charge of cynical timing = judgement"))
U(d, "\"Chisinau and Moscow will still need to talk about gas", "the expert said.",
  ("Arkady Voronkin", T, neu, "", "multi-sentence quote closed by role; need to keep talking = calling_for_talks, both sides"))
U(d, "Chisinau political scientist Petru Brailean, asked by InfoRus for comment", "Moldova's size.",
  ("Petru Brailean", S, pos, "Moldova", "invented political scientist (person); approval of the decision"))
U(d, "In February, Sandu accused Moscow of plotting to topple the government", "dismissed as unfounded.",
  ("Moldova", C, neg, "Russia", "specific past accusation"),
  ("Russia", N, neg, "", "dismissal of the allegation = denial = neutral"))
# "Moldova, a former Soviet republic of 2.6 million people, was granted EU candidate status ..." = background, no row.
