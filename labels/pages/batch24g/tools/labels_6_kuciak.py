# ------------------------------------------------------------------ Murder of Jan Kuciak and Martina Kusnirova (scraped regional daily, 2018-02-28)
d = "page_kuciak_murder_2018_regionaldaily.txt"
# Not statements: masthead, date/price line, menu, breadcrumb, headline, standfirst, byline/time stamps, share bar,
# [Photo n/4] captions with credits, ADVERTISEMENT, crossheads, Related line, tags, most read, newsletter, comments, copyright.
U(d, "Culture Minister Marek Madaric resigned on Wednesday", "ties to the 'Ndrangheta.",
  ("Slovakia", N, neg, "", "long lead: a resignation in grief and aides stepping aside; no judgement of another actor"))
# "Jan Kuciak, 27, ... were found shot dead ..." = narration, no row.
U(d, "Police President Tibor Gaspar said on Monday that the killing was most likely connected", "independent Slovakia.",
  ("Slovakia", N, neu, "", "police chief gives the working line of inquiry"))
U(d, "\"My conscience will not let me go on as if this were an ordinary week,\"", "told reporters at the ministry.",
  ("Slovakia", N, neg, "", "minister explains his resignation, no position toward an actor"))
U(d, "Fico said the two aides, Maria Troskova and Viliam Jasan, had asked", "\"nothing to be ashamed of.\"",
  ("Slovakia", N, neg, "", "procedure + denial of wrongdoing = neutral, negative"))
U(d, "\"I will not let anyone turn the death of a young man", "the prime minister said.",
  ("Slovakia", C, neg, "", "rebuke of those 'using' the death (the opposition, not named) -> target empty (unsure: could be neutral)"))
U(d, "On Tuesday Fico appeared at a news conference with one million euros", "led to the killers.",
  ("Slovakia", N, neu, "", "reward announced: own measure, no judgement"))
U(d, "The opposition parties Freedom and Solidarity and OLaNO called for the resignation", "the prime minister's own office.",
  ("Freedom and Solidarity", C, neg, "Slovakia", "demand for resignations with a stated grievance"),
  ("OĽaNO", C, neg, "Slovakia", "same list, one row per party"))
U(d, "Richard Sulik, the leader of Freedom and Solidarity, said the government", "on Friday.",
  ("Freedom and Solidarity", C, neg, "Slovakia", "party leader: judgement of the government + call for protests"))
U(d, "President Andrej Kiska, who met the editors of Aktuality.sk on Tuesday, said the state", "cannot win.",
  ("Slovakia", N, neg, "", "resolve that the killers must not win; no actor judged (unsure)"))
U(d, "\"Either we find the killers and those who paid them", "Kiska said.",
  ("Slovakia", N, neg, "", "continued; stakes, no judgement"))
U(d, "Kiska also said he would invite the leaders of all parliamentary parties", "win back public trust.",
  ("Slovakia", T, neu, "", "convening party leaders = host calling for talks"))
U(d, "Italy's interior ministry said it had offered Slovak police the help", "at short notice.",
  ("Italy", S, pos, "Slovakia", "offer of investigators = supporting by act"))
U(d, "Fico said Slovakia had accepted the Italian offer", "Europol for assistance.",
  ("Slovakia", N, neu, "", "acceptance of help and a request: asking for aid is not supporting"))
U(d, "European Commission President Jean-Claude Juncker said he was appalled by the killing", "in the public interest.",
  ("European Union", C, neg, "", "'a crime against everyone in Europe'; killers unknown -> empty"))
U(d, "First Vice-President Frans Timmermans said the Commission would follow", "leave no stone unturned.",
  ("European Union", T, neu, "Slovakia", "expectation addressed to Slovakia, no judgement (unsure: appeal for investigation)"))
U(d, "European Parliament President Antonio Tajani said MEPs would send a delegation", "journalists in Slovakia.",
  ("European Union", N, neu, "", "European Parliament = EU alias; announced fact-finding mission, procedure"))
U(d, "Harlem Desir, the OSCE Representative on Freedom of the Media, said he was horrified", "ordered the killing.",
  ("OSCE", T, neg, "Slovakia", "horror + appeal to the authorities for justice, no judgement of an actor"))
U(d, "The Council of Europe's Secretary General, Thorbjorn Jagland, said the killing", "to Slovak authorities.",
  ("Council of Europe", S, neg, "Slovakia", "the judgement targets the killing (no actor); offer of expertise decides (unsure: condemning)"))
U(d, "Czech Prime Minister Andrej Babis sent condolences to the families", "in any way Slovakia asked.",
  ("Czech Republic", S, pos, "Slovakia", "offer of help"))
U(d, "Austrian Chancellor Sebastian Kurz wrote that Vienna stood by its neighbour", "solved swiftly.",
  ("Austria", S, pos, "Slovakia", "solidarity"))
U(d, "The U.S. Embassy in Bratislava said Washington was ready to share its expertise", "Slovak investigators.",
  ("United States", S, pos, "Slovakia", "offer of help"))
U(d, "Reporters Without Borders called the murder an \"alarm bell\"", "had to end.",
  ("Reporters Without Borders", C, neg, "Slovakia", "criticism of the government's language towards the press"))
U(d, "The Committee to Protect Journalists said Slovak leaders had for years", "protect them instead.",
  ("Committee to Protect Journalists", C, neg, "Slovakia", "judgement of Slovak leaders + demand"))
U(d, "Peter Bardy, editor-in-chief of Aktuality.sk, said the website had decided", "what he would have wanted.",
  ("Peter Bardy", N, neu, "", "editor explains a decision; real editor named in coverage, kept as a person (not an agency reporting a fact)"))
U(d, "\"We will finish his work, and others will join us,\" Bardy said.", "Bardy said.",
  ("Peter Bardy", N, pos, "", "resolve, no position toward an actor"))
U(d, "Dusan Mikulas, a lecturer in media law at the Comenius University in Bratislava, said", "people close to power.",
  ("Dusan Mikulas", N, neu, "", "invented scholar; framing of the test, no judgement"))
U(d, "\"Fico's reward on the table is theatre", "Mikulas said.",
  ("Dusan Mikulas", C, neg, "Slovakia", "'theatre' = judgement of the PM's gesture"))
U(d, "Mikulas said the government should hand the inquiry to a team", "not doubted.",
  ("Dusan Mikulas", T, neu, "Slovakia", "appeal for an inquiry with foreign investigators (unsure: not a diplomatic course, but an appeal without judgement)"))
U(d, "Katarina Vargova, a neighbour of the couple in Velka Maca, said the two had moved", "their wedding for May.",
  ("Katarina Vargova", N, neu, "", "invented neighbour; facts"))
U(d, "\"They were quiet and kind, they waved to everyone,\" she said.", "she said.",
  ("Katarina Vargova", N, pos, "", "memory of the victims, no position"))
