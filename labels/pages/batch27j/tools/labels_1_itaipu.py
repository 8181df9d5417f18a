# ------------------------------------------------------------------ Brazil-Paraguay Itaipu espionage row (Paraguayan English-language daily, scraped, 2025-04-02)
d = "page_paraguay_brazil_itaipu_espionage2025_dailyscrape.txt"
# Not statements: masthead, menu, date bar, breadcrumb, headline, standfirst, byline, share bar, [PHOTO n of 3] captions,
# ADVERTISEMENT, crossheads, "Related:", tags, newsletter prompt, most read, copyright.
U(d, "Paraguay suspended all negotiations with Brazil", "handling the talks.",
  ("Paraguay", C, neg, "Brazil", "dateline 'ASUNCIÓN - ' excluded; suspension of talks + ambassador recalled in protest = measures (condemning)"),
  ("Brazil", N, neg, "", "Brazil's admission reported in the after-clause: facts about its own agency, no evaluation"))
# "Foreign Minister Rubén Ramírez Lezcano announced the measures at the Palacio de López ..." = narration of the scene, no row.
U(d, "\"A neighbour that spies on the people across the table", "Ramírez told reporters.",
  ("Paraguay", C, neg, "Brazil", "judgement without stock words (bad faith), foreign minister by surname in the tail"))
U(d, "He said the talks on Annex C would stay frozen", "with immediate effect.",
  ("Paraguay", C, neg, "Brazil", "reported clause: freeze until Brazil answers + recall of the envoy = measures taken in protest"))
U(d, "The Brazilian ambassador in Asunción, José Antônio Marcondes, was received", "account of the operation.",
  ("Paraguay", C, neg, "Brazil", "passive: the ministry summoned the envoy and handed a note of protest; a summons is a diplomatic measure (the ambassador is only the object)"))
U(d, "According to a statement from the Ministry of Information and Communication Technologies", "record of any intrusion.",
  ("Paraguay", N, neu, "", "second-hand attribution ('according to a statement from'); procedure and facts"))
# "The affair came to light on Monday, when the Brazilian news site UOL reported ..." = an outlet reporting a fact, no row.
# "Brasília answered within hours." = summary line, no row.
U(d, "In a note issued by Itamaraty on Monday evening", "learned of it.",
  ("Brazil", N, neu, "", "facts about the operation's timeline; distancing without evaluation"))
U(d, "\"Nobody in this administration ordered that action", "too short by half.",
  ("Brazil", N, neg, "", "denial of involvement = neutral, negative tone"),
  ("Paraguay", C, neg, "Brazil", "'Paraguayan officials' = unnamed officials of a named government (guide); their dismissal of the note is a judgement"))
U(d, "The note added that Brazil remained \"fully available\"", "over five decades.",
  ("Brazil", T, pos, "Paraguay", "offer of talks through diplomatic channels, praise of the partnership: rule 2 before rule 3"))
U(d, "Brazilian Foreign Minister Mauro Vieira was quoted by the Agência Brasil news agency", "before the May deadline.",
  ("Brazil", T, pos, "", "passive attribution ('was quoted ... as saying'); hope to resolve and return to talks"))
# "President Santiago Peña ... did not take questions." = a non-answer, no row.
U(d, "In a message on X late on Tuesday, the President wrote", "with calm and with firmness\".",
  ("Paraguay", N, neg, "", "office holder by title only ('the President', Paraguay from context); resolve to defend sovereignty, no explicit judgement of Brazil and no threat (unsure: could be read as a veiled warning)"))
# "The measures drew rare praise across Paraguay's divided Congress." = summary line, no row.
U(d, "The governing Colorado Party said it stood", "ministry asked for.",
  ("Colorado Party", S, pos, "Paraguay", "party backing its government's measures"))
U(d, "The opposition Authentic Radical Liberal Party said in a statement", "for two years.",
  ("Authentic Radical Liberal Party", C, neg, "Paraguay", "backing of the suspension joined to an accusation against the government: rule 1, the judgement decides"))
# "Annex C sets the terms ..." = background, no row. "In the region, reactions were guarded." = summary line, no row.
U(d, "The Panamanian foreign ministry said it had \"no information whatsoever\"", "in Panama and Chile.",
  ("Panama", N, neu, "", "a ministry given by its state's adjective; denial of knowledge = neutral; UOL's report is the outlet's"))
U(d, "Chile's foreign ministry said it would answer any request", "promptly and in full\".",
  ("Chile", N, neu, "", "cooperation with an inquiry = neutral (as batch22a)"))
U(d, "Uruguay's foreign ministry, in remarks carried by the state news agency", "in the spirit of the bloc\".",
  ("Uruguay", T, pos, "", "remarks carried by a state agency; following 'with attention' + trust in a settlement = hope for calm (calling_for_talks)"))
U(d, "A spokesperson for the Argentine foreign ministry told the Herald", "a bilateral matter.",
  ("Argentina", N, neu, "", "procedural line: nothing to add, a bilateral matter"))
U(d, "Paraguayan officials describe the mood in the foreign ministry", "rather than surprise.",
  ("Paraguay", N, neg, "", "unnamed officials of a named government; anger reported with no judgement or appeal stated = neutral, negative tone"))
U(d, "A spokesperson for the ministry said on Wednesday morning", "used at the table.",
  ("Paraguay", T, neg, "Brazil", "spokesperson named by role; a demand for an account addressed to Brazil, no judgement word (as demands for an inquiry)"))
U(d, "\"An apology without those three answers is a press release,\"", "police inquiry.",
  ("Paraguay", C, neg, "Brazil", "'the spokesperson' on second mention; dismissal of Brazil's note = judgement"))
U(d, "Mirta Valdez, an energy-policy analyst", "if it dragged on.",
  ("Mirta Valdez", S, neu, "Paraguay", "invented analyst; approval of the suspension with a warning about its cost"))
U(d, "\"Every month without a new tariff", "the moment Brasília answers.\"",
  ("Mirta Valdez", T, neu, "Paraguay", "quote with the attribution in the middle; appeal to return to the table"))
U(d, "Marcelo Ortiz, a professor of international law", "at the time\".",
  ("Marcelo Ortiz", C, neg, "Brazil", "invented scholar; breach of non-intervention = judgement"))
U(d, "Ortiz added that the Lula government's distance", "not the other way round\".",
  ("Marcelo Ortiz", C, neg, "Brazil", "surname on second mention; holds the Brazilian state responsible"))
# "About 200 people gathered outside the Brazilian embassy ..." = unnamed protesters, no row.
U(d, "At the dam itself, the Paraguayan side of Itaipu Binacional said", "the diplomatic dispute.",
  ("Paraguay", N, neu, "", "the Paraguayan directorate of the binational plant = a Paraguayan state body; operations normal = facts"))
# "The signing of the revised annex had been pencilled in for May 30." = background, no row.
