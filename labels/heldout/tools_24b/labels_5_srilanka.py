# ------------------------------------------------------------------ Sri Lanka's constitutional crisis (South Asian regional daily, full HTML, 2018-11-10)
d = "page_srilanka_crisis_southasiandaily.html"
# No rows: edition bar, logo, nav, TRENDING ticker, kicker, headline, summary, byline, share bars, captions,
# crossheads, advertisement, Also read, topics, newsletter, comments, most read, footer.
U(d, "Sri Lanka's President Maithripala Sirisena dissolved Parliament at midnight on Friday", "in his place.",
  ("Sri Lanka", N, neu, "", "the President (undisputed head of state) = Sri Lanka; dissolution and election date = a state procedure reported as done, no judgement; the October 26 acts are narrated in the same sentence"))
U(d, "The proclamation, published in a gazette notice signed by the President", "meet on January 17.",
  ("Sri Lanka", N, neu, "", "gazette = act of the state; dates"))
U(d, "In a statement issued through the President's Media Division, Sirisena said", "next week.",
  ("Sri Lanka", N, neg, "", "own justification of the decision (fear of clashes), no judgement of a named actor = neutral"))
U(d, "Wickremesinghe's United National Party (UNP) said the dissolution was illegal", "two-thirds of its members.",
  ("United National Party", C, neg, "Sri Lanka", "'illegal' = judgement of the President's act; possessive 'Wickremesinghe's' is not the speaker, the party speaks"))
U(d, "The party said it would file petitions in the Supreme Court on Monday.", "on Monday.",
  ("United National Party", C, neg, "Sri Lanka", "announced legal challenge against the decree = a response taken against the other side (unsure: could be neutral, a plan)"))
U(d, "Mangala Samaraweera, who was finance minister in the dismissed Cabinet, wrote on Twitter:", "at the ballot box.”",
  ("United National Party", C, neg, "Sri Lanka", "minister of the dismissed cabinet speaking for the UNP camp; quote opened after a colon; 'power grab'"))
U(d, "On the night he was sacked he told reporters he was still the lawful Prime Minister", "a violation of the Constitution.",
  ("United National Party", C, neg, "Mahinda Rajapaksa", "Wickremesinghe as UNP leader (he is not declared an alias: later PM/president of Sri Lanka); 'violation of the Constitution' aimed at the swearing-in of his rival (unsure target: Sri Lanka's act)"))
# no row: "Wickremesinghe has refused to leave Temple Trees ..." (narration of a situation)
U(d, "Rajapaksa, 72, who ruled the island as president from 2005 to 2015", "welcomed the dissolution.",
  ("Mahinda Rajapaksa", S, pos, "Sri Lanka", "contested prime minister as his own actor (23a Japarov precedent); welcomes the President's step"))
U(d, "“The people are the masters.", "he wrote on Twitter.",
  ("Mahinda Rajapaksa", N, pos, "", "quote closed by the speaker; a general principle, no judgement or appeal = neutral, positive"))
U(d, "The Sri Lanka Podujana Peramuna, the party built around the Rajapaksa family", "returning the decision to the voters.",
  ("Sri Lanka Podujana Peramuna", S, pos, "Sri Lanka", "thanks to the President = supporting"))
U(d, "Speaker Karu Jayasuriya, who had refused to recognise Rajapaksa", "repeatedly asked for.",
  ("Parliament of Sri Lanka", C, neg, "Sri Lanka", "the Speaker speaks for Parliament (new actor, unsure: could be Sri Lanka); 'grave blow' = judgement of the President's act"))
U(d, "On October 28, in a letter to the President, the Speaker had warned", "asked Sirisena to reconsider.",
  ("Parliament of Sri Lanka", T, neg, "Sri Lanka", "warning + request to reconsider the suspension, no judgement word = appeal addressed to one side"))
U(d, "The Janatha Vimukthi Peramuna (JVP) also condemned the move.", "condemned the move.",
  ("Janatha Vimukthi Peramuna", C, neg, "Sri Lanka", "explicit condemnation"))
U(d, "Its leader Anura Kumara Dissanayake told a news conference", "confidence of the House.",
  ("Janatha Vimukthi Peramuna", C, neg, "Sri Lanka", "'Its' = JVP; Dissanayake is a JVP alias in the name files; accusation"))
U(d, "The Tamil National Alliance, whose 14 or 15 votes had been courted", "legal challenge to the proclamation.",
  ("Tamil National Alliance", C, neg, "Sri Lanka", "backing a legal challenge against the proclamation = siding against the act (unsure: could be supporting the UNP)"))
U(d, "Its leader R. Sampanthan urged all parties", "off the streets.",
  ("Tamil National Alliance", T, neu, "", "appeal to all parties to settle lawfully and avoid street violence"))
U(d, "The Bar Association of Sri Lanka called the dissolution unconstitutional", "to intervene.",
  ("Bar Association of Sri Lanka", C, neg, "Sri Lanka", "canonical in the name files"))
U(d, "Election Commission chairman Mahinda Deshapriya said the commission would prepare", "ordered otherwise.",
  ("Sri Lanka", N, neu, "", "state body's procedure"))
# no rows: the state-broadcaster takeovers and the shooting at the ministry (narration); "The move came as it became clear that Sirisena's camp could count on only about 104 or 105 lawmakers" (narration, no speaker)
U(d, "Sirisena told a rally of his supporters on Monday that he had removed Wickremesinghe", "the UNP leader has denied.",
  ("Sri Lanka", C, neg, "", "accusation of a plot (the plotters are not named) -> target empty"),
  ("United National Party", N, neg, "", "the UNP leader's denial = neutral, negative"))
U(d, "The State Department's Bureau of South and Central Asian Affairs said on Twitter", "deepen the political crisis.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative (guide)"))
U(d, "Britain's Minister for Asia and the Pacific, Mark Field, said he was concerned", "democratic institutions.",
  ("United Kingdom", T, neg, "", "concern + appeal to all parties = calling_for_talks"))
U(d, "On Friday, before the dissolution was announced, the European Union, Norway and Switzerland had issued a joint statement", "investor confidence.",
  ("European Union", T, neg, "Sri Lanka", "joint statement = one row per signatory; appeal to let Parliament vote, with a warning"),
  ("Norway", T, neg, "Sri Lanka", "same"),
  ("Switzerland", T, neg, "Sri Lanka", "same"))
U(d, "UN Secretary-General Antonio Guterres had urged the government on October 29", "his spokesman said.",
  ("United Nations", T, neu, "", "appeal to respect constitutional process + refrain from violence, addressed to all sides"))
U(d, "India's External Affairs Ministry said on October 28 that New Delhi was closely following", "the developments.",
  ("India", N, neu, "", "'closely following' without an appeal = neutral; New Delhi = metonym"))
U(d, "Its spokesman Raveesh Kumar said India would go on extending development assistance", "a friendly neighbour.",
  ("India", S, pos, "Sri Lanka", "continued aid = supporting (the people of Sri Lanka)"))
U(d, "China's ambassador Cheng Xueyuan called on Rajapaksa at his office on October 27", "according to Rajapaksa's office.",
  ("China", S, pos, "Mahinda Rajapaksa", "congratulations delivered by the ambassador = backing by act; the office only reports it"))
U(d, "In Beijing, foreign ministry spokesman Lu Kang said China did not interfere", "through consultation.",
  ("China", T, neu, "", "non-interference + hope for a settlement by consultation = calling_for_talks (hope); Beijing = place"))
# no rows: creditors and the rupee (narration)
