# ------------------------------------------------------------------ Czech postponement of the joint cabinet meeting with Slovakia after Blanár met Lavrov (European news site, HTML, 2024-03-07)
d = "page_czech_slovak_consultations_blanar2024_eurosite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline and standfirst (both carry positions, but are headlines),
# byline and time stamps, figcaptions with credits, crossheads, ADVERTISEMENT, update note, tags, share bar, Related list,
# reader comments, most read, footer.
U(d, "The Czech government on Wednesday called off the joint meeting", "over a political quarrel.",
  ("Czech Republic", C, neg, "Slovakia", "cancelling a joint session in protest, grievance stated ('over a political quarrel') = condemning, as refusing a format in protest"))
U(d, "Prime Minister Petr Fiala told reporters after the cabinet session", "Bratislava had been informed.",
  ("Czech Republic", C, neg, "Slovakia", "refusal with the grievance stated (different views of Russia's war); Bratislava = metonym, addressee"))
U(d, "\"We share a history, a language that is almost one", "Fiala said.",
  ("Czech Republic", C, neg, "Slovakia", "multi-sentence quote: the refusal justified by a lack of common purpose (unsure: warm wording, could be read as neutral)"))
U(d, "The prime minister named last Friday's meeting between Slovak Foreign Minister", "as one of several reasons.",
  ("Czech Republic", C, neg, "Slovakia", "title only ('The prime minister' = Fiala, Czech by context); the meeting named as a reason for the sanction = disapproval"))
U(d, "He said ministers from the two countries would go on meeting", "would carry on.",
  ("Czech Republic", N, pos, "", "plans: cooperation continues; no appeal, no judgement"))
U(d, "Foreign Minister Jan Lipavský, standing next to him, said the meeting had handed Moscow", "split the European Union.",
  ("Czech Republic", C, neg, "Slovakia", "judgement of Blanár's meeting (a 'propaganda gift'); Russia's effort is the background"))
U(d, "\"To shake hands with the man who has defended every crime of this war", "Lipavský said.",
  ("Czech Republic", C, neg, "", "judgement of both Lavrov (Russia) and Bratislava -> target empty (two actors)"))
U(d, "He added that the Visegrad Four foreign ministers would still meet in Prague", "as planned.",
  ("Czech Republic", N, neu, "", "a meeting date = neutral"))
# "In Bratislava, the reaction was swift and sharp." = summary line, no row.
U(d, "Blanár told the public broadcaster RTVS that Prague had let its own domestic politics", "two brotherly nations.",
  ("Slovakia", C, neg, "Czech Republic", "reported clause: blames Prague for harming relations; RTVS = outlet"))
U(d, "He said he had used the Antalya talks to press Slovakia's interest", "nothing to apologise for.",
  ("Slovakia", N, neu, "", "defence of own conduct = neutral"))
U(d, "Defence Minister Robert Kaliňák said the encounter had come at Russia's request", "rather than Blanár's.",
  ("Slovakia", N, neu, "", "a fact about the meeting, no evaluation"),
  ("Russia", T, neu, "", "Russia's request for a meeting reported by a Slovak minister = Russia's statement (guide: a position of X reported by Y), asking for a meeting = calling_for_talks"))
U(d, "Prime Minister Robert Fico wrote on Facebook that the Czech cabinet was free to choose", "and so was his.",
  ("Slovakia", N, neg, "", "a retort, no judgement word and no appeal"))
U(d, "\"Slovakia's foreign policy is made in Bratislava.", "the prime minister wrote.",
  ("Slovakia", C, neg, "Czech Republic", "'the prime minister' = Fico (Slovak by context); implies Prague is trying to dictate = rejecting interference (unsure: could be neutral self-assertion)"))
# "President Zuzana Čaputová, who leaves office in June, took a different line." = summary line, no row.
U(d, "The head of state said the quarrel should be settled by the two foreign ministers", "before her term ended.",
  ("Slovakia", T, pos, "", "'The head of state' = Čaputová; appeal for a face-to-face settlement + invitation = calling_for_talks"))
U(d, "Parliament Speaker Peter Pellegrini, a candidate in the presidential election", "between two ministers.",
  ("Slovakia", C, neg, "Czech Republic", "speaker of parliament = Slovakia; 'out of all proportion' = judgement without stock words"))
U(d, "The opposition Progressive Slovakia said the government had brought the humiliation", "Slovakia's closest ally.",
  ("Progressive Slovakia", C, neg, "Slovakia", "opposition party blames its own government + demand for an apology; 'its leader' = the party"))
U(d, "In Moscow, Russian foreign ministry spokeswoman Maria Zakharova said, according to the TASS news agency", "holding a conversation.",
  ("Russia", C, neg, "Czech Republic", "second-hand via TASS (not an actor); sarcastic judgement of Prague"))
U(d, "Hungarian Foreign Minister Péter Szijjártó, who also met Lavrov in Antalya, wrote", "ever ended a war.",
  ("Hungary", S, pos, "Slovakia", "backing a colleague = supporting; the claim about ending wars is his reason, not an appeal"))
U(d, "Ukraine's foreign ministry did not comment on the dispute itself", "outside Europe.",
  ("Ukraine", S, pos, "Czech Republic", "no comment on the row, but thanks for the ammunition initiative = supporting"))
U(d, "The European Commission's chief spokesperson, asked at the daily briefing", "would not comment.",
  ("European Union", N, neu, "", "unnamed spokesperson of a named body; procedural line"))
U(d, "Markéta Šindelářová, a senior analyst at the Prague Institute for European Affairs, said", "think of each other as family.",
  ("Markéta Šindelářová", N, neu, "", "invented analyst; assessment, no judgement"))
U(d, "\"This is a crack, not a break.", "Šindelářová said.",
  ("Markéta Šindelářová", T, pos, "", "conditional appeal for a ministers' meeting + hope the damage is contained"))
U(d, "Juraj Mešťan, a political scientist at Comenius University in Bratislava, said", "played up the quarrel at home.",
  ("Juraj Mešťan", C, neg, "Slovakia", "invented scholar; accuses the Fico government of stoking the quarrel"))
U(d, "\"Being scolded by Prague is useful to Smer", "he said.",
  ("Juraj Mešťan", C, neg, "Smer-SD", "'cynical' = explicit judgement of the ruling party"))
# "Slovakia votes in the first round of its presidential election on 23 March." = background, no row.
