# ------------------------------------------------------------------ Catalan independence referendum of 1 October 2017 (newspaper page translated from Spanish, HTML, 2017-10-02)
d = "page_catalonia_referendum_translated.html"
U(d, "The President of the Government, Mariano Rajoy, stated on Sunday night", "suspended by the Constitutional Court.",
  ("Spain", C, neg, "Catalonia authorities", "title before name ('The President of the Government'); denies the vote any standing + puts the whole responsibility on the Generalitat = judgement"))
U(d, "For his part, the President of the Generalitat, Carles Puigdemont, declared", "in the coming days.",
  ("Catalonia authorities", N, neu, "", "the Generalitat = 'Catalonia authorities' (README: '<region> authorities'); announces its next step, no judgement"))
U(d, "The head of the Catalan Executive likewise accused the State", "what had occurred.",
  ("Catalonia authorities", C, neg, "Spain", "'the head of the Catalan Executive' = Puigdemont by context; accusation of unjustified force (rule 1 over the demand to the EU institutions); 'the State' = Spain"))
U(d, "The spokesman of the Generalitat, Jordi Turull, reported", "according to the Catalan Executive.",
  ("Catalonia authorities", N, neu, "", "figures given by the regional government"))
U(d, "In Brussels, the chief spokesman of the European Commission, Margaritis Schinas, affirmed", "internal matter of Spain.",
  ("European Union", C, neg, "Catalonia authorities", "Commission = EU; 'lacked any legal basis' = calls the vote illegal (judgement of the Generalitat's act). Unsure: could be read as a neutral legal assessment"))
U(d, "The spokesman added that force could never serve as an instrument of politics", "without delay.",
  ("European Union", T, neg, "", "rejection of violence aimed at no one + appeal to all parties for dialogue = calling_for_talks; both sides -> target empty"))
U(d, "The Community executive, he indicated, has confidence", "handling the crisis.",
  ("European Union", S, pos, "Spain", "'the Community executive' = the Commission; confidence in Rajoy's handling = approval of Spain"))
U(d, "The Prime Minister of Belgium, Charles Michel, published a message", "asked both sides to talk.",
  ("Belgium", T, neg, "", "Charles Michel as Belgian PM in 2017 (not the EU, whose alias he is in the name files for 2019-2024); no explicit judgement + appeal to both sides = calling_for_talks"))
U(d, "From Paris, the Élysée Palace reported that the President of the French Republic", "constitutional unity of Spain.",
  ("France", S, pos, "Spain", "Élysée = France; attachment to Spain's constitutional unity = backing of Spain"))
U(d, "In Madrid, the Secretary General of the PSOE, Pedro Sánchez", "without delay.",
  ("Spanish Socialist Workers' Party", T, neu, "Spain", "opposition party under its own name; demand that the government negotiate, no judgement in the sentence = calling_for_talks; the one party addressed = Spain (the Executive)"))
