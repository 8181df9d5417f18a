# ------------------------------------------------------------------ Brazil and Nicaragua expel each other's ambassadors (Brazilian national daily, full HTML, 2024-08-09)
d = "page_brazil_nicaragua_envoys2024_dailyhtml.html"
# Not statements: top bar, logo, menu, breadcrumbs, ADVERTISEMENT, headline, standfirst, byline/time, share bar and comments counter,
# captions with "1 of 4" and credits, crosshead "'A sovereign decision'", Related lines, tags, newsletter prompt, comments, most read, footer.
U(d, "Brazil ordered Nicaragua's ambassador, Fulvia Patricia Castro Matu", "that he had to go.",
  ("Brazil", C, neg, "Nicaragua", "expelling an ambassador = condemning (a taken response)"),
  ("Nicaragua", C, neg, "Brazil", "same sentence: Managua's expulsion of Brazil's envoy, reported as done"))
U(d, "In a short note released in the afternoon, the Ministry of Foreign Affairs said", "Castro Matu's mission.",
  ("Brazil", C, neg, "Nicaragua", "'the Ministry of Foreign Affairs' given by context (a Brazilian daily); reciprocal expulsion"))
# "The expulsions mark the lowest point ..." = narration, no row.
U(d, "Managua's complaint, according to two diplomats who followed the case", "for more than an hour.",
  ("Nicaragua", C, neg, "Brazil", "Managua's grievance relayed by unnamed diplomats (they are not actors; the complaint is Nicaragua's); capital as metonym"))
U(d, "Chief of Staff Rui Costa, one of the ministers closest to Lula, described the Nicaraguan measure", "diplomatic practice.",
  ("Brazil", C, neg, "Nicaragua", "office holder of Brazil; 'baseless', 'an insult' = judgement"))
U(d, "He told reporters at the Planalto Palace that no government could treat", "would answer in kind.",
  ("Brazil", C, neg, "Nicaragua", "pronoun = Rui Costa; judgement + a response announced"))
# "Foreign Minister Mauro Vieira met the president early on Thursday to weigh the response, ..." = a meeting narrated, no row.
U(d, "The official said the decision to expel Castro Matu was taken in that meeting", "Brazilians living there.",
  ("Brazil", N, neu, "", "unnamed official of a named ministry speaks for Brazil; procedure (how and when decided, chargé kept)"))
U(d, "Vieira later said Brazil had tried for nearly three weeks", "to reconsider.",
  ("Brazil", N, neu, "", "account of own past efforts; no appeal made now (unsure: could be calling_for_talks)"))
U(d, "\"We gave every opportunity for this to be resolved", "the minister said.",
  ("Brazil", N, neu, "", "self-justification, no judgement in this unit"))
U(d, "\"The answer we received was silence, and then the notice.\"", "and then the notice.\"",
  ("Brazil", C, neg, "Nicaragua", "speaker carried on ('the minister'); blame without a stock word"))
U(d, "Celso Amorim, the president's chief adviser on foreign affairs, was quoted by a television channel", "\"provided there is respect.\"",
  ("Brazil", T, neu, "Nicaragua", "'was quoted as saying'; door to dialogue open with a condition, no judgement = calling_for_talks"))
# "Vice President Rosario Murillo ... did not name Brazil in her daily address on state media." = narration, no row.
U(d, "She said Nicaragua would take the decisions it saw fit", "owed explanations to no one.",
  ("Nicaragua", N, neg, "", "assertion of sovereignty over own decision, no judgement of Brazil stated = neutral, negative tone"))
U(d, "A communiqué from the Nicaraguan foreign ministry, read on Canal 4, said", "their history.",
  ("Nicaragua", C, neg, "Brazil", "'deliberate discourtesy' = judgement on Brazil's envoy"))
U(d, "It said the government had acted in conformity with the Vienna Convention.", "the Vienna Convention.",
  ("Nicaragua", N, neu, "", "legal justification of own act"))
U(d, "Relations began to sour last year, when Lula, at the request of Pope Francis, tried to intercede", "26 years in prison.",
  ("Brazil", T, neu, "Nicaragua", "intercession for a prisoner = diplomatic appeal, no judgement (unsure: a plea for release could be read as neutral background)"),
  ("Holy See", T, neu, "Brazil", "the Pope's request that Lula intercede = an appeal for a diplomatic course"))
U(d, "Lula has said Ortega never returned his call.", "never returned his call.",
  ("Brazil", N, neg, "", "a grievance stated as fact, no judgement word"))
U(d, "The row also comes as Brazil, Colombia and Mexico press Venezuela's electoral authority", "have rejected.",
  ("Brazil", T, neu, "Venezuela", "list of three states pressing for publication of tallies = appeal, no judgement; one row per state"),
  ("Colombia", T, neu, "Venezuela", "same sentence"),
  ("Mexico", T, neu, "Venezuela", "same sentence"),
  ("Venezuela", C, neg, "", "rejecting the three states' demand; several targets -> empty"),
  ("Nicaragua", C, neg, "", "same rejection, as one of Caracas's allies"))
U(d, "In the Senate, the leader of the opposition, Rogério Marinho of the Liberal Party, said", "indulgence towards Ortega.",
  ("Liberal Party (Brazil)", C, neg, "Brazil", "opposition leader speaks for his party; judgement on the government's record"))
U(d, "\"The Workers' Party spent two decades applauding this regime", "Marinho wrote on X.",
  ("Liberal Party (Brazil)", C, neg, "", "judgement on the Workers' Party and on Ortega's 'contempt': two targets -> empty"))
U(d, "Gleisi Hoffmann, the president of the Workers' Party, said the party regretted the episode", "normal relations.",
  ("Workers' Party", T, pos, "", "regret aimed at no actor + hope for normal relations = calling_for_talks"))
U(d, "In Washington, a State Department spokesperson said the United States had noted the expulsion", "political opponents.",
  ("United States", C, neg, "Nicaragua", "noting (neutral) joined to a judgement of Ortega's persecution: rule 1"))
U(d, "Helena Vasconcelos Prado, a professor of international relations at the University of Brasília, said", "leftist governments in the region.",
  ("Helena Vasconcelos Prado", N, neg, "", "invented scholar; analysis of Lula's policy's limits, no explicit judgement of an actor"))
U(d, "\"Ortega is sending a message to all of Latin America", "she said.",
  ("Helena Vasconcelos Prado", C, neg, "Nicaragua", "judgement on Ortega's behaviour"))
U(d, "Otávio Lemos Brandão, a retired ambassador who served in Central America, said Itamaraty had had little choice.", "had little choice.",
  ("Otávio Lemos Brandão", S, neu, "Brazil", "invented former diplomat (speaks for no body); endorses Brazil's response"))
U(d, "Reciprocity, he said, is the minimum a country owes", "further humiliation.",
  ("Otávio Lemos Brandão", S, neu, "Brazil", "mid-sentence attribution; approval of the reciprocal expulsion"))
# "Castro Matu had not left Brasília by Thursday evening." / "The Nicaraguan embassy did not answer calls." = narration, no row.
