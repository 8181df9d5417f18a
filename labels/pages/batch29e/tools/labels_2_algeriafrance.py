# ------------------------------------------------------------------ Algeria recalls its ambassador from France and bars French military overflights (Algerian national daily, HTML, 2021-10-03)
d = "page_algeria_france_envoy2021_daily.html"
# Not statements: top bar, menu, breadcrumbs, headline, standfirst, byline and comments counter, captions with credits,
# share bar, ADVERTISEMENT, crossheads, Related links, tags, newsletter prompt, comments box, most read, footer.
U(d, "Algeria has recalled its ambassador to France, Mohamed Antar Daoud", "in years.",
  ("Algeria", C, neg, "France", "lede: recall of the envoy + airspace closure = measures against another state (condemning)"))
U(d, "The recall was announced late on Saturday in a communiqué from the Presidency", "in the French press.",
  ("Algeria", C, neg, "France", "the Presidency (state) announces the recall over the President's remarks = a measure in protest"))
U(d, "According to the communiqué, those remarks amounted to meddling", "against colonial rule.",
  ("Algeria", C, neg, "France", "'according to' attribution; meddling not tolerated, wounded memory = judgement"))
U(d, "The Presidency said that France's colonial record in Algeria", "about their own history.",
  ("Algeria", C, neg, "France", "judgement of France's colonial record and its standing to lecture"))
U(d, "Le Monde reported on Saturday that Macron, speaking on Thursday", "a politico-military system.",
  ("France", C, neg, "Algeria", "reported clause: only Macron's position is a statement; he judges the Algerian system; Le Monde reports a fact = not an actor"))
U(d, "The newspaper also quoted him as questioning whether an Algerian nation", "particular anger in Algiers.",
  ("France", C, neg, "Algeria", "'quoted him as': the president's remark disputes Algeria's history = negative judgement (unsure: could be neutral as a historical question)"))
U(d, "On Sunday morning, two French military flights bound for the Sahel were refused permission", "the French army said.",
  ("France", N, neu, "", "the army reports a fact (the refusal), no judgement; the army speaks for its state"))
U(d, "Its spokesman, Colonel Pascal Ianni, told French media", "adapt its routes.",
  ("France", N, neu, "", "procedural facts, own adaptation"))
U(d, "Ianni added that the Barkhane mission in the Sahel", "reconnaissance included.",
  ("France", N, neu, "", "surname only; reassurance about own operations = neutral"))
U(d, "Foreign Minister Ramtane Lamamra, in remarks carried by the state news agency APS", "domestic election campaign.",
  ("Algeria", C, neg, "France", "'in remarks carried by the state news agency'; refusal + implied charge of electioneering = judgement without stock words"))
U(d, "\"Our relations with France are built on interests, not on nostalgia,\"", "speak to it as an equal.\"",
  ("Algeria", C, neg, "France", "quotation over two sentences; demand for respect aimed at France implies a judgement (unsure: could be neutral principle)"))
U(d, "The Speaker of the People's National Assembly, Brahim Boughali, said in a statement", "President of the Republic.",
  ("Algeria", S, pos, "", "the parliament backs its own president: domestic backing of own state's decision; target empty (actor = target would be Algeria)"))
U(d, "The National Liberation Front, the party that led the independence struggle, called", "relationship with Paris.",
  ("National Liberation Front", C, neg, "France", "provocation = judgement + call to review ties (rule 1)"))
U(d, "Abderrazak Makri, head of the Islamist Movement of Society for Peace, went further", "from official documents.",
  ("Movement of Society for Peace", C, neg, "France", "party leader speaks for the party; demand of harsher measures against France = condemning"))
U(d, "In Paris, government spokesman Gabriel Attal said on Sunday", "and regretted it.",
  ("France", C, neg, "Algeria", "regret aimed at Algeria's decision = a judgement of its act (guide: 'regrettable' aimed at an actor or its act is condemning), mild in wording"))
U(d, "Attal said France remained attached to the development of its relationship", "not to wound them.",
  ("France", T, pos, "Algeria", "reported clause; attachment to the relationship + intent to reconcile = calling for a peaceful course"))
U(d, "A French diplomatic source said the foreign ministry was in contact", "in the coming weeks.",
  ("France", T, pos, "Algeria", "unnamed official of a named government speaks for it; contacts + hope of the envoy's return = talks"))
U(d, "Foreign Minister Jean-Yves Le Drian, questioned by deputies last month", "ordered to leave France.",
  ("France", C, neg, "", "visa cuts as a measure against three states that refuse readmission; several targets -> empty"))
U(d, "Algeria summoned the French ambassador, François Gouyette, over the visa cuts", "unilateral and disproportionate.",
  ("Algeria", C, neg, "France", "summons + 'disproportionate' = protest"))
U(d, "Louisa Ait-Hamou, a political scientist at the University of Algiers 3, said", "in Algerian public life.",
  ("Louisa Ait-Hamou", N, neu, "", "invented scholar; explains the Presidency's choice, no judgement of her own"))
U(d, "\"This was an insult delivered at the highest level", "she said.",
  ("Louisa Ait-Hamou", C, neg, "France", "she calls the remarks an insult = her own judgement"))
U(d, "Ait-Hamou said she expected the two capitals to restore contact quietly", "despite the quarrel.",
  ("Louisa Ait-Hamou", T, pos, "", "expectation + appeal to both governments to keep the joint commission working = talks"))
U(d, "Julien Ferrand-Bessis, a researcher on the Maghreb", "rerouted over Morocco.",
  ("Julien Ferrand-Bessis", N, neu, "", "invented researcher; assessment of the closure's effect, no judgement"))
U(d, "He said the dispute nonetheless showed how the campaign", "dealings with North Africa.",
  ("Julien Ferrand-Bessis", N, neu, "", "pronoun; analysis of electoral pressure, no explicit judgement (unsure: could be read as criticism of Paris)"))
# "Algeria's ambassador was last recalled from Paris in May 2020 ..." = background narration, no row.
U(d, "Prime Minister Aïmene Benabderrahmane told reporters in Algiers", "if the offence was repeated.",
  ("Algeria", C, neg, "France", "threat of further measures = condemning"))
