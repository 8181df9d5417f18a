# ------------------------------------------------------------------ Gutul arrest: Gagauz leader's case at the UN Security Council (European news site, full HTML, 2025-03-28)
d = "page_gutul_comrat_eurosite.html"
# Not statements: cookie bar, brand, edition bar, nav, breadcrumb, kicker, headline, standfirst, byline, time stamp,
# captions with credits, Advertisement, crossheads, reporting credit, tags, share bar, newsletter prompt, Read more list,
# reader comments, most read, footer.
U(d, "Russia used a closed-door session of the UN Security Council on Thursday", "into an international dispute.",
  ("Russia", C, neg, "Moldova", "lede: taking the arrest to the Security Council = protest by act (unsure: could be neutral as a procedural step)"))
# "Gutul, known by the Turkic title of bashkan, was detained ..." and "Prosecutors have charged her ..." = background of the case, no row.
U(d, "Speaking to reporters after the session in New York, Russia's deputy UN ambassador Dmitry Polyanskiy said", "Western capitals preferred to ignore.",
  ("Russia", C, neg, "", "reported clause: only Russia's position; Western capitals blamed for ignoring the case (several -> target empty)"))
U(d, "\"A woman elected by her people is taken off a plane and locked up", "Polyanskiy said.",
  ("Russia", C, neg, "Moldova", "multi-sentence quote closed by surname: 'removal of a rival' = judgement"))
U(d, "Moldova's ambassador to the United Nations, Gheorghe Leuca, answered", "documented the scheme for years.",
  ("Moldova", N, neg, "", "rebuttal: denial of a political motive = neutral, negative"))
U(d, "\"Our courts do not ask a suspect which party she belongs to", "Leuca said.",
  ("Moldova", N, neu, "", "reassurance about own courts, no judgement of another actor"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov had already condemned the arrest on Wednesday", "rejected it outright.",
  ("Russia", C, neg, "Moldova", "condemned + 'political reprisal'"))
U(d, "On Thursday, Peskov confirmed that the Kremlin had received and studied a written appeal", "intended to do about it.",
  ("Russia", N, neu, "", "surname only; receipt of the appeal confirmed = fact"))
U(d, "Foreign ministry spokeswoman Maria Zakharova went further", "\"with every means available to it.\"",
  ("Russia", C, neg, "Moldova", "accusation + threat of a response"))
U(d, "In a statement released by her lawyers, Gutul said she had been offered her freedom", "one court case at a time.",
  ("Gagauzia authorities", C, neg, "Moldova", "the bashkan (head of the autonomy) through her lawyers: accusation of dismantling the autonomy"))
U(d, "She also appealed to Turkish President Recep Tayyip Erdogan", "stand up for the rights of the Gagauz.",
  ("Gagauzia authorities", T, neu, "Turkey", "appeal to a third state for diplomatic help; asking for help is not supporting. Turkey's funding of schools is narrated background, no Turkey row"))
U(d, "Turkey's foreign ministry, asked about the appeal, said Ankara was following", "preserved stability in Moldova.",
  ("Turkey", T, neu, "", "attention + hope for a lawful settlement and stability = hope -> calling_for_talks; no one judged"))
U(d, "The People's Assembly of Gagauzia, the regional legislature, met in emergency session", "guaranteed by Moldova's 1994 law.",
  ("Gagauzia authorities", C, neg, "Moldova", "regional legislature: demand + 'an attack on the autonomy' = judgement"))
U(d, "In Comrat's central square, where several hundred people gathered", "would vote for her again tomorrow.",
  ("Nina Bozbei", S, pos, "Gagauzia authorities", "invented named resident; backing the detained governor"))
U(d, "\"They lock up the one we chose, so next time they will do the choosing for us,\"", "Bozbei said.",
  ("Nina Bozbei", C, neg, "Moldova", "judgement without stock words on the arrest"))
U(d, "Government spokesman Daniel Voda said the authorities would not be pressured", "latest trip to Russia.",
  ("Moldova", N, neg, "", "refusal of outside pressure + the evidence predates the trip = defence of own conduct, neutral"))
U(d, "\"Nobody in Moldova is above the law because they have a friend in the Kremlin,\"", "Voda said.",
  ("Moldova", N, neg, "", "rule-of-law reassurance with a jab, no explicit judgement of a named actor (unsure: could be condemning Russia)"))
U(d, "Voda rejected claims that Gutul had been offered a deal", "\"a fiction invented for Russian television.\"",
  ("Moldova", C, neg, "Gagauzia authorities", "denial joined to an accusation of fabrication (the claim is Gutul's) = condemning"))
U(d, "A police spokesman said officers had on Thursday also stopped an opposition politician", "separate charges of his own.",
  ("Moldova", N, neu, "", "police act reported as procedure"))
U(d, "The European Union's delegation in Chisinau said in a short statement", "attempts to destabilise it.",
  ("European Union", S, pos, "Moldova", "trust in Moldova's institutions + standing by it = backing"))
U(d, "In Bucharest, Romania's foreign ministry said it fully backed Moldova's authorities", "into a geopolitical weapon.",
  ("Romania", C, neg, "Russia", "backing joined to a judgement of Moscow's reaction -> rule 1 condemning"))
U(d, "The UN secretary-general's spokesman, Stephane Dujarric, told reporters", "through the country's institutions.",
  ("United Nations", T, neu, "", "appeal for calm and institutional settlement, addressed to all sides"))
U(d, "Moldova's opposition Party of Socialists, led by former president Igor Dodon, said", "in Comrat on Sunday.",
  ("Party of Socialists of the Republic of Moldova", C, neg, "Party of Action and Solidarity", "party: the governing party judged afraid of the vote + protest call"))
U(d, "Cristina Rotaru, a political analyst at the Chisinau-based Dniester Policy Lab, said", "in front of cameras.",
  ("Cristina Rotaru", N, neg, "", "invented analyst; assessment of tactics (unsure: could be read as a judgement of the government)"))
U(d, "\"The timing is a gift to the Kremlin, six months before a parliamentary election,\"", "bigger than one governor.\"",
  ("Cristina Rotaru", T, neu, "Moldova", "attribution in the middle; appeal to open a channel to the regional assembly"))
U(d, "Stefan Weiler, who studies Moldova at the Vienna Institute for East European Affairs, said", "unlikely to lead anywhere.",
  ("Stefan Weiler", N, neu, "", "invented scholar; outcome and forecast"))
U(d, "\"The Security Council will not act on this, and Moscow knows it", "Weiler said.",
  ("Stefan Weiler", N, neu, "", "analysis, no judgement or appeal"))
# "Gutul's next hearing is expected in April." = narration, no row.
