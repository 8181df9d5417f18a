# ------------------------------------------------------------------ Suruc suicide bombing (Turkish state agency, 2015-07-21)
d = "page_turkey_suruc_bombing2015_statemedia.txt"
# Not statements: masthead, menu, section, headline, time stamps, photo captions "Photo 1/6" with credits, capitals
# crossheads, ADVERTISEMENT, tags, copyright. The agency (TA) is not an actor.
U(d, "Prime Minister Ahmet Davutoğlu said on Tuesday that the suicide bombing", "had a hand in it.",
  ("Turkey", C, neg, "Islamic State", "lead: attack attributed to Daesh + vow to reach all accomplices"))
# "The blast tore through the garden ..." = narration and casualty figures from no named source, no row.
U(d, "Speaking to reporters after chairing a security meeting in Ankara", "were being examined.",
  ("Turkey", N, neu, "", "facts of the investigation"))
U(d, "\"Whoever tries to carry the fire across our border", "the prime minister said.",
  ("Turkey", C, neg, "", "'the prime minister' by title; a warning with no named group -> target empty"))
U(d, "Davutoğlu also repeated his invitation to the leaders of the three opposition parties", "the nation could give.",
  ("Turkey", T, pos, "", "invitation to meet and sign a joint text = a call for a meeting; several addressees"))
U(d, "President Recep Tayyip Erdoğan, who was on an official visit", "mercy on the victims.",
  ("Turkey", C, neg, "", "remarks broadcast by state TV; curse on the planners = judgement, no named culprit"))
U(d, "Erdoğan said terror had no religion", "without distinction.",
  ("Turkey", C, neg, "", "continued struggle against all terrorist organisations = announced response, several targets"))
U(d, "Deputy Prime Minister and government spokesman Numan Kurtulmuş said", "the entire Syrian border.",
  ("Turkey", N, neu, "", "own measures"))
U(d, "Kurtulmuş rejected claims that the government had turned a blind eye", "serves only the terrorists\".",
  ("Turkey", C, neg, "", "denial + 'slander that serves only the terrorists' aimed at the accusers = judgement (cf. batch22a Mehmanparast); accusers unnamed"))
U(d, "Interior Minister Sebahattin Öztürk said the number of dead", "by the governor's office.",
  ("Turkey", N, neu, "", "toll and assistance given by an actor"))
U(d, "Republican People's Party (CHP) leader Kemal Kılıçdaroğlu said his party stood against", "reach the centre.",
  ("Republican People's Party", C, neg, "", "stand against terror + condolences + demand for an explanation: the judgement decides (rule 1)"))
U(d, "Nationalist Movement Party (MHP) leader Devlet Bahçeli described the attack", "Turkey's unity.",
  ("Nationalist Movement Party", C, neg, "", "judgement of the attack"))
U(d, "Peoples' Democratic Party (HDP) co-chair Selahattin Demirtaş held the government responsible", "\"irresponsible\".",
  ("Peoples' Democratic Party", C, neg, "Turkey", "'held responsible' = blame"),
  ("Turkey", C, neg, "Peoples' Democratic Party", "second actor in the same sentence: the spokesman calls the remarks 'irresponsible'"))
# "Messages of condolence and condemnation reached Ankara ..., the Foreign Ministry said." = summary line before the list, no row.
U(d, "US State Department spokesman John Kirby said Washington condemned", "the fight against terrorism.",
  ("United States", C, neg, "", "condemnation + solidarity with Turkey: rule 1; no named culprit"))
U(d, "British Foreign Secretary Philip Hammond said in a statement", "against the shared threat.",
  ("United Kingdom", S, neg, "Turkey", "shared grief + continued cooperation = condolence and backing"))
U(d, "In Brussels, the European Union's High Representative Federica Mogherini said", "these difficult hours.",
  ("European Union", C, neg, "", "judgement of the attack's aim + solidarity: rule 1"))
U(d, "NATO Secretary General Jens Stoltenberg also condemned the attack", "to the families.",
  ("NATO", C, neg, "", "condemnation + condolences"))
U(d, "UN Secretary-General Ban Ki-moon, according to a statement from his spokesperson", "brought to justice.",
  ("United Nations", C, neg, "", "'according to a statement from'; no cause can excuse = judgement; hope for justice"))
U(d, "Russian President Vladimir Putin sent a letter of condolence", "cooperation against terrorism.",
  ("Russia", S, neg, "Turkey", "condolence letter (act) + call for cooperation = supporting (condolence, batch5c reading)"))
U(d, "German Chancellor Angela Merkel said in a message that Germany stood firmly", "the pain of Azerbaijan.",
  ("Germany", S, pos, "Turkey", "solidarity"),
  ("Azerbaijan", S, neg, "Turkey", "condolence letter; second actor in the same sentence"))
U(d, "Igor Crnadak, Bosnia and Herzegovina's foreign minister and chairman", "in all its forms.",
  ("Council of Europe", S, pos, "Turkey", "a minister speaking as chair of the Committee of Ministers speaks for the body (guide)"))
U(d, "Security expert Prof. Dr. Halil Ergün of the Ankara Centre for Strategic Research", "most sensitive fault line.",
  ("Halil Ergün", C, neg, "Islamic State", "invented expert; 'told TA' (the agency is not an actor); accusation"))
U(d, "\"The message was aimed at social peace.", "Ergün said.",
  ("Halil Ergün", N, neu, "", "reading of the attack + security recommendations, not a call for talks"))
U(d, "He said it would be a mistake to read the attack", "weakness in the state.",
  ("Halil Ergün", N, pos, "", "reassurance, no judgement or appeal"))
U(d, "Deniz Yalçın, a 22-year-old university student from Istanbul", "the children of Kobani.",
  ("Deniz Yalçın", N, neu, "", "invented named witness; her account"))
U(d, "\"We came with paint and toys.", "she said.",
  ("Deniz Yalçın", N, neg, "", "grief and incomprehension, no explicit judgement of a named actor"))
U(d, "The Suruç district governor's office said the identification", "on Tuesday and Wednesday.",
  ("Turkey", N, neu, "", "local state office giving facts"))
