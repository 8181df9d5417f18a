# ------------------------------------------------------------------ Konev statue / ricin report: Prague-Moscow row (wire copy, 2020-04-28)
d = "page_prague_konev_ricin2020_wire.txt"
# Not statements: section line, slug, headline, bullet summary, byline, ADVERTISEMENT, reporting credits, Related lines, copyright.
U(d, "Three Prague politicians who angered Moscow", "poison ricin in his luggage.",
  ("Czech Republic", N, neu, "", "Czech officials (tied to a named government) confirm a protective measure: fact, no judgement"))
# "The weekly Respekt, citing unnamed security sources, reported ..." = an outlet reporting, no row.
# "The three are Ondrej Kolar, ..." = background narration, no row.
U(d, "\"I will not start hiding in a cellar", "Kolar told Czech television on Monday evening.",
  ("Czech Republic", C, neg, "Russia", "district mayor = local official -> his state; 'a foreign state has decided to frighten' = judgement without stock words; Russia from context"))
U(d, "The Russian embassy in Prague said in a statement on its Facebook page", "into the Czech Republic.",
  ("Russia", N, neg, "", "denial = neutral, negative"))
U(d, "It said it had handed the Czech foreign ministry a note", "would be answered in kind.",
  ("Russia", C, neg, "Czech Republic", "'It' = the embassy; protest note + warning of a like-for-like response = threat"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters on a conference call", "comment on it further.",
  ("Russia", N, neg, "", "dismissing the report as fiction = denial, aimed at a media story, not at an actor"))
U(d, "Foreign Minister Tomas Petricek said he would not speculate", "serious and lasting.",
  ("Czech Republic", C, neg, "Russia", "conditional warning of consequences = threatened response (unsure: conditional); Russia from context"))
U(d, "\"We have no interest in a war of words with Moscow", "once travel rules eased.",
  ("Czech Republic", T, neu, "Russia", "offer of talks and a delegation, no judgement"))
U(d, "Prime Minister Andrej Babis said he had asked the counter-intelligence service", "ties with Russia.",
  ("Czech Republic", T, pos, "Russia", "hope that the affair is settled without harm to ties = hope (talks)"))
U(d, "Interior Minister Jan Hamacek said police would keep", "declined to give further details.",
  ("Czech Republic", N, neu, "", "own protective measure, procedure"))
U(d, "A Czech security official, speaking on condition of anonymity", "had not yet confirmed it.",
  ("Czech Republic", N, neu, "", "unnamed official of a named government; assessment without judgement"))
U(d, "Relations between Prague and Moscow have soured since", "who liberated the city.",
  ("Russia", C, neg, "Czech Republic", "long wire sentence: narration + the Russian ministry's 'betrayal' judgement; the activists are unnamed, no row"))
U(d, "Russia's Investigative Committee opened a criminal case this month", "Russia's military glory.",
  ("Russia", C, neg, "Czech Republic", "criminal case against another state's officials = measure taken"))
U(d, "Defence Minister Sergei Shoigu has asked for the officials", "up to five years in prison.",
  ("Russia", C, neg, "Czech Republic", "demand that Czech officials be prosecuted + punitive law = measures; one row for Russia"))
U(d, "Foreign ministry spokeswoman Maria Zakharova said last week", "who signed the order.",
  ("Russia", C, neg, "Czech Republic", "judgement without stock words ('rearranging the spring of 1945') + veiled threat"))
U(d, "The embassy has also argued that the removal broke a 1993 friendship treaty", "its own conclusions from the step.",
  ("Russia", C, neg, "Czech Republic", "accusation of a treaty breach + threatened response"))
U(d, "The Czech foreign ministry has rejected that reading", "the property of the district.",
  ("Czech Republic", N, neg, "", "rejecting an accusation = denial, neutral"))
U(d, "President Milos Zeman, who has long argued for warmer ties", "embarrassed the country.",
  ("Czech Republic", C, neg, "", "head of state's judgement of his own country's district politicians; target not another actor -> empty"))
U(d, "Hrib wrote on Twitter that Prague's decisions", "Kremlin critic Boris Nemtsov.",
  ("Czech Republic", C, neg, "Russia", "Prague mayor = local official; refusal of dictation from the embassy = rejection in protest"))
U(d, "The Senate's foreign affairs committee on Tuesday passed a resolution", "ensure their safety.",
  ("Czech Republic", S, pos, "", "backing for the three officials (same state) -> target empty"))
U(d, "A spokesman for the European Union's foreign service, Peter Stano", "comment on intelligence matters.",
  ("European Union", N, neg, "", "unease without an appeal = concern, neutral"))
U(d, "Lithuanian Foreign Minister Linas Linkevicius wrote that Vilnius stood beside Prague", "from their own experience.",
  ("Lithuania", C, neg, "Russia", "solidarity joined to a judgement of the Kremlin: rule 1 -> condemning"))
U(d, "Ondrej Vanecek, a Russia analyst at the Prague-based Centre", "a government's nerve.",
  ("Ondrej Vanecek", N, neu, "", "invented analyst; reading of the affair, no judgement"))
U(d, "\"Moscow wants every town hall in the region", "Vanecek said.",
  ("Ondrej Vanecek", C, neg, "Russia", "attributes an intimidating purpose to Moscow = negative judgement"))
U(d, "Hana Sykorova, a historian of the Second World War", "rather than to prosecutors.",
  ("Hana Sykorova", T, neu, "", "invented historian; appeal to both governments for a peaceful course, no judgement"))
# "Russian troops under Konev's command entered Prague ..." = background, no row.
U(d, "The statue, unveiled in 1980, will be kept in storage", "the district said.",
  ("Czech Republic", N, neu, "", "district (local authority) gives its plan"))
