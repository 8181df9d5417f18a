# ------------------------------------------------------------------ The "Lisa case": Russia-Germany row (Russian state media in English, 2016-01-28)
d = "page_berlin_lisa_case2016_statemedia.txt"
# Not statements: masthead, menu, trends line, headline (carries Lavrov's position: never a statement), time stamps,
# "Get short URL", crosshead, "Read more:" line, comment count, Related list, newsletter prompt, copyright.
U(d, "Russia's foreign minister has stood by his criticism of German authorities", "for political gain.",
  ("Russia", C, neg, "Germany", "lede: Lavrov maintains his criticism"),
  ("Germany", C, neg, "Russia", "reported clause: Steinmeier's accusation of exploiting the story"))
U(d, "Sergey Lavrov, on a visit to the Turkmen capital Ashgabat", "to keep Moscow informed.",
  ("Russia", C, neg, "Germany", "complaint that Berlin was slow to inform = judgement; the citizenship point is its basis"))
U(d, "\"Moscow has a duty to its citizens wherever they live.", "was quoted by TASS as saying.",
  ("Russia", N, neu, "", "'was quoted by TASS as saying'; defence of its own conduct = neutral"))
U(d, "The minister said he hoped the German side would treat the request", "could talk directly.",
  ("Russia", T, pos, "Germany", "hope + proposal of direct contact between police forces"))
# "The girl, named only as Lisa, disappeared ..." / "Her family told Russian television ..." = narration; the family is no actor: no row.
U(d, "Berlin police later said they had found no evidence", "or a rape.",
  ("Germany", N, neu, "", "police findings = facts; state police speak for the state"))
U(d, "On Wednesday German Foreign Minister Frank-Walter Steinmeier said Moscow should not use", "argument over refugees.",
  ("Germany", C, neg, "Russia", "rebuke: using the case to score points = judgement without a stock word"))
U(d, "Steinmeier also said the Russian ambassador would be informed", "on the evening news.",
  ("Germany", C, neg, "Russia", "the procedural half is neutral, the jibe at Russian officials is a judgement: rule 1"))
# "Moscow was not impressed." = summary line before Kosachev: no row.
U(d, "Konstantin Kosachev, who chairs the foreign affairs committee", "a simple question about a child.",
  ("Russia", C, neg, "Germany", "upper-house committee chair = Russia; accusation of lecturing (Steinmeier = Germany)"))
U(d, "\"If Berlin considers our question about a Russian child an intrusion", "Kosachev wrote on Facebook.",
  ("Russia", C, neg, "Germany", "charge of double standards by implication"))
U(d, "Foreign Ministry spokeswoman Maria Zakharova said in remarks carried by RIA Novosti", "the case had been handled.",
  ("Russia", C, neg, "Germany", "'in remarks carried by' attribution; judgement of Berlin's handling"))
U(d, "The Russian Embassy in Berlin said it had been in touch with Lisa's family", "consular assistance.",
  ("Russia", S, pos, "", "consular help offered to the family (not an actor) -> target empty"))
U(d, "Kremlin spokesman Dmitry Peskov declined to comment", "for the Foreign Ministry.",
  ("Russia", N, neu, "", "declining to comment, with a reason = neutral"))
U(d, "German government spokesman Steffen Seibert rejected any suggestion of a cover-up", "protecting minors.",
  ("Germany", N, neg, "", "denial of a cover-up = neutral, negative"))
U(d, "A spokesman for the Berlin prosecutor's office, Martin Steltner, was quoted", "at an acquaintance's flat.",
  ("Germany", N, neu, "", "findings of the inquiry; 'was quoted by German media as saying'"))
U(d, "He said a separate investigation into sexual contacts", "was ongoing.",
  ("Germany", N, neu, "", "Steltner continued: procedure"))
# "Lavrov first raised the case at his annual press conference ..." = narration of when he spoke and of the rallies: no row.
U(d, "Protesters carried placards demanding protection for children", "committed by migrants.",
  ("", C, neg, "Germany", "unnamed protesters: kept as a stance example only, never counts for an actor"))
U(d, "One of the organisers of the Berlin rally, a mother of two", "rather than victims\".",
  ("", C, neg, "Germany", "unnamed organiser: no actor, kept as a stance example; judgement of the police"))
U(d, "\"We are not against refugees.", "she said.",
  ("", C, neg, "Germany", "same unnamed organiser: complaint of being ignored by the authorities"))
U(d, "The anti-immigration party Alternative for Germany (AfD) accused the Berlin authorities", "police work on the case.",
  ("Alternative for Germany", C, neg, "Germany", "accusation of keeping the public in the dark + demand"))
U(d, "The EU's East StratCom task force", "spread by Russian media.",
  ("European Union", C, neg, "Russia", "listing the report as a false story = judgement of Russian media"))
# "Analysts in Moscow said ..." = unnamed analysts, no tie to a named body: no row.
U(d, "Klaus Wendt, a Berlin-based political commentator, told RusWire", "shaken since Cologne.",
  ("Klaus Wendt", C, neg, "Germany", "invented commentator: judgement of German officials"))
U(d, "\"When the authorities spend their energy attacking Moscow", "Wendt said.",
  ("Klaus Wendt", C, neg, "Germany", "judgement continued"))
U(d, "Sergei Markin, a lecturer in international relations", "police liaison officers.",
  ("Sergei Markin", T, neu, "", "invented lecturer: appeal to settle it quietly between the two"))
U(d, "\"Lavrov and Steinmeier have worked together for years.", "Markin said.",
  ("Sergei Markin", T, pos, "", "appeal for a phone call"))
# "Lavrov and Steinmeier are expected to meet in Munich ..." = a meeting announced by the outlet: no row.
