# ------------------------------------------------------------------ April 2009 protests in Chisinau and the row with Romania (European news site, full HTML, 2009-04-15)
d = "page_chisinau_protests_eurosite.html"
U(d, "Romania's President Traian Basescu on Wednesday accused Moldova's Communist leadership", "disputed April 5 election.",
  ("Romania", C, neg, "Moldova", "long lead: accusation of scapegoating + refusal of a 'wall' on the Prut; the recount is narration; Bucharest = object"))
U(d, "In a speech to a joint session of the two chambers, Basescu said the government would shorten", "before 1940.",
  ("Romania", N, pos, "", "own policy on citizenship procedures = plan, neutral (unsure: Chisinau reads it as hostile)"))
U(d, "He said Romania would not answer the expulsion of its ambassador in kind", "decisions of their rulers\".",
  ("Romania", T, pos, "", "declining to retaliate = de-escalation, read as calling_for_talks (unsure: could be neutral); quote after the attribution in the same sentence"))
U(d, "In Chisinau, President Vladimir Voronin, whose Party of Communists won 60 of the 101 seats", "\"against anyone\".",
  ("Moldova", C, neg, "Romania", "the President = Moldova (not his party); 'a creeping attempt to absorb Moldova' = judgement; veiled warning; Chisinau = place here"))
# "The crisis began on April 6 with a protest ..." and "The next day the crowd grew ..." : narration, no rows
U(d, "Voronin accused Bucharest on April 8 of being behind what he called an attempted coup,", "planned the assault.",
  ("Moldova", C, neg, "Romania", "Bucharest = metonym as object; accusation"))
U(d, "The same day Chisinau declared the Romanian ambassador, Filip Teodorescu, persona non grata", "for several hours.",
  ("Moldova", C, neg, "Romania", "Chisinau = metonym as speaker; expulsion + visas = measures against another side; the border closure is passive narration"))
U(d, "Romania's Foreign Minister Cristian Diaconescu rejected the accusations as groundless,", "no hand in the protests.",
  ("Romania", N, neg, "", "denial = neutral, negative; Bucharest = metonym inside his own sentence"))
U(d, "He said the expulsion of the ambassador was unjustified", "treat each other.",
  ("Romania", C, neg, "Moldova", "'He' = Diaconescu; 'unjustified' + 'out of keeping' = judgement"))
U(d, "Voronin also warned the opposition that if it did not rein in its supporters,", "the law gave it.",
  ("Moldova", C, neg, "", "threat of force against the opposition (three parties -> target empty)"))
U(d, "The Interior Ministry said more than 270 people had been injured", "had been detained.",
  ("Moldova", N, neg, "", "figures given by the ministry = neutral"))
U(d, "Interior Minister Gheorghe Papuc denied reports that detainees had been beaten", "police stations.",
  ("Moldova", N, neg, "", "denial = neutral, negative"))
U(d, "Voronin asked the Constitutional Court on Friday to order a full recount,", "agreed on Sunday.",
  ("Moldova", N, neu, "", "own legal step + justification = neutral; the court's agreement is narration (no row)"))
U(d, "The three opposition parties that won seats, the Liberal Party, the Liberal Democratic Party and Our Moldova Alliance,", "dead people and emigrants.",
  ("Liberal Party (Moldova)", C, neg, "Moldova", "joint statement of three listed parties = one row each; accusation of fraud in the voter lists against the authorities"),
  ("Liberal Democratic Party of Moldova", C, neg, "Moldova", "same joint statement"),
  ("Our Moldova Alliance", C, neg, "Moldova", "same joint statement"))
U(d, "Vlad Filat, leader of the Liberal Democrats, said the opposition had had nothing to do with the violence,", "by the police.",
  ("Liberal Democratic Party of Moldova", C, neg, "Moldova", "denial + accusation that the police let provocateurs act: the accusation decides"))
U(d, "Mihai Ghimpu, the Liberal leader, said his party would not send observers", "foreign diplomats.",
  ("Liberal Party (Moldova)", C, neg, "Moldova", "refusing to take part in protest, with the grievance stated ('a show') = condemning"))
U(d, "Amnesty International said it had received consistent reports", "access to lawyers.",
  ("Amnesty International", C, neg, "Moldova", "accusation by describing ill-treatment of detainees"))
U(d, "EU foreign policy chief Javier Solana sent his special representative for Moldova,", "through dialogue.",
  ("European Union", T, neu, "", "sending an envoy + appeal to all sides = calling_for_talks"))
U(d, "The Czech Republic, which holds the EU's rotating presidency, said on behalf of the Union", "asked Chisinau to reverse them.",
  ("European Union", C, neg, "Moldova", "the presidency on behalf of the Union = European Union, not the Czech Republic; 'deeply regrettable' + request: rule 1; Chisinau = metonym as object"))
U(d, "Greek Foreign Minister Dora Bakoyannis, the OSCE's chairwoman-in-office,", "those detained.",
  ("OSCE", C, neg, "", "chairwoman-in-office = OSCE, not Greece; condemnation of the attacks (no perpetrator named -> target empty) + appeal: rule 1"))
U(d, "The OSCE-led observation mission had judged on April 6", "problems with the voter lists.",
  ("OSCE", N, neu, "", "observers' assessment = neutral"))
# "Moscow has sided firmly with Voronin." : summary line, no row
U(d, "Foreign Minister Sergei Lavrov said the opposition's demand for a new election had no basis,", "approved the vote.",
  ("Russia", C, neg, "", "rejection of the opposition's demand (a judgement on it); three parties -> target empty (unsure: could be neutral)"))
U(d, "The Russian Foreign Ministry said the riots had been an attempt to wreck Moldova's statehood", "by a neighbour.",
  ("Russia", C, neg, "", "accusation aimed at unnamed 'forces' (Romania implied, not named) -> target empty"))
U(d, "President Dmitry Medvedev telephoned Voronin to assure him of Russia's support,", "the Kremlin said.",
  ("Russia", S, pos, "Moldova", "backing, attribution tail; the Kremlin = Russia"))
U(d, "The U.S. State Department said it was concerned by reports of mistreatment of detainees", "acting spokesman Robert Wood said.",
  ("United States", T, neg, "Moldova", "concern + appeal, no judgement word = calling_for_talks"))
# "The recount is expected to confirm ..." : the outlet's own outlook, no row
U(d, "\"If the opposition refuses to vote for the Communists' candidate,", "Dniester Policy Institute in Chisinau.",
  ("Elena Munteanu", N, neu, "", "independent scholar named after the quote; scenario, no judgement"))
U(d, "She said the riots had done lasting damage:", "much worse atmosphere.\"",
  ("Elena Munteanu", N, neg, "", "pronoun subject + quote opened after a colon; assessment, no judgement of a named actor"))
U(d, "Munteanu said the government and the opposition should agree, under European mediation,", "before any new vote.",
  ("Elena Munteanu", T, neu, "", "appeal for an agreed review under mediation"))
U(d, "Andreas Kessler, an analyst at the Berlin-based Centre for European Neighbourhood Policy,", "Moldovan statehood.",
  ("Andreas Kessler", N, neu, "", "independent analyst; interests, no judgement"))
U(d, "\"The Communists will campaign against Bucharest, not against the opposition.", "Kessler said.",
  ("Andreas Kessler", N, neu, "", "multi-sentence quote; Bucharest, Moscow and Brussels are metonyms inside an analyst's sentence, not speakers"))
U(d, "He said the government's treatment of the detainees had thrown away", "with the EU.",
  ("Andreas Kessler", C, neg, "Moldova", "judgement on the government = condemning"))
# the drivers and the woman at the border: unnamed, no rows; captions, related, tags, newsletter, comments, most read, footer: never statements
