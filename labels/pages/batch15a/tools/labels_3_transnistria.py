# ------------------------------------------------------------------ Transnistria's congress asks Moscow for protection (scraped regional page with its furniture, 2024-02-29)
# The congress, Krasnoselsky and Ignatiev = Transnistria authorities (the name files' canonical name).
d = "page_transnistria_congress_scraped.txt"
U(d, "Lawmakers from Moldova's Russian-backed breakaway region of Transnistria on Wednesday asked Moscow", "had predicted.",
  ("Transnistria authorities", C, neg, "Moldova", "long lead: request for protection against 'mounting pressure from Chisinau' = accusation of Moldova (Chisinau = metonym); Moscow only addressed (unsure: the request itself could be read as neutral)"))
U(d, "The congress of deputies \"of all levels\", the first since 2006, voted in Tiraspol", "settlement talks.",
  ("Transnistria authorities", N, neu, "", "the vote and the grounds the appeal cites, no judgement in the sentence; Tiraspol = place here"))
U(d, "In a separate declaration the deputies accused Chisinau", "stalling negotiations.",
  ("Transnistria authorities", C, neg, "Moldova", "accusation ('economic war', deliberately stalling)"))
U(d, "They also asked the UN secretary-general, the OSCE", "\"5+2\" format.",
  ("Transnistria authorities", T, neu, "Moldova", "appeal for a return to negotiations; the bodies listed are only addressed (no rows)"))
U(d, "Addressing the delegates before the vote, Vadim Krasnoselsky", "definition of genocide.",
  ("Transnistria authorities", C, neg, "Moldova", "leader introduced by role; accusation of genocide"))
U(d, "\"First they took our customs, now they are after our bread", "Krasnoselsky said.",
  ("Transnistria authorities", C, neg, "Moldova", "multi-sentence quote closed by its speaker; 'they' = Chisinau by context; judgement"))
U(d, "Vitaly Ignatiev, who serves as the unrecognised region's foreign minister", "rather than send troops.",
  ("Transnistria authorities", T, neu, "Russia", "asks Moscow for diplomatic, not military, steps = calling_for_talks; Tiraspol = metonym for the region's authorities"))
U(d, "Moldova's government dismissed the congress as a propaganda exercise", "foreign cameras.",
  ("Moldova", C, neg, "Transnistria authorities", "'propaganda exercise staged for foreign cameras' = judgement"))
U(d, "\"Nobody should lose sleep over a gathering in a Tiraspol hall,\"", "was changing.",
  ("Moldova", N, neu, "", "reassurance and an assessment of no risk, no appeal (a neutral contrast to the judgement before it)"))
U(d, "Oleg Serebrian, the deputy prime minister in charge of reintegration", "European Union.",
  ("Moldova", N, neg, "", "rejects Tiraspol's accusations as untrue, with a counter-fact = denial (neutral, negative) (unsure: 'nothing to do with reality' could be read as a judgement)"))
U(d, "President Maia Sandu, attending a regional summit in Tirana", "two banks together.",
  ("Moldova", T, neu, "", "commitment to a peaceful settlement = calling_for_talks; Tirana = place"))
U(d, "Former president Igor Dodon of the opposition Party of Socialists", "Moscow's arms.",
  ("Party of Socialists of the Republic of Moldova", C, neg, "Moldova", "opposition party under its own name (Dodon = alias in the name files); blames its own government"))
U(d, "Russia's foreign ministry told the state news agency TASS", "Russian passports.",
  ("Russia", S, pos, "Transnistria authorities", "the appeal will be studied + Moscow 'would stand by' the region's people = backing; TASS only carries it"))
U(d, "Leonid Slutsky, who chairs the State Duma's international affairs committee", "without delay.",
  ("Russia", S, neu, "Transnistria authorities", "Duma committee chair (Slutsky = Russia in the name files); readiness to take up the appeal = backing"))
U(d, "On Thursday, Kremlin spokesman Dmitry Peskov said he had nothing to add", "address to parliament.",
  ("Russia", N, neu, "", "nothing to add = no position (neutral, as batch5c's declined comments); Putin's silence is narrative"))
U(d, "Washington stands behind Moldova's sovereignty", "told a briefing.",
  ("United States", S, pos, "Moldova", "attribution tail; backing of Moldova's sovereignty"))
U(d, "Miller said Russia's record of destabilising its neighbours", "moves in the region.",
  ("United States", C, neg, "Russia", "possessive after 'said': Russia's record is judged, Russia is not the speaker; judgement without stock words"))
U(d, "He said both sides should keep talking about the practical problems", "two banks of the river.",
  ("United States", T, neu, "", "appeal to both sides to keep talking; both -> target empty"))
U(d, "Peter Stano, a spokesman for the European Union's foreign service", "war raging next door.",
  ("European Union", N, neg, "", "concern without an appeal ('watching closely', 'particularly worrying') = neutral, negative"))
U(d, "The bloc still wanted the conflict settled peacefully", "he added.",
  ("European Union", T, neu, "", "'The bloc' = EU by context; peaceful settlement + keep talking"))
U(d, "Andriy Yusov, a spokesman for Ukraine's military intelligence agency", "had failed.",
  ("Ukraine", C, neg, "Russia", "HUR = Ukraine (Yusov = Ukraine in the name files); accusation of a failed influence operation"))
U(d, "Romania's foreign ministry said Bucharest stood firmly with Chisinau", "European Union.",
  ("Romania", S, pos, "Moldova", "Bucharest and Chisinau = metonyms; backing"))
