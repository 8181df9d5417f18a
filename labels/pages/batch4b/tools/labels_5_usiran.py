# ------------------------------------------------------------------ US strikes on Iran's nuclear sites (scraped regional paper, 2025-06-22)
d = "page_us_iran_strikes_scraped.txt"
U(d, "In a televised address from the White House, President Donald Trump said", "had been wiped out.",
  ("United States", N, pos, "", "own strike reported as done, no judgement on Iran; boastful tone"))
U(d, "He warned Iran's leaders that far heavier strikes would follow", "make peace.",
  ("United States", C, neg, "Iran", "threat of further strikes; the peace condition does not soften it (rule 1)"))
U(d, "At a Pentagon briefing on Sunday morning, Defense Secretary Pete Hegseth said", "or its people.",
  ("United States", N, neu, "", "reassurance about own conduct = neutral"))
U(d, "Speaking in Istanbul, where he was attending a meeting", "of international law.",
  ("Iran", C, neg, "United States", "Washington = capital as metonym (target); Istanbul = place"))
U(d, "Iran would decide the time and manner of its answer", "still falling.",
  ("Iran", C, neg, "United States", "quote-like sentence with mid-sentence attribution; threatened response + refusal of diplomacy under fire"))
U(d, "Iran's Atomic Energy Organisation said the attack broke international law", "would not be halted.",
  ("Iran", C, neg, "United States", "state agency -> Iran"))
U(d, "It also accused the International Atomic Energy Agency", "cover to the aggression.",
  ("Iran", C, neg, "IAEA", "'It' = the Atomic Energy Organisation; accusation against the watchdog"))
U(d, "The Revolutionary Guards said in a statement read on state television", "would regret.",
  ("Iran", C, neg, "United States", "IRGC -> Iran; threat"))
U(d, "The head of the UN's nuclear watchdog, Rafael Grossi, said Iran had informed", "outside the three sites.",
  ("IAEA", N, neu, "", "figures/facts; Iran's report to the agency is relayed, not a separate position"))
U(d, "Grossi said he would convene an emergency meeting", "chance to resume.",
  ("IAEA", T, neu, "", "surname only; meeting convened + appeal for diplomacy"))
U(d, "UN Secretary-General António Guterres said he was deeply troubled", "already fragile region.",
  ("United Nations", N, neg, "", "concern without appeal in this sentence = neutral, negative"))
U(d, "He urged member states to pull back and give negotiations another chance", "resolve the dispute.",
  ("United Nations", T, neg, "", "appeal for negotiations"))
U(d, "In Riyadh, the Saudi foreign ministry said the kingdom was following events", "deep unease.",
  ("Saudi Arabia", N, neg, "", "unease without appeal = neutral; Riyadh = place"))
U(d, "It called for restraint and urged the international community", "political settlement.",
  ("Saudi Arabia", T, neg, "", "'It' = the Saudi foreign ministry; appeal"))
U(d, "Qatar said it regretted the dangerous escalation", "Majed al-Ansari said.",
  ("Qatar", T, neg, "", "'regretted the escalation' aimed at no actor + appeal to all = calling_for_talks (could be condemning)"))
U(d, "Oman, which had hosted several rounds of US-Iran talks this spring, went further", "widen the war.",
  ("Oman", C, neg, "United States", "'unlawful act of aggression'"))
U(d, "The United Arab Emirates said it was closely following the situation", "new dangers.",
  ("United Arab Emirates", T, neg, "", "monitoring + appeal for de-escalation"))
U(d, "In a joint statement, Keir Starmer, Emmanuel Macron, and Friedrich Merz", "inflame the region further.",
  ("United Kingdom", T, neu, "Iran", "joint statement, list with Oxford comma: one row per state; leaders named without role"),
  ("France", T, neu, "Iran", "joint statement"),
  ("Germany", T, neu, "Iran", "joint statement"))
U(d, "Starmer, speaking separately, said the world could not allow Iran", "reduced that danger.",
  ("United Kingdom", S, pos, "United States", "approval of the US action; the judgement on Iran's programme is a premise (could also give a condemning row against Iran)"))
U(d, "Israeli Prime Minister Benjamin Netanyahu congratulated Trump", "safer place.",
  ("Israel", S, pos, "United States", "congratulation = praise"))
U(d, "Moscow's foreign ministry said it strongly condemned the strikes", "Security Council.",
  ("Russia", C, neg, "United States", "possessive capital as metonym; 'a country with a permanent seat' = the US by context"))
U(d, "Beijing's foreign ministry said the strikes flouted the UN Charter", "more dangerous still.",
  ("China", C, neg, "United States", "judgement on the strikes (the US strikes by context)"))
U(d, "It urged the warring parties, and Israel above all,", "start talking.",
  ("China", T, neg, "Israel", "appeal for ceasefire and talks addressed mainly to Israel"))
U(d, "In Beirut, Hezbollah declared its full solidarity with Iran", "its people.",
  ("Hezbollah", S, pos, "Iran", "solidarity; Beirut = place"))
