# ------------------------------------------------------------------ Rail sabotage near Mika and Puławy and the closure of Russia's consulate in Gdańsk (Lublin regional daily, 2025-11-20)
d = "page_poland_mika_rail_sabotage2025_regionaldaily.txt"
# Not statements: masthead, menu, date/weather line, breadcrumb, headline (carries positions, but a headline), byline and time stamps,
# reading time, [Photo] caption with credit, ADVERTISEMENT, crossheads (CONSULATE IN GDAŃSK TO CLOSE, ALLIES' REACTIONS,
# "THE WINDOWS SHOOK"), Related list, tags, comments/share line, most read, copyright.
# "Trains between Lublin and Warsaw were running again ..." and "Nobody was hurt in the blast ..." = narration, no row.
U(d, "Prime Minister Donald Tusk told the Sejm on Tuesday that two Ukrainian citizens", "through the Terespol crossing within hours.",
  ("Poland", C, neg, "Russia", "reported clause: the attack attributed to agents of Russian intelligence = accusation"))
U(d, "\"Whoever gave the order wanted a train to come off the rails", "Tusk said.",
  ("Poland", C, neg, "Russia", "multi-sentence quote; 'a foreign state' = Russia by the previous sentence; explicit judgement"))
U(d, "The head of government said the special services had the identities", "hand them over.",
  ("Poland", N, neu, "", "'The head of government' = Tusk; investigation facts + an extradition request to Minsk = procedure"))
U(d, "Interior Minister Marcin Kierwiński said soldiers and police would patrol", "had been raised.",
  ("Poland", N, neu, "", "own protective measures, aimed at no one"))
U(d, "Foreign Minister Radosław Sikorski announced on Wednesday that Poland was withdrawing its consent", "the last Russian consular post in the country.",
  ("Poland", C, neg, "Russia", "closing a consulate = a diplomatic measure against Russia"))
U(d, "Speaking to reporters after his address to parliament, Sikorski said Moscow had been warned", "to escalate instead.",
  ("Poland", C, neg, "Russia", "reported clause: Moscow blamed for escalating despite warnings"))
U(d, "\"A country that sends people to blow up a railway line", "the minister said.",
  ("Poland", C, neg, "Russia", "'the minister' = Sikorski; judgement without stock words"))
U(d, "He added that the embassy in Warsaw would remain open", "break off diplomatic relations.",
  ("Poland", N, neu, "", "plans: relations not broken off"))
U(d, "The Kremlin's spokesman, Dmitry Peskov, told journalists in Moscow", "no room for contact.",
  ("Russia", C, neg, "Poland", "blames Warsaw for the breakdown"))
U(d, "Russia's foreign ministry spokeswoman, Maria Zakharova, said Moscow would respond", "consular presence in Russia.",
  ("Russia", C, neg, "Poland", "announced retaliatory measure = condemning"))
U(d, "In earlier remarks quoted by the RIA Novosti agency, Zakharova had described", "nothing to do with the incident.",
  ("Russia", C, neg, "Poland", "denial + 'invented to justify the government's own failures' = judgement (rule 1); a bare denial would be neutral"))
U(d, "Belarus's State Border Committee said it had no record", "from the Polish side.",
  ("Belarus", N, neu, "", "state agency = Belarus; facts + readiness to consider a request = procedural"))
U(d, "In Brussels, the EU's High Representative Kaja Kallas said the bloc stood fully behind Poland", "against European infrastructure.",
  ("European Union", C, neg, "Russia", "backing of Poland joined to an accusation of Russia: the judgement decides (rule 1)"))
U(d, "Ukrainian Foreign Minister Andrii Sybiha wrote that Kyiv was ready to give Polish investigators", "whatever their passports said.",
  ("Ukraine", S, pos, "Poland", "offer of help to the investigation = supporting (unsure: the pledge to find those paid by Russia carries an implicit charge)"))
U(d, "German Chancellor Friedrich Merz said Germany stood with Poland", "defend its infrastructure together.",
  ("Germany", S, pos, "Poland", "'stood with Poland' + common defence = supporting; the series is named without a culprit, so no judgement of Russia in the sentence"))
U(d, "A spokesperson for NATO said allies were in close contact", "following the investigation.",
  ("NATO", N, neu, "", "monitoring and contacts, no appeal"))
U(d, "The British Foreign Office said in a statement that the United Kingdom sent its support", "with Polish investigators.",
  ("United Kingdom", S, pos, "Poland", "support + offer of information = supporting"))
U(d, "Lithuania's foreign minister called on EU governments to restrict the movement", "while the investigation continued.",
  ("Lithuania", C, neg, "Russia", "call for measures against Russian diplomats = condemning (as calls for sanctions)"))
# "In Mika, residents said the blast had not woken everyone." = unnamed residents, no row.
U(d, "Halina Mazurek, who keeps a farm some 300 metres from the track, said", "come down in the wind.",
  ("Halina Mazurek", N, neu, "", "invented witness; what she heard"))
U(d, "\"Now there are soldiers at the crossing every morning.", "Mazurek said.",
  ("Halina Mazurek", N, neg, "", "feelings, no judgement of an actor"))
U(d, "Dr Tomasz Wierzchoń, who studies hybrid threats at the Institute of Security Studies", "was no accident.",
  ("Tomasz Wierzchoń", N, neu, "", "invented scholar; lead-in assessment"))
U(d, "\"This line is the spine of the supply route to Ukraine.", "he said.",
  ("Tomasz Wierzchoń", C, neg, "Russia", "attributes intent to Moscow: to strike and to divide Poles and Ukrainians"))
U(d, "Wierzchoń said Warsaw and Kyiv should set up a joint investigative team", "between the two countries.",
  ("Tomasz Wierzchoń", T, neu, "", "appeal for cooperation between the two capitals"))
U(d, "He added that most of the region's rail lines were still not covered by cameras", "would take years.",
  ("Tomasz Wierzchoń", N, neg, "", "a gap and a timetable, no judgement word"))
U(d, "The voivode of Lublin province, Krzysztof Komorski, said on Wednesday", "running to timetable.",
  ("Poland", N, neu, "", "provincial official = his state; facts"))
