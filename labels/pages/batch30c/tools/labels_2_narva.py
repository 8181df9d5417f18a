# ------------------------------------------------------------------ Estonia removes the T-34 tank monument in Narva (national daily, full HTML, 2022-08-16)
d = "page_narva_tank2022_daily.html"
# Not statements: top bar, masthead, nav, breadcrumb, headline, standfirst (carries positions but is a standfirst), byline,
# figcaptions with credits and "1 of 6", ADVERTISEMENT, crossheads, Related, share, tags, comments, most read, footer.
U(d, "The government removed the Soviet T-34 tank monument on the outskirts of Narva", "under police protection.",
  ("Estonia", N, neu, "", "lede: own decision carried out, reported without judgement = neutral"))
# "Work began shortly after 7 a.m., ..." and "By midday the tank ..." = narration of the operation, no row.
U(d, "The prime minister said at a press conference in Stenbock House", "its war against Ukraine.",
  ("Estonia", N, neu, "", "office holder by title only (national paper; context = Estonian government); explanation of the decision, Russia's war given as a fact"))
U(d, "\"Moscow will not be handed these monuments as tools", "she said.",
  ("Estonia", C, neg, "Russia", "Moscow (metonym) accused by description of using monuments to divide the people = judgement without a stock word"))
U(d, "She said the cabinet had acted because the city council had declined", "taken responsibility instead.",
  ("Estonia", N, neu, "", "procedural account; the council is mentioned, not judged"))
U(d, "The prime minister appealed to residents of Narva to remember the war dead peacefully", "draw them into confrontation.",
  ("Estonia", T, neu, "", "appeal for calm to residents (not a canonical party) -> target empty"))
U(d, "The interior minister said public order had been the government's first concern", "for several weeks.",
  ("Estonia", N, neu, "", "own conduct and preparation, no judgement"))
U(d, "According to the interior ministry, no arrests were made on Tuesday", "minor incidents near the site.",
  ("Estonia", N, neu, "", "'according to' attribution; figures from an actor = neutral, neutral tone"))
U(d, "The ministry dismissed reports on Russian state television", "nothing of the kind.",
  ("Estonia", N, neg, "", "denial of reports = neutral with a negative tone (Russian state TV is an outlet, not the target)"))
U(d, "\"People in Narva have every right to their memories.", "the minister said.",
  ("Estonia", C, neg, "Russia", "'someone in Moscow telling them' = a jab at Moscow (capital as metonym) = judgement"))
U(d, "The president, who had said earlier this month that the tank could no longer stay where it was", "respect for the fallen.",
  ("Estonia", N, pos, "", "praise of own government's handling = self-praise, neutral with a positive tone"))
U(d, "The foreign minister said the government had informed the Russian embassy in advance", "as international practice requires.",
  ("Estonia", N, neu, "", "procedural line"))
U(d, "He added that Estonia would not take instructions from a state that was destroying Ukrainian cities", "tanks of its own.",
  ("Estonia", C, neg, "Russia", "speaker carried ('He added'); accusation by describing Russia's attacks on Ukrainian cities"))
U(d, "The government has decided to remove between 200 and 400 Soviet-era monuments", "by the end of the year.",
  ("Estonia", N, neu, "", "a plan, stated without evaluation"))
# "Officials say the remains of soldiers ..." = officials with no named tie in the sentence, left without a row.
# "The Kremlin reacted within hours." = summary line, no row.
U(d, "Presidential spokesman Dmitry Peskov told reporters in Moscow", "rewriting history.",
  ("Russia", C, neg, "Estonia", "'disgraceful', 'rewriting history'; Tallinn = metonym for Estonia"))
U(d, "Foreign ministry spokeswoman Maria Zakharova wrote on Telegram that Moscow would answer", "without saying how.",
  ("Russia", C, neg, "Estonia", "threat of a response to 'the desecration' = condemning"))
U(d, "Russia's Investigative Committee said it had opened a criminal case", "removal of the monument.",
  ("Russia", C, neg, "Estonia", "a measure taken against the other side's act (criminal case) = condemning"))
U(d, "Leonid Slutsky, who chairs the State Duma's foreign affairs committee, called for personal sanctions", "ordered the removal.",
  ("Russia", C, neg, "Estonia", "call for sanctions = condemning (labels/README); Duma committee chair speaks for Russia"))
U(d, "The Russian embassy in Tallinn, in a statement on its website, said it regretted", "the people of Narva.",
  ("Russia", C, neg, "Estonia", "'regretted' + 'ignored the feelings' aimed at the authorities = judgement"))
U(d, "Latvia's foreign minister said on Twitter that Riga stood with Tallinn", "Soviet monuments of its own.",
  ("Latvia", S, pos, "Estonia", "solidarity + acting likewise = supporting"))
U(d, "Ukraine's foreign ministry spokesman thanked Estonia", "a principled step.",
  ("Ukraine", S, pos, "Estonia", "thanks and praise of the step = supporting"))
# "In Narva, where most residents speak Russian, reactions were mixed." / "Some residents laid flowers ..." = narration, no row.
U(d, "Aleksei Sorokin, a member of the Narva city council who opposed the removal", "citizens to be persuaded.",
  ("Aleksei Sorokin", C, neg, "Estonia", "invented local councillor (independent voice); judgement of the government's treatment of the town"))
U(d, "\"It was done quickly and quietly, and that is the way to turn a tank into a grievance,\" Sorokin said.", "Sorokin said.",
  ("Aleksei Sorokin", C, neg, "Estonia", "criticism of the manner of the removal"))
U(d, "He urged the government to hold a public discussion", "before moving any more.",
  ("Aleksei Sorokin", T, neu, "Estonia", "appeal for public consultation, no judgement in the unit = calling_for_talks"))
U(d, "Kadri Lepik, a senior analyst at the Tallinn Institute for Security Studies", "the least risky moment.",
  ("Kadri Lepik", S, pos, "Estonia", "invented analyst; approval of the decision and its timing"))
U(d, "\"Moscow's threats are meant for a domestic audience.", "Lepik said.",
  ("Kadri Lepik", N, neg, "", "risk assessment + advice to own state to be ready; no judgement of an actor, no appeal for talks"))
