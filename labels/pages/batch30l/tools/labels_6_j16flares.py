# ------------------------------------------------------------------ Chinese J-16 flares near an RAAF P-8A over the Paracels (scraped Australian daily, 2025-02-14)
d = "page_australia_j16flares_p8a2025_daily.txt"
# The paper's own government is named by title only: the defence minister, the prime minister, the foreign minister, Defence = Australia.
# Not statements: masthead, menu, breadcrumb, headline, byline, time stamps, save/share/comment counts, image captions,
# ALSO READ links, crossheads, [Advertisement], topics, most viewed, footer.
U(d, "A Chinese fighter jet released flares within about 30 metres", "cost the lives of its crew.",
  ("Australia", C, neg, "China", "lede carrying the position: 'the government says' reckless manoeuvre = judgement; the jet's act is narration, not China's statement"))
U(d, "The defence minister said the J-16 had crossed ahead of and above", "slightly different.",
  ("Australia", C, neg, "China", "title only; accusation by describing the other side's dangerous act"))
U(d, "\"A flare into an engine is not a warning shot", "on Friday morning.",
  ("Australia", C, neg, "China", "quote closed by 'he told'; judgement without stock words"))
U(d, "No one on board was hurt and the aircraft was not damaged", "two days after the encounter.",
  ("Australia", N, neu, "", "facts given by Defence"))
U(d, "The department said the P-8A had been on a routine patrol", "in line with the law of the sea.",
  ("Australia", N, neu, "", "own conduct, no judgement"))
U(d, "Australia had raised the incident with Chinese officials in both Canberra and Beijing", "keep a safe distance.",
  ("Australia", C, neu, "China", "formal representations (a protest, called a 'formal complaint' later) + appeal: the protest decides (unsure: could be calling_for_talks)"))
U(d, "Speaking in Sydney, the prime minister said he had", "whoever it was.",
  ("Australia", C, neg, "China", "title only; 'calling out dangerous conduct' aimed at China in context"))
U(d, "He said the relationship with Beijing had improved", "put in danger\".",
  ("Australia", C, neg, "China", "commitment to keep talking joined to a rebuke: rule 1 (unsure: could be calling_for_talks)"))
U(d, "The foreign minister is understood to have raised the matter", "by phone on Thursday night.",
  ("Australia", N, neu, "", "a call reported with no content or protest wording = procedural"))
U(d, "In Beijing, foreign ministry spokesman Guo Jiakun told a regular briefing", "without permission.",
  ("China", C, neg, "Australia", "accusation of deliberate intrusion"))
U(d, "Guo said Chinese pilots had taken measures that were lawful and restrained", "on China's doorstep.",
  ("China", C, neg, "Australia", "defence of own pilots + demand to stop 'stirring up trouble' = judgement"))
U(d, "The Southern Theater Command of the People's Liberation Army said", "remain on high alert.",
  ("China", C, neg, "Australia", "the army speaks for its state; warning off + 'high alert' = threatened response"))
U(d, "Beijing rejects the accusation that its pilots behaved unsafely", "response to questions from The Ledger.",
  ("China", N, neg, "", "embassy's denial = neutral, negative; attribution tail"))
U(d, "Manila, which is locked in its own disputes with Beijing", "said it stood with Australia.",
  ("Philippines", S, pos, "Australia", "Manila = metonym; solidarity"))
U(d, "\"What happened to the Australian crew is a pattern we know too well,\"", "in a post on X.",
  ("Philippines", C, neg, "China", "National Maritime Council spokesman; accusation of a pattern of harassment by allusion"))
U(d, "The United States embassy in Canberra said Washington backed Australia's right", "international law allowed.",
  ("United States", S, pos, "Australia", "backing"))
U(d, "The opposition leader, Peter Dutton, said the conduct of the Chinese pilot was intolerable", "parliament had risen for the week.",
  ("Liberal Party of Australia", C, neg, "", "opposition leader speaks for his party; judgements of both China and the government -> target empty"))
U(d, "\"Australians should not learn about a near-miss", "Mr Dutton said.",
  ("Liberal Party of Australia", C, neg, "Australia", "criticism of the government's handling"))
U(d, "The defence minister rejected that, saying Defence had to establish the facts", "a quick turnaround.",
  ("Australia", N, neg, "", "rebuttal/denial = neutral"))
U(d, "Greens defence spokesman David Shoebridge said the episode showed the danger", "military hotline with Beijing.",
  ("Australian Greens", T, neg, "Australia", "risk assessment + appeal for a military hotline = calling_for_talks (party canonical in parties.csv)"))
U(d, "Dr Priya Vantongeren, a senior analyst at the Canberra-based", "the margin had narrowed.",
  ("Priya Vantongeren", C, neg, "China", "invented analyst; accusation by listing repeated dangerous acts"))
U(d, "\"Beijing is testing how much Canberra will tolerate", "Dr Vantongeren said.",
  ("Priya Vantongeren", C, neg, "", "judgement of both Beijing and Canberra -> target empty"))
U(d, "She said the government should release whatever imagery", "regional partners.",
  ("Priya Vantongeren", N, neu, "", "advice on publicity; no appeal for talks, no judgement"))
U(d, "Retired air commodore Graham Pettigrew, who commanded", "fired at close range.",
  ("Graham Pettigrew", N, neu, "", "invented retired officer (speaks for no body); description"))
U(d, "\"What worries me is not this pilot but the next one", "he said.",
  ("Graham Pettigrew", N, neg, "", "concern without appeal"))
U(d, "Pettigrew said a direct military channel between Canberra and Beijing", "turning into a crisis.",
  ("Graham Pettigrew", T, neu, "", "case for a military channel = calling_for_talks"))
