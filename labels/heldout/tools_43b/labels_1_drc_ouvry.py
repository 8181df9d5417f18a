# ------------------------------------------------------------------ DR Congo expels the EU ambassador Bart Ouvry (radio interview transcript, 2018-12-28)
d = "page_drc_ouvry_expulsion_2018_radio.txt"
# Not statements: station bar, menu, breadcrumb, programme title and headline, broadcast line, host/guest list, editor's note,
# listen/share bar, ADVERTISEMENT, Related, Tags, Most listened, copyright; the host's greetings, questions and links.
# "Good evening and welcome to The Africa Desk." = host's greeting, no row.
# "Tonight, a diplomatic rupture in Kinshasa ..." = host's summary before the specific statements, no row.
U(d, "On Thursday afternoon, Deputy Prime Minister and Foreign Minister Léonard She Okitundu", "48 hours to leave the country.",
  ("Democratic Republic of the Congo", C, neg, "European Union", "expulsion of the EU head of mission = a measure taken against another side"))
U(d, "The minister said the expulsion was Kinshasa's answer", "one-sided insult to a sovereign state.",
  ("Democratic Republic of the Congo", C, neg, "European Union", "'The minister' = She Okitundu; retaliation + 'insult' judgement of the EU sanctions"))
# "The list includes Emmanuel Ramazani Shadary ..." and "The measures were first imposed ..." = background, no row.
# "Brussels answered within hours." = summary line, no row.
U(d, "A spokesperson for the EU's foreign policy chief, Federica Mogherini, said", "at the worst possible moment.",
  ("European Union", C, neg, "Democratic Republic of the Congo", "'deplored' + 'baseless' = judgement of the expulsion"))
U(d, "The EU said its delegation in Kinshasa would stay open", "under a chargé d'affaires.",
  ("European Union", N, neu, "", "plan for its own delegation, no evaluation"))
# "Not really, Claire. Ministers had been hinting ..." = the analyst narrating background, no explicit position, no row.
U(d, "What I find reckless is the timing", "not have witnesses on Sunday.",
  ("Patrick Mbuyi Kalala", C, neg, "Democratic Republic of the Congo", "independent analyst (invented); 'reckless' = judgement of the authorities"))
U(d, "The electoral commission says the postponement in those three areas", "will be held in March.",
  ("Democratic Republic of the Congo", N, neu, "", "host's question reporting CENI's position (state agency -> its state): reasons and a date, no evaluation"))
U(d, "Part of that may be true, but more than a million voters", "it is an exclusion.",
  ("Patrick Mbuyi Kalala", C, neg, "Democratic Republic of the Congo", "judgement of the postponement ('an exclusion')"))
# "I think the first instinct will be not to hit back straight away." = a forecast, no position, no row.
U(d, "Sending an ambassador home over sanctions that target fourteen individuals", "than it hurts Brussels.",
  ("Annelies Verhoeven", C, neg, "Democratic Republic of the Congo", "former diplomat (invented), speaks for no body; 'out of all proportion' = judgement"))
U(d, "Still, the priority now is for both sides to keep their lines open", "to do their work on Sunday.",
  ("Annelies Verhoeven", T, neu, "", "appeal to both sides to keep channels open, no judgement in the unit"))
# "Belgium, whose national Mr Ouvry is, has also reacted." = summary line, no row.
U(d, "Foreign Minister Didier Reynders told Belgian television", "behind the European ambassador.",
  ("Belgium", C, neg, "Democratic Republic of the Congo", "'serious error' judgement + backing of the envoy: the judgement decides (rule 1)"))
U(d, "Reynders said Belgium would consult its EU partners", "wherever it can be held.",
  ("Belgium", T, neu, "Democratic Republic of the Congo", "surname only; consultation plan + appeal for a calm vote addressed to Kinshasa"))
U(d, "The Dutch foreign minister, Stef Blok, wrote on Twitter", "EU delegation in Kinshasa.",
  ("Netherlands", S, pos, "European Union", "solidarity with the EU envoy and delegation"))
U(d, "France's foreign ministry said it had taken note of the decision", "with its European partners.",
  ("France", N, neu, "", "taking note + contacts, no evaluation"))
# "In Washington, the State Department has not commented on the expulsion itself." = non-answer, no row.
U(d, "But its deputy spokesman, Robert Palladino, said on Thursday", "every eligible Congolese could vote.",
  ("United States", C, neg, "Democratic Republic of the Congo", "'deeply disappointed' by the postponement = judgement, with an appeal (rule 1) (unsure: could be read as concern + appeal = calling_for_talks)"))
U(d, "Martin Fayulu's Lamuka coalition called the expulsion", "turn out on Sunday in any case.",
  ("Lamuka", C, neg, "Democratic Republic of the Congo", "position reported by the analyst = Lamuka's; accusation of preparing to steal the vote"))
U(d, "Félix Tshisekedi's party was more careful:", "last days of the campaign.",
  ("Union for Democracy and Social Progress", C, neg, "Democratic Republic of the Congo", "'regretted the expulsion' = mild judgement (guide: 'regrettable' is condemning)"))
U(d, "On the government side, the spokesman Lambert Mende", "like a protectorate from Brussels.",
  ("Democratic Republic of the Congo", C, neg, "European Union", "government spokesman; refusal to be 'run like a protectorate' = judgement of the EU"))
U(d, "And the coordinator of the ruling Common Front for Congo, Néhémie Mwilanya", "without reservation.",
  ("Common Front for Congo", S, pos, "Democratic Republic of the Congo", "ruling coalition backs the government's decision"))
# "There is also the Catholic Church, which is fielding tens of thousands of observers." = host's link, no row.
U(d, "The bishops' conference, CENCO, said on Friday", "let the faithful vote in peace.",
  ("National Episcopal Conference of the Congo", T, neg, "", "sadness (no judgement) + appeal for calm to every side"))
U(d, "The UN mission, MONUSCO, said its head, Leila Zerrougui", "logistics for polling day.",
  ("United Nations", N, neu, "", "a meeting on logistics reported, no position"))
U(d, "The chairperson of the African Union Commission, Moussa Faki Mahamat", "raise tensions before Sunday.",
  ("African Union", T, neu, "", "appeal to both sides for restraint"))
U(d, "And Zambia's president, Edgar Lungu, speaking as chair of the SADC organ", "already deployed.",
  ("SADC", S, pos, "Democratic Republic of the Congo", "speaks as chair of the SADC organ -> SADC; confidence in the authorities + observers deployed = backing"))
U(d, "I hope that once the results are in, Brussels and Kinshasa sit down", "gain nothing from this silence.",
  ("Annelies Verhoeven", T, pos, "", "hope for talks between the two sides"))
U(d, "The sanctions were a fair answer to what happened in 2016 and 2017", "not to lift them under pressure.",
  ("Patrick Mbuyi Kalala", S, pos, "European Union", "approval of the EU's sanctions and of not lifting them"))
U(d, "If I were in Brussels I would not answer in kind, though:", "have their say on Sunday.",
  ("Patrick Mbuyi Kalala", T, neu, "European Union", "advice to the EU: no retaliation, keep talking = appeal"))
U(d, "The government has said further measures against the European Union could follow.", "could follow.",
  ("Democratic Republic of the Congo", C, neg, "European Union", "threat of further measures"))
# "Patrick Mbuyi Kalala and Annelies Verhoeven, thank you both." and the programme trail = host's links, no row.
