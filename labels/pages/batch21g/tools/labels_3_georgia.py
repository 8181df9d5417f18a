# ------------------------------------------------------------------ Georgia's Rose Revolution, after Shevardnadze's resignation (European news site, full HTML, 2003-11-25)
d = "page_georgia_roserevolution_eusite.html"
# No rows: top strip, masthead, nav, breadcrumbs, kicker, headline, standfirst, byline, time, figcaption, crossheads,
# ADVERTISEMENT, "Also read", tags, share, newsletter, readers' comments, most read, footer.
U(d, "Georgia's acting president, Nino Burjanadze, on Tuesday set a presidential election", "three-week standoff.",
  ("Georgia", N, neu, "", "long lead: the acting president (speaking for the state) sets an election date = procedure"),
  ("Russia", N, neg, "", "'voiced misgivings' = concern without an appeal or judgement word in this sentence; 'Western governments lined up to welcome' is a summary (no row)"))
U(d, "Burjanadze, the 39-year-old speaker of the outgoing parliament", "to every district.",
  ("Georgia", N, neu, "", "election arrangements = procedure"))
U(d, "\"This vote must be the opposite of the one on 2 November.", "she said.",
  ("Georgia", N, pos, "", "multi-sentence quote closed by 'she said': promises about its own election; the swipe at the 2 November vote is at the previous government's conduct, not at another actor (unsure)"))
U(d, "She also said Georgia would keep its course toward NATO", "relations with Russia.",
  ("Georgia", N, pos, "", "own foreign-policy course; 'seeking calm, respectful relations' is a reassurance, not an appeal addressed to anyone (unsure: could be calling_for_talks)"))
# "The crowds that filled central Tbilisi …" : scene and background narration, no row.
U(d, "Mikheil Saakashvili, the 35-year-old lawyer whose National Movement", "he would run.",
  ("United National Movement", N, neu, "", "candidacy announced = plan; the party (then 'National Movement') under its canonical name"))
U(d, "Zurab Zhvania, the former parliamentary speaker who heads the other main opposition force", "split the vote.",
  ("Burjanadze-Democrats", S, pos, "United National Movement", "backing by act: the second opposition bloc puts its weight behind Saakashvili's candidacy"))
# "Saakashvili used his first campaign appearance to send a warning to Aslan Abashidze, …" : summary line before the quote, no row.
U(d, "\"Adjara is Georgia, and Batumi will not become a private kingdom.", "Saakashvili told supporters.",
  ("United National Movement", C, neg, "Adjara authorities", "multi-sentence quote closed by the speaker: a threat to Adjara's leader (Abashidze = Adjara authorities); Batumi = place"))
U(d, "From Batumi, Abashidze's administration described the events of the weekend", "stay in force.",
  ("Adjara authorities", C, neg, "", "'unconstitutional seizure of power by a street mob' = judgement; aimed at the new leaders and the opposition together -> target empty; Batumi = place"))
U(d, "Georgia's defence minister, David Tevzadze, said army units", "the acting president.",
  ("Georgia", N, neu, "", "troops and barracks as facts, no position against anyone"))
U(d, "In Moscow, President Vladimir Putin told state television on Monday", "unrest that followed.",
  ("Russia", C, neg, "", "'a troubling example' + the opposition leaders 'would bear the blame' = judgement; several opposition leaders -> target empty"))
U(d, "He said Russia had no wish to interfere in Georgia's affairs.", "He said Russia had no wish to interfere in Georgia's affairs.",
  ("Russia", N, neu, "", "pronoun subject (Putin); reassurance about its own conduct = neutral"))
# "It was a cooler tone than the one struck by his foreign minister, Igor Ivanov, who flew to Tbilisi …" : narration of Ivanov's shuttle (the mediation is background), no row.
U(d, "Ivanov, who went on to Batumi afterwards to see Abashidze", "in one piece.",
  ("Russia", T, neu, "", "readiness to work with a lawful leadership + appeal to keep the country whole = calling_for_talks, target empty"))
U(d, "The Russian foreign ministry said in a statement that it was following", "particular attention.",
  ("Russia", N, neg, "", "watching the situation, no appeal = neutral (concern register); Abkhazia and South Ossetia are places here"))
# "Washington moved quickly to embrace the new leadership." : summary line before the specific statement, no row.
U(d, "State Department spokesman Richard Boucher said the United States recognised Burjanadze", "help pay for the January vote.",
  ("United States", S, pos, "Georgia", "recognition of the acting president + money for the vote = backing by act"))
U(d, "He added that the administration expected Georgia's new leaders", "could trust.",
  ("United States", T, neu, "Georgia", "pronoun subject (Boucher); demand to stay within the constitution and hold a credible vote, no judgement = calling_for_talks"))
U(d, "Secretary of State Colin Powell had spoken to Shevardnadze by telephone", "on all sides in Tbilisi.",
  ("United States", T, neg, "", "joint appeal for restraint (Powell)"),
  ("United Nations", T, neg, "", "same joint appeal (Annan)"))
U(d, "The chairman of the Organization for Security and Co-operation in Europe", "step aside.",
  ("OSCE", S, pos, "Georgia", "chairman-in-office speaks for the OSCE; praise of Georgians and of Shevardnadze's choice"))
U(d, "He said the OSCE, whose observers had concluded", "if Tbilisi asked for them.",
  ("OSCE", S, pos, "Georgia", "offer of experts and monitors = offered assistance; the observers' earlier finding sits inside the sentence as a relative clause (the offer decides; unsure)"))
U(d, "In Brussels, European Commission spokesman Diego de Ojeda said the EU was pleased", "new vote.",
  ("European Union", T, pos, "", "welcome + appeal for calm and agreement on the vote, no judgement = calling_for_talks (rule 2 before 3)"))
U(d, "A spokeswoman for the EU's foreign policy chief, Javier Solana, said", "opposition leaders.",
  ("European Union", N, neu, "", "the envoy's presence and meetings = facts"))
# "Shevardnadze, 75, received journalists at his residence in the Krtsanisi district on Monday and Tuesday." : narration, no row.
U(d, "He said he did not regret stepping down", "write his memoirs.",
  ("Eduard Shevardnadze", N, neu, "", "former president, now a private person under his own name (not declared as an alias of Georgia); own plans = neutral"))
U(d, "But he also suggested that the protests had been financed from abroad", "how hard it was to govern.",
  ("Eduard Shevardnadze", C, neg, "", "insinuation of foreign funding + jab at the new leaders = judgement; no actor named -> target empty"))
# "Analysts in Tbilisi warned …" : unnamed speakers, no row.
U(d, "\"The hardest part starts now.", "Centre for Transition Studies.",
  ("Tamar Chikhladze", N, neg, "", "analyst under her own name; multi-sentence quote closed by name + role; risks, no judgement"))
U(d, "She said Adjara was the most immediate danger.", "She said Adjara was the most immediate danger.",
  ("Tamar Chikhladze", N, neg, "", "pronoun subject; risk assessment"))
U(d, "\"If Abashidze decides to sit out the election", "nobody has a plan to avoid it either.\"",
  ("Tamar Chikhladze", N, neg, "", "quote following her paraphrase, no verb of saying of its own (same speaker); scenario of armed men on a bridge, no judgement"))
U(d, "Anders Holmqvist, a researcher on the South Caucasus", "on Georgian soil.",
  ("Anders Holmqvist", N, neu, "", "interests of Moscow and Washington described, no judgement"))
U(d, "\"The worst outcome would be for Georgia to become a prize", "he said.",
  ("Anders Holmqvist", T, neg, "", "appeal to Russia and the United States to talk to each other = calling_for_talks; target empty (two actors)"))
