# ------------------------------------------------------------------ US 50% tariff threat against Brazil tied to Bolsonaro's trial (Brazilian English-language site, full HTML, 2025-07-11/12)
d = "page_brazil_tariff_brsite.html"
# Not statements: consent bar, top strip (markets), logo/tagline, nav, section label, headline, summary, byline/time,
# share bar, captions with credits and "1 of 2", ADVERTISEMENT, crossheads, "Also read:", tags, newsletter box,
# comments, most read, footer.
U(d, "US President Donald Trump on Wednesday announced a 50% tariff", "freedom of expression.",
  ("United States", C, neg, "Brazil", "long lead: tariff announced as a measure + 'witch hunt' + accusation = condemning; leader quoted from social media (Truth Social letter); Lula is only the addressee"))
U(d, "The letter, which also cited orders by Brazil's Supreme Federal Court", "tariffs of its own.",
  ("United States", C, neg, "Brazil", "'The letter' = Trump's; threat of a further increase if Brasília (metonym) retaliates = ultimatum"))
U(d, "Trump added that he had asked the US Trade Representative", "digital trade practices.",
  ("United States", C, neg, "Brazil", "trade investigation ordered against Brazil = measure against another side (unsure: could be read as neutral procedure)"))
# no row: "The real fell more than 2% ..." (market narration); "The government's first answer came through diplomatic channels." (summary line)
U(d, "Earlier on Wednesday, the US embassy in Brasília had published a note", "for the first time that day.",
  ("United States", S, pos, "Liberal Party (Brazil)", "embassy note defending Bolsonaro and his supporters = backing; the former president and his camp resolve to his party, PL (see README)"),
  ("Brazil", C, neg, "United States", "Itamaraty (name files) summons the chargé in protest = condemning; Escobar is the object"))
# no row: "Escobar was called back to the ministry late that night ..." (lead-in to the specific statement that follows)
U(d, "Maria Luisa Escorel, the foreign ministry's secretary for Europe and North America", "errors of fact.",
  ("Brazil", C, neg, "United States", "letter handed back as offensive and false = protest + judgement; role then name"))
U(d, "Lula replied on social media within hours:", "whatever anyone threatens.\"",
  ("Brazil", C, neg, "United States", "quote opened after a colon; 'will not bend to pressure or threats' = refusal of an ultimatum (judgement without stock words)"))
U(d, "In the same post he said the US claim of a trade deficit", "bought over 15 years.",
  ("Brazil", N, neg, "", "'he' = Lula; rebuttal of the US claim with a figure = denial (neutral, negative)"))
U(d, "If Washington went ahead, Brazil would hit back", "the president wrote.",
  ("Brazil", C, neg, "United States", "threat of retaliation; attribution tail"))
U(d, "In a television interview broadcast on Thursday night, Lula said he would first try", "with the United States.",
  ("Brazil", T, neu, "United States", "offer to negotiate first = calling_for_talks"))
U(d, "\"If talks fail, we will use the reciprocity law.", "Lula said.",
  ("Brazil", C, neg, "United States", "multi-sentence quote closed by its speaker: conditional threat of a mirror tariff ('he' = Trump) = condemning"))
U(d, "He said business leaders would sit on a new government committee", "with the United States.",
  ("Brazil", N, neu, "", "own plan (committee), no evaluation"))
U(d, "Lula also pointed the finger at his predecessor's family", "answer to Brazilians for it.",
  ("Brazil", C, neg, "Liberal Party (Brazil)", "the president blames Bolsonaro and his son (their party, PL); Trump is an object here"))
U(d, "Speaking at an event in Linhares, in Espírito Santo state, on Friday,", "facing the courts.",
  ("Brazil", C, neg, "", "long sentence with place narration: threat (duty for duty) + 'coward' = two targets (US, Bolsonaro) -> empty"))
U(d, "Vice President Geraldo Alckmin, who is also minister of development", "starting next week.",
  ("Brazil", N, neu, "", "plans and procedure"))
U(d, "The presidents of the Chamber of Deputies and the Senate, Hugo Motta and Davi Alcolumbre,", "every chance first.",
  ("Brazil", C, neg, "United States", "joint note of the two houses' presidents (one row: both speak for Brazil's Congress); readiness to retaliate = threat, which decides over the appeal to negotiate (as batch5c: hope + threat)"))
# no row: "On the right, the first reaction was jubilation." (summary line)
U(d, "Eduardo Bolsonaro, the former president's son,", "standing by his father.",
  ("Liberal Party (Brazil)", S, pos, "United States", "PL deputy on leave acting abroad against his own government, not for Brazil's state: resolves to his party (unsure); thanks Trump = approval"))
U(d, "He said the tariff was the price Brazil was paying for the authoritarian conduct", "his father's trial.",
  ("Liberal Party (Brazil)", C, neg, "Brazil", "'He' = Eduardo; judgement of Justice Moraes (an alias of Brazil in the name files) -> target Brazil"))
U(d, "Jair Bolsonaro himself did not mention the tariff on Wednesday evening,", "fear of his popularity.",
  ("Liberal Party (Brazil)", C, neg, "", "former president on trial, speaking as leader of his camp (as blind26a's Correa = his movement): PL; accusation of persecution aimed at unnamed 'opponents' -> target empty"))
U(d, "Lindbergh Farias, the leader of Lula's Workers' Party (PT) in the Chamber,", "his own country.",
  ("Workers' Party", C, neg, "Liberal Party (Brazil)", "party leader speaks for the party; move to strip a PL deputy of his seat + accusation = measure and judgement"))
U(d, "São Paulo Governor Tarcísio de Freitas, a Bolsonaro ally", "his office said.",
  ("Brazil", T, neu, "United States", "state governor resolves to his state (README: provincial officials); request to reduce or postpone = appeal for a negotiated course; attribution tail"))
U(d, "The National Confederation of Industry (CNI) welcomed the government's plan", "August 1 deadline.",
  ("National Confederation of Industry", T, pos, "Brazil", "welcome + appeal to negotiate, no judgement: rule 2 before rule 3; the appeal is addressed to the Brazilian government"))
U(d, "China's foreign ministry spokeswoman Mao Ning, asked about the tariff", "won a tariff war.",
  ("China", C, neg, "United States", "asked about the US tariff: 'must not be turned into a weapon ... meddling' = judgement aimed at the US measure"))
U(d, "Trump told reporters at the White House on Friday that a call with Lula", "though not yet.",
  ("United States", T, neu, "Brazil", "'might talk at some point' = does not rule out talks (README) -> calling_for_talks"))
U(d, "He again defended Bolsonaro, describing him as a hard bargainer", "was shameful.",
  ("United States", C, neg, "Brazil", "'He' = Trump; judgement of Brazil's treatment of Bolsonaro, praise of Bolsonaro in the same sentence: rule 1"))
# no rows: the analysts (unnamed); the trade background sentence; reader comments.
