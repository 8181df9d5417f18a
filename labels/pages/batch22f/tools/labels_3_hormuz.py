# ------------------------------------------------------------------ EU oil embargo on Iran and the Hormuz threats (Gulf daily, full HTML, 2012-01-24)
d = "page_hormuz_embargo_gulfdaily.html"
# No row: top bar, brand/tagline, nav, ticker, breadcrumb, kicker, headline, standfirst, byline/time, share bar,
# figcaption ("1 of 3", credit), ADVERTISEMENT, crossheads, Related list, tags, newsletter, comments, most read, footer.
U(d, "European Union foreign ministers agreed in Brussels on Monday to stop buying Iranian crude", "seaborne oil passes.",
  ("European Union", C, neg, "Iran", "long lead: sanctions adopted = a measure against Iran; Brussels = place"),
  ("Iran", C, neg, "", "same sentence: lawmakers' renewed threats to close the strait (threat, aimed at no one named)"))
U(d, "EU officials said the ban covered all new contracts from Monday", "crude from Iran.",
  ("European Union", N, neu, "", "unnamed officials of a named body; procedure of the ban; Greece/Italy/Spain only mentioned"))
U(d, "The bloc's foreign policy chief, Catherine Ashton, said the door to negotiations", "the letter she sent in October.",
  ("European Union", T, neu, "Iran", "'the bloc' resolved by context; offer of talks without judgement"))
U(d, "British Prime Minister David Cameron, German Chancellor Angela Merkel and French President Nicolas Sarkozy", "if Tehran was serious.",
  ("United Kingdom", C, neg, "Iran", "joint statement, one row per signatory: distrust of Iran's claims + pressure = judgement; offer of talks inside (rule 1)"),
  ("Germany", C, neg, "Iran", "joint statement (see UK row)"),
  ("France", C, neg, "Iran", "joint statement (see UK row)"))
U(d, "In London, Foreign Secretary William Hague told parliament on Tuesday", "the first to suffer from it.",
  ("United Kingdom", C, neg, "Iran", "'no right in law' = judgement of a threatened act; London = place"))
U(d, "He said the frigate HMS Argyll had sailed through the strait", "for decades.",
  ("United Kingdom", N, neu, "", "'He' = Hague; own naval movement reported as routine, war vocabulary, no judgement"))
U(d, "French Foreign Minister Alain Juppé said Europe had sent Tehran a signal of firmness", "in full and on time.",
  ("France", C, neg, "Iran", "backing full application of sanctions against Iran = measure (condemning), not support for Iran"))
U(d, "In Tehran, Foreign Ministry spokesman Ramin Mehmanparast said the embargo was doomed", "would bear its cost.",
  ("Iran", C, neg, "European Union", "'doomed to fail' + cost shifted onto Europe = judgement of the EU's measure"))
U(d, "Mohammad Ismail Kowsari, deputy head of the parliament's national security committee", "the Fars news agency reported.",
  ("Iran", C, neg, "", "conditional threat to close the strait; 'anyone' = no named target; Fars is not an actor"))
U(d, "The threat echoes the one first made on December 27", "against Iranian crude exports.",
  ("Iran", C, neg, "", "first vice-president's earlier threat, reported inside a narrative sentence; 'the West' not canonical -> target empty"))
U(d, "A week later, Iran's army chief, Major General Ataollah Salehi, told the US Navy", "would not repeat its warning.",
  ("Iran", C, neg, "United States", "warning to the US Navy = threat"))
U(d, "The navy's deputy commander, Rear Admiral Mahmoud Mousavi, said on January 2", "east of the strait.",
  ("Iran", N, neu, "", "facts of own exercise in military vocabulary (missiles as topics, not positions)"))
# No row: "The United States, which signed its own measures ... has made clear it will keep the waterway open." (summary line before the specific statements).
U(d, "President Barack Obama signed legislation on December 31 that penalises foreign banks", "payments for Iranian oil.",
  ("United States", C, neg, "Iran", "sanctions signed into law = measure against Iran (specific act)"))
U(d, "Pentagon press secretary George Little said at the end of December", "would not be tolerated.",
  ("United States", C, neg, "Iran", "'would not be tolerated' = warning of a response"))
U(d, "Defence Secretary Leon Panetta said on January 8 that blocking Hormuz was a line", "if it did.",
  ("United States", C, neg, "Iran", "red line + announced response = threat"))
U(d, "Secretary of State Hillary Clinton and Treasury Secretary Timothy Geithner said in a joint statement", "ignoring its obligations.",
  ("United States", S, pos, "European Union", "welcome of the EU's decision (two officials of one state = one row); the cost to Iran is the measure's purpose, not a separate judgement (unsure: could be condemning Iran)"))
# No row: "The embargo's reach is limited by the fact ..." (narration).
U(d, "Chinese Foreign Ministry spokesman Liu Weimin said on Tuesday that Beijing opposed the imposition", "return to dialogue.",
  ("China", C, neg, "European Union", "'opposed the imposition of unilateral sanctions' aimed at the EU's act = judgement; appeal for dialogue inside (rule 1)"))
U(d, "Premier Wen Jiabao, who toured Saudi Arabia, the UAE and Qatar last week", "open to shipping.",
  ("China", T, neu, "", "'against any country ... acquiring nuclear weapons' aimed at no one + appeal to keep the strait open = calling_for_talks; Doha = place; the Gulf states are hosts, not speakers"))
U(d, "India would go on buying Iranian crude, a spokesman for the External Affairs Ministry said", "adopted by the United Nations.",
  ("India", N, neu, "", "attribution tail; own policy stated without a judgement (unsure: implicit rejection of the EU/US measures)"))
# No row: "Gulf states have moved to reassure markets ..." (summary line).
U(d, "Saudi Oil Minister Ali Al Naimi said in an interview with CNN this month", "asked for more oil.",
  ("Saudi Arabia", N, neu, "", "production capacity = facts/plans; CNN is the channel"))
U(d, "Iranian Foreign Minister Ali Akbar Salehi hit back a few days later, warning Riyadh", "more carefully.",
  ("Iran", C, neg, "Saudi Arabia", "warning to Riyadh (metonym) = threat/judgement"))
U(d, "Bahrain's foreign minister, Shaikh Khalid Bin Ahmad Al Khalifa, wrote on Twitter", "were reckless.",
  ("Bahrain", C, neg, "Iran", "social media; welcome of the EU step + 'reckless' judgement of Iran -> condemning (rule 1), target Iran"))
U(d, "UAE Minister of Energy Mohammad Bin Dhaen Al Hamli said the pipeline", "by the middle of the year.",
  ("United Arab Emirates", N, neu, "", "plans/facts (pipeline bypassing the strait); Abu Dhabi crude = oil, not a speaker"))
U(d, "The Secretary-General of the Gulf Cooperation Council, Abdul Latif Al Zayani, called on Iran", "through dialogue.",
  ("Gulf Cooperation Council", T, neg, "Iran", "demand to stop threatening + dialogue, no judgement word -> calling_for_talks, negative"))
U(d, "Faisal Al Mansouri, head of research at Gulfstream Energy Advisory in Dubai", "find other crude.",
  ("Faisal Al Mansouri", N, neg, "", "independent analyst (invented): risk and market scenario, no judgement"))
U(d, "\"Iran needs the strait more than anyone, so a full closure would be an act of economic self-harm,\"", "Al Mansouri said.",
  ("Faisal Al Mansouri", N, neu, "", "assessment of Iran's interests; not a judgement of an act taken"))
U(d, "\"The danger is not a blockade.", "once it starts.\"",
  ("Faisal Al Mansouri", N, neg, "", "quote continued after the attribution (two sentences): risk, no appeal"))
U(d, "Amal Haddadin, a researcher at the Centre for Gulf Security Studies in Manama", "turning into a war.",
  ("Amal Haddadin", T, neg, "", "independent researcher (invented): appeal for a channel to prevent war; Washington/Tehran as addressees"))
# No row: reader comments.
U(d, "A Japanese government spokesman said Tokyo was watching the situation", "passes through it.",
  ("Japan", N, neg, "", "unnamed spokesman of a named government; concern without an appeal = neutral, negative; Tokyo = metonym"))
