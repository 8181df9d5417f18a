# ------------------------------------------------------------------ Tajikistan: the Nazarzoda attacks of 4 Sept 2015 (Central Asian news site, full HTML, 2015-09-07)
d = "page_tajikistan_nazarzoda_2015_centralasiasite.html"
# Not statements: top bar, masthead, nav, breadcrumbs, headline, standfirst, byline, time stamps, captions "1 of 3", ADVERTISEMENT, crossheads, tags, share bar, Related, comments, most read, newsletter, footer.
U(d, "Tajikistan's government on Sunday blamed the banned Islamic Renaissance Party", "dismissed from exile as false.",
  ("Tajikistan", C, neg, "Islamic Renaissance Party of Tajikistan", "dateline excluded; lead: the government blames the party (accusation)"),
  ("Islamic Renaissance Party of Tajikistan", N, neg, "", "same sentence: the party's denial = neutral, negative"))
# "Security forces were still searching on Monday ..." = narration, no row.
U(d, "The Interior Ministry said on its website that nine police officers", "detained at the scene.",
  ("Tajikistan", N, neu, "", "ministry gives figures, no judgement"))
U(d, "The Prosecutor-General's Office described the attackers as a criminal band", "Nazarzoda and his associates.",
  ("Tajikistan", C, neg, "", "judgement of the attackers + criminal cases; the armed group is not a canonical actor -> target empty"))
U(d, "President Emomali Rahmon told a session of the Security Council", "full force of the law.",
  ("Tajikistan", C, neg, "", "threat of punishment against the attackers (announced response) = condemning; target not an actor"))
U(d, "He said the country would never go back to the years of civil war", "go about their work.",
  ("Tajikistan", T, neu, "", "'He' = Rahmon; appeal for calm, no judgement = calling_for_talks (unsure: addressed to own citizens)"))
U(d, "Interior Minister Ramazon Rahimzoda said investigators had established", "given the order.",
  ("Tajikistan", C, neg, "Islamic Renaissance Party of Tajikistan", "holds the party responsible = condemning"))
U(d, "\"The IRPT has no connection of any kind", "wrote on the party's website.",
  ("Islamic Renaissance Party of Tajikistan", N, neg, "", "denial = neutral, negative; party leader speaks for the party"))
U(d, "Kabiri said the authorities were using the deaths", "Dushanbe's word on trust.",
  ("Islamic Renaissance Party of Tajikistan", C, neg, "Tajikistan", "surname only; accuses the government of exploiting the deaths; Dushanbe = metonym"))
# "The party, which lost its two seats ..." = background narration, no row.
U(d, "Russian President Vladimir Putin assured Rahmon by telephone", "the Kremlin said.",
  ("Russia", S, pos, "Tajikistan", "backing of an ally; attribution tail"))
U(d, "The two leaders agreed to take up the situation in person", "Dmitry Peskov told reporters.",
  ("Russia", N, neu, "", "plans for a meeting at a summit, reported by the Kremlin spokesman = neutral (a bilateral meeting of allies, not talks between sides)"))
U(d, "Nikolai Bordyuzha, secretary-general of the Moscow-led bloc", "from equipment to specialists.",
  ("CSTO", S, pos, "Tajikistan", "offer of assistance = supporting"))
U(d, "\"This is not an uprising, it is a few dozen armed men", "told the Rossiya-24 channel.",
  ("CSTO", N, neu, "", "assessment playing down the threat, no judgement or appeal"))
U(d, "China's foreign ministry spokeswoman Hua Chunying said Beijing firmly supported", "security and stability.",
  ("China", S, pos, "Tajikistan", "support for the government's efforts"))
U(d, "The Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation", "with Tajik investigators.",
  ("SCO", S, neu, "Tajikistan", "the SCO's anti-terrorist body offers intelligence = offered assistance (supporting)"))
U(d, "The U.S. Embassy in Dushanbe said it would reopen on Monday", "stay indoors.",
  ("United States", N, neu, "", "embassy closure and reopening = plain act, no judgement"))
U(d, "State Department spokesman John Kirby said the United States condemned", "who were killed.",
  ("United States", C, neg, "", "condemns the violence of the gunmen (not an actor) -> target empty; condolences in the same sentence"))
U(d, "He urged the Tajik government to respect due process", "members of the opposition as suspects.",
  ("United States", T, neg, "Tajikistan", "'He' = Kirby; appeal to one side with no judgement word = calling_for_talks, negative"))
U(d, "The European Union's delegation in Dushanbe said it was following events closely", "loss of life.",
  ("European Union", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The OSCE office in Tajikistan called on all concerned to show restraint", "rule of law.",
  ("OSCE", T, neu, "", "appeal for restraint to all = calling_for_talks"))
U(d, "Human Rights Watch said the government had no grounds", "open to arrest.",
  ("Human Rights Watch", C, neg, "Tajikistan", "judgement of the ban as politically driven"))
U(d, "Kyrgyzstan's border service said it had reinforced its posts", "at the crossings.",
  ("Kyrgyzstan", N, neu, "", "state agency reports own measure at its border, not aimed at Tajikistan = neutral"))
# "In Vahdat, shops stayed shut ..." = scene description, no row.
U(d, "A woman who runs a grocery near the police station", "until it was light.",
  ("", N, neg, "", "unnamed witness: not an actor, kept as a stance example with an empty actor; her account, no position"))
U(d, "\"Everyone here knows about the student the police beat last week.", "she said.",
  ("", C, neg, "", "same unnamed witness (empty actor); judgement of both the police beating and the attack -> two sides, target empty"))
U(d, "\"The official account has holes in it.", "Central Asia Policy Institute in Bishkek.",
  ("Timur Sadykbekov", C, neg, "Tajikistan", "invented analyst; judgement of the government's rush to blame the banned party; multi-sentence quote closed by the speaker"))
U(d, "Sadykbekov said the greater danger was not an insurgency", "legal outlet for their views.",
  ("Timur Sadykbekov", N, neg, "", "risk assessment, no judgement"))
U(d, "Professor Elena Markovich of the Eurasian Studies Institute in Almaty said", "before the gap widened further.",
  ("Elena Markovich", T, neu, "Tajikistan", "invented scholar; appeal to Dushanbe for dialogue = calling_for_talks"))
U(d, "She expected Russia, which keeps its 201st military base", "in the coming weeks.",
  ("Elena Markovich", N, neu, "", "forecast, no judgement"))
# "Tajikistan's civil war of 1992-1997 killed ..." = background, no row.
