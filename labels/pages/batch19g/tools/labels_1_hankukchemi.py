# ------------------------------------------------------------------ Hankuk Chemi seizure (scraped South Korean English-language daily, 2021-01-10/11)
d = "page_hankukchemi_tanker_krdaily.txt"
U(d, "First Vice Foreign Minister Choi Jong-kun arrived in Tehran on Sunday", "not the vessel.",
  ("South Korea", T, neu, "Iran", "long lead mixing narration and Seoul's position: pressing for release of crew and ship, no judgement word = appeal (Tehran = place)"),
  ("Iran", N, neu, "", "Iran's position reported inside the lead ('Tehran made clear' = metonym): its agenda is the funds; no judgement"))
# no row: "Choi and Iranian Deputy Foreign Minister Abbas Araghchi spoke for about two hours, ..." (meeting narrated; the official only gives its length)
U(d, "\"The vice minister asked, before any other business", "on condition of anonymity.",
  ("South Korea", T, neg, "Iran", "unnamed official of a named government speaks for it; demand for release + evidence, no judgement word = calling_for_talks, negative"))
U(d, "Araghchi, according to Iran's state news agency IRNA", "no part in the case.",
  ("Iran", N, neu, "", "surname only; reported via state media (IRNA not an actor); procedural deflection = neutral"))
# no row: narrative paragraph on the ship, cargo and crew; crosshead 'A technical matter'
# no row: "Iran has held from the first day that the seizure had nothing to do with politics." (summary line before the specific statements)
U(d, "The Guards said in a statement on their Sepahnews website", "Hormozgan province.",
  ("Iran", C, neg, "DM Shipping", "the Guards = IRGC = Iran; accusing the tanker of polluting to justify its seizure (unsure: could be neutral, own act justified); target = the owner"))
U(d, "Foreign ministry spokesman Saeed Khatibzadeh told a weekly briefing", "whatever flag a ship flew.",
  ("Iran", N, neg, "", "denial that the seizure is political = neutral, negative tone"))
U(d, "He said Choi's trip had been arranged long before the seizure", "its own funds.",
  ("Iran", N, neu, "", "pronoun subject = Khatibzadeh; facts about the visit's purpose"))
U(d, "DM Shipping rejected the pollution allegation outright.", "rejected the pollution allegation outright.",
  ("DM Shipping", N, neg, "", "company under its own name; denial = neutral, negative"))
U(d, "\"We have found nothing, not a drop", "by telephone from Busan.",
  ("DM Shipping", N, neg, "", "official of a named company; one quoted sentence closed by its speaker; denial"))
U(d, "\"The ship was well outside Iranian waters and was doing nothing unusual.\"", "doing nothing unusual.\"",
  ("DM Shipping", N, neg, "", "quote continued after its attribution = its own unit, same speaker; denial"))
# no row: "The funds the spokesman referred to ... since Washington tightened its sanctions in 2019." (background, Washington as subject)
U(d, "Government spokesman Ali Rabiei went further on Tuesday", "back on Seoul.",
  ("Iran", C, neg, "South Korea", "lead-in reporting a counter-accusation against Seoul (metonym as object of the accusation)"))
U(d, "\"If anyone here is holding something hostage", "he said.",
  ("Iran", C, neg, "South Korea", "quote closed by 'he said' (= Rabiei): accuses Seoul of holding Iran's money hostage"))
# no row: "Related: ..." link; crosshead; "The seizure drew a swift protest in Seoul." (summary line)
U(d, "The foreign ministry called in Iran's ambassador, Saeed Badamchi Shabestari", "a ministry spokesperson said.",
  ("South Korea", C, neg, "Iran", "'the foreign ministry' = South Korea by context; summoning the ambassador = protest by act + demand (unsure: the demand alone would be calling_for_talks)"))
# no row: "The ministry also set up a task force on the case." (own administrative step, left as narration)
U(d, "The defense ministry said it had ordered the Cheonghae anti-piracy unit", "the first report.",
  ("South Korea", N, neu, "", "own deployment to protect nationals, not an operation announced against Iran = neutral"))
U(d, "The unit would keep in touch with other Korean-flagged ships", "take the tanker back.",
  ("South Korea", N, neu, "", "plans and a ruling-out of force = neutral"))
U(d, "Foreign Minister Kang Kyung-wha said the government was working through both embassies", "bring the sailors home.",
  ("South Korea", T, neu, "Iran", "diplomatic course to free the crew = calling_for_talks"))
U(d, "\"The safety of our citizens comes first", "she told reporters on Tuesday.",
  ("South Korea", T, neu, "", "pronoun closer = Kang; calm, diplomatic channels = calling_for_talks"))
U(d, "Foreign ministry spokesman Choi Young-sam said on Thursday", "in good health.",
  ("South Korea", N, neu, "", "facts about the crew given by an actor"))
U(d, "He said a working-level delegation that arrived in Tehran on Wednesday", "meeting with the captain.",
  ("South Korea", N, neg, "", "pronoun subject; a refusal reported without judgement = neutral, negative"))
# no row: "Cheong Wa Dae has said little in public." (no position)
U(d, "A senior presidential official told reporters on Friday", "bargaining chip.",
  ("South Korea", C, neg, "Iran", "unnamed official of a named government; 'unacceptable' + refusal to be used = judgement"))
U(d, "The main opposition People Power Party accused the government", "toward Tehran for years.",
  ("People Power Party", C, neg, "South Korea", "party under its own name judging its own government; Tehran = object"))
U(d, "\"This is the price of diplomacy that begs and waits,\"", "take a firmer line.",
  ("People Power Party", C, neg, "South Korea", "its floor spokesman = the party; judgement without stock words + appeal for firmness (rule 1)"))
# no row: "The United States, which keeps the sanctions in place, was quicker to accuse Iran than Seoul was." (summary line)
U(d, "A State Department spokesperson said on Monday that Tehran was again interfering", "freed at once.",
  ("United States", C, neg, "Iran", "accusation of coercion + joint demand for release: rule 1"))
U(d, "The U.S. Navy's Bahrain-based Fifth Fleet said it was aware", "watching it closely.",
  ("United States", N, neu, "", "monitoring, no appeal = neutral"))
U(d, "Indonesia's foreign ministry said it was in contact with Iranian authorities", "its two nationals.",
  ("Indonesia", N, neu, "", "own consular contacts = neutral"))
U(d, "Its spokesman, Teuku Faizasyah, said Jakarta hoped", "through dialogue.",
  ("Indonesia", T, pos, "", "possessive 'Its' = Indonesia's foreign ministry; Jakarta = metonym; hope + dialogue = calling_for_talks"))
U(d, "Vietnam's foreign ministry spokeswoman said Hanoi had asked Iran", "Vietnamese sailors.",
  ("Vietnam", T, neu, "Iran", "appeal for protection of nationals, no judgement; Hanoi = metonym"))
# no row: "Choi is scheduled to meet ..." (plan narrated); "Iran's foreign minister has made clear he will not discuss the tanker as a diplomatic case." (summary line before Zarif's statement)
U(d, "Tehran would talk about the funds, the vessel was in court", "Zarif told IRNA on Saturday.",
  ("Iran", N, neu, "", "reported speech with attribution tail; refusing a format with a procedural reason = neutral"))
U(d, "A Korean official traveling with the delegation said Seoul had brought proposals", "needed Washington's agreement.",
  ("South Korea", T, neu, "", "offer made in talks = calling_for_talks; Washington as object"))
U(d, "\"We are not going to pay a ransom", "the official said.",
  ("South Korea", C, neg, "Iran", "refusal + 'not going to pretend' = judgement of Iran's pretext, without stock words"))
# no rows: the Seoul analyst (not an actor), the crew member's sister (unnamed relative), "The foreign ministry said on Sunday night it would brief the families" (left as narration), tags, most read, copyright
