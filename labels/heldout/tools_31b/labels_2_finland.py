# ------------------------------------------------------------------ Finland closes its eastern border crossings; Russia's response (Nordic English-language site, full HTML, 2023-11-30)
d = "page_finland_border_nordicsite.html"
# Not statements: consent bar, brand, edition line, nav, ticker, breadcrumbs, kicker, headline, standfirst, byline/time/
# read time, share bar, figcaptions with credits and "1 of 3", ADVERTISEMENT, crossheads, "Related:", credits, tags,
# newsletter prompt, comments, most read, footer.
U(d, "Finland closed its last open road crossing on the Russian border at midnight", "into the country.",
  ("Finland", C, neg, "Russia", "dateline 'INARI / HELSINKI — ' excluded; long lead: the closure as an answer to a Russian operation = measure + accusation"))
U(d, "The Kremlin, which denies steering anyone towards the border", "hostility towards Russia.",
  ("Russia", C, neg, "Finland", "denial in a relative clause + judgement of Helsinki (metonym, object): rule 1"))
# "Only the freight rail link at Vainikkala remains open." -> narration (no row)
U(d, "Since the middle of November, the government has shut the country's eastern crossings", "from Murmansk.",
  ("Finland", N, neu, "", "own measures recapped as done, no grievance stated in this sentence"))
U(d, "According to the Finnish Border Guard, about 900 people", "over the summer.",
  ("Finland", N, neu, "", "Border Guard = Finland (state agency); figures"))
U(d, "\"This is a question of national security, not of asylum.", "on Tuesday.",
  ("Finland", C, neg, "Russia", "multi-sentence quote closed by its speaker (Orpo) = one unit; accusation that Russian authorities help migrants; Helsinki = place"))
U(d, "He said the closure was proportionate to the threat", "two weeks were up.",
  ("Finland", N, neu, "", "'He' = Orpo; own measure and review plan"))
U(d, "Foreign Minister Elina Valtonen went further, saying Moscow was using people", "European Union.",
  ("Finland", C, neg, "Russia", "Moscow = metonym for the accused, inside Valtonen's position"))
U(d, "President Sauli Niinistö had suggested two weeks ago", "with the United States.",
  ("Finland", C, neg, "Russia", "an earlier accusation by the head of state reported ('payback'); the US is only mentioned"))
# "Finland joined NATO in April, ending decades of military non-alignment, and its negotiations ..." -> background (no row)
U(d, "Moscow warned last year that it would take countermeasures", "joined the alliance.",
  ("Russia", C, neg, "Finland", "a specific past threat recalled in background (unsure: could be read as narration with no row)"))
# "Moscow's answer has come in several voices." -> summary line before the specific statements (no row)
U(d, "Kremlin spokesman Dmitry Peskov told reporters last week that Russia deeply regretted", "line in Helsinki.",
  ("Russia", C, neg, "Finland", "'Russophobic line' = judgement (the regret is aimed at Finland's turn, not mere alarm)"))
U(d, "He rejected the Finnish accusations, saying Russian border guards", "legal right to cross.",
  ("Russia", N, neg, "", "'He' = Peskov; denial = neutral with a negative tone"))
U(d, "There was no real dialogue between the two countries any more", "chosen to cut it back.",
  ("Russia", C, neg, "Finland", "attribution in mid-sentence ('he added'); holds Finland responsible for the end of dialogue by implication (unsure: could be neutral)"))
U(d, "Russia's foreign ministry separately handed a protest to Finland's ambassador", "both sides of the border.",
  ("Russia", C, neg, "Finland", "formal protest with grievances stated; Moscow = place here"))
U(d, "Foreign ministry spokeswoman Maria Zakharova said Finland was inventing reasons", "hostility towards Russia.",
  ("Russia", C, neg, "Finland", "accusation of pretexts and hostility"))
# "The first officers sent by Frontex ... are expected in eastern Finland in the coming days." -> narration of the arrival (no row)
U(d, "The agency said last Thursday that it would deploy around 50 officers", "Finnish border guards.",
  ("European Union", S, pos, "Finland", "Frontex = an EU agency -> European Union (as EULEX and Aspides in the name files); providing personnel and equipment = supporting"))
U(d, "\"Finland's eastern border is also Europe's border", "said in the announcement.",
  ("European Union", S, pos, "Finland", "Frontex's director in the agency's announcement = EU; solidarity"))
U(d, "In Brussels, the European Commission accused Russia of exploiting vulnerable people", "in this way.",
  ("European Union", C, neg, "Russia", "Brussels = place; accusation + refusal to let the border be tested"))
U(d, "Across the Gulf of Finland, Estonia's Police and Border Guard Board warned", "for that case.",
  ("Estonia", N, neg, "", "state agency = Estonia; warning of displacement + own plans, no judgement and no appeal"))
# "The closures have also drawn criticism at home and abroad ..." -> summary line (no row)
U(d, "The UN refugee agency UNHCR said on Thursday it was concerned", "asylum procedures.",
  ("UNHCR", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Governments may decide who crosses their frontiers, the agency said", "already arrived.",
  ("UNHCR", T, neu, "Finland", "reminder of refugee law + 'urged Helsinki' (metonym, addressee) to protect the vulnerable = calling_for_talks"))
U(d, "It added that it had asked the Russian authorities for information", "Finnish border.",
  ("UNHCR", N, neu, "", "'It' = UNHCR; own request for information reported, no appeal (unsure: could be read as a diplomatic course)"))
U(d, "Annu Lehtinen, executive director of the Finnish Refugee Council", "feared most.",
  ("Finnish Refugee Council", N, neg, "", "NGO under its own name (she speaks for it); concern, no appeal"))
U(d, "Finland's Non-Discrimination Ombudsman also questioned", "right to seek asylum.",
  ("Finland", N, neg, "", "a state watchdog questioning its own government's measure = Finland; doubt without a judgement on another actor (unsure: target would be Finland itself)"))
# "In Lappeenranta, where many families ... dozens of residents protested" and the woman's quote -> unnamed residents (no row)
# "A Helsinki-based security analyst said ..." -> unnamed analyst (no row)
# "Orpo told reporters on Tuesday that the answer lay in Moscow's hands." -> lead-in to the quote that follows (no row, the quote carries it)
U(d, "\"We will not be destabilised.", "he said.",
  ("Finland", C, neg, "Russia", "two-sentence quote closed by 'he said' (Orpo); 'stops sending people' = accusation + conditional reopening: rule 1"))
