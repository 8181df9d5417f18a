# ------------------------------------------------------------------ Sirius Star hijacking (Gulf daily, full HTML, 2008-11-21)
d = "page_siriusstar_gulfdaily.html"
# No row: headline, standfirst, byline, captions ("1 of 3"), crossheads, Related, credits, tags, newsletter, comments, most read.
U(d, "Somali pirates holding the Saudi-owned supertanker Sirius Star", "prepared to go.",
  ("Somali pirates", C, neg, "Saudi Arabia", "dateline 'MANAMA — ' excluded; long lead mixing narration and the pirates' ultimatum (ten days, $25m) = a threat; owners are Saudi"))
# "The 330-metre tanker ..." and "It was carrying ..." = background narration, no row.
U(d, "A man who said he was one of the hijackers", "drawn-out bargaining.",
  ("Somali pirates", N, neg, "", "self-identified hijacker (Mohamed Said) = the pirates; the terms of the demand, no threat in this sentence (the threat follows in the quote)"))
U(d, "\"Ten days, and then the Saudis will see what happens to their tanker,\" he said.", "he said.",
  ("Somali pirates", C, neg, "Saudi Arabia", "pronoun speaker; veiled threat = condemning; the continued quote 'We are not asking twice.' gets no separate row"))
U(d, "Said insisted the crew had not been touched", "independently confirmed.",
  ("Somali pirates", N, neu, "", "surname alone; reassurance about their own conduct = neutral; the outlet's caveat is not a position"))
U(d, "Earlier this week a voice that a pan-Arab television channel identified", "militias ashore.",
  ("Somali pirates", N, neg, "", "another captor via a TV channel (channel not an actor); procedure + denial of links to Islamists = neutral, negative"))
U(d, "Saudi Arabia's Foreign Minister Prince Saud Al Faisal, speaking to reporters", "depended on the sea lanes.",
  ("Saudi Arabia", C, neg, "Somali pirates", "judgement without stock words ('a crime against every country'); Rome = place"))
U(d, "He said the kingdom would take part in the European-led effort", "Red Sea patrols.",
  ("Saudi Arabia", S, pos, "European Union", "pronoun speaker; 'the kingdom'; backing by act of the EU-led effort and offer of vessels = supporting"))
U(d, "\"Piracy is a sickness of the seas", "carried by the Saudi Press Agency.",
  ("Saudi Arabia", C, neg, "", "'the prince' = Saud; piracy judged as a sickness, no actor named -> target empty; SPA is not an actor"))
# "Asked whether Riyadh would allow a ransom to be paid, he was more guarded." = narration (Riyadh as an object), no row.
U(d, "Governments had no wish to bargain with people who seize ships and sailors, he said,", "rested with the company.",
  ("Saudi Arabia", N, neg, "", "distaste for bargaining but no judgement of a party; the decision left to the owner = procedure, neutral"))
# "Vela, for its part, has kept to two short statements." = summary line, no row.
U(d, "The company said on Tuesday that it had no reason to think", "since their first call.",
  ("Vela International Marine", N, neu, "", "'The company' = Vela by context (a company, own actor); facts"))
# Vela spokesman non-answer ("would not say whether talks were under way"): left without a row (same stance as the line before).
# Fifth Fleet location/no-warship sentence: left without a row; the spokesman's quote carries the same neutral line.
U(d, "\"We are following the situation hour by hour", "a fleet spokesman, said.",
  ("United States", N, neu, "", "role then name; monitoring without concern or appeal = neutral"))
U(d, "The chairman of the US Joint Chiefs of Staff, Admiral Mike Mullen,", "disciplined and heavily armed.",
  ("United States", N, neg, "", "assessment of the gangs' capability, no judgement or appeal = neutral"))
U(d, "In Washington, the State Department said the United States was pressing partners", "refused to reward hostage-takers.",
  ("United States", C, neg, "Somali pirates", "push for wider authority to pursue pirates = a measure against another side; backing ship owners who refuse ransom is part of the same stance; Washington = place"))
# "India, whose sailors ... took the most forceful step of the week." = summary line before the specific statement, no row.
U(d, "The Indian Navy said its frigate INS Tabar had fired on and sunk", "blow up the warship.",
  ("India", N, neg, "", "own strike reported as done, with a justification, no judgement word = neutral"))
U(d, "\"The Tabar returned fire in self-defence", "escaped into the dark.",
  ("India", N, neg, "", "role then name; account of the engagement = neutral; New Delhi = place"))
U(d, "Indian officials said the frigate would stay on station", "fired upon.",
  ("India", C, neg, "Somali pirates", "unnamed officials of a named government = India; threat of force = condemning"))
U(d, "In Brussels, the European Union confirmed that its anti-piracy operation", "patrol aircraft.",
  ("European Union", N, neu, "", "plan and procedure (start date, command, ships) in war vocabulary = neutral; Brussels = place"))
U(d, "The EU's foreign policy chief, Javier Solana, said the mission would", "judged it necessary.",
  ("European Union", C, neg, "", "rules of engagement = announced use of force against pirates (not named in this sentence -> target empty)"))
U(d, "\"The pirates should understand that the waters off Somalia", "Solana said.",
  ("European Union", C, neg, "Somali pirates", "warning to the pirates = threat"))
U(d, "Britain's Foreign Secretary, David Miliband, said in Beirut", "the next hijacking.",
  ("United Kingdom", C, neg, "Somali pirates", "refusal to pay + 'every ransom buys the next hijacking' = refusal in protest / judgement of hostage-takers; London = metonym, Beirut = place"))
U(d, "NATO, which has had three ships escorting World Food Programme cargoes", "no orders to intervene.",
  ("NATO", N, neu, "", "own mandate = neutral; WFP mentioned, not a speaker"))
# Appathurai's quote that follows restates the mandate: left without a row to keep the page within range.
U(d, "The United Nations Secretary-General, Ban Ki-moon, was deeply troubled", "in New York.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative; reported by the spokeswoman"))
U(d, "She said Ban believed piracy would end only when Somalia had a government", "to keep talking.",
  ("United Nations", T, neu, "", "pronoun = Montas; appeal to the Somali factions to keep the peace accord and talk = calling_for_talks; addressed to factions, not a canonical party -> target empty"))
# "Officials from Egypt, Saudi Arabia, Sudan, Yemen and Jordan met in Cairo ..." = a meeting listed in narrative, no row.
U(d, "Egyptian Foreign Minister Ahmed Aboul Gheit said before the meeting", "Cape of Good Hope.",
  ("Egypt", C, neg, "Somali pirates", "'every option open against the pirates' = veiled threat; Cairo = metonym"))
U(d, "In Manila, the Department of Foreign Affairs said it was in daily contact", "informed.",
  ("Philippines", S, pos, "Saudi Arabia", "DFA = Philippines by context; thanks to the Saudi government = supporting; Manila = place"))
U(d, "Somalia's transitional government, which controls little more than parts of Mogadishu", "act in its waters.",
  ("Somalia", C, neg, "Somali pirates", "request to foreign navies to act against the captors = a call for measures against another side (unsure: could be neutral)"))
# "Regional analysts said ..." = unnamed speakers, no row.
U(d, "\"The pirates have learned that distance is their friend,\" said Karim Haddad", "Risk in Dubai.",
  ("Karim Haddad", N, neu, "", "independent analyst under his own name; assessment, no judgement"))
U(d, "If the owners pay, which I expect they will in the end", "want a share of it.\"",
  ("Karim Haddad", N, neg, "", "scenario inside his continued quote = neutral, negative"))
# "Haddad said the most likely outcome ..." left without a row (same neutral scenario as his quote).
U(d, "\"Nobody wants to be the commander who set fire", "without a shot being fired.",
  ("Karim Haddad", T, neu, "", "hope for a settlement without bloodshed = calling_for_talks"))
U(d, "Helen Marsh, a London-based consultant who advises insurers", "delayed cargoes.",
  ("Helen Marsh", N, neg, "", "independent consultant; costs of the crisis, no judgement"))
U(d, "\"The risk now is that the gangs go after even bigger prizes", "a crew is killed.\"",
  ("Helen Marsh", N, neg, "", "risk scenario in the continued quote; the sentence before ('Every time a ship goes round the Cape ...') left without a row"))
# "She was sharply critical of the world's maritime powers." = summary line, no row.
U(d, "\"For two years the navies treated this as a nuisance", "before the EU mission sails.",
  ("Helen Marsh", C, neg, "", "judgement of the navies and the shipping industry + an appeal: rule 1; several parties -> target empty"))
# The Dubai shipbroker (unnamed) and the oil-market paragraph: no rows.
