# ------------------------------------------------------------------ The Lampedusa shipwreck and the EU summit that followed (international wire copy, .txt, 2013-10-25)
d = "page_lampedusa_shipwreck_wire.txt"
# No row: agency menu, sign-in, section, headline, byline, published/updated, read time, photo captions with credits and "1 of 4",
# dateline (excluded from the first unit), ADVERTISEMENT, capitals crossheads, "Related:", reporting/editing credits, Trust Principles,
# topics, newsletter prompt, Most Read, copyright.
U(d, "European Union leaders agreed on Friday to set up a task force", "until June next year.",
  ("European Union", N, neg, "", "long lead: the leaders' decision (a plan) with the shipwreck as narration; deferral of the asylum decision = procedure, no judgement"))
# No row: "Italy and Malta, which have borne the brunt ..., had pressed for binding commitments ..." (summary line before the specific statements)
U(d, "The conclusions adopted by the 28 leaders said they were deeply saddened", "report back in December.",
  ("European Union", T, neg, "", "grief + determination to prevent loss of life = commitment to protect people at sea (calling_for_talks, unsure: the task force itself is a plan)"))
U(d, "European Council President Herman Van Rompuy told a news conference", "asylum policy.",
  ("European Union", N, neu, "", "European Council = EU; explanation of the leaders' choices"))
U(d, "\"We will not solve in one evening a problem", "he said.",
  ("European Union", N, neu, "", "multi-sentence quote closed by 'he said': own plans for search and rescue"))
U(d, "Italian Prime Minister Enrico Letta said he was satisfied", "ships and aircraft.",
  ("Italy", S, pos, "European Union", "welcome of the EU's recognition + appeal for money, ships and aircraft = supporting (welcome with an appeal for means, labels/README)"))
U(d, "He told reporters that Italy would keep its own naval operation", "as long as necessary.",
  ("Italy", N, neu, "", "'He' = Letta; own operation as plan ('naval operation' as topic)"))
# No row: "Maltese Prime Minister Joseph Muscat was far less pleased." (summary line)
U(d, "Muscat said his island of 420,000 people had once again been left to cope alone", "in as many years.",
  ("Malta", C, neg, "European Union", "surname alone; complaint of abandonment + postponed decisions = judgement of the EU"))
U(d, "\"Everyone in that room expressed sorrow, and everyone went home.", "he said.",
  ("Malta", C, neg, "European Union", "multi-sentence quote closed by 'he said': reproach of the leaders without stock words"))
U(d, "The Maltese armed forces said separately on Friday", "more than 1,100.",
  ("Malta", N, neu, "", "figures from an actor = neutral, neutral tone"))
# No row: the second shipwreck, "THE SINKING" narration (boat, fire, capsizing)
U(d, "The Italian coast guard said the confirmed death toll had reached 366", "155 survivors.",
  ("Italy", N, neu, "", "death toll given by the coast guard (Italy), no blame"))
U(d, "Prosecutors in Agrigento placed the survivors under investigation", "Letta's own coalition.",
  ("Italy", N, neg, "", "state procedure reported as done (unsure: could be narration); the charities and coalition critics are unnamed, no row"))
U(d, "Lampedusa's mayor, Giusi Nicolini, who has buried dozens", "for Rome alone.",
  ("Italy", C, neg, "European Union", "a local official resolves to her state (labels/README: provincial officials); Brussels = EU metonym, Rome = object"))
U(d, "\"Europe sends condolences and commissioners.", "she said.",
  ("Italy", C, neg, "European Union", "multi-sentence quote closed by 'she said': reproach of Europe + appeal for means (rule 1)"))
U(d, "European Commission President Jose Manuel Barroso, who was heckled", "overcrowded reception centre.",
  ("European Union", S, neu, "Italy", "30 million euros pledged = backing by act; the heckling islanders are unnamed"))
U(d, "EU Home Affairs Commissioner Cecilia Malmstrom proposed a search-and-rescue operation", "Frontex.",
  ("European Union", T, neu, "", "proposal to rescue people at sea = protection of lives (unsure: could be a neutral plan); Frontex = EU"))
U(d, "Italy's Interior Minister Angelino Alfano, who is also deputy prime minister, said earlier this month", "hiding behind the rules.",
  ("Italy", C, neg, "", "'hiding behind the rules' aimed at unnamed northern states = judgement; target empty"))
# No row: "Germany, which took in more asylum seekers ..., showed little appetite for changing those rules." (summary line)
U(d, "Interior Minister Hans-Peter Friedrich told reporters in Luxembourg on October 8", "per head than Italy.",
  ("Germany", N, neg, "", "refusal to change the rules with a procedural reason and figures, no judgement of Italy (unsure); Luxembourg = place"))
U(d, "Pope Francis, who made Lampedusa the destination of his first trip outside Rome", "pray for the dead.",
  ("Holy See", C, neg, "", "the Pope = Holy See; 'indifference ... a stain on everyone' = judgement aimed at no single actor"))
U(d, "On Sunday he asked Europeans to receive the people arriving on their shores", "rather than as a threat.",
  ("Holy See", T, pos, "", "appeal for humane reception = protection of people; 'threat' as a word, not a position"))
U(d, "The U.N. refugee agency UNHCR thanked the Italian coast guard", "first on the scene.",
  ("UNHCR", S, pos, "Italy", "thanks to the Italian coast guard (Italy) and fishermen = approval"))
U(d, "U.N. High Commissioner for Refugees Antonio Guterres called on European governments", "on the sea border.",
  ("UNHCR", T, neu, "", "in 2013 Guterres heads UNHCR (not the UN Secretariat: no United Nations row); appeal to European governments (not the EU as a body: target empty)"))
U(d, "The International Organization for Migration said survivors had told its staff", "for the crossing.",
  ("International Organization for Migration", N, neg, "", "facts passed on by IOM; the survivors are unnamed"))
U(d, "Amnesty International said the summit was a missed opportunity", "people at sea.",
  ("Amnesty International", C, neg, "European Union", "'missed opportunity' + accusation of EU governments"))
U(d, "Elena Ricci, a migration researcher at the Institute for Mediterranean Studies in Palermo", "whatever the leaders decided.",
  ("Elena Ricci", N, neg, "", "researcher under her own name: forecast"))
U(d, "\"The war in Syria, the situation in Eritrea", "Ricci said.",
  ("Elena Ricci", N, neg, "", "multi-sentence quote: causes and scenarios, no judgement"))
U(d, "She said the real test would come in the spring", "in large numbers.",
  ("Elena Ricci", N, neu, "", "'She' = Ricci; timing of the risk"))
# No row: "Jonas Berger, a former analyst at Frontex ..., was harsher." (introduction; former agency staff speaks for himself)
U(d, "\"What the leaders did this week is an abdication.", "he said.",
  ("Jonas Berger", C, neg, "European Union", "'an abdication' = judgement of the EU leaders"))
U(d, "Berger said governments should at least agree to pool ships and aircraft", "settled.",
  ("Jonas Berger", T, neu, "", "appeal for joint search and rescue (protection of lives)"))
# No row: the state funeral / Agrigento ceremony (narration)
